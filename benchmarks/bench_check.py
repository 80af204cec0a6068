"""DANETOR check performance: one run, medians, printed as ratios against baselines.

    python benchmarks/bench_check.py

Targets (issue 2): check() with enum inputs ≤ 2× a plain Python function implementing the same rule;
check() ≥ 30× faster than a raw durable_rules post + delete_state per decision; the one-off compile of the
DANETOR rule set under 50 ms.
"""

from __future__ import annotations

import itertools
import statistics
import subprocess
import sys
import time

from danetor import Answer, Verdict, check
from danetor.engine import _get_host, compile_ruleset, durable_definition
from danetor.rules.danetor import DANETOR

COMBOS = list(itertools.product(list(Answer), repeat=3))


def plain(client: Answer, company: Answer, eba: Answer) -> Verdict:
    """The same rule, hand-written: the fastest honest Python baseline."""
    answers = (client, company, eba)
    if answers.count(Answer.NO) >= 2:
        return Verdict.REFUSE
    if answers.count(Answer.YES) >= 2:
        return Verdict.ACCEPT
    return Verdict.UNDECIDED


def per_call(fn, combos, loops: int, repeats: int) -> float:
    """Median over *repeats* of the mean time of one call, in seconds."""
    samples = []
    for _ in range(repeats):
        start = time.perf_counter()
        for _ in range(loops):
            for c in combos:
                fn(*c)
        samples.append((time.perf_counter() - start) / (loops * len(combos)))
    return statistics.median(samples)


def raw_durable():
    """A raw durable_rules post + delete_state per decision, on the same compiled rule set."""
    host = _get_host()
    name = "bench_raw"
    result = []

    def action(rule_id):
        def run(c):
            result.append(rule_id)

        return run

    host.set_rulesets({name: durable_definition(DANETOR, action)})
    counter = itertools.count()

    def decide(a, b, c):
        sid = str(next(counter))
        try:
            host.post(name, {"sid": sid, "client": a, "company": b, "eba": c})
        finally:
            host.delete_state(name, sid)
        return result.pop()

    return decide


def main() -> None:
    check(*COMBOS[0])  # compile once, outside the timing
    for c in COMBOS:  # the baselines agree with check() before we time them
        assert plain(*c) is check(*c).verdict
    decide = raw_durable()
    for c in COMBOS:
        assert decide(*(x.value for x in c)) == check(*c).rule

    t_check = per_call(check, COMBOS, loops=2000, repeats=15)
    t_plain = per_call(plain, COMBOS, loops=2000, repeats=15)
    str_combos = [tuple(x.value for x in c) for c in COMBOS]
    t_check_str = per_call(check, str_combos, loops=500, repeats=15)
    t_raw = per_call(decide, str_combos, loops=20, repeats=15)

    compiles = []
    for _ in range(15):
        start = time.perf_counter()
        compile_ruleset(DANETOR)
        compiles.append(time.perf_counter() - start)
    t_compile = statistics.median(compiles)

    cold = subprocess.run(
        [
            sys.executable,
            "-c",
            "import time; from danetor.decision import check; t = time.perf_counter(); check('yes', 'no', 'no'); "
            "print(time.perf_counter() - t)",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    t_first = float(cold.stdout)

    us = 1e6
    print(f"check() enum inputs     {t_check * us:8.3f} µs/call")
    print(f"plain Python function   {t_plain * us:8.3f} µs/call")
    print(f"check() string inputs   {t_check_str * us:8.3f} µs/call")
    print(f"raw durable post+delete {t_raw * us:8.3f} µs/call")
    print(f"compile DANETOR (warm)  {t_compile * 1e3:8.3f} ms")
    print(f"first check() in a new process (durable import + compile + 27 decisions) {t_first * 1e3:.1f} ms")
    print()
    ok1 = t_check / t_plain <= 2
    ok2 = t_raw / t_check >= 30
    ok3 = t_compile < 0.050
    print(f"ratio check/plain       {t_check / t_plain:6.2f}×   target ≤ 2×    {'OK' if ok1 else 'MISSED'}")
    print(f"ratio raw durable/check {t_raw / t_check:6.1f}×   target ≥ 30×   {'OK' if ok2 else 'MISSED'}")
    print(f"compile time            {t_compile * 1e3:6.2f} ms  target < 50 ms {'OK' if ok3 else 'MISSED'}")
    sys.exit(0 if ok1 and ok2 and ok3 else 1)


if __name__ == "__main__":
    main()
