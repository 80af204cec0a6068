"""A company policy (issue 18): loading and validation, every bad file, applying it (passed in, in a context, side by
side in threads), the extra questions through check(), the messages, the channels and the cards, and the untouched
``policy init`` file giving exactly the book."""

from __future__ import annotations

import itertools
import json
import threading
from datetime import timedelta
from pathlib import Path

import pytest

import danetor
from danetor import Answer, Policy, PolicyError, Verdict, check, letter
from danetor.channels import channel_for
from danetor.policy import MAX_EXTRA_QUESTIONS, RESERVED_IDS, init_template
from danetor.rules.danetor import DANETOR

DATA = Path(__file__).parent / "data"
ACME = DATA / "acme.toml"

#: the book's rule set, as policy TOML (what init writes)
BOOK_RULES = """
[[danetor.rules]]
id = "refuse"
when = { kind = "at_least", n = 2, fields = ["client", "company", "eba"], value = "no" }
then = "refuse"
why = "danetor.rule.refuse.why"

[[danetor.rules]]
id = "accept"
when = { kind = "at_least", n = 2, fields = ["client", "company", "eba"], value = "yes" }
then = "accept"
why = "danetor.rule.accept.why"

[[danetor.rules]]
id = "undecided"
when = { kind = "otherwise" }
then = "undecided"
why = "danetor.rule.undecided.why"
"""

CONTRACT = """
[[danetor.questions]]
id = "contract"
text = { ru = "Это в рамках договора?", en = "Is it within the contract?" }
help = { ru = "Загляните в договор.", en = "Check the contract." }
"""


@pytest.fixture(scope="module")
def acme() -> Policy:
    return Policy.load(ACME)


def bad(text: str, **kwargs) -> PolicyError:
    with pytest.raises(PolicyError) as info:
        Policy.from_toml(text, source="bad.toml", **kwargs)
    return info.value


# -- the untouched file is the book ----------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_init_file_loads_and_differs_in_nothing(lang):
    policy = Policy.from_toml(init_template(lang))
    assert policy.differences() == ()
    assert policy.warnings() == ()
    assert policy.ruleset.canonical() == DANETOR.canonical()
    assert [r.why for r in policy.ruleset.rules] == [r.why for r in DANETOR.rules]


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_init_file_with_every_example_uncommented_loads(lang):
    """The commented examples are valid settings: uncommented, the file loads and each of them shows as a
    difference."""
    import re

    example = re.compile(r'^# (\[\[|[a-z_]+ = |"[a-z0-9_.]+" = )')
    lines = [line[2:] if example.match(line) else line for line in init_template(lang).splitlines()]
    policy = Policy.from_toml("\n".join(lines))
    paths = {d.path for d in policy.differences()}
    assert paths == {
        "company.name",
        "company.sender",
        "notes.danetor",
        "danetor.questions",
    }  # names: the book's
    assert [q.id for q in policy.extra_questions] == ["contract"]
    assert [w.path for w in policy.warnings()] == ["danetor.questions[1].id"]  # asked, but no rule uses it


def test_a_difference_reads_as_its_path_and_text(acme):
    first = acme.differences()[0]
    assert isinstance(first, danetor.PolicyDifference)
    assert first.explain("ru") == "company.name: компания: ООО «Ромашка»" == str(first)
    assert first.explain("en") == "company.name: company: ООО «Ромашка»"


def test_the_book_as_a_policy_is_the_book():
    book = Policy.book()
    assert book.source is None and book.differences() == ()
    assert book.currency == danetor.Currency.RUB and book.wait == timedelta(hours=1)


@pytest.mark.parametrize("answers", list(itertools.product([a.value for a in Answer], repeat=3)))
def test_check_under_the_init_policy_is_the_book(answers):
    policy = Policy.from_toml(init_template("ru"))
    book, ours = check(*answers), check(*answers, policy=policy)
    assert ours.model_dump(mode="json") == book.model_dump(mode="json")
    for lang in ("ru", "en"):
        assert ours.explain(lang) == book.explain(lang)


