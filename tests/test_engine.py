"""The engine adapter: verification catches gaps and overlaps, sids never leak, swallowed errors surface."""

import itertools
import threading
from enum import StrEnum

import pytest

from danetor import engine
from danetor.errors import EngineError, GapError, OverlapError, RuleSetError
from danetor.rules.danetor import DANETOR, Answer
from danetor.rules.model import (
    AllOf,
    AnyOf,
    AtLeast,
    Eq,
    Input,
    Not,
    Otherwise,
    Rule,
    RuleSet,
    Sequence,
    Step,
)
from danetor.text import Text

T = Text(ru="т", en="t")


class Level(StrEnum):
    LOW = "low"
    MID = "mid"
    HIGH = "high"


class Out(StrEnum):
    A = "a"
    B = "b"
    C = "c"


def inputs(*names, kind=Level):
    return tuple(Input(name=n, type=kind, label=T, values={m: T for m in kind}) for n in names)


def ruleset(*rules, names=("x", "y")):
    return RuleSet(name="probe", title=T, inputs=inputs(*names), outcome=Out, rules=rules)


def test_gap_is_caught_and_names_the_inputs():
    rs = ruleset(
        Rule(id="low", when=Eq(field="x", value="low"), then="a", why=T),
        Rule(id="high", when=Eq(field="x", value="high"), then="b", why=T),
    )
    with pytest.raises(GapError) as info:
        engine.compile_ruleset(rs)
    err = info.value
    assert err.ruleset == "probe"
    assert sorted(c[0]["y"] for c in err.cases) == ["high", "low", "mid"]
    assert all(c[0]["x"] == "mid" and c[1] == () for c in err.cases)
    assert "rule set 'probe': no rule matches for 3 input(s)" in str(err)
    assert "{x=mid, y=low} -> no rule" in str(err)


def test_overlap_is_caught_and_names_the_inputs_and_rules():
    rs = ruleset(
        Rule(id="x_low", when=Eq(field="x", value="low"), then="a", why=T),
        Rule(id="y_low", when=Eq(field="y", value="low"), then="b", why=T),
        Rule(id="rest", when=Otherwise(), then="c", why=T),
    )
    with pytest.raises(OverlapError) as info:
        engine.compile_ruleset(rs)
    assert info.value.cases == (({"x": "low", "y": "low"}, ("x_low", "y_low")),)
    assert "{x=low, y=low} -> x_low, y_low" in str(info.value)


def test_every_condition_kind_compiles_to_the_same_meaning_as_python():
    """Each vocabulary node, compiled to durable_rules JSON, matches exactly the inputs its meaning says."""
    names = ("x", "y", "z")
    conditions = {
        "eq": (Eq(field="x", value="mid"), lambda v: v["x"] == "mid"),
        "at_least_2_high": (
            AtLeast(n=2, fields=names, value="high"),
            lambda v: list(v.values()).count("high") >= 2,
        ),
        "all": (
            AllOf(of=(Eq(field="x", value="low"), Eq(field="y", value="low"))),
            lambda v: v["x"] == v["y"] == "low",
        ),
        "any": (
            AnyOf(of=(Eq(field="x", value="low"), Eq(field="z", value="high"))),
            lambda v: v["x"] == "low" or v["z"] == "high",
        ),
        "not_eq": (Not(of=Eq(field="y", value="mid")), lambda v: v["y"] != "mid"),
        "not_at_least": (
            Not(of=AtLeast(n=2, fields=names, value="low")),
            lambda v: list(v.values()).count("low") < 2,
        ),
        "not_all": (
            Not(of=AllOf(of=(Eq(field="x", value="low"), Not(of=Eq(field="y", value="low"))))),
            lambda v: not (v["x"] == "low" and v["y"] != "low"),
        ),
        "not_any": (
            Not(of=AnyOf(of=(Eq(field="x", value="high"), AtLeast(n=1, fields=("y", "z"), value="mid")))),
            lambda v: not (v["x"] == "high" or "mid" in (v["y"], v["z"])),
        ),
    }
    for name, (cond, meaning) in conditions.items():
        rs = RuleSet(
            name="meaning",
            title=T,
            inputs=inputs(*names),
            outcome=Out,
            rules=(
                Rule(id="hit", when=cond, then="a", why=T),
                Rule(id="miss", when=Otherwise(), then="b", why=T),
            ),
        )
        table = engine.compile_ruleset(rs)
        assert len(table) == 27
        for combo in rs.combinations():
            expected = "hit" if meaning(combo) else "miss"
            assert table.lookup(*combo.values()).rule == expected, (name, combo)


