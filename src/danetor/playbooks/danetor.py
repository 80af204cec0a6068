"""The DANETOR check as a printable card: :func:`document` → :class:`~danetor.playbooks.document.Document`.

Everything on the card is generated from the rule set the library runs (:mod:`danetor.rules.danetor`): the
questions and their help come from ``QUESTIONS``, each rule's condition is rendered by
:meth:`~danetor.rules.model.RuleSet.render_condition`, the 27-row truth table is built by calling
:func:`danetor.check` for every combination, and the flowchart is drawn from the rules. Only the few words that
frame the card (headings, column names, the book quotes) are fixed here.

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
from .document import Block, Diagram, Document, Heading, Note, Quote, Steps, Table

__all__ = ["TEXTS", "document", "flowchart", "questions_blocks", "rule_blocks", "truth_table"]

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
    "rule": Text.of("danetor.card.rule"),
    "when": Text.of("danetor.card.when"),
    "verdict": Text.of("danetor.card.verdict"),
    "why": Text.of("danetor.card.why"),
    "unknown_note": Text.of("danetor.card.unknown_note"),
    "flow": Text.of("danetor.card.flow"),
    "count": Text.of("danetor.card.count"),
    "clarify_loop": Text.of("danetor.card.clarify_loop"),
    "then_refuse": Text.of("danetor.card.then_refuse"),
    "then_accept": Text.of("danetor.card.then_accept"),
    "truth_table": Text.of("danetor.card.truth_table"),
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
    """The DANETOR check as a Mermaid flowchart in *lang*, drawn from the questions and the rules in force."""
    rule_set, asked = ruleset(), questions()
    lines = ["flowchart TD"]
    ids = [q.id for q in asked]
    for i, q in enumerate(asked, 1):
        lines.append(f"    q_{q.id}[{_mermaid_label(f'{i}. {q.short(lang)}?')}]")
    lines.append(f"    count{{{_mermaid_label(TEXTS['count'](lang))}}}")
    chain = " --> ".join(f"q_{i}" for i in ids)
    lines.append(f"    {chain} --> count")
    for rule in rule_set.rules:
        verdict = VERDICT_LABELS[rule.then](lang)
        lines.append(f"    v_{rule.id}([{_mermaid_label(verdict)}])")
        lines.append(f"    count -->|{_mermaid_label(_edge_label(rule_set, rule.id, lang))}| v_{rule.id}")
    for rule in rule_set.rules:
        if rule.then == rules.Verdict.REFUSE:
            lines.append(f"    v_{rule.id} --> next_{rule.id}[{_mermaid_label(TEXTS['then_refuse'](lang))}]")
        elif rule.then == rules.Verdict.ACCEPT:
            lines.append(f"    v_{rule.id} --> next_{rule.id}[{_mermaid_label(TEXTS['then_accept'](lang))}]")
        else:
            lines.append(f"    v_{rule.id} -.->|{_mermaid_label(TEXTS['clarify_loop'](lang))}| q_{ids[0]}")
    return "\n".join(lines) + "\n"


def truth_table() -> Table:
    """Every combination of answers with the verdict :func:`danetor.check` gives, the deciding rule and what to
    clarify — 27 rows (3 to the power of the number of questions in force), in the order of the answer enum (yes,
    no, don't know)."""
    rule_set = ruleset()
    header = (
        *(Text.of(i.label) for i in rule_set.inputs),
        TEXTS["verdict"],
        TEXTS["rule"],
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
                Text(ru=decision.rule, en=decision.rule),
                clarify,
            )
        )
    return Table(header=header, rows=tuple(rows))


def _company_rules(rule_set: RuleSet) -> tuple[Block, ...]:
    """A company note saying the rules are the company's, when a policy's rules differ from the book's."""
    from .._active import ACTIVE
    from .catalog import company_note

    policy = ACTIVE.get()
    if policy is None or rule_set.canonical() == rules.DANETOR.canonical():
        return ()
    return (company_note(Text.of("danetor.card.company_rules"), policy.name),)


def questions_blocks() -> tuple[Heading, Steps]:
    """The questions in force, as every printed DANETOR card asks them (this card, and the wall card and the cheat
    sheet of issue 17): a heading that counts them («Задайте себе четыре вопроса» under a policy with one more),
    then the questions in order, the book's three and the company's own."""
    asked = questions()
    heading = TEXTS["questions"] if len(asked) == 3 else Text.of(f"danetor.card.questions_{len(asked)}")
    return Heading(text=heading), Steps(items=tuple(q.text for q in asked))


def rule_blocks(*, table: bool = True) -> tuple[Block, ...]:
    """The rule in force, as a printed card states it: the book's sentence; under a policy whose rules differ, a
    note that the rules are the company's, then (with *table*, or whenever they differ) each rule: when, verdict,
    why."""
    rule_set = ruleset()
    company = _company_rules(rule_set)
    blocks: list[Block] = [Quote(text=TEXTS["rule_quote"]), *company]
    if table or company:
        blocks.append(
            Table(
                header=(TEXTS["rule"], TEXTS["when"], TEXTS["verdict"], TEXTS["why"]),
                rows=tuple(
                    (
                        Text(ru=rule.id, en=rule.id),
                        condition_text(rule_set, rule),
                        VERDICT_LABELS[rule.then],
                        Text.of(rule.why),
                    )
                    for rule in rule_set.rules
                ),
            )
        )
    return tuple(blocks)


def document() -> Document:
    """The DANETOR card: questions with help, the rule, a flowchart and the full truth table (the company's, under
    a policy)."""
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
            Heading(text=TEXTS["truth_table"]),
            truth_table(),
        ),
    )
