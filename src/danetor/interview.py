"""Interviewing an account manager: :func:`interview_plan` → :class:`InterviewPlan`, and :func:`score_interview` →
:class:`InterviewScore`.

The question bank, the minutes and priorities, the traits and the verdict rule are data in
:mod:`danetor.rules.interview`; the texts are the registry's ``interview.*``. The plan is built in the language asked
for (its texts are strings, as :func:`danetor.failure_plan`'s are); the score holds ids only and explains itself in
any language (as :class:`~danetor.kam.KamAdvice` does). What is the project's own rather than the source's is said
in both: the plan lists its own fields in :attr:`InterviewPlan.ours`, and both explanations mark them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, PlainSerializer

from ._result import Readable
from .errors import InvalidInput
from .rules.archetypes import Archetype
from .rules.interview import (
    BLOCKS,
    INGREDIENTS,
    TRAITS,
    VERDICT,
    Block,
    BlueBirdIngredient,
    Ingredients,
    InterviewTrait,
    InterviewVerdict,
    Lead,
)
from .text import Lang, Text, as_lang

if TYPE_CHECKING:
    from .tables import Row

__all__ = [
    "BLOCK_IDS",
    "OURS",
    "TRAIT_NUMBERS",
    "InterviewPlan",
    "InterviewScore",
    "PlannedBlock",
    "PlannedQuestion",
    "interview_plan",
    "minimum_minutes",
    "score_interview",
]

#: the block ids, in the source's order
BLOCK_IDS: tuple[str, ...] = tuple(b.id for b in BLOCKS)
_BLOCKS: dict[str, Block] = {b.id: b for b in BLOCKS}
#: trait → its number on the card, the sheet and the command (1…)
TRAIT_NUMBERS: Mapping[InterviewTrait, int] = MappingProxyType({t.id: n for n, t in enumerate(TRAITS, 1)})
_ARCHETYPE_OF: dict[InterviewTrait, Archetype] = {t.id: t.archetype for t in TRAITS}

#: the fields of a planned question that are the project's own, not the source's
OURS: tuple[str, ...] = ("ask", "reveals", "good", "poor", "after", "adapt", "minutes", "priority")


# -- texts (by key) ------------------------------------------------------------------------------------------

LABELS: dict[str, Text] = {
    name: Text.of(f"interview.label.{name}")
    for name in (
        "reveals",
        "good",
        "poor",
        "source_says",
        "ask",
        "instruction",
        "after",
        "adapt",
        "minutes",
        "priority",
        "notes",
        "traits",
        "question",
        "number",
    )
}
#: the mark of the project's own texts
OWN = Text.of("cite.ours")
VERDICT_LABELS: dict[str, Text] = {
    v.value: Text.of(f"interview.verdict.labels.{v.value}") for v in InterviewVerdict
}
INGREDIENT_LABELS: dict[str, Text] = {
    i.value: Text.of(f"interview.score.ingredient.{i.value}") for i in BlueBirdIngredient
}
ARCHETYPE_SHORT: dict[str, Text] = {
    a.value: Text.of(f"archetypes.archetype_short.{a.value}") for a in Archetype
}
#: the book's word on each archetype as a hire (our reading of it), for the archetypes that lead a profile
HIRE: dict[str, Text] = {a.value: Text.of(f"interview.score.hire.{a.value}") for a in Archetype}
HIRE_NOTE = Text.of("interview.score.hire.note")
EXPLAIN: dict[str, Text] = {
    name: Text.of(f"interview.explain.{name}")
    for name in (
        "plan",
        "limit",
        "dropped",
        "block",
        "question",
        "traits",
        "trait",
        "all_traits",
        "verdict",
        "scores",
        "score",
        "ingredients",
        "ingredient",
        "seen",
        "seen_none",
        "why",
        "hire",
        "yes",
        "no",
    )
}


def _trait_label(trait: InterviewTrait, lang: Lang) -> str:
    return EXPLAIN["trait"](lang).format(
        n=TRAIT_NUMBERS[trait],
        trait=Text.of(f"interview.trait.{trait.value}")(lang),
        archetype=ARCHETYPE_SHORT[_ARCHETYPE_OF[trait]](lang),
    )


# -- the plan ------------------------------------------------------------------------------------------------


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class PlannedQuestion(_Frozen):
    """One question of the plan, its texts in the plan's language. ``text``, ``source_says`` and ``instruction`` are
    the source's; the fields named in :data:`OURS` are the project's own."""

    #: ``<block>.<question>``, e.g. ``"favourites.q2"``
    id: str
    #: its place in the block, in the source's order (1…)
    number: int
    #: the source's label for it («Пример кейса»), if any
    label: str | None
    text: str
    ask: str | None
    instruction: str | None
    source_says: str | None
    #: what the source's remark is: the answer it accepts, the one it rejects, or how to read the answer
    source_says_is: Literal["good", "poor", "guidance"] | None
    reveals: str
    good: str | None
    poor: str | None
    after: str | None
    adapt: str | None
    minutes: int
    priority: int
    #: a written case (may be given as homework)
    written: bool


class PlannedBlock(_Frozen):
    """One block of the plan: all of it that fits, in the source's order."""

    id: str
    #: its place in the whole question bank, in the source's order (1…)
    number: int
    title: str
    #: whether the title is the source's own heading (else ours)
    title_source: bool
    label: str | None
    #: the source's lead-in to the block, or our note on what it is for
    purpose: str | None
    purpose_source: bool
    how: str | None
    good: str | None
    poor: str | None
    questions: tuple[PlannedQuestion, ...]
    #: the ids of its questions dropped to fit the minutes
    dropped: tuple[str, ...]
    #: the traits to watch in this block (ours)
    traits: tuple[InterviewTrait, ...]
    minutes: int


