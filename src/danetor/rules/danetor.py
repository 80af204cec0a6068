"""The DANETOR check (алгоритм ДАНЕТОР) as a rule set.

Source: «Отчаянные аккаунт-менеджеры», section «Алгоритм ДАНЕТОР» (shared/sources/003_…txt). Three questions;
"if you answer «no» to at least two of them, it is better to refuse the client". The book allows only yes or no.
We add "don't know": the verdict is then *undecided* when the unknown answers could still swing it.
"""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING

from . import lazy

if TYPE_CHECKING:  # pragma: no cover
    from .model import RuleSet

    DANETOR: RuleSet

__all__ = ["ANSWER_KEYS", "DANETOR", "QUESTION_IDS", "Answer", "Verdict"]


class Answer(StrEnum):
    """An answer to one DANETOR question."""

    YES = "yes"
    NO = "no"
    UNKNOWN = "unknown"


class Verdict(StrEnum):
    """The outcome of the DANETOR check."""

    ACCEPT = "accept"
    REFUSE = "refuse"
    UNDECIDED = "undecided"


#: the three questions, in the book's order; their texts are ``danetor.question.<id>.text`` (and ``.short``,
#: ``.help``) in the text registry, and :data:`danetor.QUESTIONS` gives them with their texts
QUESTION_IDS: tuple[str, ...] = ("client", "company", "eba")

_IDS = QUESTION_IDS
#: answer value → the text key of its label
ANSWER_KEYS: dict[str, str] = {a.value: f"danetor.answer.{a.value}" for a in Answer}


def _define() -> RuleSet:
    """The rule set itself. Built on first use (see ``__getattr__``): :func:`danetor.check` reads the shipped table
    by name and never needs it, so ``import danetor; check(...)`` does not pay for building it."""
    from .model import AtLeast, Input, Otherwise, Rule, RuleSet

    return RuleSet(
        name="danetor",
        title="danetor.title",
        inputs=tuple(
            Input(name=q, type=Answer, label=f"danetor.question.{q}.short", values=ANSWER_KEYS)
            for q in QUESTION_IDS
        ),
        outcome=Verdict,
        rules=(
            Rule(
                id="refuse",
                when=AtLeast(n=2, fields=_IDS, value=Answer.NO),
                then=Verdict.REFUSE,
                why="danetor.rule.refuse.why",
            ),
            Rule(
                id="accept",
                when=AtLeast(n=2, fields=_IDS, value=Answer.YES),
                then=Verdict.ACCEPT,
                why="danetor.rule.accept.why",
            ),
            Rule(
                id="undecided",
                when=Otherwise(),
                then=Verdict.UNDECIDED,
                why="danetor.rule.undecided.why",
            ),
        ),
    )


__getattr__ = lazy(globals(), {"DANETOR": _define})
