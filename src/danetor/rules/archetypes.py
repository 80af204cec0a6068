"""The five manager archetypes: the self-assessment's scoring rule as a verified rule set.

Source: shared/sources/000_…txt (the book's chapters on the four kinds of client managers and the «синяя птица»),
003_…txt (the summary, which calls the formalists «пофигисты»). The statements, the scoring and the tie rules are
ours; their texts are under ``archetypes.`` in the text registry.

The scoring rule, explicitly:

1. Each statement agreed with gives one point to its archetype; each archetype scores 0 to :data:`MAX_POINTS`.
   (Counting is done by :func:`danetor.archetypes.assess_archetype`; the rule set below takes the five scores.)
2. No point at all → ``none`` (cannot tell).
3. The Blue Birds score strictly more than each of the other four → ``blue_bird``.
4. One imperfect archetype scores more than each of the other three imperfect ones, and at least as much as the
   Blue Birds → that archetype. (On equal points an imperfect archetype beats the Blue Birds: the book calls a blue
   bird someone who recognises themselves in none of the four.)
5. Two or more imperfect archetypes share the top score, at least as high as the Blue Birds' → ``tie``; the result
   names all of them.

The rule set is compiled over all (MAX_POINTS + 1)^5 score combinations and verified total and unambiguous.
"""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field

from ..errors import RuleSetError
from .model import AllOf, AnyOf, AtLeast, Eq, Input, Rule, RuleSet

__all__ = [
    "ARCHETYPES",
    "ARCHETYPE_IDS",
    "IMPERFECT",
    "MAX_POINTS",
    "QUIZ",
    "STATEMENTS",
    "Archetype",
    "ArchetypeOutcome",
    "Points",
    "Statement",
]


class Archetype(StrEnum):
    """The five archetypes, in the book's order."""

    SERVANT = "servant"
    FORMALIST = "formalist"
    KNOW_IT_ALL = "know_it_all"
    NICE_GUY = "nice_guy"
    BLUE_BIRD = "blue_bird"


class ArchetypeOutcome(StrEnum):
    """What the self-assessment concludes: one archetype, a tie between imperfect ones, or nothing to tell."""

    SERVANT = "servant"
    FORMALIST = "formalist"
    KNOW_IT_ALL = "know_it_all"
    NICE_GUY = "nice_guy"
    BLUE_BIRD = "blue_bird"
    TIE = "tie"
    NONE = "none"


#: the archetypes in the book's order
ARCHETYPE_IDS: tuple[str, ...] = tuple(a.value for a in Archetype)


class Statement(BaseModel):
    """One self-assessment statement: agreeing with it gives one point to *archetype*; *text* is the key of its
    wording (``archetypes.statements.<id>.text``)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    archetype: str
    text: str


#: the statement ids of each archetype (ours: our wording of the book's descriptions, three per archetype)
_STATEMENT_IDS: dict[str, tuple[str, ...]] = {
    "servant": ("servant_everything", "servant_always_yes", "servant_resentment"),
    "formalist": ("formalist_indifferent", "formalist_forward", "formalist_cover"),
    "know_it_all": ("know_it_all_show", "know_it_all_superior", "know_it_all_irritate"),
    "nice_guy": ("nice_guy_friends", "nice_guy_charm", "nice_guy_no_last"),
    "blue_bird": ("blue_bird_expert", "blue_bird_help", "blue_bird_partner"),
}

#: the self-assessment, grouped by archetype; :data:`QUIZ` gives the asking order
STATEMENTS: tuple[Statement, ...] = tuple(
    Statement(id=sid, archetype=archetype, text=f"archetypes.statements.{sid}.text")
    for archetype, ids in _STATEMENT_IDS.items()
    for sid in ids
)

#: the four archetypes that still have somewhere to grow
IMPERFECT: tuple[Archetype, ...] = tuple(a for a in Archetype if a is not Archetype.BLUE_BIRD)


def _quiz_order(statements: tuple[Statement, ...]) -> tuple[Statement, ...]:
    """The asking order: round robin over the archetypes, so that no archetype's statements come in a row."""
    by_type = {a.value: [s for s in statements if s.archetype == a.value] for a in Archetype}
    counts = {len(v) for v in by_type.values()}
    if len(counts) != 1 or 0 in counts:
        raise RuleSetError(f"archetypes: every archetype needs the same number of statements, got {by_type}")
    unknown = [s.id for s in statements if s.archetype not in by_type]
    if unknown:
        raise RuleSetError(f"archetypes: statements with an unknown archetype: {unknown}")
    ids = [s.id for s in statements]
    if len(set(ids)) != len(ids):
        raise RuleSetError(f"archetypes: statement ids repeat: {ids}")
    return tuple(s for group in zip(*by_type.values(), strict=True) for s in group)


