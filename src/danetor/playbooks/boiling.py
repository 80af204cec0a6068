"""Signs of a client «coming to the boil» (признаки «закипания»): texts (ru/en) and the printable document.

Source: shared/sources/003_…txt, «Конфликты с клиентами»:

    «С целью гашения потенциальных конфликтов на ранней стадии внимательно отслеживайте признаки “закипания”.
    В нескольких фразах клиента вдруг просквозило раздражение? Это повод поинтересоваться, все ли его устраивает
    в вашем сотрудничестве. Клиент начинает избегать личных встреч и даже общения по телефону, а на письма
    отвечает коротко и с задержками? Такие сигналы тем более нельзя игнорировать.»

The book's part: the three signs, the action on irritation (ask whether everything about the cooperation suits the
client), and the ordering (the withdrawal signs weigh more than irritation: «тем более нельзя игнорировать»). Ours:
asking on withdrawal too (the book only says not to ignore it), the four urgency levels and their wording, counting
either withdrawal sign on its own, and ranking irritation *together with* withdrawal highest (the book does not
discuss the combination). The document says so in an ``ours`` note.

Fixed texts only; the rule set is :mod:`danetor.rules.boiling`, which imports these texts. :func:`document`
imports the rule set lazily to keep the import graph acyclic.
"""

from __future__ import annotations

from ..boiling import ACTION_TEXTS, EXPLAIN, SIGNAL_LABELS, URGENCY_LABELS, URGENCY_WHEN
from ..text import Text, book_source
from .book import blocks as book_blocks
from .document import Checklist, Document, Heading, Note, Quote, Table

__all__ = [
    "ACTION_LABELS",
    "ACTION_TEXTS",
    "EXPLAIN",
    "OBSERVED_VALUES",
    "RULE_SHORT",
    "RULE_WHY",
    "SIGNAL_LABELS",
    "SIGNAL_QUESTIONS",
    "SOURCE",
    "TITLE",
    "URGENCY_LABELS",
    "URGENCY_WHEN",
    "document",
]

TITLE = Text.of("boiling.title")
SOURCE = book_source(Text.of("boiling.source"))

#: the signals as observations to tick off (keyed by input name)
SIGNAL_QUESTIONS: dict[str, Text] = {
    "irritation": Text.of("boiling.signal_questions.irritation"),
    "avoids_meetings": Text.of("boiling.signal_questions.avoids_meetings"),
    "short_late_replies": Text.of("boiling.signal_questions.short_late_replies"),
}
#: keyed by :class:`danetor.rules.boiling.Observed` values
OBSERVED_VALUES: dict[str, Text] = {
    "yes": Text.of("boiling.observed_values.yes"),
    "no": Text.of("boiling.observed_values.no"),
}

#: short action names (for the diagram), keyed by :class:`danetor.rules.boiling.BoilingAction` values
ACTION_LABELS: dict[str, Text] = {
    "watch": Text.of("boiling.action_labels.watch"),
    "ask": Text.of("boiling.action_labels.ask"),
}
#: the rule texts of the rule set (keyed by rule id)
RULE_WHY: dict[str, Text] = {
    "calm": Text.of("boiling.rule_why.calm"),
    "irritation": Text.of("boiling.rule_why.irritation"),
    "withdrawal": Text.of("boiling.rule_why.withdrawal"),
    "irritation_and_withdrawal": Text.of("boiling.rule_why.irritation_and_withdrawal"),
}
#: short names of the rules (for the diagram)
RULE_SHORT: dict[str, Text] = {
    "calm": Text.of("boiling.rule_short.calm"),
    "irritation": Text.of("boiling.rule_short.irritation"),
    "withdrawal": Text.of("boiling.rule_short.withdrawal"),
    "irritation_and_withdrawal": Text.of("boiling.rule_short.irritation_and_withdrawal"),
}


_QUOTE = Text.of("boiling.quote")
_SIGNS_HEADING = Text.of("boiling.signs_heading")
_TABLE_HEADING = Text.of("boiling.table_heading")
_ALL_HEADING = Text.of("boiling.all_heading")
_URGENCY = Text.of("boiling.urgency")
_ACTION = Text.of("boiling.action")
_WHEN = Text.of("boiling.when")
_SITUATION = Text.of("boiling.situation")
_FAILURE_NOTE = Text.of("boiling.failure_note")
_OURS_NOTE = Text.of("boiling.ours_note")


def document() -> Document:
    """The boiling signs as a printable document; the tables and the chart come from the verified rule set."""
    from ..rules.boiling import ACTION_FOR, BOILING, URGENCY_ORDER, Urgency
    from ..shipped import compiled

    table = compiled(BOILING)
    names = [i.name for i in BOILING.inputs]
    rules = sorted(BOILING.rules, key=lambda r: URGENCY_ORDER.index(r.then))

    by_rule = tuple(
        (
            RULE_SHORT[rule.id],
            URGENCY_LABELS[rule.then],
            ACTION_TEXTS[ACTION_FOR[Urgency(rule.then)]],
            URGENCY_WHEN[rule.then],
        )
        for rule in rules
    )
    # every combination, the most urgent first (stable: declaration order within one urgency)
    looked_up = [(combo, table.lookup(*combo.values())) for combo in BOILING.combinations()]
    looked_up.sort(key=lambda item: -URGENCY_ORDER.index(item[1].outcome))
    combos = tuple(
        (*(OBSERVED_VALUES[combo[n]] for n in names), URGENCY_LABELS[row.outcome], RULE_SHORT[row.rule])
        for combo, row in looked_up
    )

    return Document(
        id="boiling",
        title=TITLE,
        source=SOURCE,
        blocks=(
            Quote(text=_QUOTE),
            Heading(text=_SIGNS_HEADING),
            Checklist(items=tuple(SIGNAL_QUESTIONS[n] for n in names)),
            Heading(text=_TABLE_HEADING),
            Table(header=(_SITUATION, _URGENCY, _ACTION, _WHEN), rows=by_rule),
            Heading(text=_ALL_HEADING),
            Table(
                header=(
                    *(SIGNAL_LABELS[n] for n in names),
                    _URGENCY,
                    Text.of("boiling.card.rule"),
                ),
                rows=combos,
            ),
            Note(text=_FAILURE_NOTE, style="info"),
            Note(text=_OURS_NOTE, style="ours"),
            *book_blocks("boiling"),
        ),
    )
