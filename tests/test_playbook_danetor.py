"""The DANETOR card (danetor.playbooks.danetor): generated from the rules, never retyped.

The truth table is checked exhaustively against an oracle written here from the book’s rule (two or more "no"
means refuse) and our "don’t know" extension; the flowchart and the rule table have golden tests; a property shows
that rule texts reach the card verbatim, as data.
"""

import itertools
import re

from hypothesis import given

import danetor.rules.danetor as rules
from danetor import texts
from danetor.playbooks import danetor as card
from danetor.playbooks.document import (
    COMPACT_CHART,
    Diagram,
    Heading,
    Note,
    Paragraph,
    Quote,
    Steps,
    Table,
    to_markdown,
    to_terminal,
)
from danetor.questions import QUESTIONS, VERDICT_LABELS
from danetor.text import Lang, Text
from strategies import outcome_tables, user_text

IDS = ("client", "company", "eba")
WORDS = {
    "yes": Text(ru="да", en="yes"),
    "no": Text(ru="нет", en="no"),
    "unknown": Text(ru="не знаю", en="don’t know"),
}


def oracle(answers: tuple[str, ...]) -> str:
    """The verdict, written independently: two "no" refuse, two "yes" accept, anything else is open."""
    if answers.count("no") >= 2:
        return "refuse"
    if answers.count("yes") >= 2:
        return "accept"
    return "undecided"


def oracle_clarify(answers: tuple[str, ...]) -> tuple[str, ...]:
    """Unknown answers that decide the verdict for some way of settling the other unknowns."""
    if oracle(answers) != "undecided":
        return ()
    unknown = [i for i, a in enumerate(answers) if a == "unknown"]
    pivotal = []
    for i in unknown:
        others = [j for j in unknown if j != i]
        for fill in itertools.product(("yes", "no"), repeat=len(others)):
            base = list(answers)
            for j, a in zip(others, fill):
                base[j] = a
            verdicts = {oracle(tuple(base[:i] + [a] + base[i + 1 :])) for a in ("yes", "no")}
            if len(verdicts) > 1:
                pivotal.append(IDS[i])
                break
    return tuple(pivotal)


def _blocks(kind):
    return [b for b in card.document().blocks if isinstance(b, kind)]


def test_truth_table_is_every_combination_once_and_agrees_with_the_oracle():
    table = card.truth_table()
    assert len(table.rows) == 27
    combos = list(itertools.product(("yes", "no", "unknown"), repeat=3))
    shorts = {q.id: q.short for q in QUESTIONS}
    for lang in Lang:
        assert [c(lang) for c in table.header] == [
            *(shorts[i](lang) for i in IDS),
            card.TEXTS["verdict"](lang),
            card.TEXTS["clarify"](lang),
        ]
        for combo, row in zip(combos, table.rows, strict=True):
            cells = [c(lang) for c in row]
            assert cells[:3] == [WORDS[a](lang) for a in combo]
            verdict = oracle(combo)
            assert cells[3] == VERDICT_LABELS[verdict](
                lang
            )  # each verdict has one rule: no column of rule ids
            clarify = oracle_clarify(combo)
            assert cells[4] == (", ".join(shorts[q](lang) for q in clarify) if clarify else "—")


def test_the_truth_table_is_the_appendix_of_the_book():
    from danetor.playbooks import catalog, danetor_table

    appendix = danetor_table.document()
    assert appendix.id == "danetor-table" and catalog.names()[-2:] == ("danetor-table", "sources")
    assert [b for b in appendix.blocks if isinstance(b, Table)] == [card.truth_table()]
    assert card.truth_table() not in _blocks(
        Table
    )  # the card itself is what a manager reads before answering
    assert any(isinstance(b, Note) and b.style == "ours" for b in appendix.blocks)


def test_card_is_the_whole_playbook():
    doc = card.document()
    assert doc.id == "danetor" and doc.title == Text.of(rules.DANETOR.title)
    assert _blocks(Steps)[0].items == tuple(q.text for q in QUESTIONS)
    help_table, rule_table = _blocks(Table)
    assert help_table.rows == tuple((q.short, q.help) for q in QUESTIONS)
    assert [r[0] for r in rule_table.rows] == [VERDICT_LABELS[r.then] for r in rules.DANETOR.rules]
    assert [r[2] for r in rule_table.rows] == [Text.of(r.why) for r in rules.DANETOR.rules]
    assert [r[3] for r in rule_table.rows] == [card.NEXT[r.then] for r in rules.DANETOR.rules]
    assert any(n.style == "ours" for n in _blocks(Note))
    assert len(_blocks(Diagram)) == 1 and len(_blocks(Quote)) == 2 and len(_blocks(Heading)) == 4


def test_rule_table_golden_ru():
    md = to_markdown(card.document(), "ru")
    expected = (
        "| Вердикт | Когда | Почему | Что делать дальше |\n"
        "|---|---|---|---|\n"
        "| отказать | не меньше 2 из (польза клиенту, польза компании, рост ЭБС покроет издержки)\xa0— нет "
        "| Как минимум на два вопроса из трёх ответ «нет»\xa0— по алгоритму ДАНЕТОР клиенту лучше отказать. "
        "| Откажите с помощью эмпатического «нет» |\n"
    )
    assert expected in md
    # no rule ids: they only repeated the verdict, in the words of the code
    for rule in rules.DANETOR.rules:
        assert f"| {rule.id} |" not in md


