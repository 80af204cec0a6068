"""The command under a company policy (issue 18): --policy and DANETOR_POLICY, danetor policy init|check|show, the
extra question as a flag and at the prompt, and every bad file as one line on stderr, exit 2, in the user's
language."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from clirun import DOWN, ENTER, interact, run
from danetor import Policy, PolicyError, check, respond

ACME = str(Path(__file__).parent / "data" / "acme.toml")

#: a bad file per case of the issue, and the key path its error names
BAD = {
    "unknown key": ('[channels]\nwait = 30\n', "channels.wait"),
    "wrong type": ('[channels]\nescalation_wait_minutes = "30"\n', "channels.escalation_wait_minutes"),
    "unknown channel": ('[channels.names]\ntelegram = { ru = "Telegram" }\n', "channels.names.telegram"),
    "placeholders": ('[wordings]\n"letter.greeting.named" = { ru = "{name}, добрый день!" }\n', 'wordings."letter.greeting.named".ru'),
    "undeclared language": ('languages = ["ru"]\n[wordings]\n"letter.greeting.named" = { en = "Hi {client}," }\n', 'wordings."letter.greeting.named".en'),
    "gap": ('[[danetor.rules]]\nid = "r"\nwhen = { kind = "eq", field = "client", value = "no" }\nthen = "refuse"\nwhy = "danetor.rule.refuse.why"\n', "danetor.rules"),
    "overlap": ('[[danetor.rules]]\nid = "a"\nwhen = { kind = "eq", field = "client", value = "no" }\nthen = "refuse"\nwhy = "danetor.rule.refuse.why"\n[[danetor.rules]]\nid = "b"\nwhen = { kind = "at_least", n = 1, fields = ["client", "company"], value = "no" }\nthen = "refuse"\nwhy = "danetor.rule.refuse.why"\n[[danetor.rules]]\nid = "c"\nwhen = { kind = "otherwise" }\nthen = "accept"\nwhy = "danetor.rule.accept.why"\n', "a, b"),
    "malformed": ('languages = ["ru"]\ncurrency = EUR\n', "2, "),
    "malformed at the end": ('languages = ["ru"\n', "2, "),
}  # fmt: skip


def write(tmp_path: Path, text: str, name: str = "policy.toml") -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


@pytest.mark.parametrize("case", sorted(BAD))
@pytest.mark.parametrize("lang", ["ru", "en"])
@pytest.mark.parametrize("how", ["flag", "env", "check"])
def test_a_bad_file_is_one_line_exit_2(tmp_path, case, lang, how):
    text, path = BAD[case]
    file = write(tmp_path, text)
    ask = ("ask", "--client", "yes", "--company", "no", "--eba", "no")
    if how == "flag":
        code, out, err = run("--lang", lang, "--policy", file, *ask)
    elif how == "env":
        code, out, err = run("--lang", lang, *ask, env={"LANG": "C", "DANETOR_POLICY": file})
    else:
        code, out, err = run("--lang", lang, "policy", "check", file)
    assert (code, out) == (2, "")
    assert len(err.splitlines()) == 1 and "Traceback" not in err
    assert err.startswith(f"danetor: {file}: ")
    assert path in err
    with pytest.raises(PolicyError) as info:  # the library's own error, worded in the user's language
        Policy.load(file)
    assert err == f"danetor: {info.value.render(lang)}\n"
    assert info.value.render("ru") != info.value.render("en")


def test_the_flag_beats_the_environment(tmp_path):
    bad = write(tmp_path, "nonsense = 1\n")
    code, out, err = run(
        "--policy", ACME, "policy", "show", "--json", env={"LANG": "C", "DANETOR_POLICY": bad}
    )
    assert (code, err) == (0, "") and json.loads(out)["company"] == "ООО «Ромашка»"
    code, out, err = run("--policy", ACME, "channel", "urgent", "--lang", "en", env={"DANETOR_POLICY": bad})
    assert code == 0 and "Telegram" in out
    code, _, err = run("channel", "urgent", env={"LANG": "C", "DANETOR_POLICY": bad})
    assert code == 2 and "nonsense" in err


def test_an_empty_variable_is_no_policy():
    code, out, _ = run("--lang", "en", "channel", "urgent", env={"LANG": "C", "DANETOR_POLICY": ""})
    assert code == 0 and "Telegram" not in out


def test_ask_takes_the_fourth_question_as_a_flag():
    code, out, err = run(
        "--policy", ACME, "--lang", "en", "ask", "--client", "yes", "--company", "yes", "--eba", "yes",
        "--contract", "no", "--json",
    )  # fmt: skip
    assert (code, err) == (0, "")
    decision = json.loads(out)["decision"]
    assert decision["verdict"] == "refuse" and decision["answers"]["contract"] == "no"
    assert decision == check("yes", "yes", "yes", contract="no", policy=Policy.load(ACME)).model_dump(
        mode="json"
    )
    code, out, err = run("--policy", ACME, "--lang", "en", "ask", "--client", "yes", "--company", "yes",
                         "--eba", "yes", "--contract", "да")  # fmt: skip
    assert code == 0 and "✔ Verdict: accept." in out
    assert next(line.split() for line in out.splitlines() if "within the contract" in line)[-1] == "yes"


def test_ask_help_lists_the_fourth_question():
    code, out, _ = run("--policy", ACME, "--lang", "ru", "ask", "--help")
    assert code == 0 and "--contract ANSWER" in out and "в рамках договора: yes | no | unknown" in out
    assert "--contract" not in run("ask", "--help")[1]


def test_ask_names_a_missing_fourth_answer():
    code, out, err = run(
        "--policy", ACME, "ask", "--client", "yes", "--company", "no", "--eba", "no", "--json"
    )
    assert out == ""
    assert code == 2 and "--contract" in err and "--client" not in err
    code, _, err = run("--policy", ACME, "ask", "--client", "yes", "--company", "no", "--eba", "no",
                       "--contract", "perhaps")  # fmt: skip
    assert code == 2 and "--contract" in err and "perhaps" in err


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_ask_prompts_for_the_fourth_question_after_the_books_three(lang):
    keys = ENTER + ENTER + ENTER  # the book's three: yes, yes, yes
    keys += DOWN + ENTER  # the fourth, the company's: no
    keys += ENTER  # draft the refusal: yes
    keys += (
        "redo the banners" + ENTER + "it is outside the contract" + ENTER + "quote it as extra work" + ENTER
    )
    code, out, err = interact("--policy", ACME, "ask", "--lang", lang, keys=keys)
    assert (code, err) == (0, "")
    policy = Policy.load(ACME)
    decision = check("yes", "yes", "yes", contract="no", policy=policy)
    assert decision.explanation(lang).verdict in out
    expected = respond(
        decision, request="redo the banners", reason="it is outside the contract",
        alternative="quote it as extra work", lang=lang, policy=policy,
    )  # fmt: skip
    assert expected.text in out


def test_ask_prompts_only_for_what_the_flags_leave_out():
    keys = DOWN + DOWN + ENTER  # the fourth: don't know
    keys += ENTER  # draft the questions for the client: yes
    code, out, err = interact(
        "--policy",
        ACME,
        "ask",
        "--lang",
        "en",
        "--client",
        "yes",
        "--company",
        "yes",
        "--eba",
        "yes",
        keys=keys,
    )
    assert (code, err) == (0, "")
    assert "whether, in your view, this is covered by our contract" in out


def test_undecided_on_the_companys_own_question_notes_it_for_the_manager(tmp_path):
    file = write(
        tmp_path,
        '[[danetor.questions]]\nid = "budget_ok"\ntext = { ru = "Бюджет есть?", en = "Is there budget?" }\n'
        'help = { ru = "Спросите финансы.", en = "Ask finance." }\n'
        '[[danetor.rules]]\nid = "no_budget"\nwhen = { kind = "eq", field = "budget_ok", value = "no" }\n'
        'then = "refuse"\nwhy = "danetor.rule.refuse.why"\n'
        '[[danetor.rules]]\nid = "budget"\nwhen = { kind = "eq", field = "budget_ok", value = "yes" }\n'
        'then = "accept"\nwhy = "danetor.rule.accept.why"\n'
        '[[danetor.rules]]\nid = "ask"\nwhen = { kind = "otherwise" }\nthen = "undecided"\n'
        'why = "danetor.rule.undecided.why"\n',
    )
    keys = ENTER + ENTER + ENTER + DOWN + DOWN + ENTER + ENTER  # yes ×3, budget: don't know; draft: yes
    code, out, err = interact("--policy", file, "ask", "--lang", "en", keys=keys)
    assert (code, err) == (0, "")
    assert (
        "Is there budget?" in out
    )  # in the note to the manager: the client is not asked the company's question
    code, out, err = run("--policy", file, "ask", "--lang", "en", "--client", "yes", "--company", "yes",
                         "--eba", "yes", "--budget-ok", "no", "--json")  # fmt: skip
    assert code == 0 and json.loads(out)["decision"]["verdict"] == "refuse"
    assert run("--policy", file, "ask", "--client", "yes", "--company", "yes", "--eba", "yes",
               "--budget_ok", "yes", "--json")[0] == 0  # fmt: skip


def test_script_currency_flag_beats_policy_beats_book():
    base = ("script", "extra", "--service", "layout", "--price", "100", "--lang", "en", "--json")
    assert "€100" in json.loads(run("--policy", ACME, *base)[1])["text"]
    assert "$100" in json.loads(run("--policy", ACME, *base, "--currency", "USD")[1])["text"]
    assert "100\u00a0roubles" in json.loads(run(*base)[1])["text"]


def test_playbook_show_is_the_companys():
    code, out, _ = run("--policy", ACME, "--lang", "ru", "playbook", "show", "danetor")
    assert code == 0
    assert "Это в рамках договора?" in out and "Всё, что вне договора, согласуем с аккаунт-директором." in out
    assert "Так принято в компании ООО «Ромашка»" in out


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_policy_check_prints_what_differs(lang):
    code, out, err = run("--lang", lang, "policy", "check", ACME)
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == ({"ru": f"{ACME}: политика в порядке.", "en": f"{ACME}: the policy is valid."}[lang])
    for path in (
        "company.name",
        "currency",
        "channels.names.messenger.ru",
        "notes.channels",
        "danetor.rules",
    ):
        assert any(line.startswith(f"  - {path}: ") for line in lines), path
    data = json.loads(run("policy", "check", ACME, "--json")[1])
    assert data["valid"] is True and data["durable"] is None
    assert {d["path"] for d in data["differences"]} >= {"company.name", "danetor.questions"}


def test_policy_check_with_durable_compares_the_two_compilers():
    from danetor.compile import durable_missing

    if durable_missing():
        pytest.skip("durable_rules cannot be imported here; the next test covers that case")
    code, out, err = run("--lang", "en", "policy", "check", ACME, "--with-durable")
    assert (code, err) == (0, "")
    assert "durable_rules: the same table as the reference compiler’s (combinations of answers: 81)." in out
    data = json.loads(run("policy", "check", ACME, "--with-durable", "--json")[1])
    assert data["durable"] == {
        "available": True, "reason": None, "same": True, "combinations": 81, "differences": [],
    }  # fmt: skip


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_policy_check_with_durable_says_when_it_cannot_be_imported(monkeypatch, lang):
    import danetor.compile

    monkeypatch.setattr(
        danetor.compile, "durable_missing", lambda: "ModuleNotFoundError: No module named 'durable'"
    )
    code, out, err = run("--lang", lang, "policy", "check", ACME, "--with-durable")
    assert (code, err) == (0, "")
    line = out.splitlines()[-1]
    assert "durable_rules" in line and "No module named 'durable'" in line
    assert {"ru": "не импортируется", "en": "cannot be imported"}[lang] in line


def test_policy_check_with_durable_reports_a_difference(monkeypatch):
    """A durable_rules table that differs from the reference compiler's is printed, exit 1."""
    import danetor.compile
    from danetor.tables import DecisionTable, Row

    class Durable:
        def __init__(self, *args):
            pass

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            return None

        def compile(self, ruleset):
            table = Policy.load(ACME).table
            rows = dict(table.rows)
            key = next(iter(rows))
            rows[key] = Row(outcome="refuse", rule="refuse")
            return DecisionTable(ruleset=table.ruleset, inputs=table.inputs, rows=rows)

    monkeypatch.setattr(danetor.compile, "durable_missing", lambda: "")
    monkeypatch.setattr(danetor.compile, "DurableProcess", Durable)
    code, out, _ = run("--lang", "en", "policy", "check", ACME, "--with-durable")
    assert code == 1
    assert "durable_rules: the table differs from the reference compiler’s (differences: 1)" in out
    assert "client=yes, company=yes, eba=yes, contract=yes" in out


