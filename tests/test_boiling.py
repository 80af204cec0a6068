"""Signs of a client coming to the boil: rule set exhaustive against an oracle, API, bad input, texts, document."""

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

import danetor.boiling as api
import danetor.playbooks.boiling as texts
from danetor.boiling import BoilingAdvice, boiling_check
from danetor.errors import InvalidInput
from danetor.playbooks.document import Table, to_markdown, to_terminal
from danetor.rules.boiling import BOILING, SIGNALS, BoilingAction, Observed, Urgency
from danetor.shipped import compiled
from danetor.words import as_enum
from strategies import texts_in as all_texts
from strategies import ty_forms, user_text

RANK = {"none": 0, "elevated": 1, "high": 2, "highest": 3}
FORMS = {
    True: [True, Observed.YES, "yes", "YES", " Yes", "да", "Да"],
    False: [False, Observed.NO, "no", "No ", "нет", "НЕТ"],
}


def oracle(irritation: bool, avoids: bool, short_late: bool) -> tuple[str, str, str]:
    """(urgency, action, rule), from the book’s ordering and our documented combination rule."""
    withdrawal = avoids or short_late  # either withdrawal sign counts on its own (ours)
    if irritation and withdrawal:
        return "highest", "ask", "irritation_and_withdrawal"  # ours: both kinds at once rank highest
    if withdrawal:
        return "high", "ask", "withdrawal"  # «тем более нельзя игнорировать»
    if irritation:
        return "elevated", "ask", "irritation"  # «повод поинтересоваться, всё ли его устраивает»
    return "none", "watch", "calm"  # «внимательно отслеживайте признаки»


COMBOS = list(itertools.product((False, True), repeat=3))


def test_table_is_exhaustive_and_matches_the_oracle():
    table = compiled(BOILING)
    assert len(table) == 8
    for combo in COMBOS:
        row = table.lookup(*("yes" if c else "no" for c in combo))
        urgency, _, rule = oracle(*combo)
        assert (row.outcome, row.rule) == (urgency, rule)


@pytest.mark.parametrize("combo", COMBOS)
def test_api_matches_the_oracle_for_every_accepted_form(combo):
    urgency, action, rule = oracle(*combo)
    for forms in itertools.product(*(FORMS[c] for c in combo)):
        advice = boiling_check(**dict(zip(SIGNALS, forms, strict=True)))
        assert (advice.urgency, advice.action, advice.rule) == (urgency, action, rule)
        assert (advice.irritation, advice.avoids_meetings, advice.short_late_replies) == combo
        assert advice.signs == tuple(s for s, c in zip(SIGNALS, combo, strict=True) if c)


def test_defaults_mean_not_observed():
    assert boiling_check().rule == "calm"
    assert boiling_check(avoids_meetings=True) is boiling_check(irritation=False, avoids_meetings="да")


@pytest.mark.parametrize(("before", "sign"), [(c, i) for c in COMBOS for i in range(3) if not c[i]])
def test_adding_a_sign_never_lowers_the_urgency(before, sign):
    after = tuple(True if j == sign else v for j, v in enumerate(before))
    lo = boiling_check(**dict(zip(SIGNALS, before, strict=True)))
    hi = boiling_check(**dict(zip(SIGNALS, after, strict=True)))
    assert RANK[hi.urgency] >= RANK[lo.urgency]
    assert RANK[hi.urgency] > 0


def test_the_books_ordering_withdrawal_weighs_more_than_irritation():
    irritation = boiling_check(irritation=True)
    for kw in (
        {"avoids_meetings": True},
        {"short_late_replies": True},
        {"avoids_meetings": True, "short_late_replies": True},
    ):
        assert RANK[boiling_check(**kw).urgency] > RANK[irritation.urgency]


def test_any_sign_means_asking_the_client():
    for combo in COMBOS:
        advice = boiling_check(**dict(zip(SIGNALS, combo, strict=True)))
        assert (advice.action is BoilingAction.ASK) == any(combo)
        assert advice.advice("ru") == (
            "Поинтересуйтесь у клиента, всё ли его устраивает в вашем сотрудничестве."
            if any(combo)
            else "Продолжайте внимательно отслеживать признаки «закипания», чтобы гасить возможные конфликты на "
            "ранней стадии."
        )


def test_json_round_trip():
    for combo in COMBOS:
        advice = boiling_check(**dict(zip(SIGNALS, combo, strict=True)))
        dumped = advice.model_dump(mode="json")
        assert set(dumped) == {*SIGNALS, "urgency", "action", "rule"}
        assert BoilingAdvice.model_validate(dumped) == advice


def test_explain_golden_ru():
    assert boiling_check(avoids_meetings=True, short_late_replies=True).explain("ru") == (
        "Замеченные признаки: избегает встреч и звонков; короткие ответы с задержками.\n"
        "Срочность: высокая. Не ждите удобного случая: начните этот разговор сами, как можно скорее.\n"
        "Что делать: Поинтересуйтесь у клиента, всё ли его устраивает в вашем сотрудничестве.\n"
        "Почему: Клиент избегает встреч и звонков или отвечает на письма коротко и с задержками. По книге такие "
        "сигналы тем более нельзя игнорировать. Что именно делать, книга не говорит; мы советуем то же, что при "
        "раздражении,\u00a0— спросить, всё ли его устраивает."
    )


