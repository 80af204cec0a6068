"""Working with the people who do the work: the briefing checklist, client comments, and its document.

Sources: «Отчаянные аккаунт-менеджеры», section «Взаимодействие с исполнителями» (shared/sources/003_…txt), and
rules 3, 4, 5 and 29 of the «30 правил для хорошего аккаунт-менеджера» (shared/sources/002_…txt), taken from
:data:`danetor.playbooks.rules30.RULES30` (one copy of the 30 rules in the library). The «Формалисты» quotation
is from the archetypes chapter (shared/sources/000_…txt).
"""

from __future__ import annotations

from ..text import Lang, Text, book_source
from .book import blocks as book_blocks
from .cite import cited, joined
from .document import (
    COMPACT_CHART,
    Bullets,
    Checklist,
    Diagram,
    Document,
    Heading,
    Note,
    Paragraph,
    Quote,
    wrap_label,
)
from .rules30 import RULES30, ManagerRule

__all__ = [
    "BRIEFING",
    "CLIENT_COMMENTS",
    "CONTEXT",
    "FORMALISTS",
    "INVOLVE",
    "SOURCE",
    "TITLE",
    "document",
]


TITLE = Text.of("doers.title")
SOURCE = book_source(
    Text.of("doers.source"),
    also=joined(Text.of("doers.source.also"), cited("book", Text.of("doers.source.chapter"), kind="chapter")),
)

CONTEXT = Text.of("doers.context")

_BY_NUMBER = {rule.number: rule for rule in RULES30}

#: Before work starts: rules 3, 4 and 5 (the 30 rules playbook's own data, not retyped here).
BRIEFING: tuple[ManagerRule, ...] = tuple(_BY_NUMBER[n] for n in (3, 4, 5))

#: The client's comments: rule 29.
CLIENT_COMMENTS: tuple[ManagerRule, ...] = (_BY_NUMBER[29],)

#: Lowering the doers' resistance (section «Взаимодействие с исполнителями»).
INVOLVE: tuple[Text, ...] = (
    Text.of("doers.involve.1"),
    Text.of("doers.involve.2"),
    Text.of("doers.involve.3"),
)

FORMALISTS = Text.of("doers.formalists")

_FLOW = {
    "mail": Text.of("doers.flow.mail"),
    "you": Text.of("doers.flow.you"),
    "brief": Text.of("doers.flow.brief"),
    "team": Text.of("doers.flow.team"),
    "raw": Text.of("doers.flow.raw"),
}
_RULE = Text.of("doers.rule")
_FORMALISTS_INTRO = Text.of("doers.formalists_intro")
_CHANNELS = Text.of("doers.channels")


def _rule(rule: ManagerRule) -> Text:
    return Text(
        ru=_RULE.ru.format(number=rule.number, text=rule.text.ru),
        en=_RULE.en.format(number=rule.number, text=rule.text.en),
    )


def _diagram() -> Diagram:
    def chart(lang: Lang) -> str:
        f = {k: wrap_label(v(lang), 16) for k, v in _FLOW.items()}
        return "\n".join(
            [
                COMPACT_CHART,
                "flowchart LR",
                f'    mail["{f["mail"]}"] --> you["{f["you"]}"]',
                f'    you --> brief["{f["brief"]}"]',
                f'    brief --> team["{f["team"]}"]',
                f'    mail -.->|"✗ {f["raw"]}"| team',
            ]
        )

    return Diagram(mermaid=Text(ru=chart(Lang.RU), en=chart(Lang.EN)))


def document() -> Document:
    """The printable doers playbook: the briefing checklist and the comments rule (from the rule data above)."""
    return Document(
        id="doers",
        title=TITLE,
        source=SOURCE,
        blocks=(
            Paragraph(text=CONTEXT),
            Heading(text=Text.of("doers.card.before_the_work_starts")),
            Checklist(items=tuple(_rule(r) for r in BRIEFING)),
            Heading(text=Text.of("doers.card.the_client_s_comments")),
            Checklist(items=tuple(_rule(r) for r in CLIENT_COMMENTS)),
            _diagram(),
            Paragraph(text=_FORMALISTS_INTRO),
            Quote(text=FORMALISTS),
            Heading(text=Text.of("doers.card.lowering_the_doers_resistance")),
            Bullets(items=INVOLVE),
            Note(text=_CHANNELS, style="info"),
            *book_blocks("doers"),
        ),
    )
