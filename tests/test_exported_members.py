"""The public surface is pinned: widening it is a visible decision (as in httpx's test of the same name)."""

import danetor


def test_exported_members():
    assert sorted(danetor.__all__) == sorted(PINNED)
    for name in danetor.__all__:
        assert hasattr(danetor, name), name


def test_no_private_names_exported():
    assert all(not n.startswith("_") or n == "__version__" for n in danetor.__all__)


PINNED = [
    "Answer",
    "DanetorError",
    "Decision",
    "Flip",
    "InvalidInput",
    "Lang",
    "OutOfOrderError",
    "QUESTIONS",
    "Question",
    "Text",
    "Verdict",
    "__version__",
    "check",
    "Situation",
    "Channel",
    "ChannelAdvice",
    "channel_for",
    "checklist_for",
    "ChannelChecklist",
    "Escalation",
    "EscalationAction",
    "EscalationEvent",
    "EscalationState",
    "Fault",
    "FailureStep",
    "RemedyPart",
    "failure_plan",
    "Plan",
    "PlanStep",
    "FailureCase",
    "empathic_no",
    "sell_extra",
    "confirm",
    "respond",
    "Script",
    "Part",
    "ScriptKind",
    "PartKind",
    "Tone",
    "Audience",
    "Currency",
    "kam_quadrant",
    "KamAdvice",
    "Quadrant",
    "Attractiveness",
    "Relationship",
    "boiling_check",
    "BoilingAdvice",
    "Urgency",
    "BoilingAction",
    "assess_archetype",
    "ArchetypeAssessment",
    "Archetype",
    "audit_rules",
    "RulesAudit",
    "RULES30",
    "ExpectationLanding",
    "LandingStage",
    "landing_message",
    "LandingMessage",
    "delay_warning",
    "DelayWarning",
    "agreements_summary",
    "AgreementsSummary",
    "restart_message",
    "RestartMessage",
    "Temperament",
    "TemperamentAdvice",
    "temperament_advice",
    "interview_plan",
    "InterviewPlan",
    "PlannedBlock",
    "PlannedQuestion",
    "score_interview",
    "InterviewScore",
    "InterviewVerdict",
    "InterviewTrait",
]


def test_every_export_resolves_to_its_defining_module():
    import importlib

    for name, module in danetor._EXPORTS.items():
        assert getattr(danetor, name) is getattr(importlib.import_module(module), name)


def test_import_danetor_is_lazy():
    import subprocess
    import sys

    code = "import sys, danetor; print(sorted(m for m in sys.modules if m.startswith(('danetor.', 'durable', 'pydantic'))))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_unknown_attribute():
    import pytest

    with pytest.raises(AttributeError, match="no attribute 'nope'"):
        danetor.nope  # noqa: B018
