"""Which channel for which situation, and the escalation of an urgent request: the public API.

* :func:`channel_for` → :class:`ChannelAdvice`: the book's channel scheme, compiled through durable_rules ahead
  of time into a verified total table, loaded once per process; every later call is a dictionary lookup returning a shared frozen
  result.
* :func:`checklist_for` and :attr:`ChannelAdvice.checklists`: the email / phone / meeting discipline (plus the
  rules for difficult clients) for the advised channels.
* :class:`Escalation`: a live urgent request, built on :class:`danetor.tracker.Tracker`. A bot feeds it events
  (``"sent"``, ``"reply"``, ``"no_reaction"``, ``"call_answered"``, ``"summary_sent"``) and ticks
  (``tick(now)``), and asks :attr:`Escalation.action` what to do now.

Time is always an input, never read from the clock. A moment is either a timezone-aware ``datetime`` or a
finite number of seconds (``time.time()``, or any clock of your own as long as one tracker uses one clock);
inside the tracker, and in its JSON, moments are float seconds (an aware ``datetime`` counts as
``datetime.timestamp()``). A naive ``datetime`` is refused: its meaning would depend on the machine's time
zone. Moments may not go backwards. The wait is a ``timedelta`` or a number of seconds, positive and finite;
the default, :data:`DEFAULT_WAIT` (one hour), is ours: the book names no wait time.
"""

from __future__ import annotations

import math
import warnings
from collections.abc import Collection, Iterable, Mapping
from datetime import datetime, timedelta
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field

from ._active import ACTIVE, bound, using
from ._deprecated import renamed
from ._result import Readable
from ._sync import Lock
from .errors import InvalidInput
from .rules.channels import (
    ADVICE,
    CHANNEL_CHECKLIST,
    CHANNELS,
    DEFAULT_WAIT,
    DIFFICULT_CLIENT_CHECKLIST,
    ESCALATION,
    STATE_CHANNELS,
    Channel,
    ChannelAdviceKind,
    EscalationEvent,
    EscalationItem,
    EscalationState,
    Situation,
)
from .rules.model import Sequence
from .tables import Move
from .text import Lang, Text, as_lang, book_source
from .tracker import Tracker
from .words import as_enum

if TYPE_CHECKING:  # pragma: no cover
    from .policy import Policy

__all__ = [
    "DEFAULT_WAIT",
    "ChannelAdviceKind",
    "Channel",
    "ChannelAdvice",
    "ChannelChecklist",
    "ChannelResult",
    "Escalation",
    "EscalationAction",
    "EscalationEvent",
    "EscalationItem",
    "EscalationRecord",
    "EscalationState",
    "Situation",
    "as_channel",
    "as_situation",
    "channel_for",
    "checklist_for",
    "default_wait",
    "state_channels",
]


# -- texts (by key) -------------------------------------------------------------------------------------

#: Situation value → label (lower case, for use inside sentences).
SITUATION_LABELS: Mapping[str, Text] = MappingProxyType(
    {
        "non_urgent": Text.of("channels.situation_labels.non_urgent"),
        "urgent": Text.of("channels.situation_labels.urgent"),
        "incident": Text.of("channels.situation_labels.incident"),
        "presentation": Text.of("channels.situation_labels.presentation"),
        "interim_report": Text.of("channels.situation_labels.interim_report"),
        "final_report": Text.of("channels.situation_labels.final_report"),
    }
)


#: Channel value → label (lower case).
CHANNEL_LABELS: Mapping[str, Text] = MappingProxyType(
    {
        "email": Text.of("channels.channel_labels.email"),
        "messenger": Text.of("channels.channel_labels.messenger"),
        "phone": Text.of("channels.channel_labels.phone"),
        "video_call": Text.of("channels.channel_labels.video_call"),
        "meeting": Text.of("channels.channel_labels.meeting"),
    }
)


