"""The DANETOR check as a printable card: :func:`document` → :class:`~danetor.playbooks.document.Document`.

Everything on the card is generated from the rule set the library runs (:mod:`danetor.rules.danetor`): the
questions and their help come from ``QUESTIONS``, each rule's condition is rendered by
:meth:`~danetor.rules.model.RuleSet.render_condition`, the 27-row truth table is built by calling
:func:`danetor.check` for every combination, and the flowchart is drawn from the rules. Only the few words that
frame the card (headings, column names, the book quotes) are fixed here.

The rule set and the questions are read from :mod:`danetor.rules.danetor` at call time, not at import time, so
the card always shows the rules as they are now.
"""

from __future__ import annotations

from ..decision import check
from ..rules import danetor as rules
from ..rules.model import AtLeast, Eq, RuleSet
from ..text import Lang, Text, book_source
from .document import Diagram, Document, Heading, Note, Quote, Steps, Table

__all__ = ["TEXTS", "document", "flowchart", "truth_table"]

#: The fixed words that frame the card. Every fact on it comes from the rule set.
TEXTS: dict[str, Text] = {
    "source": book_source(Text(ru="раздел «Алгоритм ДАНЕТОР»", en="section “The DANETOR check”")),
    "why_quote": Text(
        ru="Задача аккаунт-менеджера – поддерживать равновесие между интересами заказчика и своей компании. "
        "Поэтому ему приходится время от времени отвечать отказом на просьбы клиента. Как понять, в каких "
        "случаях говорить клиенту “нет”? В этом вам поможет алгоритм ДАНЕТОР.",
        en="An account manager's job is to keep the balance between the client's interests and their own "
        "company's, so now and then they have to turn a client's request down. How do you know when to say "
        "“no”? The DANETOR check helps.",
    ),
    "questions": Text(ru="Задайте себе три вопроса", en="Ask yourself three questions"),
    "how_to_answer": Text(ru="Как отвечать", en="How to answer"),
    "question": Text(ru="Вопрос", en="Question"),
    "hint": Text(ru="Подсказка", en="Hint"),
    "rule_quote": Text(
        ru="Если хотя бы на два вопроса вы отвечаете “нет”, клиенту лучше отказать.",
        en="If you answer “no” to at least two of the questions, it is better to refuse the client.",
    ),
    "rules": Text(ru="Правило", en="The rule"),
    "rule": Text(ru="Правило", en="Rule"),
    "when": Text(ru="Когда", en="When"),
    "verdict": Text(ru="Вердикт", en="Verdict"),
    "why": Text(ru="Почему", en="Why"),
    "unknown_note": Text(
        ru="В книге на каждый вопрос отвечают только «да» или «нет»; ответ «не знаю» добавили мы. Если "
        "ответов «не знаю» столько, что решение может пойти в любую сторону, вердикт — «пока не решено», и "
        "в колонке «Что уточнить» названы вопросы, ответ на которые еще может изменить решение. Если же "
        "исход уже ясен (например, два «нет»), «не знаю» на остальное ничего не меняет.",
        en="In the book every question is answered only “yes” or “no”; “don't know” is our addition. When "
        "there are enough “don't know” answers for the verdict to go either way, the verdict is "
        "“undecided”, and the “Clarify” column names the questions whose answers could still change it. "
        "When the outcome is already clear (two “no” answers, say), a “don't know” on the rest changes "
        "nothing.",
    ),
    "flow": Text(ru="Схема", en="The flow"),
    "count": Text(ru="Сколько ответов «да» и «нет»?", en="How many “yes” and “no” answers?"),
    "clarify_loop": Text(ru="выясните недостающее", en="find out what is missing"),
    "then_refuse": Text(
        ru="Откажите с помощью эмпатического «нет»",
        en="Say no with the empathic no",
    ),
    "then_accept": Text(
        ru="Если это бесплатная «экстра-услуга» — «продайте» ее: назовите, сколько она обычно стоит",
        en="If it is a free extra, “sell” it: say what it usually costs",
    ),
    "truth_table": Text(
        ru="Все 27 комбинаций ответов",
        en="All 27 combinations of answers",
    ),
    "clarify": Text(ru="Что уточнить", en="Clarify"),
    "nothing": Text(ru="—", en="—"),
}


def _short(question_id: str, lang: Lang | str) -> str:
    for q in rules.QUESTIONS:
        if q.id == question_id:
            return q.short(lang)
    raise KeyError(question_id)  # pragma: no cover - the rule set's inputs are the questions


