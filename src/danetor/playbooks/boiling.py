"""Signs of a client «coming to the boil» (признаки «закипания»): texts (ru/en) and the printable document.

Source: shared/sources/003_…txt, «Конфликты с клиентами»:

    «С целью гашения потенциальных конфликтов на ранней стадии внимательно отслеживайте признаки “закипания”.
    В нескольких фразах клиента вдруг просквозило раздражение? Это повод поинтересоваться, все ли его устраивает
    в вашем сотрудничестве. Клиент начинает избегать личных встреч и даже общения по телефону, а на письма
    отвечает коротко и с задержками? Такие сигналы тем более нельзя игнорировать.»

The book's part: the three signs, the action (ask whether everything about the cooperation suits the client), and
the ordering (the withdrawal signs weigh more than irritation: «тем более нельзя игнорировать»). Ours: the four
urgency levels and their wording, counting either withdrawal sign on its own, and ranking irritation *together
with* withdrawal highest (the book does not discuss the combination). The document says so in an ``ours`` note.

Fixed texts only; the rule set is :mod:`danetor.rules.boiling`, which imports these texts. :func:`document`
imports the rule set lazily to keep the import graph acyclic.
"""

from __future__ import annotations

import itertools

from ..text import Lang, Text, book_source
from .document import Checklist, Diagram, Document, Heading, Note, Quote, Table

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

TITLE = Text(ru="Признаки «закипания» клиента", en="Signs of a client coming to the boil")
SOURCE = book_source(
    Text(
        ru="краткое содержание, раздел «Конфликты с клиентами»",
        en="summary, section “Conflicts with clients”",
    )
)

#: short labels of the three signals (keyed by input name)
SIGNAL_LABELS: dict[str, Text] = {
    "irritation": Text(ru="раздражение в репликах", en="irritation in a few phrases"),
    "avoids_meetings": Text(ru="избегает встреч и звонков", en="avoids meetings and even calls"),
    "short_late_replies": Text(ru="короткие ответы с задержками", en="short, late email replies"),
}
#: the signals as observations to tick off (keyed by input name)
SIGNAL_QUESTIONS: dict[str, Text] = {
    "irritation": Text(
        ru="В нескольких фразах клиента вдруг просквозило раздражение.",
        en="Irritation has suddenly shown in a few of the client's phrases.",
    ),
    "avoids_meetings": Text(
        ru="Клиент начинает избегать личных встреч и даже общения по телефону.",
        en="The client has started to avoid meetings in person, and even phone calls.",
    ),
    "short_late_replies": Text(
        ru="На письма клиент отвечает коротко и с задержками.",
        en="The client answers email briefly and late.",
    ),
}
#: keyed by :class:`danetor.rules.boiling.Observed` values
OBSERVED_VALUES: dict[str, Text] = {"yes": Text(ru="да", en="yes"), "no": Text(ru="нет", en="no")}