def test_flowchart_golden_en():
    assert card.flowchart("en") == (
        COMPACT_CHART + "\n"
        "flowchart TD\n"
        '    questions["1. good for the client?<br/>2. good for the company?<br/>3. trust gained covers the cost?"]\n'
        '    count{{"How many<br/>“yes” and<br/>“no” answers?"}}\n'
        "    questions --> count\n"
        '    v_refuse(["refuse"])\n'
        '    count -->|"≥ 2 «no»"| v_refuse\n'
        '    v_accept(["accept"])\n'
        '    count -->|"≥ 2 «yes»"| v_accept\n'
        '    v_undecided(["undecided"])\n'
        '    count -->|"in every<br/>other case"| v_undecided\n'
        '    v_refuse --> next_refuse["Use the empathic no"]\n'
        '    v_accept --> next_accept["If it is a free<br/>extra, “sell” it: say<br/>what it usually costs"]\n'
        '    v_undecided -.->|"find out what<br/>is missing"| questions\n'
    )


def test_flowchart_has_a_node_for_every_rule_in_both_languages():
    for lang in Lang:
        chart = card.flowchart(lang)
        for rule in rules.DANETOR.rules:
            assert f'v_{rule.id}(["{VERDICT_LABELS[rule.then](lang)}"])' in chart


def test_russian_addresses_the_reader_with_vy():
    text = to_markdown(card.document(), "ru") + to_terminal(card.document(), "ru")
    assert not re.search(r"\b(ты|тебя|тебе|тобой|твой|твоя|твое|твоё|твои)\b", text, re.IGNORECASE)
    assert "вы" in text.lower()


def test_both_languages_render():
    doc = card.document()
    for lang in Lang:
        title = Text.of(rules.DANETOR.title)(lang)
        assert to_markdown(doc, lang).startswith(f"# {title}\n")
        assert to_terminal(doc, lang).startswith(title.upper())
    assert not re.search(r"[а-яё]", card.flowchart("en"), re.IGNORECASE)


@given(why=user_text)
def test_rule_texts_reach_the_card_verbatim(why):
    """A rule’s text, reworded under its key (as a company policy will), reaches the card as it is."""
    key = rules.DANETOR.rules[0].why
    with texts.overriding({(key, "ru"): why, (key, "en"): why}):
        rule_table = [b for b in card.document().blocks if isinstance(b, Table)][1]
        assert rule_table.rows[0][2].ru == rule_table.rows[0][2].en == why


@given(outcome_tables())
def test_the_merged_appendix_covers_every_combination_once_with_its_outcome(drawn):
    """A company's appendix with more than 81 combinations merges rows that agree whatever one answer is: every
    combination is still covered by exactly one printed row, and that row says its outcome."""
    import itertools

    from danetor.playbooks.danetor_table import merged
    from danetor.playbooks.document import Table

    n, outcome = drawn
    answers = [Text(ru=f"о{v}", en=f"a{v}") for v in range(3)]
    verdicts = [Text(ru=f"в{v}", en=f"v{v}") for v in range(5)]
    any_answer = Text(ru="любой ответ", en="any answer")
    table = Table(
        header=tuple(Text(ru=f"q{i}", en=f"q{i}") for i in range(n + 1)),
        rows=tuple((*(answers[v] for v in combo), verdicts[outcome[combo]]) for combo in outcome),
    )
    out = merged(table, n, any_answer=any_answer)
    covered: dict[tuple, int] = {}
    for row in out.rows:
        cells = [range(3) if c is any_answer else [answers.index(c)] for c in row[:n]]
        for combo in itertools.product(*cells):
            assert combo not in covered, combo
            covered[combo] = verdicts.index(row[n])
    assert covered == outcome
    # as short as merging makes it: no two rows left that a merge would join, and never longer than the table
    assert len(out.rows) <= len(table.rows)
    assert merged(out, n, any_answer=any_answer).rows == out.rows
    if len(set(outcome.values())) == 1:
        assert len(out.rows) == 1 and all(c is any_answer for c in out.rows[0][:n])


def test_an_appendix_of_more_than_81_combinations_prints_merged(monkeypatch):
    """With five questions (243 combinations) the appendix merges its rows and says how to read «любой ответ»;
    with the book's three it prints all 27, one a row, under the title that counts them."""
    from danetor.playbooks import danetor_table

    book = danetor_table.document()
    assert book.title.key == "danetor.table.title"
    assert len(next(b for b in book.blocks if isinstance(b, Table)).rows) == 27
    assert not any(
        getattr(b.text, "key", None) == "danetor.table.merged" for b in book.blocks if hasattr(b, "text")
    )

    answers = [Text.of(rules.ANSWER_KEYS[a.value]) for a in rules.Answer]
    accept, refuse = VERDICT_LABELS[rules.Verdict.ACCEPT], VERDICT_LABELS[rules.Verdict.REFUSE]
    five = Table(
        header=tuple(Text(ru=f"q{i}", en=f"q{i}") for i in range(7)),
        # the verdict depends on the first answer only; nothing to clarify
        rows=tuple(
            (*(answers[i] for i in combo), refuse if combo[0] == 1 else accept, card.TEXTS["nothing"])
            for combo in itertools.product(range(3), repeat=5)
        ),
    )
    monkeypatch.setattr(danetor_table, "truth_table", lambda: five)
    doc = danetor_table.document()
    assert doc.title.key == "danetor.table.title_company"
    assert [b.text.key for b in doc.blocks if isinstance(b, Paragraph)] == [
        "danetor.table.intro_company",
        "danetor.table.merged",
    ]
    table = next(b for b in doc.blocks if isinstance(b, Table))
    assert [[c("en") for c in row] for row in table.rows] == [
        [answers[a]("en"), *["any answer"] * 4, v("en"), card.TEXTS["nothing"]("en")]
        for a, v in ((0, accept), (1, refuse), (2, accept))
    ]
