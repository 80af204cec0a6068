"""Texts of the temperament playbook, with where each piece of advice comes from, and its document.

Source: «Отчаянные аккаунт-менеджеры», section «“Мягкая сила”» (shared/sources/003_…txt). The book says to take
temperament into account, that a phlegmatic cannot be talked to, negotiated with and reported to the same way
as a sanguine, and gives advice for one temperament only: the choleric. Everything else here is general
guidance of ours, and every piece says so (``origin="ours"``).
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict

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

Origin = Literal["book", "ours"]


class AdviceText(BaseModel):
    """One piece of advice and where it comes from: the book, or us."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    text: Text
    origin: Origin


class TemperamentText(BaseModel):
    """Everything said about one temperament: its name, what the book says (if anything), and the advice."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: Text
    #: what the book itself says about this temperament, or ``None`` when it says nothing
    book_says: Text | None
    talk: AdviceText
    negotiate: AdviceText
    report: AdviceText


TITLE = Text.of("temperament.title")
SOURCE = book_source(Text.of("temperament.source"))

BOOK_GENERAL = Text.of("temperament.book_general")

#: The three areas the book names, in its order: общение, переговоры, отчет о проделанной работе.
AREAS: dict[str, Text] = {
    "talk": Text.of("temperament.areas.talk"),
    "negotiate": Text.of("temperament.areas.negotiate"),
    "report": Text.of("temperament.areas.report"),
}

ORIGIN_LABELS: dict[str, Text] = {
    "book": Text.of("temperament.origin_labels.book"),
    "ours": Text.of("temperament.origin_labels.ours"),
}

NOT_IN_BOOK = Text.of("temperament.not_in_book")

#: Fixed words for :meth:`danetor.temperament.TemperamentAdvice.explain` (our templates, our values only).
EXPLAIN: dict[str, Text] = {
    "book": Text.of("temperament.explain.book"),
    "line": Text.of("temperament.explain.line"),
}

_SAME_WAY = Text.of("temperament.same_way")


def _book(text: Text) -> AdviceText:
    return AdviceText(text=text, origin="book")


def _ours(text: Text) -> AdviceText:
    return AdviceText(text=text, origin="ours")


#: Keyed by :class:`danetor.temperament.Temperament` value, in the classical order.
TEMPERAMENTS: dict[str, TemperamentText] = {
    "choleric": TemperamentText(
        name=Text.of("temperament.temperaments.choleric.name"),
        book_says=Text.of("temperament.temperaments.choleric.book_says"),
        talk=_book(
            Text.of("temperament.temperaments.choleric.talk.1"),
        ),
        negotiate=_book(
            Text.of("temperament.temperaments.choleric.negotiate.1"),
        ),
        report=_ours(
            Text.of("temperament.temperaments.choleric.report.1"),
        ),
    ),
    "sanguine": TemperamentText(
        name=Text.of("temperament.temperaments.sanguine.name"),
        book_says=_SAME_WAY,
        talk=_ours(
            Text.of("temperament.temperaments.sanguine.talk.1"),
        ),
        negotiate=_ours(
            Text.of("temperament.temperaments.sanguine.negotiate.1"),
        ),
        report=_ours(
            Text.of("temperament.temperaments.sanguine.report.1"),
        ),
    ),
    "phlegmatic": TemperamentText(
        name=Text.of("temperament.temperaments.phlegmatic.name"),
        book_says=_SAME_WAY,
        talk=_ours(
            Text.of("temperament.temperaments.phlegmatic.talk.1"),
        ),
        negotiate=_ours(
            Text.of("temperament.temperaments.phlegmatic.negotiate.1"),
        ),
        report=_ours(
            Text.of("temperament.temperaments.phlegmatic.report.1"),
        ),
    ),
    "melancholic": TemperamentText(
        name=Text.of("temperament.temperaments.melancholic.name"),
        book_says=None,
        talk=_ours(
            Text.of("temperament.temperaments.melancholic.talk.1"),
        ),
        negotiate=_ours(
            Text.of("temperament.temperaments.melancholic.negotiate.1"),
        ),
        report=_ours(
            Text.of("temperament.temperaments.melancholic.report.1"),
        ),
    ),
}

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
