"""The failure-handling sequence: plans, the live-case tracker, texts and the printable document.

Oracles here are written from the book (shared/sources/003_…txt, «Главное\xa0— правильно "отработать" свой провал»),
not copied from the implementation.
"""

from __future__ import annotations

import glob
import itertools
import json
import pathlib
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from danetor.errors import DanetorError, InvalidInput, OutOfOrderError
from danetor.failure import FailureCase, Plan, failure_plan
from danetor.playbooks.document import (
    Checklist,
    Diagram,
    Document,
    Note,
    Quote,
    Steps,
    Table,
    to_markdown,
    to_terminal,
)
from danetor.playbooks.failure import document, mermaid
from danetor.rules.channels import Channel
from danetor.rules.failure import FAILURE_OURS, FAILURE_THIRD_PARTY, Fault, RemedyPart
from danetor.text import Lang, Text
from danetor.tracker import Tracker
from strategies import user_text

# -- the oracle, from the book ---------------------------------------------------------------------------------

#: the four steps in the book's order; step 3 is "apologize" for our own failure, "regret" for a third party's
ORDER = {
    "ours": ("inform", "vent", "apologize", "remedy"),
    "third_party": ("inform", "vent", "regret", "remedy"),
}
ALL_STEPS = ("inform", "vent", "apologize", "regret", "remedy")
FAULTS = ("ours", "third_party")
LANGS = ("ru", "en")
PARTS = ("fix", "compensation", "prevention")
APOLOGY = re.compile(r"извин|простит|прошу прощения|apolog|sorry", re.IGNORECASE)
CYRILLIC = re.compile(r"[А-Яа-яЁё]")
TY_FORMS = re.compile(
    r"(?<![А-Яа-яЁё])(ты|тебя|тебе|тобой|твой|твоя|твоё|твое|твои|твоих|твоим)(?![А-Яа-яЁё])", re.IGNORECASE
)
NOT_DECIDED = {"ru": "(пока не определено)", "en": "(not decided yet)"}
STILL_MISSING = {"ru": "Ещё не определено:", "en": "Not decided yet:"}
DETAILS = {
    "what_happened": "Сайт не работал шесть часов",
    "fix": "Перенесли сайт на резервный сервер",
    "compensation": "Месяц поддержки бесплатно",
    "prevention": "Настроили мониторинг",
}
SOURCE = pathlib.Path(__file__).resolve().parents[2] / "shared" / "sources"


def book_text() -> str:
    candidates = glob.glob(str(SOURCE / "003_*.txt")) or glob.glob("/work/shared/sources/003_*.txt")
    assert candidates, "the source text 003_*.txt is needed for this test"
    return pathlib.Path(candidates[0]).read_text(encoding="utf-8")


def plan_strings(plan: Plan) -> list[str]:
    """Every text a plan carries (its own texts and the whole text)."""
    out = [plan.text]
    for step in plan.steps:
        out += [step.title, step.why, step.todo]
    return out


def doc_strings(doc: Document, lang: str) -> list[str]:
    return [
        to_markdown(doc, lang),
        to_terminal(doc, lang),
        json.dumps(doc.model_dump(mode="json"), ensure_ascii=False),
    ]


# -- golden plans (approved output; exact strings) -----------------------------------------------------------

