"""Restarting the relationship: the three parts in the book’s order, golden drafts, user strings, the document."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from danetor.errors import InvalidInput
from danetor.playbooks import restart as texts
from danetor.playbooks.document import Steps, Table, to_markdown, to_terminal
from danetor.restart import RestartMessage, restart_message
from danetor.text import Lang
from strategies import texts_in, ty_forms, user_text

# The book: explain that the company wants to work with the client and be useful; that the situation does not
# suit the team and affects the quality of work; offer to build the relationship from a clean slate.
ORDER = ("want", "problem", "fresh_start")

GOLDEN_RU = (
    "Добрый день!\n\n"
    "Мы ценим наше сотрудничество: нам важно и дальше работать вместе и быть Вам полезными. Но скажу прямо: "
    "сложившаяся ситуация не устраивает нашу команду и сказывается на качестве работы. Предлагаю начать наши "
    "отношения с чистого листа. Как Вы на это смотрите?"
)
GOLDEN_EN_FULL = (
    "Hello Mr Smith,\n\n"
    "We value working with you, and we want to keep working together and to be genuinely useful to you. But let "
    "me be frank: the way things are now doesn’t suit our team, and it’s affecting the quality of our work. What "
    "concerns us: changes arrive at night with no description. I’d like to suggest that we start again with a "
    "clean slate. Would you be open to that?\n\n"
    "Best regards,\nMaria"
)


def test_golden_ru():
    msg = restart_message()
    assert isinstance(msg, RestartMessage)
    assert msg.text == GOLDEN_RU
    assert tuple(p.kind for p in msg.parts) == ORDER
    assert msg.lang is Lang.RU and msg.greeting == "Добрый день!" and msg.signoff is None


def test_golden_en_with_situation_and_client():
    msg = restart_message(
        situation="changes arrive at night with no description.", lang="en", client="Mr Smith", sender="Maria"
    )
    assert msg.text == GOLDEN_EN_FULL
    assert msg.parts[1].text.endswith("What concerns us: changes arrive at night with no description.")


def test_parts_carry_the_books_instructions_in_order():
    msg = restart_message(lang="ru")
    assert [p.advice for p in msg.parts] == [s.advice.ru for s in texts.STEPS]
    assert "хочет работать с ним и быть ему полезной" in msg.parts[0].advice
    assert "не устраивает коллектив и сказывается на качестве работы" in msg.parts[1].advice
    assert "с чистого листа" in msg.parts[2].advice
    assert msg.explain().splitlines()[0] == "1. " + msg.parts[0].advice
    assert msg.model_dump(mode="json")["parts"][2]["kind"] == "fresh_start"


@given(situation=user_text, client=user_text, lang=st.sampled_from(list(Lang)))
def test_user_strings_are_inserted_verbatim(situation, client, lang):
    s = situation.strip().rstrip(".!?… \t\n\xa0")
    if not s:
        return  # nothing but punctuation: refused as blank
    msg = restart_message(situation=situation, client=client, lang=lang)
    s += "."
    plain = restart_message(lang=lang)
    lead = (client.strip() + ", добрый день!") if lang is Lang.RU else ("Hello " + client.strip() + ",")
    concern = ("Что именно нас беспокоит: " if lang is Lang.RU else "What concerns us: ") + s
    expected = " ".join([plain.parts[0].text, plain.parts[1].text + " " + concern, plain.parts[2].text])
    assert msg.text == lead + "\n\n" + expected


@pytest.mark.parametrize("value", ["", "   ", 5, ["x"]])
def test_bad_situation(value):
    with pytest.raises(InvalidInput) as err:
        restart_message(situation=value)
    assert err.value.argument == "situation"


@pytest.mark.parametrize("value", ["", "\t", 0])
def test_bad_client(value):
    with pytest.raises(InvalidInput) as err:
        restart_message(client=value)
    assert err.value.argument == "client"


def test_bad_lang():
    with pytest.raises(InvalidInput) as err:
        restart_message(lang="uk")
    assert err.value.argument == "lang"


def test_every_text_is_bilingual_and_russian_keeps_to_vy():
    found = list(texts_in([getattr(texts, n) for n in texts.__all__ if n != "document"]))
    found += list(texts_in(texts.document()))
    assert len(found) > 10
    for t in found:
        assert t.ru.strip() and t.en.strip()
        assert ty_forms(t.ru) == [], t.ru


def test_document_steps_and_draft_come_from_the_same_data():
    doc = texts.document()
    steps = next(b for b in doc.blocks if isinstance(b, Steps))
    assert steps.items == tuple(s.advice for s in texts.STEPS)
    table = next(b for b in doc.blocks if isinstance(b, Table))
    example = restart_message(situation=texts.EXAMPLE.ru)
    assert [row[1].ru for row in table.rows] == [p.text for p in example.parts]


@pytest.mark.parametrize("lang", list(Lang))
def test_document_renders_in_both_languages(lang):
    doc = texts.document()
    md, term = to_markdown(doc, lang), to_terminal(doc, lang)
    assert md.startswith("# " + texts.TITLE(lang) + "\n")
    assert term.startswith(texts.TITLE(lang).upper() + "\n")
    for i, step in enumerate(texts.STEPS, 1):
        assert f"{i}. {step.advice(lang)}" in md
    assert '!!! info "' in md
