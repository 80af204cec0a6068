"""What 0.2.0 renamed or replaced still works through 0.x, and says what to use instead."""

from __future__ import annotations

import json

import pytest

from danetor import Escalation, ExpectationLanding, FailureCase
from danetor.expectations import LandingState
from danetor.tracker import TrackerState


def test_tracker_to_state_warns_and_still_restores():
    esc = Escalation(wait=60)
    esc.send("sent", at=0.0)
    landing = ExpectationLanding()
    landing.send("warn")
    with pytest.warns(DeprecationWarning, match=r"to_state\(\) is deprecated; use to_record\(\)"):
        old = landing.to_state()
    assert isinstance(old, TrackerState) and old.state == "warned"
    assert ExpectationLanding.from_json(old.model_dump_json()).state is LandingState.WARNED


def test_landing_state_warns_and_equals_state():
    landing = ExpectationLanding()
    with pytest.warns(DeprecationWarning, match=r"landing_state is deprecated; use \.state"):
        assert landing.landing_state is landing.state


def test_to_case_state_warns_and_its_json_still_restores():
    case = FailureCase("ours")
    case.complete("inform")
    with pytest.warns(DeprecationWarning, match=r"to_case_state\(\) is deprecated; use to_record\(\)"):
        old = case.to_case_state()
    data = json.loads(old.model_dump_json())
    assert "tracker" in data  # the 0.1.0 shape
    back = FailureCase.from_json(data)
    assert back.to_record() == case.to_record()


def test_failure_case_state_name_warns():
    import danetor.failure as failure

    with pytest.warns(DeprecationWarning, match="FailureCaseState is deprecated"):
        cls = failure.FailureCaseState
    assert cls.__name__ == "_FailureCaseState"
    with pytest.raises(AttributeError):
        failure.NoSuchName  # noqa: B018


@pytest.mark.parametrize(
    "module, old, new",
    [
        ("danetor.rules.channels", "Advice", "ChannelAdviceKind"),
        ("danetor.channels", "Advice", "ChannelAdviceKind"),
        ("danetor.temperament", "Advice", "TemperamentTip"),
        ("danetor.temperament", "AdviceOrigin", "TipOrigin"),
        ("danetor.decision", "Explanation", "DecisionExplanation"),
    ],
)
def test_renamed_names_warn_and_give_the_new_object(module, old, new):
    import importlib

    import danetor

    mod = importlib.import_module(module)
    with pytest.warns(DeprecationWarning, match=rf"{module}\.{old} is deprecated since 0\.2\.0; use {new}"):
        value = getattr(mod, old)
    assert value is getattr(danetor, new)
    with pytest.raises(AttributeError, match="no attribute"):
        getattr(mod, old + "Nope")


def test_checklist_render_warns_and_equals_explain():
    from danetor import checklist_for

    checklist = checklist_for("email")
    with pytest.warns(DeprecationWarning, match=r"render\(\) is deprecated; use explain\(\)"):
        assert checklist.render("en") == checklist.explain("en")