GOLDEN_INPUTS: dict = {
    "ours_ru": {
        "fault": "ours",
        "lang": "ru",
        "what_happened": "Баннеры вышли с ошибкой в цене",
        "fix": "Перевыпустим баннеры сегодня до 18:00",
    },
    "ours_en": {
        "fault": "ours",
        "lang": "en",
        "what_happened": "The newsletter went out with the wrong prices",
        "fix": "We send a correction today",
        "compensation": "The next mailing is free",
        "prevention": "A second person checks every price before sending",
    },
    "third_party_ru": {
        "fault": "third_party",
        "lang": "ru",
        "client_knows": True,
        "compensation": "Скидка 10% на следующий месяц",
        "prevention": "Добавим резервного подрядчика печати",
    },
    "third_party_en": {"fault": "third_party", "lang": "en", "client_knows": True},
}
GOLDEN: dict[str, str] = {
    "ours_ru": (
        "Отработка провала: виновата ваша компания\n"
        "\n"
        "1. Первым сообщите клиенту о случившемся\n"
        "   Как: лучше по телефону\n"
        "   Что сделать: Первым сообщите клиенту о случившемся, пока он не узнал от других, и расскажите, что произошло: «Баннеры вышли с ошибкой в цене». Лучше устно, по телефону: так вы сразу услышите, как клиент реагирует.\n"
        "   Зачем: Клиент должен узнать о провале от вас, а не от других. Лучше сделать это устно, по телефону, чтобы сразу оценить реакцию заказчика.\n"
        "\n"
        "2. Дайте клиенту выпустить пар\n"
        "   Что сделать: Позвольте клиенту высказать всё, что он думает о вас и вашей фирме. Выслушайте до конца: не перебивайте и не оправдывайтесь.\n"
        "   Зачем: Клиенту нужно высказать всё, что он думает о вас и вашей фирме. Пока он этого не сделал, к разговору о том, что делать дальше, он не готов.\n"
        "\n"
        "3. Принесите извинения\n"
        "   Что сделать: Принесите извинения от лица компании и от себя лично. Например: «Приношу извинения от лица нашей компании и от себя лично».\n"
        "   Зачем: Провал случился по вине вашей компании. Клиент должен услышать, что компания и вы лично признаёте свою вину.\n"
        "\n"
        "4. Расскажите, как исправите ситуацию, возместите потери и не допустите повторения\n"
        "   Что сделать: Расскажите клиенту, что вы сделаете:\n"
        "   — для исправления ситуации: Перевыпустим баннеры сегодня до 18:00;\n"
        "   — для компенсации его потерь: (пока не определено);\n"
        "   — чтобы эта ситуация не повторилась впредь: (пока не определено).\n"
        "   Ещё не определено: компенсация потерь, меры против повторения.\n"
        "   Зачем: Клиенту важно знать, что ситуацию исправят, его потери компенсируют и что эта ситуация не повторится впредь.\n"
    ),
    "ours_en": (
        "Handling a failure: your company is at fault\n"
        "\n"
        "1. Be the first to tell the client what happened\n"
        "   How: preferably by phone\n"
        "   What to do: Be the first to tell the client what happened, before they hear it from anyone else: “The newsletter went out with the wrong prices”. Better aloud, by phone: that way you hear at once how the client takes it.\n"
        "   Why: The client should hear about the failure from you, not from someone else. It is better to tell them aloud, by phone, so that you can gauge their reaction at once.\n"
        "\n"
        "2. Let the client vent\n"
        "   What to do: Let the client say everything they think of you and your firm. Hear them out: don’t interrupt and don’t make excuses.\n"
        "   Why: The client needs to say everything they think of you and your firm. Until they have, they are not ready to talk about what happens next.\n"
        "\n"
        "3. Apologise\n"
        "   What to do: Apologise on behalf of the company and personally. For example: “I’d like to apologise on behalf of our company and on my own behalf.”\n"
        "   Why: The failure is your company’s fault. The client needs to hear that the company, and you personally, accept the blame.\n"
        "\n"
        "4. Say how you will put it right, make up for the losses and stop it happening again\n"
        "   What to do: Tell the client what you will do:\n"
        "   — to fix the situation: We send a correction today;\n"
        "   — to compensate their losses: The next mailing is free;\n"
        "   — so that it does not happen again: A second person checks every price before sending.\n"
        "   Why: The client needs to know that the situation will be put right, their losses made good, and that it will not happen again.\n"
    ),
    "third_party_ru": (
        "Отработка провала: виновата третья сторона\n"
        "Клиент уже знает о случившемся, поэтому шаг 1\xa0— связаться сразу, лучше по телефону, чтобы признать провал (это наша адаптация, не из книги).\n"
        "\n"
        "1. Сразу свяжитесь с клиентом и признайте провал\n"
        "   Как: лучше по телефону\n"
        "   Что сделать: Клиент уже знает о случившемся от других. Свяжитесь с ним сразу, не дожидаясь его звонка,\xa0— лучше по телефону, чтобы услышать его реакцию,\xa0— признайте провал и коротко расскажите, что произошло.\n"
        "   Зачем: Первым сообщить уже не получится: клиент узнал о случившемся не от вас. Не ждите, пока он позвонит сам: ваш звонок показывает, что вы не прячетесь от проблемы, а по телефону вы сразу оцените реакцию заказчика.\n"
        "\n"
        "2. Дайте клиенту выпустить пар\n"
        "   Что сделать: Позвольте клиенту высказать всё, что он думает о вас и вашей фирме. Выслушайте до конца: не перебивайте и не оправдывайтесь.\n"
        "   Зачем: Клиенту нужно высказать всё, что он думает о вас и вашей фирме. Пока он этого не сделал, к разговору о том, что делать дальше, он не готов.\n"
        "\n"
        "3. Выразите сожаление\n"
        "   Что сделать: Выразите сожаление о случившемся, не беря вину на себя. Например: «Мне очень жаль, что так получилось».\n"
        "   Зачем: В случившемся виновата третья сторона, поэтому брать вину на себя не нужно: достаточно выразить сожаление.\n"
        "\n"
        "4. Расскажите, как исправите ситуацию, возместите потери и не допустите повторения\n"
        "   Что сделать: Расскажите клиенту, что вы сделаете:\n"
        "   — для исправления ситуации: (пока не определено);\n"
        "   — для компенсации его потерь: Скидка 10% на следующий месяц;\n"
        "   — чтобы эта ситуация не повторилась впредь: Добавим резервного подрядчика печати.\n"
        "   Ещё не определено: исправление ситуации.\n"
        "   Зачем: Клиенту важно знать, что ситуацию исправят, его потери компенсируют и что эта ситуация не повторится впредь.\n"
    ),
    "third_party_en": (
        "Handling a failure: a third party is at fault\n"
        "The client already knows, so step 1 becomes getting in touch at once, preferably by phone, to acknowledge the failure (our adaptation, not the book’s).\n"
        "\n"
        "1. Get in touch with the client at once and acknowledge the failure\n"
        "   How: preferably by phone\n"
        "   What to do: The client has already heard about it from someone else. Get in touch at once, without waiting for them to call you (better by phone, so that you hear how they take it), acknowledge the failure and tell them briefly what happened.\n"
        "   Why: You can no longer be the first: the client has heard about it from someone else. Don’t wait for them to call you: your call shows you are not hiding from the problem, and on the phone you hear their reaction straight away.\n"
        "\n"
        "2. Let the client vent\n"
        "   What to do: Let the client say everything they think of you and your firm. Hear them out: don’t interrupt and don’t make excuses.\n"
        "   Why: The client needs to say everything they think of you and your firm. Until they have, they are not ready to talk about what happens next.\n"
        "\n"
        "3. Express regret\n"
        "   What to do: Express regret about what happened, without taking the blame. For example: “I deeply regret what has happened.”\n"
        "   Why: A third party is to blame for what happened, so there is no need to take the blame: expressing regret is enough.\n"
        "\n"
        "4. Say how you will put it right, make up for the losses and stop it happening again\n"
        "   What to do: Tell the client what you will do:\n"
        "   — to fix the situation: (not decided yet);\n"
        "   — to compensate their losses: (not decided yet);\n"
        "   — so that it does not happen again: (not decided yet).\n"
        "   Not decided yet: the fix, the compensation, the prevention.\n"
        "   Why: The client needs to know that the situation will be put right, their losses made good, and that it will not happen again.\n"
    ),
}


