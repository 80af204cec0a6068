"""Working with the people who do the work: the briefing checklist, client comments, and its document.

Sources: «Отчаянные аккаунт-менеджеры», section «Взаимодействие с исполнителями» (shared/sources/003_…txt), and
rules 3, 4, 5 and 29 of the «30 правил для хорошего аккаунт-менеджера» (shared/sources/002_…txt), taken from
:data:`danetor.playbooks.rules30.RULES30` (one copy of the 30 rules in the library). The «Формалисты» quotation
is from the archetypes chapter (shared/sources/000_…txt).
"""

from __future__ import annotations

from ..text import Lang, Text, book_source
from .document import Bullets, Checklist, Diagram, Document, Heading, Note, Paragraph, Quote
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


TITLE = Text(ru="Работа с исполнителями", en="Working with the people who do the work")
SOURCE = book_source(
    Text(ru="раздел «Взаимодействие с исполнителями»", en="section “Working with the doers”"),
    also=Text(
        ru="«30 правил для хорошего аккаунт-менеджера», правила 3–5 и 29",
        en="“30 rules for a good account manager”, rules 3–5 and 29",
    ),
)

CONTEXT = Text(
    ru="Нередко непосредственные исполнители — например, дизайнеры или программисты — крайне неохотно выполняют "
    "пожелания заказчиков. Менеджеров они считают бездельниками, которые обещают заказчикам что-то несусветное, "
    "а выполнять обещания приходится им, «производственникам». Клиенты же у них — «идиоты», ничего не "
    "понимающие в дизайне, информационных и прочих технологиях.",
    en="The people who actually do the work, designers or developers for instance, are often very reluctant to "
    "do what clients ask. They see managers as idlers who promise clients the impossible and leave the "
    "“production people” to deliver; and clients, to them, are “idiots” who understand nothing about design, IT or "
    "any other technology.",
)

_BY_NUMBER = {rule.number: rule for rule in RULES30}

#: Before work starts: rules 3, 4 and 5 (the 30 rules playbook's own data, not retyped here).
BRIEFING: tuple[ManagerRule, ...] = tuple(_BY_NUMBER[n] for n in (3, 4, 5))

#: The client's comments: rule 29.
CLIENT_COMMENTS: tuple[ManagerRule, ...] = (_BY_NUMBER[29],)

#: Lowering the doers' resistance (section «Взаимодействие с исполнителями»).
INVOLVE: tuple[Text, ...] = (
    Text(
        ru="Привлекайте исполнителей к общению с клиентами: так они лучше поймут просьбы клиента и смогут "
        "объяснить ему, почему некоторые из них не стоит претворять в жизнь.",
        en="Bring the people who do the work into contact with clients: they will understand the client's "
        "requests better and can explain why some of them are better not carried out.",
    ),
    Text(
        ru="С главным представителем заказчика исполнители общаются только в вашем присутствии; с его коллегами "
        "они могут контактировать и без вас.",
        en="They talk to the client's main representative only with you present; with that person's colleagues "
        "they can be in touch without you.",
    ),
    Text(
        ru="Постарайтесь приобрести у «производственников» авторитет настоящего профессионала.",
        en="Work to earn the production people's respect as a true professional.",
    ),
)

FORMALISTS = Text(
    ru="Любит пересылать (форвардить) запросы клиента непосредственным исполнителям, не вникая в суть вопроса.",
    en="Likes to forward the client's requests to the people doing the work without getting into what they are "
    "about.",
)

_FLOW = {
    "mail": Text(ru="Письмо клиента", en="Client's email"),
    "you": Text(
        ru="Вы: разобрать и обсудить каждый комментарий", en="You: work through and discuss every comment"
    ),
    "brief": Text(
        ru="Задание: задача понята, тексты для макета готовы", en="Brief: task understood, layout copy ready"
    ),
    "team": Text(ru="Исполнители", en="The people doing the work"),
    "raw": Text(ru="не пересылать как есть", en="never forward as is"),
}
_RULE = Text(ru="Правило {number}: {text}", en="Rule {number}: {text}")
_FORMALISTS_INTRO = Text(
    ru="Так книга описывает «формалистов» — один из типажей менеджеров, которым чего-то не хватает, чтобы стать "
    "«синей птицей»:",
    en="This is how the book describes the “formalists”, one of the manager types that lack something to become "
    "the “blue bird”:",
)
_CHANNELS = Text(
    ru="Для связи с подрядчиками выбирайте самый быстрый и удобный вид связи (правило 21); дисциплина писем и "
    "звонков — в плейбуке «Каналы коммуникации».",
    en="With contractors, use the fastest and most convenient way to reach them (rule 21); email and call "
    "discipline is in the communication channels playbook.",
)


def _rule(rule: ManagerRule) -> Text:
    return Text(
        ru=_RULE.ru.format(number=rule.number, text=rule.text.ru),
        en=_RULE.en.format(number=rule.number, text=rule.text.en),
    )


def _diagram() -> Diagram:
    def chart(lang: Lang) -> str:
        f = {k: v(lang) for k, v in _FLOW.items()}
        return "\n".join(
            [
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
            Heading(text=Text(ru="Прежде чем начнется работа", en="Before the work starts")),
            Checklist(items=tuple(_rule(r) for r in BRIEFING)),
            Heading(text=Text(ru="Комментарии клиента", en="The client's comments")),
            Checklist(items=tuple(_rule(r) for r in CLIENT_COMMENTS)),
            _diagram(),
            Paragraph(text=_FORMALISTS_INTRO),
            Quote(text=FORMALISTS),
            Heading(
                text=Text(ru="Как снизить сопротивление исполнителей", en="Lowering the doers' resistance")
            ),
            Bullets(items=INVOLVE),
            Note(text=_CHANNELS, style="info"),
        ),
    )
