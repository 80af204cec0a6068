"""Handling your own failure (отработка провала): :func:`failure_plan` → :class:`Plan`, and :class:`FailureCase`.

The book's four steps, in order: tell the client first, preferably by phone; let them vent; apologise on behalf of the
company and personally (or, when a third party is to blame, express regret); say how you will fix the situation,
compensate the losses and stop it happening again.

* :func:`failure_plan` writes the plan for one failure: each step's title, why and what to do, in one language,
  with the caller's details (what happened, the fix, the compensation, the prevention) inserted verbatim.
* :class:`FailureCase` tracks one live case through the steps. It is a :class:`~danetor.tracker.Tracker` over the
  fault's sequence (compiled through durable_rules ahead of time into a verified transition table, like escalation):
  a step out of order raises :class:`~danetor.errors.OutOfOrderError` naming the expected step, and its state
  round-trips through JSON.
"""

from __future__ import annotations

import warnings
from collections.abc import Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, ClassVar, Literal, Self, cast

from pydantic import BaseModel, ConfigDict, StrictBool

from ._active import with_policy
from ._result import Readable
from .errors import InvalidInput
from .rules.channels import Channel
from .rules.failure import (
    SEQUENCES,
    STEP_CHANNEL,
    FailureState,
    FailureStep,
    Fault,
    RemedyPart,
    as_fault,
    step_order,
)
from .rules.model import Sequence
from .text import Lang, Text, as_lang, user_text
from .tracker import Tracker, TrackerState

if TYPE_CHECKING:  # pragma: no cover
    from .policy import Policy

__all__ = ["FailureCase", "FailureCaseRecord", "Plan", "PlanStep", "failure_plan"]


# -- texts (by key) -------------------------------------------------------------------------------------


