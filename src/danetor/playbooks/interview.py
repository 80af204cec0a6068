"""Interviewing an account manager: the printable card (the whole question bank, block by block).

The blocks, questions, minutes, priorities and traits are :mod:`danetor.rules.interview`; the texts are the
registry's ``interview.*``. The source's questions and remarks are printed in its words; what is ours (what a
question reveals, the good and poor answers, the minutes, the traits to watch, the scoring rule) is marked so: in a
column headed «… (наше)», with «(наше)» after it, or in a note headed as our addition. ``danetor interview`` builds a
plan from the same data (:mod:`danetor.interview`); the printable sheet with room for notes is
:mod:`danetor.playbooks.interview_sheet`.
"""

from __future__ import annotations

from ..interview import ARCHETYPE_SHORT, HIRE, HIRE_NOTE, INGREDIENT_LABELS, LABELS, TRAIT_NUMBERS
from ..rules.archetypes import Archetype
from ..rules.interview import BLOCKS, INGREDIENTS, TRAITS, VERDICT, Block, InterviewTrait, Question
from ..text import Lang, Text, condition_text
from .cite import cited, joined, ours
from .document import (
    Block as DocBlock,
)
from .document import (
    Bullets,
    Document,
    Heading,
    Note,
    Paragraph,
    Quote,
    Source,
    Steps,
    Table,
    built,
)

__all__ = ["SOURCE", "TITLE", "document", "question_cell", "trait_line"]

TITLE = Text.of("interview.title")
#: the articles the method comes from, and the book's chapters the traits come from
SOURCE = joined(
    cited("interview_roundup"),
    cited("demis"),
    cited("book", Text.of("interview.traits.chapters"), kind="chapters"),
)

_T = {
    name: Text.of(f"interview.card.{name}")
    for name in (
        "who",
        "blocks",
        "score",
        "hire",
        "minutes_col",
        "priority_col",
        "answers_col",
        "watch",
        "traits_col",
        "book_col",
        "archetype_col",
        "rule_col",
        "when_col",
        "verdict_col",
        "hire_col",
        "ingredient_col",
        "ingredient_traits_col",
    )
}


def _text(key: str) -> Text:
    return Text.of(key)


def question_cell(block: Block, q: Question) -> Text:
    """A question as the card and the sheet print it: the source's label and text, the source's instruction and
    remark on the answer, and our wording for asking it aloud (marked)."""

    def build(lang: Lang) -> str:
        parts = []
        head = _text(block.question_key(q, "text"))(lang)
        if q.label:
            head = f"{_text(block.question_key(q, 'label'))(lang)}: {head}"
        parts.append(head)
        if q.instruction:
            parts.append(
                f"{LABELS['instruction'](lang)}: {_text(block.question_key(q, 'instruction'))(lang)}"
            )
        if q.ask:
            parts.append(f"{ours(LABELS['ask'])(lang)}: {_text(block.question_key(q, 'ask'))(lang)}")
        if q.source_says:
            parts.append(
                f"{LABELS['source_says'](lang)}: {_text(block.question_key(q, 'source_says'))(lang)}"
            )
        return "\n".join(parts)

    return Text.build(build)


def _answers_cell(block: Block, q: Question) -> Text:
    """Our guidance on the answer: what it reveals, a good and a poor answer, what to do after, how to adapt."""

    def build(lang: Lang) -> str:
        parts = [_text(block.question_key(q, "reveals"))(lang)]
        for field, on in (("good", q.good), ("poor", q.poor), ("after", q.after), ("adapt", q.adapt)):
            if on:
                parts.append(f"{LABELS[field](lang)}: {_text(block.question_key(q, field))(lang)}")
        return "\n".join(parts)

    return Text.build(build)


def trait_line(trait: InterviewTrait | str) -> Text:
    """«14. [Синие птицы] …»: a trait with its number and archetype."""
    t = next(x for x in TRAITS if x.id == trait)
    return Text.build(
        lambda lang: f"{TRAIT_NUMBERS[t.id]}. [{ARCHETYPE_SHORT[t.archetype](lang)}] {_text(t.text)(lang)}"
    )


def _watch(block: Block) -> Text:
    numbers = ", ".join(str(TRAIT_NUMBERS[t]) for t in block.traits)
    return Text.build(lambda lang: f"{ours(_T['watch'])(lang)}: {numbers}")


