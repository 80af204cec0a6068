"""The error hierarchy. One root, :class:`DanetorError`; built-ins mixed in where they fit.

Each error builds its message first, then is raised. Only the CLI turns an error into an exit code.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Mapping, Sequence
from typing import IO, Any

__all__ = [
    "DanetorError",
    "EngineError",
    "GapError",
    "InvalidInput",
    "OutOfOrderError",
    "OverlapError",
    "RuleSetError",
    "VerificationError",
]


class DanetorError(Exception):
    """Root of every error danetor raises on purpose."""

    exit_code = 2

    def show(self, file: IO[str] | None = None) -> None:
        """Print the message as one line on *file* (stderr by default)."""
        print(f"danetor: {' '.join(str(self).split())}", file=file or sys.stderr)


def _quote(value: Any) -> str:
    return repr(value) if not isinstance(value, str) else f'"{value}"'


class InvalidInput(DanetorError, ValueError):
    """A value given by the caller is not one of the allowed values."""

    def __init__(
        self, argument: str, value: Any, allowed: Iterable[str], hint: str = "", *, missing: bool = False
    ) -> None:
        self.argument = argument
        self.value = None if missing else value
        self.allowed = tuple(allowed)
        self.missing = missing
        if missing:
            message = f"{argument}: missing; it is required, use one of: {', '.join(self.allowed)}"
        else:
            message = f"{argument}: {_quote(value)} is not allowed; use one of: {', '.join(self.allowed)}"
        if hint:
            message += f" ({hint})"
        super().__init__(message)


class RuleSetError(DanetorError, ValueError):
    """A rule set or sequence definition is inconsistent (found when it is defined)."""


def _fmt_inputs(inputs: Mapping[str, str]) -> str:
    return "{" + ", ".join(f"{k}={v}" for k, v in inputs.items()) + "}"


class VerificationError(DanetorError):
    """The compiled table is not total and unambiguous."""

    def __init__(self, ruleset: str, problem: str, cases: Sequence[tuple[Mapping[str, str], Sequence[str]]]):
        self.ruleset = ruleset
        self.cases = tuple((dict(inputs), tuple(rules)) for inputs, rules in cases)
        shown = "; ".join(
            f"{_fmt_inputs(inputs)} -> " + (", ".join(rules) if rules else "no rule")
            for inputs, rules in self.cases[:8]
        )
        more = f" (and {len(self.cases) - 8} more)" if len(self.cases) > 8 else ""
        super().__init__(f"rule set {ruleset!r}: {problem} for {len(self.cases)} input(s): {shown}{more}")


class GapError(VerificationError):
    """Some input combination is matched by no rule."""

    def __init__(self, ruleset: str, cases: Sequence[tuple[Mapping[str, str], Sequence[str]]]):
        super().__init__(ruleset, "no rule matches", cases)


class OverlapError(VerificationError):
    """Some input combination is matched by more than one rule."""

    def __init__(self, ruleset: str, cases: Sequence[tuple[Mapping[str, str], Sequence[str]]]):
        super().__init__(ruleset, "more than one rule matches", cases)


class EngineError(DanetorError, RuntimeError):
    """The rule engine failed while compiling (an action raised, a result went missing)."""


class OutOfOrderError(DanetorError, ValueError):
    """A step or event came out of the order the sequence allows."""

    def __init__(self, sequence: str, state: str, event: str, expected: Sequence[str]) -> None:
        self.sequence = sequence
        self.state = state
        self.event = event
        self.expected = tuple(expected)
        if self.expected:
            want = "expected " + " or ".join(f'"{e}"' for e in self.expected)
        else:
            want = "the sequence is already complete"
        super().__init__(f'{sequence}: "{event}" is out of order in state "{state}"; {want}')
