"""The durable_rules adapter and its worker process (CPython 3.11 and 3.12, where durable_rules imports).

durable_rules never runs in the test process itself: its C engine crashes now and then, so each test here runs
in a subprocess (``isolated``) or through the worker (:class:`danetor.compile.DurableProcess`). What both compilers
share (gaps, overlaps, the meaning of every condition, sequences) is in ``test_compiler.py``.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from danetor import shipped
from danetor.compile import DurableProcess
from danetor.errors import EngineError, RuleSetError

pytestmark = pytest.mark.skipif(
    subprocess.run([sys.executable, "-c", "import durable.engine"], capture_output=True).returncode != 0,
    reason="durable_rules builds and imports on CPython 3.11 and 3.12 only",
)

ROOT = Path(__file__).parent.parent
PRELUDE = """
from enum import StrEnum
from danetor import engine
from danetor.errors import *
from danetor.rules.model import *
from danetor.text import Text
T = "test.text"
class Level(StrEnum):
    LOW = "low"; MID = "mid"; HIGH = "high"
class Out(StrEnum):
    A = "a"; B = "b"
def inputs(*names):
    return tuple(Input(name=n, type=Level, label=T, values={m: T for m in Level}) for n in names)
"""


def isolated(body: str, attempts: int = 5) -> subprocess.CompletedProcess:
    """Run *body* (after the prelude) in a fresh interpreter; run it again if durable_rules crashed it."""
    code = PRELUDE + textwrap.dedent(body)
    for _ in range(attempts):
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
        if done.returncode >= 0:
            return done
    raise AssertionError(f"durable_rules crashed {attempts} times in a row: {done.stderr[-500:]}")


def test_an_exception_inside_an_action_is_not_swallowed():
    done = isolated(
        """
        from danetor.rules.danetor import DANETOR
        real = engine.durable_definition
        def broken(rs, action):
            def raising(rule_id):
                def run(c):
                    raise RuntimeError("boom in " + rule_id)
                return run
            return real(rs, raising)
        engine.durable_definition = broken
        try:
            engine.compile_ruleset(DANETOR)
        except EngineError as exc:
            print(exc)
        """
    )
    assert done.stdout.strip() == "rule set 'danetor': an action raised inside durable_rules: boom in accept"


def test_a_condition_too_large_for_durable_rules_is_a_clear_error():
    names = tuple("abcdefg")
    from danetor.rules.model import AllOf, AtLeast, Input, Not, Otherwise, Rule, RuleSet
    from strategies import Outcome, Tri

    t = "test.text"
    huge = AllOf(
        of=(AtLeast(n=4, fields=names, value="low"), Not(of=AtLeast(n=3, fields=names, value="mid")))
    )
    rs = RuleSet(
        name="huge",
        title=t,
        inputs=tuple(Input(name=n, type=Tri, label=t, values={m.value: t for m in Tri}) for n in names),
        outcome=Outcome,
        rules=(Rule(id="x", when=huge, then="a", why=t), Rule(id="y", when=Otherwise(), then="b", why=t)),
    )
    with (
        DurableProcess() as durable,
        pytest.raises(
            RuleSetError, match="rule set 'huge': durable_rules rejected .*ERR_EXPRESSION_LIMIT_EXCEEDED"
        ),
    ):
        durable.compile(rs)


def test_more_than_1024_inputs_compile_because_every_sid_is_deleted():
    from danetor.rules.model import AtLeast, Input, Otherwise, Rule, RuleSet
    from strategies import Outcome, Tri

    t = "test.text"
    names = tuple("abcdefg")
    rs = RuleSet(
        name="big",
        title=t,
        inputs=tuple(Input(name=n, type=Tri, label=t, values={m.value: t for m in Tri}) for n in names),
        outcome=Outcome,
        rules=(
            Rule(id="many_high", when=AtLeast(n=4, fields=names, value="high"), then="a", why=t),
            Rule(id="rest", when=Otherwise(), then="b", why=t),
        ),
    )
    with DurableProcess() as durable:
        table = durable.compile(rs)
    assert len(table) == 3**7 == 2187
    for values, row in table.rows.items():
        assert row.rule == ("many_high" if values.count("high") >= 4 else "rest")


# -- the worker ------------------------------------------------------------------------------------------------


class _Crash:
    """Unpickles into a crash of the worker that reads it (SIGABRT), as a durable_rules segfault would."""

    def __reduce__(self):
        return (os.abort, ())


def test_a_worker_that_always_crashes_is_an_error_after_its_attempts():
    with DurableProcess(attempts=3) as durable:
        durable.compile.__func__  # noqa: B018 - the method exists
        payload_object = _Crash()
        with pytest.raises(EngineError, match=r"crashed 3 times compiling 'x' \(last: signal 6"):
            durable.compile(_Named(payload_object))
        assert durable.crashes == 3


class _Named:
    """Something with a name that pickles as its payload (to drive the worker's failure paths)."""

    def __init__(self, payload):
        self.name = "x"
        self._payload = payload

    def __reduce__(self):
        return self._payload.__reduce__()


def test_a_crashed_worker_is_replaced_and_the_next_definition_compiles():
    from danetor.rules.danetor import DANETOR

    with DurableProcess(attempts=2) as durable:
        with pytest.raises(EngineError, match="crashed 2 times"):
            durable.compile(_Named(_Crash()))
        assert durable.compile(DANETOR).to_data() == shipped.read("danetor")["table"]
        assert durable.crashes == 2


def test_a_worker_that_cannot_start_is_a_clear_error(monkeypatch):
    monkeypatch.setattr(sys, "executable", str(ROOT / "no-such-python"))
    with DurableProcess() as durable, pytest.raises((EngineError, OSError)):
        durable.compile(_Named(_Crash()))


def test_ctrl_c_during_the_build_exits_130_quietly_and_writes_nothing():
    before = {p.name: p.read_bytes() for p in Path(shipped.DATA).glob("*.json")}
    outcomes = set()
    for delay in (0.0, 0.05, 0.1, 0.2, 0.4, 0.6, 0.8, 1.0, 1.3, 1.6):
        proc = subprocess.Popen(
            [sys.executable, "-m", "danetor.compile"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            start_new_session=True,  # a process group of its own, as a shell gives it: Ctrl-C reaches the worker too
        )
        # from its first line the command takes Ctrl-C in hand; before that, Python itself is still starting up
        assert proc.stdout.readline().startswith("danetor.compile: writing")
        time.sleep(delay)
        os.killpg(proc.pid, signal.SIGINT)
        out, err = proc.communicate(timeout=120)
        assert "Traceback" not in err, err
        assert proc.returncode in (0, 130), (delay, proc.returncode, err)
        if proc.returncode == 130:
            assert err.count("\n") <= 1, err
        outcomes.add(proc.returncode)
        assert {p.name: p.read_bytes() for p in Path(shipped.DATA).glob("*.json")} == before
    assert 130 in outcomes


def test_a_rule_set_with_more_than_1024_gaps_is_reported_whole():
    """Sessions nobody handled cannot be deleted (durable frees an uninitialised pointer), so the adapter registers
    the rule set afresh before 1024 of them pile up: every gap is still found."""
    from danetor.errors import GapError
    from danetor.rules.model import Eq, Input, Rule, RuleSet
    from strategies import Outcome, Tri

    t = "test.text"
    names = tuple("abcdefg")
    rs = RuleSet(
        name="holes",
        title=t,
        inputs=tuple(Input(name=n, type=Tri, label=t, values={m.value: t for m in Tri}) for n in names),
        outcome=Outcome,
        rules=(Rule(id="a_low", when=Eq(field="a", value="low"), then="a", why=t),),
    )
    with DurableProcess(attempts=1) as durable, pytest.raises(GapError) as info:
        durable.compile(rs)
    assert len(info.value.cases) == 2 * 3**6 == 1458
    assert durable.crashes == 0
