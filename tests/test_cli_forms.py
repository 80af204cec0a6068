"""The playbook forms in the terminal: ``danetor boiling``, ``kam``, ``temperament``, ``archetype``, ``audit``.
Finite inputs are run exhaustively against the library; the self-assessments by Hypothesis; every form is also
answered at its prompts; bad input is one line and exit code 2."""

import itertools
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from clirun import DOWN, ENTER, SPACE, UP, interact, run
from danetor import assess_archetype, audit_rules, boiling_check, kam_quadrant, temperament_advice
from danetor.archetypes import STATEMENT_IDS
from danetor.cli.forms import numbers
from danetor.kam import ATTRACTIVENESS_WORDS, RELATIONSHIP_WORDS
from danetor.playbooks.rules30 import RULES30, RuleGroup
from danetor.playbooks.temperament import TEMPERAMENTS

LANGS = ("ru", "en")
SIGNALS = ("irritation", "avoids_meetings", "short_late_replies")


def as_json(*argv):
    code, out, err = run(*argv, "--json")
    assert (code, err) == (0, ""), err
    return json.loads(out)


def dump(model):
    return json.loads(json.dumps(model.model_dump(mode="json"), ensure_ascii=False))


def ranges(ns):
    """*ns* written as the user might: runs of consecutive numbers as ranges, the rest one by one."""
    ns, parts = sorted(set(ns)), []
    for n in ns:
        if parts and parts[-1][1] == n - 1:
            parts[-1][1] = n
        else:
            parts.append([n, n])
    return ",".join(str(a) if a == b else f"{a}-{b}" for a, b in parts)


# -- boiling --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("seen", list(itertools.product((False, True), repeat=3)))
@pytest.mark.parametrize("lang", LANGS)
def test_boiling_all_8_combinations_match_the_library(seen, lang):
    flags = ["--" + s.replace("_", "-") for s, on in zip(SIGNALS, seen) if on] or ["--none"]
    advice = boiling_check(**dict(zip(SIGNALS, seen)))
    assert as_json("boiling", "--lang", lang, *flags) == dump(advice)
    code, out, _ = run("boiling", "--lang", lang, *flags)
    assert code == 0 and out == advice.explain(lang) + "\n"


@pytest.mark.parametrize("seen", list(itertools.product((False, True), repeat=3)))
def test_boiling_at_its_prompt(seen):
    keys = "".join((SPACE if on else "") + DOWN for on in seen) + ENTER
    code, out, err = interact("boiling", "--lang", "ru", keys=keys)
    assert (code, err) == (0, "")
    assert out == boiling_check(**dict(zip(SIGNALS, seen))).explain("ru") + "\n"


# -- kam ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("a, r", list(itertools.product(ATTRACTIVENESS_WORDS, RELATIONSHIP_WORDS)))
def test_kam_every_word_form_matches_the_library(a, r):
    assert as_json("kam", "--attractiveness", a.upper(), "--relationship", r) == dump(kam_quadrant(a, r))


@pytest.mark.parametrize("a, r", list(itertools.product(range(2), range(2))))
@pytest.mark.parametrize("lang", LANGS)
def test_kam_at_its_prompt(a, r, lang):
    code, out, _ = interact("kam", "--lang", lang, keys=DOWN * a + ENTER + DOWN * r + ENTER)
    expected = kam_quadrant(("high", "low")[a], ("strong", "weak")[r])
    assert code == 0 and out == expected.explain(lang) + "\n"


def test_kam_asks_only_for_what_is_missing():
    code, out, _ = interact("kam", "--lang", "en", "--relationship", "weak", keys=DOWN + ENTER)
    assert code == 0 and out == kam_quadrant("low", "weak").explain("en") + "\n"


# -- temperament ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", [*TEMPERAMENTS, "холерик", "Сангвиник", "ФЛЕГМАТИК", "меланхолик"])
@pytest.mark.parametrize("lang", LANGS)
def test_temperament_matches_the_library(name, lang):
    advice = temperament_advice(name)
    assert as_json("temperament", name, "--lang", lang) == dump(advice)
    code, out, _ = run("temperament", name, "--lang", lang)
    assert code == 0 and out == advice.explain(lang) + "\n"


@pytest.mark.parametrize("n", range(len(TEMPERAMENTS)))
def test_temperament_at_its_prompt(n):
    code, out, _ = interact("temperament", "--lang", "ru", keys=DOWN * n + ENTER)
    assert code == 0 and out == temperament_advice(list(TEMPERAMENTS)[n]).explain("ru") + "\n"


# -- archetype ------------------------------------------------------------------------------------------------


@given(agreed=st.sets(st.integers(1, len(STATEMENT_IDS))), lang=st.sampled_from(LANGS))
def test_archetype_matches_the_library(agreed, lang):
    flags = ["--agree", ranges(agreed)] if agreed else ["--none"]
    expected = assess_archetype({STATEMENT_IDS[n - 1] for n in agreed})
    assert as_json("archetype", "--lang", lang, *flags) == dump(expected)


# Each prompt costs a prompt_toolkit application (about 25 ms): the scoring is covered by the flag tests above,
# so the prompt tests need only enough examples to show that each answer lands on its own statement or rule.
PROMPT_EXAMPLES = settings(max_examples=12)


