"""Soft power: the delay warning (the book’s own example), the list of agreements, the texts and the document."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from danetor.errors import InvalidInput
from danetor.playbooks import soft_power as texts
from danetor.playbooks.document import (
    COMPACT_CHART,
    Checklist,
    Message,
    Quote,
    Table,
    to_markdown,
    to_terminal,
)
from danetor.soft_power import AgreementsSummary, DelayWarning, agreements_summary, delay_warning
from danetor.text import Lang
from strategies import texts_in, ty_forms, user_text

BOOK = "Если вы не утвердите проект до пятницы, старт работ будет задержан."  # the source, word for word
#: the book's example as our message says it: a lead, then the book's words with «Вы» capitalised (house style)
SENTENCE = "Хочу заранее предупредить: если Вы не утвердите проект до пятницы, старт работ будет задержан."


def _trim(text: str) -> str:
    return text.strip().rstrip(".!?… \t\n\xa0")


def test_the_books_example_word_for_word():
    w = delay_warning("утвердите проект", "до пятницы", "старт работ будет задержан")
    assert isinstance(w, DelayWarning)
    assert w.sentence == SENTENCE and w.text == "Добрый день!\n\n" + SENTENCE
    assert SENTENCE.endswith(BOOK.replace("Если вы", "если Вы"))  # the book's words, nothing changed but «Вы»
    assert w.lang is Lang.RU and w.greeting == "Добрый день!" and w.signoff is None
    assert (
        w.why
        == w.explain()
        == ("Сообщайте клиенту о требующихся с его стороны шагах и предупреждайте о последствиях проволочек.")
    )


def test_golden_english():
    w = delay_warning(
        "approve the project", "by Friday", "the start of work will be delayed", lang="en", client="Anna",
        sender="Maria",
    )  # fmt: skip
    assert w.text == (
        "Hello Anna,\n\n"
        "I want to flag this early: if you don’t approve the project by Friday, the start of work will be delayed."
        "\n\nBest regards,\nMaria"
    )


@pytest.mark.parametrize(
    ("action", "lang", "sentence"),
    [
        ("утвердить проект", "ru", "если до пятницы не получится утвердить проект, старт работ будет задержан."),
        ("подписанный договор", "ru", "если мы не получим от Вас подписанный договор до пятницы, старт работ будет задержан."),
        ("оплата второго этапа", "ru", "до пятницы нам нужно от Вас следующее\xa0— оплата второго этапа. Иначе старт работ будет задержан."),
        ("пришлите тексты", "ru", "до пятницы нам нужно от Вас следующее\xa0— пришлите тексты. Иначе старт работ будет задержан."),
        ("the signed contract", "en", "if we don’t receive the signed contract from you by Friday, the start of work will be delayed."),
    ],
)  # fmt: skip
def test_the_warning_reads_right_whatever_form_the_action_takes(action, lang, sentence):
    when, then = (
        ("до пятницы", "старт работ будет задержан")
        if lang == "ru"
        else ("by Friday", "the start of work will be delayed")
    )
    w = delay_warning(action, when, then, lang=lang)
    lead = "Хочу заранее предупредить:" if lang == "ru" else "I want to flag this early:"
    assert w.sentence == f"{lead} {sentence}"


@pytest.mark.parametrize("end", [".", "!", "?", "…"])
def test_our_sentence_supplies_the_punctuation(end):
    w = delay_warning("оплатите счёт", "до 10 марта", "работы будут приостановлены" + end)
    assert (
        w.sentence
        == "Хочу заранее предупредить: если Вы не оплатите счёт до 10 марта, работы будут приостановлены."
    )


@given(action=user_text, deadline=user_text, consequence=user_text, lang=st.sampled_from(list(Lang)))
def test_delay_warning_inserts_user_strings_verbatim(action, deadline, consequence, lang):
    from danetor._phrase import FRAMES, frame
    from danetor.soft_power import DELAY_FRAMES, DELAY_LEAD

    a, d, c = _trim(action), _trim(deadline), _trim(consequence)
    if not (a and d and c):
        return  # nothing but punctuation: refused as blank (test_delay_warning_bad_input)
    w = delay_warning(action, deadline, consequence, lang=lang)
    body = DELAY_FRAMES[frame(a, Lang(lang).value, FRAMES)](lang).format(action=a, deadline=d, consequence=c)
    assert w.sentence == DELAY_LEAD(lang) + " " + body
    assert w.text == w.greeting + "\n\n" + w.sentence
    assert (w.action, w.deadline, w.consequence) == (a, d, c)


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
    assert s.greeting == "Анна, добрый день!" and s.signoff is None
    assert s.email == "Тема: " + s.subject + "\n\n" + s.text
    assert s.why == s.explain() and "список достигнутых договорённостей" in s.why


def test_agreements_golden_en_minimal():
    s = agreements_summary(("Launch on Monday",), lang="en", sender="Maria")
    assert s.subject == "What we agreed"
    assert s.text == (
        "Hello,\n\nFollowing our conversation, here is what we agreed:\n1. Launch on Monday\n\n"
        "Please confirm that this is right, or correct me if I’ve misunderstood anything.\n\nBest regards,\nMaria"
    )
    assert s.conversation is None and s.items == ("Launch on Monday",)


@given(
    items=st.lists(user_text, min_size=1, max_size=5),
    conversation=user_text.filter(lambda t: _trim(t) != ""),
    client=user_text,
)
def test_agreements_insert_user_strings_verbatim(items, conversation, client):
    s = agreements_summary(iter(items), conversation=conversation, lang="en", client=client)
    expected = (
        ["Hello " + client.strip() + ",", ""]
        + ["Following our conversation (" + _trim(conversation) + "), here is what we agreed:"]
        + [str(n) + ". " + item.strip() for n, item in enumerate(items, 1)]
        + ["", "Please confirm that this is right, or correct me if I’ve misunderstood anything."]
    )
    assert s.text == "\n".join(expected)
    assert s.subject == "What we agreed: " + _trim(conversation)
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
    assert BOOK in quotes  # the book's words, as a quotation
    messages = [b.text for b in doc.blocks if isinstance(b, Message)]
    assert [m.ru for m in messages] == [
        delay_warning("утвердите проект", "до пятницы", "старт работ будет задержан").text
    ]
    assert (
        messages[0].en
        == delay_warning(
            "approve the project", "by Friday", "the start of work will be delayed", lang="en"
        ).text
    )
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
    assert "```mermaid\n" + COMPACT_CHART + "\nflowchart LR" in md
    assert '!!! info "' in md
