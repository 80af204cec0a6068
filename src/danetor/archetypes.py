"""The five manager archetypes as a self-assessment: :func:`assess_archetype` → :class:`ArchetypeAssessment`.

Scoring (explicit; see :mod:`danetor.rules.archetypes`): each statement agreed with gives one point to its
archetype; the five scores then go through the verified rule set :data:`~danetor.rules.archetypes.ARCHETYPES`
(compiled through durable_rules ahead of time and shipped with the package), which decides the outcome, ties included.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Annotated, Any

from pydantic import AfterValidator, BaseModel, ConfigDict, PlainSerializer

from ._result import Readable
from .errors import InvalidInput
from .rules.archetypes import ARCHETYPES, IMPERFECT, QUIZ, Archetype, ArchetypeOutcome
from .text import Lang, Text, as_lang

if TYPE_CHECKING:
    from .tables import Row

__all__ = ["AGREE_WORDS", "STATEMENT_IDS", "ArchetypeAssessment", "assess_archetype"]


# -- texts (by key) -------------------------------------------------------------------------------------

ARCHETYPE_NAMES: dict[str, Text] = {
    "servant": Text.of("archetypes.archetype_names.servant"),
    "formalist": Text.of("archetypes.archetype_names.formalist"),
    "know_it_all": Text.of("archetypes.archetype_names.know_it_all"),
    "nice_guy": Text.of("archetypes.archetype_names.nice_guy"),
    "blue_bird": Text.of("archetypes.archetype_names.blue_bird"),
}


ARCHETYPE_SHORT: dict[str, Text] = {
    "servant": Text.of("archetypes.archetype_short.servant"),
    "formalist": Text.of("archetypes.archetype_short.formalist"),
    "know_it_all": Text.of("archetypes.archetype_short.know_it_all"),
    "nice_guy": Text.of("archetypes.archetype_short.nice_guy"),
    "blue_bird": Text.of("archetypes.archetype_short.blue_bird"),
}


#: the traits the book gives each type
TRAITS: dict[str, Text] = {
    "servant": Text.of("archetypes.traits.servant"),
    "formalist": Text.of("archetypes.traits.formalist"),
    "know_it_all": Text.of("archetypes.traits.know_it_all"),
    "nice_guy": Text.of("archetypes.traits.nice_guy"),
    "blue_bird": Text.of("archetypes.traits.blue_bird"),
}


#: the book's growth direction for each type (the blue bird is the goal; see the text)
GROWTH: dict[str, Text] = {
    "servant": Text.of("archetypes.growth.servant"),
    "formalist": Text.of("archetypes.growth.formalist"),
    "know_it_all": Text.of("archetypes.growth.know_it_all"),
    "nice_guy": Text.of("archetypes.growth.nice_guy"),
    "blue_bird": Text.of("archetypes.growth.blue_bird"),
}


#: keyed by :class:`danetor.rules.archetypes.ArchetypeOutcome` values
OUTCOME_LABELS: dict[str, Text] = {
    **ARCHETYPE_NAMES,
    "tie": Text.of("archetypes.outcome_labels.tie"),
    "none": Text.of("archetypes.outcome_labels.none"),
}


#: fixed templates for :meth:`danetor.archetypes.ArchetypeAssessment.explain` (only our own values go in)
EXPLAIN: dict[str, Text] = {
    "result": Text.of("archetypes.explain.result"),
    "scores": Text.of("archetypes.explain.scores"),
    "score": Text.of("archetypes.explain.score"),
    "why": Text.of("archetypes.explain.why"),
    "growth": Text.of("archetypes.explain.growth"),
    "traits": Text.of("archetypes.explain.traits"),
}


#: the statement ids, in the order they are asked
STATEMENT_IDS: tuple[str, ...] = tuple(s.id for s in QUIZ)
_ARCHETYPE_OF = {s.id: Archetype(s.archetype) for s in QUIZ}

#: every string accepted as an answer to one statement (trimmed, lower-cased), and whether it means "agree"
AGREE_WORDS: Mapping[str, bool] = MappingProxyType(
    {
        "agree": True,
        "disagree": False,
        "yes": True,
        "no": False,
        "да": True,
        "нет": False,
        "согласен": True,
        "согласна": True,
        "не согласен": False,
        "не согласна": False,
    }
)
_ALLOWED_ANSWERS = (*AGREE_WORDS, "True", "False")


def _as_agree(value: Any, statement: str) -> bool:
    if value is True or value is False:
        return value
    if isinstance(value, str):
        hit = AGREE_WORDS.get(" ".join(value.lower().split()))
        if hit is not None:
            return hit
    raise InvalidInput(f"answers[{statement!r}]", value, _ALLOWED_ANSWERS)


_Scores = Annotated[
    Mapping[Archetype, int],
    AfterValidator(lambda m: MappingProxyType(dict(m))),
    PlainSerializer(dict, return_type=dict[Archetype, int]),
]


class ArchetypeAssessment(Readable, BaseModel):
    """The result of :func:`assess_archetype`: frozen, JSON-serialisable, and able to explain itself."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    #: the statement ids agreed with, in asking order
    agreed: tuple[str, ...]
    #: archetype → points, for all five archetypes in the book's order (read-only)
    scores: _Scores
    outcome: ArchetypeOutcome
    #: the archetype(s) the result names: one, or all the tied ones; empty when the outcome is ``none``
    archetypes: tuple[Archetype, ...]
    #: id of the rule that decided
    rule: str

    def growth(self, lang: Lang | str = Lang.RU) -> tuple[str, ...]:
        """The book's growth direction for each archetype named, in *lang*."""
        return tuple(GROWTH[a](lang) for a in self.archetypes)

    def explain(self, lang: Lang | str = Lang.RU) -> str:
        """The result, the scores, why, and for each archetype named what it is like and where to grow."""
        lang = as_lang(lang)
        if self.outcome is ArchetypeOutcome.TIE:
            outcome = (
                OUTCOME_LABELS[self.outcome](lang)
                + ": "
                + ", ".join(ARCHETYPE_NAMES[a](lang) for a in self.archetypes)
            )
        else:
            outcome = OUTCOME_LABELS[self.outcome](lang)
        lines = [
            EXPLAIN["result"](lang).format(outcome=outcome),
            EXPLAIN["scores"](lang).format(
                scores="; ".join(
                    EXPLAIN["score"](lang).format(name=ARCHETYPE_SHORT[a](lang), points=p)
                    for a, p in self.scores.items()
                )
            ),
            EXPLAIN["why"](lang).format(why=Text.of(ARCHETYPES.rule(self.rule).why)(lang)),
        ]
        for a in self.archetypes:
            lines.append(
                EXPLAIN["traits"](lang).format(name=ARCHETYPE_SHORT[a](lang), traits=TRAITS[a](lang))
            )
            lines.append(
                EXPLAIN["growth"](lang).format(name=ARCHETYPE_SHORT[a](lang), growth=GROWTH[a](lang))
            )
        return "\n".join(lines)


