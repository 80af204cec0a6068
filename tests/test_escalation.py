"""Escalation of an urgent request: every state × event, ticks and time, JSON round trips, bad input."""

import json
import math
from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from danetor.channels import (
    DEFAULT_WAIT,
    Channel,
    Escalation,
    EscalationAction,
    EscalationEvent,
    EscalationState,
    channel_for,
)
from danetor.errors import InvalidInput, OutOfOrderError
from danetor.rules.channels import ESCALATION
from danetor.shipped import compiled
from strategies import escalation_ops, escalation_wait

# The escalation, written out here independently of the library: (state, event) -> next state.
# Every pair not listed is rejected and leaves the tracker where it is.
STATES = ["not_sent", "waiting", "call", "summary", "resolved"]
EVENTS = ["sent", "reply", "no_reaction", "call_answered", "summary_sent"]
MOVES = {
    ("not_sent", "sent"): "waiting",
    ("waiting", "reply"): "resolved",
    ("waiting", "no_reaction"): "call",
    ("call", "reply"): "resolved",
    ("call", "call_answered"): "summary",
    ("summary", "summary_sent"): "resolved",
}
PATHS = {
    "not_sent": [],
    "waiting": ["sent"],
    "call": ["sent", "no_reaction"],
    "summary": ["sent", "no_reaction", "call_answered"],
    "resolved": ["sent", "reply"],
}
ALSO_RESOLVED = [["sent", "no_reaction", "reply"], ["sent", "no_reaction", "call_answered", "summary_sent"]]
# what channels to use now, per state: the urgent advice's channels, then its escalation channel, then email
CHANNELS_NOW = {
    "not_sent": ("email", "messenger"),
    "waiting": ("email", "messenger"),
    "call": ("phone",),
    "summary": ("email",),
    "resolved": (),
}


def accepted(state):
    return [e for e in EVENTS if (state, e) in MOVES]


def at(state, wait=100.0):
    """A tracker brought to *state* by its path, one second per event from t=0."""
    esc = Escalation(wait=wait)
    for i, event in enumerate(PATHS[state]):
        esc.send(event, at=float(i))
    return esc


def test_enums_match_the_oracle():
    assert [s.value for s in EscalationState] == STATES
    assert [e.value for e in EscalationEvent] == EVENTS


def test_compiled_table_matches_the_oracle():
    table = compiled(ESCALATION)
    assert table.initial == "not_sent"
    for state in STATES:
        for event in EVENTS:
            move = table.move(state, event)
            if (state, event) in MOVES:
                assert (move.to, move.accepted) == (MOVES[(state, event)], True)
            else:
                assert (move.to, move.accepted) == (state, False)


@pytest.mark.parametrize("state", STATES)
@pytest.mark.parametrize("event", EVENTS)
def test_every_state_and_event(state, event):
    esc = at(state)
    assert esc.state == state
    before = (esc.state, esc.history, esc.times, esc.to_json())
    if (state, event) in MOVES:
        move = esc.send(event, at=10.0)
        assert move.accepted and move.to == MOVES[(state, event)]
        assert esc.state == MOVES[(state, event)]
        assert esc.history == (*before[1], event)
        assert esc.times == (*before[2], 10.0)
    else:
        with pytest.raises(OutOfOrderError) as info:
            esc.send(event, at=10.0)
        assert info.value.state == state
        assert info.value.event == event
        assert list(info.value.expected) == accepted(state)
        assert (esc.state, esc.history, esc.times, esc.to_json()) == before  # nothing lost, nothing queued


@pytest.mark.parametrize("path", [PATHS["resolved"], *ALSO_RESOLVED])
def test_every_way_to_resolution(path):
    esc = Escalation()
    for i, event in enumerate(path):
        esc.send(EscalationEvent(event), at=i)
    assert esc.state is EscalationState.RESOLVED
    assert esc.done and esc.expected == ()
    assert esc.action.done and esc.action.channels == ()


def test_a_repeated_event_is_rejected_and_names_what_was_expected():
    esc = Escalation()
    esc.send("sent", at=0)
    with pytest.raises(
        OutOfOrderError, match='"sent" is out of order in state "waiting"; expected "reply" or "no_reaction"'
    ):
        esc.send("sent", at=1)
    assert esc.history == ("sent",)


def test_a_rejected_event_can_be_sent_later_when_it_fits():
    esc = Escalation()
    with pytest.raises(OutOfOrderError):
        esc.send("reply", at=0)
    esc.send("sent", at=1)
    esc.send("reply", at=2)
    assert esc.state == "resolved"


# -- actions -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("state", STATES)
def test_action_in_every_state(state):
    esc = at(state)
    action = esc.action
    assert isinstance(action, EscalationAction)
    assert action.state == state
    assert [c.value for c in action.channels] == list(CHANNELS_NOW[state])
    assert [e.value for e in action.expected] == accepted(state)
    assert action.done is (state == "resolved")
    assert (action.deadline is not None) is (state == "waiting")
    for lang in ("ru", "en"):
        assert action.text(lang).strip()
        assert action.explain(lang).strip()