def test_policy_show(tmp_path):
    code, out, err = run("--lang", "en", "policy", "show")
    assert (code, err) == (0, "") and out.startswith("No company policy: the book applies")
    code, out, err = run("--lang", "ru", "policy", "show", env={"LANG": "C", "DANETOR_POLICY": ACME})
    assert (code, err) == (0, "")
    assert out.startswith(f"Политика компании из файла {ACME}")
    assert "Компания: ООО «Ромашка»" in out and "Ожидание реакции перед звонком: 30" in out
    assert "4. Это в рамках договора? (contract)" in out and "Telegram" in out
    data = json.loads(run("policy", "show", "--json", "--policy", ACME)[1])
    assert data["currency"] == "EUR" and [q["id"] for q in data["questions"]][-1] == "contract"
    assert [(n["playbook"], len(n["notes"])) for n in data["notes"]] == [("danetor", 1), ("channels", 2)]
    assert data["notes"][1]["notes"][1] == {
        "ru": "Встречи\u00a0— только с повесткой.",
        "en": "Meetings only with an agenda.",
    }
    assert data["rules"][0]["when"]["of"][1]["fields"] == [
        "client",
        "company",
        "eba",
    ]  # as the file writes it
    assert (
        data["sender"] == "Мария Иванова"
        and data["channels"]["urgent"]["escalation"][0]["channel"] == "phone"
    )


