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


TITLE = Text(ru="Темперамент клиента", en="The client's temperament")
SOURCE = book_source(Text(ru="раздел «Мягкая сила»", en="section “Soft power”"))

BOOK_GENERAL = Text(
    ru="Полезно учитывать темперамент конкретного человека. С флегматиком нельзя строить общение, проводить "
    "переговоры и отчитываться о проделанной работе так же, как с сангвиником.",
    en="It helps to take the particular person's temperament into account. You cannot talk to, negotiate with "
    "and report to a phlegmatic the same way as to a sanguine.",
)

#: The three areas the book names, in its order: общение, переговоры, отчет о проделанной работе.
AREAS: dict[str, Text] = {
    "talk": Text(ru="Общение", en="Talking"),
    "negotiate": Text(ru="Переговоры", en="Negotiating"),
    "report": Text(ru="Отчет о работе", en="Reporting"),
}

ORIGIN_LABELS: dict[str, Text] = {
    "book": Text(ru="из книги", en="from the book"),
    "ours": Text(ru="наше, не из книги", en="ours, not the book's"),
}

NOT_IN_BOOK = Text(
    ru="Книга не дает советов для этого темперамента; ниже — общие рекомендации, наши, а не из книги.",
    en="The book gives no advice for this temperament; what follows is general guidance, ours and not the book's.",
)

#: Fixed words for :meth:`danetor.temperament.TemperamentAdvice.explain` (our templates, our values only).
EXPLAIN: dict[str, Text] = {
    "book": Text(ru="Книга: «{quote}»", en="The book: “{quote}”"),
    "line": Text(ru="{area}: {advice} ({origin})", en="{area}: {advice} ({origin})"),
}

_SAME_WAY = Text(
    ru="С флегматиком нельзя строить общение, проводить переговоры и отчитываться о проделанной работе так же, "
    "как с сангвиником.",
    en="You cannot talk to, negotiate with and report to a phlegmatic the same way as to a sanguine.",
)


def _book(ru: str, en: str) -> AdviceText:
    return AdviceText(text=Text(ru=ru, en=en), origin="book")


def _ours(ru: str, en: str) -> AdviceText:
    return AdviceText(text=Text(ru=ru, en=en), origin="ours")


#: Keyed by :class:`danetor.temperament.Temperament` value, in the classical order.
TEMPERAMENTS: dict[str, TemperamentText] = {
    "choleric": TemperamentText(
        name=Text(ru="Холерик", en="Choleric"),
        book_says=Text(
            ru="При общении с холериком необходимо всячески поддерживать свой статус равного партнера, быть "
            "кратким и не бояться давать мягкий отпор.",
            en="With a choleric, keep up your standing as an equal partner in every way, be brief, and don't be "
            "afraid to push back gently.",
        ),
        talk=_book(
            "Будьте кратки и держитесь как равный партнер.",
            "Be brief, and hold your ground as an equal partner.",
        ),
        negotiate=_book(
            "Всячески поддерживайте свой статус равного партнера и не бойтесь давать мягкий отпор.",
            "Keep up your standing as an equal partner, and don't be afraid to push back gently.",
        ),
        report=_ours(
            "Коротко: сначала итог, подробности — если попросят.",
            "Short: the outcome first, details if asked.",
        ),
    ),
    "sanguine": TemperamentText(
        name=Text(ru="Сангвиник", en="Sanguine"),
        book_says=_SAME_WAY,
        talk=_ours(
            "Поддерживайте живой, доброжелательный тон, но мягко возвращайте разговор к делу.",
            "Keep the tone lively and friendly, but gently steer the talk back to business.",
        ),
        negotiate=_ours(
            "Сразу после разговора фиксируйте договоренности письменно: увлеченность проходит, детали забываются.",
            "Put what was agreed in writing right after the talk: enthusiasm fades and details get forgotten.",
        ),
        report=_ours(
            "Коротко и наглядно: главные результаты и следующие шаги.",
            "Brief and visual: the main results and the next steps.",
        ),
    ),
    "phlegmatic": TemperamentText(
        name=Text(ru="Флегматик", en="Phlegmatic"),
        book_says=_SAME_WAY,
        talk=_ours(
            "Не торопите собеседника: дайте ему время обдумать и ответить.",
            "Don't rush them: give them time to think it over and answer.",
        ),
        negotiate=_ours(
            "Присылайте материалы заранее и не требуйте решения на месте.",
            "Send the materials in advance, and don't press for a decision on the spot.",
        ),
        report=_ours(
            "Подробно и последовательно: факты, цифры, каждый раз в одном и том же порядке.",
            "Detailed and orderly: facts and figures, in the same order every time.",
        ),
    ),
    "melancholic": TemperamentText(
        name=Text(ru="Меланхолик", en="Melancholic"),
        book_says=None,
        talk=_ours(
            "Говорите спокойно и тактично, без резких оценок.",
            "Speak calmly and tactfully, without harsh judgements.",
        ),
        negotiate=_ours(
            "Снимайте неопределенность: объясняйте риски и план действий, не давите.",
            "Reduce the uncertainty: explain the risks and the plan, and don't apply pressure.",
        ),
        report=_ours(
            "Сообщайте заранее и регулярно; о проблемах — честно и сразу с планом решения.",
            "Report early and regularly; be honest about problems, and bring a plan for solving them.",
        ),
    ),
}

_HOW_TO_READ = Text(
    ru="Пометка в каждой ячейке говорит, откуда совет: «из книги» или «наше, не из книги». Для холерика совет "
    "дает сама книга (совет по отчету — наше применение книжного «быть кратким»); для остальных темпераментов "
    "она советов не дает, и все рекомендации для них — наши, общие.",
    en="The mark in each cell says where the advice comes from: “from the book” or “ours, not the book's”. The "
    "book itself advises on the choleric (the reporting advice is our application of the book's “be brief”); for "
    "the other temperaments it gives no advice, and everything for them is general guidance of ours.",
)


def _cell(advice: AdviceText) -> Text:
    return Text(
        ru=f"{advice.text.ru} ({ORIGIN_LABELS[advice.origin].ru})",
        en=f"{advice.text.en} ({ORIGIN_LABELS[advice.origin].en})",
    )


def document() -> Document:
    """The printable temperament playbook: the book's words, then the advice table with a source mark per cell."""
    quotes = [BOOK_GENERAL, TEMPERAMENTS["choleric"].book_says]
    header = (Text(ru="Темперамент", en="Temperament"), *AREAS.values())
    rows = tuple((t.name, *(_cell(getattr(t, area)) for area in AREAS)) for t in TEMPERAMENTS.values())
    return Document(
        id="temperament",
        title=TITLE,
        source=SOURCE,
        blocks=(
            Paragraph(text=Text(ru="Что говорит книга:", en="What the book says:")),
            *(Quote(text=q) for q in quotes if q is not None),
            Table(header=header, rows=rows),
            Note(text=_HOW_TO_READ, style="ours"),
        ),
    )
