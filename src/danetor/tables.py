"""The verified tables the engine produces: plain, immutable data with O(1) lookups."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import NamedTuple

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
