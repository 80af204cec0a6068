"""One shape for every result: ``str()`` is its human text, ``explain(lang)`` words it in either language.

Each public function's result (and each tracker) is built here from English input, so that any Cyrillic in an
English explanation is ours, and any Latin-only Russian explanation is a missing translation.
"""

from __future__ import annotations

import re

import pytest

import danetor as d
from danetor._result import Message, Readable
from danetor.errors import InvalidInput
from danetor.tracker import Tracker

CYRILLIC = re.compile("[А-Яа-яЁё]")


def _escalation():
    esc = d.Escalation(wait=60)
    esc.send("sent", at=0.0)
    return esc


#: one or more results of every public function and every tracker; messages are checked apart (below)
RESULTS = {
    "check": lambda: d.check(client="yes", company="no", eba="no"),
    "check/unknown": lambda: d.check(client="unknown", company="yes", eba="unknown"),
    "channel_for": lambda: d.channel_for("urgent"),
    "checklist_for": lambda: d.checklist_for("phone"),
    "escalation_action": lambda: _escalation().action,
    "failure_plan/en": lambda: d.failure_plan("ours", lang="en", fix="restored the site"),
    "failure_plan/ru": lambda: d.failure_plan("third_party", lang="ru", client_knows=True),
    "kam_quadrant": lambda: d.kam_quadrant("high", "weak"),
    "boiling_check": lambda: d.boiling_check(irritation=True, avoids_meetings=True),
    "assess_archetype": lambda: d.assess_archetype(
        ["blue_bird_expert", "servant_everything", "blue_bird_help"]
    ),
    "audit_rules": lambda: d.audit_rules([1, 2, 3, 17]),
    "temperament_advice": lambda: d.temperament_advice("choleric"),
    "interview_plan/en": lambda: d.interview_plan(lang="en"),
    "interview_plan/ru": lambda: d.interview_plan(["stress", "cases"], 20, lang="ru"),
    "score_interview": lambda: d.score_interview({"specialist": ["blue_bird.expert"], "stress": [16]}),
    "tracker/escalation": _escalation,
    "tracker/landing": d.ExpectationLanding,
    "tracker/failure": lambda: d.FailureCase("ours"),
}


def _build(name):
    try:
        return RESULTS[name]()
    except InvalidInput as exc:  # pragma: no cover - a sample that no longer fits the API
        pytest.fail(f"sample {name!r} is out of date: {exc}")


@pytest.mark.parametrize("name", sorted(RESULTS))
def test_str_is_explain_in_the_results_own_language(name):
    result = _build(name)
    assert isinstance(result, (Readable, Tracker))
    own = getattr(result, "lang", None)
    assert str(result) == result.explain() == result.explain(own or "ru")
    assert str(result).strip() and "BaseModel" not in str(result) and "=<" not in str(result)


@pytest.mark.parametrize("name", sorted(RESULTS))
def test_explain_in_either_language(name):
    result = _build(name)
    ru, en = result.explain("ru"), result.explain("en")
    assert CYRILLIC.search(ru), ru
    assert not CYRILLIC.search(en), en
    assert result.explain(d.Lang.EN) == en and result.explain("EN") == en


@pytest.mark.parametrize("name", sorted(RESULTS))
@pytest.mark.parametrize("lang", ["de", "", 1, "ruu"])
def test_explain_refuses_an_unknown_language_by_name(name, lang):
    with pytest.raises(InvalidInput) as info:
        _build(name).explain(lang)
    assert info.value.argument == "lang" and set(info.value.allowed) >= {"ru", "en"}


def test_every_public_function_is_sampled():
    """A new public function gets a sample here (messages in MESSAGES)."""
    functions = {n for n in d.__all__ if callable(getattr(d, n)) and n[0].islower()}
    sampled = {n.split("/")[0] for n in [*RESULTS, *MESSAGES]}
    assert functions <= sampled | {"respond", "empathic_no", "sell_extra", "confirm"} | {"escalation_action"}


MESSAGES = {
    "empathic_no": lambda: d.empathic_no("a redesign", "the team is busy", "next month", lang="en"),
    "respond": lambda: d.respond(
        d.check("yes", "no", "no"),
        request="a redesign",
        reason="the team is busy",
        alternative="May",
        lang="en",
    ),
    "sell_extra": lambda: d.sell_extra("an audit", price=1000, lang="en"),
    "confirm": lambda: d.confirm("a banner", price=1000, lang="en"),
    "delay_warning": lambda: d.delay_warning("send the texts", "Friday", "the launch moves", lang="en"),
    "agreements_summary": lambda: d.agreements_summary(["launch on Monday"], lang="en"),
    "restart_message": lambda: d.restart_message(lang="en"),
    "landing_message": lambda: d.landing_message("warn", result="a 10% rise", lang="en"),
}


@pytest.mark.parametrize("name", sorted(MESSAGES))
def test_str_of_a_message_is_the_message_to_paste(name):
    message = MESSAGES[name]()
    assert isinstance(message, Message)
    assert str(message) == message.text and message.text.strip()
    assert "=<" not in str(message)


@pytest.mark.parametrize("name", sorted(MESSAGES))
def test_a_message_explains_itself_in_either_language(name):
    """A message's ``explain()`` is in its own language; ``explain(lang)`` re-words the explanation (never the
    message) in the other."""
    message = MESSAGES[name]()  # written in English
    assert message.explain() == message.explain("en") == message.explain(d.Lang.EN)
    ru, en = message.explain("ru"), message.explain("en")
    assert CYRILLIC.search(ru), ru
    assert not CYRILLIC.search(en), en
    assert str(message) == message.text  # the message itself is untouched


@pytest.mark.parametrize("name", sorted(MESSAGES))
@pytest.mark.parametrize("lang", ["de", "", 1])
def test_a_message_refuses_an_unknown_language_by_name(name, lang):
    with pytest.raises(InvalidInput) as info:
        MESSAGES[name]().explain(lang)
    assert info.value.argument == "lang"
