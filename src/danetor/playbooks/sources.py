"""The sources card: a short bibliography of the five source texts, how the cards cite each, and how much of each is
on the cards, counted from the coverage map (:mod:`danetor.coverage`). The file ids stay in the map."""

from __future__ import annotations

from ..text import Text
from .cite import cited, ours
from .document import Document, Heading, Note, Paragraph, Steps, Table, built

__all__ = ["TITLE", "document"]

TITLE = Text.of("cite.card.title")


def _t(key: str) -> Text:
    return Text.of(f"cite.card.{key}")


def document() -> Document:
    """The bibliography, and the counts of the coverage map."""
    from ..coverage import coverage_map

    coverage = coverage_map()
    counts = coverage.counts()
    sources = coverage.sources()
    cites = {
        s: tuple(dict.fromkeys(p.cite for p in coverage.passages if p.source == s and p.cite))
        for s in sources
    }

    def number(n: int) -> Text:
        return Text(ru=str(n), en=str(n))

    rows = tuple(
        (
            number(n),
            built(lambda lang, s=s: "; ".join(cited(c.removeprefix("cite."))(lang) for c in cites[s])),
            number(counts[s].items),
            number(counts[s].encoded),
            number(counts[s].left_out),
        )
        for n, s in enumerate(sources, 1)
    )
    return Document(
        id="sources",
        title=TITLE,
        source=_t("source"),
        blocks=(
            Paragraph(text=ours(_t("intro"))),
            Steps(items=tuple(Text.of(f"cite.bib.{n}") for n in range(1, len(sources) + 1))),
            Heading(text=_t("counts_heading")),
            Table(
                header=(
                    _t("col_number"),
                    _t("col_cited"),
                    _t("col_items"),
                    _t("col_encoded"),
                    _t("col_left_out"),
                ),
                rows=rows,
            ),
            Note(text=_t("left_out"), style="ours"),
        ),
    )
