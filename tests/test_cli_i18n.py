"""The command in the user's language: every error one line, exit 2, in Russian under --lang ru (argparse's own
messages included), with a "did you mean" for typos; and one normaliser for every choice, the library's and the
command's alike."""

from __future__ import annotations

import json
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from clirun import run
from danetor.words import ALIASES, as_enum, normal, spellings

#: invocations that must fail, each with what a Russian user types wrong
ERRORS = [
    ["aks"],
    ["фыл"],
    ["frobnicate"],
    [],
    ["ask", "--clinet", "yes"],
    ["ask", "--zzz"],
    ["ask", "extra"],
    ["ask", "--client", "maybe", "--company", "no", "--eba", "no"],
    ["ask", "--client", "yess", "--company", "no", "--eba", "no"],
    ["ask", "--client"],
    ["ask", "--client=--", "--company", "no", "--eba", "no"],
    ["ask", "--json"],
    ["ask", "--client", "yes", "--company", "no"],
    ["ask", "--client", "yes", "--company", "yes", "--eba", "yes", "--request", "x"],
    ["ask", "--client", "yes", "--company", "no", "--eba", "no", "--reason", "  "],
    ["ask", "--client", "yes", "--company", "no", "--eba", "no", "--free", "--paid"],
    ["ask", "--lang", "de"],
    ["channel", "urgnt"],
    ["channel", "nope"],
    ["channel"],
    ["failure"],
    ["failure", "--fault", "thrid-party"],
    ["failure", "--fault", "ours", "--fix", " "],
    ["kam", "--attractiveness", "huge", "--relationship", "weak"],
    ["temperament", "холер"],
    ["archetype", "--agree", "1,99"],
    ["archetype", "--agree", "5-2"],
    ["archetype", "--agree", "x"],
    ["audit", "--kept", "3", "--none"],
    ["boiling", "--json"],
    ["playbook"],
    ["playbook", "show", "nope"],
    ["playbook", "list", "extra"],
    ["script"],
    ["script", "nope"],
    ["script", "no", "--json"],
    ["script", "no", "--request", "x", "--reason", "y", "--alternative", "z", "--variant", "7"],
    ["script", "extra", "--service", "x", "--price", "-5"],
    ["script", "extra", "--service", "x", "--price", "nan"],
    ["script", "extra", "--service", "x", "--price", "10", "--currency", "GBP"],
    ["script", "landing", "soon", "--result", "x"],
    ["script", "landing", "warn", "--result", "x", "--reality", "y"],
    ["texts", "zzz"],
    ["texts", "--kind", "song"],
]

#: English phrases that must never reach a Russian user (argparse's and danetor's own)
ENGLISH = re.compile(
    r"\b(is not allowed|use one of|missing|unknown|invalid|unrecognized|expected|required|did you mean|"
    r"argument|error|usage|not a terminal|must not be blank|cannot|names no number|outside|runs backwards|"
    r"the commands are|lists them|needs every|not a finite|positive)\b",
    re.IGNORECASE,
)


def _ids(argv):
    return " ".join(argv) or "(nothing)"


@pytest.mark.parametrize("argv", ERRORS, ids=[_ids(a) for a in ERRORS])
@pytest.mark.parametrize("lang", ["ru", "en"])
def test_every_error_is_one_line_exit_2_in_the_chosen_language(argv, lang):
    code, out, err = run("--lang", lang, *argv)
    assert code == 2, (code, out, err)
    assert out == "" and err.count("\n") == 1 and "Traceback" not in err
    assert err.startswith("danetor")
    if lang == "ru":
        # what may stay as typed: option names, the command, the user's own value, and the allowed values listed
        text = re.sub(
            r"(возможные значения|допустимо|команды|возможные|разделы): [^;()]*", " ", err, flags=re.I
        )
        text = re.sub(r"--?[\w-]+|danetor\w*( [a-z]+)*:|«[^»]*»|\([^)]*\)|\b[A-Z]{2,}\b", " ", text)
        assert re.search("[а-яё]", text), err
        assert not ENGLISH.search(text), err
    else:  # English (the values a user may type stay as they are, Russian ones included)
        assert not re.search("не подходит|не хватает|неизвестн|возможно, вы|нельзя|нужно", err), err


def test_a_russian_locale_gives_russian_errors_without_the_flag():
    code, _, err = run("aks", env={"LANG": "ru_RU.UTF-8"})
    assert code == 2 and err == "danetor: неизвестная команда «aks»; возможно, вы имели в виду ask?\n"


