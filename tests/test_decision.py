"""The DANETOR check: exhaustive against an independent oracle, properties, bad input, threads."""

import itertools
import json
import threading

import pytest
from hypothesis import given
from hypothesis import strategies as st

import danetor
from danetor import QUESTIONS, Answer, Decision, InvalidInput, Verdict, check
from danetor.text import Text
from strategies import answer_form, answers

Y, N, U = Answer.YES, Answer.NO, Answer.UNKNOWN
ALL = list(itertools.product(list(Answer), repeat=3))


def oracle(a: tuple[Answer, Answer, Answer]) -> Verdict:
    """The book: two or more "no" → refuse. With "don’t know": decided only if every way of filling the
    unknowns gives the same verdict."""
    unknown = [i for i, x in enumerate(a) if x is U]
    verdicts = set()
    for fill in itertools.product([Y, N], repeat=len(unknown)):
        full = list(a)
        for i, x in zip(unknown, fill):
            full[i] = x
        verdicts.add(Verdict.REFUSE if full.count(N) >= 2 else Verdict.ACCEPT)
    return verdicts.pop() if len(verdicts) == 1 else Verdict.UNDECIDED


def test_oracle_sanity():
    assert oracle((Y, N, N)) is Verdict.REFUSE
    assert oracle((Y, Y, N)) is Verdict.ACCEPT
    assert oracle((Y, N, U)) is Verdict.UNDECIDED
    assert oracle((N, N, U)) is Verdict.REFUSE
    assert oracle((Y, Y, U)) is Verdict.ACCEPT


@pytest.mark.parametrize("answers", ALL, ids=["-".join(a) for a in ALL])
def test_all_27_combinations_match_the_oracle(answers):
    decision = check(*answers)
    assert decision.verdict is oracle(answers)
    assert dict(decision.answers) == dict(zip(["client", "company", "eba"], answers))
    expected_rule = {Verdict.REFUSE: "refuse", Verdict.ACCEPT: "accept", Verdict.UNDECIDED: "undecided"}
    assert decision.rule == expected_rule[decision.verdict]


@pytest.mark.parametrize("answers", ALL, ids=["-".join(a) for a in ALL])
def test_to_clarify_and_flips(answers):
    decision = check(*answers)
    ids = ["client", "company", "eba"]
    if decision.verdict is not Verdict.UNDECIDED:
        assert decision.to_clarify == ()
    else:
        # an unknown belongs in to_clarify iff some filling of the others makes it decide the verdict
        expected = []
        for i, q in enumerate(ids):
            if answers[i] is not U:
                continue
            others = [j for j in range(3) if answers[j] is U and j != i]
            pivotal = False
            for fill in itertools.product([Y, N], repeat=len(others)):
                base = list(answers)
                for j, x in zip(others, fill):
                    base[j] = x
                a = oracle(tuple(base[:i] + [Y] + base[i + 1 :]))
                b = oracle(tuple(base[:i] + [N] + base[i + 1 :]))
                pivotal |= a is not b
            if pivotal:
                expected.append(q)
        assert list(decision.to_clarify) == expected
    flips = {(f.question, f.answer): f.verdict for f in decision.flips}
    for i, q in enumerate(ids):
        for new in (Y, N):
            changed = answers[:i] + (new,) + answers[i + 1 :]
            v = oracle(changed)
            if new is not answers[i] and v is not decision.verdict:
                assert flips.pop((q, new)) is v
    assert flips == {}


def test_questions_are_the_books_three_in_order():
    assert [q.id for q in QUESTIONS] == ["client", "company", "eba"]
    assert "пользу ему самому" in QUESTIONS[0].text("ru")
    assert "пользу вашей компании" in QUESTIONS[1].text("ru")
    assert "эмоционального банковского счёта" in QUESTIONS[2].text("ru")
    assert "Кови" in QUESTIONS[2].help("ru") and "Covey" in QUESTIONS[2].help("en")


# -- properties -------------------------------------------------------------------------------------------


@given(answers, answers, answers, st.data())
def test_all_accepted_input_forms_agree(a, b, c, data):
    forms = [data.draw(answer_form(x)) for x in (a, b, c)]
    assert check(*forms) is check(a, b, c)


@given(answers, answers, answers, st.permutations(range(3)))
def test_verdict_is_symmetric_in_the_questions(a, b, c, perm):
    args = (a, b, c)
    assert check(*args).verdict is check(*(args[i] for i in perm)).verdict


ORDER = {Verdict.REFUSE: 0, Verdict.UNDECIDED: 1, Verdict.ACCEPT: 2}


@given(answers, answers, answers, st.integers(0, 2))
def test_verdict_is_monotone(a, b, c, i):
    """Turning a "no" into a "yes" (or into "don’t know", or "don’t know" into "yes") never makes it worse."""
    args = [a, b, c]
    for lower, higher in ((N, Y), (N, U), (U, Y)):
        if args[i] is lower:
            better = args.copy()
            better[i] = higher
            assert ORDER[check(*better).verdict] >= ORDER[check(*args).verdict]