class StepTexts(BaseModel):
    """The fixed texts of one step: a title, why it matters, what to do, and (step 3) a phrase to say."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    title: Text
    why: Text
    todo: Text
    example: Text | None = None


#: Each step's texts, as the book gives it (the client has not heard yet; no user details).
STEPS: Mapping[FailureStep, StepTexts] = MappingProxyType(
    {
        FailureStep.INFORM: StepTexts(
            title=Text.of("failure.steps.inform.title"),
            why=Text.of("failure.steps.inform.why"),
            todo=Text.of("failure.steps.inform.todo"),
        ),
        FailureStep.VENT: StepTexts(
            title=Text.of("failure.steps.vent.title"),
            why=Text.of("failure.steps.vent.why"),
            todo=Text.of("failure.steps.vent.todo"),
        ),
        FailureStep.APOLOGIZE: StepTexts(
            title=Text.of("failure.steps.apologize.title"),
            why=Text.of("failure.steps.apologize.why"),
            todo=Text.of("failure.steps.apologize.todo"),
            example=Text.of("failure.steps.apologize.example"),
        ),
        FailureStep.REGRET: StepTexts(
            title=Text.of("failure.steps.regret.title"),
            why=Text.of("failure.steps.regret.why"),
            todo=Text.of("failure.steps.regret.todo"),
            example=Text.of("failure.steps.regret.example"),
        ),
        FailureStep.REMEDY: StepTexts(
            title=Text.of("failure.steps.remedy.title"),
            why=Text.of("failure.steps.remedy.why"),
            todo=Text.of("failure.steps.remedy.todo"),
        ),
    }
)


#: Step 1 when the client already knows (someone else told them first). Ours, not the book's.
INFORM_CLIENT_KNOWS = StepTexts(
    title=Text.of("failure.inform_client_knows.title"),
    why=Text.of("failure.inform_client_knows.why"),
    todo=Text.of("failure.inform_client_knows.todo"),
)


#: Step 1's to-do when the caller said what happened (``{what}`` is the caller's text, inserted verbatim).
INFORM_WHAT = Text.of("failure.inform_what")


INFORM_CLIENT_KNOWS_WHAT = Text.of("failure.inform_client_knows_what")


#: How a step-3 phrase is offered.
EXAMPLE = Text.of("failure.example")


#: Step 4 in a plan: the three parts, each with the caller's text or :data:`NOT_DECIDED`.
REMEDY_INTRO = Text.of("failure.remedy_intro")


REMEDY_LINE = Text.of("failure.remedy_line")


REMEDY_PARTS: Mapping[RemedyPart, Text] = MappingProxyType(
    {
        RemedyPart.FIX: Text.of("failure.remedy_parts.fix"),
        RemedyPart.COMPENSATION: Text.of("failure.remedy_parts.compensation"),
        RemedyPart.PREVENTION: Text.of("failure.remedy_parts.prevention"),
    }
)


REMEDY_PART_NAMES: Mapping[RemedyPart, Text] = MappingProxyType(
    {
        RemedyPart.FIX: Text.of("failure.remedy_part_names.fix"),
        RemedyPart.COMPENSATION: Text.of("failure.remedy_part_names.compensation"),
        RemedyPart.PREVENTION: Text.of("failure.remedy_part_names.prevention"),
    }
)


NOT_DECIDED = Text.of("failure.not_decided")


STILL_MISSING = Text.of("failure.still_missing")


FAULT_LABELS: Mapping[Fault, Text] = MappingProxyType(
    {
        Fault.OURS: Text.of("failure.fault_labels.ours"),
        Fault.THIRD_PARTY: Text.of("failure.fault_labels.third_party"),
    }
)


#: The first line of a plan's text.
PLAN_TITLE = Text.of("failure.plan_title")


CLIENT_KNOWS_LINE = Text.of("failure.client_knows_line")


LABELS: Mapping[str, Text] = MappingProxyType(
    {
        "todo": Text.of("failure.labels.todo"),
        "why": Text.of("failure.labels.why"),
        "how": Text.of("failure.labels.how"),
        "step": Text.of("failure.labels.step"),
        "number": Text.of("failure.labels.number"),
        "who": Text.of("failure.labels.who"),
        "say": Text.of("failure.labels.say"),
        "manager": Text.of("failure.labels.manager"),
        "client": Text.of("failure.labels.client"),
    }
)


#: How a step's channel is said ("preferably by phone"); covers every channel in STEP_CHANNEL.
CHANNEL_VIA: Mapping[Channel, Text] = MappingProxyType({Channel.PHONE: Text.of("failure.channel_via.phone")})


class PlanStep(BaseModel):
    """One step of a :class:`Plan`, its texts in the plan's language."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    #: ``inform``, ``vent``, ``apologize`` or ``regret``, ``remedy``.
    id: FailureStep
    #: 1–4.
    number: int
    title: str
    why: str
    todo: str
    #: the channel the book recommends for the step, where it names one (``inform``: :attr:`Channel.PHONE`, «лучше…
    #: по телефону»); else None.
    channel: Channel | None = None


