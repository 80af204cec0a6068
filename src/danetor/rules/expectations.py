"""Bringing inflated expectations down to earth («приземлить») as an ordered sequence.

Source: «Отчаянные аккаунт-менеджеры», section «Конфликты с клиентами» (shared/sources/003_…txt): "It is better
to do it gradually. First warn: the company is doing everything it can, but there is a risk that the results
will be lower than expected. Some time later say that the fears are being confirmed more and more, and only on
the third pass bring the client face to face with reality."

Three stages, strictly in that order: the shared :class:`~danetor.tracker.Tracker` rejects a stage that comes
too early or twice. The book says "some time" between the stages and gives no interval, so none is enforced.
"""

from __future__ import annotations

from enum import StrEnum

from .model import Sequence, Step

__all__ = ["LANDING", "STAGE_ORDER", "LandingStage", "LandingState"]


class LandingStage(StrEnum):
    """The three stages (the events of the sequence), in the book's order."""

    WARN = "warn"
    CONFIRM = "confirm"
    REALITY = "reality"


class LandingState(StrEnum):
    """Where a landing stands: nothing said yet, warned, fears confirmed, landed (complete)."""

    INFLATED = "inflated"
    WARNED = "warned"
    CONFIRMED = "confirmed"
    LANDED = "landed"


LANDING = Sequence(
    name="expectation_landing",
    events=LandingStage,
    states=(
        Step(id=LandingState.INFLATED.value, on={LandingStage.WARN.value: LandingState.WARNED.value}),
        Step(id=LandingState.WARNED.value, on={LandingStage.CONFIRM.value: LandingState.CONFIRMED.value}),
        Step(id=LandingState.CONFIRMED.value, on={LandingStage.REALITY.value: LandingState.LANDED.value}),
        Step(id=LandingState.LANDED.value),
    ),
    initial=LandingState.INFLATED.value,
    final=(LandingState.LANDED.value,),
)


def _walk(sequence: Sequence) -> tuple[LandingStage, ...]:
    """The stages in order, read off the sequence itself (it is a single path from the initial state)."""
    order: list[LandingStage] = []
    state = sequence.state(sequence.initial)
    while state.on:
        ((event, target),) = state.on.items()
        order.append(LandingStage(event))
        state = sequence.state(target)
    return tuple(order)


#: The stages in the order the sequence allows them (derived from :data:`LANDING`, not retyped).
STAGE_ORDER: tuple[LandingStage, ...] = _walk(LANDING)
