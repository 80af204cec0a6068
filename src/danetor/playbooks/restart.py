"""Texts of the «перезагрузка отношений» (relationship restart) playbook and its document.

Source: «Отчаянные аккаунт-менеджеры», section «“Мягкая сила”» (shared/sources/003_…txt): "With a regular client
in trouble it is sometimes useful to run a full 'restart of the relationship'. Explain to the partner that your
company wants to work with them and be useful to them, but the current situation does not suit the team and
affects the quality of the work. Offer to build the relationship from a clean slate."

Each of the book's three moves is one :class:`RestartStep`; the same steps give the printed step list and the
parts of the message that :func:`danetor.restart.restart_message` drafts.
"""

from __future__ import annotations

from ..restart import SITUATION, STEPS, RestartStep
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


TITLE = Text.of("restart.title")
SOURCE = book_source(Text.of("restart.source"))

#: When to restart, as the book puts it.
WHEN: tuple[Text, ...] = (
    Text.of("restart.when.1"),
    Text.of("restart.when.2"),
)


#: Example value for the printed page.
EXAMPLE = Text.of("restart.example")

_WAIT_FIRST = Text.of("restart.wait_first")
_OURS = Text.of("restart.ours")
_QUOTE = Text.of("restart.quote")


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
            Heading(text=Text.of("restart.card.when")),
            Bullets(items=WHEN),
            Note(text=_WAIT_FIRST, style="ours"),
            Heading(text=Text.of("restart.card.how")),
            Steps(items=tuple(step.advice for step in STEPS)),
            Quote(text=_QUOTE),
            Heading(text=Text.of("restart.card.message_draft")),
            Table(
                header=(Text.of("restart.card.step"), Text.of("restart.card.what_to_say")),
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
