"""The words used to explain a DANETOR decision (fixed texts only; no user input is ever formatted here)."""

from __future__ import annotations

from ..text import Text

__all__ = ["EXPLAIN"]

EXPLAIN: dict[str, Text] = {
    "verdict": Text.of("danetor.explain.verdict"),
    "answers": Text.of("danetor.explain.answers"),
    "answer": Text.of("danetor.explain.answer"),
    "why": Text.of("danetor.explain.why"),
    "flip": Text.of("danetor.explain.flip"),
    "change": Text.of("danetor.explain.change"),
    "or": Text.of("danetor.explain.or"),
    "no_flip": Text.of("danetor.explain.no_flip"),
    "clarify": Text.of("danetor.explain.clarify"),
}