@given(answers, answers, answers, st.data())
def test_resolving_to_clarify_always_decides(a, b, c, data):
    decision = check(a, b, c)
    args = dict(decision.answers)
    for q in decision.to_clarify:
        args[q] = data.draw(st.sampled_from([Y, N]), label=q)
    assert check(**args).verdict in (Verdict.ACCEPT, Verdict.REFUSE)


@given(answers, answers, answers)
def test_json_round_trip(a, b, c):
    decision = check(a, b, c)
    data = decision.model_dump(mode="json")
    assert json.loads(json.dumps(data)) == data
    assert data["verdict"] == decision.verdict.value
    assert data["answers"] == {"client": a.value, "company": b.value, "eba": c.value}
    assert Decision.model_validate(data) == decision


@given(answers, answers, answers, st.sampled_from(["ru", "en", danetor.Lang.RU, danetor.Lang.EN]))
def test_explain_names_verdict_and_reason(a, b, c, lang):
    decision = check(a, b, c)
    text = decision.explain(lang)
    from danetor.questions import VERDICT_LABELS
    from danetor.rules.danetor import DANETOR

    assert VERDICT_LABELS[decision.verdict](lang) in text
    assert Text.of(DANETOR.rule(decision.rule).why)(lang) in text


def test_explain_golden_ru():
    assert check("yes", "no", "no").explain("ru") == (
        "Вердикт: отказать.\n"
        "Ответы: польза клиенту\xa0— да; польза компании\xa0— нет; рост ЭБС покроет издержки\xa0— нет.\n"
        "Почему: Как минимум на два вопроса из трёх ответ «нет»\xa0— по алгоритму ДАНЕТОР клиенту лучше отказать.\n"
        "Решение изменится, если «польза компании»\xa0— да (→ согласиться); "
        "или если «рост ЭБС покроет издержки»\xa0— да (→ согласиться)."
    )


def test_explain_golden_en_undecided():
    assert check(None, None, None).explain("en") == (
        "Verdict: undecided.\n"
        "Answers: good for the client: don’t know; good for the company: don’t know; "
        "trust gained covers the cost: don’t know.\n"
        "Why: There are enough “don’t know” answers for the verdict to go either way. "
        "Find out what is missing first.\n"
        "Clarify first: good for the client, good for the company, trust gained covers the cost.\n"
        "No single changed answer would change the verdict."
    )


def test_decision_is_frozen_and_answers_read_only():
    decision = check("yes", "yes", "no")
    with pytest.raises(ValueError):
        decision.verdict = Verdict.REFUSE
    with pytest.raises(TypeError):
        decision.answers["client"] = Answer.NO  # type: ignore[index]
    assert check("yes", "yes", "no").answers["client"] is Y


# -- bad input --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "kwargs, argument",
    [
        ({"client": "maybe", "company": "no", "eba": "no"}, "client"),
        ({"client": "yes", "company": 1, "eba": "no"}, "company"),
        ({"client": "yes", "company": "no", "eba": 0.5}, "eba"),
        ({"client": "yes", "company": "no", "eba": ["yes"]}, "eba"),
        ({"client": "", "company": "no", "eba": "no"}, "client"),
        ({"client": "yes", "company": "no"}, "eba"),
        ({}, "client, company, eba"),
        ({"client": "yes"}, "company, eba"),
    ],
)
def test_bad_input_names_the_argument_and_allowed_values(kwargs, argument):
    """Every bad or missing answer is named, all at once (missing ones together)."""
    with pytest.raises(InvalidInput) as info:
        check(**kwargs)
    message = str(info.value)
    assert message.startswith(f"{argument}:")
    assert info.value.arguments == tuple(argument.split(", "))
    assert "yes, no, unknown, да, нет, не знаю" in message
    assert isinstance(info.value, ValueError) and isinstance(info.value, danetor.DanetorError)
    assert info.value.argument == argument.split(", ")[0]


def test_several_bad_answers_are_all_named_in_either_language():
    with pytest.raises(InvalidInput) as info:
        check("maybe", "x", None)
    assert info.value.arguments == ("client", "company")
    assert info.value.render("ru").startswith(
        "client: значение «maybe» не подходит; допустимо: yes, no, unknown"
    )
    assert "; company: значение «x» не подходит" in info.value.render("ru")


def test_missing_argument_says_required():
    with pytest.raises(InvalidInput, match="eba: missing; it is required"):
        check("yes", "no")


def test_too_many_arguments_is_a_type_error():
    with pytest.raises(TypeError):
        check("yes", "no", "no", "no")  # type: ignore[call-arg]


# -- threads ----------------------------------------------------------------------------------------------


def test_eight_threads_get_the_single_threaded_answers():
    expected = {a: check(*a) for a in ALL}
    errors: list[str] = []
    barrier = threading.Barrier(8)

    def worker(seed: int) -> None:
        barrier.wait()
        for i in range(20_000):
            a = ALL[(i * 7 + seed) % 27]
            got = check(*a)
            if got is not expected[a]:
                errors.append(f"{a}: {got.verdict} != {expected[a].verdict}")
                return

    threads = [threading.Thread(target=worker, args=(s,)) for s in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
