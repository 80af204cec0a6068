"""The appendix of the book: every combination of answers to the DANETOR questions, with its verdict and what to
clarify — 27 rows built by calling :func:`danetor.check` for each (:func:`danetor.playbooks.danetor.truth_table`).

The card of the check itself says what a manager needs before answering a client; this table is for the reader who
wants to see every case, so it stands at the end of the book, before the sources.

**More questions, fewer rows.** A company's policy can add up to three questions: 3⁴ = 81, 3⁵ = 243 or 3⁶ = 729
combinations. Up to :data:`MAX_ROWS` (81, about four printed pages) the appendix prints every combination, one a
row, as for the book's 27. Beyond that, a full table would be 10 or 30 pages that no one reads: rows that agree
whatever the answer to a question (the same verdict and the same questions to clarify for «да», «нет» and «не знаю")
are merged into one row that reads «любой ответ» there (:func:`merged`), so every combination is still on paper,
exactly once, and the table is as long as the rules make it.
"""

from __future__ import annotations

from ..text import Lang, Text
from .danetor import TEXTS, truth_table
from .document import Block, Document, Note, Paragraph, Table

__all__ = ["MAX_ROWS", "document", "merged"]

#: the most combinations the appendix prints one a row (3⁴: the book's three questions and one of a company's)
MAX_ROWS = 81


def _same(cells: tuple[Text, ...]) -> tuple[tuple[str, ...], ...]:
    """What a row's cells say, in every language: two cells are the same when they read the same."""
    return tuple(tuple(c(lang) for lang in Lang) for c in cells)


def merged(table: Table, inputs: int, *, any_answer: Text) -> Table:
    """*table* (its first *inputs* columns the answers, one row per combination) with the rows that differ only in
    one answer column, over every answer found in that column, and agree in everything else, merged into one row
    whose cell there is *any_answer*. Each column is merged in turn, from the last; the rows keep their order (a
    merged row stands where the first of its rows stood). Every combination is covered by exactly one row."""
    rows = list(table.rows)
    for col in reversed(range(inputs)):
        answers = {_same((row[col],)) for row in rows}

        def rest(row: tuple[Text, ...], col: int = col) -> tuple[tuple[str, ...], ...]:
            return _same((*row[:col], *row[col + 1 :]))

        groups: dict[tuple[tuple[str, ...], ...], list[int]] = {}
        for i, row in enumerate(rows):
            groups.setdefault(rest(row), []).append(i)
        out: list[tuple[Text, ...]] = []
        done: set[int] = set()
        for i, row in enumerate(rows):
            if i in done:
                continue
            group = groups[rest(row)]
            if len(group) == len(answers) and {_same((rows[j][col],)) for j in group} == answers:
                out.append((*row[:col], any_answer, *row[col + 1 :]))
                done.update(group)
            else:
                out.append(row)
                done.add(i)
        rows = out
    return Table(header=table.header, rows=tuple(rows))


def document() -> Document:
    """The appendix: an introduction, the table of every combination (merged beyond :data:`MAX_ROWS` rows, with a
    word on how to read it) and the note on "don't know" (ours). Under a policy with questions of its own the title
    and the introduction count no questions: the company's are the book's and its own."""
    from ..rules.danetor import QUESTION_IDS

    table = truth_table()
    inputs = len(table.header) - 2  # the answers, then the verdict and what to clarify
    book = inputs == len(QUESTION_IDS)
    blocks: list[Block] = [
        Paragraph(text=Text.of("danetor.table.intro" if book else "danetor.table.intro_company"))
    ]
    if len(table.rows) > MAX_ROWS:
        table = merged(table, inputs, any_answer=Text.of("danetor.table.any"))
        blocks.append(Paragraph(text=Text.of("danetor.table.merged")))
    return Document(
        id="danetor-table",
        title=Text.of("danetor.table.title" if book else "danetor.table.title_company"),
        source=TEXTS["source"],
        blocks=(*blocks, table, Note(text=TEXTS["unknown_note"], style="ours")),
    )
