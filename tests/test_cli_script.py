"""``danetor script ACTION``: every action gives what the library gives, with flags or at its prompts; every bad
input is one line on stderr and exit code 2."""

import itertools
import json
import re
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from clirun import DOWN, ENTER, interact, run
from danetor import (
    agreements_summary,
    confirm,
    delay_warning,
    empathic_no,
    landing_message,
    restart_message,
    sell_extra,
)
from danetor.cli.scripts import ACTIONS
from strategies import any_phrase, phrase_text, user_text

LANGS = ("ru", "en")


def as_json(*argv):
    code, out, err = run("script", *argv, "--json")
    assert (code, err) == (0, ""), err
    return json.loads(out)


def dump(model):
    return json.loads(json.dumps(model.model_dump(mode="json"), ensure_ascii=False))


# -- flag mode against the library ----------------------------------------------------------------------------

NO = {"request": "redo the banners", "reason": "the team is busy", "alternative": "do it on Monday"}


@pytest.mark.parametrize(
    "lang, pressure, brief, variant, concession, name",
    list(
        itertools.product(
            LANGS, (False, True), (False, True), (None, 0, 1, 2), (None, "send sketches"), (None, "Anna")
        )
    ),
)
def test_no_matches_the_library_for_every_switch(lang, pressure, brief, variant, concession, name):
    argv = ["no", "--lang", lang] + [f"--{k}={v}" for k, v in NO.items()]
    argv += ["--pressure"] * pressure + ["--brief"] * brief
    argv += [] if variant is None else ["--variant", str(variant)]
    argv += [] if concession is None else ["--concession", concession]
    argv += [] if name is None else ["--name", name]
    expected = empathic_no(
        **NO,
        lang=lang,
        pressure=pressure,
        tone="brief" if brief else "standard",
        variant=variant,
        concession=concession,
        client=name,
    )
    assert as_json(*argv) == dump(expected)


@given(request=any_phrase, reason=phrase_text, alternative=any_phrase, lang=st.sampled_from(LANGS))
def test_no_passes_any_text_through_verbatim(request, reason, alternative, lang):
    got = as_json(
        "no", "--lang", lang, f"--request={request}", f"--reason={reason}", f"--alternative={alternative}"
    )
    assert got == dump(empathic_no(request, reason, alternative, lang=lang))
    code, text, _ = run(
        "script",
        "no",
        "--lang",
        lang,
        f"--request={request}",
        f"--reason={reason}",
        f"--alternative={alternative}",
    )
    assert code == 0 and got["text"] in text


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize(
    "price, hours", [("15000", None), (None, "6"), ("15 000", "6"), ("by agreement", "1,5")]
)
@pytest.mark.parametrize("currency", ["RUB", "usd", "EUR"])
@pytest.mark.parametrize("action", ["extra", "confirm"])
def test_extra_and_confirm_match_the_library(lang, price, hours, currency, action):
    what = {"extra": ("--service", "an urgent rework"), "confirm": ("--request", "build a landing page")}[
        action
    ]
    argv = [action, "--lang", lang, f"{what[0]}={what[1]}", "--currency", currency]
    argv += [] if price is None else ["--price", price]
    argv += [] if hours is None else ["--hours", hours]

    def number(text):
        if text is None:
            return None
        try:
            return Decimal(text.replace(" ", "").replace(",", "."))
        except ArithmeticError:
            return text

    function = sell_extra if action == "extra" else confirm
    expected = function(
        what[1], price=number(price), hours=number(hours), currency=currency.upper(), lang=lang
    )
    assert as_json(*argv) == dump(expected)


@pytest.mark.parametrize("lang", LANGS)
def test_warning_is_the_books_example(lang):
    words = {
        "ru": ("утвердите проект", "до пятницы", "старт работ будет задержан"),
        "en": ("approve the project", "by Friday", "the start of work will be delayed"),
    }[lang]
    got = as_json(
        "warning", "--lang", lang, "--action", words[0], "--deadline", words[1], "--consequence", words[2]
    )
    assert got == dump(delay_warning(*words, lang=lang))
    if lang == "ru":
        assert got["text"] == (
            "Добрый день!\n\nХочу заранее предупредить: если Вы не утвердите проект до пятницы, старт работ будет "
            "задержан."
        )


