"""The saved form every tracker shares: ``to_record()``/``to_json()`` and ``from_record()``/``from_json()``.

A record restores exactly what was saved, refuses what no ``to_json()`` wrote (with an error naming the field),
reads the records danetor 0.1.0 wrote, and a tracker shared between threads never loses or doubles an event.
"""

from __future__ import annotations

import json
import sys
import threading
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from danetor import Escalation, ExpectationLanding, FailureCase
from danetor.errors import InvalidInput, OutOfOrderError
from danetor.expectations import STAGE_ORDER
from danetor.tracker import MAX_RECORD_BYTES, MAX_RECORD_DEPTH, SCHEMA_VERSION, Tracker

FIXTURES = Path(__file__).parent / "fixtures" / "0.1.0"

TRACKERS = {
    "escalation": lambda: Escalation(wait=60),
    "landing": ExpectationLanding,
    "failure": lambda: FailureCase("third_party"),
}


def _advanced(name: str) -> Tracker:
    tracker = TRACKERS[name]()
    if isinstance(tracker, Escalation):
        tracker.send("sent", at=0.0)
        tracker.tick(61.0)
    elif isinstance(tracker, ExpectationLanding):
        tracker.send("warn")
    else:
        tracker.complete("inform")
    return tracker


# -- what danetor 0.1.0 wrote -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "fixture, cls, state",
    [
        ("escalation.json", Escalation, "call"),
        ("expectation-landing.json", ExpectationLanding, "warned"),
        ("failure-case.json", FailureCase, "vent"),
    ],
)
def test_a_record_written_by_0_1_0_restores(fixture, cls, state):
    text = (FIXTURES / fixture).read_text(encoding="utf-8")
    assert "schema_version" not in text  # the fixture really is the old form
    tracker = cls.from_json(text)
    assert tracker.state == state and type(tracker.state) is tracker.states
    resaved = json.loads(tracker.to_json())
    assert resaved["schema_version"] == SCHEMA_VERSION and "tracker" not in resaved
    again = cls.from_json(tracker.to_json())
    assert again.to_json() == tracker.to_json()


def test_a_0_1_0_failure_case_keeps_its_fault_and_knowledge():
    case = FailureCase.from_json((FIXTURES / "failure-case.json").read_text(encoding="utf-8"))
    assert case.fault == "third_party" and case.client_knows is False and case.completed == ("inform",)


def test_a_0_1_0_escalation_keeps_its_times_and_wait():
    esc = Escalation.from_json((FIXTURES / "escalation.json").read_text(encoding="utf-8"))
    assert esc.times == (0.0, 61.0) and esc.wait == 60.0


# -- the saved form today ---------------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(TRACKERS))
def test_record_round_trip(name):
    tracker = _advanced(name)
    record = tracker.to_record()
    assert type(record) is type(tracker).record
    assert record.schema_version == SCHEMA_VERSION
    for restored in (
        type(tracker).from_record(record),
        type(tracker).from_record(record.model_dump(mode="json")),
        type(tracker).from_json(tracker.to_json()),
        type(tracker).from_json(tracker.to_json().encode("utf-8")),
    ):
        assert restored.to_record() == record
        assert restored.state is tracker.state and restored.history == tracker.history


@pytest.mark.parametrize("name", sorted(TRACKERS))
def test_records_are_frozen(name):
    record = _advanced(name).to_record()
    with pytest.raises(ValueError):
        record.state = "x"  # type: ignore[misc]


@pytest.mark.parametrize("name", sorted(TRACKERS))
def test_a_future_schema_version_is_refused_by_name(name):
    data = json.loads(_advanced(name).to_json())
    data["schema_version"] = SCHEMA_VERSION + 1
    with pytest.raises(InvalidInput) as info:
        type(_advanced(name)).from_json(data)
    assert info.value.argument == "state.schema_version"
    assert info.value.allowed == (str(SCHEMA_VERSION),)


@pytest.mark.parametrize(
    "field, value",
    [
        ("times", ["0", "61"]),  # numbers as strings: not what to_json() writes
        ("times", [0.0, "1e3"]),
        ("wait", True),  # a bool is not a number of seconds
        ("wait", "60"),
        ("state", 3),
        ("history", "sent"),
        ("sequence", None),
    ],
)
def test_escalation_fields_are_strict(field, value):
    data = json.loads(_advanced("escalation").to_json())
    data[field] = value
    with pytest.raises(InvalidInput) as info:
        Escalation.from_json(data)
    assert info.value.argument == f"state.{field}"


def test_a_bad_state_names_the_states_allowed():
    data = json.loads(_advanced("landing").to_json())
    data["state"] = "flying"
    with pytest.raises(InvalidInput) as info:
        ExpectationLanding.from_json(data)
    assert info.value.argument == "state.state"
    assert set(info.value.allowed) == {s.value for s in ExpectationLanding.states}


def test_a_missing_field_is_named():
    data = json.loads(_advanced("escalation").to_json())
    del data["wait"]
    with pytest.raises(InvalidInput) as info:
        Escalation.from_json(data)
    assert info.value.argument == "state.wait" and info.value.missing


