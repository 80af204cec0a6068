"""``danetor interview`` and ``danetor interview score``: flags against the library (by Hypothesis), the prompts of
the score form, the sheet, the JSON, and bad input as one line with exit code 2."""

from __future__ import annotations

import json
import shutil

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from clirun import DOWN, ENTER, SPACE, interact, run
from danetor import interview_plan, score_interview
from danetor.interview import TRAIT_NUMBERS, minimum_minutes
from danetor.playbooks.document import to_terminal
from danetor.playbooks.interview_sheet import sheet
from danetor.rules.interview import BLOCKS
from strategies import interview_blocks, interview_ticks

LANGS = ("ru", "en")


def as_json(*argv):
    code, out, err = run(*argv, "--json")
    assert (code, err) == (0, ""), err
    return json.loads(out)


def dump(model):
    return json.loads(json.dumps(model.model_dump(mode="json"), ensure_ascii=False))


def _block_flags(blocks):
    return [arg for b in blocks for arg in ("--block", b)]


def _trait_arg(t) -> str:
    return str(t) if isinstance(t, int) else getattr(t, "value", t).replace("_", "-")


@given(blocks=st.one_of(st.none(), interview_blocks), extra=st.integers(0, 60), lang=st.sampled_from(LANGS))
def test_the_plan_flags_match_the_library(blocks, extra, lang):
    limit = minimum_minutes(blocks) + extra
    argv = ["interview", "--lang", lang, *(_block_flags(blocks) if blocks else []), "--minutes", str(limit)]
    expected = interview_plan(blocks, limit, lang=lang)
    assert as_json(*argv) == dump(expected)
    code, out, err = run(*argv)
    assert (code, err) == (0, "") and out == expected.explain() + "\n"


@pytest.mark.parametrize("lang", LANGS)
def test_no_flags_is_the_whole_bank(lang):
    code, out, _ = run("interview", "--lang", lang)
    assert code == 0 and out == interview_plan(lang=lang).explain() + "\n"


@given(ticks=interview_ticks(), lang=st.sampled_from(LANGS))
def test_the_score_flags_match_the_library(ticks, lang):
    flags = [
        arg
        for block, traits in ticks.items()
        if traits
        for arg in ("--" + block.replace("_", "-"), ",".join(_trait_arg(t) for t in traits))
    ]
    if not flags:
        flags = ["--none"]
    expected = score_interview({b: t for b, t in ticks.items() if t})
    assert as_json("interview", "score", "--lang", lang, *flags) == dump(expected)
    code, out, _ = run("interview", "score", "--lang", lang, *flags)
    assert code == 0 and out == expected.explain(lang) + "\n"


def test_a_block_flag_may_be_repeated_and_its_traits_add_up():
    code, out, _ = run("interview", "score", "--stress", "16", "--stress", "blue-bird.balance,16", "--json")
    assert code == 0
    assert json.loads(out)["seen"] == {"stress": ["blue_bird.empathy", "blue_bird.balance"]}


# Each prompt costs a prompt_toolkit application: a few examples show that each tick lands on its trait and block.
@settings(max_examples=8)
@given(ticks=interview_ticks(watched_only=True))
def test_the_score_form_at_its_prompts(ticks):
    keys = ""
    chosen = {}
    for block in BLOCKS:
        wanted = {TRAIT_NUMBERS.get(t) or t for t in ticks.get(block.id, [])}
        picked = [t for t in block.traits if t in wanted or t.value in wanted or TRAIT_NUMBERS[t] in wanted]
        chosen[block.id] = picked
        keys += "".join((SPACE if t in picked else "") + DOWN for t in block.traits) + ENTER
    code, out, err = interact("interview", "score", "--lang", "en", keys=keys)
    assert (code, err) == (0, "")
    assert out == score_interview(chosen).explain("en") + "\n"


def test_the_sheet_is_the_plans():
    plan = interview_plan(None, 45, lang="ru")
    code, out, _ = run("interview", "--lang", "ru", "--minutes", "45", "--sheet")
    assert code == 0
    width = min(shutil.get_terminal_size((100, 24)).columns, 100) - 2  # as the command measures it
    assert out == to_terminal(sheet({q.id for q in plan.questions}), "ru", width=width)


@pytest.mark.parametrize(
    ("argv", "needle"),
    [
        (
            ["interview", "--minutes", "0"],
            "danetor interview: --minutes: “0” is not allowed; use a positive whole number",
        ),
        (["interview", "--minutes", "4.5"], "--minutes: “4.5” is not allowed"),
        (
            ["interview", "--minutes", "30"],
            "danetor interview: --minutes: 30 is not allowed; use one of: at least 42",
        ),
        (
            ["interview", "--block", "lunch"],
            "--block: “lunch” is not allowed; use one of: favourites",
        ),
        (["interview", "--json", "--sheet"], "argument --sheet: not allowed with argument --json"),
        (["interview", "score"], "danetor interview score: missing the traits shown in each block"),
        (
            ["interview", "score", "--stress", "19"],
            "--stress: “19” is not allowed; use a trait number 1..18",
        ),
        (["interview", "score", "--stress", ","], "--stress: “,” names no trait"),
        (["interview", "score", "--none", "--cases", "1"], "--none cannot be combined with --cases"),
        (
            ["interview", "--minutes", "60", "score", "--none"],
            "--minutes shape the interview plan; score takes no plan flags",
        ),
        (["interview", "score", "--json"], "--json needs every input as a flag"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(argv, needle):
    code, out, err = run(*argv)
    assert code == 2 and out == "" and err.count("\n") == 1 and "Traceback" not in err
    assert needle in err


def test_errors_speak_the_users_language():
    code, _, err = run("interview", "--lang", "ru", "--minutes", "30")
    assert code == 2
    assert err == (
        "danetor interview: --minutes: значение 30 не подходит; допустимо: не меньше 42 (выбранным блокам нужно не "
        "меньше 42 мин даже с одним вопросом в каждом; выберите меньше блоков)\n"
    )
    code, _, err = run("interview", "score", "--lang", "ru", "--stress", "0")
    assert code == 2 and "нужен номер черты от 1 до 18" in err


@pytest.mark.parametrize("command", [["interview"], ["interview", "score"]])
@pytest.mark.parametrize(("lang", "word"), [("ru", "Примеры"), ("en", "Examples")])
def test_help_has_examples(command, lang, word):
    code, out, _ = run(*command, "--help", "--lang", lang)
    assert code == 0 and word in out and f"danetor {' '.join(command)}" in out
