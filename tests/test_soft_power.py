"""Soft power: the delay warning (the book’s own example), the list of agreements, the texts and the document."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from danetor.errors import InvalidInput
from danetor.playbooks import soft_power as texts
from danetor.playbooks.document import Checklist, Quote, Table, to_markdown, to_terminal
from danetor.soft_power import AgreementsSummary, DelayWarning, agreements_summary, delay_warning
from danetor.text import Lang
from strategies import texts_in, ty_forms, user_text

BOOK = "Если вы не утвердите проект до пятницы, старт работ будет задержан."  # the source, word for word
#: the book's example as our message says it: the same words, with «Вы» capitalised (house style)
MESSAGE = BOOK.replace("вы", "Вы")


def test_the_books_example_word_for_word():
    w = delay_warning("утвердите проект", "до пятницы", "старт работ будет задержан")
    assert isinstance(w, DelayWarning)
    assert w.text == MESSAGE
    assert w.lang is Lang.RU
    assert (
        w.why
        == w.explain()
        == ("Сообщайте клиенту о требующихся с его стороны шагах и предупреждайте о последствиях проволочек.")
    )


def test_golden_english():
    w = delay_warning("approve the project", "by Friday", "the start of work will be delayed", lang="en")
    assert w.text == "If you don’t approve the project by Friday, the start of work will be delayed."


@pytest.mark.parametrize("end", [".", "!", "?", "…"])
def test_no_second_full_stop(end):
    w = delay_warning("оплатите счёт", "до 10 марта", "работы будут приостановлены" + end)
    assert w.text == "Если Вы не оплатите счёт до 10 марта, работы будут приостановлены" + end


@given(action=user_text, deadline=user_text, consequence=user_text, lang=st.sampled_from(list(Lang)))
def test_delay_warning_inserts_user_strings_verbatim(action, deadline, consequence, lang):
    w = delay_warning(action, deadline, consequence, lang=lang)
    c = consequence.strip()
    tail = c if c[-1] in ".!?…" else c + "."
    lead = "Если Вы не " if lang is Lang.RU else "If you don’t "
    assert w.text == lead + action.strip() + " " + deadline.strip() + ", " + tail
    assert (w.action, w.deadline, w.consequence) == (action.strip(), deadline.strip(), c)


@pytest.mark.parametrize("argument", ["action", "deadline", "consequence"])
@pytest.mark.parametrize("value", ["", "  \n", None, 7, ["x"]])
def test_delay_warning_bad_input(argument, value):
    args = {"action": "a", "deadline": "d", "consequence": "c"}
    args[argument] = value
    with pytest.raises(InvalidInput) as err:
        delay_warning(**args)
    assert err.value.argument == argument
    assert err.value.allowed == ("a non-blank string",)


def test_delay_warning_bad_lang():
    with pytest.raises(InvalidInput) as err:
        delay_warning("a", "d", "c", lang="fr")
    assert err.value.argument == "lang"


# -- the list of agreements ----------------------------------------------------------------------------------
def test_agreements_golden_ru():
    s = agreements_summary(
        ["Макет главной\xa0— до среды", "Тексты присылаете вы\xa0— до понедельника"],
        conversation="звонок 12 марта",
        client="Анна",
    )
    assert isinstance(s, AgreementsSummary)
    assert s.subject == "Договорённости по итогам разговора: звонок 12 марта"
    assert s.text == (
        "Анна, добрый день!\n\n"
        "По итогам нашего разговора (звонок 12 марта) фиксирую договорённости:\n"
        "1. Макет главной\xa0— до среды\n"
        "2. Тексты присылаете вы\xa0— до понедельника\n"
        "\n"
        "Пожалуйста, подтвердите, что всё записано верно, или поправьте, если что-то понято иначе."
    )
    assert s.email == "Тема: " + s.subject + "\n\n" + s.text
    assert s.why == s.explain() and "список достигнутых договорённостей" in s.why


def test_agreements_golden_en_minimal():
    s = agreements_summary(("Launch on Monday",), lang="en")
    assert s.subject == "What we agreed"
    assert s.text == (
        "Following our conversation, here is what we agreed:\n1. Launch on Monday\n\n"
        "Please confirm that this is right, or correct me if anything was understood differently."
    )
    assert s.conversation is None and s.items == ("Launch on Monday",)


@given(items=st.lists(user_text, min_size=1, max_size=5), conversation=user_text, client=user_text)
def test_agreements_insert_user_strings_verbatim(items, conversation, client):
    s = agreements_summary(iter(items), conversation=conversation, lang="en", client=client)
    expected = (
        ["Hello " + client.strip() + ",", ""]
        + ["Following our conversation (" + conversation.strip() + "), here is what we agreed:"]
        + [str(n) + ". " + item.strip() for n, item in enumerate(items, 1)]
        + ["", "Please confirm that this is right, or correct me if anything was understood differently."]
    )
    assert s.text == "\n".join(expected)
    assert s.subject == "What we agreed: " + conversation.strip()
    assert s.items == tuple(i.strip() for i in items)


@pytest.mark.parametrize("items", ["a single string", None, 5, [], ()])
def test_agreements_bad_items(items):
    with pytest.raises(InvalidInput) as err:
        agreements_summary(items)
    assert err.value.argument == "items"


@pytest.mark.parametrize("bad", ["", "  ", None, 3])
def test_agreements_bad_item_is_named_by_index(bad):
    with pytest.raises(InvalidInput) as err:
        agreements_summary(["ok", bad])
    assert err.value.argument == "items[1]"


@pytest.mark.parametrize("argument", ["conversation", "client"])
def test_agreements_blank_optional_strings(argument):
    with pytest.raises(InvalidInput) as err:
        agreements_summary(["ok"], **{argument: "   "})
    assert err.value.argument == argument


# -- texts and document -------------------------------------------------------------------------------------
def test_every_text_is_bilingual_and_russian_keeps_to_vy():
    found = list(texts_in([getattr(texts, n) for n in texts.__all__ if n != "document"]))
    found += list(texts_in(texts.document()))
    assert len(found) > 20
    for t in found:
        assert t.ru.strip() and t.en.strip()
        assert ty_forms(t.ru) == [], t.ru


def test_techniques_are_the_books_six_in_order():
    assert [t.id for t in texts.TECHNIQUES] == [
        "brevity",
        "concessions",
        "pressure_hurts_quality",
        "regulate_in_writing",
        "agreements_after_talk",
        "warn_of_delays",
    ]


def test_document_shows_the_books_example_built_by_the_code():
    doc = texts.document()
    quotes = [b.text.ru for b in doc.blocks if isinstance(b, Quote)]
    assert MESSAGE in quotes
    checklist = next(b for b in doc.blocks if isinstance(b, Checklist))
    assert checklist.items == tuple(t.text for t in texts.TECHNIQUES)
    table = next(b for b in doc.blocks if isinstance(b, Table))
    example = agreements_summary(
        [i.ru for i in texts.SUMMARY_EXAMPLE["items"]], conversation=texts.SUMMARY_EXAMPLE["conversation"].ru
    )
    assert table.rows[0][0].ru == example.email


@pytest.mark.parametrize("lang", list(Lang))
def test_document_renders_in_both_languages(lang):
    doc = texts.document()
    md, term = to_markdown(doc, lang), to_terminal(doc, lang)
    assert md.startswith("# " + texts.TITLE(lang) + "\n")
    assert term.startswith(texts.TITLE(lang).upper() + "\n")
    for t in texts.TECHNIQUES:
        assert "- [ ] " + t.text(lang) in md
    assert "```mermaid\nflowchart LR" in md
    assert '!!! info "' in md