@given(items=st.lists(user_text, min_size=1, max_size=5), lang=st.sampled_from(LANGS))
def test_agreements_keep_every_item_in_order(items, lang):
    got = as_json("agreements", "--lang", lang, *[f"--item={item}" for item in items])
    assert got == dump(agreements_summary(items, lang=lang))


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("situation", [None, "approvals take weeks"])
@pytest.mark.parametrize("name", [None, "Oleg"])
def test_restart_matches_the_library(lang, situation, name):
    argv = ["restart", "--lang", lang] + ([] if situation is None else ["--situation", situation])
    argv += [] if name is None else ["--name", name]
    assert as_json(*argv) == dump(restart_message(situation=situation, lang=lang, client=name))


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("stage", ["warn", "confirm", "reality", "REALITY"])
def test_landing_matches_the_library_for_every_stage(lang, stage):
    reality = "10% more" if stage.lower() == "reality" else None
    argv = ["landing", stage, "--lang", lang, "--result", "30% more sales"]
    argv += [] if reality is None else ["--reality", reality]
    expected = landing_message(stage.lower(), result="30% more sales", reality=reality, lang=lang)
    assert as_json(*argv) == dump(expected)


def test_plain_output_sets_the_message_apart_and_pastes_as_is():
    code, out, err = run("script", "no", "--lang", "ru", *[f"--{k}={v}" for k, v in NO.items()])
    lines = out.splitlines()
    assert code == 0 and err == ""
    assert lines[1].startswith("── Текст для клиента ")
    assert lines[-1] == "─" * 60
    assert "\n".join(lines[2:-1]) == empathic_no(**NO, lang="ru").text


# -- bad input ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "argv, needle",
    [
        (
            [],
            "danetor script: missing ACTION (no, extra, confirm, warning, agreements, restart, landing); stdin is "
            "not a terminal",
        ),
        (["nope"], "unknown command “nope”; did you mean no?"),
        (["no"], "danetor script no: missing --request, --reason, --alternative; stdin is not a terminal"),
        (
            ["no", "--request", "x", "--reason", "y", "--json"],
            "--json needs every input as a flag; missing --alternative",
        ),
        (
            ["no", "--request", " ", "--reason", "y", "--alternative", "z"],
            "--request: must not be blank",
        ),
        (
            ["no", "--request", "x", "--reason", "y", "--alternative", "z", "--variant", "3"],
            "--variant: “3” is not allowed; use one of: 0, 1, 2",
        ),
        (["extra", "--service", "x"], "danetor script extra: missing --price or --hours"),
        (
            ["extra", "--service", "x", "--price", "-5"],
            "--price: “-5” is not allowed; use a positive amount, or words",
        ),
        (
            ["extra", "--service", "x", "--hours", "0"],
            "--hours: “0” is not allowed; use a positive number of hours",
        ),
        (
            ["extra", "--service", "x", "--price", "5", "--currency", "GBP"],
            "--currency: “GBP” is not allowed; use one of: RUB, USD, EUR",
        ),
        (["warning", "--action", "x", "--deadline", "y"], "danetor script warning: missing --consequence"),
        (["agreements"], "danetor script agreements: missing --item"),
        (["agreements", "--item", "a", "--item", " "], "--item: must not be blank"),
        (["landing", "--result", "x"], "danetor script landing: missing STAGE"),
        (
            ["landing", "soon", "--result", "x"],
            "STAGE: “soon” is not allowed; use one of: warn, confirm, reality",
        ),
        (["landing", "reality", "--result", "x"], "danetor script landing: missing --reality"),
        (
            ["landing", "warn", "--result", "x", "--reality", "y"],
            "danetor script landing: --reality: only the reality stage states the realistic result",
        ),
        (["restart", "--name", ""], "--name: must not be blank"),
        (
            ["extra", "--service", "x", "--price", "0"],
            "--price: “0” is not allowed; use a positive amount",
        ),
        (["extra", "--service", "x", "--price", "nan"], "--price: “nan” is not a finite number"),
        (
            ["confirm", "--request", "x", "--hours", "inf"],
            "--hours: “inf” is not allowed; use a positive number of hours, e.g. 6 or 1.5",
        ),
        (
            ["extra", "--service", "x", "--hours", "три"],
            "--hours: “три” is not allowed; use a positive number of hours, e.g. 6 or 1.5",
        ),
        (["confirm", "--request", "x", "--hours", "two days"], "--hours: “two days” is not allowed"),
        (
            ["extra", "--service", "x", "--price", "1e9999999"],
            "--price: “1e9999999” is too large; use a number less",
        ),
        (["extra", "--service", "x", "--price", "1e26"], "--price: “1e26” is too large"),
        (["extra", "--service", "x", "--hours", "1e999999"], "--hours: “1e999999” is too large"),
        (
            ["extra", "--service", "x", "--price", "0.001"],
            "--price: “0.001” is not allowed; use at most two decimal",
        ),
        (["extra", "--service", "x", "--price", "1e-9999999"], "use at most two decimal places"),
        (
            ["no", "--request", "a", "--reason", "b", "--alternative", "c", "--variant=--"],
            "--variant: expected a value, not --",
        ),
        (
            ["no", "--request=--", "--reason", "b", "--alternative", "c"],
            "--request: expected a value, not --",
        ),
    ],
)
def test_bad_input_is_one_line_and_exit_2(argv, needle):
    code, out, err = run("script", *argv)
    assert code == 2 and out == "" and err.count("\n") == 1 and "Traceback" not in err
    assert needle in err


