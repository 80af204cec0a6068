"""The JSON Schemas (``danetor.schemas``): shipped and current, strict, describing every ``--json`` output of the
command and every tracker record as written today, refusing what is wrong, and cheap to have.

Every ``--json`` run of every CLI test is validated too (``tests/clirun.py``); here each command is run directly,
in both languages.
"""

from __future__ import annotations

import argparse
import copy
import fnmatch
import io
import json
import subprocess
import sys
import tomllib
from collections import deque
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from clirun import Tty, run
from danetor import Escalation, ExpectationLanding, FailureCase, schemas, texts
from danetor.errors import InvalidInput, OutOfOrderError
from danetor.schemas import _build
from danetor.tracker import SCHEMA_VERSION, Tracker
from jsonschemas import VALIDATED, check, check_output, problems, validator

#: the sample company policy (issue 18): a fourth question, Telegram, euros
ACME = str(Path(__file__).parent / "data" / "acme.toml")
from strategies import escalation_ops, escalation_wait

ROOT = Path(__file__).resolve().parents[1]
FOLDER = Path(schemas.__file__).parent
FIXTURES = Path(__file__).parent / "fixtures" / "0.1.0"


# -- shipped and current ---------------------------------------------------------------------------------------


def test_every_shipped_schema_is_what_the_models_generate():
    """The drift test: the files are exactly what the build step writes now (run ``python -m danetor.compile``)."""
    import pydantic

    generated = _build.generate()
    shipped = {
        p.name.removesuffix(".schema.json"): p.read_text(encoding="utf-8") for p in FOLDER.glob("*.json")
    }
    assert sorted(shipped) == sorted(generated), "a schema file is missing or has no name in danetor.schemas"
    stale = [name for name in generated if shipped[name] != generated[name]]
    assert not stale, (
        f"stale: {stale}; run `python -m danetor.compile` (this is pydantic {pydantic.VERSION}) and commit "
        "src/danetor/schemas/"
    )


def test_the_build_step_reports_a_stale_schema_and_writes_nothing_in_check_mode(monkeypatch):
    from danetor import compile as build

    real = _build.generate()
    changed = {**real, "ask": real["ask"].replace('"decision"', '"verdict"', 1)}
    monkeypatch.setattr(_build, "generate", lambda: changed)
    out = io.StringIO()
    assert build.build_schemas(check=True, out=out) == ["schemas/ask.schema"]
    assert "STALE    schemas/ask.schema" in out.getvalue()
    assert (FOLDER / "ask.schema.json").read_text(encoding="utf-8") == real["ask"]
    monkeypatch.setattr(_build, "generate", lambda: real)
    assert build.build_schemas(check=True, out=io.StringIO()) == []


def test_the_wheel_ships_every_schema():
    """pyproject's package data takes every shipped schema (CI runs the suite again from the built wheel)."""
    patterns = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"][
        "package-data"
    ]["danetor"]
    package = ROOT / "src" / "danetor"
    for path in FOLDER.glob("*.schema.json"):
        rel = path.relative_to(package).as_posix() if path.is_relative_to(package) else f"schemas/{path.name}"
        assert any(fnmatch.fnmatch(rel, p) for p in patterns), rel


@pytest.mark.parametrize("name", schemas.names())
def test_each_schema_is_draft_2020_12_with_its_versioned_id(name):
    doc = schemas.load(name)
    validator(name)  # checks the schema against the draft's metaschema
    assert doc["$schema"] == schemas.DIALECT == "https://json-schema.org/draft/2020-12/schema"
    assert doc["$id"] == schemas.id_of(name) == f"urn:danetor:schema:{schemas.VERSION}:{name}"
    assert doc["title"] == schemas.title(name)
    assert list(doc)[:5] == ["$schema", "$id", "$comment", "title", "description"]
    assert ":class:" not in json.dumps(doc) and "``" not in json.dumps(doc)  # docstrings cleaned