@pytest.mark.parametrize("name", sorted(TRACKERS))
def test_deep_nesting_is_refused_before_parsing(name):
    cls = type(_advanced(name))
    hostile = "[" * 100_000 + "]" * 100_000  # would blow the recursion limit of a recursive parser
    with pytest.raises(InvalidInput) as info:
        cls.from_json(hostile)
    assert info.value.argument == "state" and str(MAX_RECORD_DEPTH) in str(info.value)
    nested: dict = {}
    inner = nested
    for _ in range(MAX_RECORD_DEPTH + 2):
        inner["x"] = {}
        inner = inner["x"]
    with pytest.raises(InvalidInput):
        cls.from_json(nested)


def test_brackets_inside_strings_do_not_count_as_nesting():
    data = json.loads(_advanced("landing").to_json())
    data["state"] = "[" * 50
    with pytest.raises(InvalidInput) as info:
        ExpectationLanding.from_json(json.dumps(data))
    assert info.value.argument == "state.state"  # read, then refused for its value, not its depth


def test_an_oversized_document_is_refused():
    with pytest.raises(InvalidInput) as info:
        Escalation.from_json(" " * (MAX_RECORD_BYTES + 1))
    assert info.value.argument == "state"


@pytest.mark.parametrize("data", [b"\xff\xfe{", "", "null", "[]", '"x"', 42, None, ["a"]])
def test_what_is_not_a_record_is_refused(data):
    with pytest.raises(InvalidInput) as info:
        Escalation.from_json(data)
    assert info.value.argument == "state"


@settings(max_examples=300, deadline=None)
@given(
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=8),
        lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
        max_leaves=20,
    ),
    st.sampled_from(sorted(TRACKERS)),
)
def test_anything_else_is_refused_cleanly(junk, name):
    """Whatever is passed, the only outcomes are a tracker or an InvalidInput (never a pydantic or JSON error)."""
    cls = type(TRACKERS[name]())
    base = json.loads(_advanced(name).to_json())
    for candidate in (junk, {**base, "history": junk}, {**base, "state": junk}):
        for form in (candidate, _dumps_or_none(candidate)):
            if form is None:
                continue
            try:
                cls.from_json(form)
            except InvalidInput:
                pass


def _dumps_or_none(value):
    try:
        return json.dumps(value)
    except ValueError:
        return None


# -- threads --------------------------------------------------------------------------------------------


@pytest.fixture
def fast_switching():
    old = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    yield
    sys.setswitchinterval(old)


def _race(n, work):
    barrier = threading.Barrier(n)
    outcomes = []
    lock = threading.Lock()

    errors = []

    def run():
        barrier.wait()
        try:
            result = work()
        except BaseException as exc:  # noqa: BLE001 - reported below, in the main thread
            errors.append(exc)
            return
        with lock:
            outcomes.append(result)

    threads = [threading.Thread(target=run) for _ in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert not any(t.is_alive() for t in threads)
    assert errors == []
    return outcomes


@pytest.mark.usefixtures("fast_switching")
@pytest.mark.parametrize("round_", range(20))
def test_a_shared_escalation_takes_each_event_once(round_):
    esc = Escalation(wait=60)

    def work():
        accepted = []
        for event, at in (("sent", 1.0), ("reply", 2.0)):
            try:
                esc.send(event, at=at)
                accepted.append(event)
            except OutOfOrderError:
                pass  # another thread took it
            except InvalidInput as exc:  # another thread went on: a later event, at a later moment
                assert exc.argument == "at"
        esc.tick(100.0)
        return accepted

    outcomes = _race(8, work)
    accepted = [e for result in outcomes for e in result]
    assert sorted(accepted) == ["reply", "sent"]  # each event exactly once
    assert esc.history == ("sent", "reply") and esc.times == (1.0, 2.0) and esc.state == "resolved"
    Escalation.from_json(esc.to_json())  # the state, history and times still agree


@pytest.mark.usefixtures("fast_switching")
@pytest.mark.parametrize("round_", range(20))
def test_a_shared_escalation_ticks_once(round_):
    esc = Escalation(wait=10)
    esc.send("sent", at=0.0)
    _race(8, lambda: esc.tick(50.0))
    assert esc.history == ("sent", "no_reaction") and esc.times == (0.0, 50.0)


@pytest.mark.usefixtures("fast_switching")
@pytest.mark.parametrize("round_", range(10))
def test_a_shared_landing_and_failure_case_take_each_step_once(round_):
    landing = ExpectationLanding()
    case = FailureCase("ours")
    stages = [str(s) for s in STAGE_ORDER]

    def work():
        taken = []
        for send, events in ((landing.send, stages), (case.complete, list(case.steps))):
            for event in events:
                try:
                    send(event)
                    taken.append(event)
                except OutOfOrderError:
                    pass
        return taken

    outcomes = _race(6, work)
    taken = sorted(e for result in outcomes for e in result)
    assert taken == sorted(stages + list(case.steps))  # each step exactly once, across all threads
    assert landing.done and case.done
    assert [str(e) for e in landing.history] == stages and list(case.completed) == list(case.steps)
    ExpectationLanding.from_json(landing.to_json())
    FailureCase.from_json(case.to_json())