# -- the plan: exhaustive over fault × client_knows × language × details -----------------------------------------


@pytest.mark.parametrize("fault", FAULTS)
@pytest.mark.parametrize("client_knows", [False, True])
@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("with_details", [False, True])
def test_plan_steps_order_and_channel(fault, client_knows, lang, with_details):
    details = DETAILS if with_details else {}
    plan = failure_plan(fault, lang=lang, client_knows=client_knows, **details)
    assert plan.fault == Fault(fault) and plan.lang == Lang(lang) and plan.client_knows is client_knows
    assert tuple(s.id for s in plan.steps) == ORDER[fault]
    assert [s.number for s in plan.steps] == [1, 2, 3, 4]
    assert plan.steps[0].channel is Channel.PHONE and plan.steps[0].channel == "phone"
    assert [s.channel for s in plan.steps[1:]] == [None, None, None]
    # each step is written out in the plan's text, in order
    positions = [plan.text.index(f"{s.number}. {s.title}\n") for s in plan.steps]
    assert positions == sorted(positions)
    for step in plan.steps:
        for text in (step.title, step.why, step.todo):
            assert text.strip()
            if lang == "en":
                assert not CYRILLIC.search(
                    text.replace(DETAILS["what_happened"], "")
                    .replace(DETAILS["fix"], "")
                    .replace(DETAILS["compensation"], "")
                    .replace(DETAILS["prevention"], "")
                )
            else:
                assert CYRILLIC.search(text)
                assert not TY_FORMS.search(text), text
    assert plan.missing == (() if with_details else PARTS)


@pytest.mark.parametrize("fault", FAULTS)
@pytest.mark.parametrize("lang", LANGS)
def test_client_knows_changes_only_step_one(fault, lang):
    book = failure_plan(fault, lang=lang)
    knows = failure_plan(fault, lang=lang, client_knows=True)
    assert [s.id for s in book.steps] == [s.id for s in knows.steps]
    assert book.steps[1:] == knows.steps[1:]
    first, adapted = book.steps[0], knows.steps[0]
    assert adapted.channel is Channel.PHONE
    assert first.title != adapted.title and first.todo != adapted.todo and first.why != adapted.why
    # the adaptation says it is ours, not the book's
    ours = {"ru": "наша адаптация, не из книги", "en": "our adaptation, not the book’s"}[lang]
    assert ours in knows.text and ours not in book.text