class InterviewPlan(Readable, _Frozen):
    """The result of :func:`interview_plan`: frozen, JSON-serialisable, and able to explain itself."""

    lang: Lang
    #: the minutes asked for, or ``None`` for the whole bank
    limit: int | None
    blocks: tuple[PlannedBlock, ...]
    #: the minutes of the questions kept (our estimate)
    minutes: int
    #: the minutes of every question of the chosen blocks
    full_minutes: int
    #: the questions dropped to fit, in the order they were dropped
    dropped: tuple[str, ...]
    #: the fields of a question that are the project's own
    ours: tuple[str, ...] = OURS

    @property
    def questions(self) -> tuple[PlannedQuestion, ...]:
        return tuple(q for b in self.blocks for q in b.questions)

    def in_language(self, lang: Lang | str) -> InterviewPlan:
        """The same plan (the same blocks, fitted into the same minutes), worded in *lang*."""
        return interview_plan([b.id for b in self.blocks], self.limit, lang=lang)

    def explain(self, lang: Lang | str | None = None) -> str:
        """The plan as text: block by block, each question with what it reveals and the answers to listen for,
        everything that is ours marked so. In the plan's language, or in *lang* (the same plan re-worded)."""
        lang = self.lang if lang is None else as_lang(lang)
        if lang is not self.lang:
            return self.in_language(lang).explain()
        own = OWN(lang)
        lines = [
            EXPLAIN["plan"](lang).format(
                blocks=len(self.blocks), questions=len(self.questions), minutes=self.minutes, own=own
            )
        ]
        if self.limit is not None:
            lines.append(EXPLAIN["limit"](lang).format(limit=self.limit, full=self.full_minutes))
            if self.dropped:
                lines.append(EXPLAIN["dropped"](lang).format(dropped=", ".join(self.dropped)))
        for block in self.blocks:
            lines.append("")
            lines.append(
                EXPLAIN["block"](lang).format(number=block.number, title=block.title, minutes=block.minutes)
            )
            if block.purpose:
                lines.append(block.purpose if block.purpose_source else f"{block.purpose} ({own})")
            if block.how:
                lines.append(f"{block.how} ({own})")
            for q in block.questions:
                head = f"{q.label}: {q.text}" if q.label else q.text
                lines.append(
                    EXPLAIN["question"](lang).format(
                        number=q.number, text=head, minutes=q.minutes, priority=q.priority, own=own
                    )
                )
                fields: list[tuple[str, str | None, bool]] = [
                    ("instruction", q.instruction, False),
                    ("ask", q.ask, True),
                    ("reveals", q.reveals, True),
                ]
                if q.source_says:
                    fields.append(("source_says", q.source_says, False))
                fields += [("good", q.good, True), ("poor", q.poor, True), ("after", q.after, True)]
                fields.append(("adapt", q.adapt, True))
                for name, value, ours in fields:
                    if not value:
                        continue
                    lines.append(f"   {LABELS[name](lang)}" + (f" ({own})" if ours else "") + f": {value}")
            for name in ("good", "poor"):
                value = getattr(block, name)
                if value:
                    lines.append(f"{LABELS[name](lang)} ({own}): {value}")
            lines.append(
                EXPLAIN["traits"](lang).format(
                    own=own, traits=", ".join(str(TRAIT_NUMBERS[t]) for t in block.traits)
                )
            )
        watched = {t for b in self.blocks for t in b.traits}
        lines += ["", EXPLAIN["all_traits"](lang).format(own=own)]
        lines += ["  " + _trait_label(t.id, lang) for t in TRAITS if t.id in watched]
        return "\n".join(lines)


