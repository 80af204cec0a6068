"""Texts of the «перезагрузка отношений» (relationship restart) playbook and its document.

Source: «Отчаянные аккаунт-менеджеры», section «“Мягкая сила”» (shared/sources/003_…txt): "With a regular client
in trouble it is sometimes useful to run a full 'restart of the relationship'. Explain to the partner that your
company wants to work with them and be useful to them, but the current situation does not suit the team and
affects the quality of the work. Offer to build the relationship from a clean slate."

Each of the book's three moves is one :class:`RestartStep`; the same steps give the printed step list and the
parts of the message that :func:`danetor.restart.restart_message` drafts.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict

from ..text import Lang, Text, book_source
from .document import Bullets, Document, Heading, Note, Quote, Steps, Table

__all__ = [
    "EXAMPLE",
    "SITUATION",
    "SOURCE",
    "STEPS",
    "TITLE",
    "WHEN",
    "RestartStep",
    "document",
]

PartKind = Literal["want", "problem", "fresh_start"]


class RestartStep(BaseModel):
    """One move of the restart: what the book says to do, and our sentence for it in the message draft."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    kind: PartKind
    #: the book's instruction
    advice: Text
    #: our wording for this part of the message (fixed text, no placeholders)
    draft: Text


TITLE = Text(ru="«Перезагрузка отношений»", en="Restarting the relationship")
SOURCE = book_source(Text(ru="раздел «Мягкая сила»", en="section “Soft power”"))

#: When to restart, as the book puts it.
WHEN: tuple[Text, ...] = (
    Text(
        ru="С постоянным клиентом возникли проблемы: сложившаяся ситуация не устраивает вашу команду и "
        "сказывается на качестве работы.",
        en="Things have gone wrong with a regular client: the way things are does not suit your team and is "
        "affecting the quality of the work.",
    ),
    Text(
        ru="Даже если клиент уже считается совершенно безнадежным: порой такое предложение позволяет наладить "
        "конструктивное сотрудничество и с ним.",
        en="Even if the client is already written off as hopeless: sometimes this offer makes constructive work "
        "possible even then.",
    ),
)

STEPS: tuple[RestartStep, ...] = (
    RestartStep(
        kind="want",
        advice=Text(
            ru="Объясните партнеру, что ваша компания хочет работать с ним и быть ему полезной.",
            en="Explain to the client that your company wants to work with them and to be useful to them.",
        ),
        draft=Text(
            ru="Мы ценим сотрудничество с вами, хотим и дальше работать с вами и быть вам полезными.",
            en="We value working with you, and we want to keep working with you and to be useful to you.",
        ),
    ),
    RestartStep(
        kind="problem",
        advice=Text(
            ru="Скажите, что сложившаяся ситуация не устраивает коллектив и сказывается на качестве работы.",
            en="Say that the way things are now does not suit the team and is affecting the quality of the work.",
        ),
        draft=Text(
            ru="Но скажу прямо: сложившаяся ситуация не устраивает нашу команду и сказывается на качестве работы.",
            en="But let me be frank: the way things are now does not suit our team, and it is affecting the "
            "quality of our work.",
        ),
    ),
    RestartStep(
        kind="fresh_start",
        advice=Text(
            ru="Предложите клиенту начать строить отношения с чистого листа.",
            en="Suggest to the client that you build the relationship again from a clean slate.",
        ),
        draft=Text(
            ru="Предлагаю начать строить наши отношения с чистого листа. Как вы на это смотрите?",
            en="I suggest we build our relationship again from a clean slate. How do you feel about that?",
        ),
    ),
)

#: Added to the "problem" part when the caller says what exactly is wrong.
SITUATION = Text(ru="Что именно нас беспокоит: {situation}", en="What concerns us: {situation}")

#: Example value for the printed page.
EXAMPLE = Text(
    ru="‹что именно не так›",
    en="‹what exactly is wrong›",
)

_WAIT_FIRST = Text(
    ru="Сначала проверьте, не «период неадекватности» ли это, вызванный стрессом: такие моменты книга советует "
    "просто переждать, и сотрудничество вернется в нормальное русло.",
    en="First check whether this is just a stress-driven “period of unreasonableness”: the book advises simply "
    "waiting those out, and the work gets back on track.",
)
_OURS = Text(
    ru="Три части сообщения — из книги; формулировки — наши. Книга не говорит, каким каналом это делать: мы "
    "советуем разговор (встречу или звонок) по этому черновику, а затем письмо со списком договоренностей "
    "(см. «Мягкая сила»).",
    en="The three parts of the message are the book's; the wording is ours. The book does not say which channel "
    "to use: we suggest a conversation (a meeting or a call) following this draft, then an email listing what "
    "was agreed (see “Soft power”).",
)
_QUOTE = Text(
    ru="Порой такое предложение позволяет наладить конструктивное сотрудничество даже с теми заказчиками, которые "
    "уже считались совершенно безнадежными.",
    en="Sometimes such an offer makes constructive cooperation possible even with clients who were already "
    "considered completely hopeless.",
)


def document() -> Document:
    """The printable restart playbook: when, the steps, and the draft built by the library itself."""
    from ..restart import restart_message

    ru = restart_message(situation=EXAMPLE.ru, lang=Lang.RU)
    en = restart_message(situation=EXAMPLE.en, lang=Lang.EN)
    return Document(
        id="restart",
        title=TITLE,
        source=SOURCE,
        blocks=(
            Heading(text=Text(ru="Когда", en="When")),
            Bullets(items=WHEN),
            Note(text=_WAIT_FIRST, style="info"),
            Heading(text=Text(ru="Как", en="How")),
            Steps(items=tuple(step.advice for step in STEPS)),
            Quote(text=_QUOTE),
            Heading(text=Text(ru="Черновик сообщения", en="Message draft")),
            Table(
                header=(Text(ru="Шаг", en="Step"), Text(ru="Что сказать", en="What to say")),
                rows=tuple(
                    (
                        Text(ru=f"{i}", en=f"{i}"),
                        Text(ru=ru.parts[i - 1].text, en=en.parts[i - 1].text),
                    )
                    for i in range(1, len(STEPS) + 1)
                ),
            ),
            Note(text=_OURS, style="ours"),
        ),
    )
