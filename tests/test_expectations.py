"""Bringing expectations down to earth: the sequence (states × events, exhaustively), the drafts, the document."""

import itertools
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from danetor.errors import InvalidInput, OutOfOrderError
from danetor.expectations import (
    ExpectationLanding,
    LandingMessage,
    LandingStage,
    LandingState,
    landing_message,
    prevention,
)
from danetor.playbooks import expectations as texts
from danetor.playbooks.document import Diagram, Steps, Table, to_markdown, to_terminal
from danetor.rules.expectations import LANDING, STAGE_ORDER
from danetor.shipped import compiled
from danetor.text import Lang
from strategies import texts_in, ty_forms, user_text

# -- the oracle, written from the book, not from the implementation ----------------------------------------
# «Сначала предупредите … Спустя время скажите, что опасения все больше подтверждаются, и лишь на третьем
# “заходе” поставьте клиента перед лицом реальности.»
ORACLE_NEXT = {"inflated": "warn", "warned": "confirm", "confirmed": "reality", "landed": None}
ORACLE_TO = {"inflated": "warned", "warned": "confirmed", "confirmed": "landed"}
PATH = {
    "inflated": (),
    "warned": ("warn",),
    "confirmed": ("warn", "confirm"),
    "landed": ("warn", "confirm", "reality"),
}
EVENTS = ("warn", "confirm", "reality")


def tracker_at(state: str) -> ExpectationLanding:
    t = ExpectationLanding()
    for event in PATH[state]:
        t.send(event)
    assert t.state == state
    return t


@pytest.mark.parametrize("state,event", list(itertools.product(ORACLE_NEXT, EVENTS)))
def test_every_state_and_event(state, event):
    t = tracker_at(state)
    if ORACLE_NEXT[state] == event:
        move = t.send(event)
        assert (move.to, move.accepted) == (ORACLE_TO[state], True)
        assert t.state == ORACLE_TO[state]
        assert t.history == PATH[state] + (event,)
    else:
        with pytest.raises(OutOfOrderError) as err:
            t.send(event)
        expected = () if ORACLE_NEXT[state] is None else (ORACLE_NEXT[state],)
        assert err.value.expected == expected
        assert err.value.state == state and err.value.event == event
        assert t.state == state and t.history == PATH[state]  # nothing changed, nothing queued


def test_compiled_table_matches_the_oracle_everywhere():
    table = compiled(LANDING)
    assert set(table.states) == set(ORACLE_NEXT) and table.events == EVENTS
    for state, event in itertools.product(ORACLE_NEXT, EVENTS):
        move = table.move(state, event)
        if ORACLE_NEXT[state] == event:
            assert (move.to, move.accepted) == (ORACLE_TO[state], True)
        else:
            assert (move.to, move.accepted) == (state, False)


@pytest.mark.parametrize("state", list(ORACLE_NEXT))
def test_next_stage_done_and_state_enum(state):
    t = tracker_at(state)
    nxt = ORACLE_NEXT[state]
    assert t.next_stage == (None if nxt is None else LandingStage(nxt))
    assert t.expected == (() if nxt is None else (nxt,))
    assert t.done is (state == "landed")
    assert t.state is LandingState(state)
    assert t.stages_done == tuple(LandingStage(e) for e in PATH[state])


def test_stage_order_is_read_off_the_sequence():
    assert STAGE_ORDER == (LandingStage.WARN, LandingStage.CONFIRM, LandingStage.REALITY)
    assert [s.value for s in LandingState] == list(ORACLE_NEXT)


def test_enum_members_are_accepted_as_events():
    t = ExpectationLanding()
    t.send(LandingStage.WARN)
    assert t.state == "warned"


@pytest.mark.parametrize("event", ["land", "", None, 3, "WARN "])
def test_unknown_event_is_invalid_input(event):
    t = ExpectationLanding()
    with pytest.raises(InvalidInput) as err:
        t.send(event)
    assert err.value.argument == "event" and err.value.allowed == EVENTS
    assert t.state == "inflated"


@pytest.mark.parametrize("state", list(ORACLE_NEXT))
def test_json_round_trip(state):
    t = tracker_at(state)
    back = ExpectationLanding.from_json(t.to_json())
    assert (back.state, back.history, back.next_stage) == (t.state, t.history, t.next_stage)


def test_from_json_rejects_a_history_that_skips_a_stage():
    bad = json.dumps({"sequence": "expectation_landing", "state": "confirmed", "history": ["confirm"]})
    with pytest.raises(InvalidInput) as err:
        ExpectationLanding.from_json(bad)
    assert err.value.argument == "state.history"


def test_draft_follows_the_tracker_and_stops_at_the_end():
    t = ExpectationLanding()
    assert t.draft(result="x").stage is LandingStage.WARN
    t.send("warn")
    assert t.draft(result="x").stage is LandingStage.CONFIRM
    t.send("confirm")
    assert t.draft(result="x", reality="y").stage is LandingStage.REALITY
    t.send("reality")
    with pytest.raises(OutOfOrderError) as err:
        t.draft(result="x")
    assert err.value.expected == ()