#: the words of this module's errors (texts, so that an error is worded in the user's language)
_ERRORS: dict[str, Text] = {
    name: Text.of(f"interview.error.{name}")
    for name in (
        "every_block",
        "block_list",
        "unknown_block",
        "no_block",
        "whole_minutes",
        "at_least",
        "too_few_minutes",
        "seen_mapping",
        "trait_list",
        "trait_number",
        "unknown_trait",
    )
}


def _block_id(value: Any) -> str | None:
    return value.strip().lower().replace("-", "_") if isinstance(value, str) else None


def _as_blocks(blocks: Any) -> tuple[Block, ...]:
    if blocks is None:
        return BLOCKS
    if isinstance(blocks, str) or not isinstance(blocks, Iterable):
        raise InvalidInput(
            "blocks",
            blocks,
            ("None", _ERRORS["block_list"].format(ids=", ".join(BLOCK_IDS))),
            _ERRORS["every_block"],
        )
    given = list(blocks)
    for b in given:
        if _block_id(b) not in _BLOCKS:
            raise InvalidInput("blocks", b, BLOCK_IDS, _ERRORS["unknown_block"])
    if not given:
        raise InvalidInput("blocks", given, BLOCK_IDS, _ERRORS["no_block"])
    wanted = {_block_id(b) for b in given}
    return tuple(b for b in BLOCKS if b.id in wanted)


def minimum_minutes(blocks: Iterable[str] | None = None) -> int:
    """The fewest minutes a plan of *blocks* (``None``: every block) can take: each block's priority-1 question."""
    return sum(q.minutes for b in _as_blocks(blocks) for q in b.questions if q.priority == 1)


def _fit(chosen: tuple[Block, ...], limit: int | None) -> list[tuple[Block, Any]]:
    """The (block, question) pairs dropped to fit *limit* minutes, in the order they are dropped."""
    kept = [(b, q) for b in chosen for q in b.questions]
    total = sum(q.minutes for _, q in kept)
    dropped: list[tuple[Block, Any]] = []
    if limit is None:
        return dropped
    for priority in (4, 3, 2):
        for pair in reversed([p for p in kept if p[1].priority == priority]):
            if total <= limit:
                return dropped
            kept.remove(pair)
            dropped.append(pair)
            total -= pair[1].minutes
    return dropped


def _opt(key: str, on: bool, lang: Lang) -> str | None:
    return Text.of(key)(lang) if on else None


def interview_plan(
    blocks: Iterable[str] | None = None, minutes: Any = None, *, lang: Lang | str = Lang.RU
) -> InterviewPlan:
    """An interview plan from the source's method: *blocks* (ids from :data:`BLOCK_IDS`, any case, ``-`` for
    ``_``; ``None`` for every block) in the source's order, fitted into *minutes* if given.

    Every block chosen stays whole in the sense that it keeps its main (priority-1) question; questions of priority
    4, then 3, then 2 are dropped, within one priority from the end of the plan backwards, until the plan fits. The
    minutes and priorities are the project's estimates. *minutes* must be a positive whole number of at least
    :func:`minimum_minutes` for those blocks; anything else raises :class:`~danetor.errors.InvalidInput` saying so.

    >>> plan = interview_plan(["stress", "cases"], 20, lang="en")
    >>> [b.id for b in plan.blocks], plan.minutes <= 20
    (['cases', 'stress'], True)
    """
    lang = as_lang(lang)
    chosen = _as_blocks(blocks)
    if minutes is not None:
        floor = minimum_minutes(b.id for b in chosen)
        if isinstance(minutes, bool) or not isinstance(minutes, int) or minutes <= 0:
            raise InvalidInput("minutes", minutes, ("None", _ERRORS["whole_minutes"]))
        if minutes < floor:
            raise InvalidInput(
                "minutes",
                minutes,
                (_ERRORS["at_least"].format(n=floor),),
                _ERRORS["too_few_minutes"].format(n=floor),
            )
    dropped = _fit(chosen, minutes)
    gone = {(b.id, q.id) for b, q in dropped}
    out = []
    for block in chosen:
        questions = tuple(
            PlannedQuestion(
                id=f"{block.id}.{q.id}",
                number=n,
                label=_opt(block.question_key(q, "label"), q.label, lang),
                text=Text.of(block.question_key(q, "text"))(lang),
                ask=_opt(block.question_key(q, "ask"), q.ask, lang),
                instruction=_opt(block.question_key(q, "instruction"), q.instruction, lang),
                source_says=_opt(block.question_key(q, "source_says"), q.source_says is not None, lang),
                source_says_is=q.source_says,
                reveals=Text.of(block.question_key(q, "reveals"))(lang),
                good=_opt(block.question_key(q, "good"), q.good, lang),
                poor=_opt(block.question_key(q, "poor"), q.poor, lang),
                after=_opt(block.question_key(q, "after"), q.after, lang),
                adapt=_opt(block.question_key(q, "adapt"), q.adapt, lang),
                minutes=q.minutes,
                priority=q.priority,
                written=q.written,
            )
            for n, q in enumerate(block.questions, 1)
            if (block.id, q.id) not in gone
        )
        out.append(
            PlannedBlock(
                id=block.id,
                number=BLOCK_IDS.index(block.id) + 1,
                title=Text.of(block.key("title"))(lang),
                title_source=block.title_source,
                label=_opt(block.key("label"), block.label, lang),
                purpose=_opt(block.key("purpose"), block.purpose is not None, lang),
                purpose_source=block.purpose == "source",
                how=_opt(block.key("how"), block.how, lang),
                good=_opt(block.key("good"), block.good, lang),
                poor=_opt(block.key("poor"), block.poor, lang),
                questions=questions,
                dropped=tuple(f"{block.id}.{q.id}" for b, q in dropped if b.id == block.id),
                traits=block.traits,
                minutes=sum(q.minutes for q in questions),
            )
        )
    return InterviewPlan(
        lang=lang,
        limit=minutes,
        blocks=tuple(out),
        minutes=sum(b.minutes for b in out),
        full_minutes=sum(q.minutes for b in chosen for q in b.questions),
        dropped=tuple(f"{b.id}.{q.id}" for b, q in dropped),
    )


