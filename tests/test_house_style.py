"""The house style, enforced over every text of the registry, in both languages (house_style.py has the rules;
the docs page «Редакционные правила» / "House style" states them for people).

* every text of every topic passes every mechanical rule;
* each rule catches what it should and lets through what it should (so the walker can fail);
* every word the «ё» policy decides by hand is really ambiguous, so the table holds no stale decision.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import house_style as hs
from danetor import texts

TOPICS = texts.topics()


#: texts whose English is not ours: argparse's own message ids, which must stay exactly as argparse writes them
#: for the translation to find them (danetor.cli._argparse_i18n); their Russian is ours and checked
NOT_OURS_EN = ("cli.argparse.",)


#: headings the code cites inside quotes of its own (cite.section: «{source}, раздел «{heading}»»): their quotes are
#: the inner ones, „…“ and ‘…’
NESTED = ("book.section.", "doers.source.chapter")
#: quotations whose English is the source's own text (kam_practice.toml says so): its spelling is the source's
SOURCE_IS_ENGLISH = ("kam_practice.",)
#: questions said aloud to a candidate at an interview, not written to a client: «вы» keeps its lower case
SPOKEN_TO_A_CANDIDATE = ("interview.block.",)


def _rules_that_do_not_apply(entry, lang: str) -> set[str]:
    skip = set()
    if lang == "en" and entry.kind == "quote" and entry.key.startswith(SOURCE_IS_ENGLISH):
        skip.add("British spelling")
    if lang == "ru" and entry.key.startswith(SPOKEN_TO_A_CANDIDATE):
        skip.add("«Вы» with a capital in a message to a client")
    return skip


@pytest.mark.parametrize("topic", TOPICS)
def test_every_text_follows_the_house_style(topic):
    broken = []
    for entry in texts.entries(topic + "."):
        for lang in ("ru", "en"):
            if lang == "en" and entry.key.startswith(NOT_OURS_EN):
                continue
            found = hs.violations(entry(lang), lang, entry.kind, nested=entry.key.startswith(NESTED))
            for rule in _rules_that_do_not_apply(entry, lang):
                found.pop(rule, None)
            for rule, hits in found.items():
                broken.append(f"{entry.key} [{lang}, {entry.kind}] {rule}: {hits}")
    assert not broken, "\n".join(broken)


DOCS = Path(__file__).resolve().parent.parent / "docs"
PAGES = sorted(DOCS.glob("*/*.md"))


@pytest.mark.parametrize("page", PAGES, ids=[str(p.relative_to(DOCS)) for p in PAGES])
def test_every_page_of_the_site_follows_the_house_style(page):
    broken = []
    for text, lang in hs.markdown_prose(page.read_text(encoding="utf-8"), page.parent.name):
        broken += [f"[{lang}] {rule}: {hits}" for rule, hits in hs.violations(text, lang, "note").items()]
    assert not broken, "\n".join(broken)


def test_the_house_style_page_is_in_both_sites():
    assert {p.parent.name for p in PAGES if p.name == "house-style.md"} == {"ru", "en"}


NB = "\u00a0"

# (text, lang, kind, the rule it breaks or None)
CASES = [
    # «Вы» in messages to a client; notes and quotations keep the lower case
    ("Хочу предупредить вас о риске.", "ru", "message", "«Вы» with a capital in a message to a client"),
    ("Спасибо, что написали Вам.", "ru", "message", None),
    ("Выслушайте клиента, не перебивайте вас.", "ru", "note", None),
    ("Если вы не утвердите проект до пятницы", "ru", "quote", None),
    ("Выполним к пятнице.", "ru", "message", None),  # «Выполним» is not «вы»
    # «ё»
    ("Мы еще работаем.", "ru", "note", "«ё» where the word has it"),
    ("Мы ещё работаем.", "ru", "note", None),
    ("Если все верно, подтвердите.", "ru", "message", "«ё» where the word has it"),
    ("Если всё верно, подтвердите.", "ru", "message", None),
    ("Сохраняйте все три навыка.", "ru", "note", None),
    ("запишите, о чем просит клиент", "ru", "note", "«ё» where the word has it"),
    ("Прежде чем отказать клиенту", "ru", "quote", None),
    ("Мы делаем все возможное.", "ru", "quote", "«ё» where the word has it"),
    ("Тут договоренности [sic] такие.", "ru", "quote", None),
    ("Поздравляйте клиентов с Днем рождения [sic: с днём рождения].", "ru", "quote", None),
    ("Russian «еще» in English", "en", "note", "«ё» where the word has it"),
    # quotes
    ("раздел «“Мягкая сила”»", "ru", "label", "quotes: «ёлочки», „лапки“ inside"),
    ("раздел «„Мягкая сила“»", "ru", "label", None),
    ('говорить клиенту "нет"', "ru", "note", "quotes: «ёлочки», „лапки“ inside"),
    ("«не закрыта", "ru", "note", "quotes: «ёлочки», „лапки“ inside"),
    ("the client's request", "en", "note", "curly quotes and apostrophes"),
    ("the client’s request", "en", "note", None),
    ('say "no"', "en", "note", "curly quotes and apostrophes"),
    ("say “no”", "en", "note", None),
    ("say “no ‘now’”", "en", "note", None),
    ("say ‘no’", "en", "note", "quotes: “double”, ‘single’ inside"),
    ("say «no»", "en", "note", "quotes: “double”, ‘single’ inside"),
    ("address the client as «вы»", "en", "note", None),
    # dashes
    ("Стоимость — 9000.", "ru", "message", "a no-break space before an em dash, a space after it"),
    (f"Стоимость{NB}— 9000.", "ru", "message", None),
    (f"Стоимость{NB}—9000.", "ru", "message", "a no-break space before an em dash, a space after it"),
    ("Главное – правильно", "ru", "quote", "a dash is an em dash, not a hyphen or an en dash"),
    ("Главное - правильно", "ru", "quote", "a dash is an em dash, not a hyphen or an en dash"),
    ("рост на 10–12", "ru", "note", None),
    ("— первый пункт\n— второй", "ru", "note", None),
    (
        "costs quality — and it’s yours",
        "en",
        "message",
        "a dash is a spaced en dash with a no-break space before it",
    ),
    (
        "costs quality – and it’s yours",
        "en",
        "message",
        "a dash is a spaced en dash with a no-break space before it",
    ),
    (f"costs quality{NB}– and it’s yours", "en", "message", None),
    ("a rise of 10–12%", "en", "message", None),
    ("—", "en", "label", None),
    ("— first\n— second", "en", "note", None),
    ("  – {practice}", "en", "note", None),
    ("the client–contractor relationship", "en", "label", None),
    ("«„Отчаянные аккаунт-менеджеры“ за 10 минут» (a summary)", "en", "label", None),
    # no-break spaces
    ("Б. Шпирт", "ru", "label", "a no-break space after an initial"),
    (f"Б.{NB}Шпирт", "ru", "label", None),
    ("B. Shpirt", "en", "label", "a no-break space after an initial"),
    ("Договорённость №{n}", "ru", "note", "a no-break space after №"),
    (f"Договорённость №{NB}{{n}}", "ru", "note", None),
    ("на 100%.", "ru", "note", "a no-break space between a number and its unit, %, currency or month"),
    ("звонок 12 марта", "ru", "note", "a no-break space between a number and its unit, %, currency or month"),
    (f"звонок 12{NB}марта, 6{NB}часов, 100{NB}%, 15{NB}000{NB}₽", "ru", "note", None),
    ("бюджет 200 000", "ru", "note", "no-break spaces between groups of thousands"),
    ("в 2024 году", "ru", "note", "a no-break space between a number and its unit, %, currency or month"),
    ("30 % off", "en", "note", "% closed up; a no-break space before a unit"),
    ("6 hours", "en", "note", "% closed up; a no-break space before a unit"),
    (f"30% off in 6{NB}hours", "en", "note", None),
    # spelling and ellipsis
    ("I apologize", "en", "message", "British spelling"),
    ("15,000 rubles", "en", "message", "British spelling"),
    ("fix the colour, apologise", "en", "message", None),
    ("и так далее...", "ru", "note", "an ellipsis is one character"),
    ("and so on...", "en", "note", "an ellipsis is one character"),
    # code is not prose
    ('Пример:\n  danetor script no --request "ещё раз" \\\n      --reason "все - потом"', "ru", "note", None),
    ('Run `danetor texts "x"` to see them.', "en", "note", None),
]


@pytest.mark.parametrize(("text", "lang", "kind", "rule"), CASES)
def test_each_rule_catches_what_it_should(text, lang, kind, rule):
    found = hs.violations(text, lang, kind)
    if rule is None:
        assert found == {}
    else:
        assert rule in found, found


def test_each_rule_is_exercised_by_a_case():
    caught = {rule for text, lang, kind, rule in CASES if rule}
    assert set(hs.RULES_RU) | set(hs.RULES_EN) <= caught


@pytest.mark.parametrize("word", sorted(w for w in hs.YO_DECIDED if "-" not in w))
def test_every_word_decided_by_hand_is_really_ambiguous(word):
    with_yo, without = hs.yo_readings(word)
    assert with_yo and without, f"{word}: pymorphy3 reads it one way only; the table need not decide it"


def test_the_exemptions_name_texts_that_exist():
    keys = set(texts.keys())
    for prefix in (*NOT_OURS_EN, *NESTED, *SOURCE_IS_ENGLISH, *SPOKEN_TO_A_CANDIDATE):
        assert any(k.startswith(prefix) for k in keys), prefix


def test_a_nested_heading_takes_the_inner_quotes():
    assert hs.violations("Отношения „заказчик\u00a0— исполнитель“", "ru", "label", nested=True) == {}
    assert hs.violations("Отношения „заказчик\u00a0— исполнитель“", "ru", "label") != {}
    assert hs.violations("Type 2: ‘The formalists’", "en", "label", nested=True) == {}


PAGE_CASES = [
    # (page, its language, the rule a piece breaks, or None)
    ("Стоимость&nbsp;— 9&nbsp;000.", "ru", None),
    ("Стоимость — 9&nbsp;000.", "ru", "a no-break space before an em dash, a space after it"),
    ("Не пишите <s>«Главное – правильно»</s>.", "ru", None),
    ('В английском: <span lang="en">“it costs quality&nbsp;– and it’s yours”</span>.', "ru", None),
    (
        'В английском: <span lang="en">“it costs quality — and it’s yours”</span>.',
        "ru",
        "a dash is a spaced en dash with a no-break space before it",
    ),
    ('```\ndanetor ask --client "yes"\n```\nГотово.', "ru", None),
    ("<!-- danetor:texts -->", "ru", None),
    ("`danetor ask` — три вопроса", "ru", "a no-break space before an em dash, a space after it"),
]


@pytest.mark.parametrize(("page", "lang", "rule"), PAGE_CASES)
def test_the_page_reader_checks_prose_and_each_example_in_its_language(page, lang, rule):
    found = {r for text, code in hs.markdown_prose(page, lang) for r in hs.violations(text, code, "note")}
    assert found == ({rule} if rule else set())
