"""The build step: the text registry's JSON, the JSON Schemas, and every built-in rule set and sequence through
durable_rules.

    python -m danetor.compile            # write src/danetor/_compiled/texts/*.json, src/danetor/schemas/*.json
                                         # and src/danetor/_compiled/<name>.json
    python -m danetor.compile --check    # compile and verify, and compare with the shipped files; write nothing

The texts: every topic of the registry (``danetor/texts/<topic>.toml``) is checked (kinds, both languages, the same
placeholders) and written as JSON, which loads about fifty times faster at start-up. This part is pure Python and
runs on every Python.

The schemas: every ``--json`` output of the command and every saved tracker record has a JSON Schema generated
from its model (:mod:`danetor.schemas`, :mod:`danetor.schemas._build`), written as
``danetor/schemas/<name>.schema.json``. Pure Python too.

Each built-in definition (:data:`danetor.shipped.BUILTIN`) goes through durable_rules (:mod:`danetor.engine`): every
input combination for a rule set, every reachable state and event for a sequence. The result is verified (no gap,
no overlap, no unreachable state) and written as JSON, with the fingerprint of the definition it came from and the
compiler's version. The files are committed and ship in the wheel; at run time the library only reads them.

durable-rules 2.0.28 imports only on CPython 3.11 and 3.12 and needs gcc to install: ``pip install -e
'.[compile]'`` there. Where it cannot be imported, the texts are still compiled, and the tables are checked by
fingerprint only: a definition changed since its table was compiled is an error that says where to compile.
Exit codes: 0 done (or, with ``--check``, every file is current); 1 some file is stale or missing (``--check``); 2 a
text file or a definition fails its checks, or a table is out of date where durable_rules cannot be imported; 130 on
Ctrl-C.
"""

from __future__ import annotations

if (
    __name__ == "__main__"
):  # pragma: no cover - the command itself: from its first line, Ctrl-C only takes note
    import signal

    _interrupts: list[int] = []
    signal.signal(signal.SIGINT, lambda signum, frame: _interrupts.append(signum))

import argparse
import json
import os
import pickle
import struct
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, TextIO, overload

if TYPE_CHECKING:  # pragma: no cover
    from collections.abc import Callable

    from .rules.model import RuleSet, Sequence
    from .tables import DecisionTable, TransitionTable

__all__ = [
    "DurableProcess",
    "build_schemas",
    "build_tables",
    "build_texts",
    "durable_missing",
    "main",
    "render",
    "stale_fingerprints",
]


