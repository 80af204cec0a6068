"""Cold start of the danetor command: one run, medians, printed as a ratio against a floor.

    python benchmarks/bench_startup.py

The floor is a Python process that imports pydantic and validates one small model: the least a pydantic-based
command can cost. Target (issue 6): `danetor ask --client yes --company no --eba no --json` ≤ 1.3× the floor.
Also checks that `danetor --help` imports neither the rule engine nor the prompt library.
"""

from __future__ import annotations

import compileall
import statistics
import subprocess
import sys
import time
from pathlib import Path

RUNS = 41
EXE = str(Path(sys.executable).with_name("danetor"))
FLOOR = [
    sys.executable,
    "-c",
    "from pydantic import BaseModel\nclass M(BaseModel):\n    a: str\n    b: int\nM(a='x', b=1)",
]
ASK = [EXE, "ask", "--client", "yes", "--company", "no", "--eba", "no", "--json"]
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


def main() -> None:
    compile_package()
    for cmd in (FLOOR, ASK, HELP):  # warm the OS caches once
        wall(cmd)
    # Interleaved run by run, so that a noisy neighbour or a change of CPU speed hurts all three alike; the ratio
    # is the median of the per-round ratios.
    floor, ask, help_, ratios = [], [], [], []
    for _ in range(RUNS):
        floor.append(wall(FLOOR))
        ask.append(wall(ASK))
        help_.append(wall(HELP))
        ratios.append(ask[-1] / floor[-1])
    t_floor, t_ask, t_help = (statistics.median(x) for x in (floor, ask, help_))
    probe = (
        "import sys, io; from danetor.cli import main; main(['--help'], stdout=io.StringIO()); "
        "print(','.join(sorted({m.split('.')[0] for m in sys.modules} & {'durable', 'durable_rules_engine', "
        "'questionary', 'prompt_toolkit'})))"
    )
    leaked = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout.strip()
    ratio = statistics.median(ratios)
    print(f"floor (python + pydantic + one model)  {t_floor * 1e3:7.1f} ms")
    print(f"danetor ask ... --json                  {t_ask * 1e3:7.1f} ms")
    print(f"danetor --help                          {t_help * 1e3:7.1f} ms")
    print(
        f"ratio ask/floor {ratio:5.2f}× (median of {RUNS} interleaved rounds)  target ≤ 1.3×  {'OK' if ratio <= 1.3 else 'MISSED'}"
    )
    print(f"--help imports the engine or prompt library: {leaked or 'no'}")
    sys.exit(0 if ratio <= 1.3 and not leaked else 1)


if __name__ == "__main__":
    main()
