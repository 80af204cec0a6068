"""danetor: should I say no to this client, and how?

The decision tools of Boris Shpirt's «Отчаянные аккаунт-менеджеры» as typed, verified, explainable rules.

This module only re-exports the public API (``__all__`` is pinned by ``tests/test_exported_members.py``). The
re-exports are lazy (PEP 562): ``import danetor`` costs almost nothing, and a name's module is imported the first
time the name is used. That keeps ``danetor --help`` and one-shot CLI calls fast.
"""

from __future__ import annotations

from . import _forks

_forks.register()  # first: a fork waits for what another thread's first call has begun (see danetor._forks)

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: ``import typing`` costs more than the rest of this module

__version__ = "0.2.0"

# public name -> module that defines it
_EXPORTS: dict[str, str] = {
    "ArchetypeAssessment": "danetor.archetypes",
    "assess_archetype": "danetor.archetypes",
    "BoilingAdvice": "danetor.boiling",
    "boiling_check": "danetor.boiling",
    "Channel": "danetor.channels",
    "ChannelAdvice": "danetor.channels",
    "ChannelChecklist": "danetor.channels",
    "Escalation": "danetor.channels",
    "EscalationAction": "danetor.channels",
    "EscalationEvent": "danetor.channels",
    "EscalationRecord": "danetor.channels",
    "EscalationState": "danetor.channels",
    "Situation": "danetor.channels",
    "channel_for": "danetor.channels",
    "checklist_for": "danetor.channels",
    "Decision": "danetor.decision",
    "DecisionExplanation": "danetor.decision",
    "Flip": "danetor.decision",
    "check": "danetor.decision",
    "DanetorError": "danetor.errors",
    "InvalidInput": "danetor.errors",
    "OutOfOrderError": "danetor.errors",
    "PolicyError": "danetor.errors",
    "PolicyProblem": "danetor.errors",
    "ExpectationLanding": "danetor.expectations",
    "ExpectationLandingRecord": "danetor.expectations",
    "LandingMessage": "danetor.expectations",
    "LandingStage": "danetor.expectations",
    "landing_message": "danetor.expectations",
    "FailureCase": "danetor.failure",
    "FailureCaseRecord": "danetor.failure",
    "Plan": "danetor.failure",
    "PlanStep": "danetor.failure",
    "failure_plan": "danetor.failure",
    "InterviewPlan": "danetor.interview",
    "InterviewScore": "danetor.interview",
    "PlannedBlock": "danetor.interview",
    "PlannedQuestion": "danetor.interview",
    "interview_plan": "danetor.interview",
    "score_interview": "danetor.interview",
    "KamAdvice": "danetor.kam",
    "kam_quadrant": "danetor.kam",
    "Policy": "danetor.policy",
    "PolicyDifference": "danetor.policy",
    "QUESTIONS": "danetor.questions",
    "Question": "danetor.questions",
    "RestartMessage": "danetor.restart",
    "RestartPart": "danetor.restart",
    "restart_message": "danetor.restart",
    "Archetype": "danetor.rules.archetypes",
    "ArchetypeOutcome": "danetor.rules.archetypes",
    "BoilingAction": "danetor.rules.boiling",
    "Urgency": "danetor.rules.boiling",
    "ChannelAdviceKind": "danetor.rules.channels",
    "EscalationItem": "danetor.rules.channels",
    "Answer": "danetor.rules.danetor",
    "Verdict": "danetor.rules.danetor",
    "LandingState": "danetor.rules.expectations",
    "FailureState": "danetor.rules.failure",
    "FailureStep": "danetor.rules.failure",
    "Fault": "danetor.rules.failure",
    "RemedyPart": "danetor.rules.failure",
    "BlueBirdIngredient": "danetor.rules.interview",
    "InterviewTrait": "danetor.rules.interview",
    "InterviewVerdict": "danetor.rules.interview",
    "Attractiveness": "danetor.rules.kam",
    "Quadrant": "danetor.rules.kam",
    "Relationship": "danetor.rules.kam",
    "RULES30": "danetor.rules30",
    "GroupAudit": "danetor.rules30",
    "ManagerRule": "danetor.rules30",
    "RuleGroup": "danetor.rules30",
    "RulesAudit": "danetor.rules30",
    "audit_rules": "danetor.rules30",
    "Audience": "danetor.scripts",
    "Currency": "danetor.scripts",
    "Part": "danetor.scripts",
    "PartKind": "danetor.scripts",
    "Script": "danetor.scripts",
    "ScriptKind": "danetor.scripts",
    "Tone": "danetor.scripts",
    "confirm": "danetor.scripts",
    "empathic_no": "danetor.scripts",
    "respond": "danetor.scripts",
    "sell_extra": "danetor.scripts",
    "AgreementsSummary": "danetor.soft_power",
    "DelayWarning": "danetor.soft_power",
    "agreements_summary": "danetor.soft_power",
    "delay_warning": "danetor.soft_power",
    "Move": "danetor.tables",
    "Temperament": "danetor.temperament",
    "TemperamentAdvice": "danetor.temperament",
    "TemperamentTip": "danetor.temperament",
    "TipOrigin": "danetor.temperament",
    "temperament_advice": "danetor.temperament",
    "Lang": "danetor.text",
    "Text": "danetor.text",
    "Tracker": "danetor.tracker",
}