class ChannelChecklist(Readable, BaseModel):
    """The discipline for one channel (or for difficult clients): a title, where it comes from, the items."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str
    title: Text
    source: Text
    items: tuple[Text, ...] = Field(min_length=1)

    def explain(self, lang: Lang | str = Lang.RU) -> str:
        """The checklist as plain text: the title, then one ``- [ ]`` line per item."""
        lang = as_lang(lang)
        return "\n".join([self.title(lang), *("- [ ] " + item(lang) for item in self.items)])

    def render(self, lang: Lang | str = Lang.RU) -> str:
        """Deprecated since 0.2.0: :meth:`explain`, the name every result uses."""
        warnings.warn(
            "ChannelChecklist.render() is deprecated; use explain()", DeprecationWarning, stacklevel=2
        )
        return self.explain(lang)


_BOOK = book_source(Text.of("channels.book"))


def _technique(technique_id: str) -> Text:
    from .soft_power import TECHNIQUES

    return next(t.text for t in TECHNIQUES if t.id == technique_id)


#: Checklist id → checklist. ``email``, ``phone``, ``meeting`` discipline channels; ``difficult_client`` is
#: added for every channel when the client is a difficult one.
CHECKLISTS: Mapping[str, ChannelChecklist] = MappingProxyType(
    {
        "email": ChannelChecklist(
            id="email",
            title=Text.of("channels.checklists.email.title"),
            source=Text.build(
                lambda lang: f"{_BOOK(lang)}; {Text.of('channels.checklists.email.also')(lang)}"
            ),
            items=(
                Text.of("channels.checklists.email.items.1"),
                Text.of("channels.checklists.email.items.2"),
                Text.of("channels.checklists.email.items.3"),
                Text.of("channels.checklists.email.items.4"),
                Text.of("channels.checklists.email.items.5"),
            ),
        ),
        "phone": ChannelChecklist(
            id="phone",
            title=Text.of("channels.checklists.phone.title"),
            source=_BOOK,
            items=(
                Text.of("channels.checklists.phone.items.1"),
                Text.of("channels.checklists.phone.items.2"),
                Text.of("channels.checklists.phone.items.3"),
                Text.of("channels.checklists.phone.items.4"),
                Text.of("channels.checklists.phone.items.5"),
            ),
        ),
        "meeting": ChannelChecklist(
            id="meeting",
            title=Text.of("channels.checklists.meeting.title"),
            source=Text.build(
                lambda lang: f"{_BOOK(lang)}; {Text.of('channels.checklists.meeting.also')(lang)}"
            ),
            items=(
                Text.of("channels.checklists.meeting.items.1"),
                Text.of("channels.checklists.meeting.items.2"),
                Text.of("channels.checklists.meeting.items.3"),
                Text.of("channels.checklists.meeting.items.4"),
                Text.of("channels.checklists.meeting.items.5"),
            ),
        ),
        "difficult_client": ChannelChecklist(
            id="difficult_client",
            title=Text.of("channels.checklists.difficult_client.title"),
            source=book_source(Text.of("channels.checklists.difficult_client.source")),
            # the soft-power techniques for writing things down, worded once (playbooks.soft_power), and the
            # book's reason for email from the channel scheme
            items=(
                *(_technique(t) for t in ("regulate_in_writing", "agreements_after_talk")),
                Text.of("channels.checklists.difficult_client.items.2"),
                _technique("warn_of_delays"),
            ),
        ),
    }
)


#: Escalation event value → label.
EVENT_LABELS: Mapping[str, Text] = MappingProxyType(
    {
        "sent": Text.of("channels.event_labels.sent"),
        "reply": Text.of("channels.event_labels.reply"),
        "no_reaction": Text.of("channels.event_labels.no_reaction"),
        "call_answered": Text.of("channels.event_labels.call_answered"),
        "summary_sent": Text.of("channels.event_labels.summary_sent"),
    }
)


#: Escalation state value → label.
STATE_LABELS: Mapping[str, Text] = MappingProxyType(
    {
        "not_sent": Text.of("channels.state_labels.not_sent"),
        "waiting": Text.of("channels.state_labels.waiting"),
        "call": Text.of("channels.state_labels.call"),
        "summary": Text.of("channels.state_labels.summary"),
        "resolved": Text.of("channels.state_labels.resolved"),
    }
)


#: Escalation state value → what to do now.
ACTIONS: Mapping[str, Text] = MappingProxyType(
    {
        "not_sent": Text.of("channels.actions.not_sent"),
        "waiting": Text.of("channels.actions.waiting"),
        "call": Text.of("channels.actions.call"),
        "summary": Text.of("channels.actions.summary"),
        "resolved": Text.of("channels.actions.resolved"),
    }
)


#: Fixed templates (only our own values are ever formatted into them).
EXPLAIN: Mapping[str, Text] = MappingProxyType(
    {
        "situation": Text.of("channels.explain.situation"),
        "channel": Text.of("channels.explain.channel"),
        "why": Text.of("channels.explain.why"),
        "and": Text.of("channels.explain.and"),
        "or": Text.of("channels.explain.or"),
        "together": Text.of("channels.explain.together"),
        "fallback": Text.of("channels.explain.fallback"),
        "escalate": Text.of("channels.explain.escalate"),
        "state": Text.of("channels.explain.state"),
        "action": Text.of("channels.explain.action"),
        "channels_now": Text.of("channels.explain.channels_now"),
        "next": Text.of("channels.explain.next"),
        "move": Text.of("channels.explain.move"),
        "hours": Text.of("channels.explain.hours"),
        "minutes": Text.of("channels.explain.minutes"),
        "seconds": Text.of("channels.explain.seconds"),
    }
)


def describe_advice(
    channels: Iterable[str],
    alternatives: Collection[str],
    fallback: str | None,
    escalation: Iterable[EscalationItem],
    lang: Lang | str,
) -> str:
    """One phrase for a piece of advice, e.g. «электронная почта и мессенджер одновременно; нет реакции за
    время ожидания — телефонный звонок». Arguments are channel values (or members) and escalation items."""
    lang = as_lang(lang)
    names = [CHANNEL_LABELS[c](lang) for c in channels]
    text = EXPLAIN["and"](lang).join(names)
    if len(names) > 1:
        text = EXPLAIN["together"](lang).format(channels=text)
    if alternatives:
        text = EXPLAIN["or"](lang).join([text, *(CHANNEL_LABELS[c](lang) for c in alternatives)])
    if fallback is not None:
        text = EXPLAIN["fallback"](lang).format(advice=text, channel=CHANNEL_LABELS[fallback](lang))
    for item in escalation:
        text = EXPLAIN["escalate"](lang).format(
            advice=text, trigger=EVENT_LABELS[item.trigger](lang), channel=CHANNEL_LABELS[item.channel](lang)
        )
    return text


_MISSING: Any = object()


def as_situation(value: Any, argument: str = "situation") -> Situation:
    """Normalise *value* (a :class:`Situation` or its string value, any case, spaces trimmed; ``-`` or a space may
    stand for ``_``: ``"non-urgent"``, ``"interim report"``) or raise :class:`~danetor.errors.InvalidInput` listing
    the valid values."""
    return as_enum(value, Situation, argument)


def as_channel(value: Any, argument: str = "channel") -> Channel:
    """Normalise *value* (a :class:`Channel` or its string value, any case, spaces trimmed) or raise
    :class:`~danetor.errors.InvalidInput` listing the valid values."""
    return as_enum(value, Channel, argument)


def checklist_for(channel: Channel | str) -> ChannelChecklist:
    """The discipline for *channel*: email (also used for messenger), phone, or meeting (also for video
    call)."""
    return CHECKLISTS[CHANNEL_CHECKLIST[as_channel(channel)]]


class ChannelAdvice(Readable, BaseModel):
    """What :func:`channel_for` advises for one situation: frozen, JSON-serialisable, self-explaining.

    * ``channels`` — use them together (both at once when there are two);
    * ``alternatives`` — equally good instead of ``channels`` (non-urgent: email *or* messenger);
    * ``fallback`` — only when ``channels`` cannot be used (presentation: at worst a video call), else
      ``None``;
    * ``escalation`` — on no reaction, switch to this channel (urgent: phone); see :class:`Escalation`;
    * ``why`` — the reason, in Russian and English; ``rule`` — the id of the deciding rule.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    situation: Situation
    #: the book's name for this advice; ``None`` when a company policy's channels are not one the book names
    advice: ChannelAdviceKind | None
    rule: str
    channels: tuple[Channel, ...]
    alternatives: tuple[Channel, ...] = ()
    fallback: Channel | None = None
    escalation: tuple[EscalationItem, ...] = ()
    why: Text

    @property
    def all_channels(self) -> tuple[Channel, ...]:
        """Every channel the advice names, in order: channels, alternatives, fallback, escalation."""
        named = [*self.channels, *self.alternatives, *([self.fallback] if self.fallback else [])]
        named += [item.channel for item in self.escalation]
        return tuple(dict.fromkeys(named))

    @property
    def checklists(self) -> tuple[ChannelChecklist, ...]:
        """The disciplines for every channel the advice names (each once, in order)."""
        return self.checklists_for()

    def checklists_for(self, *, difficult_client: bool = False) -> tuple[ChannelChecklist, ...]:
        """:attr:`checklists`, plus the rules for difficult clients when *difficult_client* is true."""
        if not isinstance(difficult_client, bool):
            raise InvalidInput("difficult_client", difficult_client, ["True", "False"])
        ids = list(dict.fromkeys(CHANNEL_CHECKLIST[c] for c in self.all_channels))
        if difficult_client:
            ids.append(DIFFICULT_CLIENT_CHECKLIST)
        return tuple(CHECKLISTS[i] for i in ids)

    def describe(self, lang: Lang | str = Lang.RU) -> str:
        """The advice as one phrase, e.g. "email and messenger together; no reaction within the wait: phone
        call"."""
        with using(getattr(self, "_policy", None)):  # the policy it was given under (danetor._active.bound)
            return describe_advice(self.channels, self.alternatives, self.fallback, self.escalation, lang)

    def explain(self, lang: Lang | str = Lang.RU) -> str:
        """Situation, channel and why, one line each."""
        lang = as_lang(lang)
        with using(getattr(self, "_policy", None)):
            return "\n".join(
                [
                    EXPLAIN["situation"](lang).format(situation=SITUATION_LABELS[self.situation](lang)),
                    EXPLAIN["channel"](lang).format(channels=self.describe(lang)),
                    EXPLAIN["why"](lang).format(why=self.why(lang)),
                ]
            )