@PROMPT_EXAMPLES
@given(agreed=st.lists(st.booleans(), min_size=len(STATEMENT_IDS), max_size=len(STATEMENT_IDS)))
def test_archetype_quiz_at_its_prompts(agreed):
    keys = "".join(UP + ENTER if yes else ENTER for yes in agreed)  # «no» is highlighted first
    code, out, err = interact("archetype", "--lang", "en", keys=keys)
    assert (code, err) == (0, "")
    expected = assess_archetype({sid for sid, yes in zip(STATEMENT_IDS, agreed) if yes})
    assert out == expected.explain("en") + "\n"


def test_archetype_enter_means_disagree():
    code, out, _ = interact("archetype", "--lang", "ru", keys=ENTER * len(STATEMENT_IDS))
    assert code == 0 and out == assess_archetype(set()).explain("ru") + "\n"


# -- audit ----------------------------------------------------------------------------------------------------


@given(kept=st.sets(st.integers(1, 30)), lang=st.sampled_from(LANGS))
def test_audit_matches_the_library(kept, lang):
    flags = ["--kept", ranges(kept)] if kept else ["--none"]
    assert as_json("audit", "--lang", lang, *flags) == dump(audit_rules(kept))


def test_audit_flags_add_up():
    assert as_json("audit", "--kept", "1-3", "--kept", "3,30") == dump(audit_rules({1, 2, 3, 30}))


@PROMPT_EXAMPLES
@given(kept=st.sets(st.integers(1, 30)))
def test_audit_at_its_prompts_one_list_per_group(kept):
    keys = ""
    for group in RuleGroup:
        rules = [r.number for r in RULES30 if r.group is group]
        keys += "".join((SPACE if n in kept else "") + DOWN for n in rules) + ENTER
    code, out, err = interact("audit", "--lang", "ru", keys=keys)
    assert (code, err) == (0, "")
    assert out == audit_rules(kept).explain("ru") + "\n"


# -- the number lists -----------------------------------------------------------------------------------------


@given(ns=st.sets(st.integers(1, 30), min_size=1))
def test_number_lists_read_back_what_ranges_write(ns):
    assert set(numbers(1, 30)(ranges(ns))) == ns
    assert numbers(1, 30)(", ".join(map(str, sorted(ns)))) == sorted(ns)


# -- bad input ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "argv, needle",
    [
        (
            ["boiling"],
            "danetor boiling: missing the signs noticed (--irritation, --avoids-meetings, "
            "--short-late-replies) or --none; stdin is not a terminal",
        ),
        (["boiling", "--json"], "danetor boiling: --json needs every input as a flag"),
        (
            ["boiling", "--none", "--irritation"],
            "danetor boiling: --none cannot be combined with --irritation",
        ),
        (["kam"], "danetor kam: missing --attractiveness (high, low), --relationship (strong, weak)"),
        (["kam", "--attractiveness", "high"], "danetor kam: missing --relationship (strong, weak)"),
        (
            ["kam", "--attractiveness", "huge", "--relationship", "weak"],
            "--attractiveness: “huge” is not allowed; use one of: high, low, высокая, низкая",
        ),
        (
            ["kam", "--attractiveness", "high", "--relationship", "meh"],
            "--relationship: “meh” is not allowed; use one of: strong, weak",
        ),
        (
            ["temperament"],
            "danetor temperament: missing TEMPERAMENT (choleric, sanguine, phlegmatic, melancholic)",
        ),
        (
            ["temperament", "grumpy"],
            "danetor temperament: TEMPERAMENT: “grumpy” is not allowed; use one of: choleric",
        ),
        (["archetype"], "danetor archetype: missing --agree (numbers 1..15) or --none"),
        (["archetype", "--agree", "16"], "--agree: “16”: 16 is outside 1..15"),
        (["archetype", "--agree", "a"], "--agree: “a” is not allowed; use numbers 1..15"),
        (["archetype", "--agree", ","], "--agree: “,” names no number"),
        (["archetype", "--agree=²"], "--agree: “²” is not allowed; use numbers 1..15"),
        (["audit", "--kept=--"], "--kept: expected a value, not --"),
        (
            ["archetype", "--agree", "1", "--none"],
            "danetor archetype: --none cannot be combined with --agree",
        ),
        (["audit"], "danetor audit: missing --kept (numbers 1..30) or --none"),
        (["audit", "--kept", "5-2"], "--kept: “5-2”: the range 5-2 runs backwards"),
        (["audit", "--kept", "0"], "--kept: “0”: 0 is outside 1..30"),
        (["audit", "--kept", "3", "--none"], "danetor audit: --none cannot be combined with --kept"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(argv, needle):
    code, out, err = run(*argv)
    assert code == 2 and out == "" and err.count("\n") == 1 and "Traceback" not in err
    assert needle in err


@pytest.mark.parametrize("command", ["boiling", "kam", "temperament", "archetype", "audit"])
@pytest.mark.parametrize("lang, word", [("ru", "Примеры"), ("en", "Examples")])
def test_every_form_has_help_with_examples(command, lang, word):
    code, out, _ = run(command, "--help", "--lang", lang)
    assert code == 0 and word in out and f"danetor {command}" in out