@pytest.mark.parametrize(
    "fault", [Fault.OURS, "ours", " OURS ", Fault.THIRD_PARTY, "third_party", "Third_Party"]
)
def test_fault_forms(fault):
    expected = "ours" if "o" == str(fault).strip().lower()[0] else "third_party"
    assert tuple(s.id for s in failure_plan(fault).steps) == ORDER[expected]


@pytest.mark.parametrize("fault", FAULTS)
@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("given_parts", [c for n in range(4) for c in itertools.combinations(PARTS, n)])
def test_remedy_lists_all_parts_and_names_the_missing(fault, lang, given_parts):
    values = {p: f"<{p} value>" for p in given_parts}
    plan = failure_plan(fault, lang=lang, **values)
    missing = tuple(p for p in PARTS if p not in given_parts)
    assert plan.missing == missing
    remedy = plan.step("remedy")
    lines = remedy.todo.split("\n")
    assert len(lines) == 4 + (1 if missing else 0)
    for line, part in zip(lines[1:4], PARTS):  # one line per part, in the book’s order
        assert line.startswith("— ")
        assert line.endswith(
            (values[part] if part in values else NOT_DECIDED[lang]) + ("." if part == "prevention" else ";")
        )
    assert remedy.todo.count(NOT_DECIDED[lang]) == len(missing)
    assert (STILL_MISSING[lang] in remedy.todo) == bool(missing)
    for p in PARTS:
        assert getattr(plan, p) == values.get(p)


def test_plan_round_trips_through_json():
    plan = failure_plan("ours", lang="en", client_knows=True, **DETAILS)
    again = Plan.model_validate_json(plan.model_dump_json())
    assert again == plan
    data = plan.model_dump(mode="json")
    assert data["steps"][0]["channel"] == "phone" and data["missing"] == []
    with pytest.raises(ValidationError):
        plan.fault = Fault.THIRD_PARTY  # frozen


def test_plan_explain_and_step():
    plan = failure_plan("third_party", lang="en")
    assert plan.explain() == plan.text == plan.explain("en")
    assert plan.step("regret").number == 3
    with pytest.raises(InvalidInput) as info:
        plan.step("apologize")
    assert info.value.argument == "step_id" and "regret" in info.value.allowed
    assert plan.explain("ru") == failure_plan("third_party", lang="ru").text
    with pytest.raises(InvalidInput) as info:
        plan.explain("de")
    assert info.value.argument == "lang" and set(info.value.allowed) == {"ru", "en"}


@pytest.mark.parametrize("fault", FAULTS)
@pytest.mark.parametrize("client_knows", [False, True])
def test_plan_in_the_other_language_keeps_the_callers_details(fault, client_knows):
    details = {"what_happened": "сайт упал", "fix": "restored at 10:00", "prevention": "a second server"}
    ru = failure_plan(fault, lang="ru", client_knows=client_knows, **details)
    en = ru.in_language("en")
    assert en == failure_plan(fault, lang="en", client_knows=client_knows, **details)
    assert ru.explain("en") == en.text and en.explain("ru") == ru.text and str(ru) == ru.text
    assert en.missing == ru.missing == (RemedyPart.COMPENSATION,)


# -- user text is data -----------------------------------------------------------------------------------------


@given(
    fault=st.sampled_from(FAULTS),
    lang=st.sampled_from(LANGS),
    client_knows=st.booleans(),
    what=user_text,
    fix=user_text,
    compensation=user_text,
    prevention=user_text,
)
def test_user_text_is_inserted_verbatim(fault, lang, client_knows, what, fix, compensation, prevention):
    """Verbatim but for surrounding whitespace, which every user text loses (danetor.text.user_text)."""
    plan = failure_plan(
        fault,
        lang=lang,
        client_knows=client_knows,
        what_happened=what,
        fix=fix,
        compensation=compensation,
        prevention=prevention,
    )
    what, fix, compensation, prevention = (t.strip() for t in (what, fix, compensation, prevention))
    assert (plan.what_happened, plan.fix, plan.compensation, plan.prevention) == (
        what,
        fix,
        compensation,
        prevention,
    )
    assert what in plan.step("inform").todo
    remedy = plan.step("remedy").todo
    # the three parts in the book's order, each exactly as given
    at = remedy.index(": " + fix + ";\n— ")
    at = remedy.index(": " + compensation + ";\n— ", at + len(fix))
    assert remedy.endswith(": " + prevention + ".") and remedy.rindex(": " + prevention) > at
    for value in (what, fix, compensation, prevention):
        assert value in plan.text
    assert plan.missing == ()


