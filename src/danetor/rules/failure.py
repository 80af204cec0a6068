"""The failure-handling sequence (отработка провала) as data: two four-step sequences, one per kind of fault.

Source: «Отчаянные аккаунт-менеджеры», «Конфликты с клиентами», from «Главное – правильно "отработать" свой
провал» (shared/sources/003_…txt). Four steps, in order:

1. ``inform`` — be the first to tell the client what happened, preferably by phone, to hear the reaction at once;
2. ``vent`` — let the client vent and say everything they think of you and your firm;
3. ``apologize`` — apologise on behalf of the company and personally; when a third party is to blame, no apology
   is needed and expressing regret is enough, so for :attr:`Fault.THIRD_PARTY` the step is ``regret`` instead;
4. ``remedy`` — say what you will do to fix the situation and compensate the client's losses, and what you will
   do so that it does not happen again (the three :class:`RemedyPart` s).

The fault changes the *id* of step 3, not only its wording: a third-party case has no ``apologize`` step at all, so
a tracker refuses one there exactly as it refuses any step out of order. Each sequence's states are named after the
step they wait for (``inform`` … ``remedy``) and end in ``done``; the events are the step ids. Both compile through
the one engine (:func:`danetor.shipped.compiled`) into verified transition tables, like every other sequence.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from types import MappingProxyType
from typing import Any

from .channels import Channel
from .model import Sequence, Step

__all__ = [
    "DONE",
    "FAILURE_OURS",
    "FAILURE_THIRD_PARTY",
    "SEQUENCES",
    "STEP_CHANNEL",
    "STEP_THREE",
    "FailureState",
    "FailureStep",
    "Fault",
    "RemedyPart",
    "as_fault",
    "step_order",
]


class Fault(StrEnum):
    """Who is to blame for the failure: decides step 3 (apologise, or express regret)."""

    OURS = "ours"
    THIRD_PARTY = "third_party"


class FailureStep(StrEnum):
    """The steps of the failure-handling sequence; ``apologize`` and ``regret`` are the two forms of step 3."""

    INFORM = "inform"
    VENT = "vent"
    APOLOGIZE = "apologize"
    REGRET = "regret"
    REMEDY = "remedy"


class RemedyPart(StrEnum):
    """The three things step 4 tells the client (named like the arguments of ``failure_plan``)."""

    FIX = "fix"
    COMPENSATION = "compensation"
    PREVENTION = "prevention"


#: The state a sequence ends in.
DONE = "done"


class FailureState(StrEnum):
    """Where a failure case stands: the step to do now, or done. (Its values are the steps' and ``done``.)"""

    INFORM = "inform"
    VENT = "vent"
    APOLOGIZE = "apologize"
    REGRET = "regret"
    REMEDY = "remedy"
    DONE = DONE


#: Step 3 for each kind of fault: apologise for our own failure, express regret for a third party's.
STEP_THREE: Mapping[Fault, FailureStep] = MappingProxyType(
    {Fault.OURS: FailureStep.APOLOGIZE, Fault.THIRD_PARTY: FailureStep.REGRET}
)

#: The channel a step names. Only step 1 has one in the book: it is better done by phone («лучше… по телефону»).
STEP_CHANNEL: Mapping[FailureStep, Channel] = MappingProxyType({FailureStep.INFORM: Channel.PHONE})


def _sequence(fault: Fault) -> Sequence:
    order = (FailureStep.INFORM, FailureStep.VENT, STEP_THREE[fault], FailureStep.REMEDY)
    targets = [s.value for s in order[1:]] + [DONE]
    return Sequence(
        name=f"failure_{fault.value}",
        events=FailureStep,
        states=(
            *(Step(id=step.value, on={step.value: to}) for step, to in zip(order, targets, strict=True)),
            Step(id=DONE),
        ),
        initial=FailureStep.INFORM.value,
        final=(DONE,),
    )


FAILURE_OURS: Sequence = _sequence(Fault.OURS)
FAILURE_THIRD_PARTY: Sequence = _sequence(Fault.THIRD_PARTY)

#: The sequence for each kind of fault.
SEQUENCES: Mapping[Fault, Sequence] = MappingProxyType(
    {Fault.OURS: FAILURE_OURS, Fault.THIRD_PARTY: FAILURE_THIRD_PARTY}
)


def as_fault(value: Any, argument: str = "fault") -> Fault:
    """Normalise *value* (a :class:`Fault` or ``"ours"``/``"third_party"``, any case) or raise
    :class:`~danetor.errors.InvalidInput` naming *argument* and the allowed values."""
    from ..words import as_enum  # the one normaliser: "third-party", "Third party", "третья сторона"…

    return as_enum(value, Fault, argument)


_orders: dict[Fault, tuple[FailureStep, ...]] = {}


def step_order(fault: Fault | str) -> tuple[FailureStep, ...]:
    """The steps of *fault*'s sequence in order, read off its verified transition table (compiled through
    durable_rules ahead of time): from the initial state, follow the one event each state accepts."""
    fault = as_fault(fault)
    order = _orders.get(fault)
    if order is None:
        from ..shipped import compiled

        table = compiled(SEQUENCES[fault])
        state = table.initial
        steps: list[FailureStep] = []
        while accepted := table.accepted(state):
            if len(accepted) != 1 or len(steps) > len(table.states):  # pragma: no cover - guarded by the data
                raise AssertionError(f"sequence {table.sequence!r}: state {state!r} accepts {accepted}")
            steps.append(FailureStep(accepted[0]))
            state = table.move(state, accepted[0]).to
        order = _orders[fault] = tuple(steps)
    return order
