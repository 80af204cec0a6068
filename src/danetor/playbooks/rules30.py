"""The 30 rules of a good account manager as a typed checklist (ru/en), and the printable document.

Source: shared/sources/002_…txt, «30 правил для хорошего аккаунт-менеджера». The Russian is the source's text as it
stands (its wording, including «дэдлайн», is kept); the English is our translation.

Ours, not the source's: the four groups (the source gives one numbered list) and the self-audit built on it
(:func:`danetor.rules30.audit_rules`). The document says so in an ``ours`` note.
"""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field

from ..text import Text
from .document import Checklist, Document, Heading, Note, Paragraph, Table

__all__ = ["EXPLAIN", "GROUP_TITLES", "RULES30", "ManagerRule", "RuleGroup", "document"]


class RuleGroup(StrEnum):
    """Our grouping of the 30 rules (the source has one list)."""

    CLIENT = "client"
    DEADLINES = "deadlines"
    TEAM = "team"
    STANCE = "stance"


class ManagerRule(BaseModel):
    """One of the 30 rules: its number in the source, our group, and its text."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    number: int = Field(ge=1, le=30)
    group: RuleGroup
    text: Text


GROUP_TITLES: dict[str, Text] = {
    RuleGroup.CLIENT: Text(ru="Связь с клиентом", en="Keeping in touch with the client"),
    RuleGroup.DEADLINES: Text(ru="Сроки и обещания", en="Deadlines and promises"),
    RuleGroup.TEAM: Text(ru="Работа с исполнителями", en="Working with the people who do the work"),
    RuleGroup.STANCE: Text(ru="Позиция и отношение", en="Stance and attitude"),
}

_C, _D, _T, _S = RuleGroup.CLIENT, RuleGroup.DEADLINES, RuleGroup.TEAM, RuleGroup.STANCE
_RULES: tuple[tuple[RuleGroup, str, str], ...] = (
    (_C, "Клиент никогда не должен звонить сам.", "The client should never have to be the one who calls."),
    (_C, "Митинг-реппорты отправляются после каждой встречи.", "Send a meeting report after every meeting."),
    (
        _T,
        "Прежде, чем креативная группа начнет что-то придумывать, убедитесь, что все правильно поняли задачу.",
        (
            "Before the creative team starts coming up with anything, make sure everyone has understood the task "
            "correctly."
        ),
    ),
    (
        _T,
        (
            "Прежде, чем дизайнер начнет что-то рисовать, нужно на это что-то подготовить задание в любой доступной "
            "форме."
        ),
        "Before a designer starts drawing anything, prepare a brief for it, in whatever form you can.",
    ),
    (
        _T,
        "Дизайнер не должен придумывать, что написать на макете, в момент создания макета.",
        "A designer should not have to make up the copy for a layout while making the layout.",
    ),
    (
        _C,
        "Отвечать на письма нужно в этот же день или уведомлять, что ответите позже.",
        "Answer emails the same day, or let people know you will answer later.",
    ),
    (_D, "Нельзя динамить сроки.", "Never string people along on deadlines."),
    (
        _D,
        "Если сроки сдвигаются, это нужно обсудить с клиентом как можно раньше.",
        "If deadlines slip, discuss it with the client as early as possible.",
    ),
    (
        _S,
        "Клиент прав, но не всегда, и в этом случае ему нужно объяснить почему и где именно.",
        "The client is right, but not always; when they are not, explain to them why, and where exactly.",
    ),
    (_C, "Нельзя опаздывать на встречи.", "Never be late for meetings."),
    (
        _S,
        "За идею нужно биться до конца, только в том случае, когда вы уверены в ней на 100%.",
        "Fight for an idea to the end only when you are 100% sure of it.",
    ),
    (
        _S,
        "Не нужно начинать что-то описывать, если нет идеи.",
        "Don't start describing something when there is no idea.",
    ),
    (_S, "Вы всегда должны верить в то, что продаете.", "You must always believe in what you sell."),
    (_C, "На звонки нужно отвечать всегда.", "Always answer calls."),
    (
        _S,
        "Нельзя допускать к себе неуважительное отношение клиента.",
        "Never let a client treat you with disrespect.",
    ),
    (_S, "Вы обучаете клиента, а не он вас.", "You teach the client, not the other way round."),
    (
        _D,
        "Нельзя обещать клиенту то, что вы не в силах сделать.",
        "Never promise the client what you cannot deliver.",
    ),
    (
        _S,
        "Важно помнить, что вы продаете продукт и оказываете услуги одновременно.",
        "Remember that you are selling a product and providing a service at the same time.",
    ),
    (
        _D,
        "Каждый участник проекта должен знать дэдлайн и к чему он привязан.",
        "Everyone on the project must know the deadline and what it is tied to.",
    ),
    (_S, "Вас должны рекомендовать другим.", "People should be recommending you to others."),
    (
        _T,
        "При общении с подрядчиками нужно выбирать самый быстрый и удобный вид связи.",
        "With contractors, use the fastest and most convenient way of getting in touch.",
    ),
    (
        _T,
        "Не будьте постоянно уверены в том, что все понимают, что делают, переспрашивайте.",
        "Don't always assume that everyone understands what they are doing: ask again.",
    ),
    (_C, "Поздравляйте клиентов с Днем рождения.", "Wish your clients a happy birthday."),
    (
        _T,
        "Держите в голове полную картину проекта и вникайте в мелочи.",
        "Keep the whole picture of the project in your head, and go into the details.",
    ),
    (_S, "Не держите людей за дураков.", "Don't take people for fools."),
    (
        _C,
        "Перед началом работ всегда встречайтесь с клиентом лично.",
        "Always meet the client in person before the work starts.",
    ),
    (
        _C,
        "Узнайте как можно больше о человеке, который будет принимать работу агентства.",
        "Find out as much as you can about the person who will sign off the agency's work.",
    ),
    (_D, "Всегда имейте запасной вариант.", "Always have a backup option."),
    (
        _T,
        "Никогда не форвардите креативной группе письма клиентов, обрабатывайте и обсуждайте каждый комментарий.",
        "Never forward clients' emails to the creative team as they are: work through and discuss every comment.",
    ),
    (
        _S,
        "Не бывает плохих комментариев, либо вы что-то не поняли, либо клиент неправильно выразил свои мысли.",
        (
            "There are no bad comments: either you have misunderstood something, or the client has not put their "
            "thoughts well."
        ),
    ),
)

#: the 30 rules, in the source's order
RULES30: tuple[ManagerRule, ...] = tuple(
    ManagerRule(number=n, group=g, text=Text(ru=ru, en=en)) for n, (g, ru, en) in enumerate(_RULES, 1)
)
del _C, _D, _T, _S, _RULES

#: fixed templates for :meth:`danetor.rules30.RulesAudit.explain` (only our own values go in)
EXPLAIN: dict[str, Text] = {
    "score": Text(
        ru="Вы соблюдаете {kept} из {total} правил ({percent}%).",
        en="You keep {kept} of the {total} rules ({percent}%).",
    ),
    "group": Text(ru="{title}: {kept} из {total}.", en="{title}: {kept} of {total}."),
    "broken": Text(ru="  нарушаете: {rule}", en="  you break: {rule}"),
    "rule": Text(ru="№{number}. {text}", en="No. {number}. {text}"),
    "all_kept": Text(ru="Все правила соблюдаются.", en="You keep every rule."),
    "weakest": Text(ru="Больше всего работы: {groups}.", en="Most to work on: {groups}."),
}

_INTRO = Text(
    ru="Отметьте правила, которые вы соблюдаете. Неотмеченные — ваше поле для работы.",
    en="Tick the rules you keep. The ones left unticked are what to work on.",
)
_OURS_NOTE = Text(
    ru="В источнике правила идут одним нумерованным списком. Деление на четыре группы и самопроверка со счетом — "
    "наши; номера правил — из источника.",
    en="The source gives the rules as one numbered list. The four groups and the scored self-audit are ours; the "
    "rule numbers are the source's.",
)
_TRANSLATION_NOTE = Text(
    ru="Формулировки правил — дословно из источника.",
    en="The rules are our translation of the Russian source.",
)
_GROUPS_HEAD = (Text(ru="Группа", en="Group"), Text(ru="Правила", en="Rules"))
_TITLE = Text(ru="30 правил хорошего аккаунт-менеджера", en="The 30 rules of a good account manager")
_SOURCE = Text(
    ru="«30 правил для хорошего аккаунт-менеджера» (источник 002)",
    en="“30 rules for a good account manager” (source 002)",
)


def _item(rule: ManagerRule) -> Text:
    return Text(ru=f"{rule.number}. {rule.text.ru}", en=f"{rule.number}. {rule.text.en}")


def document() -> Document:
    """The 30 rules as a printable checklist, grouped, generated from :data:`RULES30`."""
    blocks: list = [Paragraph(text=_INTRO)]
    for group in RuleGroup:
        blocks.append(Heading(text=GROUP_TITLES[group]))
        blocks.append(Checklist(items=tuple(_item(r) for r in RULES30 if r.group is group)))
    numbers = {g: ", ".join(str(r.number) for r in RULES30 if r.group is g) for g in RuleGroup}
    blocks.append(
        Table(
            header=_GROUPS_HEAD,
            rows=tuple((GROUP_TITLES[g], Text(ru=numbers[g], en=numbers[g])) for g in RuleGroup),
        )
    )
    blocks.append(Note(text=_TRANSLATION_NOTE, style="info"))
    blocks.append(Note(text=_OURS_NOTE, style="ours"))
    return Document(id="rules30", title=_TITLE, source=_SOURCE, blocks=tuple(blocks))