# -- golden messages ----------------------------------------------------------------------------------------
RESULT_RU, REALITY_RU = "рост продаж на 30% за квартал", "рост на 10–12%"
RESULT_EN, REALITY_EN = "30% sales growth this quarter", "10–12% growth"

GOLDEN = {
    (
        "warn",
        "ru",
    ): "Добрый день!\n\nХочу заранее предупредить Вас о риске. Мы рассчитываем на рост продаж на 30% "
    "за квартал. Делаем всё возможное, но есть риск, что результат окажется ниже ожидаемого. Буду держать Вас в "
    "курсе.",
    (
        "confirm",
        "ru",
    ): "Добрый день!\n\nВозвращаюсь к риску, о котором мы говорили. Напомню, мы рассчитывали на рост "
    "продаж на 30% за квартал. К сожалению, опасения всё больше подтверждаются. Мы продолжаем делать всё возможное "
    "и держим Вас в курсе.",
    (
        "reality",
        "ru",
    ): "Добрый день!\n\nТеперь картина ясна, и я хочу честно сказать, чего ожидать. Мы рассчитывали "
    "на рост продаж на 30% за квартал. По нашей оценке, мы можем обеспечить рост на 10–12%. Давайте обсудим, как "
    "действовать дальше.",
    (
        "warn",
        "en",
    ): "Hello,\n\nI’d like to flag a risk early. We’re aiming for 30% sales growth this quarter. We’re "
    "doing everything we can, but there is a risk that the result will fall short of what we expected. I’ll keep "
    "you posted.",
    (
        "confirm",
        "en",
    ): "Hello,\n\nI’m coming back to the risk we discussed. As a reminder, we were aiming for 30% "
    "sales growth this quarter. Unfortunately, our concerns are increasingly being borne out. We’re still doing "
    "everything we can and will keep you informed.",
    (
        "reality",
        "en",
    ): "Hello,\n\nThe picture is now clear, and I want to be straight with you about what to expect. "
    "We were aiming for 30% sales growth this quarter. By our estimate, we can realistically deliver 10–12% growth. "
    "Let’s discuss how to proceed.",
}


@pytest.mark.parametrize("stage,lang", list(GOLDEN))
def test_golden_messages(stage, lang):
    result, reality = (RESULT_RU, REALITY_RU) if lang == "ru" else (RESULT_EN, REALITY_EN)
    msg = landing_message(stage, result=result, reality=reality if stage == "reality" else None, lang=lang)
    assert isinstance(msg, LandingMessage)
    assert msg.text == GOLDEN[(stage, lang)]
    assert msg.stage == stage and msg.lang == lang
    assert msg.number == EVENTS.index(stage) + 1
    assert msg.next_stage == (None if stage == "reality" else EVENTS[EVENTS.index(stage) + 1])
    assert msg.advice == texts.STAGES[LandingStage(stage)].advice(lang)
    assert msg.explain().startswith(f"{msg.number}/3 ")
    assert msg.model_dump(mode="json")["text"] == msg.text


def test_golden_with_client_own_punctuation_and_sender():
    msg = landing_message("warn", result="запуск к 1 марта!", client="Анна Сергеевна", sender="Мария")
    assert msg.text == (
        "Анна Сергеевна, добрый день!\n\nХочу заранее предупредить Вас о риске. Мы рассчитываем на запуск к 1 "
        "марта. Делаем всё возможное, но есть риск, что результат окажется ниже ожидаемого. Буду держать Вас в "
        "курсе.\n\nС уважением,\nМария"
    )
    assert landing_message("confirm", result="  X  ", lang="en", client=" Ann ").text.startswith(
        "Hello Ann,\n\nI’m coming back to the risk we discussed. As a reminder, the result we were aiming for: X. "
    )


@pytest.mark.parametrize(
    ("result", "lang", "sentence"),
    [
        (
            "увеличить продажи на 30 % за квартал",
            "ru",
            "Мы рассчитываем увеличить продажи на 30 % за квартал.",
        ),
        ("прибыль 2 млн ₽", "ru", "Мы рассчитываем на прибыль 2 млн ₽."),
        ("рост продаж на 30 %", "ru", "Мы рассчитываем на рост продаж на 30 %."),
        ("выручка 2 млн ₽ в месяц", "ru", "Мы рассчитываем на такой результат: выручка 2 млн ₽ в месяц."),
        ("double the sales", "en", "We’re aiming to double the sales."),
        ("a 30% rise in sales", "en", "We’re aiming for a 30% rise in sales."),
    ],
)
def test_the_result_reads_right_whatever_form_it_takes(result, lang, sentence):
    assert sentence in landing_message("warn", result=result, lang=lang).text