#: the statements in the order they are asked
QUIZ: tuple[Statement, ...] = _quiz_order(STATEMENTS)
#: the highest score one archetype can get (the number of statements per archetype)
MAX_POINTS: int = len(QUIZ) // len(Archetype)

Points = StrEnum("Points", {f"P{n}": str(n) for n in range(MAX_POINTS + 1)})  # type: ignore[misc]  # functional
Points.__doc__ = "One archetype's score, as a string value: ``'0'`` … ``str(MAX_POINTS)``."
Points.__module__ = __name__
_POINT_LABELS = {p.value: f"archetypes.points.{p.value}" for p in Points}


def _eq(a: Archetype, n: int) -> Eq:
    return Eq(field=a.value, value=str(n))


def _one_of(a: Archetype, ns: range) -> Eq | AnyOf:
    """*a* scores one of *ns* (a single :class:`Eq` when there is only one)."""
    terms = tuple(_eq(a, n) for n in ns)
    return terms[0] if len(terms) == 1 else AnyOf(of=terms)


def _either(terms: list[AllOf]) -> AllOf | AnyOf:
    return terms[0] if len(terms) == 1 else AnyOf(of=tuple(terms))


def _blue_bird_wins() -> AllOf | AnyOf:
    # some s ≥ 1: blue_bird == s and every imperfect archetype < s
    return _either(
        [
            AllOf(of=(_eq(Archetype.BLUE_BIRD, s), *(_one_of(o, range(s)) for o in IMPERFECT)))
            for s in range(1, MAX_POINTS + 1)
        ]
    )


def _imperfect_wins(a: Archetype) -> AllOf | AnyOf:
    # some s ≥ 1: a == s, every other imperfect archetype < s, blue_bird ≤ s
    return _either(
        [
            AllOf(
                of=(
                    _eq(a, s),
                    *(_one_of(o, range(s)) for o in IMPERFECT if o is not a),
                    _one_of(Archetype.BLUE_BIRD, range(s + 1)),
                )
            )
            for s in range(1, MAX_POINTS + 1)
        ]
    )


def _tie() -> AllOf | AnyOf:
    # some s ≥ 1: at least two imperfect archetypes == s, every imperfect archetype ≤ s, blue_bird ≤ s
    return _either(
        [
            AllOf(
                of=(
                    AtLeast(n=2, fields=tuple(o.value for o in IMPERFECT), value=str(s)),
                    *(_one_of(o, range(s + 1)) for o in IMPERFECT),
                    _one_of(Archetype.BLUE_BIRD, range(s + 1)),
                )
            )
            for s in range(1, MAX_POINTS + 1)
        ]
    )


ARCHETYPES = RuleSet(
    name="archetypes",
    title="archetypes.title",
    inputs=tuple(
        Input(name=a.value, type=Points, label=f"archetypes.archetype_short.{a.value}", values=_POINT_LABELS)
        for a in Archetype
    ),
    outcome=ArchetypeOutcome,
    rules=(
        Rule(
            id="none",
            when=AllOf(of=tuple(_eq(a, 0) for a in Archetype)),
            then=ArchetypeOutcome.NONE.value,
            why="archetypes.rule_why.none",
        ),
        Rule(
            id="blue_bird",
            when=_blue_bird_wins(),
            then=ArchetypeOutcome.BLUE_BIRD.value,
            why="archetypes.rule_why.blue_bird",
        ),
        *(
            Rule(
                id=a.value,
                when=_imperfect_wins(a),
                then=ArchetypeOutcome(a.value).value,
                why=f"archetypes.rule_why.{a.value}",
            )
            for a in IMPERFECT
        ),
        Rule(id="tie", when=_tie(), then=ArchetypeOutcome.TIE.value, why="archetypes.rule_why.tie"),
    ),
)
