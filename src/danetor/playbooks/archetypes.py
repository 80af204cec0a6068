"""The five manager archetypes: texts (ru/en), the self-assessment statements and the printable document.

Source: shared/sources/000_…txt, chapters of «Отчаянные аккаунт-менеджеры»: «Подвид № 1. «Обслуга»» …
«Подвид № 4. «Хорошие ребята»», «Подвид «Синяя птица», и как в неё превратиться» and the growth direction the book
gives each one. The book's summary (003_…txt) names the same types, calling the «формалисты» «пофигисты»
(«равнодушные к заказчикам “пофигисты”»): the same type, described by the same trait — indifference to the client.
Source 004 has a similar list under other names («Равнодушные», «Угодливые», «Дружественные», «Сверхкомпетентные»);
we show them as other names and take the traits from the book.

Ours, not the book's: the wording of the self-assessment statements (each paraphrases a trait the book gives),
the scoring rule and its tie rules. The book itself only asks «Узнали ли вы себя в каком-либо подвиде?».

The statements and the rule set are :mod:`danetor.rules.archetypes`, which refers to its texts by key; this module
gives the texts the API and the card use, and builds the printable document.
"""

from __future__ import annotations

from ..archetypes import ARCHETYPE_NAMES, ARCHETYPE_SHORT, EXPLAIN, GROWTH, OUTCOME_LABELS, TRAITS
from ..rules.archetypes import ARCHETYPE_IDS, ARCHETYPES, MAX_POINTS, QUIZ, STATEMENTS, Archetype, Statement
from ..text import BOOK, SUMMARY, Lang, Text, book_source
from .book import blocks as book_blocks
from .cite import cited, joined
from .document import (
    Bullets,
    Checklist,
    Diagram,
    Document,
    Heading,
    Note,
    Paragraph,
    Quote,
    Steps,
    Table,
    built,
)

__all__ = [
    "ALSO_CALLED",
    "ARCHETYPE_IDS",
    "ARCHETYPE_NAMES",
    "ARCHETYPE_SHORT",
    "EXPLAIN",
    "GROWTH",
    "GROWTH_SHORT",
    "OUTCOME_LABELS",
    "RULE_WHY",
    "SOURCE",
    "STATEMENTS",
    "TITLE",
    "TRAITS",
    "Statement",
    "document",
]

TITLE = Text.of("archetypes.title")
SOURCE = book_source(Text.of("archetypes.source"), book=BOOK, also=joined(SUMMARY, cited("am_types")))

#: the names the other sources use for the same type
ALSO_CALLED: dict[str, Text] = {
    "servant": Text.of("archetypes.also_called.servant"),
    "formalist": Text.of("archetypes.also_called.formalist"),
    "know_it_all": Text.of("archetypes.also_called.know_it_all"),
    "nice_guy": Text.of("archetypes.also_called.nice_guy"),
    "blue_bird": Text.of("archetypes.also_called.blue_bird"),
}
#: a few words on each type's growth (the diagram's arrows)
GROWTH_SHORT: dict[str, Text] = {
    "servant": Text.of("archetypes.growth_short.servant"),
    "formalist": Text.of("archetypes.growth_short.formalist"),
    "know_it_all": Text.of("archetypes.growth_short.know_it_all"),
    "nice_guy": Text.of("archetypes.growth_short.nice_guy"),
}


#: the text of each rule of the rule set, by rule id
RULE_WHY: dict[str, Text] = {rule.id: Text.of(rule.why) for rule in ARCHETYPES.rules}


