"""The compilers and the shipped tables.

* Both compilers (durable_rules, where it imports, and the pure-Python reference) verify alike: gaps, overlaps and
  unreachable states are the same errors, and every condition of the vocabulary means the same thing.
* On generated rule sets and sequences the two give identical tables, or fail with identical errors.
* Drift: each shipped table is what its definition compiles to today (fingerprint, reference compiler, and a fresh
  durable_rules compile where it imports), and names ``python -m danetor.compile`` when it is not.
* Run time never imports durable_rules.
"""

from __future__ import annotations

import itertools
import json
import os
import subprocess
import sys
import threading
from enum import StrEnum
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, reject, settings

from danetor import compiler, shipped
from danetor.compile import DurableProcess
from danetor.errors import GapError, OverlapError, RuleSetError
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
    fingerprint,
)
from danetor.tables import DecisionTable, Move, TransitionTable
from strategies import rulesets, sequences

#: durable_rules builds and imports on CPython 3.11 and 3.12 only (asked of a fresh interpreter, not of this one)
DURABLE = subprocess.run([sys.executable, "-c", "import durable.engine"], capture_output=True).returncode == 0

#: durable_rules never runs in the test process: it crashes now and then (see danetor.engine), so it runs in a
#: worker process that is replaced when it dies (DurableProcess)
durable = DurableProcess()

#: the compilers this interpreter can run: the reference one everywhere, durable_rules where it imports
COMPILERS = {"reference": compiler}
if DURABLE:
    COMPILERS["durable"] = durable


@pytest.fixture(scope="module", autouse=True)
def _stop_the_worker():
    yield
    durable.close()


T = "test.text"


class Level(StrEnum):
    LOW = "low"
    MID = "mid"
    HIGH = "high"


class Out(StrEnum):
    A = "a"
    B = "b"
    C = "c"


def inputs(*names):
    return tuple(Input(name=n, type=Level, label=T, values={m: T for m in Level}) for n in names)


def ruleset(*rules, names=("x", "y")):
    return RuleSet(name="probe", title=T, inputs=inputs(*names), outcome=Out, rules=rules)


@pytest.fixture(params=sorted(COMPILERS))
def compile_with(request):
    return COMPILERS[request.param]


def test_the_durable_compiler_runs_where_it_imports():
    """On 3.11 and 3.12, where the test extra installs durable-rules, the equivalence tests must really run."""
    if sys.version_info < (3, 13):
        assert DURABLE, "durable_rules does not import: pip install -e '.[test]' installs it on 3.11 and 3.12"


# -- both compilers verify alike --------------------------------------------------------------------------


def test_gap_is_caught_and_names_the_inputs(compile_with):
    rs = ruleset(
        Rule(id="low", when=Eq(field="x", value="low"), then="a", why=T),
        Rule(id="high", when=Eq(field="x", value="high"), then="b", why=T),
    )
    with pytest.raises(GapError) as info:
        compile_with.compile_ruleset(rs)
    err = info.value
    assert err.ruleset == "probe"
    assert sorted(c[0]["y"] for c in err.cases) == ["high", "low", "mid"]
    assert all(c[0]["x"] == "mid" and c[1] == () for c in err.cases)
    assert "rule set 'probe': no rule matches for 3 input(s)" in str(err)
    assert "{x=mid, y=low} -> no rule" in str(err)


def test_overlap_is_caught_and_names_the_inputs_and_rules(compile_with):
    rs = ruleset(
        Rule(id="x_low", when=Eq(field="x", value="low"), then="a", why=T),
        Rule(id="y_low", when=Eq(field="y", value="low"), then="b", why=T),
        Rule(id="rest", when=Otherwise(), then="c", why=T),
    )
    with pytest.raises(OverlapError) as info:
        compile_with.compile_ruleset(rs)
    assert info.value.cases == (({"x": "low", "y": "low"}, ("x_low", "y_low")),)
    assert "{x=low, y=low} -> x_low, y_low" in str(info.value)


