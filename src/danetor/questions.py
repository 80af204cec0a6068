"""The DANETOR questions and the words of its answers and verdicts, as texts.

The rule set (:mod:`danetor.rules.danetor`) names the questions by id and refers to their texts by key; this module
puts the two together for callers: :data:`QUESTIONS` in order, each with its question, short label and help, and
the labels of every answer and verdict. Each is a :class:`~danetor.text.Text` read from the text registry when it is
used, so a company policy's wording applies.
"""

from __future__ import annotations

from typing import NamedTuple

from .rules.danetor import QUESTION_IDS, Answer, Verdict
from .text import Text

__all__ = ["ANSWER_LABELS", "QUESTIONS", "VERDICT_LABELS", "Question"]


class Question(NamedTuple):
    """One of the DANETOR questions: its id, the question, a short label and help for a newcomer.

    Each text is read in a language by calling it: ``question.text("en")``.
    """

    id: str
    text: Text
    short: Text
    help: Text


#: The three questions, in the book's order (ids ``client``, ``company``, ``eba``).
QUESTIONS: tuple[Question, ...] = tuple(
    Question(
        id=q,
        text=Text.of(f"danetor.question.{q}.text"),
        short=Text.of(f"danetor.question.{q}.short"),
        help=Text.of(f"danetor.question.{q}.help"),
    )
    for q in QUESTION_IDS
)

#: The label of each answer (``да`` / ``yes``…), by value.
ANSWER_LABELS: dict[str, Text] = {a: Text.of(f"danetor.answer.{a.value}") for a in Answer}

#: The label of each verdict (``отказать`` / ``refuse``…), by value.
VERDICT_LABELS: dict[str, Text] = {v: Text.of(f"danetor.verdict.{v.value}") for v in Verdict}