def test_action_channels_follow_the_urgent_advice():
    urgent = channel_for("urgent")
    assert at("waiting").action.channels == urgent.channels
    assert at("call").action.channels == tuple(item.channel for item in urgent.escalation)


def test_action_explain_golden():
    assert at("call").action.explain("ru") == (
        "Состояние: пора звонить.\n"
        "Что делать: Реакции нет\xa0— позвоните клиенту. Заранее составьте список вопросов, во время разговора "
        "записывайте ответы.\n"
        "Каналы: телефонный звонок."
    )
    assert at("not_sent").action.explain("en") == (
        "State: not sent yet.\n"
        "What to do: Send the urgent request by email and messenger at the same time.\n"
        "Channels: email and messenger together."
    )


# -- time --------------------------------------------------------------------------------------------------


def test_default_wait_is_one_hour():
    assert DEFAULT_WAIT == timedelta(hours=1)
    assert Escalation().wait == 3600.0


def test_tick_before_the_deadline_changes_nothing_and_at_it_calls():
    esc = Escalation(wait=60)
    esc.send("sent", at=100.0)
    assert esc.deadline == 160.0
    assert esc.tick(159.999).state is EscalationState.WAITING
    assert esc.history == ("sent",)
    action = esc.tick(160.0)
    assert action.state is EscalationState.CALL
    assert action.channels == (Channel.PHONE,)
    assert esc.history == ("sent", "no_reaction")
    assert esc.times == (100.0, 160.0)
    assert esc.deadline is None


@pytest.mark.parametrize("state", ["not_sent", "call", "summary", "resolved"])
def test_tick_outside_waiting_does_nothing(state):
    esc = at(state, wait=1)
    before = esc.to_json()
    assert esc.tick(1e9).state == state
    assert esc.to_json() == before


def test_reply_before_the_deadline_resolves():
    esc = Escalation(wait=60)
    esc.send("sent", at=0)
    esc.send("reply", at=59)
    assert esc.tick(1000).state is EscalationState.RESOLVED


def test_aware_datetimes_and_timedelta_wait():
    t0 = datetime(2024, 3, 1, 9, 0, tzinfo=timezone(timedelta(hours=3)))
    esc = Escalation(wait=timedelta(minutes=30))
    esc.send("sent", at=t0)
    assert esc.sent_at == t0.timestamp()
    assert esc.tick(t0 + timedelta(minutes=29)).state is EscalationState.WAITING
    assert esc.tick((t0 + timedelta(minutes=30)).astimezone(UTC)).state is EscalationState.CALL
    assert esc.times == (t0.timestamp(), (t0 + timedelta(minutes=30)).timestamp())


def test_naive_datetime_is_refused():
    esc = Escalation()
    with pytest.raises(InvalidInput, match="naive") as info:
        esc.send("sent", at=datetime(2024, 3, 1, 9, 0))
    assert info.value.argument == "at"
    assert esc.history == ()


def test_time_going_backwards_is_refused():
    esc = Escalation()
    esc.send("sent", at=100)
    with pytest.raises(InvalidInput, match="backwards") as info:
        esc.send("reply", at=99.5)
    assert info.value.argument == "at"
    with pytest.raises(InvalidInput) as info:
        esc.tick(50)
    assert info.value.argument == "now"
    assert esc.state is EscalationState.WAITING and esc.times == (100.0,)


def test_missing_moment_is_refused():
    with pytest.raises(InvalidInput, match="missing") as info:
        Escalation().send("sent")
    assert info.value.argument == "at"


@pytest.mark.parametrize("moment", [None, "now", math.nan, math.inf, -math.inf, True, 10**400, [1]])
def test_bad_moment_is_refused(moment):
    esc = Escalation()
    with pytest.raises(InvalidInput) as info:
        esc.send("sent", at=moment)
    assert info.value.argument == "at"
    assert "a timezone-aware datetime" in str(info.value)
    assert esc.state is EscalationState.NOT_SENT


# -- bad input: wait and events ---------------------------------------------------------------------------


def test_negative_wait():
    with pytest.raises(InvalidInput, match="more than zero") as info:
        Escalation(wait=-1)
    assert info.value.argument == "wait"
    assert info.value.allowed == ("a positive timedelta", "a positive finite number of seconds")


def test_zero_wait():
    with pytest.raises(InvalidInput):
        Escalation(wait=0)


def test_negative_timedelta_wait():
    with pytest.raises(InvalidInput):
        Escalation(wait=timedelta(minutes=-5))


@pytest.mark.parametrize("wait", [math.nan, math.inf, "1h", True, 10**400])
def test_non_number_wait(wait):
    with pytest.raises(InvalidInput) as info:
        Escalation(wait=wait)
    assert info.value.argument == "wait"


def test_no_wait_is_the_default_wait():
    # None means "the default in force": a company policy's, else the book's hour (issue 18)
    assert Escalation(wait=None).wait == Escalation().wait == DEFAULT_WAIT.total_seconds()


@pytest.mark.parametrize("event", ["no reaction", "SENT", "", None, 1, "urgent"])
def test_unknown_event(event):
    esc = at("waiting")
    with pytest.raises(InvalidInput) as info:
        esc.send(event, at=5)
    assert info.value.argument == "event"
    assert info.value.allowed == tuple(EVENTS)
    assert esc.history == ("sent",)


