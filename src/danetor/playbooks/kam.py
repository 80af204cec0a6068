"""The KAM quadrant: its texts (ru/en) and its printable :class:`~danetor.playbooks.document.Document`.

Source: shared/sources/004_…txt, «Key Account Management Strategy Analysis». Unlike the rest of the book material,
this passage is in English (a key-account-management article that cites McDonald & Woodburn, «Key Account
Management — The Definitive Guide»), so here the *English* action texts are the source's own words and the Russian
is our translation.

The source names the two axes (account attractiveness, strength of the relationship) and lists the four quadrants
with their action, but does not draw the matrix. Which corner is which quadrant is ours, taken from the usual
McDonald–Woodburn layout that the source cites; the document says so in an ``ours`` note.

This module holds fixed texts only. The rule set lives in :mod:`danetor.rules.kam`, which imports these texts;
:func:`document` imports the rule set lazily (inside the function) to keep the import graph acyclic.
"""

from __future__ import annotations

from ..text import Lang, Text
from .document import Diagram, Document, Heading, Note, Paragraph, Table

__all__ = [
    "ATTRACTIVENESS_LABEL",
    "ATTRACTIVENESS_VALUES",
    "EXPLAIN",
    "QUADRANT_ACTIONS",
    "QUADRANT_NAMES",
    "QUADRANT_WHY",
    "RELATIONSHIP_LABEL",
    "RELATIONSHIP_VALUES",
    "SOURCE",
    "TITLE",
    "document",
]

TITLE = Text(
    ru="Квадрант KAM: стратегия по ключевым клиентам", en="The KAM quadrant: strategy for key accounts"
)
SOURCE = Text(
    ru="статья о Key Account Management (источник 004), раздел «Key Account Management Strategy Analysis», со "
    "ссылкой на книгу М. Макдональда и Д. Вудберн «Key Account Management — The Definitive Guide»",
    en="an article on key account management (source 004), section “Key Account Management Strategy Analysis”, "
    "citing Malcolm McDonald & Diana Woodburn, “Key Account Management: The Definitive Guide”",
)

ATTRACTIVENESS_LABEL = Text(ru="привлекательность клиента", en="account attractiveness")
RELATIONSHIP_LABEL = Text(ru="сила отношений", en="relationship strength")

#: keyed by :class:`danetor.rules.kam.Attractiveness` values
ATTRACTIVENESS_VALUES: dict[str, Text] = {
    "high": Text(ru="высокая", en="high"),
    "low": Text(ru="низкая", en="low"),
}
#: keyed by :class:`danetor.rules.kam.Relationship` values
RELATIONSHIP_VALUES: dict[str, Text] = {
    "strong": Text(ru="сильные", en="strong"),
    "weak": Text(ru="слабые", en="weak"),
}

#: keyed by :class:`danetor.rules.kam.Quadrant` values; the source's English names are kept in Russian too
QUADRANT_NAMES: dict[str, Text] = {
    "strategic": Text(ru="Strategic (стратегический клиент)", en="Strategic"),
    "star": Text(ru="Star (клиент-«звезда»)", en="Star"),
    "status": Text(ru="Status (статусный клиент)", en="Status"),
    "streamline": Text(ru="Streamline (клиент для оптимизации)", en="Streamline"),
}

#: the source's action for each quadrant (en: the source's words; ru: our translation)
QUADRANT_ACTIONS: dict[str, Text] = {
    "strategic": Text(
        ru="Вкладывайте внимание и обеспечивайте прибыльность.",
        en="Invest mindshare and ensure profitability.",
    ),
    "star": Text(
        ru="Вкладывайте время и деньги. Прибыльным клиент пока может и не быть.",
        en="Invest time & money. Need not be profitable yet.",
    ),
    "status": Text(ru="Поддерживайте статус-кво.", en="Maintain the status quo."),
    "streamline": Text(ru="Управляйте ради прибыльности.", en="Manage for profitability."),
}

#: why each cell is the quadrant it is (the rule texts of the rule set)
QUADRANT_WHY: dict[str, Text] = {
    "strategic": Text(
        ru="Клиент привлекателен, и отношения с ним сильные: это стратегический клиент.",
        en="The account is attractive and the relationship is strong: a strategic account.",
    ),
    "star": Text(
        ru="Клиент привлекателен, но отношения с ним пока слабые: это «звезда», в которую стоит вложиться.",
        en="The account is attractive but the relationship is still weak: a star worth investing in.",
    ),
    "status": Text(
        ru="Отношения сильные, но сам клиент не очень привлекателен: сохраняйте то, что есть.",
        en="The relationship is strong but the account itself is not very attractive: keep what you have.",
    ),
    "streamline": Text(
        ru="Клиент не очень привлекателен, и отношения с ним слабые: работайте экономно, ради прибыли.",
        en="The account is not very attractive and the relationship is weak: run it lean, for profit.",
    ),
}

#: fixed templates for :meth:`danetor.kam.KamAdvice.explain` (only our own values are formatted into them)
EXPLAIN: dict[str, Text] = {
    "quadrant": Text(ru="Квадрант: {quadrant}.", en="Quadrant: {quadrant}."),
    "inputs": Text(
        ru="Привлекательность клиента — {attractiveness}; отношения — {relationship}.",
        en="Account attractiveness: {attractiveness}; relationship: {relationship}.",
    ),
    "action": Text(ru="Что делать: {action}", en="What to do: {action}"),
    "why": Text(ru="Почему: {why}", en="Why: {why}"),
}

