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
from .document import Block, Checklist, Document, Heading, Note, Paragraph, Quote

__all__ = ["HABITS", "PHASES", "SECTIONS", "SOURCE", "TITLE", "Habit", "Phase", "document"]

Phase = Literal["before", "during"]


class Habit(BaseModel):
    """One negotiation habit: when it applies, what to do, and where in the sources it comes from."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    phase: Phase
    text: Text
    source: Text


TITLE = Text.of("negotiation.title")
SOURCE = book_source(Text.of("negotiation.source"))

PHASES: dict[str, Text] = {
    "before": Text.of("negotiation.phases.before"),
    "during": Text.of("negotiation.phases.during"),
}

#: The source sections the habits cite.
SECTIONS: dict[str, Text] = {
    "communication": Text.of("negotiation.sections.communication"),
    "ideal": Text.of("negotiation.sections.ideal"),
    "soft_power": Text.of("negotiation.sections.soft_power"),
}

HABITS: tuple[Habit, ...] = (
    Habit(
        id="personal_interests",
        phase="before",
        text=Text.of("negotiation.habits.personal_interests.text"),
        source=SECTIONS["communication"],
    ),
    Habit(
        id="formal_you",
        phase="during",
        text=Text.of("negotiation.habits.formal_you.text"),
        source=SECTIONS["communication"],
    ),
    Habit(
        id="listen_more",
        phase="during",
        text=Text.of("negotiation.habits.listen_more.text"),
        source=SECTIONS["ideal"],
    ),
    Habit(
        id="body_language",
        phase="during",
        text=Text.of("negotiation.habits.body_language.text"),
        source=SECTIONS["ideal"],
    ),
    Habit(
        id="hold_position",
        phase="during",
        text=Text.of("negotiation.habits.hold_position.text"),
        source=SECTIONS["soft_power"],
    ),
)

_QUOTE = Text.of("negotiation.quote")
_MEETING = Text.of("negotiation.meeting")
_MORE = Text.of("negotiation.more")
_SEE_ALSO = Text.of("negotiation.see_also")
_CITED = Text.of("negotiation.cited")


def _item(habit: Habit) -> Text:
    return Text(ru=f"{habit.text.ru} ({habit.source.ru})", en=f"{habit.text.en} ({habit.source.en})")


def document() -> Document:
    """The printable negotiation playbook: the channels playbook's meeting checklist (the same object, not a
    copy), then the book's other habits grouped by phase, each citing its source section."""
    from .channels import CHECKLISTS

    meeting = CHECKLISTS["meeting"]
    blocks: list[Block] = [
        Quote(text=_QUOTE),
        Heading(text=meeting.title),
        Paragraph(
            text=Text(
                ru=_MEETING.ru.format(source=meeting.source.ru),
                en=_MEETING.en.format(source=meeting.source.en),
            )
        ),
        Checklist(items=meeting.items),
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