def test_every_action_has_help_with_an_example_in_both_languages():
    for name in ACTIONS:
        for lang, word in (("ru", "Пример"), ("en", "Example")):
            code, out, _ = run("script", name, "--help", "--lang", lang)
            assert code == 0 and word in out and f"danetor script {name}" in out


# -- the prompts ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_no_asks_for_what_is_missing(lang):
    code, out, err = interact(
        "script",
        "no",
        "--lang",
        lang,
        "--reason",
        "the team is busy",
        keys="redo the banners" + ENTER + "do it on Monday" + ENTER,
    )
    assert (code, err) == (0, "")
    assert empathic_no("redo the banners", "the team is busy", "do it on Monday", lang=lang).text in out


def test_a_blank_required_answer_is_asked_again():
    code, out, _ = interact(
        "script",
        "warning",
        "--lang",
        "ru",
        keys=ENTER + "утвердите проект" + ENTER + "до пятницы" + ENTER + "старт работ будет задержан" + ENTER,
    )
    assert code == 0 and "если Вы не утвердите проект до пятницы, старт работ будет задержан." in out


def test_extra_asks_for_hours_when_the_price_is_skipped():
    code, out, _ = interact(
        "script", "extra", "--lang", "en", keys="an urgent rework" + ENTER + ENTER + "6" + ENTER
    )
    assert code == 0 and sell_extra("an urgent rework", hours=6, lang="en").text in out


def test_extra_rejects_a_negative_price_at_the_prompt_and_takes_the_next():
    code, out, _ = interact(
        "script",
        "extra",
        "--lang",
        "en",
        "--service",
        "a rework",
        keys="-5" + ENTER + "\x7f\x7f" + "500" + ENTER + ENTER + ENTER,  # the last: the currency, rubles
    )
    assert code == 0 and sell_extra("a rework", price=500, lang="en").text in out


def test_agreements_are_asked_until_a_blank_line():
    code, out, _ = interact("script", "agreements", "--lang", "en", keys="a" + ENTER + "b" + ENTER + ENTER)
    assert code == 0 and agreements_summary(["a", "b"], lang="en").text in out


def test_landing_asks_for_the_stage_then_the_reality():
    code, out, _ = interact(
        "script",
        "landing",
        "--lang",
        "en",
        "--result",
        "30% more",
        keys=DOWN + DOWN + ENTER + "10% more" + ENTER,
    )
    assert (
        code == 0 and landing_message("reality", result="30% more", reality="10% more", lang="en").text in out
    )