def test_policy_init_then_check_through_the_command(tmp_path):
    from clirun import run

    path = tmp_path / "policy.toml"
    code, out, err = run("--lang", "en", "policy", "init", str(path))
    assert code == 0 and err == "" and str(path) in out
    code, out, err = run("--lang", "en", "policy", "check", str(path))
    assert (code, err) == (0, "")
    assert out.splitlines() == [f"{path}: the policy is valid.", "It does not differ from the book."]
    # and again: init refuses to overwrite it
    code, out, err = run("--lang", "ru", "policy", "init", str(path))
    assert code == 2 and "--force" in err and len(err.splitlines()) == 1
    assert run("policy", "init", str(path), "--force")[0] == 0


def test_every_public_output_is_the_books_under_the_init_policy(tmp_path):
    """policy init, then the whole golden snapshot (every public function, playbook and command, in both
    languages) under that policy: identical to the book's."""
    from clirun import run
    from golden_outputs import GOLDEN, snapshot

    path = tmp_path / "policy.toml"
    assert run("policy", "init", str(path))[0] == 0
    assert run("policy", "check", str(path))[0] == 0
    pinned = json.loads(GOLDEN.read_text(encoding="utf-8"))
    ours = snapshot(policy=str(path))
    assert sorted(ours) == sorted(pinned)
    differ = [key for key in pinned if ours[key] != pinned[key]]
    assert differ == []


# -- what a policy sets ------------------------------------------------------------------------------------------


def test_what_the_sample_sets(acme):
    assert acme.name == "ООО «Ромашка»" and acme.sender == "Мария Иванова"
    assert acme.currency == danetor.Currency.EUR and acme.wait == timedelta(minutes=30)
    assert [q.id for q in acme.questions] == ["client", "company", "eba", "contract"]
    assert [q.id for q in acme.extra_questions] == ["contract"]
    assert acme.source == str(ACME)
    assert {d.path for d in acme.differences()} >= {
        "company.name",
        "currency",
        "channels.escalation_wait_minutes",
        "channels.names.messenger.ru",
        "notes.channels",
        "danetor.questions",
        "danetor.rules",
    }


def test_policy_is_not_in_force_until_applied(acme):
    assert Policy.in_force() is None
    assert check("yes", "yes", "yes").verdict is Verdict.ACCEPT
    with acme:
        assert Policy.in_force() is acme
        with Policy.book():
            assert Policy.in_force() is not acme
        assert Policy.in_force() is acme
    assert Policy.in_force() is None


def test_a_wording_applies_in_its_language_and_the_book_serves_the_rest():
    policy = Policy.from_toml(
        'languages = ["ru"]\n[wordings]\n"letter.greeting.named" = { ru = "{client}, привет!" }'
    )
    ru = danetor.sell_extra("вёрстка", price=100, client="Анна", lang="ru", policy=policy)
    en = danetor.sell_extra("layout", price=100, client="Anna", lang="en", policy=policy)
    assert ru.text.startswith("Анна, привет!")
    assert en.text == danetor.sell_extra("layout", price=100, client="Anna", lang="en").text


def test_currency_flag_beats_policy_beats_book(acme):
    assert "€" in danetor.sell_extra("x", price=100, lang="en", policy=acme).text
    assert "$" in danetor.sell_extra("x", price=100, currency="USD", lang="en", policy=acme).text
    assert "roubles" in danetor.sell_extra("x", price=100, lang="en").text
    with acme:
        assert "€" in danetor.confirm("do it", price=100, lang="en").text
        assert "€" in danetor.respond(check("yes", "yes", "yes", contract="yes"), free=False, request="do it",
                                       price=5, lang="en").text  # fmt: skip


def test_wait_argument_beats_policy_beats_book(acme):
    assert danetor.Escalation(policy=acme).wait == 30 * 60
    assert danetor.Escalation(wait=60, policy=acme).wait == 60
    assert danetor.Escalation().wait == 3600
    with acme:
        esc = danetor.Escalation()
    assert esc.wait == 30 * 60 and esc.action.explain("en").endswith("Telegram together.")