def test_template_syntax_in_user_text_is_not_evaluated():
    nasty = "{0.__class__} {what} %s {{x}}"
    plan = failure_plan(
        "ours", lang="ru", what_happened=nasty, fix=nasty, compensation=nasty, prevention=nasty
    )
    assert plan.text.count(nasty) == 4
    assert "<class" not in plan.text


# -- third-party plans never apologise ---------------------------------------------------------------------------


@pytest.mark.parametrize("client_knows", [False, True])
@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("with_details", [False, True])
def test_third_party_plan_never_apologises(client_knows, lang, with_details):
    details = DETAILS if with_details else {}
    plan = failure_plan("third_party", lang=lang, client_knows=client_knows, **details)
    for text in plan_strings(plan):
        assert not APOLOGY.search(text), text
    assert not APOLOGY.search(plan.model_dump_json())
    # the control: our own failure does apologise, so the pattern can see an apology
    ours = failure_plan("ours", lang=lang, client_knows=client_knows, **details)
    assert APOLOGY.search(ours.step("apologize").todo)
    assert APOLOGY.search(ours.step("apologize").title)


@pytest.mark.parametrize("lang", LANGS)
def test_third_party_document_never_apologises(lang):
    doc = document(Fault.THIRD_PARTY)
    assert doc.id == "failure-third-party"
    for text in doc_strings(doc, lang):
        assert not APOLOGY.search(text)
    assert not APOLOGY.search(mermaid("third_party", lang))
    # the full document covers both kinds, so it does mention the apology
    assert APOLOGY.search(to_markdown(document(), lang))


# -- the tracker: exhaustive over states × step events ---------------------------------------------------------


@pytest.mark.parametrize("fault", FAULTS)
def test_compiled_tables_match_the_book(fault):
    definition = {"ours": FAILURE_OURS, "third_party": FAILURE_THIRD_PARTY}[fault]
    from danetor.shipped import compiled

    table = compiled(definition)
    order = ORDER[fault]
    states = [*order, "done"]
    assert table.initial == "inform" and set(table.states) == set(states)
    for k, state in enumerate(states):
        for event in ALL_STEPS:
            move = table.move(state, event)
            if k < len(order) and event == order[k]:
                assert move.accepted and move.to == states[k + 1]
            else:
                assert not move.accepted and move.to == state


@pytest.mark.parametrize("fault", FAULTS)
@pytest.mark.parametrize("client_knows", [False, True])
@pytest.mark.parametrize("done_before", range(5))
@pytest.mark.parametrize("event", ALL_STEPS)
def test_every_event_in_every_state(fault, client_knows, done_before, event):
    order = ORDER[fault]
    case = FailureCase(fault, client_knows=client_knows)
    for step in order[:done_before]:
        case.complete(step)
    before = case.to_json()
    if done_before < 4 and event == order[done_before]:
        nxt = case.complete(event)
        assert nxt == (order[done_before + 1] if done_before < 3 else None)
        assert case.completed == order[: done_before + 1]
        assert case.done is (done_before == 3)
    else:
        with pytest.raises(OutOfOrderError) as info:
            case.complete(event)
        err = info.value
        assert isinstance(err, DanetorError)
        assert err.event == event
        if done_before < 4:
            assert err.expected == (order[done_before],)
            assert f'expected "{order[done_before]}"' in str(err)
        else:
            assert err.expected == ()
            assert "already complete" in str(err)
        assert case.to_json() == before  # unchanged
        # nothing was queued: the right steps still go through one by one, and the rejected one never fires
        for k, step in enumerate(order[done_before:], done_before):
            assert case.next_step == step
            case.complete(step)
            assert case.completed == order[: k + 1]
        assert case.done and case.next_step is None and case.completed == order


@pytest.mark.parametrize("fault", FAULTS)
def test_case_basics(fault):
    case = FailureCase(fault)
    assert isinstance(case, FailureCase) and isinstance(case, Tracker)
    assert case.fault == Fault(fault) and case.client_knows is False
    assert case.steps == ORDER[fault]
    assert case.next_step == "inform" and not case.done and case.completed == ()
    assert repr(case) == f"FailureCase(fault='{fault}', client_knows=False, state='inform')"
    assert case.plan("en") == failure_plan(fault, lang="en")
    knows = FailureCase(fault=fault, client_knows=True)
    assert knows.plan("ru", fix="x") == failure_plan(fault, lang="ru", client_knows=True, fix="x")


# -- Hypothesis: random events against an independent model, with JSON round trips ------------------------------

EVENTS = st.one_of(st.sampled_from(ALL_STEPS), st.sampled_from(["", "Inform", "apologise", "done", "step"]))


