"""Texts of the «мягкая сила» (soft power) playbook, the message templates it uses, and its document.

The techniques are the book's, from the section «“Мягкая сила”» (shared/sources/003_…txt). The examples in
:func:`document` are produced by :func:`danetor.soft_power.delay_warning` and
:func:`danetor.soft_power.agreements_summary` themselves; the first one reproduces the book's own example.
"""

from __future__ import annotations

from ..soft_power import DELAY_FRAMES, DELAY_LEAD, SUMMARY_TEXTS, TECHNIQUES, Technique
from ..text import Lang, Text, book_source
from .book import blocks as book_blocks
from .document import (
    COMPACT_CHART,
    Bullets,
    Checklist,
    Diagram,
    Document,
    Heading,
    Message,
    Note,
    Paragraph,
    Quote,
    Table,
    wrap_label,
)

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: nothing here needs ``typing`` at run time
if TYPE_CHECKING:  # pragma: no cover
    from typing import TypedDict

    class SummaryExample(TypedDict):
        items: tuple[Text, ...]  # what was agreed, item by item
        conversation: Text  # the conversation it sums up


__all__ = [
    "DELAY_EXAMPLE",
    "DELAY_FRAMES",
    "DELAY_LEAD",
    "INTRO",
    "MINDSET",
    "QUOTES",
    "SOURCE",
    "SUMMARY_EXAMPLE",
    "SUMMARY_TEXTS",
    "TECHNIQUES",
    "TITLE",
    "Technique",
    "document",
]


TITLE = Text.of("soft_power.title")
SOURCE = book_source(Text.of("soft_power.source"))

INTRO = Text.of("soft_power.intro")


#: How to hold yourself with a difficult client (the book's advice around the techniques).
MINDSET: tuple[Text, ...] = (
    Text.of("soft_power.mindset.1"),
    Text.of("soft_power.mindset.2"),
    Text.of("soft_power.mindset.3"),
)

#: Quotations from the book (Russian original, our English translation).
QUOTES: tuple[Text, ...] = (
    Text.of("soft_power.quotes.1"),
    Text.of("soft_power.quotes.2"),
)


#: The book's own example, as arguments to :func:`danetor.soft_power.delay_warning`.
DELAY_EXAMPLE: dict[str, Text] = {
    "action": Text.of("soft_power.delay_example.action"),
    "deadline": Text.of("soft_power.delay_example.deadline"),
    "consequence": Text.of("soft_power.delay_example.consequence"),
}


#: Example arguments for :func:`danetor.soft_power.agreements_summary` on the printed page.
SUMMARY_EXAMPLE: SummaryExample = {
    "items": (
        Text.of("soft_power.summary_example.items.1"),
        Text.of("soft_power.summary_example.items.2"),
    ),
    "conversation": Text.of("soft_power.summary_example.conversation"),
}

_OURS_WORDING = Text.of("soft_power.ours_wording")
_CHANNELS = Text.of("soft_power.channels")
_FLOW = {
    "talk": Text.of("soft_power.flow.talk"),
    "list": Text.of("soft_power.flow.list"),
    "confirm": Text.of("soft_power.flow.confirm"),
    "record": Text.of("soft_power.flow.record"),
}


def _diagram() -> Diagram:
    def chart(lang: Lang) -> str:
        f = {k: wrap_label(v(lang), 16) for k, v in _FLOW.items()}
        return "\n".join(
            [
                COMPACT_CHART,
                "flowchart LR",
                f'    talk["{f["talk"]}"] --> list["{f["list"]}"]',
                f'    list --> confirm["{f["confirm"]}"]',
                f'    confirm --> record["{f["record"]}"]',
            ]
        )

    return Diagram(mermaid=Text(ru=chart(Lang.RU), en=chart(Lang.EN)))


def document() -> Document:
    """The printable soft-power playbook; the two examples are produced by the library's own helpers."""
    from ..soft_power import agreements_summary, delay_warning

    def warning(lang: Lang) -> str:
        example = {key: text(lang) for key, text in DELAY_EXAMPLE.items()}
        return delay_warning(example["action"], example["deadline"], example["consequence"], lang=lang).text

    def summary(lang: Lang) -> str:
        return agreements_summary(
            [item(lang) for item in SUMMARY_EXAMPLE["items"]],
            conversation=SUMMARY_EXAMPLE["conversation"](lang),
            lang=lang,
        ).email

    return Document(
        id="soft-power",
        title=TITLE,
        source=SOURCE,
        blocks=(
            Paragraph(text=INTRO),
            Quote(text=QUOTES[0]),
            Heading(text=Text.of("soft_power.card.techniques")),
            Checklist(items=tuple(t.text for t in TECHNIQUES)),
            Heading(text=Text.of("soft_power.card.how_to_hold_yourself")),
            Bullets(items=MINDSET),
            Heading(text=Text.of("soft_power.card.warning_of_what_delays_will_cause")),
            Paragraph(text=Text.of("soft_power.card.the_book_s_example_as_delay")),
            Quote(text=Text.of("soft_power.quotes.delay")),
            Paragraph(text=Text.of("soft_power.card.as_delay_warning_words_it")),
            Message(text=Text(ru=warning(Lang.RU), en=warning(Lang.EN))),
            Heading(text=Text.of("soft_power.card.the_list_of_agreements_after_a")),
            Quote(text=QUOTES[1]),
            _diagram(),
            Paragraph(text=Text.of("soft_power.card.a_draft_email_as_agreements_summary")),
            Table(
                header=(Text.of("soft_power.card.email"),),
                rows=((Text(ru=summary(Lang.RU), en=summary(Lang.EN)),),),
            ),
            Note(text=_OURS_WORDING, style="ours"),
            Note(text=_CHANNELS, style="info"),
            *book_blocks("soft-power"),
        ),
    )