def test_explain_golden_en():
    assert boiling_check().explain("en") == (
        "Signs seen: none.\n"
        "Urgency: none. Nothing beyond your usual attention is needed.\n"
        "What to do: Keep a close watch for the signs of the client coming to the boil, so that you can put out "
        "conflicts early.\n"
        "Why: No sign of the client coming to the boil. The book says to watch for them closely: keep doing so."
    )


# -- bad input: one test per case ------------------------------------------------------------------------
def test_bad_irritation_value():
    with pytest.raises(
        InvalidInput, match=r'irritation: "maybe" is not allowed; use one of: yes, no, да, нет, True, False'
    ):
        boiling_check(irritation="maybe")


def test_bad_avoids_meetings_value():
    with pytest.raises(InvalidInput, match=r"avoids_meetings: None is not allowed"):
        boiling_check(avoids_meetings=None)


def test_bad_short_late_replies_value():
    with pytest.raises(InvalidInput, match=r"short_late_replies: 1 is not allowed"):
        boiling_check(short_late_replies=1)


def test_unknown_word_for_a_signal():
    with pytest.raises(InvalidInput, match=r'short_late_replies: "не знаю" is not allowed'):
        boiling_check(short_late_replies="не знаю")


def test_positional_arguments_are_refused():
    with pytest.raises(TypeError):
        boiling_check(True)  # type: ignore[misc]


def test_unknown_signal_is_refused():
    with pytest.raises(TypeError):
        boiling_check(angry=True)  # type: ignore[call-arg]


def test_bad_lang_in_explain():
    with pytest.raises(InvalidInput, match=r'lang: "fr" is not allowed'):
        boiling_check().explain("fr")


@given(st.sampled_from(SIGNALS), user_text)
def test_any_other_text_is_refused(signal, value):
    from danetor.words import normal, spellings

    words = {normal(w): w for w in spellings(Observed)}  # every word the one normaliser accepts
    if normal(value) in words:
        expected = as_enum(words[normal(value)], Observed, signal) is Observed.YES
        assert getattr(boiling_check(**{signal: value}), signal) == expected
    else:
        with pytest.raises(InvalidInput) as err:
            boiling_check(**{signal: value})
        assert err.value.argument == signal


# -- texts -----------------------------------------------------------------------------------------------
def test_every_text_has_both_languages_and_russian_uses_vy():
    found = list(all_texts(vars(texts))) + list(all_texts(texts.document()))
    assert len(found) > 30
    for text in found:
        assert text.ru.strip() and text.en.strip()
        assert ty_forms(text.ru) == [], text.ru


def test_text_tables_cover_the_enums_and_rules():
    assert set(texts.URGENCY_LABELS) == set(texts.URGENCY_WHEN) == {u.value for u in Urgency}
    assert set(texts.ACTION_TEXTS) == set(texts.ACTION_LABELS) == {a.value for a in BoilingAction}
    assert set(texts.RULE_WHY) == set(texts.RULE_SHORT) == {r.id for r in BOILING.rules}
    assert set(texts.SIGNAL_LABELS) == set(texts.SIGNAL_QUESTIONS) == set(SIGNALS)


def test_module_all_is_exact():
    for module in (api, texts):
        assert all(hasattr(module, name) for name in module.__all__)
    assert set(api.__all__) == {"BoilingAdvice", "boiling_check", "OBSERVED_WORDS"}


# -- the document ----------------------------------------------------------------------------------------
def test_document_renders_in_both_languages():
    doc = texts.document()
    assert doc.id == "boiling"
    for lang in ("ru", "en"):
        assert to_markdown(doc, lang).startswith("# ")
        assert to_terminal(doc, lang).strip()
    assert "Такие сигналы тем более нельзя игнорировать." in to_markdown(doc, "ru")


def test_document_every_combination_table_golden_ru():
    md = to_markdown(texts.document(), "ru")
    assert (
        "| раздражение в репликах | избегает встреч и звонков | короткие ответы с задержками | Срочность | Правило |\n"
        "|---|---|---|---|---|\n"
        "| да | да | да | наивысшая | Раздражение и отдаление |\n"
        "| да | да | нет | наивысшая | Раздражение и отдаление |\n"
        "| да | нет | да | наивысшая | Раздражение и отдаление |\n"
        "| нет | да | да | высокая | Избегает встреч или отвечает коротко и поздно |\n"
        "| нет | да | нет | высокая | Избегает встреч или отвечает коротко и поздно |\n"
        "| нет | нет | да | высокая | Избегает встреч или отвечает коротко и поздно |\n"
        "| да | нет | нет | повышенная | Только раздражение |\n"
        "| нет | нет | нет | нет | Признаков нет |\n"
    ) in md


def test_document_has_no_chart_that_repeats_its_table():
    """The chart of the four situations repeated the table under it, and printed its labels too small to read
    (issue 17): the table says it all."""
    doc = texts.document()
    md = to_markdown(doc, "en")
    assert "```mermaid" not in md
    situations = next(b for b in doc.blocks if isinstance(b, Table))
    assert len(situations.rows) == 4


def test_document_says_what_is_ours():
    md = to_markdown(texts.document(), "en")
    assert '!!! info "Our addition, not the source’s"' in md
    assert "a combination the book does not discuss" in md