_INTRO = Text.of("archetypes.intro")
_QUOTE = Text.of("archetypes.quote")
_TYPES_HEADING = Text.of("archetypes.types_heading")
_TRAITS_HEAD = (
    Text.of("archetypes.traits_head.1"),
    Text.of("archetypes.traits_head.2"),
    Text.of("archetypes.traits_head.3"),
)
_GROWTH_HEAD = (Text.of("archetypes.growth_head.1"), Text.of("archetypes.growth_head.2"))
_GROWTH_HEADING = Text.of("archetypes.growth_heading")
_QUIZ_HEADING = Text.of("archetypes.quiz_heading")
_QUIZ_INTRO = Text.of("archetypes.quiz_intro")
_SCORING_HEADING = Text.of("archetypes.scoring_heading")
_SCORING_FIRST = Text.of("archetypes.scoring_first")
_KEY_HEAD = (Text.of("archetypes.key_head.1"), Text.of("archetypes.key_head.2"))
_DIAGRAM_HEADING = Text.of("archetypes.diagram_heading")
_OURS_NOTE = Text.of("archetypes.ours_note")
_NAMES_NOTE = Text.of("archetypes.names_note")


def _mermaid_label(text: str) -> str:
    """A Mermaid label: our fixed texts, with the quote character Mermaid's grammar reserves escaped."""
    return text.replace('"', "#quot;")


def document() -> Document:
    """The archetypes as a printable document: table, self-assessment, scoring rule (from the verified rule set)
    and the growth diagram."""

    number = {s.id: i for i, s in enumerate(QUIZ, 1)}
    key_rows = tuple(
        (
            ARCHETYPE_NAMES[a],
            Text(
                ru=", ".join(str(number[s.id]) for s in STATEMENTS if s.archetype == a),
                en=", ".join(str(number[s.id]) for s in STATEMENTS if s.archetype == a),
            ),
        )
        for a in Archetype
    )

    def chart(lang: Lang) -> str:
        goal = Archetype.BLUE_BIRD
        lines = ["flowchart LR", f'    {goal.value}(("{_mermaid_label(ARCHETYPE_SHORT[goal](lang))}"))']
        for a in Archetype:
            if a is goal:
                continue
            lines.append(f'    {a.value}["{_mermaid_label(ARCHETYPE_SHORT[a](lang))}"]')
            lines.append(f'    {a.value} -->|"{_mermaid_label(GROWTH_SHORT[a](lang))}"| {goal.value}')
        return "\n".join(lines)

    first = Text(ru=_SCORING_FIRST.ru.format(n=MAX_POINTS), en=_SCORING_FIRST.en.format(n=MAX_POINTS))
    return Document(
        id="archetypes",
        title=TITLE,
        source=SOURCE,
        blocks=(
            Paragraph(text=_INTRO),
            Heading(text=_TYPES_HEADING),
            Table(
                header=_TRAITS_HEAD,
                rows=tuple((ARCHETYPE_NAMES[a], TRAITS[a], ALSO_CALLED[a]) for a in Archetype),
            ),
            Heading(text=_GROWTH_HEADING),
            Table(header=_GROWTH_HEAD, rows=tuple((ARCHETYPE_NAMES[a], GROWTH[a]) for a in Archetype)),
            Heading(text=_DIAGRAM_HEADING),
            Diagram(mermaid=Text(ru=chart(Lang.RU), en=chart(Lang.EN))),
            Bullets(
                items=tuple(
                    Text(
                        ru=f"{ARCHETYPE_SHORT[a].ru}: {GROWTH_SHORT[a].ru}",
                        en=f"{ARCHETYPE_SHORT[a].en}: {GROWTH_SHORT[a].en}",
                    )
                    for a in GROWTH_SHORT
                )
            ),
            Heading(text=_QUIZ_HEADING),
            Quote(text=_QUOTE),
            Paragraph(text=_QUIZ_INTRO),
            Checklist(
                items=tuple(
                    built(lambda lang, n=n, s=s: f"{n}. {Text.of(s.text)(lang)}")
                    for n, s in enumerate(QUIZ, 1)
                )
            ),
            Heading(text=_SCORING_HEADING),
            Steps(items=(first, *(Text.of(rule.why) for rule in ARCHETYPES.rules))),
            Table(header=_KEY_HEAD, rows=key_rows),
            Note(text=_NAMES_NOTE, style="info"),
            Note(text=_OURS_NOTE, style="ours"),
            *book_blocks("archetypes"),
        ),
    )
