"""Interviewing an account manager: the question bank of the source's method as typed data, and the verdict rule.

Source: shared/sources/000_…txt, two articles in it: the round-up «Как собеседовать аккаунт менеджера» (the three
favourite questions, the questions on the candidate's company and the specialist questions) and «Аккаунт-менеджер:
проверка на прочность» (the multitasking block, the projective questions, the two cases, the stress block, the
projection questions, the colleague case and the "newspaper" test). The archetype traits to watch for come from the
book's chapters in the same file («Подвид № 1. «Обслуга»» … «Подвид «Синяя птица», и как в неё превратиться»).

From the source: the blocks and their questions, in its order and in its words (``text``); its remarks on what
answer it accepts (``source_says``) and its instructions (``instruction``). Ours, and marked so wherever they are
shown: what each question reveals, what a good and a poor answer sound like, how to ask a question the source words
in the third person (``ask``), the estimated minutes, the priorities, the traits to watch in each block, and the
scoring rule below.

Fitting a plan into N minutes (``danetor.interview.interview_plan``): every block stays, in the source's order, with
at least its priority-1 question; questions of priority 4, then 3, then 2 are dropped, within one priority from the
end of the plan backwards, until the plan fits. Each block has exactly one priority-1 question, so the shortest plan
asks one question per block.

Scoring (``danetor.interview.score_interview``): each trait ticked in a block gives one point to its archetype. The
candidate is the blue bird when the blue birds score strictly more than each other archetype *and* all three of the
book's ingredients were seen (expertise; the wish to help or empathy; partnership or the balance of interests). The
verdict is the rule set :data:`VERDICT` over two finite inputs, compiled and verified ahead of time like the others.

Texts are under ``interview.`` in the text registry; this module holds their keys only.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, PositiveInt, model_validator

from .archetypes import Archetype
from .model import AllOf, Eq, Input, Otherwise, Rule, RuleSet

__all__ = [
    "BLOCKS",
    "INGREDIENTS",
    "TRAITS",
    "VERDICT",
    "Block",
    "BlueBirdIngredient",
    "Ingredients",
    "InterviewTrait",
    "InterviewVerdict",
    "Lead",
    "Question",
    "TraitDef",
]

_ID = r"^[a-z][a-z0-9_]*$"


class InterviewTrait(StrEnum):
    """The archetype traits an interviewer can tick, ``<archetype>.<trait>``, in the book's order of archetypes."""

    SERVANT_AGREES_TO_ALL = "servant.agrees_to_all"
    SERVANT_CLIENT_IS_MASTER = "servant.client_is_master"
    SERVANT_PUSHED_AROUND = "servant.pushed_around"
    FORMALIST_INDIFFERENT = "formalist.indifferent"
    FORMALIST_FORWARDS = "formalist.forwards"
    FORMALIST_COVERS_SELF = "formalist.covers_self"
    FORMALIST_NOT_ME = "formalist.not_me"
    KNOW_IT_ALL_SHOWS_OFF = "know_it_all.shows_off"
    KNOW_IT_ALL_LOOKS_DOWN = "know_it_all.looks_down"
    KNOW_IT_ALL_NO_EMPATHY = "know_it_all.no_empathy"
    NICE_GUY_BEFRIENDS = "nice_guy.befriends"
    NICE_GUY_CHARM_OVER_EXPERTISE = "nice_guy.charm_over_expertise"
    NICE_GUY_AVOIDS_NO = "nice_guy.avoids_no"
    BLUE_BIRD_EXPERT = "blue_bird.expert"
    BLUE_BIRD_HELPS = "blue_bird.helps"
    BLUE_BIRD_EMPATHY = "blue_bird.empathy"
    BLUE_BIRD_PARTNER = "blue_bird.partner"
    BLUE_BIRD_BALANCE = "blue_bird.balance"


