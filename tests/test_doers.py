"""Working with the doers: rules 3–5 and 29 as they stand in the source, the briefing checklist, the document."""

import re

import pytest

from danetor.playbooks import doers as texts
from danetor.playbooks.document import COMPACT_CHART, Checklist, Diagram, to_markdown, to_terminal
from danetor.text import Lang
from strategies import texts_in, ty_forms

# Copied from shared/sources/002_…txt, «30 правил для хорошего аккаунт-менеджера», as the oracle.
SOURCE_RULES = {
    3: "Прежде, чем креативная группа начнёт что-то придумывать, убедитесь, что все правильно поняли задачу.",
    4: "Прежде, чем дизайнер начнёт что-то рисовать, нужно на это что-то подготовить задание в любой доступной форме.",
    5: "Дизайнер не должен придумывать, что написать на макете, в момент создания макета.",
    29: "Никогда не форвардите креативной группе письма клиентов, обрабатывайте и обсуждайте каждый комментарий.",
}


def test_rules_come_from_the_30_rules_playbook_not_a_copy():
    from danetor.playbooks.rules30 import RULES30

    for rule in (*texts.BRIEFING, *texts.CLIENT_COMMENTS):
        assert any(rule is r for r in RULES30)


def test_rules_are_quoted_as_they_stand():
    """Word for word, with the source's mistakes marked «[sic: …]» (tests/test_rules30.py checks the marks)."""
    rules = {
        r.number: re.sub(r" \[sic: [^\]]*\]", "", r.text.ru)
        for r in (*texts.BRIEFING, *texts.CLIENT_COMMENTS)
    }
    assert rules == SOURCE_RULES
    assert [r.number for r in texts.BRIEFING] == [3, 4, 5]


def test_every_text_is_bilingual_and_russian_keeps_to_vy():
    found = list(texts_in([getattr(texts, n) for n in texts.__all__ if n != "document"]))
    found += list(texts_in(texts.document()))
    assert len(found) > 15
    for t in found:
        assert t.ru.strip() and t.en.strip()
        assert ty_forms(t.ru) == [], t.ru


def test_document_checklists_come_from_the_rules():
    doc = texts.document()
    lists = [b for b in doc.blocks if isinstance(b, Checklist)]
    sic = re.compile(r" \[sic: [^\]]*\]")
    assert [sic.sub("", i.ru) for i in lists[0].items] == [
        f"Правило {n}: {SOURCE_RULES[n]}" for n in (3, 4, 5)
    ]
    assert [i.ru for i in lists[1].items] == ["Правило 29: " + SOURCE_RULES[29]]
    assert [i.en for i in lists[1].items] == ["Rule 29: " + texts.CLIENT_COMMENTS[0].text.en]
    diagram = next(b for b in doc.blocks if isinstance(b, Diagram))
    assert diagram.mermaid.ru.startswith(COMPACT_CHART + "\nflowchart LR\n")  # narrow enough to print at 9 pt
    assert "-.->" in diagram.mermaid.en  # the raw forward, drawn as the path not to take


@pytest.mark.parametrize("lang", list(Lang))
def test_document_renders_in_both_languages(lang):
    doc = texts.document()
    md, term = to_markdown(doc, lang), to_terminal(doc, lang)
    assert md.startswith("# " + texts.TITLE(lang) + "\n")
    assert term.startswith(texts.TITLE(lang).upper() + "\n")
    assert md.count("- [ ] ") == 4
    for item in texts.INVOLVE:
        assert "- " + item(lang) in md
    assert "```mermaid" in md and "```mermaid" not in term