def test_policy_init_prints_without_a_file():
    code, out, err = run("--lang", "en", "policy", "init")
    assert (code, err) == (0, "")
    assert Policy.from_toml(out).differences() == ()
    assert out.startswith("# A company policy for danetor")


def test_policy_without_an_action_or_a_file():
    assert run("policy")[0] == 2
    code, _, err = run("--lang", "ru", "policy", "check")
    assert code == 2 and "FILE" in err


def test_policy_init_into_a_folder_that_does_not_exist(tmp_path):
    code, out, err = run("--lang", "ru", "policy", "init", str(tmp_path / "no" / "policy.toml"))
    assert (code, out) == (2, "") and len(err.splitlines()) == 1
    assert err.startswith("danetor policy init: не удаётся записать ")


# -- the hardened output layer (issue 19) holds for the policy's commands and errors ------------------------------

EXE = Path(__import__("sys").executable).with_name("danetor")
POSIX = pytest.mark.skipif(__import__("os").name != "posix", reason="POSIX streams")
POLICY_RUNS = [
    ["policy", "show", "--policy", ACME],
    ["policy", "show", "--json", "--policy", ACME],
    ["policy", "check", ACME, "--json"],
    ["policy", "init"],
    ["--policy", ACME, "ask", "--client", "yes", "--company", "yes", "--eba", "yes", "--contract", "no"],
]


