"""The appendix of the book: every combination of answers to the DANETOR questions, with its verdict and what to
clarify — 27 rows built by calling :func:`danetor.check` for each (:func:`danetor.playbooks.danetor.truth_table`).

The card of the check itself says what a manager needs before answering a client; this table is for the reader who
wants to see every case, so it stands at the end of the book, before the sources.
"""

from __future__ import annotations

from ..text import Text
from .danetor import TEXTS, truth_table
from .document import Document, Note, Paragraph

__all__ = ["document"]


def document() -> Document:
    """The appendix: an introduction, the 27-row table and the note on "don't know" (ours)."""
    return Document(
        id="danetor-table",
        title=Text.of("danetor.table.title"),
        source=TEXTS["source"],
        blocks=(
            Paragraph(text=Text.of("danetor.table.intro")),
            truth_table(),
            Note(text=TEXTS["unknown_note"], style="ours"),
        ),
    )
