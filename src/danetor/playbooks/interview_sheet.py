"""The interview sheet: the questions of a plan with room for notes, and the traits to tick in each block.

The catalog's sheet (``danetor playbook show interview-sheet``, the site, the print page) holds the whole question
bank; ``danetor interview --minutes N --sheet`` prints the sheet of the plan it built (:func:`sheet`). The traits
ticked on it are what ``danetor interview score`` counts.
"""

from __future__ import annotations

from collections.abc import Collection

from ..interview import LABELS
from ..rules.interview import BLOCKS, Block, Question
from ..text import Lang, Text
from .cite import ours
from .document import Block as DocBlock
from .document import Checklist, Document, Heading, Lines, Paragraph, built
from .interview import SOURCE, trait_line

__all__ = ["TITLE", "document", "sheet"]

TITLE = Text.of("interview.sheet.title")
_T = {
    name: Text.of(f"interview.sheet.{name}")
    for name in ("how", "candidate", "date", "traits", "result", "result_lines", "question", "block")
}


def _question(block: Block, q: Question, n: int) -> Text:
    def build(lang: Lang) -> str:
        text = Text.of(block.question_key(q, "text"))(lang)
        if q.label:
            text = f"{Text.of(block.question_key(q, 'label'))(lang)}: {text}"
        line = _T["question"](lang).format(n=n, text=text, minutes=q.minutes)
        if q.ask:
            line += f" {ours(LABELS['ask'])(lang)}: {Text.of(block.question_key(q, 'ask'))(lang)}"
        return line

    return Text.build(build)


def sheet(kept: Collection[str] | None = None) -> Document:
    """The sheet of a plan: only the blocks and questions in *kept* (``"<block>.<question>"`` ids, as
    :attr:`danetor.interview.PlannedQuestion.id`); ``None`` for the whole bank."""
    blocks: list[DocBlock] = [
        Lines(count=1, label=_T["candidate"]),
        Lines(count=1, label=_T["date"]),
        Paragraph(text=ours(_T["how"])),
    ]
    for number, block in enumerate(BLOCKS, 1):
        questions = [
            (n, q) for n, q in enumerate(block.questions, 1) if kept is None or f"{block.id}.{q.id}" in kept
        ]
        if not questions:
            continue
        minutes = sum(q.minutes for _, q in questions)
        blocks.append(
            Heading(
                text=built(
                    lambda lang, b=block, k=number, m=minutes: _T["block"](lang).format(
                        number=k, title=Text.of(b.key("title"))(lang), minutes=m
                    )
                )
            )
        )
        for n, q in questions:
            blocks.append(Checklist(items=(_question(block, q, n),)))
            blocks.append(Lines(count=3 if q.written or q.priority == 1 else 2))
        blocks.append(Paragraph(text=ours(_T["traits"])))
        blocks.append(Checklist(items=tuple(trait_line(t) for t in block.traits)))
    blocks += [
        Heading(text=_T["result"]),
        Paragraph(text=ours(_T["result_lines"])),
        Lines(count=4),
    ]
    return Document(id="interview-sheet", title=TITLE, source=SOURCE, blocks=tuple(blocks))


def document() -> Document:
    """The sheet of the whole question bank."""
    return sheet()