@pytest.mark.parametrize(
    "typed, amount",
    [
        ("1,000", 1000),
        ("1,000,000", 1000000),
        ("1,000.50", __import__("decimal").Decimal("1000.50")),
        ("2,50", __import__("decimal").Decimal("2.50")),
        ("15 000", 15000),
        ("15\u00a0000", 15000),
        ("999999999999999.99", __import__("decimal").Decimal("999999999999999.99")),
        ("1.5e2", 150),
        ("1e3", 1000),
    ],
)
def test_prices_are_read_exactly_as_people_type_them(typed, amount):
    got = as_json("extra", "--service", "a rework", "--price", typed, "--currency", "USD", "--lang", "en")
    assert got == dump(sell_extra("a rework", price=amount, currency="USD", lang="en"))


def test_ctrl_d_at_a_prompt_exits_130():
    code, out, err = interact("script", "no", "--lang", "en", keys="\x04")
    assert code == 130 and "Traceback" not in err


def test_a_bad_value_at_a_russian_prompt_is_explained_in_russian():
    from danetor.cli.core import BadValue, price

    with pytest.raises(BadValue) as info:
        price("-5")
    assert info.value.text("ru") == "«-5» не подходит: нужна сумма больше нуля или слова"
    assert str(info.value) == "“-5” is not allowed; use a positive amount, or words"


# -- greeting, sign-off, and what to type (issue 14) --------------------------------------------------------------

#: the least each action needs, by flag
MINIMAL = {
    "no": [
        "--request",
        "переделать баннеры",
        "--reason",
        "команда занята",
        "--alternative",
        "сделать в понедельник",
    ],
    "extra": ["--service", "срочная доработка", "--price", "15000"],
    "confirm": ["--request", "подготовить три размера"],
    "warning": [
        "--action",
        "утвердите проект",
        "--deadline",
        "до пятницы",
        "--consequence",
        "старт сдвинется",
    ],
    "agreements": ["--item", "макет к среде"],
    "restart": [],
    "landing": ["warn", "--result", "рост продаж на 30 %"],
}


@pytest.mark.parametrize("action", list(ACTIONS))
def test_every_action_greets_and_signs_with_from(action):
    assert set(MINIMAL) == set(ACTIONS)
    plain = as_json(action, "--lang", "ru", *MINIMAL[action])
    assert plain["text"].startswith("Добрый день!\n\n") and plain["signoff"] is None
    signed = as_json(action, "--lang", "ru", *MINIMAL[action], "--name", "Анна", "--from", "Мария Иванова")
    assert signed["text"].startswith("Анна, добрый день!\n\n")
    assert signed["text"].endswith("\n\nС уважением,\nМария Иванова")


def test_ask_signs_with_from_too():
    code, out, err = run(
        "ask", "--lang", "en", "--client", "yes", "--company", "no", "--eba", "no", "--request", "redo it",
        "--reason", "no time", "--alternative", "do it later", "--from", "Maria", "--json",
    )  # fmt: skip
    assert (code, err) == (0, "")
    assert json.loads(out)["message"]["text"].endswith("\n\nBest regards,\nMaria")


@pytest.mark.parametrize(
    "key",
    ["flag_request", "flag_alternative", "flag_concession", "flag_service", "flag_confirm_request",
     "ask_request", "ask_alternative", "ask_service", "ask_confirm_request", "flag_result", "ask_result"],
)  # fmt: skip
def test_prompts_and_help_say_what_to_type_with_an_example(key):
    from danetor.playbooks.cli import CLI

    ru, en = CLI[key]("ru"), CLI[key]("en")
    assert re.search(r"(?i)например|«", ru) and re.search(r"(?i)e\.g\.|“", en), (ru, en)
    if key in ("flag_request", "ask_request", "flag_alternative", "flag_concession", "flag_confirm_request"):
        assert "глагол" in ru and "verb" in en  # the form that reads best, named


@pytest.mark.parametrize("lang", LANGS)
def test_help_shows_the_examples_with_their_percent_signs(lang):
    code, out, _ = run("script", "no", "--help", "--lang", lang)
    assert code == 0 and ("30\u00a0%" in out if lang == "ru" else "30%" in out)
    assert "--from" in out