def _edge_label(ruleset: RuleSet, rule_id: str, lang: Lang | str) -> str:
    """A short label for a rule's edge in the flowchart: ``≥ 2 × «no»`` for a count, the rendered rule otherwise."""
    rule = ruleset.rule(rule_id)
    cond = rule.when
    inputs = {i.name: i for i in ruleset.inputs}
    if isinstance(cond, AtLeast):
        value = inputs[cond.fields_[0]].values[cond.value](lang)
        return f"≥ {cond.n} «{value}»"
    if isinstance(cond, Eq):
        return inputs[cond.field].values[cond.value](lang)
    return ruleset.render_condition(rule, lang)


def _mermaid_label(text: str) -> str:
    """Quote *text* for a Mermaid label (our own texts, but be safe with quotes and brackets)."""
    return '"' + text.replace('"', "#quot;") + '"'


def flowchart(lang: Lang | str) -> str:
    """The DANETOR check as a Mermaid flowchart in *lang*, drawn from the questions and the rules."""
    ruleset = rules.DANETOR
    lines = ["flowchart TD"]
    ids = [q.id for q in rules.QUESTIONS]
    for i, q in enumerate(rules.QUESTIONS, 1):
        lines.append(f"    q_{q.id}[{_mermaid_label(f'{i}. {q.short(lang)}?')}]")
    lines.append(f"    count{{{_mermaid_label(TEXTS['count'](lang))}}}")
    chain = " --> ".join(f"q_{i}" for i in ids)
    lines.append(f"    {chain} --> count")
    for rule in ruleset.rules:
        verdict = rules.VERDICT_LABELS[rule.then](lang)
        lines.append(f"    v_{rule.id}([{_mermaid_label(verdict)}])")
        lines.append(f"    count -->|{_mermaid_label(_edge_label(ruleset, rule.id, lang))}| v_{rule.id}")
    for rule in ruleset.rules:
        if rule.then == rules.Verdict.REFUSE:
            lines.append(f"    v_{rule.id} --> next_{rule.id}[{_mermaid_label(TEXTS['then_refuse'](lang))}]")
        elif rule.then == rules.Verdict.ACCEPT:
            lines.append(f"    v_{rule.id} --> next_{rule.id}[{_mermaid_label(TEXTS['then_accept'](lang))}]")
        else:
            lines.append(f"    v_{rule.id} -.->|{_mermaid_label(TEXTS['clarify_loop'](lang))}| q_{ids[0]}")
    return "\n".join(lines) + "\n"


def truth_table() -> Table:
    """Every combination of answers with the verdict :func:`danetor.check` gives, the deciding rule and what to
    clarify — 27 rows, in the order of the answer enum (yes, no, don't know)."""
    ruleset = rules.DANETOR
    header = (
        *(i.label for i in ruleset.inputs),
        TEXTS["verdict"],
        TEXTS["rule"],
        TEXTS["clarify"],
    )
    rows = []
    for combo in ruleset.combinations():
        decision = check(**combo)
        clarify = TEXTS["nothing"]
        if decision.to_clarify:
            clarify = Text(
                ru=", ".join(_short(q, Lang.RU) for q in decision.to_clarify),
                en=", ".join(_short(q, Lang.EN) for q in decision.to_clarify),
            )
        rows.append(
            (
                *(i.values[combo[i.name]] for i in ruleset.inputs),
                rules.VERDICT_LABELS[decision.verdict],
                Text(ru=decision.rule, en=decision.rule),
                clarify,
            )
        )
    return Table(header=header, rows=tuple(rows))


def document() -> Document:
    """The DANETOR card: questions with help, the rule, a flowchart and the full truth table."""
    ruleset = rules.DANETOR
    rule_rows = tuple(
        (
            Text(ru=rule.id, en=rule.id),
            Text(ru=ruleset.render_condition(rule, Lang.RU), en=ruleset.render_condition(rule, Lang.EN)),
            rules.VERDICT_LABELS[rule.then],
            rule.why,
        )
        for rule in ruleset.rules
    )
    return Document(
        id="danetor",
        title=ruleset.title,
        source=TEXTS["source"],
        blocks=(
            Quote(text=TEXTS["why_quote"]),
            Heading(text=TEXTS["questions"]),
            Steps(items=tuple(q.text for q in rules.QUESTIONS)),
            Heading(text=TEXTS["how_to_answer"]),
            Table(
                header=(TEXTS["question"], TEXTS["hint"]),
                rows=tuple((q.short, q.help) for q in rules.QUESTIONS),
            ),
            Heading(text=TEXTS["rules"]),
            Quote(text=TEXTS["rule_quote"]),
            Table(
                header=(TEXTS["rule"], TEXTS["when"], TEXTS["verdict"], TEXTS["why"]),
                rows=rule_rows,
            ),
            Note(text=TEXTS["unknown_note"], style="ours"),
            Heading(text=TEXTS["flow"]),
            Diagram(mermaid=Text(ru=flowchart(Lang.RU), en=flowchart(Lang.EN))),
            Heading(text=TEXTS["truth_table"]),
            truth_table(),
        ),
    )