MEANINGS = {
    "eq": (Eq(field="x", value="mid"), lambda v: v["x"] == "mid"),
    "at_least_2_high": (
        AtLeast(n=2, fields=("x", "y", "z"), value="high"),
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
        Not(of=AtLeast(n=2, fields=("x", "y", "z"), value="low")),
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


@pytest.mark.parametrize("kind", sorted(MEANINGS))
def test_every_condition_kind_means_what_it_says(compile_with, kind):
    """Each vocabulary node matches exactly the inputs its meaning says, in both compilers."""
    cond, meaning = MEANINGS[kind]
    rs = RuleSet(
        name="meaning",
        title=T,
        inputs=inputs("x", "y", "z"),
        outcome=Out,
        rules=(
            Rule(id="hit", when=cond, then="a", why=T),
            Rule(id="miss", when=Otherwise(), then="b", why=T),
        ),
    )
    table = compile_with.compile_ruleset(rs)
    assert len(table) == 27
    for combo in rs.combinations():
        assert table.lookup(*combo.values()).rule == ("hit" if meaning(combo) else "miss"), combo


def test_a_lone_otherwise_matches_everything(compile_with):
    table = compile_with.compile_ruleset(ruleset(Rule(id="all", when=Otherwise(), then="a", why=T)))
    assert len(table) == 9 and {row.rule for row in table.rows.values()} == {"all"}


class Ev(StrEnum):
    GO = "go"
    STOP = "stop"


def test_sequence_compiles_every_state_and_event(compile_with):
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
    table = compile_with.compile_sequence(seq)
    assert dict(table.moves) == {
        ("idle", "go"): Move(to="moving", accepted=True),
        ("idle", "stop"): Move(to="idle", accepted=False),
        ("moving", "go"): Move(to="moving", accepted=True),
        ("moving", "stop"): Move(to="end", accepted=True),
        ("end", "go"): Move(to="end", accepted=False),
        ("end", "stop"): Move(to="end", accepted=False),
    }
    assert table.accepted("moving") == ("go", "stop") and table.accepted("end") == ()


def test_unreachable_state_is_an_error(compile_with):
    seq = Sequence(name="island", events=Ev, initial="a", states=(Step(id="a", on={"go": "a"}), Step(id="b")))
    with pytest.raises(RuleSetError, match=r"never reached from 'a': \['b'\]"):
        compile_with.compile_sequence(seq)


# -- the two compilers agree ------------------------------------------------------------------------------


def _outcome(compile_one, definition):
    """A compile’s result as comparable data: the table, or the error’s type and cases."""
    try:
        return ("table", compile_one(definition).to_data())
    except (GapError, OverlapError) as exc:
        return (type(exc).__name__, exc.cases)
    except RuleSetError as exc:
        return ("RuleSetError", str(exc))


needs_durable = pytest.mark.skipif(not DURABLE, reason="durable_rules imports only on CPython 3.11 and 3.12")


@needs_durable
@settings(suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(rulesets())
def test_both_compilers_give_the_same_table_or_error_for_generated_rule_sets(rs):
    result = _outcome(durable.compile_ruleset, rs)
    if result[0] == "RuleSetError" and "ERR_EXPRESSION_LIMIT_EXCEEDED" in result[1]:
        reject()  # durable_rules caps the size of one expression; the reference compiler has no such cap
    assert _outcome(compiler.compile_ruleset, rs) == result


@needs_durable
@given(sequences())
def test_both_compilers_give_the_same_table_or_error_for_generated_sequences(seq):
    assert _outcome(compiler.compile_sequence, seq) == _outcome(durable.compile_sequence, seq)


@given(rulesets())
def test_the_reference_table_is_each_input_matched_by_exactly_one_rule(rs):
    """Without durable_rules too: a reference table holds, for each input, the one rule whose meaning matches."""
    result = _outcome(compiler.compile_ruleset, rs)
    matching = {
        tuple(c.values()): [r.id for r in rs.rules if rs.rule_matches(r, c)] for c in rs.combinations()
    }
    if result[0] == "table":
        table = DecisionTable.from_data(result[1])
        assert all([table.lookup(*k).rule] == hits for k, hits in matching.items())
    else:
        assert any(len(hits) != 1 for hits in matching.values())


# -- the shipped tables -----------------------------------------------------------------------------------

BUILTINS = sorted(shipped.BUILTIN)


def _definitions_in_the_package():
    """Every RuleSet and Sequence object held by a module-level name anywhere in the package."""
    import importlib
    import pkgutil

    import danetor

    found = {}
    for info in pkgutil.walk_packages(danetor.__path__, "danetor."):
        if info.name in ("danetor.compile", "danetor.cli.__main__") or info.name.startswith("danetor.cli"):
            continue
        module = importlib.import_module(info.name)
        for value in vars(module).values():
            if isinstance(value, (RuleSet, Sequence)):
                found[value.name] = value
    return found


def test_every_definition_in_the_package_is_a_shipped_builtin():
    found = _definitions_in_the_package()
    assert sorted(found) == BUILTINS
    for name, definition in found.items():
        assert shipped.builtin_definition(name) is definition
        assert shipped.is_builtin(definition)


@pytest.mark.parametrize("name", BUILTINS)
def test_the_shipped_table_is_current(name):
    definition = shipped.builtin_definition(name)
    data = shipped.read(name)
    hint = f"the shipped table of {name!r} is stale: run `python -m danetor.compile` and commit src/danetor/_compiled/"
    assert data["fingerprint"] == fingerprint(definition), hint
    fresh = (
        compiler.compile_ruleset(definition)
        if isinstance(definition, RuleSet)
        else compiler.compile_sequence(definition)
    )
    assert fresh.to_data() == data["table"], hint
    assert shipped.compiled(definition).to_data() == data["table"]


@needs_durable
@pytest.mark.parametrize("name", BUILTINS)
def test_the_shipped_table_is_what_durable_rules_compiles_today(name):
    from danetor.compile import render

    path = Path(shipped.DATA) / f"{name}.json"
    assert render(name, durable) == path.read_text(encoding="utf-8"), (
        f"{path} differs from a fresh durable_rules compile of {name!r}: run `python -m danetor.compile` and "
        "commit src/danetor/_compiled/"
    )


@needs_durable
def test_the_build_step_check_passes_and_writes_nothing(tmp_path):
    before = {p.name: p.read_bytes() for p in Path(shipped.DATA).glob("*.json")}
    result = subprocess.run(
        [sys.executable, "-m", "danetor.compile", "--check"], capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stderr
    assert {p.name: p.read_bytes() for p in Path(shipped.DATA).glob("*.json")} == before


def _without_durable(tmp_path, sitecustomize: str = "") -> dict[str, str]:
    """An environment where durable_rules fails at import, as on CPython 3.13."""
    fake = tmp_path / "durable"
    fake.mkdir()
    (fake / "__init__.py").write_text("raise ImportError('undefined symbol: PyEval_CallObject')\n")
    if sitecustomize:
        (tmp_path / "sitecustomize.py").write_text(sitecustomize)
    return dict(os.environ, PYTHONPATH=str(tmp_path))


def test_without_durable_rules_the_build_step_checks_the_tables_by_fingerprint(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "danetor.compile", "--check"],
        capture_output=True,
        text=True,
        timeout=120,
        env=_without_durable(tmp_path),
    )
    assert result.returncode == 0, result.stderr
    assert "current by fingerprint; not recompiled" in result.stdout and "PyEval_CallObject" in result.stdout


def test_without_durable_rules_a_changed_definition_names_where_to_compile(tmp_path):
    stale = "import danetor.rules.model as m\nm.fingerprint = lambda definition: 'changed'\n"
    result = subprocess.run(
        [sys.executable, "-m", "danetor.compile"],
        capture_output=True,
        text=True,
        timeout=120,
        env=_without_durable(tmp_path, stale),
    )
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert "durable_rules cannot be imported" in result.stderr and "PyEval_CallObject" in result.stderr
    assert "3.11 and 3.12" in result.stderr and "pip install -e '.[compile]'" in result.stderr


def test_a_table_round_trips_through_its_json_form():
    table = shipped.compiled(DANETOR)
    assert DecisionTable.from_data(json.loads(json.dumps(table.to_data()))) == table
    from danetor.rules.channels import ESCALATION

    seq = shipped.compiled(ESCALATION)
    assert TransitionTable.from_data(json.loads(json.dumps(seq.to_data()))) == seq


def test_a_missing_shipped_table_is_a_clear_error(monkeypatch, tmp_path):
    monkeypatch.setattr(shipped, "DATA", str(tmp_path))
    with pytest.raises(
        shipped.EngineError, match=r"'danetor' is missing or unreadable .*python -m danetor\.compile"
    ):
        shipped.read("danetor")


# -- run time ---------------------------------------------------------------------------------------------


def test_a_rule_set_defined_at_run_time_is_compiled_by_the_reference_compiler():
    rs = ruleset(
        Rule(id="some_low", when=AtLeast(n=1, fields=("x", "y"), value="low"), then="a", why=T),
        Rule(id="rest", when=Otherwise(), then="b", why=T),
    )
    table = shipped.compiled(rs)
    assert table.lookup("mid", "low").rule == "some_low" and table.lookup("mid", "high").rule == "rest"
    with pytest.raises(GapError):
        shipped.compiled(ruleset(Rule(id="low", when=Eq(field="x", value="low"), then="a", why=T)))


def test_a_rule_set_named_like_a_builtin_is_not_served_the_builtin_table():
    impostor = RuleSet(
        name="danetor",
        title=T,
        inputs=DANETOR.inputs,
        outcome=DANETOR.outcome,
        rules=(Rule(id="always", when=Otherwise(), then="accept", why=T),),
    )
    assert not shipped.is_builtin(impostor)
    assert {row.rule for row in shipped.compiled(impostor).rows.values()} == {"always"}


def test_compiled_is_once_per_definition_and_thread_safe():
    rs = ruleset(Rule(id="all", when=Otherwise(), then="a", why=T))
    results = []
    barrier = threading.Barrier(8)

    def grab():
        barrier.wait()
        results.append(shipped.compiled(rs))

    threads = [threading.Thread(target=grab) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(results) == 8 and all(r is results[0] for r in results)


def test_a_definition_that_goes_away_leaves_no_cache_entry():
    import gc

    before = len(shipped._cache)
    for _ in range(50):
        shipped.compiled(ruleset(Rule(id="all", when=Otherwise(), then="a", why=T)))
    gc.collect()
    assert len(shipped._cache) == before


def test_the_danetor_table_is_total():
    table = shipped.compiled(DANETOR)
    assert set(table.rows) == set(itertools.product([a.value for a in Answer], repeat=3))


RUNTIME_CALLS = {
    "check": "danetor.check('yes', 'no', 'no').explain('en')",
    "respond": "danetor.respond(danetor.check('yes', 'no', 'no'), request='a', reason='b', alternative='c')",
    "channel_for": "danetor.channel_for('urgent').explain('en')",
    "failure_plan": "danetor.failure_plan('ours', lang='en').explain()",
    "trackers": (
        "e = danetor.Escalation(); e.send('sent', at=0); e.tick(10**6); f = danetor.FailureCase('ours'); "
        "f.complete('inform'); x = danetor.ExpectationLanding(); x.send('warn'); "
        "danetor.FailureCase.from_json(f.to_json()); danetor.Escalation.from_json(e.to_json())"
    ),
    "playbooks": "from danetor.playbooks import catalog; [catalog.document(n) for n in catalog.names()]",
    "others": (
        "danetor.kam_quadrant('high', 'strong'); danetor.boiling_check(irritation=True); "
        "danetor.assess_archetype(set()); danetor.temperament_advice('choleric'); danetor.audit_rules([1])"
    ),
    "cli": (
        "from danetor.cli import main; import io; "
        "main(['ask', '--client', 'yes', '--company', 'no', '--eba', 'no', '--json'], stdout=io.StringIO()); "
        "main(['channel', 'urgent'], stdout=io.StringIO()); main(['failure', '--fault', 'ours'], stdout=io.StringIO())"
    ),
}


@pytest.mark.parametrize("what", sorted(RUNTIME_CALLS))
def test_run_time_never_imports_durable_rules(what):
    code = (
        f"import sys, danetor\n{RUNTIME_CALLS[what]}\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('durable', 'durable_rules_engine') "
        "or m in ('danetor.engine', 'danetor.compile')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"