def _objects(node):
    """Every object schema (one with properties) inside *node*."""
    if isinstance(node, dict):
        if "properties" in node:
            yield node
        for value in node.values():
            yield from _objects(value)
    elif isinstance(node, list):
        for value in node:
            yield from _objects(value)


@pytest.mark.parametrize("name", schemas.names())
def test_every_key_is_required_and_no_other_is_allowed(name):
    objects = list(_objects(schemas.load(name)))
    assert objects
    for obj in objects:
        assert obj["required"] == list(obj["properties"]), obj.get("title")
        assert obj["additionalProperties"] is False, obj.get("title")


def test_the_version_is_the_records_schema_version():
    assert schemas.VERSION == SCHEMA_VERSION == 2
    for name in schemas.RECORDS:
        assert schemas.load(name)["properties"]["schema_version"]["const"] == SCHEMA_VERSION


def test_load_gives_a_fresh_dict_and_refuses_an_unknown_name():
    first = schemas.load("ask")
    first["title"] = "changed"
    assert schemas.load("ask")["title"] == "danetor ask --json"
    assert schemas.text("ask") == (FOLDER / "ask.schema.json").read_text(encoding="utf-8")
    for bad in ("aks", "../ask", "", None, 3):
        with pytest.raises(InvalidInput) as info:
            schemas.load(bad)
        assert info.value.argument == "name" and "script-no" in str(info.value)


def test_the_module_examples_run():
    import doctest

    assert doctest.testmod(schemas).failed == 0 and doctest.testmod(schemas).attempted >= 3