class Model:
    """The book’s sequence, written independently: a pointer into the fault’s four steps."""

    def __init__(self, fault: str):
        self.order = ORDER[fault]
        self.k = 0

    def expected(self):
        return self.order[self.k] if self.k < len(self.order) else None

    def apply(self, event: str) -> str:
        if event not in ALL_STEPS:
            return "invalid"
        if event != self.expected():
            return "out_of_order"
        self.k += 1
        return "ok"


@given(
    fault=st.sampled_from(FAULTS),
    client_knows=st.booleans(),
    script=st.lists(st.tuples(EVENTS, st.booleans()), max_size=25),
)
def test_random_events_follow_the_model(fault, client_knows, script):
    case, model = FailureCase(fault, client_knows=client_knows), Model(fault)
    for event, round_trip in script:
        if round_trip:
            case = FailureCase.from_json(case.to_json())
            assert case.client_knows is client_knows and case.fault == fault
        outcome = model.apply(event)
        if outcome == "ok":
            assert case.complete(event) == model.expected()
        elif outcome == "invalid":
            with pytest.raises(InvalidInput) as info:
                case.complete(event)
            assert info.value.argument == "step_id"
        else:
            with pytest.raises(OutOfOrderError) as info:
                case.complete(event)
            assert info.value.expected == ((model.expected(),) if model.expected() else ())
        assert case.next_step == model.expected()
        assert case.completed == model.order[: model.k]
        assert case.done is (model.k == 4)


@given(fault=st.sampled_from(FAULTS), client_knows=st.booleans(), k=st.integers(0, 4), data=st.data())
def test_json_round_trip_preserves_behaviour(fault, client_knows, k, data):
    case = FailureCase(fault, client_knows=client_knows)
    for step in ORDER[fault][:k]:
        case.complete(step)
    text = case.to_json()
    copy = FailureCase.from_json(text)
    assert type(copy) is type(case) and copy.to_json() == text
    assert FailureCase.from_json(json.loads(text)).to_json() == text
    assert FailureCase.from_json(text.encode()).to_json() == text
    # the copy and the original answer every next event the same way
    event = data.draw(st.sampled_from(ALL_STEPS))
    results = []
    for c in (case, copy):
        try:
            results.append(("ok", c.complete(event)))
        except OutOfOrderError as err:
            results.append(("rejected", err.expected))
    assert results[0] == results[1]
    assert case.to_json() == copy.to_json()


def test_five_thousand_live_cases():
    cases = [FailureCase(FAULTS[i % 2], client_knows=bool(i % 3 == 0)) for i in range(5000)]
    for k in range(4):  # interleaved: every case moves one step before any moves the next
        for i, case in enumerate(cases):
            assert case.complete(ORDER[FAULTS[i % 2]][k]) == (ORDER[FAULTS[i % 2]][k + 1] if k < 3 else None)
    for i, case in enumerate(cases):
        assert case.done and case.completed == ORDER[FAULTS[i % 2]]
        assert case.client_knows is (i % 3 == 0)
    saved = [c.to_json() for c in cases]
    assert [FailureCase.from_json(s).to_json() for s in saved] == saved


# -- bad input: one test per case ------------------------------------------------------------------------------


@pytest.mark.parametrize("fault", ["mine", "", None, 1, "third parties", Lang.RU])
def test_bad_fault(fault):
    with pytest.raises(InvalidInput) as info:
        failure_plan(fault)
    assert info.value.argument == "fault" and info.value.allowed == ("ours", "third_party")


def test_bad_lang():
    with pytest.raises(InvalidInput) as info:
        failure_plan("ours", lang="de")
    assert info.value.argument == "lang" and info.value.allowed == ("ru", "en")


@pytest.mark.parametrize("value", ["yes", 1, None, "True"])
def test_bad_client_knows(value):
    with pytest.raises(InvalidInput) as info:
        failure_plan("ours", client_knows=value)
    assert info.value.argument == "client_knows" and info.value.allowed == ("True", "False")


@pytest.mark.parametrize("argument", ["what_happened", *PARTS])
@pytest.mark.parametrize("value", ["", "   ", "\n", 5, b"bytes", ["a"]])
def test_bad_user_text(argument, value):
    with pytest.raises(InvalidInput) as info:
        failure_plan("ours", **{argument: value})
    assert info.value.argument == argument
    assert info.value.allowed == ("a non-blank string", "None")
    assert argument in str(info.value)


def test_case_bad_fault():
    with pytest.raises(InvalidInput) as info:
        FailureCase("nobody")
    assert info.value.argument == "fault" and info.value.allowed == ("ours", "third_party")