_advice: dict[Situation, ChannelAdvice] = {}
_build_lock = Lock()  # fork-safe (danetor._sync)


def _build() -> dict[Situation, ChannelAdvice]:
    """Compile the matrix through the engine (verified total) and build the six answers, once per process."""
    with _build_lock:
        if _advice:
            return _advice
        from .shipped import compiled

        table = compiled(CHANNELS)
        built = {}
        for situation in Situation:
            row = table.lookup(situation.value)
            spec = ADVICE[ChannelAdviceKind(row.outcome)]
            built[situation] = ChannelAdvice(
                situation=situation,
                advice=ChannelAdviceKind(row.outcome),
                rule=row.rule,
                channels=spec.channels,
                alternatives=spec.alternatives,
                fallback=spec.fallback,
                escalation=spec.escalation,
                why=Text.of(CHANNELS.rule(row.rule).why),
            )
        _advice.update(built)
        return _advice


def channel_for(situation: Situation | str, *, policy: Any = None) -> ChannelAdvice:
    """The book's channel advice for *situation* (a :class:`Situation` or its value, e.g. ``"urgent"``), or the
    company's under a policy (*policy*, or the one in force: its channel lists and names).

    An unknown situation raises :class:`~danetor.errors.InvalidInput` (a ``ValueError``) listing the valid
    ones.

    >>> channel_for("urgent").channels
    (<Channel.EMAIL: 'email'>, <Channel.MESSENGER: 'messenger'>)
    """
    key = as_situation(situation)
    policy = policy if policy is not None else ACTIVE.get()
    if policy is not None:
        return _policy_advice(policy, key)
    try:
        return _advice[key]
    except KeyError:
        return _build()[key]


