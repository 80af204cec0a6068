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
    "Question": "danetor.rules.danetor",
    "QUESTIONS": "danetor.rules.danetor",
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
    from .decision import Decision, Flip, check
    from .errors import DanetorError, InvalidInput, OutOfOrderError
    from .rules.danetor import QUESTIONS, Answer, Question, Verdict
    from .text import Lang, Text
    from .channels import Channel, ChannelAdvice, ChannelChecklist, Escalation, EscalationAction, EscalationEvent, EscalationState, Situation, channel_for, checklist_for
    from .rules.failure import FailureStep, Fault, RemedyPart
    from .failure import FailureCase, Plan, PlanStep, failure_plan
    from .scripts import Audience, Currency, Part, PartKind, Script, ScriptKind, Tone, confirm, empathic_no, respond, sell_extra
