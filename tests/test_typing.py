"""The package is typed for the people who call it: it ships ``py.typed``, and ``mypy --strict`` (with pydantic's
plugin, configured in pyproject.toml ``[tool.mypy]``) finds no error in it nor in ``tests/typing/usage.py``, the
integrator's view of the public API.

What is checked is the package that is **imported** (``danetor.__file__``): ``src/danetor`` in a development
install, the installed wheel where CI runs the suite on Python 3.13. Its Python files are copied, as they are, to a
folder of their own under the system's temporary directory, because mypy reports nothing in a package it finds
under site-packages. mypy's cache lives next to that copy, never in the repository: the first run in a fresh
environment pays for a cold cache (see TYPED_RESULT), every later one reads it.
"""

from __future__ import annotations

import ast
import shutil
import sys
import tempfile
import zlib
from pathlib import Path

import pytest

import danetor
from danetor import shipped

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = Path(danetor.__file__).resolve().parent
USAGE = ROOT / "tests" / "typing" / "usage.py"
CONFIG = ROOT / "pyproject.toml"
# one folder per interpreter and per checkout: the cache is reused by later runs of the same checkout only
WORK = Path(tempfile.gettempdir()) / (
    f"danetor-typing-py{sys.version_info[0]}{sys.version_info[1]}-{zlib.crc32(str(ROOT).encode()):08x}"
)


def test_the_package_ships_py_typed() -> None:
    assert (PACKAGE / "py.typed").is_file(), f"{PACKAGE} has no py.typed: type checkers would ignore it"


def _copy_package() -> Path:
    """The imported package's .py files and py.typed, copied with their times (so mypy's cache stays valid)."""
    target = WORK / "src" / "danetor"
    wanted = {p.relative_to(PACKAGE) for p in PACKAGE.rglob("*") if p.suffix == ".py" or p.name == "py.typed"}
    present = {p.relative_to(target) for p in target.rglob("*") if p.is_file()} if target.exists() else set()
    for stale in present - wanted:
        (target / stale).unlink()
    for rel in wanted:
        src, dst = PACKAGE / rel, target / rel
        if (
            dst.exists()
            and dst.stat().st_mtime_ns == src.stat().st_mtime_ns
            and dst.stat().st_size == src.stat().st_size
        ):
            continue
        dst.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(src, dst)
    return target


def _mypy(monkeypatch: pytest.MonkeyPatch, *paths: Path) -> tuple[str, int]:
    """mypy --strict on *paths*, with the copy of the package first on its path (``MYPYPATH``)."""
    monkeypatch.setenv("MYPYPATH", str(WORK / "src"))
    # mypy is a test dependency (the test extra): without it this fails, never skips, so the guarantee cannot lapse
    from mypy import api

    stdout, stderr, status = api.run(
        [
            "--config-file",
            str(CONFIG),
            "--strict",
            "--cache-dir",
            str(WORK / "cache"),
            "--no-error-summary",
            "--show-error-codes",
            *map(str, paths),
        ]
    )
    return stdout + stderr, status


def test_mypy_strict_finds_no_error_in_the_package_or_the_usage_file(monkeypatch: pytest.MonkeyPatch) -> None:
    assert CONFIG.is_file() and USAGE.is_file(), "run the suite from a checkout of the repository"
    copy = _copy_package()
    # the usage file imports danetor: the copy comes first on mypy's path, so it is the package checked
    report, status = _mypy(monkeypatch, copy, USAGE)
    errors = [line for line in report.splitlines() if ": error:" in line]
    assert status == 0 and not errors, f"mypy --strict found {len(errors)} error(s):\n{report}"


def test_the_usage_file_is_checked_against_the_package_and_fails_when_it_should(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The check can fail: a wrong assert_type, and a refused call left without its ignore, are both reported."""
    _copy_package()
    bad = tmp_path / "bad_usage.py"
    bad.write_text(
        "from typing import assert_type\n"
        "from danetor import Decision, Script, channel_for, check\n"
        "assert_type(check('yes', 'no', 'no'), Script)\n"
        "channel_for(3)\n"
        "x: Decision = check('yes', 'no', 'no')\n",
        encoding="utf-8",
    )
    report, status = _mypy(monkeypatch, bad)
    assert status == 1
    assert '3: error: Expression is of type "Decision", not "Script"  [assert-type]' in report
    assert '4: error: Argument 1 to "channel_for" has incompatible type "int"' in report
    assert "5: error" not in report


def _literal_names(name: str) -> set[str]:
    """The names in shipped.<name> = Literal[...] (defined for type checkers only, so read from the source)."""
    tree = ast.parse(Path(shipped.__file__).read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and [getattr(t, "id", None) for t in node.targets] == [name]:
            assert isinstance(node.value, ast.Subscript)
            return {e.value for e in ast.walk(node.value.slice) if isinstance(e, ast.Constant)}
    raise AssertionError(f"shipped.{name} is gone")


def test_the_typed_table_names_are_the_builtins_by_kind() -> None:
    from danetor.rules.model import RuleSet, Sequence

    kinds = {name: type(shipped.builtin_definition(name)) for name in shipped.BUILTIN}
    assert _literal_names("DecisionName") == {n for n, k in kinds.items() if k is RuleSet}
    assert _literal_names("SequenceName") == {n for n, k in kinds.items() if k is Sequence}