class DurableProcess:
    """durable_rules in a worker process of its own (``python -m danetor.engine``), replaced when it crashes.

    durable_rules' C engine segfaults now and then, depending on the memory layout of its process (see
    :mod:`danetor.engine`), and it is not safe across threads or forks. Here it never runs in the caller's process:
    :meth:`compile` sends the definition to the worker and returns the verified table, or raises the verification
    error the worker reported (:class:`~danetor.errors.GapError`, :class:`~danetor.errors.OverlapError`,
    :class:`~danetor.errors.RuleSetError`). A worker that dies is replaced and the definition tried again, up to
    *attempts* times; :attr:`crashes` counts the deaths. Use it as a context manager, or call :meth:`close`.
    """

    def __init__(self, attempts: int = 5) -> None:
        self.attempts = attempts
        self.crashes = 0
        self._proc: subprocess.Popen[bytes] | None = None
        self._log: IO[bytes] | None = None

    def _start(self) -> subprocess.Popen[bytes]:
        self._log = tempfile.TemporaryFile()
        env = dict(os.environ, PYTHONPATH=os.pathsep.join(p for p in sys.path if p))
        self._proc = subprocess.Popen(
            [sys.executable, "-m", "danetor.engine"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self._log,
            env=env,
            # a session of its own: Ctrl-C at the terminal reaches the build step, which stops the worker itself,
            # and never the worker in the middle of starting up
            start_new_session=True,
        )
        return self._proc

    def _ask(self, payload: bytes) -> bytes | None:
        """One request and its reply; ``None`` when the worker died on the way."""
        proc = self._proc or self._start()
        requests, replies = _pipes(proc)
        try:
            requests.write(struct.pack(">I", len(payload)) + payload)
            requests.flush()
            header = replies.read(4)
            if len(header) == 4:
                reply = replies.read(struct.unpack(">I", header)[0])
                if len(reply) == struct.unpack(">I", header)[0]:
                    return reply
        except (BrokenPipeError, OSError):
            pass
        return None

    def _died(self) -> str:
        """Reap a dead worker; its exit status and the last line it printed."""
        proc, self._proc = self._proc, None
        code = proc.wait() if proc is not None else None
        last = ""
        if self._log is not None:
            self._log.seek(0)
            lines = self._log.read().decode("utf-8", "replace").strip().splitlines()
            last = lines[-1] if lines else ""
            self._log.close()
            self._log = None
        how = f"signal {-code}" if code is not None and code < 0 else f"exit {code}"
        return f"{how}{': ' + last if last else ''}"

    @overload
    def compile(self, definition: RuleSet) -> DecisionTable: ...
    @overload
    def compile(self, definition: Sequence) -> TransitionTable: ...
    @overload
    def compile(self, definition: RuleSet | Sequence) -> DecisionTable | TransitionTable: ...
    def compile(self, definition: RuleSet | Sequence) -> DecisionTable | TransitionTable:
        """The verified table of *definition*, compiled through durable_rules in the worker."""
        from . import errors
        from .tables import DecisionTable, TransitionTable

        payload = pickle.dumps(definition)
        for _ in range(self.attempts):
            reply = self._ask(payload)
            if reply is not None:
                break
            death = self._died()
            if not death.startswith(
                "signal"
            ):  # not a crash: the worker cannot run (durable_rules will not import)
                raise errors.EngineError(f"the durable_rules worker stopped ({death})")
            self.crashes += 1
        else:
            raise errors.EngineError(
                f"durable_rules crashed {self.attempts} times compiling {definition.name!r} (last: {death})"
            )
        result = pickle.loads(reply)
        if result[0] == "table":
            data = result[1]
            return (
                DecisionTable.from_data(data)
                if data["kind"] == "decision"
                else TransitionTable.from_data(data)
            )
        kind, args = result[1], result[2]
        raise getattr(errors, kind)(*args)

    def compile_ruleset(self, ruleset: RuleSet) -> DecisionTable:
        return self.compile(ruleset)

    def compile_sequence(self, sequence: Sequence) -> TransitionTable:
        return self.compile(sequence)

    def close(self) -> None:
        proc, self._proc = self._proc, None
        if proc is not None:
            requests, replies = _pipes(proc)
            requests.close()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
            replies.close()
        if self._log is not None:
            self._log.close()
            self._log = None

    def __enter__(self) -> DurableProcess:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _pipes(proc: subprocess.Popen[bytes]) -> tuple[IO[bytes], IO[bytes]]:
    """The worker's stdin and stdout (both pipes: see :meth:`DurableProcess._start`)."""
    assert proc.stdin is not None and proc.stdout is not None, "the worker is started with both pipes"
    return proc.stdin, proc.stdout


def render(name: str, durable: DurableProcess) -> str:
    """The file content for built-in *name*, compiled through durable_rules (in *durable*'s worker) now."""
    from importlib.metadata import version

    from .rules.model import fingerprint
    from .shipped import builtin_definition

    definition = builtin_definition(name)
    table = durable.compile(definition)
    header = {"fingerprint": fingerprint(definition), "compiler": f"durable-rules {version('durable-rules')}"}
    return _format({**header, "table": table.to_data()})


def _format(data: dict[str, Any]) -> str:
    """JSON with one table row (or move) per line, so that a change to a rule shows as the rows it changed."""

    def dump(value: Any) -> str:
        return json.dumps(value, ensure_ascii=False)

    lines = ["{"]
    for i, (key, value) in enumerate(data.items()):
        comma = "," if i < len(data) - 1 else ""
        if isinstance(value, dict):
            lines.append(f" {dump(key)}: {{")
            for j, (k, v) in enumerate(value.items()):
                c = "," if j < len(value) - 1 else ""
                if isinstance(v, list) and v and isinstance(v[0], list):
                    rows = ",\n".join(f"   {dump(row)}" for row in v)
                    lines.append(f"  {dump(k)}: [\n{rows}\n  ]{c}")
                else:
                    lines.append(f"  {dump(k)}: {dump(v)}{c}")
            lines.append(f" }}{comma}")
        else:
            lines.append(f" {dump(key)}: {dump(value)}{comma}")
    lines.append("}")
    return "\n".join(lines) + "\n"


def _write(path: Path, text: str) -> None:
    """Replace *path* atomically: an interrupted build leaves the old file or the new one, never half of one."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _sync(files: dict[Path, str], folder: Path, *, check: bool, out: TextIO, label: str) -> list[str]:
    """Make *folder*'s ``*.json`` exactly *files* (or, with *check*, report how they differ). Returns the stale names."""
    stale = []
    for path, text in files.items():
        current = path.read_text(encoding="utf-8") if path.exists() else None
        if current == text:
            print(f"  current  {label}{path.stem}", file=out)
            continue
        stale.append(label + path.stem)
        if check:
            print(
                f"  STALE    {label}{path.stem}  ({'missing' if current is None else 'differs'}: {path})",
                file=out,
            )
        else:
            folder.mkdir(parents=True, exist_ok=True)
            _write(path, text)
            print(f"  wrote    {label}{path.stem}", file=out)
    for extra in sorted(p for p in folder.glob("*.json") if p not in files) if folder.exists() else ():
        stale.append(label + extra.stem)
        if check:
            print(f"  STALE    {label}{extra.stem}  (no such source: {extra})", file=out)
        else:
            extra.unlink()
            print(f"  removed  {label}{extra.stem}", file=out)
    return stale


def build_texts(*, check: bool = False, out: TextIO = sys.stdout) -> list[str]:
    """Check every topic of the text registry and write its JSON (pure Python: runs on every Python)."""
    from . import texts

    def dump(
        data: texts.CompiledTopic,
    ) -> str:  # one text per line, so that a changed wording shows as one changed line
        rows = ",\n".join(
            f" {json.dumps(key, ensure_ascii=False)}: {json.dumps(value, ensure_ascii=False)}"
            for key, value in data["texts"].items()
        )
        return f'{{"source": {json.dumps(data["source"])}, "texts": {{\n{rows}\n}}}}\n'

    folder = Path(texts.COMPILED)
    files = {folder / f"{topic}.json": dump(texts.compile_topic(topic)) for topic in texts.topics()}
    return _sync(files, folder, check=check, out=out, label="texts/")


def build_schemas(*, check: bool = False, out: TextIO = sys.stdout) -> list[str]:
    """Generate every JSON Schema from its model and write it (pure Python: runs on every Python)."""
    from . import schemas
    from .schemas._build import generate

    folder = Path(schemas.__file__).parent
    files = {folder / f"{name}.schema.json": text for name, text in generate().items()}
    return _sync(files, folder, check=check, out=out, label="schemas/")


def build_tables(
    *, check: bool = False, out: TextIO = sys.stdout, interrupted: Callable[[], bool] = lambda: False
) -> list[str]:
    """Compile every built-in through durable_rules; write the tables (or, with *check*, compare them).

    Every definition is compiled and verified before anything is written, so a failure leaves the shipped files as
    they were. ``interrupted()`` is asked after each definition; a true answer raises :class:`KeyboardInterrupt`,
    with nothing written.
    """
    from .shipped import BUILTIN, DATA

    with DurableProcess() as durable:
        rendered = {}
        for name in BUILTIN:
            rendered[Path(DATA) / f"{name}.json"] = render(name, durable)
            if interrupted():
                raise KeyboardInterrupt
        if durable.crashes:
            print(
                f"  (durable_rules crashed {durable.crashes} time(s); each definition was compiled again)",
                file=out,
            )
    return _sync(rendered, Path(DATA), check=check, out=out, label="")


def stale_fingerprints() -> list[str]:
    """The built-ins whose shipped table was compiled from another version of their definition."""
    from .rules.model import fingerprint
    from .shipped import BUILTIN, builtin_definition, read

    stale = []
    for name in BUILTIN:
        try:
            if read(name)["fingerprint"] != fingerprint(builtin_definition(name)):
                stale.append(name)
        except Exception:  # noqa: BLE001 - a missing or unreadable file is stale too
            stale.append(name)
    return stale


def durable_missing() -> str:
    """Why durable_rules cannot be imported here (asked of a fresh interpreter), or ``""`` when it can."""
    done = subprocess.run(
        [sys.executable, "-c", "import durable.engine"],
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        check=False,
    )
    lines = done.stderr.strip().splitlines()
    return "" if done.returncode == 0 else (lines[-1] if lines else f"exit {done.returncode}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m danetor.compile",
        description="Check the text registry and write its JSON; generate the JSON Schemas of every --json output "
        "and tracker record; compile every built-in rule set and sequence through durable_rules, verify them, and "
        "write the tables the package ships.",
    )
    parser.add_argument("--check", action="store_true", help="compare with the shipped files; write nothing")
    args = parser.parse_args(argv)
    from .errors import DanetorError

    interrupts = globals().get("_interrupts", [])  # set from the first line when run as a command
    print(
        f"danetor.compile: {'checking' if args.check else 'writing'} src/danetor/_compiled/ and src/danetor/schemas/",
        flush=True,
    )
    try:
        stale = build_texts(check=args.check)
        if interrupts:
            raise KeyboardInterrupt
        stale += build_schemas(check=args.check)
        if interrupts:
            raise KeyboardInterrupt
        reason = durable_missing()
        if interrupts:
            raise KeyboardInterrupt
        if reason:
            outdated = stale_fingerprints()
            if outdated:
                print(
                    f"danetor.compile: the tables of {', '.join(outdated)} are out of date, and durable_rules cannot "
                    f"be imported on Python {sys.version.split()[0]} ({reason}): it builds and imports on CPython "
                    "3.11 and 3.12 only; there, run `pip install -e '.[compile]'` and `python -m danetor.compile`",
                    file=sys.stderr,
                )
                return 2
            print(
                f"  tables   current by fingerprint; not recompiled: durable_rules cannot be imported ({reason})"
            )
        else:
            stale += build_tables(check=args.check, interrupted=lambda: bool(interrupts))
    except DanetorError as exc:
        if interrupts:  # whatever went wrong after Ctrl-C is the interruption's doing
            print("danetor.compile: interrupted; the shipped files are as they were", file=sys.stderr)
            return 130
        print(f"danetor.compile: {' '.join(str(exc).split())}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("danetor.compile: interrupted; the shipped files are as they were", file=sys.stderr)
        return 130
    if args.check and stale:
        print(
            f"danetor.compile: {len(stale)} shipped file(s) out of date: {', '.join(stale)}; run "
            "`python -m danetor.compile` and commit src/danetor/_compiled/ and src/danetor/schemas/",
            file=sys.stderr,
        )
        return 1
    return 0


if __name__ == "__main__":
    code = main()
    # the work is done: a Ctrl-C now must not turn it into a failure
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    sys.exit(code)
