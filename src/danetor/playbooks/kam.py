"""The KAM quadrant: its texts (ru/en) and its printable :class:`~danetor.playbooks.document.Document`.

Source: shared/sources/004_…txt, «Key Account Management Strategy Analysis» (DemandFarm's blog). Unlike the
book's summary, this passage is in English (a key-account-management article that cites McDonald & Woodburn, «Key
Account Management — The Definitive Guide»), so here the *English* action texts are the source's own words and the
Russian is our translation.

The source names the two axes (account attractiveness, strength of the relationship) and lists the four quadrants
with their action, but does not draw the matrix. Which corner is which quadrant is ours, taken from the usual
McDonald–Woodburn layout that the source cites; the document says so in an ``ours`` note.

This module holds fixed texts only. The rule set lives in :mod:`danetor.rules.kam`, which imports these texts;
:func:`document` imports the rule set lazily (inside the function) to keep the import graph acyclic.
"""

from __future__ import annotations

from ..kam import ATTRACTIVENESS_VALUES, EXPLAIN, QUADRANT_ACTIONS, QUADRANT_NAMES, RELATIONSHIP_VALUES
from ..text import Lang, Text
from .document import Diagram, Document, Heading, Note, Paragraph, Table
from .kam_practice import blocks as practice_blocks

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: nothing here needs ``typing`` at run time
if TYPE_CHECKING:  # pragma: no cover
    from typing import TypedDict

    class _Chart(TypedDict):
        title: Text
        x: tuple[Text, Text]  # the axis's two ends
        y: tuple[Text, Text]


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

TITLE = Text.of("kam.title")
SOURCE = Text.of("kam.source")

ATTRACTIVENESS_LABEL = Text.of("kam.attractiveness_label")
RELATIONSHIP_LABEL = Text.of("kam.relationship_label")


#: why each cell is the quadrant it is (the rule texts of the rule set)
QUADRANT_WHY: dict[str, Text] = {
    "strategic": Text.of("kam.quadrant_why.strategic"),
    "star": Text.of("kam.quadrant_why.star"),
    "status": Text.of("kam.quadrant_why.status"),
    "streamline": Text.of("kam.quadrant_why.streamline"),
}


_INTRO = Text.of("kam.intro")
_LANGUAGE_NOTE = Text.of("kam.language_note")
_OURS_NOTE = Text.of("kam.ours_note")
_TABLE_HEAD = (
    Text.of("kam.table_head.1"),
    Text.of("kam.table_head.2"),
    Text.of("kam.table_head.3"),
    Text.of("kam.table_head.4"),
)
_ACTIONS = Text.of("kam.actions")
_CHART: _Chart = {
    "title": Text.of("kam.chart.title"),
    "x": (
        Text.of("kam.chart.x.1"),
        Text.of("kam.chart.x.2"),
    ),
    "y": (
        Text.of("kam.chart.y.1"),
        Text.of("kam.chart.y.2"),
    ),
}


#: The chart's first line: a 2×2 of white quadrants with black borders (readable in black and white; Mermaid's own
#: tints print as grey), 440 by 500 px with 14 px axis labels: each label fits its half of an axis, with room
#: between the two, at 10.5 pt.
CHART_SETUP = (
    '%%{init: {"quadrantChart": {"chartWidth": 440, "chartHeight": 500, "yAxisLabelFontSize": 14, "xAxisLabelFontSize": 14}, "themeVariables": {'
    '"quadrant1Fill": "#ffffff", "quadrant2Fill": "#ffffff", "quadrant3Fill": "#ffffff", '
    '"quadrant4Fill": "#ffffff", "quadrantInternalBorderStrokeFill": "#000000", '
    '"quadrantExternalBorderStrokeFill": "#000000"}}}%%'
)


def _quoted(text: str) -> str:
    """A quoted Mermaid quadrantChart string: anything but a double quote goes inside (our fixed texts only)."""
    return '"' + text.replace('"', "'") + '"'


def document() -> Document:
    """The KAM quadrant as a printable document; the table and the chart are generated from the verified rule set."""
    from ..rules.kam import KAM, Attractiveness, Relationship
    from ..shipped import compiled

    table = compiled(KAM)
    rows: list[tuple[Text, Text, Text, Text]] = []
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
            CHART_SETUP,
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
            *practice_blocks(),
        ),
    )