def _policy_advice(policy: Policy, situation: Situation) -> ChannelAdvice:
    """The advice for *situation* under *policy* (its channel lists; the book's name for them when they are the
    book's), made on first use and then shared."""
    found = policy._channel_advice.get(situation)
    if found is None:
        spec = policy.advice[situation]
        found = bound(ChannelAdvice)(
            situation=situation,
            advice=next((a for a, s in ADVICE.items() if s == spec), None),
            rule=situation.value,
            channels=spec.channels,
            alternatives=spec.alternatives,
            fallback=spec.fallback,
            escalation=spec.escalation,
            why=policy.text(CHANNELS.rule(situation.value).why),
        )
        found._policy = policy
        found = policy._channel_advice.setdefault(situation, found)
    return found


def default_wait(policy: Any = None) -> timedelta:
    """How long to wait for a reaction before calling: the company policy's (given, or in force), or the book's
    :data:`DEFAULT_WAIT`."""
    policy = policy if policy is not None else ACTIVE.get()
    return DEFAULT_WAIT if policy is None else policy.wait


def state_channels(policy: Any = None) -> Mapping[EscalationState, tuple[Channel, ...]]:
    """The channels of each escalation state (:data:`~danetor.rules.channels.STATE_CHANNELS`), read off the
    urgent advice of *policy* (or of the one in force, or the book's)."""
    policy = policy if policy is not None else ACTIVE.get()
    if policy is None:
        return STATE_CHANNELS
    urgent = policy.advice[Situation.URGENT]
    return {
        **STATE_CHANNELS,
        EscalationState.NOT_SENT: urgent.channels,
        EscalationState.WAITING: urgent.channels,
        EscalationState.CALL: tuple(item.channel for item in urgent.escalation),
    }