# -- the score -----------------------------------------------------------------------------------------------

_Points = Annotated[
    Mapping[Archetype, int],
    AfterValidator(lambda m: MappingProxyType(dict(m))),
    PlainSerializer(dict, return_type=dict[Archetype, int]),
]
_Seen = Annotated[
    Mapping[str, tuple[InterviewTrait, ...]],
    AfterValidator(lambda m: MappingProxyType(dict(m))),
    PlainSerializer(dict, return_type=dict[str, tuple[InterviewTrait, ...]]),
]
_Flags = Annotated[
    Mapping[BlueBirdIngredient, bool],
    AfterValidator(lambda m: MappingProxyType(dict(m))),
    PlainSerializer(dict, return_type=dict[BlueBirdIngredient, bool]),
]


class InterviewScore(Readable, _Frozen):
    """The result of :func:`score_interview`: frozen, JSON-serialisable, and able to explain itself."""

    #: block id → the traits ticked in it (blocks in the source's order, traits in :data:`TRAITS` order)
    seen: _Seen
    #: archetype → points, for all five archetypes in the book's order (read-only)
    scores: _Points
    #: the archetype(s) with the most points; empty when nothing was ticked
    leaders: tuple[Archetype, ...]
    #: which of the blue bird's three ingredients were seen
    ingredients: _Flags
    verdict: InterviewVerdict
    #: whether the candidate is the blue bird, the one to hire
    blue_bird: bool
    #: id of the rule of :data:`danetor.rules.interview.VERDICT` that decided
    rule: str

    def explain(self, lang: Lang | str = Lang.RU) -> str:
        """The verdict, the profile, the ingredients, why, and the book's word on each leading archetype."""
        lang = as_lang(lang)
        yes, no = EXPLAIN["yes"](lang), EXPLAIN["no"](lang)
        lines = [
            EXPLAIN["verdict"](lang).format(verdict=VERDICT_LABELS[self.verdict](lang)),
            EXPLAIN["scores"](lang).format(
                scores="; ".join(
                    EXPLAIN["score"](lang).format(name=ARCHETYPE_SHORT[a](lang), points=p)
                    for a, p in self.scores.items()
                )
            ),
            EXPLAIN["ingredients"](lang).format(
                ingredients="; ".join(
                    EXPLAIN["ingredient"](lang).format(
                        name=INGREDIENT_LABELS[i](lang), seen=yes if on else no
                    )
                    for i, on in self.ingredients.items()
                )
            ),
            EXPLAIN["why"](lang).format(why=Text.of(VERDICT.rule(self.rule).why)(lang)),
        ]
        for block, traits in self.seen.items():
            title = Text.of(_BLOCKS[block].key("title"))(lang)
            lines.append(EXPLAIN["seen"](lang).format(block=title))
            lines += ["  " + _trait_label(t, lang) for t in traits]
        if not self.seen:
            lines.append(EXPLAIN["seen_none"](lang))
        for a in self.leaders:
            if a is Archetype.BLUE_BIRD and not self.blue_bird:
                continue  # ahead on points, but an ingredient is missing: the ingredients line says which
            lines.append(EXPLAIN["hire"](lang).format(name=ARCHETYPE_SHORT[a](lang), hint=HIRE[a](lang)))
        if self.leaders:
            lines.append(HIRE_NOTE(lang))
        return "\n".join(lines)