# -- user strings are data -----------------------------------------------------------------------------------
def _trim(s: str) -> str:
    return s.strip().rstrip(".!?… \t\n\xa0")


@given(result=user_text, reality=user_text, client=user_text, lang=st.sampled_from(list(Lang)))
def test_user_strings_are_inserted_verbatim_never_evaluated(result, reality, client, lang):
    if not (_trim(result) and _trim(reality)):
        return  # nothing but punctuation: refused as blank
    msg = landing_message("reality", result=result, reality=reality, lang=lang, client=client)
    stage = texts.STAGES[LandingStage.REALITY]
    body = " ".join(
        [
            stage.sentence("open", Lang(lang)),
            stage.sentence("result", Lang(lang), _trim(result)),
            stage.sentence("reality", Lang(lang), _trim(reality)),
            stage.sentence("close", Lang(lang)),
        ]
    )
    assert msg.text == msg.greeting + "\n\n" + body
    assert client.strip() in msg.greeting and _trim(result) in msg.text and _trim(reality) in msg.text


@given(result=user_text)
def test_user_result_verbatim_in_every_stage_and_language(result):
    if not _trim(result):
        return
    for stage, lang in itertools.product(("warn", "confirm"), Lang):
        assert _trim(result) + "." in landing_message(stage, result=result, lang=lang).text


# -- bad input: one test per case ---------------------------------------------------------------------------
def test_bad_stage():
    with pytest.raises(InvalidInput) as err:
        landing_message("land", result="x")
    assert err.value.argument == "stage" and err.value.allowed == EVENTS


@pytest.mark.parametrize("result", ["", "   ", 42, None, b"x"])
def test_bad_result(result):
    with pytest.raises(InvalidInput) as err:
        landing_message("warn", result=result)
    assert err.value.argument == "result"


def test_reality_stage_needs_the_realistic_result():
    with pytest.raises(InvalidInput) as err:
        landing_message("reality", result="x")
    assert err.value.argument == "reality" and err.value.missing


def test_reality_is_refused_before_the_reality_stage():
    with pytest.raises(InvalidInput) as err:
        landing_message("warn", result="x", reality="y")
    assert err.value.argument == "reality" and "only the reality stage" in str(err.value)


def test_bad_lang():
    with pytest.raises(InvalidInput) as err:
        landing_message("warn", result="x", lang="de")
    assert err.value.argument == "lang"


def test_blank_client():
    with pytest.raises(InvalidInput) as err:
        landing_message("warn", result="x", client=" ")
    assert err.value.argument == "client"


# -- texts and document -------------------------------------------------------------------------------------
def test_every_text_is_bilingual_and_russian_keeps_to_vy():
    found = list(texts_in([getattr(texts, n) for n in texts.__all__ if n != "document"]))
    found += list(texts_in(texts.document()))
    assert len(found) > 20
    for t in found:
        assert t.ru.strip() and t.en.strip()
        assert ty_forms(t.ru) == [], t.ru


def test_prevention_checklist():
    assert prevention("ru") == (
        "Несколько раз устно обсудите с клиентом планируемые результаты.",
        "Опишите эти результаты письменно.",
        "Зафиксируйте их в договоре.",
    )
    assert len(prevention(Lang.EN)) == 3


def test_document_is_generated_from_the_sequence_and_the_code():
    doc = texts.document()
    steps = [b for b in doc.blocks if isinstance(b, Steps)]
    assert len(steps) == 1
    assert [i.ru.split(". ")[0] for i in steps[0].items] == [texts.STAGES[s].label.ru for s in STAGE_ORDER]
    # no chart: a chain of four boxes only repeated the three numbered stages above it, on half a page (issue 17)
    assert not any(isinstance(b, Diagram) for b in doc.blocks)
    assert len(steps[0].items) == len(STAGE_ORDER) == len(ORACLE_TO)  # one step per transition
    table = next(b for b in doc.blocks if isinstance(b, Table))
    for row, stage in zip(table.rows, STAGE_ORDER, strict=True):
        example = landing_message(
            stage,
            result=texts.EXAMPLE["result"].en,
            reality=texts.EXAMPLE["reality"].en if stage is LandingStage.REALITY else None,
            lang="en",
        )
        assert row[1].en == example.text


@pytest.mark.parametrize("lang", list(Lang))
def test_document_renders_in_both_languages(lang):
    doc = texts.document()
    md, term = to_markdown(doc, lang), to_terminal(doc, lang)
    assert md.startswith("# " + texts.TITLE(lang) + "\n")
    assert "```mermaid" not in md
    assert term.startswith(texts.TITLE(lang).upper() + "\n")
    for stage in STAGE_ORDER:
        assert texts.STAGES[stage].advice(lang) in md
    assert "- [ ] " + texts.PREVENTION[0](lang) in md
    assert '!!! info "' in md  # our wording is marked as ours
