"""The DANETOR check (алгоритм ДАНЕТОР) as a rule set.

Source: «Отчаянные аккаунт-менеджеры», section «Алгоритм ДАНЕТОР» (shared/sources/003_…txt). Three questions;
"if you answer «no» to at least two of them, it is better to refuse the client". The book allows only yes or no.
We add "don't know": the verdict is then *undecided* when the unknown answers could still swing it.
"""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, ConfigDict

from ..text import Text
from .model import AtLeast, Input, Otherwise, Rule, RuleSet

__all__ = ["ANSWER_LABELS", "DANETOR", "QUESTIONS", "VERDICT_LABELS", "Answer", "Question", "Verdict"]


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


class Question(BaseModel):
    """One of the three DANETOR questions: its id, the question, a short label and help for a newcomer."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str
    text: Text
    short: Text
    help: Text


QUESTIONS: tuple[Question, ...] = (
    Question(
        id="client",
        text=Text(
            ru="Принесет ли выполнение просьбы клиента пользу ему самому?",
            en="Will doing what the client asks actually benefit the client?",
        ),
        short=Text(ru="польза клиенту", en="good for the client"),
        help=Text(
            ru="Подумайте, что клиент получит на самом деле, а не только чего он просит. Клиент тоже может "
            "ошибаться — не бойтесь с ним не согласиться. Например, работа, сделанная наспех и дешево, "
            "неминуемо скажется на качестве результата.",
            en="Think about what the client will really get, not just what they ask for. Clients can be "
            "wrong too, so don't be afraid to disagree. Work done in a rush or on the cheap, for example, "
            "always shows in the quality of the result.",
        ),
    ),
    Question(
        id="company",
        text=Text(
            ru="Принесет ли выполнение просьбы клиента пользу вашей компании?",
            en="Will doing what the client asks benefit your company?",
        ),
        short=Text(ru="польза компании", en="good for the company"),
        help=Text(
            ru="Задача аккаунт-менеджера — соблюдать баланс между интересами заказчика и своей компании. "
            "Взвесьте деньги, загрузку команды, сроки других проектов, репутацию и будущие заказы.",
            en="An account manager's job is to keep the balance between the client's interests and the "
            "company's. Weigh the money, the team's workload, other projects' deadlines, reputation and "
            "future work.",
        ),
    ),
    Question(
        id="eba",
        text=Text(
            ru="Приведет ли выполнение просьбы клиента к росту вашего «эмоционального банковского счета» "
            "(ЭБС) и покроет ли этот рост ваши издержки, связанные с просьбой?",
            en="Will doing it grow your “emotional bank account” with this client, and will that growth "
            "cover what the request costs you?",
        ),
        short=Text(ru="рост ЭБС покроет издержки", en="trust gained covers the cost"),
        help=Text(
            ru="Эмоциональный банковский счет (ЭБС) — понятие Стивена Кови: уровень доверия заказчика к "
            "исполнителю, ценность подрядчика в его глазах. Когда вы оправдываете, а тем более превосходите "
            "ожидания клиента, ЭБС растет; когда разочаровываете — может даже «уйти в минус». Отвечайте "
            "«да», только если прибавка доверия окупит то, во что вам обойдется просьба.",
            en="The emotional bank account is Stephen Covey's term for how much the client trusts you: your "
            "value in their eyes. Meeting, and even more exceeding, their expectations makes deposits; "
            "disappointing them makes withdrawals, and the account can even go into the red. Answer “yes” "
            "only if the trust you gain will pay for what the request costs you.",
        ),
    ),
)

ANSWER_LABELS: dict[str, Text] = {
    Answer.YES: Text(ru="да", en="yes"),
    Answer.NO: Text(ru="нет", en="no"),
    Answer.UNKNOWN: Text(ru="не знаю", en="don't know"),
}

VERDICT_LABELS: dict[str, Text] = {
    Verdict.ACCEPT: Text(ru="согласиться", en="accept"),
    Verdict.REFUSE: Text(ru="отказать", en="refuse"),
    Verdict.UNDECIDED: Text(ru="пока не решено", en="undecided"),
}

_IDS = tuple(q.id for q in QUESTIONS)

DANETOR = RuleSet(
    name="danetor",
    title=Text(ru="Алгоритм ДАНЕТОР", en="The DANETOR check"),
    inputs=tuple(Input(name=q.id, type=Answer, label=q.short, values=ANSWER_LABELS) for q in QUESTIONS),
    outcome=Verdict,
    rules=(
        Rule(
            id="refuse",
            when=AtLeast(n=2, fields=_IDS, value=Answer.NO),
            then=Verdict.REFUSE,
            why=Text(
                ru="Как минимум на два вопроса из трех ответ «нет» — по алгоритму ДАНЕТОР клиенту лучше "
                "отказать.",
                en="At least two of the three answers are “no”, so by the DANETOR check it is better to "
                "refuse.",
            ),
        ),
        Rule(
            id="accept",
            when=AtLeast(n=2, fields=_IDS, value=Answer.YES),
            then=Verdict.ACCEPT,
            why=Text(
                ru="Как минимум на два вопроса из трех ответ «да», значит, «нет» не больше одного — "
                "причины отказывать нет.",
                en="At least two of the three answers are “yes”, so there can be at most one “no”: no "
                "reason to refuse.",
            ),
        ),
        Rule(
            id="undecided",
            when=Otherwise(),
            then=Verdict.UNDECIDED,
            why=Text(
                ru="Ответов «не знаю» столько, что решение может пойти в любую сторону. Сначала выясните "
                "недостающее.",
                en="There are enough “don't know” answers for the verdict to go either way. Find out what "
                "is missing first.",
            ),
        ),
    ),
)