def _lookup(lead: Lead, ingredients: Ingredients) -> Row:
    from .shipped import builtin_table  # read once per process, by name

    return builtin_table("interview_verdict").lookup(  # VERDICT.name
        lead.value, ingredients.value
    )


def _as_trait(value: Any, argument: str) -> InterviewTrait:
    """A trait: a member, its id (``blue_bird.expert``, any case, ``-`` for ``_``) or its number (1…)."""
    if isinstance(value, InterviewTrait):
        return value
    if isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= len(TRAITS):
        return TRAITS[value - 1].id
    if isinstance(value, str):
        key = value.strip().lower().replace("-", "_")
        if key.isdigit() and 1 <= int(key) <= len(TRAITS):
            return TRAITS[int(key) - 1].id
        try:
            return InterviewTrait(key)
        except ValueError:
            pass
    raise InvalidInput(
        argument,
        value,
        (_ERRORS["trait_number"].format(n=len(TRAITS)), *(t.value for t in InterviewTrait)),
        _ERRORS["unknown_trait"],
    )


def score_interview(seen: Mapping[str, Iterable[Any]]) -> InterviewScore:
    """The candidate's archetype profile from the traits ticked in each block, and whether it is the blue bird.

    *seen* maps a block id (from :data:`BLOCK_IDS`, any case, ``-`` for ``_``) to the traits the candidate showed in
    it: :class:`~danetor.rules.interview.InterviewTrait` members, their ids (``"blue_bird.expert"``) or their numbers (1…,
    :data:`TRAIT_NUMBERS`). Any trait may be ticked in any block; each block lists the ones worth watching. A block
    left out, or given no traits, counts nothing. An unknown block or trait raises
    :class:`~danetor.errors.InvalidInput` naming it and the allowed values.

    >>> score_interview({"specialist": ["blue_bird.expert", "blue_bird.partner"], "stress": [16]}).blue_bird
    True
    """
    if not isinstance(seen, Mapping):
        raise InvalidInput("seen", seen, (_ERRORS["seen_mapping"],))
    ticks: dict[str, set[InterviewTrait]] = {}
    for block, traits in seen.items():
        key = _block_id(block)
        if key not in _BLOCKS:
            raise InvalidInput("seen", block, BLOCK_IDS, _ERRORS["unknown_block"])
        if isinstance(traits, (str, bytes)) or not isinstance(traits, Iterable):
            raise InvalidInput(f"seen[{block!r}]", traits, (_ERRORS["trait_list"],))
        ticks.setdefault(key, set()).update(_as_trait(t, f"seen[{block!r}]") for t in traits)
    order = {t.id: n for n, t in enumerate(TRAITS)}
    ordered = {b: tuple(sorted(ticks[b], key=order.__getitem__)) for b in BLOCK_IDS if ticks.get(b)}
    scores = {a: 0 for a in Archetype}
    for traits in ordered.values():
        for t in traits:
            scores[_ARCHETYPE_OF[t]] += 1
    shown = {t for traits in ordered.values() for t in traits}
    have = {i: any(t in shown for t in ts) for i, ts in INGREDIENTS.items()}
    top = max(scores.values())
    leaders = tuple(a for a in Archetype if top and scores[a] == top)
    others = max(p for a, p in scores.items() if a is not Archetype.BLUE_BIRD)
    if not top:
        lead = Lead.NONE
    elif scores[Archetype.BLUE_BIRD] > others:
        lead = Lead.BLUE_BIRD
    else:
        lead = Lead.OTHER
    row = _lookup(lead, Ingredients.ALL if all(have.values()) else Ingredients.MISSING)
    verdict = InterviewVerdict(row.outcome)
    return InterviewScore(
        seen=ordered,
        scores=scores,
        leaders=leaders,
        ingredients=have,
        verdict=verdict,
        blue_bird=verdict is InterviewVerdict.BLUE_BIRD,
        rule=row.rule,
    )