# -- escalation ----------------------------------------------------------------------------------------------

_MOMENT = [Text.of("errors.allowed.aware_datetime"), Text.of("errors.allowed.finite_seconds")]
_WAIT = [Text.of("errors.allowed.positive_timedelta"), Text.of("errors.allowed.positive_seconds")]


def _moment(value: Any, argument: str) -> float:
    """A moment as float seconds (see the module docstring), or :class:`InvalidInput`."""
    if value is _MISSING:
        raise InvalidInput(argument, value, _MOMENT, missing=True)
    if isinstance(value, datetime):
        if value.tzinfo is None or value.utcoffset() is None:
            raise InvalidInput(argument, value, _MOMENT, hint=Text.of("errors.hint.naive_datetime"))
        return value.timestamp()
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        try:
            seconds = float(value)
        except OverflowError:
            seconds = math.inf
        if math.isfinite(seconds):
            return seconds
    raise InvalidInput(argument, value, _MOMENT)


def _wait(value: Any, argument: str = "wait") -> float:
    """A wait as positive finite float seconds, or :class:`InvalidInput`."""
    if isinstance(value, timedelta):
        seconds = value.total_seconds()
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        try:
            seconds = float(value)
        except OverflowError:
            seconds = math.inf
    else:
        raise InvalidInput(argument, value, _WAIT)
    if not math.isfinite(seconds) or seconds <= 0:
        raise InvalidInput(argument, value, _WAIT, hint=Text.of("errors.hint.more_than_zero"))
    return seconds