#: keyed by :class:`danetor.rules.boiling.Urgency` values
URGENCY_LABELS: dict[str, Text] = {
    "none": Text(ru="нет", en="none"),
    "elevated": Text(ru="повышенная", en="elevated"),
    "high": Text(ru="высокая", en="high"),
    "highest": Text(ru="наивысшая", en="highest"),
}
#: how soon to act at each urgency (ours: the book gives the ordering, not the timing)
URGENCY_WHEN: dict[str, Text] = {
    "none": Text(
        ru="Ничего сверх обычного внимания делать не нужно.",
        en="Nothing beyond your usual attention is needed.",
    ),
    "elevated": Text(
        ru="Спросите при ближайшем удобном случае, не откладывайте надолго.",
        en="Ask at the next good opportunity; do not put it off for long.",
    ),
    "high": Text(
        ru="Не ждите удобного случая: начните этот разговор сами, как можно скорее.",
        en="Do not wait for a good opportunity: start that conversation yourself, as soon as you can.",
    ),
    "highest": Text(
        ru="Займитесь этим в первую очередь: похоже, конфликт совсем близко.",
        en="Make this your first priority: a conflict looks very close.",
    ),
}
#: keyed by :class:`danetor.rules.boiling.BoilingAction` values
ACTION_TEXTS: dict[str, Text] = {
    "watch": Text(
        ru="Продолжайте внимательно отслеживать признаки «закипания», чтобы гасить возможные конфликты на ранней "
        "стадии.",
        en="Keep a close watch for the signs of the client coming to the boil, so that you can put out conflicts "
        "early.",
    ),
    "ask": Text(
        ru="Поинтересуйтесь у клиента, все ли его устраивает в вашем сотрудничестве.",
        en="Ask the client whether everything about working with you suits them.",
    ),
}
#: short action names (for the diagram), keyed by :class:`danetor.rules.boiling.BoilingAction` values
ACTION_LABELS: dict[str, Text] = {
    "watch": Text(ru="наблюдайте", en="keep watching"),
    "ask": Text(ru="спросите, все ли устраивает", en="ask whether all suits them"),
}
#: the rule texts of the rule set (keyed by rule id)
RULE_WHY: dict[str, Text] = {
    "calm": Text(
        ru="Ни одного признака «закипания» не замечено. Книга советует внимательно их отслеживать — продолжайте.",
        en="No sign of the client coming to the boil. The book says to watch for them closely: keep doing so.",
    ),
    "irritation": Text(
        ru="В нескольких фразах клиента просквозило раздражение. По книге это повод поинтересоваться, все ли его "
        "устраивает в вашем сотрудничестве.",
        en="Irritation showed in a few of the client's phrases. The book calls that a reason to ask whether "
        "everything about working with you suits them.",
    ),
    "withdrawal": Text(
        ru="Клиент избегает встреч и звонков или отвечает на письма коротко и с задержками. По книге такие "
        "сигналы тем более нельзя игнорировать.",
        en="The client avoids meetings and calls, or answers email briefly and late. The book says that such "
        "signals, even more so, must not be ignored.",
    ),
    "irritation_and_withdrawal": Text(
        ru="И раздражение, и отдаление сразу. Книга не разбирает это сочетание отдельно; мы ставим его выше "
        "каждого признака по отдельности.",
        en="Irritation and withdrawal at once. The book does not discuss this combination; we rank it above "
        "either kind of sign on its own.",
    ),
}
#: short names of the rules (for the diagram)
RULE_SHORT: dict[str, Text] = {
    "calm": Text(ru="Признаков нет", en="No signs"),
    "irritation": Text(ru="Только раздражение", en="Irritation only"),
    "withdrawal": Text(
        ru="Избегает встреч или отвечает коротко и поздно", en="Avoids meetings or replies short and late"
    ),
    "irritation_and_withdrawal": Text(ru="Раздражение и отдаление", en="Irritation and withdrawal"),
}

#: fixed templates for :meth:`danetor.boiling.BoilingAdvice.explain` (only our own values are formatted in)
EXPLAIN: dict[str, Text] = {
    "signs": Text(ru="Замеченные признаки: {signs}.", en="Signs seen: {signs}."),
    "no_signs": Text(ru="Замеченные признаки: нет.", en="Signs seen: none."),
    "urgency": Text(ru="Срочность: {urgency}. {when}", en="Urgency: {urgency}. {when}"),
    "action": Text(ru="Что делать: {action}", en="What to do: {action}"),
    "why": Text(ru="Почему: {why}", en="Why: {why}"),
}