def test_more_than_1024_inputs_compile_because_every_sid_is_deleted():
    rs = RuleSet(
        name="big",
        title=T,
        inputs=inputs(*"abcdefg"),
        outcome=Out,
        rules=(
            Rule(id="many_high", when=AtLeast(n=4, fields=tuple("abcdefg"), value="high"), then="a", why=T),
            Rule(id="rest", when=Otherwise(), then="b", why=T),
        ),
    )
    table = engine.compile_ruleset(rs)
    assert len(table) == 3**7 == 2187
    for values, row in table.rows.items():
        assert row.rule == ("many_high" if values.count("high") >= 4 else "rest")


def test_an_exception_inside_an_action_is_not_swallowed(monkeypatch):
    real = engine.durable_definition

    def broken(rs, action):
        def raising(rule_id):
            def run(c):
                raise RuntimeError("boom in " + rule_id)

            return run

        return real(rs, raising)

    monkeypatch.setattr(engine, "durable_definition", broken)
    with pytest.raises(
        EngineError, match=r"^rule set 'danetor': an action raised inside durable_rules: boom in accept$"
    ):
        engine.compile_ruleset(DANETOR)


def test_a_condition_too_large_for_durable_rules_is_a_clear_error():
    names = tuple("abcdefg")
    huge = AllOf(
        of=(AtLeast(n=4, fields=names, value="low"), Not(of=AtLeast(n=3, fields=names, value="mid")))
    )
    rs = RuleSet(
        name="huge",
        title=T,
        inputs=inputs(*names),
        outcome=Out,
        rules=(Rule(id="x", when=huge, then="a", why=T), Rule(id="y", when=Otherwise(), then="b", why=T)),
    )
    with pytest.raises(
        RuleSetError, match="rule set 'huge': durable_rules rejected .*ERR_EXPRESSION_LIMIT_EXCEEDED"
    ):
        engine.compile_ruleset(rs)


def test_compiled_is_once_per_process_and_thread_safe():
    rs = ruleset(Rule(id="all", when=Otherwise(), then="a", why=T))
    results = []
    barrier = threading.Barrier(6)

    def grab():
        barrier.wait()
        results.append(engine.compiled(rs))

    threads = [threading.Thread(target=grab) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(results) == 6 and all(r is results[0] for r in results)
    assert len(results[0]) == 9


def test_danetor_table_is_total():
    table = engine.compiled(DANETOR)
    assert set(table.rows) == set(itertools.product([a.value for a in Answer], repeat=3))


# -- sequences --------------------------------------------------------------------------------------------


class Ev(StrEnum):
    GO = "go"
    STOP = "stop"


def test_sequence_compiles_every_state_and_event():
    seq = Sequence(
        name="walk",
        events=Ev,
        initial="idle",
        final=("end",),
        states=(
            Step(id="idle", on={"go": "moving"}),
            Step(id="moving", on={"stop": "end", "go": "moving"}),
            Step(id="end"),
        ),
    )
    table = engine.compile_sequence(seq)
    assert dict(table.moves) == {
        ("idle", "go"): engine.Move(to="moving", accepted=True),
        ("idle", "stop"): engine.Move(to="idle", accepted=False),
        ("moving", "go"): engine.Move(to="moving", accepted=True),
        ("moving", "stop"): engine.Move(to="end", accepted=True),
        ("end", "go"): engine.Move(to="end", accepted=False),
        ("end", "stop"): engine.Move(to="end", accepted=False),
    }
    assert table.accepted("moving") == ("go", "stop") and table.accepted("end") == ()


def test_unreachable_state_is_an_error():
    seq = Sequence(name="island", events=Ev, initial="a", states=(Step(id="a", on={"go": "a"}), Step(id="b")))
    with pytest.raises(RuleSetError, match=r"never reached from 'a': \['b'\]"):
        engine.compile_sequence(seq)
