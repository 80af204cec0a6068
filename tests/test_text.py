"""Languages and bilingual texts."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from danetor import InvalidInput, Lang, Text
from danetor.text import SENTENCE_END, as_lang, closed, user_text
from strategies import user_text as user_texts


@pytest.mark.parametrize(
    "value, lang", [("ru", Lang.RU), ("EN", Lang.EN), (" ru ", Lang.RU), (Lang.EN, Lang.EN)]
)
def test_as_lang(value, lang):
    assert as_lang(value) is lang


@pytest.mark.parametrize("value", ["de", "", None, 1, "klingon"])
def test_bad_lang_names_argument_and_values(value):
    with pytest.raises(InvalidInput, match=r"^lang: .* use one of: ru, en$"):
        as_lang(value)


def test_text_call():
    t = Text(ru="да", en="yes")
    assert t("ru") == "да" and t(Lang.EN) == "yes"
    with pytest.raises(InvalidInput):
        t("fr")


# -- user text: the one validator every message builder uses -------------------------------------------------


@given(value=user_texts, pad=st.sampled_from(["", " ", "\t", "  \n"]))
def test_user_text_keeps_the_words_and_drops_only_surrounding_whitespace(value, pad):
    assert user_text("x", pad + value + pad) == value.strip()
    assert user_text("x", value, required=False) == value.strip()


@pytest.mark.parametrize("bad", ["", "   ", "\n\t", 5, b"bytes", ["a"], True])
@pytest.mark.parametrize("required", [True, False])
def test_user_text_refuses_anything_but_words(bad, required):
    with pytest.raises(InvalidInput) as info:
        user_text("reason", bad, required=required, hint="the book says to name the reason")
    message = str(info.value)
    assert message.startswith("reason: ") and "a non-blank string" in message
    assert ("None" in info.value.allowed) is (not required)
    assert message.endswith("(the book says to name the reason)")


def test_user_text_none_is_missing_when_required_and_none_otherwise():
    assert user_text("name", None, required=False) is None
    with pytest.raises(InvalidInput) as info:
        user_text("request", None, hint="why")
    assert info.value.missing and str(info.value) == (
        "request: missing; it is required, use one of: a non-blank string (why)"
    )


@given(value=user_texts)
def test_closed_ends_a_sentence_once(value):
    done = closed(value)
    assert done.endswith(SENTENCE_END) and done.startswith(value)
    assert closed(done) == done
    assert done == value or done == value + "."