def test_unknown_event_is_reported_before_a_bad_moment():
    with pytest.raises(InvalidInput) as info:
        Escalation().send("bogus", at="now")
    assert info.value.argument == "event"


# -- persistence -------------------------------------------------------------------------------------------


def test_json_golden():
    esc = Escalation(wait=600)
    esc.send("sent", at=1000)
    esc.tick(1600.5)
    assert esc.to_json() == (
        '{"schema_version":2,"sequence":"escalation","state":"call","history":["sent","no_reaction"],'
        '"times":[1000.0,1600.5],"wait":600.0}'
    )


@pytest.mark.parametrize("state", STATES)
def test_json_round_trip_in_every_state(state):
    esc = at(state, wait=42.5)
    back = Escalation.from_json(esc.to_json())
    assert (back.state, back.history, back.times, back.wait, back.deadline) == (
        esc.state,
        esc.history,
        esc.times,
        esc.wait,
        esc.deadline,
    )
    assert back.action == esc.action
    assert Escalation.from_json(json.loads(esc.to_json())).to_json() == esc.to_json()


def _saved(**change):
    data = json.loads(at("call", wait=60).to_json())
    data.update(change)
    return json.dumps(data)


@pytest.mark.parametrize(
    "data, argument",
    [
        ("not json", "state"),
        (_saved(extra=1), "state"),
        (_saved(sequence="failure_ours"), "state.sequence"),
        (_saved(state="resolved"), "state.state"),
        (_saved(history=["reply", "sent"]), "state.history"),
        (_saved(times=[0.0]), "state.times"),
        (_saved(times=[5.0, 1.0]), "state.times"),
        (_saved(wait=-60), "state.wait"),
        (_saved(wait=0), "state.wait"),
    ],
)
def test_bad_saved_state_is_refused(data, argument):
    with pytest.raises(InvalidInput) as info:
        Escalation.from_json(data)
    assert info.value.argument == argument


# -- properties --------------------------------------------------------------------------------------------


def oracle_run(ops, wait, start):
    """The expected trace of *ops*, computed without the library: one entry per op."""
    state, times, sent_at, t, trace = "not_sent", [], None, start, []
    for kind, event, step in ops:
        t = t + step
        if kind == "tick":
            if state == "waiting" and t >= sent_at + wait:
                state = "call"
                times.append(t)
            trace.append(("ok", state))
        elif (state, event) in MOVES:
            state = MOVES[(state, event)]
            times.append(t)
            if event == "sent":
                sent_at = t
            trace.append(("ok", state))
        else:
            trace.append(("out_of_order", state))
    return trace


def apply(esc, op, t):
    kind, event, _ = op
    try:
        if kind == "tick":
            esc.tick(t)
        else:
            esc.send(event, at=t)
    except OutOfOrderError:
        return ("out_of_order", esc.state.value)
    return ("ok", esc.state.value)


def moments(ops, start):
    out, t = [], start
    for _, _, step in ops:
        t = t + step
        out.append(t)
    return out


def assert_valid(esc, wait):
    assert esc.state in set(EscalationState)
    replay = "not_sent"
    for event in esc.history:
        replay = MOVES[(replay, event)]
    assert replay == esc.state
    assert len(esc.times) == len(esc.history)
    assert list(esc.times) == sorted(esc.times)
    assert [e.value for e in esc.expected] == accepted(esc.state.value)
    assert esc.done is (esc.state == "resolved")
    if esc.state == "waiting":
        assert esc.deadline == esc.times[esc.history.index("sent")] + wait
    else:
        assert esc.deadline is None
    assert Escalation.from_json(esc.to_json()).to_json() == esc.to_json()


START = st.floats(min_value=-1e6, max_value=1e9, allow_nan=False, allow_infinity=False)


@given(escalation_ops, escalation_wait, START)
def test_any_sequence_matches_the_oracle_and_stays_valid(ops, wait, start):
    esc = Escalation(wait=wait)
    trace = []
    for op, t in zip(ops, moments(ops, start), strict=True):
        trace.append(apply(esc, op, t))
        assert_valid(esc, wait)
    assert trace == oracle_run(ops, wait, start)


@given(escalation_ops, escalation_wait, START, st.data())
def test_json_round_trip_at_any_point_preserves_behaviour(ops, wait, start, data):
    cut = data.draw(st.integers(0, len(ops)))
    times = moments(ops, start)
    straight = Escalation(wait=wait)
    trace_straight = [apply(straight, op, t) for op, t in zip(ops, times, strict=True)]

    resumed = Escalation(wait=wait)
    trace_resumed = [apply(resumed, op, t) for op, t in zip(ops[:cut], times[:cut], strict=True)]
    resumed = Escalation.from_json(resumed.to_json())
    trace_resumed += [apply(resumed, op, t) for op, t in zip(ops[cut:], times[cut:], strict=True)]

    assert trace_resumed == trace_straight
    assert resumed.to_json() == straight.to_json()
    assert resumed.action == straight.action