class TraitDef(BaseModel):
    """One trait: its archetype, what to notice in an interview (``text``, ours) and the book's words it rests on
    (``book``, a quote)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: InterviewTrait
    archetype: Archetype
    text: str
    book: str


#: every trait, numbered 1… in this order on the card, the sheet and the command
TRAITS: tuple[TraitDef, ...] = tuple(
    TraitDef(
        id=t,
        archetype=Archetype(t.value.split(".")[0]),
        text=f"interview.trait.{t.value}",
        book=f"interview.trait.{t.value}.book",
    )
    for t in InterviewTrait
)


class BlueBirdIngredient(StrEnum):
    """The three ingredients of the blue bird in the book's chapter «Подвид «Синяя птица»…»."""

    EXPERT = "expert"
    MOTIVATION = "motivation"
    PARTNERSHIP = "partnership"


#: which traits show each ingredient (any one of them is enough)
INGREDIENTS: dict[BlueBirdIngredient, tuple[InterviewTrait, ...]] = {
    BlueBirdIngredient.EXPERT: (InterviewTrait.BLUE_BIRD_EXPERT,),
    BlueBirdIngredient.MOTIVATION: (InterviewTrait.BLUE_BIRD_HELPS, InterviewTrait.BLUE_BIRD_EMPATHY),
    BlueBirdIngredient.PARTNERSHIP: (InterviewTrait.BLUE_BIRD_PARTNER, InterviewTrait.BLUE_BIRD_BALANCE),
}


class Question(BaseModel):
    """One question of a block. The text keys follow ``interview.block.<block>.<id>.<field>``; the flags say which
    of the optional texts exist."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(pattern=r"^q[0-9]+$")
    #: estimated minutes (ours)
    minutes: PositiveInt
    #: 1 = kept longest (ours); every block has exactly one priority-1 question
    priority: int = Field(ge=1, le=4)
    #: the source's remark on the answer, and what it is: the answer it accepts (good), the answer it rejects
    #: (poor), or how to read the answer (guidance)
    source_says: Literal["good", "poor", "guidance"] | None = None
    #: our wording for asking it aloud, where the source words it in the third person
    ask: bool = False
    #: the source's instruction to the interviewer
    instruction: bool = False
    #: our note on what to do after it
    after: bool = False
    #: the source's label for it («Пример кейса»)
    label: bool = False
    #: our note on adapting it to another trade
    adapt: bool = False
    #: our good / poor answer (the source gives none)
    good: bool = True
    poor: bool = True
    #: a written case (may be given as homework)
    written: bool = False


class Block(BaseModel):
    """One block of questions, in the source's order. ``title_source`` says whether its title is the source's own
    heading or ours (the source gives some blocks none)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(pattern=_ID)
    questions: tuple[Question, ...] = Field(min_length=1)
    #: the traits to watch in this block (ours)
    traits: tuple[InterviewTrait, ...] = Field(min_length=1)
    #: the citation of the article it comes from
    cite: Literal["cite.interview_roundup", "cite.demis"]
    title_source: bool = False
    #: what the block is for: the source's lead-in («…мы используем следующий блок вопросов:») or ours
    purpose: Literal["source", "ours"] | None = None
    #: our note on how the block works
    how: bool = False
    #: the source's label for the block («Пример кейса»)
    label: bool = False
    #: our good / poor answer for the block as a whole
    good: bool = False
    poor: bool = False

    @model_validator(mode="after")
    def _one_main_question(self) -> Block:
        main = [q.id for q in self.questions if q.priority == 1]
        if len(main) != 1:
            raise ValueError(f"block {self.id!r}: exactly one priority-1 question, not {main}")
        ids = [q.id for q in self.questions]
        if ids != [f"q{n}" for n in range(1, len(ids) + 1)]:
            raise ValueError(f"block {self.id!r}: questions must be q1, q2, … in order, not {ids}")
        return self

    def key(self, field: str) -> str:
        """The text key of one of the block's own texts (``title``, ``purpose``, …)."""
        return f"interview.block.{self.id}.{field}"

    def question_key(self, question: Question, field: str) -> str:
        """The text key of one of *question*'s texts (``text``, ``reveals``, ``good``, …)."""
        return f"interview.block.{self.id}.{question.id}.{field}"


_Q = Question
_T = InterviewTrait