def test_case_missing_fault():
    with pytest.raises(InvalidInput) as info:
        FailureCase()
    assert info.value.argument == "fault" and info.value.missing


def test_case_bad_client_knows():
    with pytest.raises(InvalidInput) as info:
        FailureCase("ours", client_knows="no")
    assert info.value.argument == "client_knows"


@pytest.mark.parametrize("step", ["apologise", "INFORM", "", None, 3, "done"])
def test_case_unknown_step(step):
    case = FailureCase("ours")
    with pytest.raises(InvalidInput) as info:
        case.complete(step)
    assert info.value.argument == "step_id" and info.value.allowed == ALL_STEPS
    assert case.next_step == "inform" and case.completed == ()


def test_apology_in_a_third_party_case_is_out_of_order():
    case = FailureCase("third_party")
    case.complete("inform")
    case.complete("vent")
    with pytest.raises(OutOfOrderError) as info:
        case.complete("apologize")
    assert info.value.expected == ("regret",)
    assert 'expected "regret"' in str(info.value)


def test_complete_after_the_end():
    case = FailureCase("ours")
    for step in ORDER["ours"]:
        case.complete(step)
    with pytest.raises(OutOfOrderError) as info:
        case.complete("remedy")
    assert info.value.expected == () and "already complete" in str(info.value)


def _saved(fault="ours", k=2, client_knows=False):
    case = FailureCase(fault, client_knows=client_knows)
    for step in ORDER[fault][:k]:
        case.complete(step)
    return json.loads(case.to_json())


def test_from_json_unreadable():
    with pytest.raises(InvalidInput) as info:
        FailureCase.from_json("{not json")
    assert info.value.argument == "state"


def test_from_json_extra_field():
    data = _saved()
    data["owner"] = "me"
    with pytest.raises(InvalidInput) as info:
        FailureCase.from_json(data)
    assert info.value.argument == "state" and info.value.value == "owner"


def test_from_json_bad_client_knows():
    data = _saved()
    data["client_knows"] = "yes"
    with pytest.raises(InvalidInput) as info:
        FailureCase.from_json(data)
    assert info.value.argument == "state.client_knows"


def test_from_json_bad_fault():
    data = _saved()
    data["fault"] = "theirs"
    with pytest.raises(InvalidInput) as info:
        FailureCase.from_json(data)
    assert info.value.argument == "state.fault" and info.value.allowed == ("ours", "third_party")


def test_from_json_fault_does_not_match_sequence():
    data = _saved("ours", 3)
    data["fault"] = "third_party"
    with pytest.raises(InvalidInput) as info:
        FailureCase.from_json(data)
    assert info.value.argument == "state.sequence" and info.value.allowed == ("failure_third_party",)


def test_from_json_history_out_of_order():
    data = _saved("ours", 2)
    data["history"] = ["vent", "inform"]
    with pytest.raises(InvalidInput) as info:
        FailureCase.from_json(data)
    assert info.value.argument == "state.history"


def test_from_json_state_does_not_match_history():
    data = _saved("ours", 2)
    data["state"] = "remedy"
    with pytest.raises(InvalidInput) as info:
        FailureCase.from_json(data)
    assert info.value.argument == "state.state" and info.value.allowed == ("apologize",)


def test_from_json_on_a_subclass_with_the_other_fault():
    data = _saved("ours", 1)
    other = type(FailureCase("third_party"))
    with pytest.raises(InvalidInput) as info:
        other.from_json(data)
    assert info.value.argument == "state.fault"


def test_case_subclass_with_the_other_fault():
    other = type(FailureCase("third_party"))
    with pytest.raises(InvalidInput) as info:
        other("ours")
    assert info.value.argument == "fault" and info.value.allowed == ("third_party",)


def test_document_bad_fault():
    with pytest.raises(InvalidInput) as info:
        document("everyone")
    assert info.value.argument == "fault"


# -- the printable document ------------------------------------------------------------------------------------


def test_book_quote_is_verbatim():
    """Word for word, up to typography (quotation marks, dashes, ё, no-break spaces: the house style)."""
    from source_passages import normalise

    quotes = [b for b in document().blocks if isinstance(b, Quote)]
    assert len(quotes) == 1
    assert normalise(quotes[0].text.ru) in normalise(book_text())


