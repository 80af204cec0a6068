"""The public surface is pinned: widening it is a visible decision (as in httpx's test of the same name).

Also pinned: ``dir(danetor)`` is the public API and nothing else; every type a public function, a result or a
tracker hands out is exported; the names type checkers see (the ``TYPE_CHECKING`` imports) are the same list.
"""

import ast
import enum
import inspect
import pathlib
import subprocess
import sys
import typing

from pydantic import BaseModel

import danetor
from danetor._result import Readable
from danetor.tracker import Tracker


def test_exported_members():
    assert sorted(danetor.__all__) == sorted(PINNED)
    assert len(set(danetor.__all__)) == len(danetor.__all__)
    for name in danetor.__all__:
        assert hasattr(danetor, name), name


def test_no_private_names_exported():
    assert all(not n.startswith("_") or n == "__version__" for n in danetor.__all__)


def test_dir_is_the_public_api_only():
    """No ``Any``, ``TYPE_CHECKING``, ``importlib`` or ``annotations``, in a fresh interpreter and after use."""
    fresh = subprocess.run(
        [sys.executable, "-c", "import danetor; print(dir(danetor) == sorted(danetor.__all__))"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert fresh.stdout.strip() == "True"
    danetor.check(client="yes", company="yes", eba="yes")  # imports submodules, fills the module's globals
    assert dir(danetor) == sorted(danetor.__all__)


def test_type_checkers_see_the_same_names():
    """The ``if TYPE_CHECKING:`` imports of ``danetor/__init__.py`` import exactly ``__all__`` (bar the version),
    each from the module the lazy table names."""
    tree = ast.parse(pathlib.Path(danetor.__file__).read_text(encoding="utf-8"))
    block = next(
        n for n in tree.body if isinstance(n, ast.If) and getattr(n.test, "id", "") == "TYPE_CHECKING"
    )
    seen = {}
    for node in block.body:
        assert isinstance(node, ast.ImportFrom) and node.level == 1
        for alias in node.names:
            seen[alias.name] = "danetor." + node.module
    assert seen == danetor._EXPORTS
    assert set(seen) | {"__version__"} == set(danetor.__all__)


def test_an_unknown_name_is_an_attribute_error():
    try:
        danetor.no_such_name  # noqa: B018
    except AttributeError as exc:
        assert "no_such_name" in str(exc)
    else:  # pragma: no cover
        raise AssertionError("danetor.no_such_name did not raise")


def _reachable(tp, seen):
    """The enums, models and named tuples *tp* reaches: itself, its fields, its public methods' results."""
    origin = typing.get_origin(tp)
    if origin is not None:
        for arg in typing.get_args(tp):
            _reachable(arg, seen)
        return
    if not inspect.isclass(tp) or tp in seen or tp.__module__.split(".")[0] != "danetor":
        return
    if not issubclass(tp, (BaseModel, enum.Enum, Tracker, tuple)):
        return
    seen.add(tp)
    if issubclass(tp, BaseModel):
        for field in tp.model_fields.values():
            _reachable(field.annotation, seen)
    for attr in ("record", "states"):  # a tracker's saved form and its state enum
        if issubclass(tp, Tracker) and hasattr(tp, attr):
            _reachable(getattr(tp, attr), seen)
    for name, member in inspect.getmembers(tp):
        if name.startswith("_") or isinstance(member, (BaseModel, enum.Enum)):
            continue
        function = member.fget if isinstance(member, property) else member
        if inspect.isfunction(function) and not (function.__doc__ or "").startswith("Deprecated"):
            namespace = {
                **{n: getattr(danetor, n) for n in danetor.__all__},
                **vars(sys.modules[function.__module__]),
            }
            try:  # names a module imports for type checkers only are found among the exports
                hints = typing.get_type_hints(function, globalns=namespace)
            except (NameError, TypeError):
                continue
            _reachable(hints.get("return"), seen)


def _hints(function) -> dict:
    """A public function's type hints; a name its module imports for type checkers only (``Policy`` in
    ``policy: Policy | None``) is found among the exports."""
    namespace = {
        **{n: getattr(danetor, n) for n in danetor.__all__},
        **vars(sys.modules[function.__module__]),
    }
    return typing.get_type_hints(function, globalns=namespace)


def test_every_type_handed_out_is_exported():
    seen = set()
    for name in danetor.__all__:
        value = getattr(danetor, name)
        if inspect.isfunction(value):
            _reachable(_hints(value)["return"], seen)
        else:
            _reachable(value, seen)
    exported = {getattr(danetor, n) for n in danetor.__all__}
    assert not {f"{t.__module__}.{t.__qualname__}" for t in seen - exported}
    assert (
        danetor.Move in seen and danetor.FailureCaseRecord in seen
    )  # the walk really reaches methods and records


def test_every_public_function_returns_a_readable_result():
    for name in danetor.__all__:
        value = getattr(danetor, name)
        if inspect.isfunction(value):
            result = _hints(value)["return"]
            assert issubclass(result, Readable), name


PINNED = [
    "Answer",
    # a company policy (issue 18)
    "Policy",
    "PolicyDifference",
    "PolicyError",
    "PolicyProblem",
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
    # 0.2.0: every type a public function or tracker returns, reachable from a result
    "Move",
    "Tracker",
    "FailureState",
    "LandingState",
    "EscalationRecord",
    "FailureCaseRecord",
    "ExpectationLandingRecord",
    "RestartPart",
    "ArchetypeOutcome",
    "ChannelAdviceKind",
    "EscalationItem",
    "BlueBirdIngredient",
    "GroupAudit",
    "RuleGroup",
    "ManagerRule",
    "TemperamentTip",
    "TipOrigin",
    "DecisionExplanation",
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
    assert out.strip() == "['danetor._forks']"  # the fork hooks only: a small module that imports nothing


def test_unknown_attribute():
    import pytest

    with pytest.raises(AttributeError, match="no attribute 'nope'"):
        danetor.nope  # noqa: B018