class Plan(Readable, BaseModel):
    """The plan for handling one failure: frozen, JSON-serialisable, ready to read (:attr:`text`)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    fault: Fault
    lang: Lang
    client_knows: bool
    #: the four steps, in order.
    steps: tuple[PlanStep, ...]
    #: the parts of step 4 the caller has not supplied, in the order fix, compensation, prevention.
    missing: tuple[RemedyPart, ...]
    #: the caller's details, as given (None when not given).
    what_happened: str | None = None
    fix: str | None = None
    compensation: str | None = None
    prevention: str | None = None
    #: the whole plan as text.
    text: str

    def step(self, step_id: FailureStep | str) -> PlanStep:
        """The step with id *step_id*; :class:`InvalidInput` if this plan has no such step."""
        for step in self.steps:
            if step.id == step_id:
                return step
        raise InvalidInput("step_id", step_id, [s.id.value for s in self.steps])

    def explain(self, lang: Lang | str | None = None) -> str:
        """The plan as text: in the plan's language, or in *lang* (the steps re-worded; the caller's own details,
        such as the fix, are kept as given)."""
        if lang is None or as_lang(lang) is self.lang:
            return self.text
        return self.in_language(lang).text

    def in_language(self, lang: Lang | str) -> Plan:
        """The same plan, worded in *lang* (the caller's details kept as given)."""
        return failure_plan(
            self.fault,
            lang=lang,
            what_happened=self.what_happened,
            fix=self.fix,
            compensation=self.compensation,
            prevention=self.prevention,
            client_knows=self.client_knows,
        )


def _as_bool(value: Any, argument: str) -> bool:
    if type(value) is bool:
        return value
    raise InvalidInput(argument, value, ["True", "False"])


_INDENT = "   "


@with_policy
def failure_plan(
    fault: Fault | str,
    *,
    lang: Lang | str = Lang.RU,
    what_happened: str | None = None,
    fix: str | None = None,
    compensation: str | None = None,
    prevention: str | None = None,
    client_knows: bool = False,
    policy: Policy | None = None,
) -> Plan:
    """The plan for handling a failure whose fault is *fault* (``"ours"`` or ``"third_party"``).

    *what_happened*, *fix*, *compensation* and *prevention* are the caller's own words; each is inserted
    verbatim (never evaluated as a template). Step 4 always lists the fix, the compensation and the
    prevention, and says which of them are still missing (also in :attr:`Plan.missing`). *client_knows*
    (someone else told the client first) keeps the steps and makes step 1 a call made at once to acknowledge
    the failure: an adaptation that is ours, not the book's. Bad input raises :class:`InvalidInput`.

    >>> [s.id.value for s in failure_plan("third_party").steps]
    ['inform', 'vent', 'regret', 'remedy']
    """
    fault = as_fault(fault)
    lang = as_lang(lang)
    client_knows = _as_bool(client_knows, "client_knows")
    what = user_text("what_happened", what_happened, required=False)
    parts = {
        RemedyPart.FIX: user_text("fix", fix, required=False),
        RemedyPart.COMPENSATION: user_text("compensation", compensation, required=False),
        RemedyPart.PREVENTION: user_text("prevention", prevention, required=False),
    }
    missing = tuple(p for p, v in parts.items() if v is None)

    steps, bodies = [], []
    for number, step_id in enumerate(step_order(fault), 1):
        texts = STEPS[step_id]
        title, why, todo = texts.title(lang), texts.why(lang), [texts.todo(lang)]
        if step_id is FailureStep.INFORM:
            if client_knows:
                title, why = INFORM_CLIENT_KNOWS.title(lang), INFORM_CLIENT_KNOWS.why(lang)
                todo = [INFORM_CLIENT_KNOWS.todo(lang)]
            if what is not None:
                template = INFORM_CLIENT_KNOWS_WHAT if client_knows else INFORM_WHAT
                todo = [template(lang).format(what=what)]
        elif step_id is FailureStep.REMEDY:
            todo = [REMEDY_INTRO(lang)]
            last = len(parts) - 1
            for i, (part, value) in enumerate(parts.items()):
                line = REMEDY_LINE(lang).format(
                    part=REMEDY_PARTS[part](lang), value=NOT_DECIDED(lang) if value is None else value
                )
                todo.append(line + ("." if i == last else ";"))
            if missing:
                todo.append(
                    STILL_MISSING(lang).format(parts=", ".join(REMEDY_PART_NAMES[p](lang) for p in missing))
                )
        if texts.example is not None:
            todo[-1] += " " + EXAMPLE(lang).format(example=texts.example(lang))
        channel = STEP_CHANNEL.get(step_id)
        steps.append(
            PlanStep(id=step_id, number=number, title=title, why=why, todo="\n".join(todo), channel=channel)
        )
        # the plan's text indents our own lines only: a line break inside the caller's text stays as given
        body = [f"{number}. {title}"]
        if channel is not None:
            body.append(_INDENT + LABELS["how"](lang) + ": " + CHANNEL_VIA[channel](lang))
        body.append(_INDENT + LABELS["todo"](lang) + ": " + ("\n" + _INDENT).join(todo))
        body.append(_INDENT + LABELS["why"](lang) + ": " + why)
        bodies.append("\n".join(body))

    head = [PLAN_TITLE(lang).format(fault=FAULT_LABELS[fault](lang))]
    if client_knows:
        head.append(CLIENT_KNOWS_LINE(lang))
    text = "\n\n".join(["\n".join(head), *bodies]) + "\n"
    return Plan(
        fault=fault,
        lang=lang,
        client_knows=client_knows,
        steps=tuple(steps),
        missing=missing,
        what_happened=what,
        fix=parts[RemedyPart.FIX],
        compensation=parts[RemedyPart.COMPENSATION],
        prevention=parts[RemedyPart.PREVENTION],
        text=text,
    )


# -- the live case -------------------------------------------------------------------------------------------


class FailureCaseRecord(BaseModel):
    """The saved form of a :class:`FailureCase` (``to_record()``, ``to_json()``): the tracker's state and
    history, the fault and whether the client already knew. Strict: what ``to_json()`` writes and nothing else."""

    model_config = ConfigDict(frozen=True, extra="forbid", strict=True)

    schema_version: Literal[2] = 2
    sequence: Literal["failure_ours", "failure_third_party"]
    state: FailureState
    history: tuple[FailureStep, ...] = ()
    fault: Fault
    client_knows: bool


class _FailureCaseState(BaseModel):
    """The 0.1.0 saved form (deprecated name ``FailureCaseState``): the fault, the flag and the tracker."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    fault: Fault
    client_knows: StrictBool
    tracker: TrackerState


_STEP_IDS = tuple(s.value for s in FailureStep)
_FAULTS = frozenset(f.value for f in Fault)


class FailureCase(Tracker):
    """One live failure case, step by step: ``FailureCase("ours")`` or ``FailureCase("third_party")``.

    ``.next_step`` is the step to do now (None when done); ``.complete(step_id)`` marks it done. A step out of
    order — including ``apologize`` in a third-party case, or any step once the case is done — raises
    :class:`~danetor.errors.OutOfOrderError` naming the expected step, and changes nothing. ``to_json()`` /
    ``FailureCase.from_json()`` keep a case across restarts. Each instance is a few small objects over the
    fault's one verified transition table, so thousands can be live at once.

    ``FailureCase(fault)`` returns an instance of the fault's private subclass (its ``definition`` is the
    fault's sequence); ``isinstance(case, FailureCase)`` holds for both.
    """

    definition: ClassVar[Sequence]
    states: ClassVar[type[FailureState]] = FailureState
    record: ClassVar[type[FailureCaseRecord]] = FailureCaseRecord

    if TYPE_CHECKING:  # pragma: no cover - Tracker.to_record builds cls.record: said here for type checkers

        def to_record(self) -> FailureCaseRecord: ...

    fault: ClassVar[Fault]
    _by_fault: ClassVar[dict[Fault, type[FailureCase]]] = {}

    def __new__(cls, fault: Fault | str | None = None, *, client_knows: bool = False) -> Self:
        """Pick the fault's subclass when called as ``FailureCase(fault)``."""
        target: type[FailureCase] = cls
        if cls is FailureCase:
            if fault is None:
                raise InvalidInput("fault", fault, [f.value for f in Fault], missing=True)
            target = FailureCase._by_fault[as_fault(fault)]
        # the fault's subclass of FailureCase, or cls itself: a Self either way
        return cast("Self", object.__new__(target))

    def __init__(self, fault: Fault | str, *, client_knows: bool = False) -> None:
        if as_fault(fault) is not self.fault:  # FailureCase's subclass called with another fault
            raise InvalidInput("fault", fault, [self.fault.value])
        self._client_knows = _as_bool(client_knows, "client_knows")
        super().__init__()

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        FailureCase._by_fault[cls.fault] = cls

    # -- where the case stands -----------------------------------------------------------------------------
    @property
    def client_knows(self) -> bool:
        return self._client_knows

    @property
    def steps(self) -> tuple[FailureStep, ...]:
        """All the steps of this case, in order."""
        return step_order(self.fault)

    @property
    def state(self) -> FailureState:
        return FailureState(self._state)

    @property
    def expected(self) -> tuple[FailureStep, ...]:
        return tuple(FailureStep(e) for e in self.table().accepted(self._state))

    @property
    def history(self) -> tuple[FailureStep, ...]:
        return tuple(FailureStep(e) for e in self._history)

    @property
    def next_step(self) -> FailureStep | None:
        """The step to do now, or None once every step is done."""
        expected = self.expected
        return expected[0] if expected else None

    @property
    def completed(self) -> tuple[FailureStep, ...]:
        """The steps done so far, in order."""
        return self.history

    def explain(self, lang: Lang | str = Lang.RU) -> str:
        """What to do now: the step, its number and its title, or that the case is handled."""
        lang = as_lang(lang)
        step = self.next_step
        if step is None:
            return Text.of("failure.tracker.done")(lang)
        steps = self.steps
        return Text.of("failure.tracker.next")(lang).format(
            n=steps.index(step) + 1, total=len(steps), title=STEPS[step].title(lang)
        )

    def complete(self, step_id: FailureStep | str) -> FailureStep | None:
        """Mark *step_id* done and return the next step (None when the case is done).

        An unknown step id raises :class:`InvalidInput`; a step out of order, or any step after the end,
        raises :class:`~danetor.errors.OutOfOrderError` naming the expected step. The case is unchanged then.
        """
        if not (type(step_id) is FailureStep or (isinstance(step_id, str) and step_id in _STEP_IDS)):
            raise InvalidInput("step_id", step_id, _STEP_IDS)
        self.send(step_id)
        return self.next_step

    def plan(self, lang: Lang | str = Lang.RU, **details: str | None) -> Plan:
        """The :func:`failure_plan` of this case (its fault and client-knows flag) with the given details."""
        known: dict[str, Any] = details  # the details by name; failure_plan() names one it does not know
        return failure_plan(self.fault, lang=lang, client_knows=self._client_knows, **known)

    def __repr__(self) -> str:
        return (
            f"FailureCase(fault={self.fault.value!r}, client_knows={self._client_knows!r}, "
            f"state={self.state.value!r})"
        )

    # -- persistence ---------------------------------------------------------------------------------------
    def _record_fields(self) -> dict[str, Any]:
        return {"fault": self.fault, "client_knows": self._client_knows}

    def to_case_state(self) -> _FailureCaseState:
        """Deprecated since 0.2.0: use :meth:`to_record`."""
        warnings.warn(
            "FailureCase.to_case_state() is deprecated; use to_record()", DeprecationWarning, stacklevel=2
        )
        return _FailureCaseState(
            fault=self.fault,
            client_knows=self._client_knows,
            tracker=TrackerState(sequence=self.definition.name, state=self._state, history=self._history),
        )

    @classmethod
    def _upgrade(cls, raw: dict[str, Any]) -> dict[str, Any]:
        """0.1.0 wrote ``{"fault", "client_knows", "tracker": {"sequence", "state", "history"}}``."""
        if "schema_version" not in raw and isinstance(raw.get("tracker"), Mapping):
            tracker = raw["tracker"]
            raw = {**{k: v for k, v in raw.items() if k != "tracker"}, **tracker}
        return super()._upgrade(raw)

    @classmethod
    def _class_for(cls, raw: Mapping[str, Any]) -> type[Self]:
        """The fault's subclass (``FailureCase.from_json`` restores either; a subclass only its own)."""
        fault = raw.get("fault")
        if not (isinstance(fault, str) and fault in _FAULTS):
            raise InvalidInput("state.fault", fault, sorted(_FAULTS))
        sub = FailureCase._by_fault[Fault(fault)]
        if cls is not FailureCase and cls is not sub:
            raise InvalidInput("state.fault", fault, [cls.fault.value])
        return cast("type[Self]", sub)  # cls itself, or the fault's subclass when cls is FailureCase

    @classmethod
    def _build(cls, core: tuple[str, tuple[str, ...]], fields: Mapping[str, Any]) -> FailureCase:
        obj = object.__new__(cls)
        obj._client_knows = fields["client_knows"]
        Tracker.__init__(obj, _state=core)
        return obj


class _OursFailureCase(FailureCase):
    definition = SEQUENCES[Fault.OURS]
    fault = Fault.OURS


class _ThirdPartyFailureCase(FailureCase):
    definition = SEQUENCES[Fault.THIRD_PARTY]
    fault = Fault.THIRD_PARTY


def __getattr__(name: str) -> Any:
    """Deprecated names, kept working through 0.x with a warning."""
    if name == "FailureCaseState":
        warnings.warn(
            "danetor.failure.FailureCaseState is deprecated; FailureCase.to_record() returns a FailureCaseRecord",
            DeprecationWarning,
            stacklevel=2,
        )
        return _FailureCaseState
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
