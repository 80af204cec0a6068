"""Negotiation habits: the issue's three habits (reused from the channels playbook, not retyped), the book's
other habits each citing its section, and the document in both languages."""

import pytest

from danetor.playbooks import negotiation as texts
from danetor.playbooks.channels import CHECKLISTS
from danetor.playbooks.document import Checklist, to_markdown, to_terminal
from danetor.text import Lang
from strategies import texts_in, ty_forms

# From the source («Эффективные коммуникации»), as the oracle for the three habits the issue names.
HEADLINE = (
    "катастрофы не будет, если переговоры ни к чему не приведут",
    "«мы с вами», «мы вместе»",
    "не напротив клиента, а под прямым углом к нему",
)


def test_the_issues_three_habits_are_in_the_document_once_and_from_the_channels_playbook():
    doc = texts.document()
    lists = [b for b in doc.blocks if isinstance(b, Checklist)]
    meeting = CHECKLISTS["meeting"]
    assert lists[0].items == meeting.items  # the same items, not a copy typed again
    md = to_markdown(doc, "ru")
    for phrase in HEADLINE:
        assert any(phrase in item.ru for item in meeting.items), phrase
        assert md.count(phrase) == 1 + (phrase == HEADLINE[0])  # the first is also the opening quote
        assert not any(phrase in h.text.ru for h in texts.HABITS)  # not duplicated in our own data


def test_ids_unique_phases_used_and_sources_named():
    ids = [h.id for h in texts.HABITS]
    assert len(ids) == len(set(ids))
    assert {h.phase for h in texts.HABITS} == set(texts.PHASES)
    assert all(h.source in texts.SECTIONS.values() for h in texts.HABITS)


def test_every_text_is_bilingual_and_russian_keeps_to_vy():
    found = list(texts_in([getattr(texts, n) for n in texts.__all__ if n != "document"]))
    found += list(texts_in(texts.document()))
    assert len(found) > 15
    for t in found:
        assert t.ru.strip() and t.en.strip()
        assert ty_forms(t.ru) == [], t.ru


def test_document_groups_our_habits_by_phase_from_the_data():
    lists = [b for b in texts.document().blocks if isinstance(b, Checklist)][1:]
    for phase, block in zip(texts.PHASES, lists, strict=True):
        habits = [h for h in texts.HABITS if h.phase == phase]
        assert [i.ru for i in block.items] == [f"{h.text.ru} ({h.source.ru})" for h in habits]


@pytest.mark.parametrize("lang", list(Lang))
def test_document_renders_in_both_languages(lang):
    doc = texts.document()
    md, term = to_markdown(doc, lang), to_terminal(doc, lang)
    assert md.startswith("# " + texts.TITLE(lang) + "\n")
    assert term.startswith(texts.TITLE(lang).upper() + "\n")
    total = len(texts.HABITS) + len(CHECKLISTS["meeting"].items)
    assert md.count("- [ ] ") == total
    assert term.count("[ ] ") == total


def test_golden_markdown_checklist_line():
    md = to_markdown(texts.document(), "en")
    assert (
        "- [ ] Keep to the formal “you” (Russian «вы»), even if the client suggests switching to the informal "
        "«ты». (“Effective communication”)\n"
    ) in md
