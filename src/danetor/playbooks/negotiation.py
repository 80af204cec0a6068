"""Negotiation habits: the meeting discipline (reused from the channels playbook) plus the book's other habits.

Source: «Отчаянные аккаунт-менеджеры» (shared/sources/003_…txt), section «Эффективные коммуникации». The
habits the issue names — no catastrophe if the talks fail, «мы с вами» / «мы вместе», sitting at a right angle —
are already items of the channels playbook's meeting checklist
(:data:`danetor.playbooks.channels.CHECKLISTS` ``["meeting"]``, with rules 2 and 10 of the 30 rules): the
document here shows *that* checklist, it does not retype it. :data:`HABITS` adds what the book says around it:
the client's personal interests and «вы» not «ты» («Эффективные коммуникации»), the manner of
«Идеальный клиент-менеджер», the firmness of «“Мягкая сила”». Every habit names its section.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from ..text import Text, book_source
from .document import Checklist, Document, Heading, Note, Paragraph, Quote

__all__ = ["HABITS", "PHASES", "SECTIONS", "SOURCE", "TITLE", "Habit", "Phase", "document"]

Phase = Literal["before", "during"]


class Habit(BaseModel):
    """One negotiation habit: when it applies, what to do, and where in the sources it comes from."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    phase: Phase
    text: Text
    source: Text


TITLE = Text(ru="Переговоры и встречи", en="Negotiations and meetings")
SOURCE = book_source(Text(ru="раздел «Эффективные коммуникации»", en="section “Effective communication”"))

PHASES: dict[str, Text] = {
    "before": Text(ru="Перед переговорами", en="Before the talks"),
    "during": Text(ru="На переговорах", en="During the talks"),
}

#: The source sections the habits cite.
SECTIONS: dict[str, Text] = {
    "communication": Text(ru="«Эффективные коммуникации»", en="“Effective communication”"),
    "ideal": Text(ru="«Идеальный клиент-менеджер»", en="“The ideal account manager”"),
    "soft_power": Text(ru="«“Мягкая сила”»", en="“Soft power”"),
}

HABITS: tuple[Habit, ...] = (
    Habit(
        id="personal_interests",
        phase="before",
        text=Text(
            ru="Помните: у представителя клиента наверняка есть и личные интересы — заработать бонус, продвинуться "
            "по карьерной лестнице, а то и сорвать сотрудничество с вами. Постарайтесь разгадать эти цели и "
            "учесть их.",
            en="Remember that the client's representative almost certainly has personal interests too: earning a "
            "bonus, moving up the career ladder, even derailing the work with you. Try to work out those goals and "
            "take them into account.",
        ),
        source=SECTIONS["communication"],
    ),
    Habit(
        id="formal_you",
        phase="during",
        text=Text(
            ru="Общайтесь с клиентом на «вы», даже если он предложит перейти на «ты».",
            en="Keep to the formal “you” (Russian «вы»), even if the client suggests switching to the informal "
            "«ты».",
        ),
        source=SECTIONS["communication"],
    ),
    Habit(
        id="listen_more",
        phase="during",
        text=Text(
            ru="Больше слушайте, чем говорите, и задавайте больше вопросов. Не суетитесь; выражайте мысли четко, "
            "неспешно, просто и образно, без технического сленга и излишних подробностей.",
            en="Listen more than you talk, and ask more questions. Don't fuss; put your thoughts clearly, "
            "unhurriedly, simply and vividly, without jargon or needless detail.",
        ),
        source=SECTIONS["ideal"],
    ),
    Habit(
        id="body_language",
        phase="during",
        text=Text(
            ru="Используйте язык жестов и поз: считывайте эмоции собеседника и подавайте ему нужные невербальные "
            "сигналы.",
            en="Use body language: read the other side's emotions and send them the right non-verbal signals.",
        ),
        source=SECTIONS["ideal"],
    ),
    Habit(
        id="hold_position",
        phase="during",
        text=Text(
            ru="Четко обозначайте свою позицию и отстаивайте ее, не поддаваясь на психологическое давление; при "
            "этом будьте корректны.",
            en="State your position clearly and stand by it, without giving in to psychological pressure, and "
            "stay courteous while you do.",
        ),
        source=SECTIONS["soft_power"],
    ),
)

_QUOTE = Text(
    ru="Прежде всего внушите себе, что катастрофы не будет, если переговоры ни к чему не приведут.",
    en="First of all, convince yourself that it will be no catastrophe if the talks lead nowhere.",
)
_MEETING = Text(
    ru="Дисциплина встреч — тот же чек-лист, что в плейбуке «Каналы коммуникации» (источник: {source}):",
    en="Meeting discipline: the same checklist as in the communication channels playbook (source: {source}):",
)
_MORE = Text(ru="Еще из книги", en="More from the book")
_SEE_ALSO = Text(
    ru="Дисциплина писем и звонков — в плейбуке «Каналы коммуникации». Черновик списка договоренностей после "
    "встречи строит `agreements_summary` (плейбук «Мягкая сила»).",
    en="Email and call discipline is in the communication channels playbook. `agreements_summary` (the soft "
    "power playbook) drafts the list of agreements after a meeting.",
)
_CITED = Text(
    ru="В скобках у каждого пункта — раздел источника, откуда он взят.",
    en="Each item names, in brackets, the source section it comes from.",
)


def _item(habit: Habit) -> Text:
    return Text(ru=f"{habit.text.ru} ({habit.source.ru})", en=f"{habit.text.en} ({habit.source.en})")


def document() -> Document:
    """The printable negotiation playbook: the channels playbook's meeting checklist (the same object, not a
    copy), then the book's other habits grouped by phase, each citing its source section."""
    from .channels import CHECKLISTS

    meeting = CHECKLISTS["meeting"]
    blocks: list = [
        Quote(text=_QUOTE),
        Heading(text=meeting.title),
        Paragraph(
            text=Text(
                ru=_MEETING.ru.format(source=meeting.source.ru),
                en=_MEETING.en.format(source=meeting.source.en),
            )
        ),
        meeting.block(),
        Heading(text=_MORE),
        Paragraph(text=_CITED),
    ]
    for phase, label in PHASES.items():
        blocks += [
            Paragraph(text=label),
            Checklist(items=tuple(_item(h) for h in HABITS if h.phase == phase)),
        ]
    blocks.append(Note(text=_SEE_ALSO, style="info"))
    return Document(id="negotiation", title=TITLE, source=SOURCE, blocks=tuple(blocks))
