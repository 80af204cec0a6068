"""The DANETOR check as a printable card: :func:`document` → :class:`~danetor.playbooks.document.Document`.

Everything on the card is generated from the rule set the library runs (:mod:`danetor.rules.danetor`): the
questions and their help come from the questions in force, each rule's condition is rendered by
:meth:`~danetor.rules.model.RuleSet.render_condition`, and the flowchart is drawn from the rules. Only the few
words that frame the card (headings, column names, the book quotes) are fixed here. The 27-row truth table, built
by calling :func:`danetor.check` for every combination, is a card of its own at the end of the book
(:mod:`danetor.playbooks.danetor_table`): the card itself is what a manager reads before answering.

The rule set and the questions are the ones in force, read at call time, not at import time: the book's
(:mod:`danetor.rules.danetor`), or under a company policy its questions (the book's three and its own) and its
rule set, so the company's card shows the company's check.
"""

from __future__ import annotations

from ..decision import check, questions, ruleset
from ..questions import VERDICT_LABELS
from ..rules import danetor as rules
from ..rules.model import AtLeast, Eq, RuleSet
from ..text import Lang, Text, book_source, condition_text, resolver
from .document import (
    COMPACT_CHART,
    Block,
    Diagram,
    Document,
    Heading,
    Note,
    Paragraph,
    Quote,
    Steps,
    Table,
    wrap_label,
)

__all__ = [
    "NEXT",
    "TEXTS",
    "document",
    "flowchart",
    "questions_blocks",
    "rule_blocks",
    "rule_table",
    "truth_table",
]

#: The fixed words that frame the card. Every fact on it comes from the rule set.
TEXTS: dict[str, Text] = {
    "source": book_source(Text.of("danetor.card.source")),
    "why_quote": Text.of("danetor.card.why_quote"),
    "questions": Text.of("danetor.card.questions"),
    "how_to_answer": Text.of("danetor.card.how_to_answer"),
    "question": Text.of("danetor.card.question"),
    "hint": Text.of("danetor.card.hint"),
    "rule_quote": Text.of("danetor.card.rule_quote"),
    "rules": Text.of("danetor.card.rules"),
    "when": Text.of("danetor.card.when"),
    "verdict": Text.of("danetor.card.verdict"),
    "why": Text.of("danetor.card.why"),
    "next": Text.of("danetor.card.next"),
    "see_table": Text.of("danetor.card.see_table"),
    "unknown_note": Text.of("danetor.card.unknown_note"),
    "flow": Text.of("danetor.card.flow"),
    "count": Text.of("danetor.card.count"),
    "clarify_loop": Text.of("danetor.card.clarify_loop"),
    "then_refuse": Text.of("danetor.card.then_refuse"),
    "then_accept": Text.of("danetor.card.then_accept"),
    "clarify": Text.of("danetor.card.clarify"),
    "nothing": Text.of("danetor.card.nothing"),
}


def _short(question_id: str, lang: Lang | str) -> str:
    for q in questions():
        if q.id == question_id:
            return q.short(lang)
    raise KeyError(question_id)  # pragma: no cover - the rule set's inputs are the questions


def _edge_label(ruleset: RuleSet, rule_id: str, lang: Lang | str) -> str:
    """A short label for a rule's edge in the flowchart: ``≥ 2 × «no»`` for a count, the rendered rule otherwise."""
    rule = ruleset.rule(rule_id)
    cond = rule.when
    inputs = {i.name: i for i in ruleset.inputs}
    read = resolver(lang)
    if isinstance(cond, AtLeast):
        value = read(inputs[cond.fields_[0]].values[cond.value])
        return f"≥ {cond.n} «{value}»"
    if isinstance(cond, Eq):
        return read(inputs[cond.field].values[cond.value])
    return ruleset.render_condition(rule, read)


def _mermaid_label(text: str) -> str:
    """Quote *text* for a Mermaid label (our own texts, but be safe with quotes and brackets)."""
    return '"' + text.replace('"', "#quot;") + '"'


def flowchart(lang: Lang | str) -> str:
    """The DANETOR check as a Mermaid flowchart in *lang*, drawn from the questions and the rules in force: the
    questions, the count, each rule's verdict and what to do next. Drawn top down, the questions in one box and its
    labels broken into short lines, so that it takes a third of a page and prints its labels at 9 pt or more."""
    rule_set = ruleset()

    def label(text: str, width: int = 22) -> str:
        return _mermaid_label(wrap_label(text, width))

    asked = "<br/>".join(_mermaid_label(f"{i}. {q.short(lang)}?")[1:-1] for i, q in enumerate(questions(), 1))
    lines = [COMPACT_CHART, "flowchart TD", f'    questions["{asked}"]']
    lines.append(f"    count{{{{{label(TEXTS['count'](lang), 16)}}}}}")
    lines.append("    questions --> count")
    for rule in rule_set.rules:
        verdict = VERDICT_LABELS[rule.then](lang)
        lines.append(f"    v_{rule.id}([{_mermaid_label(verdict)}])")
        lines.append(f"    count -->|{label(_edge_label(rule_set, rule.id, lang), 14)}| v_{rule.id}")
    for rule in rule_set.rules:
        if rule.then == rules.Verdict.REFUSE:
            lines.append(f"    v_{rule.id} --> next_{rule.id}[{label(TEXTS['then_refuse'](lang))}]")
        elif rule.then == rules.Verdict.ACCEPT:
            lines.append(f"    v_{rule.id} --> next_{rule.id}[{label(TEXTS['then_accept'](lang), 26)}]")
        else:
            lines.append(f"    v_{rule.id} -.->|{label(TEXTS['clarify_loop'](lang), 14)}| questions")
    return "\n".join(lines) + "\n"