def _block_blocks(block: Block, number: int) -> list[DocBlock]:
    out: list[DocBlock] = [
        Heading(text=Text.build(lambda lang: f"{number}. {_text(block.key('title'))(lang)}"))
    ]
    if block.label:
        out.append(Paragraph(text=_text(block.key("label"))))
    if block.purpose == "source":
        out.append(Quote(text=_text(block.key("purpose"))))
    elif block.purpose == "ours":
        out.append(Paragraph(text=ours(_text(block.key("purpose")))))
    out.append(
        Table(
            header=(LABELS["number"], LABELS["question"], ours(_T["minutes_col"]), ours(_T["priority_col"])),
            rows=tuple(
                (
                    Text(ru=str(n), en=str(n)),
                    question_cell(block, q),
                    Text(ru=str(q.minutes), en=str(q.minutes)),
                    Text(ru=str(q.priority), en=str(q.priority)),
                )
                for n, q in enumerate(block.questions, 1)
            ),
        )
    )
    out.append(Paragraph(text=Text.build(lambda lang: f"{ours(_T['answers_col'])(lang)}:")))
    # numbered as the questions in the table above
    out.append(
        Steps(
            items=tuple(
                built(lambda lang, q=q: _answers_cell(block, q)(lang).replace("\n", " "))
                for q in block.questions
            )
        )
    )
    if block.how:
        out.append(Paragraph(text=ours(_text(block.key("how")))))
    if block.good or block.poor:
        out.append(
            Bullets(
                items=tuple(
                    built(lambda lang, f=f: f"{ours(LABELS[f])(lang)}: {_text(block.key(f))(lang)}")
                    for f, on in (("good", block.good), ("poor", block.poor))
                    if on
                )
            )
        )
    out.append(Paragraph(text=_watch(block)))
    return out


def document() -> Document:
    """The interview card: who to look for, the question bank block by block, the traits and how to score them."""
    blocks: list[DocBlock] = [
        Paragraph(text=ours(_text("interview.summary"))),
        Heading(text=_T["who"]),
        Source(text=cited("interview_roundup")),
        Quote(text=_text("interview.intro.role")),
        Quote(text=_text("interview.intro.task")),
        Quote(text=_text("interview.intro.must_have")),
        Note(text=_text("interview.note.agency_specific"), style="ours"),
        Quote(text=_text("interview.intro.project_role")),
        Paragraph(text=_text("interview.note.test_and_references")),
        Source(text=cited("demis")),
        Quote(text=_text("interview.intro.competences")),
        Quote(text=_text("interview.intro.method")),
        Quote(text=_text("interview.intro.phone_screen")),
        Note(text=_text("interview.note.gender_left_out"), style="ours"),
        Heading(text=_T["blocks"]),
        Note(text=_text("interview.note.own_guidance"), style="ours"),
        Note(text=_text("interview.note.minutes"), style="ours"),
    ]
    previous = None
    for n, block in enumerate(BLOCKS, 1):
        if block.cite != previous:  # cite the article where its blocks start
            blocks.append(Source(text=cited(block.cite.removeprefix("cite."))))
            previous = block.cite
        blocks += _block_blocks(block, n)
    blocks += [
        Heading(text=_text("interview.traits.title")),
        Source(text=cited("book", _text("interview.traits.chapters"), kind="chapters")),
        Note(text=_text("interview.traits.intro"), style="ours"),
        Table(
            header=(LABELS["number"], _T["archetype_col"], ours(_T["traits_col"]), _T["book_col"]),
            rows=tuple(
                (
                    Text(ru=str(TRAIT_NUMBERS[t.id]), en=str(TRAIT_NUMBERS[t.id])),
                    ARCHETYPE_SHORT[t.archetype],
                    _text(t.text),
                    _text(t.book),
                )
                for t in TRAITS
            ),
        ),
        Heading(text=_T["score"]),
        Quote(text=_text("interview.score.ingredients")),
        Quote(text=_text("interview.score.without")),
        Note(text=_text("interview.score.rule"), style="ours"),
        Table(
            header=(_T["ingredient_col"], ours(_T["ingredient_traits_col"])),
            rows=tuple(
                (
                    INGREDIENT_LABELS[i],
                    built(lambda lang, ts=ts: ", ".join(str(TRAIT_NUMBERS[t]) for t in ts)),
                )
                for i, ts in INGREDIENTS.items()
            ),
        ),
        Table(
            header=(ours(_T["rule_col"]), _T["when_col"], _T["verdict_col"]),
            rows=tuple(
                (
                    Text.of(rule.why),
                    condition_text(VERDICT, rule),
                    Text.of(f"interview.verdict.labels.{rule.then}"),
                )
                for rule in VERDICT.rules
            ),
        ),
        Heading(text=_T["hire"]),
        Table(
            header=(_T["archetype_col"], ours(_T["hire_col"])),
            rows=tuple((ARCHETYPE_SHORT[a], HIRE[a]) for a in Archetype),
        ),
        Note(text=HIRE_NOTE, style="ours"),
    ]
    return Document(id="interview", title=TITLE, source=SOURCE, blocks=tuple(blocks))
