"""The specification of issue 14 (tests/spec/messages.toml): realistic inputs in the forms people type, each with
the exact message to send. It was written and read aloud before the templates were rewritten; every message here
must come out exactly, and every typed phrase must be recognised in the form the case names.
"""

from __future__ import annotations

import tomllib
from collections import Counter
from pathlib import Path

import pytest

from danetor import check
from danetor._phrase import classify
from danetor.expectations import landing_message
from danetor.restart import restart_message
from danetor.scripts import confirm, empathic_no, respond, sell_extra
from danetor.soft_power import agreements_summary, delay_warning

SPEC = tomllib.loads((Path(__file__).parent / "spec" / "messages.toml").read_text(encoding="utf-8"))["case"]


def build(builder: str, lang: str, args: dict):
    a = dict(args)
    if builder == "no":
        return empathic_no(a.pop("request"), a.pop("reason"), a.pop("alternative"), lang=lang, **a)
    if builder == "extra":
        return sell_extra(a.pop("service"), lang=lang, **a)
    if builder == "confirm":
        return confirm(a.pop("request"), lang=lang, **a)
    if builder == "clarify":
        return respond(check(*a.pop("answers")), lang=lang, **a)
    if builder == "warning":
        return delay_warning(a.pop("action"), a.pop("deadline"), a.pop("consequence"), lang=lang, **a)
    if builder == "agreements":
        return agreements_summary(a.pop("items"), lang=lang, **a)
    if builder == "restart":
        return restart_message(lang=lang, **a)
    if builder == "landing":
        return landing_message(a.pop("stage"), lang=lang, **a)
    raise AssertionError(builder)


@pytest.mark.parametrize("case", SPEC, ids=[c["id"] for c in SPEC])
def test_the_message_is_exactly_the_specified_one(case):
    assert build(case["builder"], case["lang"], case["args"]).text == case["expected"]


@pytest.mark.parametrize("case", SPEC, ids=[c["id"] for c in SPEC])
def test_each_typed_phrase_is_read_in_the_form_the_case_names(case):
    for slot, form in case.get("forms", {}).items():
        assert classify(case["args"][slot], case["lang"]).value == form, slot


def test_the_specification_covers_what_the_issue_asks():
    by_lang = Counter(c["lang"] for c in SPEC)
    assert by_lang["ru"] >= 10 and by_lang["en"] >= 10
    for lang in ("ru", "en"):
        kinds = {c["builder"] for c in SPEC if c["lang"] == lang}
        assert len(kinds) >= 4, kinds
    forms = {(c["lang"], f) for c in SPEC for f in c.get("forms", {}).values()}
    assert {("ru", "inf"), ("ru", "nom"), ("ru", "acc"), ("en", "verb"), ("en", "noun")} <= forms
    assert any(c["args"].get("concession") for c in SPEC) and any(c["args"].get("sender") for c in SPEC)
    assert any("client" not in c["args"] for c in SPEC)  # the neutral greeting
