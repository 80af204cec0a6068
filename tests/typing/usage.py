"""The public API as a developer integrating danetor writes it, type-checked by ``mypy --strict`` (never run).

tests/test_typing.py checks this file against the installed package. Every ``assert_type`` pins what a public call
returns or what a key attribute is, so a change of an annotation that an integrator relies on fails the suite.
The lines marked ``# type: ignore[code]`` at the end are calls the annotations must refuse: with
``warn_unused_ignores`` (part of ``--strict``), an ignore that suppresses nothing is itself an error, so each of
them proves that mypy still rejects the call, with that error code.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import assert_type

import danetor
from danetor import (
    Answer,
    ChannelAdvice,
    ChannelChecklist,
    Decision,
    DecisionExplanation,
    DelayWarning,
    Escalation,
    EscalationEvent,
    EscalationRecord,
    EscalationState,
    ExpectationLanding,
    ExpectationLandingRecord,
    FailureCase,
    FailureCaseRecord,
    FailureState,
    FailureStep,
    Fault,
    InvalidInput,
    KamAdvice,
    LandingMessage,
    LandingStage,
    LandingState,
    Lang,
    Move,
    Plan,
    Script,
    Situation,
    Text,
    Verdict,
    channel_for,
    check,
    checklist_for,
    delay_warning,
    empathic_no,
    failure_plan,
    kam_quadrant,
    landing_message,
    respond,
)

# -- the decision -----------------------------------------------------------------------------------------------
decision = check("yes", "no", "no")
assert_type(decision, Decision)
assert_type(check(client=Answer.YES, company=Answer.NO, eba=Answer.UNKNOWN), Decision)
assert_type(decision.verdict, Verdict)
assert_type(decision.rule, str)
assert_type(decision.to_clarify, tuple[str, ...])
assert_type(decision.explain("ru"), str)
assert_type(decision.explain(Lang.EN), str)
assert_type(decision.explanation("en"), DecisionExplanation)
assert_type(str(decision), str)
if decision.verdict is Verdict.REFUSE:
    pass

# -- the messages -----------------------------------------------------------------------------------------------
script = respond(decision, request="a logo by Friday", reason="the designer is away", alternative="on Monday")
assert_type(script, Script)
assert_type(script.text, str)
assert_type(script.explain("en"), str)
no = empathic_no("a logo by Friday", "the designer is away", "on Monday", lang="en", client="Anna")
assert_type(no, Script)
assert_type(danetor.sell_extra("a banner", price=5000, lang=Lang.EN), Script)
assert_type(danetor.confirm("a banner", hours=2), Script)
warning = delay_warning("approve the project", "by Friday", "the start moves", lang="en")
assert_type(warning, DelayWarning)
assert_type(warning.explain("ru"), str)
assert_type(landing_message(LandingStage.WARN, result="the site"), LandingMessage)

# -- channels, failure, KAM -------------------------------------------------------------------------------------
advice = channel_for("non-urgent")
assert_type(advice, ChannelAdvice)
assert_type(channel_for(Situation.INCIDENT).explain("en"), str)
assert_type(checklist_for("email"), ChannelChecklist)
plan = failure_plan(Fault.OURS, lang="en", fix="we restored the backup")
assert_type(plan, Plan)
assert_type(plan.explain("ru"), str)
assert_type(kam_quadrant("high", "strong"), KamAdvice)

# -- the trackers: send, save, restore --------------------------------------------------------------------------
escalation = Escalation()
move = escalation.send(EscalationEvent.SENT, at=datetime(2026, 1, 1, tzinfo=UTC))
assert_type(move, Move)
assert_type(move.to, str)
assert_type(move.accepted, bool)
assert_type(escalation.state, EscalationState)
assert_type(escalation.history, tuple[EscalationEvent, ...])
assert_type(escalation.to_record(), EscalationRecord)
assert_type(escalation.to_json(), str)
assert_type(Escalation.from_json(escalation.to_json()), Escalation)
assert_type(Escalation.from_record(escalation.to_record()), Escalation)

case = FailureCase(Fault.THIRD_PARTY, client_knows=True)
assert_type(case, FailureCase)
assert_type(case.state, FailureState)
step = case.next_step
assert_type(step, FailureStep | None)
if step is not None:
    assert_type(case.send(step), Move)
assert_type(case.to_record(), FailureCaseRecord)
assert_type(FailureCase.from_json(case.to_json()), FailureCase)
assert_type(case.explain("en"), str)

landing = ExpectationLanding()
stage = landing.next_stage
assert_type(stage, LandingStage | None)
if stage is not None:
    assert_type(landing.send(stage), Move)
assert_type(landing.state, LandingState)
assert_type(landing.to_record(), ExpectationLandingRecord)
assert_type(ExpectationLanding.from_json(landing.to_json()), ExpectationLanding)

# -- texts and errors -------------------------------------------------------------------------------------------
assert_type(Text(ru="да", en="yes")("en"), str)
try:
    check("maybe", "no", "no")
except InvalidInput as error:
    assert_type(error.argument, str)

# -- a company's policy: every function that follows it takes policy= ------------------------------------------
policy = danetor.Policy.book()
assert_type(check("yes", "no", "no", policy=policy), Decision)
assert_type(empathic_no("a logo", "the designer is away", "Monday", policy=policy), Script)
assert_type(failure_plan(Fault.OURS, policy=None), Plan)
assert_type(delay_warning("approve", "by Friday", "we slip", policy=policy), danetor.DelayWarning)
with policy:
    assert_type(channel_for("urgent"), danetor.ChannelAdvice)

# -- what the annotations refuse (each ignore must suppress exactly this error: warn_unused_ignores) -------------
respond("refuse", request="x", reason="y", alternative="z")  # type: ignore[arg-type]
channel_for(3)  # type: ignore[arg-type]
failure_plan(Fault.OURS, client_knows="yes")  # type: ignore[arg-type]
delay_warning("approve", "by Friday", None)  # type: ignore[arg-type]
check("yes", "no", "no", "no")  # type: ignore[call-arg]
decision.verdict = Verdict.ACCEPT  # type: ignore[misc]
plan.explain(2)  # type: ignore[arg-type]
Escalation.from_json(42)  # type: ignore[arg-type]
escalation.state = EscalationState.RESOLVED  # type: ignore[misc]
empathic_no("a logo", "away", "Monday", policy="acme.toml")  # type: ignore[arg-type]
