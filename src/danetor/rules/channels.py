"""The channel-by-situation matrix and the escalation of an urgent question, as typed data.

Source: «Отчаянные аккаунт-менеджеры», «Эффективные коммуникации» (shared/sources/003_…txt): «Каналы
коммуникации должны устраивать обе стороны, поэтому стоит обговорить с клиентом порядок взаимодействия в
различных ситуациях. Можно использовать такую схему»:

=============================  ===================================================================
situation                      channel (the book's words)
=============================  ===================================================================
non-urgent question            «электронная почта и мессенджеры» — either one (we advise email, messenger
                               is an equal alternative)
urgent question                «запрос по почте и мессенджеру, в случае отсутствия реакции — звонок»
incident, no client action     «информирование об инциденте по электронной почте»
presenting an approach         «личная встреча, в крайнем случае — видеоконференция»
interim report                 «электронная почта»
project completion report      «личная встреча»
=============================  ===================================================================

* :data:`CHANNELS` is the matrix as a :class:`~danetor.rules.model.RuleSet` with one input (the
  :class:`Situation`) and one rule per situation; its outcome is an :class:`ChannelAdviceKind` id. It compiles through
  durable_rules into a verified, total table (:func:`danetor.shipped.compiled`).
* :data:`ADVICE` says what each advice id means: the channels used together, equal alternatives, a fallback
  ("at worst") and the escalation (on no reaction → phone). It is checked total over :class:`ChannelAdviceKind` on
  import.
* :data:`ESCALATION` is the urgent case as a :class:`~danetor.rules.model.Sequence`::

      not_sent --sent--> waiting --reply--> resolved
                         waiting --no_reaction--> call --reply--> resolved
                                                  call --call_answered--> summary --summary_sent--> resolved

  What happens after the call is ours, built from the book's own call discipline: once you have reached the
  client by phone, «по итогам обсуждения вышлите клиенту для подтверждения резюме с выводами», so the sequence
  waits for that summary before it is resolved. If the call does not get through, the sequence stays at
  ``call`` (the book gives no step beyond the call). Every other event in a state is rejected, never queued.
* :data:`DEFAULT_WAIT` (one hour) is **ours**: the book names no wait time. Callers pass their own.

The texts (labels, reasons, checklists) are under ``channels.`` in the text registry.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import timedelta
from enum import StrEnum
from types import MappingProxyType
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from .._deprecated import renamed
from ..errors import RuleSetError
from .model import Eq, Input, Rule, RuleSet, Sequence, Step

__all__ = [
    "ADVICE",
    "CHANNELS",
    "CHANNEL_CHECKLIST",
    "DEFAULT_WAIT",
    "DIFFICULT_CLIENT_CHECKLIST",
    "ESCALATION",
    "STATE_CHANNELS",
    "ChannelAdviceKind",
    "AdviceSpec",
    "Channel",
    "EscalationEvent",
    "EscalationItem",
    "EscalationState",
    "Situation",
]


class Situation(StrEnum):
    """The situations of the book's channel scheme."""

    NON_URGENT = "non_urgent"
    URGENT = "urgent"
    INCIDENT = "incident"
    PRESENTATION = "presentation"
    INTERIM_REPORT = "interim_report"
    FINAL_REPORT = "final_report"


class Channel(StrEnum):
    """The communication channels the scheme uses."""

    EMAIL = "email"
    MESSENGER = "messenger"
    PHONE = "phone"
    VIDEO_CALL = "video_call"
    MEETING = "meeting"


class ChannelAdviceKind(StrEnum):
    """The distinct pieces of advice the matrix gives (two situations may share one)."""

    EMAIL_OR_MESSENGER = "email_or_messenger"
    EMAIL_AND_MESSENGER_THEN_PHONE = "email_and_messenger_then_phone"
    EMAIL = "email"
    MEETING_OR_VIDEO_CALL = "meeting_or_video_call"
    MEETING = "meeting"


class EscalationEvent(StrEnum):
    """What can happen to an urgent request (fed to :class:`danetor.channels.Escalation`)."""

    SENT = "sent"  #: the request went out by email and messenger
    REPLY = "reply"  #: the client reacted in writing
    NO_REACTION = "no_reaction"  #: the wait ran out with no reaction
    CALL_ANSWERED = "call_answered"  #: you reached the client by phone and talked
    SUMMARY_SENT = "summary_sent"  #: you sent the summary of the call for confirmation


class EscalationState(StrEnum):
    """Where an urgent request stands."""

    NOT_SENT = "not_sent"
    WAITING = "waiting"
    CALL = "call"
    SUMMARY = "summary"
    RESOLVED = "resolved"


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class EscalationItem(_Frozen):
    """One escalation: when *trigger* happens, switch to *channel*."""

    trigger: Literal["no_reaction"] = "no_reaction"
    channel: Channel


class AdviceSpec(_Frozen):
    """What one :class:`ChannelAdviceKind` means.

    * ``channels`` — used together, at the same time;
    * ``alternatives`` — equally good instead of ``channels`` (the book's "email *or* messenger");
    * ``fallback`` — acceptable only when ``channels`` cannot be used (the book's "at worst");
    * ``escalation`` — what to switch to when there is no reaction.
    """

    channels: tuple[Channel, ...] = Field(min_length=1)
    alternatives: tuple[Channel, ...] = ()
    fallback: Channel | None = None
    escalation: tuple[EscalationItem, ...] = ()

    @model_validator(mode="after")
    def _no_repeats(self) -> AdviceSpec:
        used = [*self.channels, *self.alternatives, *([self.fallback] if self.fallback else [])]
        if len(set(used)) != len(used):
            raise ValueError(f"advice: a channel is named twice: {[c.value for c in used]}")
        return self


