"""Cold start of danetor: one run, medians, printed as ratios against a floor.

    python benchmarks/bench_startup.py [--runs N]

The floor is a Python process that imports pydantic and validates one small model: the least a pydantic-based
library or command can cost. The targets (issue 12):

* ``python -c "import danetor; danetor.check('yes', 'no', 'no')"``               ≤ 1.10× the floor
* ``danetor ask --client yes --company no --eba no --json``                     ≤ 1.15× the floor
* ``danetor script no --request … --reason … --alternative … --json``            ≤ 1.30× the floor

The runs alternate, one of each per round, so that a noisy neighbour or a change of CPU speed hurts all alike; each
ratio is the median of the per-round ratios. The package's bytecode is compiled first, as ``pip install .`` does.

``--instructions`` counts the instructions of one run of each instead (valgrind's callgrind, with a fixed hash
seed): slower, but repeatable to a tenth of a percent whatever else the machine is doing, so a ratio measured on a
busy machine still means something. The targets are the same.
Also checks that ``danetor --help`` imports neither the prompt library nor anything of durable_rules, and that no
run imports durable_rules at all.
"""

from __future__ import annotations

import argparse
import compileall
import os
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

EXE = str(Path(sys.executable).with_name("danetor"))
FLOOR = [
    sys.executable,
    "-c",
    "from pydantic import BaseModel\nclass M(BaseModel):\n    a: str\n    b: int\nM(a='x', b=1)",
]
CASES = {
    "import danetor; check()": (
        [sys.executable, "-c", "import danetor; danetor.check('yes', 'no', 'no')"],
        1.10,
    ),
    "danetor ask … --json": (
        [EXE, "ask", "--client", "yes", "--company", "no", "--eba", "no", "--json"],
        1.15,
    ),
    "danetor script no … --json": (
        [
            EXE,
            "script",
            "no",
            "--request",
            "redo the banners over the weekend",
            "--reason",
            "the whole team is busy with a launch",
            "--alternative",
            "make the changes on Monday",
            "--json",
            "--lang",
            "en",
        ],
        1.30,
    ),
}
HELP = [EXE, "--help"]


def wall(cmd: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, check=True, capture_output=True, stdin=subprocess.DEVNULL)
    return time.perf_counter() - start


def compile_package() -> None:
    """Write danetor's bytecode, as `pip install .` does. An editable install under PYTHONDONTWRITEBYTECODE (set on
    this machine) would otherwise recompile every module on every start, which no installed copy does."""
    import danetor

    compileall.compile_dir(Path(danetor.__file__).parent, quiet=1)


def leaks(code: str, modules: tuple[str, ...]) -> str:
    probe = (
        f"import sys\n{code}\n"
        f"print(','.join(sorted({{m.split('.')[0] for m in sys.modules}} & set({modules!r}))))"
    )
    return subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout.strip()


def count(cmd: list[str]) -> int:
    """The instructions one run of *cmd* executes (callgrind; a fixed hash seed makes it repeatable)."""
    done = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", *cmd],
        capture_output=True,
        text=True,
        check=True,
        stdin=subprocess.DEVNULL,
        env={**os.environ, "PYTHONHASHSEED": "0"},
    )
    return int(re.search(r"Collected : (\d+)", done.stderr).group(1))  # type: ignore[union-attr]


def instructions() -> int:
    floor = count(FLOOR)
    print(f"floor (python + pydantic + one model)   {floor / 1e6:8.1f} M instructions")
    ok = True
    for name, (cmd, target) in CASES.items():
        ratio = count(cmd) / floor
        ok &= ratio <= target
        print(
            f"{name:<38}  ratio {ratio:5.3f}×  target ≤ {target:.2f}×  {'OK' if ratio <= target else 'MISSED'}"
        )
    print(f"{'danetor --help':<38}  ratio {count(HELP) / floor:5.3f}×")
    return 0 if ok else 1


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=41)
    parser.add_argument("--instructions", action="store_true", help="count instructions (callgrind) instead")
    options = parser.parse_args()
    runs = options.runs
    compile_package()
    if options.instructions:
        sys.exit(instructions())
    for cmd in (FLOOR, HELP, *(c for c, _ in CASES.values())):  # warm the OS caches once
        wall(cmd)
    floor: list[float] = []
    times: dict[str, list[float]] = {name: [] for name in CASES}
    ratios: dict[str, list[float]] = {name: [] for name in CASES}
    help_: list[float] = []
    for _ in range(runs):
        floor.append(wall(FLOOR))
        for name, (cmd, _) in CASES.items():
            times[name].append(wall(cmd))
            ratios[name].append(times[name][-1] / floor[-1])
        help_.append(wall(HELP))
    ok = True
    print(f"floor (python + pydantic + one model)   {statistics.median(floor) * 1e3:7.1f} ms")
    for name, (_, target) in CASES.items():
        ratio = statistics.median(ratios[name])
        met = ratio <= target
        ok &= met
        print(
            f"{name:<38}  {statistics.median(times[name]) * 1e3:7.1f} ms   ratio {ratio:5.2f}×  "
            f"target ≤ {target:.2f}×  {'OK' if met else 'MISSED'}"
        )
    print(f"{'danetor --help':<38}  {statistics.median(help_) * 1e3:7.1f} ms")
    print(f"(medians of {runs} interleaved rounds)")
    engine = ("durable", "durable_rules_engine")
    help_leak = leaks(
        "import io; from danetor.cli import main; main(['--help'], stdout=io.StringIO())",
        (*engine, "questionary", "prompt_toolkit"),
    )
    run_leak = leaks(
        "import io, danetor; from danetor.cli import main; danetor.check('yes', 'no', 'no'); "
        "main(['script', 'no', '--request', 'a', '--reason', 'b', '--alternative', 'c', '--json'], stdout=io.StringIO())",
        engine,
    )
    print(f"--help imports durable_rules or the prompt library: {help_leak or 'no'}")
    print(f"check() or a message import durable_rules: {run_leak or 'no'}")
    sys.exit(0 if ok and not help_leak and not run_leak else 1)


if __name__ == "__main__":
    main()
