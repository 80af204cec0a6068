"""The verified tables a compiler produces: plain, immutable data with O(1) lookups, and their JSON form.

The records are tuple subclasses and the tables plain classes with ``__slots__``: unlike NamedTuples and
dataclasses, which generate their code at import, they cost next to nothing to define, and ``import danetor;
check(...)`` pays for every one of them at start-up (benchmarks/bench_startup.py).
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover - the tuples' item types, for type checkers; plain tuples at run time
    _RowBase = tuple[str, str]
    _MoveBase = tuple[str, bool]
else:
    _RowBase = _MoveBase = tuple

__all__ = ["DecisionTable", "Move", "Row", "TransitionTable"]


class Row(_RowBase):
    """The outcome for one input combination and the id of the one rule that decided it."""

    __slots__ = ()

    def __new__(cls, outcome: str, rule: str) -> Row:
        return tuple.__new__(cls, (outcome, rule))

    @property
    def outcome(self) -> str:
        return self[0]

    @property
    def rule(self) -> str:
        return self[1]

    def __repr__(self) -> str:
        return f"Row(outcome={self[0]!r}, rule={self[1]!r})"


class Move(_MoveBase):
    """What one event does in one state: the next state, and whether the event was accepted."""

    __slots__ = ()

    def __new__(cls, to: str, accepted: bool) -> Move:
        return tuple.__new__(cls, (to, accepted))

    @property
    def to(self) -> str:
        return self[0]

    @property
    def accepted(self) -> bool:
        return self[1]

    def __repr__(self) -> str:
        return f"Move(to={self[0]!r}, accepted={self[1]!r})"


class _Frozen:
    __slots__: tuple[str, ...] = ()

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"{type(self).__name__} is immutable")

    def _fields(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in self.__slots__)

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return self._fields() == other._fields()

    def __hash__(self) -> int:
        return hash(tuple(tuple(f.items()) if isinstance(f, Mapping) else f for f in self._fields()))

    def __repr__(self) -> str:
        inner = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__slots__)
        return f"{type(self).__name__}({inner})"


class DecisionTable(_Frozen):
    """Input combination → :class:`Row`, total and unambiguous (verified when it was built)."""

    __slots__ = ("inputs", "rows", "ruleset")
    ruleset: str
    inputs: tuple[str, ...]
    rows: Mapping[tuple[str, ...], Row]

    def __init__(self, ruleset: str, inputs: tuple[str, ...], rows: Mapping[tuple[str, ...], Row]) -> None:
        object.__setattr__(self, "ruleset", ruleset)
        object.__setattr__(self, "inputs", tuple(inputs))
        object.__setattr__(self, "rows", MappingProxyType(dict(rows)))

    def lookup(self, *values: str) -> Row:
        return self.rows[values]

    def __len__(self) -> int:
        return len(self.rows)

    def to_data(self) -> dict[str, Any]:
        """Plain JSON data: ``rows`` lists each combination's values, then its outcome and rule, in input order."""
        return {
            "kind": "decision",
            "ruleset": self.ruleset,
            "inputs": list(self.inputs),
            "rows": [[*values, row.outcome, row.rule] for values, row in self.rows.items()],
        }

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> DecisionTable:
        n = len(data["inputs"])
        return cls(
            ruleset=data["ruleset"],
            inputs=tuple(data["inputs"]),
            rows={tuple(r[:n]): Row(r[n], r[n + 1]) for r in data["rows"]},
        )


class TransitionTable(_Frozen):
    """(state, event) → :class:`Move` for every reachable state and every event (verified when built)."""

    __slots__ = ("events", "initial", "moves", "sequence", "states")
    sequence: str
    initial: str
    states: tuple[str, ...]
    events: tuple[str, ...]
    moves: Mapping[tuple[str, str], Move]

    def __init__(
        self,
        sequence: str,
        initial: str,
        states: tuple[str, ...],
        events: tuple[str, ...],
        moves: Mapping[tuple[str, str], Move],
    ) -> None:
        object.__setattr__(self, "sequence", sequence)
        object.__setattr__(self, "initial", initial)
        object.__setattr__(self, "states", tuple(states))
        object.__setattr__(self, "events", tuple(events))
        object.__setattr__(self, "moves", MappingProxyType(dict(moves)))

    def move(self, state: str, event: str) -> Move:
        return self.moves[(state, event)]

    def accepted(self, state: str) -> tuple[str, ...]:
        """The events *state* accepts, in event declaration order."""
        return tuple(e for e in self.events if self.moves[(state, e)].accepted)

    def to_data(self) -> dict[str, Any]:
        """Plain JSON data: ``moves`` lists each (state, event) with its next state and whether it is accepted."""
        return {
            "kind": "transition",
            "sequence": self.sequence,
            "initial": self.initial,
            "states": list(self.states),
            "events": list(self.events),
            "moves": [[state, event, move.to, move.accepted] for (state, event), move in self.moves.items()],
        }

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> TransitionTable:
        return cls(
            sequence=data["sequence"],
            initial=data["initial"],
            states=tuple(data["states"]),
            events=tuple(data["events"]),
            moves={(m[0], m[1]): Move(m[2], m[3]) for m in data["moves"]},
        )