#: What each advice id means.
ADVICE: Mapping[ChannelAdviceKind, AdviceSpec] = MappingProxyType(
    {
        ChannelAdviceKind.EMAIL_OR_MESSENGER: AdviceSpec(
            channels=(Channel.EMAIL,), alternatives=(Channel.MESSENGER,)
        ),
        ChannelAdviceKind.EMAIL_AND_MESSENGER_THEN_PHONE: AdviceSpec(
            channels=(Channel.EMAIL, Channel.MESSENGER),
            escalation=(EscalationItem(trigger="no_reaction", channel=Channel.PHONE),),
        ),
        ChannelAdviceKind.EMAIL: AdviceSpec(channels=(Channel.EMAIL,)),
        ChannelAdviceKind.MEETING_OR_VIDEO_CALL: AdviceSpec(
            channels=(Channel.MEETING,), fallback=Channel.VIDEO_CALL
        ),
        ChannelAdviceKind.MEETING: AdviceSpec(channels=(Channel.MEETING,)),
    }
)
if set(ADVICE) != set(ChannelAdviceKind):  # pragma: no cover - guarded by the data
    raise RuleSetError(
        f"ADVICE does not cover ChannelAdviceKind: {sorted(set(ChannelAdviceKind) ^ set(ADVICE))}"
    )

#: The situation → advice id of the book's scheme (one rule per situation; rule id = situation value).
_MATRIX: Mapping[Situation, ChannelAdviceKind] = MappingProxyType(
    {
        Situation.NON_URGENT: ChannelAdviceKind.EMAIL_OR_MESSENGER,
        Situation.URGENT: ChannelAdviceKind.EMAIL_AND_MESSENGER_THEN_PHONE,
        Situation.INCIDENT: ChannelAdviceKind.EMAIL,
        Situation.PRESENTATION: ChannelAdviceKind.MEETING_OR_VIDEO_CALL,
        Situation.INTERIM_REPORT: ChannelAdviceKind.EMAIL,
        Situation.FINAL_REPORT: ChannelAdviceKind.MEETING,
    }
)

#: The matrix as a rule set: verified total and unambiguous when compiled.
CHANNELS = RuleSet(
    name="channels",
    title="channels.matrix_title",
    inputs=(
        Input(
            name="situation",
            type=Situation,
            label="channels.situation_label",
            values={s.value: f"channels.situation_labels.{s.value}" for s in Situation},
        ),
    ),
    outcome=ChannelAdviceKind,
    rules=tuple(
        Rule(
            id=situation.value,
            when=Eq(field="situation", value=situation.value),
            then=advice,
            why=f"channels.why.{situation.value}",
        )
        for situation, advice in _MATRIX.items()
    ),
)

#: The escalation of an urgent request as a sequence (compiled into a verified transition table).
ESCALATION = Sequence(
    name="escalation",
    events=EscalationEvent,
    states=(
        Step(id=EscalationState.NOT_SENT, on={EscalationEvent.SENT: EscalationState.WAITING}),
        Step(
            id=EscalationState.WAITING,
            on={
                EscalationEvent.REPLY: EscalationState.RESOLVED,
                EscalationEvent.NO_REACTION: EscalationState.CALL,
            },
        ),
        Step(
            id=EscalationState.CALL,
            on={
                EscalationEvent.REPLY: EscalationState.RESOLVED,
                EscalationEvent.CALL_ANSWERED: EscalationState.SUMMARY,
            },
        ),
        Step(id=EscalationState.SUMMARY, on={EscalationEvent.SUMMARY_SENT: EscalationState.RESOLVED}),
        Step(id=EscalationState.RESOLVED),
    ),
    initial=EscalationState.NOT_SENT,
    final=(EscalationState.RESOLVED,),
)

#: OURS, not the book's (the book names no wait time): how long to wait for a reaction to an urgent request
#: before calling. Callers pass their own.
DEFAULT_WAIT = timedelta(hours=1)

_URGENT = ADVICE[_MATRIX[Situation.URGENT]]

#: The channels to use in each escalation state, read off the urgent advice: send on its channels, wait on
#: them, call on its escalation channel; the written summary after a call goes by email (ours: the book says
#: «вышлите» and, for difficult clients, «прописывайте все в электронных письмах»).
STATE_CHANNELS: Mapping[EscalationState, tuple[Channel, ...]] = MappingProxyType(
    {
        EscalationState.NOT_SENT: _URGENT.channels,
        EscalationState.WAITING: _URGENT.channels,
        EscalationState.CALL: tuple(item.channel for item in _URGENT.escalation),
        EscalationState.SUMMARY: (Channel.EMAIL,),
        EscalationState.RESOLVED: (),
    }
)

#: The checklist (by id in :data:`danetor.playbooks.channels.CHECKLISTS`) that disciplines each channel.
#: Email, phone and meeting are the book's; messenger → the email discipline and video call → the meeting
#: discipline are ours (the book's rules for letters and for meetings, carried over to their substitutes).
CHANNEL_CHECKLIST: Mapping[Channel, str] = MappingProxyType(
    {
        Channel.EMAIL: "email",
        Channel.MESSENGER: "email",
        Channel.PHONE: "phone",
        Channel.VIDEO_CALL: "meeting",
        Channel.MEETING: "meeting",
    }
)

#: The checklist added for every channel when the client is a difficult one.
DIFFICULT_CLIENT_CHECKLIST = "difficult_client"


#: names renamed in 0.2.0, still importable with a DeprecationWarning
__getattr__ = renamed(__name__, {"Advice": "ChannelAdviceKind"}, globals())
