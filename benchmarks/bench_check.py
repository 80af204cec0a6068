"""DANETOR check performance: one run, medians, printed as ratios against baselines.

    python benchmarks/bench_check.py

Targets:
* check() with enum inputs ≤ 2× a plain Python function implementing the same rule (issue 2);
* check() with string inputs in mixed spellings ("yes", "Yes", "нет", "не знаю", " no ", as a CLI or a JSON caller
  sends them) ≤ 3× a plain Python function taking the same strings (issue 12);
* the one-off compile of the DANETOR rule set under 50 ms (issue 2), by the pure-Python reference compiler that
  compiles rule sets defined at run time;
* where durable_rules imports (3.11, 3.12), check() ≥ 30× faster than a raw durable_rules post + delete_state per
  decision (issue 2; durable_rules now runs only ahead of time).
"""

from __future__ import annotations

import itertools
import statistics
import subprocess
import sys
import time

from danetor import Answer, Verdict, check
from danetor.compiler import compile_ruleset
from danetor.rules.danetor import DANETOR

COMBOS = list(itertools.product(list(Answer), repeat=3))
#: how CLI and JSON callers spell the answers: mixed case, stray spaces, Russian
SPELLINGS = {
    Answer.YES: ["yes", "Yes", "да", "YES"],
    Answer.NO: ["no", " no ", "нет", "No"],
    Answer.UNKNOWN: ["unknown", "не знаю", "Unknown", "не знаю "],
}
MIXED = [tuple(SPELLINGS[a][(i + j) % 4] for j, a in enumerate(c)) for i, c in enumerate(COMBOS * 4)]
WORDS = {
    "yes": Answer.YES,
    "no": Answer.NO,
    "unknown": Answer.UNKNOWN,
    "да": Answer.YES,
    "нет": Answer.NO,
    "не знаю": Answer.UNKNOWN,
}


def plain(client: Answer, company: Answer, eba: Answer) -> Verdict:
    """The same rule, hand-written: the fastest honest Python baseline."""
    answers = (client, company, eba)
    if answers.count(Answer.NO) >= 2:
        return Verdict.REFUSE
    if answers.count(Answer.YES) >= 2:
        return Verdict.ACCEPT
    return Verdict.UNDECIDED


def plain_strings(client: str, company: str, eba: str) -> Verdict:
    """The same rule, hand-written, taking the strings as a caller sends them: trim, lower-case, look up."""
    return plain(WORDS[client.strip().lower()], WORDS[company.strip().lower()], WORDS[eba.strip().lower()])


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
    """A raw durable_rules post + delete_state per decision, on the same rule set (None where it cannot import)."""
    try:
        from danetor.engine import _get_host, durable_definition

        host = _get_host()
    except ImportError:
        return None
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
    check(*COMBOS[0])  # load the table and build the decisions once, outside the timing
    for c in COMBOS:  # the baselines agree with check() before we time them
        assert plain(*c) is check(*c).verdict
    for c in MIXED:
        assert plain_strings(*c) is check(*c).verdict

    t_check = per_call(check, COMBOS, loops=2000, repeats=15)
    t_plain = per_call(plain, COMBOS, loops=2000, repeats=15)
    t_check_str = per_call(check, MIXED, loops=500, repeats=15)
    t_plain_str = per_call(plain_strings, MIXED, loops=500, repeats=15)

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
    print(f"check() enum inputs          {t_check * us:8.3f} µs/call")
    print(f"plain Python function        {t_plain * us:8.3f} µs/call")
    print(f"check() mixed spellings      {t_check_str * us:8.3f} µs/call")
    print(f"plain function, same strings {t_plain_str * us:8.3f} µs/call")
    print(f"compile DANETOR (reference)  {t_compile * 1e3:8.3f} ms")
    print(
        f"first check() in a new process (reads the shipped table, builds 27 decisions) {t_first * 1e3:.1f} ms"
    )
    print()
    ok1 = t_check / t_plain <= 2
    ok2 = t_check_str / t_plain_str <= 3
    ok3 = t_compile < 0.050
    print(
        f"ratio check/plain, enums     {t_check / t_plain:6.2f}×   target ≤ 2×    {'OK' if ok1 else 'MISSED'}"
    )
    print(
        f"ratio check/plain, strings   {t_check_str / t_plain_str:6.2f}×   target ≤ 3×    {'OK' if ok2 else 'MISSED'}"
    )
    print(
        f"compile time                 {t_compile * 1e3:6.2f} ms  target < 50 ms {'OK' if ok3 else 'MISSED'}"
    )
    ok4 = True
    decide = raw_durable()
    if decide is None:
        print("raw durable_rules: not importable on this Python (it runs ahead of time only)")
    else:
        str_combos = [tuple(x.value for x in c) for c in COMBOS]
        for c in COMBOS:
            assert decide(*(x.value for x in c)) == check(*c).rule
        t_raw = per_call(decide, str_combos, loops=20, repeats=15)
        ok4 = t_raw / t_check >= 30
        print(f"raw durable post+delete      {t_raw * us:8.3f} µs/call")
        print(
            f"ratio raw durable/check      {t_raw / t_check:6.1f}×   target ≥ 30×   {'OK' if ok4 else 'MISSED'}"
        )
    sys.exit(0 if ok1 and ok2 and ok3 and ok4 else 1)


if __name__ == "__main__":
    main()