def test_importing_the_package_or_the_tables_costs_no_schema_machinery():
    code = (
        "import sys, danetor\n"
        "before = 'danetor.schemas' in sys.modules\n"
        "from danetor import schemas\n"
        "schemas.load('ask'); schemas.output_for(['ask', '--json'])\n"
        "print(before, sorted(m for m in sys.modules if m.split('.')[0] in ('pydantic', 'jsonschema', 'importlib_resources')"
        " or m in ('danetor.schemas._build', 'danetor.outputs')))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False []"


# -- the tables cover everything -------------------------------------------------------------------------------


def _json_commands() -> set[tuple[str, ...]]:
    """Every command and action of the real parser that takes --json."""
    from danetor.cli import build_parser

    found = set()
    queue = deque([((), build_parser("en"))])
    while queue:
        words, parser = queue.popleft()
        if any("--json" in a.option_strings for a in parser._actions):
            found.add(words)
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                queue.extend(((*words, name), sub) for name, sub in action.choices.items())
    return found


def test_every_command_with_json_has_a_schema_and_every_output_schema_a_command():
    commands = _json_commands()
    assert len(commands) >= 20
    assert commands == {command for command, _model, _many in schemas.OUTPUTS.values()}
    for name, (command, _model, _many) in schemas.OUTPUTS.items():
        assert name == "-".join(command) and schemas.output_for([*command, "--json"]) == name


def test_every_tracker_has_a_record_schema_of_its_record_model():
    import danetor.channels
    import danetor.expectations
    import danetor.failure  # noqa: F401 - every tracker is defined

    def subclasses(cls):
        for sub in cls.__subclasses__():
            yield sub
            yield from subclasses(sub)

    public = {t for t in subclasses(Tracker) if not t.__name__.startswith("_")}
    named = {_build._resolve(path) for path in schemas.RECORDS.values()}
    assert public == named == {Escalation, ExpectationLanding, FailureCase}
    for name, path in schemas.RECORDS.items():
        assert _build._what(name)[0] is _build._resolve(path).record


@pytest.mark.parametrize(
    "argv, name",
    [
        (["ask", "--client", "yes", "--json"], "ask"),
        (["--lang", "ru", "script", "no", "--json"], "script-no"),
        (["script", "--lang=en", "landing", "warn"], "script-landing"),
        (["script", "--lang", "en", "extra"], "script-extra"),
        (["interview", "--block", "stress", "--json"], "interview"),
        (["interview", "score", "--none"], "interview-score"),
        (["playbook", "show", "danetor"], "playbook-show"),
        (["channel", "urgent"], "channel"),
        (["--policy", "p.toml", "ask", "--json"], "ask"),
        (["--policy=p.toml", "policy", "show"], "policy-show"),
        (["policy", "check", "p.toml", "--json"], "policy-check"),
        (["script"], None),
        (["schema", "ask"], None),
        (["--json"], None),
        ([], None),
    ],
)
def test_output_for_names_the_schema_of_a_command_line(argv, name):
    assert schemas.output_for(argv) == name


def test_the_text_entry_kinds_are_the_registry_kinds():
    from typing import get_args

    from danetor.outputs import TextEntry

    assert get_args(TextEntry.model_fields["kind"].annotation) == texts.KINDS


# -- every output validates ------------------------------------------------------------------------------------

#: one or more command lines per output schema (the --json is added)
CASES: dict[str, list[list[str]]] = {
    "ask": [
        ["ask", "--client", "yes", "--company", "no", "--eba", "no"],
        ["ask", "--client", "no", "--company", "no", "--eba", "yes", "--request", "r", "--reason", "s",
         "--alternative", "t"],
        ["ask", "--client", "yes", "--company", "yes", "--eba", "yes", "--free", "--service", "s", "--price", "1"],
        ["ask", "--client", "unknown", "--company", "yes", "--eba", "unknown", "--request", "r"],
        ["--policy", ACME, "ask", "--client", "yes", "--company", "yes", "--eba", "yes", "--contract", "unknown"],
    ],
    "channel": [["channel", "urgent", "--difficult"], ["channel", "final-report"], ["channel", "incident"]],
    "failure": [["failure", "--fault", "ours"], ["failure", "--fault", "third-party", "--client-knows", "--fix", "a"]],
    "boiling": [["boiling", "--irritation"], ["boiling", "--none"]],
    "kam": [["kam", "--attractiveness", a, "--relationship", r] for a in ("high", "low") for r in ("strong", "weak")],
    "temperament": [["temperament", t] for t in ("choleric", "sanguine", "phlegmatic", "melancholic")],
    "archetype": [["archetype", "--agree", "1,3-5"], ["archetype", "--none"]],
    "audit": [["audit", "--kept", "1-29"], ["audit", "--none"]],
    "interview": [["interview"], ["interview", "--block", "specialist", "--minutes", "15"]],
    "interview-score": [["interview", "score", "--specialist", "14,17", "--stress", "16"], ["interview", "score", "--none"]],
    "playbook-list": [["playbook", "list"]],
    "playbook-show": [["playbook", "show", "danetor"], ["playbook", "show", "failure"], ["playbook", "show", "channels"]],
    "texts": [["texts", "danetor.verdict"], ["texts", "--kind", "quote"]],
    "script-no": [["script", "no", "--request", "r", "--reason", "s", "--alternative", "t", "--pressure", "--brief"]],
    "script-extra": [["script", "extra", "--service", "s", "--hours", "3", "--currency", "EUR"]],
    "script-confirm": [["script", "confirm", "--request", "r", "--price", "100"]],
    "script-warning": [["script", "warning", "--action", "a", "--deadline", "d", "--consequence", "c"]],
    "script-agreements": [["script", "agreements", "--item", "a", "--item", "b", "--name", "Anna"]],
    "script-restart": [["script", "restart"]],
    "script-landing": [["script", "landing", "reality", "--result", "a", "--reality", "b"]],
    "policy-check": [["policy", "check", ACME], ["policy", "check", ACME, "--with-durable"]],
    "policy-show": [["policy", "show"], ["--policy", ACME, "policy", "show"]],
}  # fmt: skip


def test_there_is_a_case_for_every_output_schema():
    assert sorted(CASES) == sorted(schemas.OUTPUTS)


def _document(argv: list[str], lang: str):
    code, out, err = run("--lang", lang, *argv, "--json")  # run() validates it (tests/clirun.py)
    assert code == 0, err
    return json.loads(out)


@pytest.mark.parametrize("lang", ["ru", "en"])
@pytest.mark.parametrize("name", sorted(CASES))
def test_every_command_output_is_valid_against_its_schema(name, lang):
    before = VALIDATED[name]
    for argv in CASES[name]:
        doc = _document(argv, lang)
        assert problems(name, doc) == []
    assert VALIDATED[name] == before + len(CASES[name])  # the runner validated each one too


@pytest.mark.parametrize("name", sorted(CASES))
def test_every_command_output_reads_back_through_its_model_unchanged(name):
    """The model of each schema is the shape the command writes, whether it writes through it or (ask, texts:
    start-up) as a dict: a program can parse the output with it."""
    from pydantic import TypeAdapter

    adapter = TypeAdapter(_build._what(name)[0])
    for argv in CASES[name]:
        doc = _document(argv, "ru")
        assert adapter.dump_python(adapter.validate_python(doc), mode="json") == doc


def test_every_playbook_document_is_valid():
    from danetor.playbooks import catalog

    for playbook in catalog.names():
        check("playbook-show", _document(["playbook", "show", playbook], "en"))


def test_json_on_a_terminal_stays_one_valid_line():
    """Lines on a terminal wrap at its width; a JSON document must not (a line break inside a string is invalid)."""
    out = Tty()
    code, text, _ = run(
        "--lang", "ru", "failure", "--fault", "ours", "--json", stdout=out, env={"COLUMNS": "40"}
    )
    assert code == 0 and text.count("\n") == 1
    check("failure", json.loads(text))


# -- what is wrong is refused ----------------------------------------------------------------------------------


def _resolve(node, root):
    while "$ref" in node:
        node = root["$defs"][node["$ref"].rsplit("/", 1)[-1]]
    return node


def _walk(doc, node, root, path=()):
    """Every place in *doc* with the schema that describes it: (path, value, resolved schema)."""
    node = _resolve(node, root)
    if "anyOf" in node:
        alts = [a for a in node["anyOf"] if (_resolve(a, root).get("type") == "null") == (doc is None)]
        node = _resolve(alts[0], root)
    if "oneOf" in node:  # a tagged union: the tag names the schema
        tag = node["discriminator"]["propertyName"]
        node = _resolve({"$ref": node["discriminator"]["mapping"][doc[tag]]}, root)
    yield path, doc, node
    if isinstance(doc, dict) and "properties" in node:
        for key, value in doc.items():
            yield from _walk(value, node["properties"][key], root, (*path, key))
    elif isinstance(doc, dict) and isinstance(node.get("additionalProperties"), dict):
        for key, value in doc.items():
            yield from _walk(value, node["additionalProperties"], root, (*path, key))
    elif isinstance(doc, list) and "items" in node:
        for i, value in enumerate(doc):
            yield from _walk(value, node["items"], root, (*path, i))


def _at(doc, path):
    for part in path:
        doc = doc[part]
    return doc


def _mutants(doc, schema):
    """(what was done, the broken document): in every object of fixed keys an unknown key and a missing key, in
    every map an unknown key, and a value outside its closed set at every place that has one; once per place in
    the schema (the first item of a list stands for the others)."""
    seen = set()
    for path, value, node in list(_walk(doc, schema, schema)):
        place = tuple("*" if isinstance(part, int) else part for part in path)
        if place in seen:
            continue
        seen.add(place)
        if isinstance(value, dict):
            extra = copy.deepcopy(doc)
            _at(extra, path)["unexpected"] = 1
            yield f"unknown key at {path}", extra
        if isinstance(value, dict) and "properties" in node and value:
            missing = copy.deepcopy(doc)
            del _at(missing, path)[next(iter(value))]
            yield f"missing key at {path}", missing
        if ("enum" in node or "const" in node) and path:
            wrong = copy.deepcopy(doc)
            _at(wrong, path[:-1])[path[-1]] = "no-such-value"
            yield f"wrong value at {path}", wrong


@pytest.mark.parametrize("name", sorted(CASES))
def test_a_broken_document_is_refused(name):
    schema = schemas.load(name)
    kinds = set()
    for argv in CASES[name]:
        doc = _document(argv, "en")
        for what, broken in _mutants(doc, schema):
            assert problems(name, broken), f"{name}: {what} was accepted"
            kinds.add(what.split(" at ")[0])
            with pytest.raises(AssertionError):
                check_output(["--lang", "en", *argv, "--json"], json.dumps(broken, ensure_ascii=False) + "\n")
    assert {"unknown key", "missing key"} <= kinds
    if '"enum"' in json.dumps(schema) and name not in ("playbook-list",):
        assert "wrong value" in kinds, name


@pytest.mark.parametrize(
    "name, doc",
    [
        ("ask", {"decision": {}, "message": None}),
        ("failure", []),
        ("texts", [{"key": "k", "kind": "poem", "ru": "а", "en": "a"}]),
        ("playbook-list", [{"name": "x", "title": {"ru": "а"}}]),
        ("playbook-list", [{"name": "x", "title": {"ru": "а", "en": "a", "de": "b"}}]),
        ("escalation-record", {"schema_version": 3, "sequence": "escalation", "state": "call", "history": [],
                               "times": [], "wait": 1.0}),
    ],
)  # fmt: skip
def test_hand_made_wrong_documents_are_refused(name, doc):
    assert problems(name, doc)


def test_the_runner_refuses_json_that_is_not_one_valid_document():
    with pytest.raises(AssertionError, match="no JSON"):
        check_output(["ask", "--json"], "not json\n")
    with pytest.raises(AssertionError, match="not one line"):
        check_output(["ask", "--json"], '{\n"decision": 1}\n')
    with pytest.raises(AssertionError, match="no schema"):
        check_output(["schema", "--json"], "{}\n")
    check_output(["ask", "--json", "--help"], "usage: …\n")  # help is not a document


# -- tracker records -------------------------------------------------------------------------------------------


def _reachable(start, events, apply):
    """Every tracker reachable from *start* by *events* (breadth first; a refused event is a dead end)."""
    seen, queue, found = set(), deque([start]), []
    while queue:
        tracker = queue.popleft()
        text = tracker.to_json()
        if text in seen:
            continue
        seen.add(text)
        found.append(tracker)
        for event in events:
            nxt = type(tracker).from_json(text)
            try:
                apply(nxt, event)
            except OutOfOrderError:
                continue
            queue.append(nxt)
    return found


def _landings():
    from danetor.rules.expectations import LandingStage

    return _reachable(ExpectationLanding(), list(LandingStage), lambda t, e: t.send(e))


def _failure_cases():
    from danetor.failure import FailureStep

    found = []
    for fault in ("ours", "third_party"):
        for knows in (False, True):
            found += _reachable(
                FailureCase(fault, client_knows=knows), list(FailureStep), lambda t, e: t.complete(e)
            )
    return found


def _escalations():
    from danetor.channels import EscalationEvent

    return _reachable(
        Escalation(wait=60), list(EscalationEvent), lambda t, e: t.send(e, at=100.0 * (len(t.history) + 1))
    )


RECORD_OF = {
    "escalation-record": _escalations,
    "expectation-landing-record": _landings,
    "failure-case-record": _failure_cases,
}


def test_there_is_a_walk_for_every_record_schema():
    assert sorted(RECORD_OF) == sorted(schemas.RECORDS)


@pytest.mark.parametrize("name", sorted(RECORD_OF))
def test_every_reachable_record_is_valid_and_every_state_is_reached(name):
    trackers = RECORD_OF[name]()
    states = {t.state for t in trackers}
    assert states == set(type(trackers[0]).states)  # every state, so the walk is exhaustive
    for tracker in trackers:
        record = json.loads(tracker.to_json())
        check(name, record)
        assert json.loads(type(tracker).from_json(tracker.to_json()).to_json()) == record


@given(escalation_ops, escalation_wait, st.floats(0, 1e6, allow_nan=False))
def test_any_escalation_saves_a_valid_record(ops, wait, start):
    esc, now = Escalation(wait=wait), start
    for op, event, step in ops:
        now += step
        try:
            esc.send(event, at=now) if op == "send" else esc.tick(now)
        except (OutOfOrderError, InvalidInput):
            pass
        assert not problems("escalation-record", json.loads(esc.to_json()))


@pytest.mark.parametrize(
    "fixture, name, cls",
    [
        ("escalation.json", "escalation-record", Escalation),
        ("expectation-landing.json", "expectation-landing-record", ExpectationLanding),
        ("failure-case.json", "failure-case-record", FailureCase),
    ],
)
def test_a_0_1_0_record_is_not_valid_against_version_2_but_restores(fixture, name, cls):
    old = json.loads((FIXTURES / fixture).read_text(encoding="utf-8"))
    assert "schema_version" not in old
    assert any("schema_version" in p for p in problems(name, old))
    restored = cls.from_json(json.dumps(old))
    check(name, json.loads(restored.to_json()))


def test_a_record_breaks_its_schema_when_a_key_is_missing_unknown_or_out_of_range():
    record = json.loads(_escalations()[-1].to_json())
    schema = schemas.load("escalation-record")
    broken = dict(_mutants(record, schema))
    assert record["history"] and {
        "unknown key at ()",
        "missing key at ()",
        "wrong value at ('schema_version',)",
        "wrong value at ('sequence',)",
        "wrong value at ('state',)",
        "wrong value at ('history', 0)",
    } <= set(broken)
    for what, doc in broken.items():
        assert problems("escalation-record", doc), what


# -- danetor schema --------------------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_schema_lists_every_name_and_what_it_describes(lang):
    code, out, err = run("--lang", lang, "schema")
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert [line.split()[0] for line in lines] == list(schemas.names())
    assert lines[0].split(None, 1)[1] == "danetor ask --json"
    assert lines[-1].split(None, 1)[1] == "FailureCase.to_json()"


@pytest.mark.parametrize("lang", ["ru", "en"])
@pytest.mark.parametrize("name", ["ask", "script-no", "failure-case-record"])
def test_schema_prints_the_shipped_file_exactly(name, lang):
    code, out, err = run("--lang", lang, "schema", name)
    assert code == 0 and err == ""
    assert out == (FOLDER / f"{name}.schema.json").read_text(encoding="utf-8")
    assert json.loads(out)["$id"] == schemas.id_of(name)


def test_schema_takes_a_name_in_any_case_and_with_underscores():
    assert run("schema", "Escalation_Record")[1] == schemas.text("escalation-record")


@pytest.mark.parametrize(
    "lang, expected",
    [
        ("ru", "danetor schema: NAME: значение «aks» не подходит; возможно, вы имели в виду ask?"),
        ("en", "danetor schema: NAME: "),
    ],
)
def test_schema_refuses_an_unknown_name_with_a_suggestion(lang, expected):
    code, out, err = run("--lang", lang, "schema", "aks")
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and err.startswith(expected) and "ask" in err
    if lang == "en":
        assert not any("\u0400" <= ch <= "\u04ff" for ch in err)


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_schema_help_is_in_the_language(lang):
    code, out, _ = run("--lang", lang, "schema", "--help")
    assert code == 0 and "danetor schema ask > ask.schema.json" in out
    cyrillic = any("\u0400" <= ch <= "\u04ff" for ch in out)
    assert cyrillic == (lang == "ru")