_QUOTE = Text(
    ru="С целью гашения потенциальных конфликтов на ранней стадии внимательно отслеживайте признаки «закипания». "
    "В нескольких фразах клиента вдруг просквозило раздражение? Это повод поинтересоваться, все ли его "
    "устраивает в вашем сотрудничестве. Клиент начинает избегать личных встреч и даже общения по телефону, а на "
    "письма отвечает коротко и с задержками? Такие сигналы тем более нельзя игнорировать.",
    en="To put out potential conflicts early, watch closely for the signs of a client coming to the boil. Has "
    "irritation suddenly shown in a few of the client's phrases? That is a reason to ask whether everything "
    "about working with you suits them. Has the client started to avoid meetings in person and even phone "
    "calls, and to answer email briefly and late? Such signals, even more so, must not be ignored.",
)
_SIGNS_HEADING = Text(ru="Что замечать", en="What to watch for")
_TABLE_HEADING = Text(ru="Что делать", en="What to do")
_ALL_HEADING = Text(ru="Все сочетания признаков", en="Every combination of signs")
_URGENCY = Text(ru="Срочность", en="Urgency")
_ACTION = Text(ru="Действие", en="Action")
_WHEN = Text(ru="Когда", en="When")
_SITUATION = Text(ru="Что замечено", en="What you see")
_FAILURE_NOTE = Text(
    ru="Если конфликта уже не избежать, а виной ему ваши собственные «косяки», еще не все потеряно: главное — "
    "правильно «отработать» свой провал (см. плейбук «Отработка провала»).",
    en="If the conflict can no longer be avoided and your own slip-ups caused it, not all is lost: what matters "
    "is to handle your failure properly (see the failure-handling playbook).",
)
_OURS_NOTE = Text(
    ru="Из книги — три признака, действие (поинтересоваться, все ли устраивает клиента) и порядок: признаки "
    "отдаления весят больше раздражения. Наше — четыре уровня срочности и слова о том, когда действовать; то, "
    "что любой из признаков отдаления (избегает встреч и звонков или отвечает коротко и поздно) считается и по "
    "отдельности; и то, что раздражение вместе с отдалением мы ставим выше всего — этого сочетания книга не "
    "разбирает.",
    en="From the book: the three signs, the action (ask whether everything suits the client) and the ordering: "
    "signs of withdrawal weigh more than irritation. Ours: the four urgency levels and the words on when to act; "
    "counting either withdrawal sign (avoiding meetings and calls, or short late replies) on its own; and ranking "
    "irritation together with withdrawal highest, a combination the book does not discuss.",
)


def _mermaid_label(text: str) -> str:
    """A Mermaid node label: our fixed texts, with the characters Mermaid's grammar reserves escaped."""
    return text.replace('"', "#quot;")


def document() -> Document:
    """The boiling signs as a printable document; the tables and the chart come from the verified rule set."""
    from ..rules.boiling import ACTION_FOR, BOILING, URGENCY_ORDER
    from ..shipped import compiled

    table = compiled(BOILING)
    names = [i.name for i in BOILING.inputs]
    rules = sorted(BOILING.rules, key=lambda r: URGENCY_ORDER.index(r.then))

    by_rule = tuple(
        (
            RULE_SHORT[rule.id],
            URGENCY_LABELS[rule.then],
            ACTION_TEXTS[ACTION_FOR[rule.then]],
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

    def chart(lang: Lang) -> str:
        lines = ["flowchart LR"]
        for rule in rules:
            label = (
                f"{RULE_SHORT[rule.id](lang)}<br/>{_URGENCY(lang)}: {URGENCY_LABELS[rule.then](lang)}"
                f"<br/>{_ACTION(lang)}: {ACTION_LABELS[ACTION_FOR[rule.then]](lang)}"
            )
            lines.append(f'    {rule.id}["{_mermaid_label(label)}"]')
        lines += [f"    {a.id} --> {b.id}" for a, b in itertools.pairwise(rules)]
        return "\n".join(lines)

    return Document(
        id="boiling",
        title=TITLE,
        source=SOURCE,
        blocks=(
            Quote(text=_QUOTE),
            Heading(text=_SIGNS_HEADING),
            Checklist(items=tuple(SIGNAL_QUESTIONS[n] for n in names)),
            Heading(text=_TABLE_HEADING),
            Diagram(mermaid=Text(ru=chart(Lang.RU), en=chart(Lang.EN))),
            Table(header=(_SITUATION, _URGENCY, _ACTION, _WHEN), rows=by_rule),
            Heading(text=_ALL_HEADING),
            Table(
                header=(
                    *(SIGNAL_LABELS[n] for n in names),
                    _URGENCY,
                    Text(ru="Правило", en="Rule"),
                ),
                rows=combos,
            ),
            Note(text=_FAILURE_NOTE, style="info"),
            Note(text=_OURS_NOTE, style="ours"),
        ),
    )
