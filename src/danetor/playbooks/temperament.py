"""Texts of the temperament playbook, with where each piece of advice comes from, and its document.

Source: «Отчаянные аккаунт-менеджеры», section «“Мягкая сила”» (shared/sources/003_…txt). The book says to take
temperament into account, that a phlegmatic cannot be talked to, negotiated with and reported to the same way
as a sanguine, and gives advice for one temperament only: the choleric. Everything else here is general
guidance of ours, and every piece says so (``origin="ours"``).
"""

from __future__ import annotations

from ..temperament import (
    AREAS,
    EXPLAIN,
    NOT_IN_BOOK,
    ORIGIN_LABELS,
    TEMPERAMENTS,
    AdviceText,
    TemperamentText,
)
from ..text import Text, book_source
from .document import Document, Note, Paragraph, Quote, Table

__all__ = [
    "AREAS",
    "BOOK_GENERAL",
    "EXPLAIN",
    "NOT_IN_BOOK",
    "ORIGIN_LABELS",
    "SOURCE",
    "TEMPERAMENTS",
    "TITLE",
    "AdviceText",
    "TemperamentText",
    "document",
]


TITLE = Text.of("temperament.title")
SOURCE = book_source(Text.of("temperament.source"))

BOOK_GENERAL = Text.of("temperament.book_general")


_HOW_TO_READ = Text.of("temperament.how_to_read")


def _cell(advice: AdviceText) -> Text:
    return Text(
        ru=f"{advice.text.ru} ({ORIGIN_LABELS[advice.origin].ru})",
        en=f"{advice.text.en} ({ORIGIN_LABELS[advice.origin].en})",
    )


def document() -> Document:
    """The printable temperament playbook: the book's words, then the advice table with a source mark per cell."""
    quotes = [BOOK_GENERAL, TEMPERAMENTS["choleric"].book_says]
    header = (Text.of("temperament.card.temperament"), *AREAS.values())
    rows = tuple((t.name, *(_cell(getattr(t, area)) for area in AREAS)) for t in TEMPERAMENTS.values())
    return Document(
        id="temperament",
        title=TITLE,
        source=SOURCE,
        blocks=(
            Paragraph(text=Text.of("temperament.card.what_the_book_says")),
            *(Quote(text=q) for q in quotes if q is not None),
            Table(header=header, rows=rows),
            Note(text=_HOW_TO_READ, style="ours"),
        ),
    )