#: the question bank, block by block in the source's order
BLOCKS: tuple[Block, ...] = (
    Block(
        id="favourites",
        cite="cite.interview_roundup",
        title_source=True,
        purpose="ours",
        traits=(_T.BLUE_BIRD_EXPERT, _T.BLUE_BIRD_HELPS, _T.SERVANT_AGREES_TO_ALL, _T.FORMALIST_INDIFFERENT),
        questions=(
            _Q(id="q1", minutes=3, priority=3, source_says="good"),
            _Q(id="q2", minutes=3, priority=1, source_says="poor", ask=True, good=False, poor=False),
            _Q(id="q3", minutes=4, priority=2, source_says="guidance", ask=True),
        ),
    ),
    Block(
        id="company",
        cite="cite.interview_roundup",
        purpose="ours",
        traits=(
            _T.FORMALIST_FORWARDS,
            _T.FORMALIST_NOT_ME,
            _T.FORMALIST_COVERS_SELF,
            _T.BLUE_BIRD_EXPERT,
            _T.KNOW_IT_ALL_SHOWS_OFF,
        ),
        questions=(
            _Q(id="q1", minutes=3, priority=3),
            _Q(id="q2", minutes=3, priority=1),
            _Q(id="q3", minutes=2, priority=4),
            _Q(id="q4", minutes=2, priority=4),
            _Q(id="q5", minutes=3, priority=2),
        ),
    ),
    Block(
        id="specialist",
        cite="cite.interview_roundup",
        title_source=True,
        purpose="ours",
        traits=(
            _T.BLUE_BIRD_EXPERT,
            _T.BLUE_BIRD_BALANCE,
            _T.BLUE_BIRD_PARTNER,
            _T.KNOW_IT_ALL_LOOKS_DOWN,
            _T.KNOW_IT_ALL_SHOWS_OFF,
            _T.SERVANT_AGREES_TO_ALL,
            _T.SERVANT_PUSHED_AROUND,
            _T.NICE_GUY_BEFRIENDS,
            _T.NICE_GUY_CHARM_OVER_EXPERTISE,
            _T.NICE_GUY_AVOIDS_NO,
            _T.FORMALIST_FORWARDS,
        ),
        questions=(
            _Q(id="q1", minutes=3, priority=3),
            _Q(id="q2", minutes=5, priority=2),
            _Q(id="q3", minutes=4, priority=2),
            _Q(id="q4", minutes=5, priority=1),
            _Q(id="q5", minutes=4, priority=2),
        ),
    ),
    Block(
        id="multitasking",
        cite="cite.demis",
        purpose="source",
        traits=(
            _T.BLUE_BIRD_EXPERT,
            _T.FORMALIST_INDIFFERENT,
            _T.FORMALIST_COVERS_SELF,
            _T.SERVANT_CLIENT_IS_MASTER,
        ),
        questions=(
            _Q(id="q1", minutes=1, priority=3),
            _Q(id="q2", minutes=1, priority=3),
            _Q(id="q3", minutes=2, priority=4),
            _Q(id="q4", minutes=3, priority=3),
            _Q(id="q5", minutes=3, priority=4),
            _Q(id="q6", minutes=5, priority=1),
            _Q(id="q7", minutes=4, priority=3),
        ),
    ),
    Block(
        id="projective",
        cite="cite.demis",
        purpose="source",
        how=True,
        traits=(_T.BLUE_BIRD_PARTNER, _T.FORMALIST_INDIFFERENT, _T.KNOW_IT_ALL_LOOKS_DOWN),
        questions=(
            _Q(id="q1", minutes=3, priority=3),
            _Q(id="q2", minutes=3, priority=2),
            _Q(id="q3", minutes=3, priority=1),
        ),
    ),
    Block(
        id="cases",
        cite="cite.demis",
        traits=(
            _T.BLUE_BIRD_BALANCE,
            _T.BLUE_BIRD_HELPS,
            _T.SERVANT_AGREES_TO_ALL,
            _T.FORMALIST_NOT_ME,
            _T.FORMALIST_COVERS_SELF,
            _T.NICE_GUY_AVOIDS_NO,
        ),
        questions=(
            _Q(id="q1", minutes=8, priority=1, label=True),
            _Q(id="q2", minutes=15, priority=3, label=True, adapt=True, written=True),
        ),
    ),
    Block(
        id="stress",
        cite="cite.demis",
        purpose="source",
        good=True,
        poor=True,
        traits=(
            _T.BLUE_BIRD_BALANCE,
            _T.BLUE_BIRD_EMPATHY,
            _T.SERVANT_PUSHED_AROUND,
            _T.SERVANT_CLIENT_IS_MASTER,
            _T.KNOW_IT_ALL_LOOKS_DOWN,
            _T.KNOW_IT_ALL_NO_EMPATHY,
            _T.NICE_GUY_BEFRIENDS,
            _T.FORMALIST_NOT_ME,
        ),
        questions=(
            _Q(id="q1", minutes=4, priority=2, good=False, poor=False),
            _Q(id="q2", minutes=4, priority=3, good=False, poor=False),
            _Q(id="q3", minutes=5, priority=1, poor=False),
            _Q(id="q4", minutes=5, priority=3, poor=False),
            _Q(id="q5", minutes=4, priority=2, poor=False),
        ),
    ),
    Block(
        id="projection",
        cite="cite.demis",
        title_source=True,
        traits=(_T.BLUE_BIRD_EMPATHY, _T.KNOW_IT_ALL_NO_EMPATHY),
        questions=(
            _Q(id="q1", minutes=3, priority=1, good=False, poor=False),
            _Q(id="q2", minutes=2, priority=4, good=False, poor=False),
        ),
    ),
    Block(
        id="stress_case",
        cite="cite.demis",
        label=True,
        traits=(
            _T.BLUE_BIRD_EMPATHY,
            _T.BLUE_BIRD_HELPS,
            _T.KNOW_IT_ALL_NO_EMPATHY,
            _T.FORMALIST_INDIFFERENT,
        ),
        questions=(_Q(id="q1", minutes=4, priority=1),),
    ),
    Block(
        id="newspaper",
        cite="cite.demis",
        traits=(_T.KNOW_IT_ALL_SHOWS_OFF,),
        questions=(_Q(id="q1", minutes=3, priority=1, instruction=True, after=True),),
    ),
)