@pytest.mark.parametrize("fault", [None, *FAULTS])
@pytest.mark.parametrize("lang", LANGS)
def test_document_is_generated_from_the_plan(fault, lang):
    doc = document(fault)
    assert isinstance(doc, Document)
    assert doc.id == {None: "failure", "ours": "failure-ours", "third_party": "failure-third-party"}[fault]
    steps = [b for b in doc.blocks if isinstance(b, Steps)]
    assert len(steps) == 1 and len(steps[0].items) == 4
    for f in [fault] if fault else FAULTS:
        plan = failure_plan(f, lang=lang)
        for item, step in zip(steps[0].items, plan.steps):
            assert step.title.lower() in item(lang).lower()
        table = next(b for b in doc.blocks if isinstance(b, Table))
        rows = [tuple(c(lang) for c in row) for row in table.rows]
        for step in plan.steps:
            row = next(r for r in rows if r[1].startswith(step.title))
            assert row[0] == str(step.number) and row[3] == step.why
    assert "по телефону" in steps[0].items[0].ru and "by phone" in steps[0].items[0].en
    # the client-knows adaptation is marked as ours
    notes = [b for b in doc.blocks if isinstance(b, Note) and b.style == "ours"]
    knows = failure_plan("ours", lang=lang, client_knows=True).steps[0]
    assert any(knows.title in n.text(lang) and knows.todo in n.text(lang) for n in notes)
    checklist = next(b for b in doc.blocks if isinstance(b, Checklist))
    assert len(checklist.items) == 3
    md, term = to_markdown(doc, lang), to_terminal(doc, lang)
    assert "```mermaid\nsequenceDiagram" in md and "sequenceDiagram" not in term
    if lang == "ru":
        assert not TY_FORMS.search(md)
    else:
        assert not CYRILLIC.search(
            md.replace(Text.of("cite.summary").en, "").split("```mermaid")[0].replace(doc.title.en, "")
        )


@pytest.mark.parametrize("fault", [None, *FAULTS])
@pytest.mark.parametrize("lang", LANGS)
def test_diagram_lists_the_steps(fault, lang):
    diagram = next(b for b in document(fault).blocks if isinstance(b, Diagram)).mermaid(lang)
    assert diagram == mermaid(fault, lang)
    lines = diagram.splitlines()
    assert lines[0] == "sequenceDiagram"
    messages = [line.split(": ", 1)[1] for line in lines if "->>" in line]
    for message in messages:
        assert ";" not in message and "#" not in message  # both would break a Mermaid message
    numbers = [m.split(".", 1)[0] for m in messages]
    if fault is None:
        assert numbers == ["1", "2", "3", "3", "4"]
        # each form of step 3 under a note naming whose fault it is; no «alt» box, whose label is a word of code
        assert sum(line.strip().startswith("Note over M,C: ") for line in lines) == 2
        assert not any(line.strip().startswith(("alt ", "else ", "end")) for line in lines)
    else:
        assert numbers == ["1", "2", "3", "4"]
        plan = failure_plan(fault, lang=lang)
        shown = [m.split(". ", 1)[1].replace("<br/>", " ") for m in messages]  # long steps break over lines
        assert [m.startswith(s.title) for m, s in zip(shown, plan.steps)] == [True] * 4


def test_mermaid_golden_en():
    assert mermaid(None, "en") == (
        "sequenceDiagram\n"
        "    participant M as Account manager\n"
        "    participant C as Client\n"
        "    M->>C: 1. Be the first to tell the client<br/>what happened, preferably by phone\n"
        "    C-->>M: 2. Let the client vent\n"
        "    Note over M,C: your company is at fault\n"
        "    M->>C: 3. Apologise\n"
        "    Note over M,C: a third party is at fault\n"
        "    M->>C: 3. Express regret\n"
        "    M->>C: 4. Say how you will put it<br/>right, make up for the losses<br/>and stop it happening again"
    )


# -- golden plans: one per fault per language --------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(GOLDEN_INPUTS))
def test_golden_plan(name):
    assert failure_plan(**GOLDEN_INPUTS[name]).text == GOLDEN[name]


def test_texts_cover_every_step_and_channel():
    from danetor.playbooks import failure as texts
    from danetor.rules.failure import STEP_CHANNEL, FailureStep, RemedyPart

    assert set(texts.STEPS) == set(FailureStep)
    assert set(texts.CHANNEL_VIA) >= set(STEP_CHANNEL.values())
    assert set(texts.REMEDY_PARTS) == set(texts.REMEDY_PART_NAMES) == set(RemedyPart)
    assert set(texts.FAULT_LABELS) == set(Fault)
    # only step 3 offers a phrase to say, and only the right one apologises
    assert {s for s, t in texts.STEPS.items() if t.example} == {FailureStep.APOLOGIZE, FailureStep.REGRET}
    for lang in LANGS:
        assert APOLOGY.search(texts.STEPS[FailureStep.APOLOGIZE].example(lang))
        regret = texts.STEPS[FailureStep.REGRET]
        for text in (regret.title, regret.why, regret.todo, regret.example):
            assert not APOLOGY.search(text(lang))
