"""Languages and bilingual texts."""

import pytest

from danetor import InvalidInput, Lang, Text
from danetor.text import as_lang


@pytest.mark.parametrize("value, lang", [("ru", Lang.RU), ("EN", Lang.EN), (" ru ", Lang.RU), (Lang.EN, Lang.EN)])
def test_as_lang(value, lang):
    assert as_lang(value) is lang


@pytest.mark.parametrize("value", ["de", "", None, 1, "russian"])
def test_bad_lang_names_argument_and_values(value):
    with pytest.raises(InvalidInput, match=r"^lang: .* use one of: ru, en$"):
        as_lang(value)


def test_text_call():
    t = Text(ru="да", en="yes")
    assert t("ru") == "да" and t(Lang.EN) == "yes"
    with pytest.raises(InvalidInput):
        t("fr")