def truth_table() -> Table:
    """Every combination of answers with the verdict :func:`danetor.check` gives and what to clarify — 27 rows
    (3 to the power of the number of questions in force), in the order of the answer enum (yes, no, don't know).
    No rule column: a rule id is code, and each verdict's rule is the one on the card."""
    rule_set = ruleset()
    header = (
        *(Text.of(i.label) for i in rule_set.inputs),
        TEXTS["verdict"],
        TEXTS["clarify"],
    )
    rows = []
    for combo in rule_set.combinations():
        decision = check(**combo)
        clarify = TEXTS["nothing"]
        if decision.to_clarify:
            clarify = Text(
                ru=", ".join(_short(q, Lang.RU) for q in decision.to_clarify),
                en=", ".join(_short(q, Lang.EN) for q in decision.to_clarify),
            )
        rows.append(
            (
                *(Text.of(i.values[combo[i.name]]) for i in rule_set.inputs),
                VERDICT_LABELS[decision.verdict],
                clarify,
            )
        )
    return Table(header=header, rows=tuple(rows))


#: what to do next on each verdict
NEXT: dict[str, Text] = {
    rules.Verdict.REFUSE: TEXTS["then_refuse"],
    rules.Verdict.ACCEPT: TEXTS["then_accept"],
    rules.Verdict.UNDECIDED: TEXTS["clarify_loop"],
}


def _company_rules(rule_set: RuleSet) -> tuple[Block, ...]:
    """A company note saying the rules are the company's, when a policy's rules differ from the book's."""
    from .._active import ACTIVE
    from .catalog import company_note

    policy = ACTIVE.get()
    if policy is None or rule_set.canonical() == rules.DANETOR.canonical():
        return ()
    return (company_note(Text.of("danetor.card.company_rules"), policy.name),)


def questions_blocks() -> tuple[Heading, Steps]:
    """The questions in force, as every printed DANETOR card asks them (this card, the wall card and the cheat
    sheet): a heading that counts them («Задайте себе четыре вопроса» under a policy with one more), then the
    questions in order, the book's three and the company's own."""
    asked = questions()
    heading = TEXTS["questions"] if len(asked) == 3 else Text.of(f"danetor.card.questions_{len(asked)}")
    return Heading(text=heading), Steps(items=tuple(q.text for q in asked))


def rule_table() -> Table:
    """The rules in force, one a row: the verdict, when, why, and what to do next (no rule ids: they are code)."""
    rule_set = ruleset()
    return Table(
        header=(TEXTS["verdict"], TEXTS["when"], TEXTS["why"], TEXTS["next"]),
        rows=tuple(
            (VERDICT_LABELS[rule.then], condition_text(rule_set, rule), Text.of(rule.why), NEXT[rule.then])
            for rule in rule_set.rules
        ),
    )


def rule_blocks(*, table: bool = True) -> tuple[Block, ...]:
    """The rule in force, as a printed card states it: the book's sentence, the key quote of the card; under a
    policy whose rules differ, a note that the rules are the company's, then (with *table*, or whenever they
    differ) each rule: verdict, when, why, what next."""
    company = _company_rules(ruleset())
    blocks: list[Block] = [Quote(text=TEXTS["rule_quote"], key=True), *company]
    if table or company:
        blocks.append(rule_table())
    return tuple(blocks)


def document() -> Document:
    """The DANETOR card: the questions in force with help, the rule (verdict, when, why, what next) and a
    flowchart; the table of every combination is the book's appendix."""
    asked = questions()
    return Document(
        id="danetor",
        title=Text.of(ruleset().title),
        source=TEXTS["source"],
        blocks=(
            Quote(text=TEXTS["why_quote"]),
            *questions_blocks(),
            Heading(text=TEXTS["how_to_answer"]),
            Table(
                header=(TEXTS["question"], TEXTS["hint"]),
                rows=tuple((q.short, q.help) for q in asked),
            ),
            Note(text=Text.of("danetor.card.hints_ours"), style="ours"),
            Heading(text=TEXTS["rules"]),
            *rule_blocks(),
            Note(text=TEXTS["unknown_note"], style="ours"),
            Heading(text=TEXTS["flow"]),
            Diagram(mermaid=Text(ru=flowchart(Lang.RU), en=flowchart(Lang.EN))),
            Paragraph(text=TEXTS["see_table"]),
        ),
    )