class EscalationAction(Readable, BaseModel):
    """What to do now about an urgent request: frozen, JSON-serialisable, self-explaining."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    state: EscalationState
    #: what to do now, in Russian and English
    text: Text
    #: the channels to use now (empty once resolved)
    channels: tuple[Channel, ...]
    #: the events the tracker accepts now
    expected: tuple[EscalationEvent, ...]
    #: while waiting: the moment (float seconds) from which no reaction means "call"; otherwise ``None``
    deadline: float | None = None
    done: bool = False

    def explain(self, lang: Lang | str = Lang.RU) -> str:
        """State, what to do and the channels, one line each."""
        lang = as_lang(lang)
        with using(getattr(self, "_policy", None)):  # the policy of the escalation (danetor._active.bound)
            return self._explain(lang)

    def _explain(self, lang: Lang) -> str:
        lines = [
            EXPLAIN["state"](lang).format(state=STATE_LABELS[self.state](lang)),
            EXPLAIN["action"](lang).format(action=self.text(lang)),
        ]
        if self.channels:
            lines.append(
                EXPLAIN["channels_now"](lang).format(
                    channels=describe_advice(self.channels, (), None, (), lang)
                )
            )
        return "\n".join(lines)


class ChannelResult(BaseModel):
    """What ``danetor channel --json`` prints: the advice for the situation, and the checklists of its channels
    (with the rules for a difficult client when ``--difficult`` is given): :meth:`ChannelAdvice.checklists_for`."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    advice: ChannelAdvice
    checklists: tuple[ChannelChecklist, ...]


class EscalationRecord(BaseModel):
    """The saved form of an :class:`Escalation` (``to_record()``, ``to_json()``): the tracker's state and
    history, the moment of each event, the wait. Strict: what ``to_json()`` writes and nothing else."""

    model_config = ConfigDict(frozen=True, extra="forbid", strict=True)

    schema_version: Literal[2] = 2
    sequence: Literal["escalation"] = "escalation"
    state: EscalationState
    history: tuple[EscalationEvent, ...] = ()
    #: the moment of each event in ``history`` (float seconds), in the same order
    times: tuple[float, ...] = ()
    #: the wait, in seconds
    wait: float


