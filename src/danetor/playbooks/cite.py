"""Where a card's texts come from, said on the card: citations by title and section, and the mark of our own texts.

A card cites its sources by author, title and chapter or section (``cite.*`` in the text registry); the file ids
of the sources live only in the coverage map (:mod:`danetor.coverage`). A text that is the project's own rather
than a source's is marked where it is shown: :func:`ours` adds «(наше)» / "(ours)" after it, a table column whose
header is :func:`ours` holds only our texts, and a ``Note(style="ours")`` holds only ours. ``tests/test_coverage.py``
checks every card against the coverage map on exactly these marks.
"""

from __future__ import annotations

from ..text import Lang, Text

__all__ = ["OURS", "cited", "joined", "ours"]

#: the mark of the project's own texts
OURS = Text.of("cite.ours")


def ours(text: Text) -> Text:
    """*text* marked as the project's own: «…(наше)» / "… (ours)"."""
    return Text.build(lambda lang: f"{text(lang)} ({OURS(lang)})")


def cited(source: str, heading: Text | None = None, *, kind: str = "section") -> Text:
    """The citation ``cite.<source>``, followed by *heading* when given: the title of a ``section`` or ``chapter``
    (quoted by the template), or of several ``sections`` or ``chapters`` (*heading* quotes them itself)."""
    base = Text.of(f"cite.{source}")
    if heading is None:
        return base
    if kind not in ("section", "chapter", "sections", "chapters"):
        raise ValueError(f"kind must be section, chapter, sections or chapters, not {kind!r}")
    template = Text.of(f"cite.{kind}")
    return Text.build(lambda lang: template(lang).format(source=base(lang), heading=heading(lang)))


def joined(*citations: Text) -> Text:
    """Several citations in one source line, separated by semicolons."""

    def build(lang: Lang) -> str:
        return "; ".join(c(lang) for c in citations)

    return Text.build(build)