def test_channel_names_and_lists(acme):
    advice = channel_for("urgent", policy=acme)
    assert advice.channels == (danetor.Channel.EMAIL, danetor.Channel.MESSENGER)
    assert "Telegram" in advice.describe("ru") and "Telegram" in advice.explain("en")
    assert "Срочное пишем в Telegram" in advice.why("ru")  # the why is the company's wherever it is read
    assert "Telegram" not in channel_for("urgent").explain("ru")
    policy = Policy.from_toml(
        '[channels.situations]\nnon_urgent = { channels = ["messenger"] }\n'
        'urgent = { channels = ["messenger"], escalation = ["phone", "meeting"] }'
    )
    assert channel_for("non_urgent", policy=policy).channels == (danetor.Channel.MESSENGER,)
    assert channel_for("non_urgent", policy=policy).advice is None  # the book has no name for it
    assert channel_for("incident", policy=policy) == channel_for("incident") or (
        channel_for("incident", policy=policy).model_dump() == channel_for("incident").model_dump()
    )
    esc = danetor.Escalation(policy=policy)
    assert esc.action.channels == (danetor.Channel.MESSENGER,)
    esc.send("sent", at=0)
    esc.tick(10**5)
    assert esc.action.channels == (danetor.Channel.PHONE, danetor.Channel.MEETING)
    warned = [w.path for w in policy.warnings()]
    assert warned == ["channels.situations.non_urgent", "channels.situations.urgent"]


def test_notes_are_printed_as_the_companys(acme):
    from danetor.playbooks import catalog
    from danetor.playbooks.document import Note, to_markdown, to_terminal

    with acme:
        doc = catalog.document("channels")
        md, term = to_markdown(doc, "ru"), to_terminal(doc, "en")
    notes = [b for b in doc.blocks if isinstance(b, Note) and b.style == "company"]
    assert [n.text("en") for n in notes] == [
        "We do not write to bank clients on Telegram.",
        "Meetings only with an agenda.",
    ]
    assert '!!! tip "Так принято в компании ООО «Ромашка»"' in md
    assert "How we do it at ООО «Ромашка»: Meetings only with an agenda." in term
    assert not any(isinstance(b, Note) and b.style == "company" for b in catalog.document("channels").blocks)
    unnamed = Policy.from_toml('[notes]\nkam = { ru = "Наша заметка.", en = "Our note." }')
    with unnamed:
        assert "How we do it at our company: Our note." in to_terminal(catalog.document("kam"), "en")


# -- the fourth question -----------------------------------------------------------------------------------------


def test_fourth_question_through_check(acme):
    decision = check("yes", "yes", "yes", contract="no", policy=acme)
    assert decision.verdict is Verdict.REFUSE and decision.rule == "refuse"
    assert dict(decision.answers) == {"client": "yes", "company": "yes", "eba": "yes", "contract": "no"}
    assert [(f.question, f.answer, f.verdict) for f in decision.flips] == [("contract", "yes", "accept")]
    assert "within the contract: no" in decision.explain("en")
    assert "Outside the contract, or two “no” answers: we refuse." in decision.explain("en")
    undecided = check("да", "да", "да", contract="не знаю", policy=acme)
    assert undecided.verdict is Verdict.UNDECIDED and undecided.to_clarify == ("contract",)
    assert "Уточните сначала: в рамках договора" in undecided.explain("ru")
    with acme:  # in a context, the same
        assert check(True, True, True, contract=False) is decision
        assert check("y", "y", "y", contract=None).verdict is Verdict.UNDECIDED


def test_every_combination_of_four_answers_follows_the_rules(acme):
    for combo in itertools.product(list(Answer), repeat=4):
        decision = check(*combo[:3], contract=combo[3], policy=acme)
        book = check(*combo[:3]).verdict
        if combo[3] is Answer.NO or book is Verdict.REFUSE:
            assert decision.verdict is Verdict.REFUSE
        elif combo[3] is Answer.YES:
            assert decision.verdict is book
        else:
            assert decision.verdict is (Verdict.UNDECIDED if book is Verdict.ACCEPT else book)
        for flip in decision.flips:  # each flip is exactly what changing that one answer gives
            changed = dict(decision.answers, **{flip.question: flip.answer})
            assert check(**changed, policy=acme).verdict is flip.verdict


def test_a_missing_extra_answer_is_named_with_the_others(acme):
    with pytest.raises(danetor.InvalidInput) as info:
        check("yes", policy=acme)
    assert info.value.arguments == ("company", "eba", "contract")
    with pytest.raises(danetor.InvalidInput) as info:
        check("yes", "maybe", "no", contract="perhaps", extra="yes", policy=acme)
    assert info.value.arguments == ("company", "contract", "extra")