# -- the verdict ---------------------------------------------------------------------------------------------------


class Lead(StrEnum):
    """Who leads the profile: the blue birds (strictly more points than each other archetype), another archetype
    (at least as many points as the blue birds), or nobody (no trait ticked at all)."""

    BLUE_BIRD = "blue_bird"
    OTHER = "other"
    NONE = "none"


class Ingredients(StrEnum):
    """Whether all three ingredients of the blue bird were seen."""

    ALL = "all"
    MISSING = "missing"


class InterviewVerdict(StrEnum):
    """Is the candidate the blue bird, the one to hire?"""

    BLUE_BIRD = "blue_bird"
    NOT_BLUE_BIRD = "not_blue_bird"
    UNKNOWN = "unknown"


VERDICT = RuleSet(
    name="interview_verdict",
    title="interview.verdict.title",
    inputs=(
        Input(
            name="lead",
            type=Lead,
            label="interview.verdict.lead",
            values={v.value: f"interview.verdict.lead_values.{v.value}" for v in Lead},
        ),
        Input(
            name="ingredients",
            type=Ingredients,
            label="interview.verdict.ingredients",
            values={v.value: f"interview.verdict.ingredients_values.{v.value}" for v in Ingredients},
        ),
    ),
    outcome=InterviewVerdict,
    rules=(
        Rule(
            id="nothing",
            when=Eq(field="lead", value=Lead.NONE.value),
            then=InterviewVerdict.UNKNOWN.value,
            why="interview.verdict.why.nothing",
        ),
        Rule(
            id="blue_bird",
            when=AllOf(
                of=(
                    Eq(field="lead", value=Lead.BLUE_BIRD.value),
                    Eq(field="ingredients", value=Ingredients.ALL.value),
                )
            ),
            then=InterviewVerdict.BLUE_BIRD.value,
            why="interview.verdict.why.blue_bird",
        ),
        Rule(
            id="not_blue_bird",
            when=Otherwise(),
            then=InterviewVerdict.NOT_BLUE_BIRD.value,
            why="interview.verdict.why.not_blue_bird",
        ),
    ),
)
