"""Texts of the «приземлить» playbook (prevention, the three landing stages, message drafts) and its document.

The stage order, the steps and the diagram in :func:`document` are read off the sequence
:data:`danetor.rules.expectations.LANDING`; the message examples are produced by
:func:`danetor.expectations.landing_message` itself, so the printed page and the code cannot drift apart.
Templates here are our own fixed texts; user values are passed to ``str.format`` as arguments only.
"""

from __future__ import annotations

from ..expectations import PREVENTION, STAGES, StageText
from ..rules.expectations import STAGE_ORDER, LandingStage, LandingState
from ..text import Lang, Text, book_source
from .document import Checklist, Document, Heading, Note, Paragraph, Steps, Table

__all__ = [
    "EXAMPLE",
    "INTRO",
    "LANDING_INTRO",
    "PREVENTION",
    "SOURCE",
    "STAGES",
    "STATE_LABELS",
    "TITLE",
    "StageText",
    "document",
]


TITLE = Text.of("expectations.title")
SOURCE = book_source(Text.of("expectations.source"))

INTRO = Text.of("expectations.intro")


LANDING_INTRO = Text.of("expectations.landing_intro")


STATE_LABELS: dict[LandingState, Text] = {
    LandingState.INFLATED: Text.of("expectations.state_labels.inflated"),
    LandingState.WARNED: Text.of("expectations.state_labels.warned"),
    LandingState.CONFIRMED: Text.of("expectations.state_labels.confirmed"),
    LandingState.LANDED: Text.of("expectations.state_labels.landed"),
}

#: The example values the printed page fills the templates with (placeholders, not a real case).
EXAMPLE: dict[str, Text] = {
    "result": Text.of("expectations.example.result"),
    "reality": Text.of("expectations.example.reality"),
}

_WHY_NO_INTERVAL = Text.of("expectations.why_no_interval")
_OURS_WORDING = Text.of("expectations.ours_wording")
_ORDER_NOTE = Text.of("expectations.order_note")


def document() -> Document:
    """The printable playbook: prevention, the three stages (from the sequence), the drafts (from the code)."""
    from ..expectations import landing_message

    def drafts(lang: Lang) -> list[str]:
        return [
            landing_message(
                stage,
                result=EXAMPLE["result"](lang),
                reality=EXAMPLE["reality"](lang) if stage is LandingStage.REALITY else None,
                lang=lang,
            ).text
            for stage in STAGE_ORDER
        ]

    ru, en = drafts(Lang.RU), drafts(Lang.EN)
    return Document(
        id="expectations",
        title=TITLE,
        source=SOURCE,
        blocks=(
            Paragraph(text=INTRO),
            Heading(text=Text.of("expectations.card.prevention")),
            Checklist(items=PREVENTION),
            Heading(text=Text.of("expectations.card.landing_in_three_stages")),
            Paragraph(text=LANDING_INTRO),
            Steps(
                items=tuple(
                    Text(
                        ru=f"{STAGES[s].label.ru}. {STAGES[s].advice.ru}",
                        en=f"{STAGES[s].label.en}. {STAGES[s].advice.en}",
                    )
                    for s in STAGE_ORDER
                )
            ),
            Note(text=_WHY_NO_INTERVAL, style="info"),
            Note(text=_ORDER_NOTE, style="info"),
            Heading(text=Text.of("expectations.card.message_drafts")),
            Note(text=_OURS_WORDING, style="ours"),
            Table(
                header=(Text.of("expectations.card.stage"), Text.of("expectations.card.draft")),
                rows=tuple(
                    (
                        Text(ru=f"{i}. {STAGES[s].label.ru}", en=f"{i}. {STAGES[s].label.en}"),
                        Text(ru=ru[i - 1], en=en[i - 1]),
                    )
                    for i, s in enumerate(STAGE_ORDER, 1)
                ),
            ),
        ),
    )