def _lookup(scores: tuple[int, ...]) -> Row:
    from .shipped import builtin_table  # read once per process, by name

    return builtin_table("archetypes").lookup(*(str(n) for n in scores))


def _normalise(answers: Any) -> tuple[str, ...]:
    """The agreed statement ids (asking order) from a full mapping or from a collection of agreed ids."""
    if isinstance(answers, Mapping):
        unknown = [k for k in answers if k not in _ARCHETYPE_OF]
        if unknown:
            raise InvalidInput("answers", unknown[0], STATEMENT_IDS, Text.of("errors.hint.unknown_statement"))
        missing = [s for s in STATEMENT_IDS if s not in answers]
        if missing:
            raise InvalidInput(f"answers[{missing[0]!r}]", None, _ALLOWED_ANSWERS, missing=True)
        return tuple(s for s in STATEMENT_IDS if _as_agree(answers[s], s))
    if isinstance(answers, (set, frozenset, list, tuple)):
        given = list(answers)
        for s in given:
            if not isinstance(s, str) or s not in _ARCHETYPE_OF:
                raise InvalidInput("agreed", s, STATEMENT_IDS, Text.of("errors.hint.unknown_statement"))
        chosen = set(given)
        return tuple(s for s in STATEMENT_IDS if s in chosen)
    raise InvalidInput(
        "answers",
        answers,
        (Text.of("errors.allowed.statement_mapping"), Text.of("errors.allowed.statement_set")),
    )


def assess_archetype(answers: Mapping[str, Any] | Iterable[str]) -> ArchetypeAssessment:
    """Score the self-assessment and name the archetype, with the book's growth direction for it.

    *answers* is either a mapping with an answer for **every** statement in :data:`STATEMENT_IDS`
    (``True``/``False`` or a word in :data:`AGREE_WORDS`: ``"agree"``, ``"disagree"``, ``"yes"``, ``"no"``,
    ``"да"``, ``"нет"``, ``"согласен"``, …), or a set/list/tuple of the ids agreed with (every other statement is
    then a disagreement). An unknown id, a missing answer or an answer that is not allowed raises
    :class:`~danetor.errors.InvalidInput` naming it and the allowed values.

    >>> assess_archetype({"servant_everything", "servant_always_yes"}).outcome
    <ArchetypeOutcome.SERVANT: 'servant'>
    """
    agreed = _normalise(answers)
    scores = {a: 0 for a in Archetype}
    for s in agreed:
        scores[_ARCHETYPE_OF[s]] += 1
    row = _lookup(tuple(scores.values()))
    outcome = ArchetypeOutcome(row.outcome)
    if outcome is ArchetypeOutcome.NONE:
        named: tuple[Archetype, ...] = ()
    elif outcome is ArchetypeOutcome.TIE:
        top = max(scores[a] for a in IMPERFECT)
        named = tuple(a for a in IMPERFECT if scores[a] == top)
    else:
        named = (Archetype(outcome.value),)
    return ArchetypeAssessment(agreed=agreed, scores=scores, outcome=outcome, archetypes=named, rule=row.rule)