def test_an_extra_answer_without_the_policy_is_refused():
    with pytest.raises(danetor.InvalidInput) as info:
        check("yes", "no", "no", contract="yes")
    assert info.value.argument == "contract" and info.value.allowed == ("client", "company", "eba")


def test_respond_asks_the_client_only_what_the_client_can_answer(acme):
    undecided = check("yes", "unknown", "unknown", contract="unknown", policy=acme)
    text = danetor.respond(undecided, lang="ru", policy=acme).text
    assert "входит ли это, по Вашему мнению, в наш договор" in text
    own = Policy.from_toml(CONTRACT + BOOK_RULES)
    # a question the company settles itself (no clarify) goes to the manager's note only
    internal = Policy.from_toml(
        CONTRACT
        + """
[[danetor.rules]]
id = "refuse"
when = { kind = "eq", field = "contract", value = "no" }
then = "refuse"
why = "danetor.rule.refuse.why"

[[danetor.rules]]
id = "accept"
when = { kind = "eq", field = "contract", value = "yes" }
then = "accept"
why = "danetor.rule.accept.why"

[[danetor.rules]]
id = "undecided"
when = { kind = "otherwise" }
then = "undecided"
why = "danetor.rule.undecided.why"
"""
    )
    assert own.warnings()[0].path == "danetor.questions[1].id"
    decision = check("yes", "yes", "yes", contract="unknown", policy=internal)
    with pytest.raises(danetor.InvalidInput) as info:
        danetor.respond(decision, lang="en", policy=internal)
    assert info.value.argument == "audience" and info.value.allowed == ("manager",)
    note = danetor.respond(decision, lang="en", audience="manager", policy=internal)
    assert "Is it within the contract?" in note.text


def test_the_danetor_card_prints_the_policys_questions_and_rules(acme):
    from danetor.playbooks import catalog
    from danetor.playbooks.danetor import truth_table
    from danetor.playbooks.document import Steps, Table, to_markdown

    with acme:
        doc = catalog.document("danetor")
        md = to_markdown(doc, "en")
        table = truth_table()
    steps = next(b for b in doc.blocks if isinstance(b, Steps))
    assert [s("en") for s in steps.items][-1] == "Is it within the contract?"
    assert "## Ask yourself four questions" in md
    assert "The rules below are the company’s, not the book’s" in md
    assert "Outside the contract, or two “no” answers: we refuse." in md
    assert (
        len(table.rows) == 81 and len(table.header) == 4 + 2
    )  # the answers, the verdict, what to clarify (no rule id: code)
    assert len(next(b for b in catalog.document("danetor").blocks if isinstance(b, Table)).rows) == 3


# -- side by side -----------------------------------------------------------------------------------------------


