"""A live instance of a :class:`~danetor.rules.model.Sequence`: the one mechanism behind every ordered playbook.

A :class:`Tracker` holds only its current state and history; what each event does comes from the sequence's
verified transition table (compiled through durable_rules ahead of time, loaded once per process). So thousands of live trackers cost
a few objects each and never touch the engine's per-ruleset session limit. An event the current state does not
accept raises :class:`~danetor.errors.OutOfOrderError` naming what was expected: nothing is queued or lost.
"""

from __future__ import annotations

import json
from typing import Any, ClassVar

from pydantic import BaseModel, ConfigDict, ValidationError

from .errors import InvalidInput, OutOfOrderError
from .rules.model import Sequence
from .tables import Move, TransitionTable
from .text import Text

__all__ = ["Tracker", "TrackerState"]


class TrackerState(BaseModel):
    """The serialisable state of a tracker: which sequence, where it is, and the events accepted so far."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    sequence: str
    state: str
    history: tuple[str, ...] = ()


class Tracker:
    """Base class: a subclass sets :attr:`definition` to its :class:`Sequence`."""

    definition: ClassVar[Sequence]

    def __init__(self, *, _state: TrackerState | None = None) -> None:
        table = self.table()
        self._state = _state or TrackerState(sequence=self.definition.name, state=table.initial)

    # -- the verified table ------------------------------------------------------------------------------
    @classmethod
    def table(cls) -> TransitionTable:
        from .shipped import compiled

        return compiled(cls.definition)  # type: ignore[return-value]

    # -- state ---------------------------------------------------------------------------------------------
    @property
    def state(self) -> str:
        return self._state.state

    @property
    def history(self) -> tuple[str, ...]:
        return self._state.history

    @property
    def done(self) -> bool:
        return self._state.state in self.definition.final

    @property
    def expected(self) -> tuple[str, ...]:
        """The events the current state accepts (empty once the sequence is complete)."""
        return self.table().accepted(self._state.state)

    def send(self, event: Any) -> Move:
        """Apply *event*. Raises :class:`InvalidInput` for an unknown event and :class:`OutOfOrderError` for
        one the current state does not accept; the state is unchanged then."""
        table = self.table()
        name = event.value if isinstance(event, self.definition.events) else event
        if not isinstance(name, str) or name not in table.events:
            raise InvalidInput("event", event, table.events)
        move = table.move(self._state.state, name)
        if not move.accepted:
            raise OutOfOrderError(
                self.definition.name, self._state.state, name, table.accepted(self._state.state)
            )
        self._state = TrackerState(
            sequence=self._state.sequence, state=move.to, history=(*self._state.history, name)
        )
        return move

    # -- persistence ---------------------------------------------------------------------------------------
    def to_state(self) -> TrackerState:
        return self._state

    def to_json(self) -> str:
        return self._state.model_dump_json()

    @classmethod
    def _restore_state(cls, data: str | bytes | dict) -> TrackerState:
        """Validate saved state: right sequence, a known state, and a history that really leads there."""
        try:
            raw = json.loads(data) if isinstance(data, (str, bytes)) else data
            saved = TrackerState.model_validate(raw)
        except (ValueError, ValidationError) as exc:
            raise InvalidInput(
                "state",
                "<unreadable>",
                [Text.of("errors.allowed.json_of").format(method="to_json()")],
                hint=str(exc).splitlines()[0],
            ) from None
        if saved.sequence != cls.definition.name:
            raise InvalidInput("state.sequence", saved.sequence, [cls.definition.name])
        table = cls.table()
        replay = table.initial
        for event in saved.history:
            if event not in table.events or not table.move(replay, event).accepted:
                raise InvalidInput(
                    "state.history", list(saved.history), [Text.of("errors.allowed.accepted_events")]
                )
            replay = table.move(replay, event).to
        if replay != saved.state:
            raise InvalidInput(
                "state.state", saved.state, [replay], hint=Text.of("errors.hint.history_mismatch")
            )
        return saved

    @classmethod
    def from_json(cls, data: str | bytes | dict) -> Tracker:
        obj = cls.__new__(cls)
        Tracker.__init__(obj, _state=cls._restore_state(data))
        return obj
