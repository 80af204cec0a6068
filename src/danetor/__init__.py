"""danetor: should I say no to this client, and how?

The decision tools of Boris Shpirt's «Отчаянные аккаунт-менеджеры» as typed, verified, explainable rules.

This module only re-exports the public API (``__all__`` is pinned by ``tests/test_exported_members.py``). The
re-exports are lazy (PEP 562): ``import danetor`` costs almost nothing, and a name's module is imported the first
time the name is used. That keeps ``danetor --help`` and one-shot CLI calls fast.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

# public name -> module that defines it
_EXPORTS: dict[str, str] = {
    "Answer": "danetor.rules.danetor",
    "Verdict": "danetor.rules.danetor",
    "Question": "danetor.questions",
    "QUESTIONS": "danetor.questions",
    "check": "danetor.decision",
    "Decision": "danetor.decision",
    "Flip": "danetor.decision",
    "DanetorError": "danetor.errors",
    "InvalidInput": "danetor.errors",
    "OutOfOrderError": "danetor.errors",
    "Lang": "danetor.text",
    "Text": "danetor.text",
    "Situation": "danetor.channels",
    "Channel": "danetor.channels",
    "ChannelAdvice": "danetor.channels",
    "channel_for": "danetor.channels",
    "checklist_for": "danetor.channels",
    "ChannelChecklist": "danetor.channels",
    "Escalation": "danetor.channels",
    "EscalationAction": "danetor.channels",
    "EscalationEvent": "danetor.channels",
    "EscalationState": "danetor.channels",
    "Fault": "danetor.rules.failure",
    "FailureStep": "danetor.rules.failure",
    "RemedyPart": "danetor.rules.failure",
    "failure_plan": "danetor.failure",
    "Plan": "danetor.failure",
    "PlanStep": "danetor.failure",
    "FailureCase": "danetor.failure",
    "empathic_no": "danetor.scripts",
    "sell_extra": "danetor.scripts",
    "confirm": "danetor.scripts",
    "respond": "danetor.scripts",
    "Script": "danetor.scripts",
    "Part": "danetor.scripts",
    "ScriptKind": "danetor.scripts",
    "PartKind": "danetor.scripts",
    "Tone": "danetor.scripts",
    "Audience": "danetor.scripts",
    "Currency": "danetor.scripts",
    "kam_quadrant": "danetor.kam",
    "KamAdvice": "danetor.kam",
    "Quadrant": "danetor.rules.kam",
    "Attractiveness": "danetor.rules.kam",
    "Relationship": "danetor.rules.kam",
    "boiling_check": "danetor.boiling",
    "BoilingAdvice": "danetor.boiling",
    "Urgency": "danetor.rules.boiling",
    "BoilingAction": "danetor.rules.boiling",
    "assess_archetype": "danetor.archetypes",
    "ArchetypeAssessment": "danetor.archetypes",
    "Archetype": "danetor.rules.archetypes",
    "audit_rules": "danetor.rules30",
    "RulesAudit": "danetor.rules30",
    "RULES30": "danetor.rules30",
    "ExpectationLanding": "danetor.expectations",
    "LandingStage": "danetor.expectations",
    "landing_message": "danetor.expectations",
    "LandingMessage": "danetor.expectations",
    "delay_warning": "danetor.soft_power",
    "DelayWarning": "danetor.soft_power",
    "agreements_summary": "danetor.soft_power",
    "AgreementsSummary": "danetor.soft_power",
    "restart_message": "danetor.restart",
    "RestartMessage": "danetor.restart",
    "Temperament": "danetor.temperament",
    "TemperamentAdvice": "danetor.temperament",
    "temperament_advice": "danetor.temperament",
    "interview_plan": "danetor.interview",
    "InterviewPlan": "danetor.interview",
    "PlannedBlock": "danetor.interview",
    "PlannedQuestion": "danetor.interview",
    "score_interview": "danetor.interview",
    "InterviewScore": "danetor.interview",
    "InterviewVerdict": "danetor.rules.interview",
    "InterviewTrait": "danetor.rules.interview",
}

__all__ = sorted([*_EXPORTS, "__version__"])


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'danetor' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


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
        EscalationState,
        Situation,
        channel_for,
        checklist_for,
    )
    from .decision import Decision, Flip, check
    from .errors import DanetorError, InvalidInput, OutOfOrderError
    from .expectations import ExpectationLanding, LandingMessage, LandingStage, landing_message
    from .failure import FailureCase, Plan, PlanStep, failure_plan
    from .interview import (
        InterviewPlan,
        InterviewScore,
        PlannedBlock,
        PlannedQuestion,
        interview_plan,
        score_interview,
    )
    from .kam import KamAdvice, kam_quadrant
    from .questions import QUESTIONS, Question
    from .restart import RestartMessage, restart_message
    from .rules.archetypes import Archetype
    from .rules.boiling import BoilingAction, Urgency
    from .rules.danetor import Answer, Verdict
    from .rules.failure import FailureStep, Fault, RemedyPart
    from .rules.interview import InterviewTrait, InterviewVerdict
    from .rules.kam import Attractiveness, Quadrant, Relationship
    from .rules30 import RULES30, RulesAudit, audit_rules
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
    from .temperament import Temperament, TemperamentAdvice, temperament_advice
    from .text import Lang, Text
