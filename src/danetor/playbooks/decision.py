"""The words used to explain a DANETOR decision (fixed texts only; no user input is ever formatted here)."""

from __future__ import annotations

from ..text import Text

__all__ = ["EXPLAIN"]

EXPLAIN: dict[str, Text] = {
    "verdict": Text(ru="Вердикт: {verdict}.", en="Verdict: {verdict}."),
    "answers": Text(ru="Ответы: {answers}.", en="Answers: {answers}."),
    "answer": Text(ru="{question} — {answer}", en="{question}: {answer}"),
    "why": Text(ru="Почему: {why}", en="Why: {why}"),
    "flip": Text(ru="Решение изменится, если {changes}.", en="The verdict changes if {changes}."),
    "change": Text(ru="«{question}» — {answer} (→ {verdict})", en="“{question}” is {answer} (→ {verdict})"),
    "or": Text(ru="; или если ", en="; or if "),
    "no_flip": Text(
        ru="Никакой один измененный ответ не изменит решение.",
        en="No single changed answer would change the verdict.",
    ),
    "clarify": Text(ru="Уточните сначала: {questions}.", en="Clarify first: {questions}."),
}