#: the public API, and nothing else: ``dir(danetor)`` is this list (a literal, so that type checkers read it)
__all__ = [
    "QUESTIONS",
    "RULES30",
    "AgreementsSummary",
    "Answer",
    "Archetype",
    "ArchetypeAssessment",
    "ArchetypeOutcome",
    "Attractiveness",
    "Audience",
    "BlueBirdIngredient",
    "BoilingAction",
    "BoilingAdvice",
    "Channel",
    "ChannelAdvice",
    "ChannelAdviceKind",
    "ChannelChecklist",
    "Currency",
    "DanetorError",
    "Decision",
    "DecisionExplanation",
    "DelayWarning",
    "Escalation",
    "EscalationAction",
    "EscalationEvent",
    "EscalationItem",
    "EscalationRecord",
    "EscalationState",
    "ExpectationLanding",
    "ExpectationLandingRecord",
    "FailureCase",
    "FailureCaseRecord",
    "FailureState",
    "FailureStep",
    "Fault",
    "Flip",
    "GroupAudit",
    "InterviewPlan",
    "InterviewScore",
    "InterviewTrait",
    "InterviewVerdict",
    "InvalidInput",
    "KamAdvice",
    "LandingMessage",
    "LandingStage",
    "LandingState",
    "Lang",
    "ManagerRule",
    "Move",
    "OutOfOrderError",
    "Part",
    "PartKind",
    "Plan",
    "PlanStep",
    "PlannedBlock",
    "PlannedQuestion",
    "Policy",
    "PolicyDifference",
    "PolicyError",
    "PolicyProblem",
    "Quadrant",
    "Question",
    "Relationship",
    "RemedyPart",
    "RestartMessage",
    "RestartPart",
    "RuleGroup",
    "RulesAudit",
    "Script",
    "ScriptKind",
    "Situation",
    "Temperament",
    "TemperamentAdvice",
    "TemperamentTip",
    "Text",
    "TipOrigin",
    "Tone",
    "Tracker",
    "Urgency",
    "Verdict",
    "__version__",
    "agreements_summary",
    "assess_archetype",
    "audit_rules",
    "boiling_check",
    "channel_for",
    "check",
    "checklist_for",
    "confirm",
    "delay_warning",
    "empathic_no",
    "failure_plan",
    "interview_plan",
    "kam_quadrant",
    "landing_message",
    "respond",
    "restart_message",
    "score_interview",
    "sell_extra",
    "temperament_advice",
]


def __getattr__(name: str) -> object:
    from importlib import import_module

    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'danetor' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return list(__all__)


if TYPE_CHECKING:  # pragma: no cover - for type checkers and IDEs only
    from .archetypes import ArchetypeAssessment, assess_archetype
    from .boiling import BoilingAdvice, boiling_check
    from .channels import (
        Channel,
        ChannelAdvice,
        ChannelChecklist,
        Escalation,
        EscalationAction,
        EscalationEvent,
        EscalationRecord,
        EscalationState,
        Situation,
        channel_for,
        checklist_for,
    )
    from .decision import Decision, DecisionExplanation, Flip, check
    from .errors import DanetorError, InvalidInput, OutOfOrderError, PolicyError, PolicyProblem
    from .expectations import (
        ExpectationLanding,
        ExpectationLandingRecord,
        LandingMessage,
        LandingStage,
        landing_message,
    )
    from .failure import FailureCase, FailureCaseRecord, Plan, PlanStep, failure_plan
    from .interview import (
        InterviewPlan,
        InterviewScore,
        PlannedBlock,
        PlannedQuestion,
        interview_plan,
        score_interview,
    )
    from .kam import KamAdvice, kam_quadrant
    from .policy import Policy, PolicyDifference
    from .questions import QUESTIONS, Question
    from .restart import RestartMessage, RestartPart, restart_message
    from .rules.archetypes import Archetype, ArchetypeOutcome
    from .rules.boiling import BoilingAction, Urgency
    from .rules.channels import ChannelAdviceKind, EscalationItem
    from .rules.danetor import Answer, Verdict
    from .rules.expectations import LandingState
    from .rules.failure import FailureState, FailureStep, Fault, RemedyPart
    from .rules.interview import BlueBirdIngredient, InterviewTrait, InterviewVerdict
    from .rules.kam import Attractiveness, Quadrant, Relationship
    from .rules30 import RULES30, GroupAudit, ManagerRule, RuleGroup, RulesAudit, audit_rules
    from .scripts import (
        Audience,
        Currency,
        Part,
        PartKind,
        Script,
        ScriptKind,
        Tone,
        confirm,
        empathic_no,
        respond,
        sell_extra,
    )
    from .soft_power import AgreementsSummary, DelayWarning, agreements_summary, delay_warning
    from .tables import Move
    from .temperament import Temperament, TemperamentAdvice, TemperamentTip, TipOrigin, temperament_advice
    from .text import Lang, Text
    from .tracker import Tracker