_INTRO = Text(
    ru="Хотя бы раз в год смотрите на ключевых клиентов шире, чем на цифры, отношения и текущие дела. Квадрант "
    "KAM помогает оценить две вещи: насколько клиент привлекателен для вас и насколько сильны ваши отношения "
    "с ним. От сочетания зависит, что делать с клиентом.",
    en="At least once a year, look beyond the dollar numbers, relationships and activities of your key accounts. "
    "The KAM quadrant helps you judge two things: how attractive the account is, and how strong your relationship "
    "in it is. The combination tells you what to do with the account.",
)
_LANGUAGE_NOTE = Text(
    ru="Этот раздел источника написан по-английски. Английские формулировки действий — цитаты из него, русские — "
    "наш перевод.",
    en="This passage of the source is in English. The English wording of each action is quoted from it; the "
    "Russian is our translation.",
)
_OURS_NOTE = Text(
    ru="Источник перечисляет четыре квадранта и действие для каждого, но не говорит, какой квадрант в каком углу "
    "матрицы. Расстановку мы взяли из обычной схемы Макдональда и Вудберн, на книгу которых ссылается "
    "источник: Strategic — привлекательный клиент и сильные отношения, Star — привлекательный клиент и слабые "
    "отношения, Status — сильные отношения с менее привлекательным клиентом, Streamline — ни то ни другое. "
    "Деление каждой оси на две градации («высокая/низкая», «сильные/слабые») — тоже наше.",
    en="The source lists the four quadrants and an action for each, but does not say which corner of the matrix "
    "each one is. We placed them as in the usual McDonald & Woodburn matrix that the source cites: Strategic is "
    "an attractive account with a strong relationship, Star an attractive account with a weak one, Status a "
    "strong relationship with a less attractive account, Streamline neither. Splitting each axis into two "
    "levels (high/low, strong/weak) is ours too.",
)
_TABLE_HEAD = (
    Text(ru="Привлекательность клиента", en="Account attractiveness"),
    Text(ru="Отношения", en="Relationship"),
    Text(ru="Квадрант", en="Quadrant"),
    Text(ru="Что делать", en="What to do"),
)
_ACTIONS = Text(ru="Квадранты и действия", en="Quadrants and actions")
_CHART = {
    "title": Text(ru="Квадрант KAM", en="KAM quadrant"),
    "x": (
        Text(ru="Слабые отношения", en="Weak relationship"),
        Text(ru="Сильные отношения", en="Strong relationship"),
    ),
    "y": (
        Text(ru="Низкая привлекательность", en="Low attractiveness"),
        Text(ru="Высокая привлекательность", en="High attractiveness"),
    ),
}


def _quoted(text: str) -> str:
    """A quoted Mermaid quadrantChart string: anything but a double quote goes inside (our fixed texts only)."""
    return '"' + text.replace('"', "'") + '"'


def document() -> Document:
    """The KAM quadrant as a printable document; the table and the chart are generated from the verified rule set."""
    from ..rules.kam import KAM, Attractiveness, Relationship
    from ..shipped import compiled

    table = compiled(KAM)
    rows = []
    for attractiveness in Attractiveness:
        for relationship in Relationship:
            quadrant = table.lookup(attractiveness.value, relationship.value).outcome
            rows.append(
                (
                    ATTRACTIVENESS_VALUES[attractiveness],
                    RELATIONSHIP_VALUES[relationship],
                    QUADRANT_NAMES[quadrant],
                    QUADRANT_ACTIONS[quadrant],
                )
            )

    def chart(lang: Lang) -> str:
        # Labels are quoted strings (the grammar takes any text but a double quote inside quotes).
        # Mermaid numbers the quadrants 1 = top right, 2 = top left, 3 = bottom left, 4 = bottom right;
        # x grows with the relationship, y with the attractiveness.
        corners = {
            1: (Attractiveness.HIGH, Relationship.STRONG),
            2: (Attractiveness.HIGH, Relationship.WEAK),
            3: (Attractiveness.LOW, Relationship.WEAK),
            4: (Attractiveness.LOW, Relationship.STRONG),
        }
        lines = [
            "quadrantChart",
            f"    title {_CHART['title'](lang)}",
            f"    x-axis {_quoted(_CHART['x'][0](lang))} --> {_quoted(_CHART['x'][1](lang))}",
            f"    y-axis {_quoted(_CHART['y'][0](lang))} --> {_quoted(_CHART['y'][1](lang))}",
        ]
        for n, (a, r) in corners.items():
            quadrant = table.lookup(a.value, r.value).outcome
            # the book's one-word names: the full names in the table below do not fit a quadrant
            lines.append(f"    quadrant-{n} {_quoted(quadrant.capitalize())}")
        return "\n".join(lines)

    return Document(
        id="kam",
        title=TITLE,
        source=SOURCE,
        blocks=(
            Paragraph(text=_INTRO),
            Heading(text=_ACTIONS),
            Diagram(mermaid=Text(ru=chart(Lang.RU), en=chart(Lang.EN))),
            Table(header=_TABLE_HEAD, rows=tuple(rows)),
            Note(text=_LANGUAGE_NOTE, style="info"),
            Note(text=_OURS_NOTE, style="ours"),
        ),
    )