SUGGESTIONS = {
    ("aks",): ("did you mean ask?", "возможно, вы имели в виду ask?"),
    ("фыл",): ("did you mean ask?", "возможно, вы имели в виду ask?"),
    ("scirpt",): ("did you mean script?", "возможно, вы имели в виду script?"),
    ("ask", "--clinet", "yes"): ("danetor ask: unknown option --clinet; did you mean --client?",
                                 "danetor ask: неизвестный параметр --clinet; возможно, вы имели в виду --client?"),
    ("ask", "--comapny", "no"): ("did you mean --company?", "возможно, вы имели в виду --company?"),
    ("ask", "--client", "yess"): ('--client: “yess” is not allowed; did you mean yes?',
                                  "--client: значение «yess» не подходит; возможно, вы имели в виду yes?"),
    ("failure", "--fault", "thrid-party"): ("did you mean third-party?", "возможно, вы имели в виду third-party?"),
    ("channel", "urgnt"): ("did you mean urgent?", "возможно, вы имели в виду urgent?"),
    ("channel", "non-urgnt"): ("did you mean non-urgent?", "возможно, вы имели в виду non-urgent?"),
    ("script", "extar"): ("did you mean extra?", "возможно, вы имели в виду extra?"),
    ("kam", "--attractiveness", "hihg"): ("did you mean high?", "возможно, вы имели в виду high?"),
    ("temperament", "cholerik"): ("did you mean choleric?", "возможно, вы имели в виду choleric?"),
}  # fmt: skip


@pytest.mark.parametrize("argv", sorted(SUGGESTIONS), ids=[" ".join(a) for a in sorted(SUGGESTIONS)])
def test_a_typo_gets_the_closest_name_not_the_whole_list(argv):
    for lang, expected in zip(("en", "ru"), SUGGESTIONS[argv], strict=True):
        code, _, err = run("--lang", lang, *argv)
        assert code == 2 and expected in err, err
        assert err.count(",") <= 1, err  # one or two names, never the list


# -- one normaliser ----------------------------------------------------------------------------------------------


#: enum → a command that takes it and reads it back from the JSON it prints
def _via_cli(enum_name: str, word: str):
    if enum_name == "Answer":
        code, out, err = run("ask", "--client", word, "--company", "no", "--eba", "no", "--json")
        return code, err, (json.loads(out)["decision"]["answers"]["client"] if code == 0 else None)
    if enum_name == "Fault":
        code, out, err = run("failure", "--fault", word, "--json")
        return code, err, (json.loads(out)["fault"] if code == 0 else None)
    if enum_name == "Situation":
        code, out, err = run("channel", word, "--json")
        return code, err, (json.loads(out)["advice"]["situation"] if code == 0 else None)
    if enum_name == "Currency":
        code, out, err = run(
            "--lang", "ru", "script", "extra", "--service", "s", "--price", "10", "--currency", word, "--json"
        )
        return code, err, (None if code else _currency_of(json.loads(out)["text"]))
    if enum_name == "Temperament":
        code, out, err = run("temperament", word, "--json")
        return code, err, (json.loads(out)["temperament"] if code == 0 else None)
    if enum_name in ("Attractiveness", "Relationship"):
        other = "strong" if enum_name == "Attractiveness" else "high"
        flags = ("--attractiveness", word, "--relationship", other)
        if enum_name == "Relationship":
            flags = ("--attractiveness", other, "--relationship", word)
        code, out, err = run("kam", *flags, "--json")
        return code, err, (json.loads(out)[enum_name.lower()] if code == 0 else None)
    raise AssertionError(enum_name)


def _currency_of(text: str) -> str:
    return "RUB" if "₽" in text else "USD" if "$" in text else "EUR"


def _enum(name: str):
    from danetor.rules.channels import Situation
    from danetor.rules.danetor import Answer
    from danetor.rules.failure import Fault
    from danetor.rules.kam import Attractiveness, Relationship
    from danetor.rules.scripts import Currency
    from danetor.temperament import Temperament

    return {
        e.__name__: e for e in (Answer, Fault, Situation, Currency, Temperament, Attractiveness, Relationship)
    }[name]


ENUMS = ["Answer", "Fault", "Situation", "Currency", "Temperament", "Attractiveness", "Relationship"]


def _variants(word: str):
    """How people type a word: any case, hyphens, spaces or underscores, stray spaces."""
    return st.tuples(
        st.sampled_from([str.lower, str.upper, str.title, str.capitalize]),
        st.sampled_from(["_", "-", " "]),
        st.sampled_from(["", " ", "  "]),
    ).map(lambda t: t[2] + t[0](normal(word).replace(" ", t[1])) + t[2])


@given(data=st.data())
def test_every_spelling_of_every_enum_means_the_same_member_in_the_library_and_the_command(data):
    name = data.draw(st.sampled_from(ENUMS))
    enum = _enum(name)
    word = data.draw(st.sampled_from(spellings(enum)))
    typed = data.draw(_variants(word))
    member = as_enum(typed, enum, "x")
    code, err, seen = _via_cli(name, typed)
    assert code == 0, err
    assert seen == member.value


@pytest.mark.parametrize("name", ENUMS)
def test_every_alias_names_a_real_member(name):
    enum = _enum(name)
    aliases = ALIASES[f"{enum.__module__}.{enum.__qualname__}"]
    assert aliases and all(value in {m.value for m in enum} for value in aliases.values())
    assert len({normal(w) for w in spellings(enum)}) == len(spellings(enum))  # no word listed twice