class Escalation(Tracker):
    """A live urgent request: sent by email and messenger → reply → resolved, or no reaction within the wait →
    phone call → (reply → resolved) or (call answered → send the summary → resolved).

    >>> esc = Escalation(wait=600)
    >>> esc.send("sent", at=1000.0).to
    <EscalationState.WAITING: 'waiting'>
    >>> esc.tick(1600.0).state
    <EscalationState.CALL: 'call'>

    Every event needs its moment (``at=``); :meth:`tick` turns an expired wait into ``"no_reaction"``. An
    event the current state does not accept — out of order or repeated — raises
    :class:`~danetor.errors.OutOfOrderError` naming the expected events and changes nothing; an unknown event,
    a bad moment or a moment earlier than the last one raises :class:`~danetor.errors.InvalidInput`. Safe to
    share between threads: an event and its moment are recorded together, or not at all.
    """

    definition: ClassVar[Sequence] = ESCALATION
    states: ClassVar[type[EscalationState]] = EscalationState
    record: ClassVar[type[EscalationRecord]] = EscalationRecord

    if TYPE_CHECKING:  # pragma: no cover - Tracker.to_record builds cls.record: said here for type checkers

        def to_record(self) -> EscalationRecord: ...

    def __init__(self, wait: timedelta | float | None = None, *, policy: Any = None) -> None:
        """*wait* (a ``timedelta`` or seconds) beats the default wait of the company policy (*policy*, or the one
        in force), which beats the book's :data:`DEFAULT_WAIT`; the policy's urgent channels are the ones to
        use."""
        self._policy = policy if policy is not None else ACTIVE.get()
        default = DEFAULT_WAIT if self._policy is None else self._policy.wait
        self._wait = _wait(default if wait is None else wait)
        self._times: tuple[float, ...] = ()
        super().__init__()

    # -- reading ---------------------------------------------------------------------------------------------
    @property
    def state(self) -> EscalationState:
        return EscalationState(self._state)

    @property
    def expected(self) -> tuple[EscalationEvent, ...]:
        return tuple(EscalationEvent(e) for e in self.table().accepted(self._state))

    @property
    def history(self) -> tuple[EscalationEvent, ...]:
        return tuple(EscalationEvent(e) for e in self._history)

    @property
    def wait(self) -> float:
        """The wait, in seconds."""
        return self._wait

    @property
    def times(self) -> tuple[float, ...]:
        """The moment of each event in :attr:`history` (float seconds)."""
        return self._times

    @property
    def sent_at(self) -> float | None:
        """When the request was sent (``None`` before that)."""
        history, times = self._history, self._times
        for event, moment in zip(history, times, strict=True):
            if event == EscalationEvent.SENT:
                return moment
        return None

    @property
    def deadline(self) -> float | None:
        """While waiting: the moment from which no reaction means "call" (sent + wait); otherwise ``None``."""
        sent = self.sent_at
        return sent + self._wait if self.state is EscalationState.WAITING and sent is not None else None

    @property
    def action(self) -> EscalationAction:
        """What to do now."""
        with self._lock:
            state = self.state
            policy = self._policy
            text = ACTIONS[state]
            if policy is not None and text.key is not None:  # a registry text: the policy may word it
                text = policy.text(text.key)
            action = (EscalationAction if policy is None else bound(EscalationAction))(
                state=state,
                text=text,
                channels=state_channels(policy)[state],
                expected=self.expected,
                deadline=self.deadline,
                done=self.done,
            )
            if policy is not None:
                action._policy = policy
            return action

    def explain(self, lang: Lang | str = Lang.RU) -> str:
        """What to do now, in *lang* (:meth:`EscalationAction.explain`)."""
        return self.action.explain(lang)

    # -- feeding ---------------------------------------------------------------------------------------------
    def _check_moment(self, value: Any, argument: str) -> float:
        moment = _moment(value, argument)
        if self._times and moment < self._times[-1]:
            raise InvalidInput(
                argument,
                value,
                [Text.of("errors.allowed.moment_at_or_after").format(moment=repr(self._times[-1]))],
                hint=Text.of("errors.hint.time_backwards"),
            )
        return moment

    def send(self, event: Any, *, at: Any = _MISSING) -> Move:
        """Apply *event* at moment *at*. See the class docstring for what is refused; a refused event changes
        nothing."""
        name = self._check_event(event)
        with self._lock:
            moment = self._check_moment(at, "at")
            move = self._apply(name)
            self._times = (*self._times, moment)
            return move

    def tick(self, now: Any) -> EscalationAction:
        """Tell the tracker the time is *now*. While waiting, at or after the deadline, this records
        ``"no_reaction"`` at *now*. Returns what to do now."""
        with self._lock:
            moment = self._check_moment(now, "now")
            deadline = self.deadline
            if deadline is not None and moment >= deadline:
                self._apply(EscalationEvent.NO_REACTION.value)
                self._times = (*self._times, moment)
        return self.action

    # -- persistence -----------------------------------------------------------------------------------------
    def _record_fields(self) -> dict[str, Any]:
        return {"times": self._times, "wait": self._wait}

    @classmethod
    def _build(cls, core: tuple[str, tuple[str, ...]], fields: Mapping[str, Any]) -> Escalation:
        wait = _wait(fields["wait"], "state.wait")
        times = tuple(fields["times"])
        if len(times) != len(core[1]):
            raise InvalidInput(
                "state.times",
                list(times),
                [Text.of("errors.allowed.moments_per_event").format(n=len(core[1]))],
            )
        previous = -math.inf
        for moment in times:
            if not math.isfinite(moment) or moment < previous:
                raise InvalidInput("state.times", list(times), [Text.of("errors.allowed.monotonic_moments")])
            previous = moment
        obj = cls.__new__(cls)
        obj._policy = ACTIVE.get()
        obj._wait = wait
        obj._times = times
        Tracker.__init__(obj, _state=core)
        return obj


#: names renamed in 0.2.0, still importable with a DeprecationWarning
__getattr__ = renamed(__name__, {"Advice": "ChannelAdviceKind"}, globals())
