"""The verified tables a compiler produces: plain, immutable data with O(1) lookups, and their JSON form."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any, NamedTuple

__all__ = ["DecisionTable", "Move", "Row", "TransitionTable"]


class Row(NamedTuple):
    """The outcome for one input combination and the id of the one rule that decided it."""

    outcome: str
    rule: str


# The records are NamedTuples and the tables plain frozen dataclasses: each costs a fraction of a millisecond to
# define, and `danetor ask` pays for every one of them at start-up (benchmarks/bench_startup.py).
@dataclass(frozen=True)
class DecisionTable:
    """Input combination → :class:`Row`, total and unambiguous (verified when it was built)."""

    ruleset: str
    inputs: tuple[str, ...]
    rows: Mapping[tuple[str, ...], Row]

    def __post_init__(self) -> None:
        object.__setattr__(self, "rows", MappingProxyType(dict(self.rows)))

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


class Move(NamedTuple):
    """What one event does in one state: the next state, and whether the event was accepted."""

    to: str
    accepted: bool


@dataclass(frozen=True)
class TransitionTable:
    """(state, event) → :class:`Move` for every reachable state and every event (verified when built)."""

    sequence: str
    initial: str
    states: tuple[str, ...]
    events: tuple[str, ...]
    moves: Mapping[tuple[str, str], Move]

    def __post_init__(self) -> None:
        object.__setattr__(self, "moves", MappingProxyType(dict(self.moves)))

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