def _child(args, **kwargs):
    import subprocess

    kwargs.setdefault("stdin", subprocess.DEVNULL)
    return subprocess.run([str(EXE), *args], timeout=60, check=False, text=True, **kwargs)


@POSIX
@pytest.mark.parametrize("args", POLICY_RUNS, ids=lambda a: " ".join(a[:3]))
def test_policy_commands_on_a_closed_full_or_broken_stdout(args):
    import os
    import subprocess

    shut = subprocess.run(
        ["sh", "-c", '"$0" "$@" >&-', str(EXE), *args],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert (shut.returncode, shut.stderr) == (
        1,
        "danetor: cannot write the output: the standard output is closed\n",
    )
    with open("/dev/full", "w", encoding="utf-8") as full:
        done = _child(args, stdout=full, stderr=subprocess.PIPE)
    assert done.returncode == 1 and done.stderr.count("\n") == 1
    assert done.stderr.startswith("danetor: cannot write the output")
    read, write = os.pipe()
    os.close(read)
    try:
        gone = _child(args, stdout=write, stderr=subprocess.PIPE)
    finally:
        os.close(write)
    assert (gone.returncode, gone.stderr) == (141, "")


@pytest.mark.parametrize("where", ["flag", "env", "check"])
def test_a_bad_policy_named_with_control_characters_is_one_escaped_line(tmp_path, where):
    bad = tmp_path / "evil\x1b[31m\nname.toml"
    bad.write_text('[channels.names]\n"tele\\u001bgram" = { ru = "Telegram" }\n', encoding="utf-8")
    argv = {
        "flag": ["--policy", str(bad), "ask", "--client", "yes"],
        "env": ["ask", "--client", "yes"],
        "check": ["policy", "check", str(bad)],
    }[where]
    code, out, err = run("--lang", "en", *argv, env={"DANETOR_POLICY": str(bad)} if where == "env" else None)
    assert (code, out) == (2, "") and err.count("\n") == 1 and "\x1b" not in err
    assert "evil\\x1b[31m\\nname.toml" in err and "tele\\x1bgram" in err and "unknown key" in err
