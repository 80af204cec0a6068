"""The house style of the texts issue 16 added (the topics of the new cards, the citations, the book's ideas): what a
test can check of «The words» in DESIGN.md. Typography the other texts are brought to in their own issue."""

from __future__ import annotations

import re

import pytest

from danetor import texts

TOPICS = ("interview", "tips", "job", "agency", "kam_practice", "book", "cite")
ENTRIES = [e for topic in TOPICS for e in texts.entries(topic + ".")]

RULES = {
    "an em dash has a no-break space before it": re.compile(r"(?<![\u00a0\n])—"),
    "no straight double quotes in Russian": re.compile(r'"'),
    "no English quotes at the top level in Russian": re.compile(r"”"),
    "a number and its unit are joined by a no-break space": re.compile(
        r"\d (?:%|₽|мин\b|минут|лет\b|года?\b|час|дн|тыс|млн|руб|процент)"
    ),
    "№ is followed by a no-break space": re.compile(r"№ "),
    "an initial is followed by a no-break space": re.compile(r"\b[А-ЯЁ]\. (?=[А-ЯЁ])"),
    "ё where it belongs": re.compile(
        r"\b(?:еще|ее|нее|свое|твое|отчет\w*|учет\w*|расчет\w*|четк\w*|тяжел\w*)\b", re.IGNORECASE
    ),
    "no double spaces": re.compile(r"  (?! )"),
}


def test_there_are_texts_to_check():
    assert len(ENTRIES) > 600


@pytest.mark.parametrize("rule", sorted(RULES))
def test_russian_follows_the_house_typography(rule):
    bad = []
    for e in ENTRIES:
        text = e.ru
        if e.kind != "quote" and rule == "ё where it belongs" and e.key.startswith("cite."):
            continue
        if rule == "no double spaces" and texts.placeholders(text):  # templates indent on purpose
            continue
        if RULES[rule].search(text):
            bad.append(e.key)
    assert not bad, bad


def test_ёлочки_outside_лапки_inside():
    """A quotation inside a quotation takes „лапки“: no «…«…»…» in one text."""
    bad = []
    for e in ENTRIES:
        depth = 0
        for ch in e.ru:
            if ch == "«":
                depth += 1
                if depth > 1:
                    bad.append(e.key)
                    break
            elif ch == "»":
                depth -= 1
    assert not bad, bad


def test_sic_marks_follow_the_form_they_correct():
    for e in ENTRIES:
        for text in (e.ru, e.en):
            for m in re.finditer(r"\[sic: ([^\]]+)\]", text):
                assert m.start() > 0 and text[m.start() - 1] == " ", e.key