def test_two_policies_from_eight_threads(acme):
    other = Policy.from_toml(
        'currency = "USD"\n[channels.names]\nmessenger = { ru = "Slack", en = "Slack" }\n'
        '[wordings]\n"danetor.explain.verdict" = { ru = "Итог: {verdict}.", en = "Outcome: {verdict}." }'
    )
    expected = {}
    for policy in (acme, other, None):
        with policy if policy is not None else Policy.book():
            expected[id(policy)] = _outputs()
    assert len({json.dumps(v) for v in expected.values()}) == 3  # three different sets of outputs
    barrier = threading.Barrier(8)
    failures: list[str] = []

    def work(i: int) -> None:
        policy = (acme, other)[i % 2]
        barrier.wait()
        for n in range(30):
            if n % 3 == 0:  # passed in, not in force
                got = _outputs(policy)
            elif n % 3 == 1:  # in force in this thread
                with policy:
                    got = _outputs()
            else:  # the book, in the same thread, between the two
                got = _outputs(None)
                if got != expected[id(None)]:
                    failures.append(f"thread {i} book run {n}")
                continue
            if got != expected[id(policy)]:
                failures.append(f"thread {i} run {n}")

    threads = [threading.Thread(target=work, args=(i,)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert failures == []


def _outputs(policy: Policy | None = None) -> dict[str, str]:
    kwargs = {} if policy is None else {"policy": policy}
    extra = {"contract": "yes"} if (policy or Policy.in_force()) is not None and (
        policy or Policy.in_force()
    ).extra_questions else {}  # fmt: skip
    decision = check("yes", "no", "unknown", **extra, **kwargs)
    return {
        "decision": decision.explain("en"),
        "channel": channel_for("non_urgent", **kwargs).explain("ru"),
        "extra": danetor.sell_extra("layout", price=10, lang="en", **kwargs).text,
        "wait": str(danetor.Escalation(**kwargs).wait),
    }


# -- bad files: the library -----------------------------------------------------------------------------------------


def test_unknown_key():
    error = bad('langauges = ["ru"]')
    assert (error.file, error.path, error.kinds) == ("bad.toml", "langauges", ("unknown_key",))
    assert "languages" in error.allowed and "danetor" in error.allowed
    error = bad("[channels]\nwait = 30")
    assert error.path == "channels.wait" and set(error.allowed) == {
        "escalation_wait_minutes",
        "names",
        "situations",
    }
    assert str(error).startswith("bad.toml: channels.wait: unknown key; allowed: escalation_wait_minutes")


def test_wrong_type():
    error = bad('[channels]\nescalation_wait_minutes = "30"')
    assert (error.path, error.value, error.kinds) == (
        "channels.escalation_wait_minutes",
        "30",
        ("wrong_type",),
    )
    assert error.allowed == ("a number",)
    error = bad('languages = "ru"')
    assert (error.path, error.allowed) == ("languages", ("a list [ … ]",))
    error = bad('[wordings]\n"letter.greeting.named" = "Hi {client},"')
    assert error.path == 'wordings."letter.greeting.named"' and "ru" in error.allowed[0]
    error = bad("[channels]\nescalation_wait_minutes = 0")
    assert (error.kinds, error.allowed) == (("out_of_range",), ("more than 0",))


def test_unknown_channel():
    error = bad('[channels.names]\ntelegram = { ru = "Telegram" }')
    assert (error.path, error.value, error.kinds) == ("channels.names.telegram", "telegram", ("unknown_key",))
    assert error.allowed == ("email", "messenger", "phone", "video_call", "meeting")
    error = bad('[channels.situations]\nurgent = { channels = ["email", "slack"], escalation = ["phone"] }')
    assert (error.path, error.value, error.kinds) == (
        "channels.situations.urgent.channels[2]",
        "slack",
        ("not_allowed",),
    )
    assert "messenger" in error.allowed


def test_wording_with_other_placeholders():
    error = bad('[wordings]\n"letter.greeting.named" = { en = "Hello {name}," }')
    assert (error.path, error.kinds) == ('wordings."letter.greeting.named".en', ("placeholders",))
    assert "{name}" in str(error) and "{client}" in str(error)
    error = bad('[wordings]\n"letter.greeting.named" = { en = "Hello {client" }')
    assert error.kinds == ("malformed_placeholder",)
    error = bad('[channels.names]\nmessenger = { en = "Slack {beta}" }')
    assert error.kinds == ("placeholders",) and error.path == "channels.names.messenger.en"


def test_wording_in_an_undeclared_language():
    error = bad('languages = ["ru"]\n[wordings]\n"letter.greeting.named" = { en = "Hi {client}," }')
    assert (error.path, error.value, error.allowed) == ('wordings."letter.greeting.named".en', "en", ("ru",))
    assert error.kinds == ("undeclared_language",)


def test_gap_is_refused_with_the_combinations_named():
    error = bad(
        CONTRACT
        + """
[[danetor.rules]]
id = "refuse"
when = { kind = "eq", field = "contract", value = "no" }
then = "refuse"
why = "danetor.rule.refuse.why"

[[danetor.rules]]
id = "accept"
when = { kind = "all", of = [{ kind = "eq", field = "contract", value = "yes" }, { kind = "at_least", n = 2, fields = ["client", "company", "eba"], value = "yes" }] }
then = "accept"
why = "danetor.rule.accept.why"
"""
    )
    assert (error.path, error.kinds) == ("danetor.rules", ("gap",))
    problem = error.problems[0]
    assert problem.fields["count"] == 81 - 27 - 7 * 1  # 27 with contract=no, 7 accepts with contract=yes
    assert "client=yes, company=yes, eba=no, contract=unknown" in str(error)
    assert "and 39 more" in str(error)


def test_overlap_is_refused_with_the_rules_named():
    accept_on_one_yes = 'n = 1, fields = ["client", "company", "eba"], value = "yes"'
    error = bad(
        BOOK_RULES.replace('n = 2, fields = ["client", "company", "eba"], value = "yes"', accept_on_one_yes)
    )
    assert error.kinds == ("overlap",)
    assert "client=yes, company=no, eba=no → refuse, accept" in str(error)


def test_malformed_toml_names_line_and_column():
    error = bad('languages = ["ru"]\ncurrency = EUR\n')
    assert (error.line, error.column, error.kinds) == (2, 12, ("toml",))
    assert str(error).startswith("bad.toml: line 2, column 12: this is not valid TOML")
    assert error.render("ru").startswith("bad.toml: строка 2, столбец 12: это не TOML")


def test_unreadable_and_not_utf8(tmp_path):
    with pytest.raises(PolicyError) as info:
        Policy.load(tmp_path / "missing.toml")
    assert info.value.kinds == ("unreadable",) and "No such file" in str(info.value)
    latin = tmp_path / "latin.toml"
    latin.write_bytes('[company]\nname = "Café"'.encode("latin-1"))
    with pytest.raises(PolicyError) as info:
        Policy.load(latin)
    assert info.value.kinds == ("not_utf8",)


@pytest.mark.parametrize(
    ("text", "path", "kind"),
    [
        (
            '[wordings]\n"letter.greting.named" = { ru = "x {client}" }',
            'wordings."letter.greting.named"',
            "unknown_text",
        ),
        (
            '[wordings]\n"danetor.card.why_quote" = { ru = "Не цитата" }',
            'wordings."danetor.card.why_quote"',
            "quote",
        ),
        (
            '[wordings]\n"letter.greeting.named" = { ru = "  " }',
            'wordings."letter.greeting.named".ru',
            "blank",
        ),
        ('[company]\nname = " "', "company.name", "blank"),
        ('languages = ["ru", "ru"]', "languages", "twice"),
        ("languages = []", "languages", "empty"),
        ('currency = "GBP"', "currency", "not_allowed"),
        (
            '[channels.situations]\nurgent = { channels = ["email"] }',
            "channels.situations.urgent.escalation",
            "urgent_escalation",
        ),
        (
            '[channels.situations]\nurgent = { channels = ["email"], escalation = ["email"] }',
            "channels.situations.urgent.escalation[1]",
            "escalation_same",
        ),
        (
            '[channels.situations]\nincident = { channels = ["email"], alternatives = ["email"] }',
            "channels.situations.incident",
            "twice",
        ),
        (
            "[channels.situations]\nincident = { channels = [] }",
            "channels.situations.incident.channels",
            "empty",
        ),
        ('[notes]\nboilling = { ru = "x", en = "y" }', "notes.boilling", "unknown_key"),
        ('[notes]\nkam = { ru = "x" }', "notes.kam.en", "missing_language"),
        ('[notes]\nkam = "x"', "notes.kam", "wrong_type"),
        ('[notes]\nkam = [{ ru = "x", en = "y" }, { ru = "z" }]', "notes.kam[2].en", "missing_language"),
        (
            '[[danetor.questions]]\nid = "Contract"\ntext = { ru = "a", en = "b" }\nhelp = { ru = "a", en = "b" }',
            "danetor.questions[1].id",
            "not_an_id",
        ),
        (
            '[[danetor.questions]]\nid = "price"\ntext = { ru = "a", en = "b" }\nhelp = { ru = "a", en = "b" }',
            "danetor.questions[1].id",
            "reserved_id",
        ),
        (
            '[[danetor.questions]]\nid = "x"\ntext = { ru = "a", en = "b" }',
            "danetor.questions[1].help",
            "missing",
        ),
        (
            '[[danetor.questions]]\nid = "x"\ntext = { ru = "a" }\nhelp = { ru = "a", en = "b" }',
            "danetor.questions[1].text.en",
            "missing_language",
        ),
        (
            '[[danetor.rules]]\nid = "r"\nwhen = { kind = "maybe" }\nthen = "refuse"\nwhy = "danetor.rule.refuse.why"',
            "danetor.rules[1].when.kind",
            "not_allowed",
        ),
        (
            '[[danetor.rules]]\nid = "r"\nwhen = { kind = "eq", field = "budget", value = "no" }\nthen = "refuse"\nwhy = "danetor.rule.refuse.why"',
            "danetor.rules[1].when.field",
            "unknown_question",
        ),
        (
            '[[danetor.rules]]\nid = "r"\nwhen = { kind = "eq", field = "eba", value = "maybe" }\nthen = "refuse"\nwhy = "danetor.rule.refuse.why"',
            "danetor.rules[1].when.eq.value",
            "not_allowed",
        ),
        (
            '[[danetor.rules]]\nid = "r"\nwhen = { kind = "at_least", n = 4, fields = ["client"], value = "no" }\nthen = "refuse"\nwhy = "danetor.rule.refuse.why"',
            "danetor.rules[1].when.n",
            "at_least_n",
        ),
        (
            '[[danetor.rules]]\nid = "r"\nwhen = { kind = "not", of = { kind = "otherwise" } }\nthen = "refuse"\nwhy = "danetor.rule.refuse.why"',
            "danetor.rules[1].when.of",
            "otherwise_nested",
        ),
        (
            '[[danetor.rules]]\nid = "r"\nwhen = { kind = "otherwise" }\nthen = "maybe"\nwhy = "danetor.rule.refuse.why"',
            "danetor.rules[1].then",
            "not_allowed",
        ),
        (
            '[[danetor.rules]]\nid = "r"\nwhen = { kind = "otherwise" }\nthen = "refuse"\nwhy = "danetor.rule.refuse.whyy"',
            "danetor.rules[1].why",
            "unknown_text",
        ),
        (
            '[[danetor.rules]]\nid = "r"\nwhen = { kind = "otherwise" }\nthen = "refuse"\nwhy = 3',
            "danetor.rules[1].why",
            "wrong_type",
        ),
        ("[danetor]\nrules = []", "danetor.rules", "empty"),
    ],
)
def test_every_bad_setting_names_its_key(text, path, kind):
    error = bad(text)
    assert (error.path, error.kinds[0]) == (path, kind), str(error)
    for lang in ("ru", "en"):
        line = error.render(lang)
        assert line.startswith(f"bad.toml: {path}: ") and "\n" not in line and "None" not in line


def test_too_many_questions_and_every_problem_at_once():
    questions = "".join(
        f'[[danetor.questions]]\nid = "q{i}"\ntext = {{ ru = "a", en = "b" }}\nhelp = {{ ru = "a", en = "b" }}\n'
        for i in range(MAX_EXTRA_QUESTIONS + 1)
    )
    assert bad(questions).kinds == ("too_many_questions",)
    error = bad('currency = "GBP"\nlangauges = ["ru"]\n[channels]\nescalation_wait_minutes = "x"')
    assert sorted(error.kinds) == ["not_allowed", "unknown_key", "wrong_type"]  # all of them, in one error
    assert len(error.render("ru").splitlines()) == 1


def test_reserved_ids_cover_the_commands_flags():
    from danetor.cli.core import build_parser

    ask = build_parser("en", only="ask")._subparsers._group_actions[0].choices["ask"]
    flags = {a.dest for a in ask._actions} - {"help"}
    assert flags <= RESERVED_IDS
    spelled = {
        o.lstrip("-").replace("-", "_") for a in ask._actions for o in a.option_strings if o.startswith("--")
    }
    assert (
        spelled <= RESERVED_IDS
    )  # a question's flag is --<id>: none may be spelled like one of ask's (--from)


def test_nothing_is_applied_from_a_bad_file():
    with pytest.raises(PolicyError):
        Policy.from_toml('currency = "EUR"\n[channels]\nescalation_wait_minutes = -1')
    assert Policy.in_force() is None
    assert "roubles" in danetor.sell_extra("x", price=2, lang="en").text


def test_import_danetor_never_reads_the_environment(tmp_path):
    import subprocess
    import sys

    code = "import danetor, os; d = danetor.check('yes', 'no', 'no'); print(d.verdict, danetor.Policy.in_force())"
    env = {"DANETOR_POLICY": str(ACME), "PATH": "/usr/bin:/bin"}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    assert done.stdout.split() == ["refuse", "None"]


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_a_policy_explains_what_it_puts_in_force(acme, lang):
    text = acme.explain(lang)
    assert (
        text.splitlines()[0]
        == {"ru": f"Политика компании из файла {ACME}", "en": f"Company policy from {ACME}"}[lang]
    )
    assert "ООО «Ромашка»" in text and "Telegram" in text and "(contract)" in text
    assert Policy.in_force() is None  # explaining put it in force only for the moment
    assert str(Policy.book()) == Policy.book().explain("ru") and "книга" in str(Policy.book())


def _open_decision(policy):
    """An undecided check (the client is asked to clarify) under *policy*, or else the policy in force."""
    ids = (policy or Policy.in_force() or Policy.book()).question_ids
    return danetor.check("yes", "unknown", "unknown", policy=policy, **{i: "yes" for i in ids[3:]})


SIGNED = {
    "empathic_no": lambda **kw: danetor.empathic_no("переделать баннеры", "сроки", "перенести сдачу", **kw),
    "sell_extra": lambda **kw: danetor.sell_extra("layout", price=10, **kw),
    "confirm": lambda **kw: danetor.confirm("подготовить баннеры", **kw),
    "respond": lambda **kw: danetor.respond(_open_decision(kw.get("policy")), **kw),
    "delay_warning": lambda **kw: danetor.delay_warning(
        "утвердите проект", "до пятницы", "старт сдвинется", **kw
    ),
    "agreements_summary": lambda **kw: danetor.agreements_summary(["макет к пятнице"], **kw),
    "restart_message": lambda **kw: danetor.restart_message(**kw),
    "landing_message": lambda **kw: danetor.landing_message("warn", result="рост продаж", **kw),
}


@pytest.mark.parametrize("lang", ["ru", "en"])
@pytest.mark.parametrize("name", sorted(SIGNED))
def test_the_default_sender_signs_every_message_unless_one_is_given(acme, name, lang):
    """The policy's sender signs every message to a client (through danetor.letter.signing_as), with policy= and
    inside ``with``; sender= beats it; the book signs nothing; a policy without a sender keeps the default."""
    make = SIGNED[name]
    signoff = {"ru": "С уважением,\nМария Иванова", "en": "Best regards,\nМария Иванова"}[lang]
    assert make(lang=lang, policy=acme).text.endswith(signoff)
    with acme:
        assert make(lang=lang).text.endswith(signoff)
        own = make(lang=lang, sender="Ivan").text
    assert own.endswith("\nIvan") and "Мария" not in own
    assert "Мария" not in make(lang=lang).text  # the book, after the policy
    assert acme.sender == "Мария Иванова" and "Мария Иванова" in acme.explain("ru")
    unsigned = Policy.from_toml('[company]\nname = "ООО «Ромашка»"')
    assert "Мария" not in make(lang=lang, policy=unsigned).text
    with letter.signing_as("Пётр"), unsigned:
        assert make(lang=lang).text.endswith("\nПётр")


def test_what_every_printed_danetor_card_takes_from_the_policy(acme):
    """The blocks the wall card and the cheat sheet (issue 17) print: the questions, the rule, whose edition."""
    from danetor.playbooks.catalog import company_blocks
    from danetor.playbooks.danetor import questions_blocks, rule_blocks
    from danetor.playbooks.document import Note, Quote, Table

    heading, steps = questions_blocks()
    assert heading.text("en") == "Ask yourself three questions" and len(steps.items) == 3
    assert [type(b) for b in rule_blocks(table=False)] == [Quote] and company_blocks() == ()
    with acme:
        heading, steps = questions_blocks()
        assert heading.text("ru") == "Задайте себе четыре вопроса"
        assert steps.items[-1]("en") == "Is it within the contract?"
        assert [type(b) for b in rule_blocks(table=False)] == [Quote, Note, Table]
        assert [b.text("ru") for b in company_blocks()] == ["Версия компании: ООО «Ромашка»"]
    with Policy.from_toml(init_template("en")):
        assert [type(b) for b in rule_blocks(table=False)] == [Quote]  # the book's rules: the book's sentence
