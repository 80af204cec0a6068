"""Signs of a client «coming to the boil» as a rule set: three observed signals → urgency (and the action).

Source: shared/sources/003_…txt, «Конфликты с клиентами». The book names three signs — irritation in a few of
the client's phrases; avoiding meetings and even calls; short, late replies to email — and, for irritation, one
action: ask whether everything about the cooperation suits the client (irritation is «повод поинтересоваться»). The
withdrawal signs «тем более нельзя игнорировать», but the book names no action for them: asking there too is ours.

Ours (its texts are under ``boiling.`` in the text registry): the urgency scale; either withdrawal sign counts on its own; irritation
together with withdrawal ranks highest.
"""

from __future__ import annotations

from enum import StrEnum
from types import MappingProxyType

from .model import AllOf, AnyOf, Eq, Input, Rule, RuleSet

__all__ = ["ACTION_FOR", "BOILING", "SIGNALS", "URGENCY_ORDER", "BoilingAction", "Observed", "Urgency"]


class Observed(StrEnum):
    """Whether a sign was observed."""

    YES = "yes"
    NO = "no"


class Urgency(StrEnum):
    """How urgently to act on the signs (ours; the book gives only the ordering)."""

    NONE = "none"
    ELEVATED = "elevated"
    HIGH = "high"
    HIGHEST = "highest"


class BoilingAction(StrEnum):
    """What to do: keep watching, or ask the client whether everything suits them."""

    WATCH = "watch"
    ASK = "ask"


#: the urgencies from least to most urgent
URGENCY_ORDER: tuple[Urgency, ...] = (Urgency.NONE, Urgency.ELEVATED, Urgency.HIGH, Urgency.HIGHEST)
#: the action at each urgency: any sign at all means asking the client (the book for irritation; ours for
#: withdrawal, where the book only says not to ignore it), none means watching
ACTION_FOR = MappingProxyType(
    {
        Urgency.NONE: BoilingAction.WATCH,
        Urgency.ELEVATED: BoilingAction.ASK,
        Urgency.HIGH: BoilingAction.ASK,
        Urgency.HIGHEST: BoilingAction.ASK,
    }
)
#: the input names, in the book's order
SIGNALS: tuple[str, ...] = ("irritation", "avoids_meetings", "short_late_replies")

_YES, _NO = Observed.YES.value, Observed.NO.value
_WITHDRAWAL = AnyOf(of=(Eq(field="avoids_meetings", value=_YES), Eq(field="short_late_replies", value=_YES)))
_NO_WITHDRAWAL = AllOf(of=(Eq(field="avoids_meetings", value=_NO), Eq(field="short_late_replies", value=_NO)))

BOILING = RuleSet(
    name="boiling",
    title="boiling.title",
    inputs=tuple(
        Input(
            name=s,
            type=Observed,
            label=f"boiling.signal_labels.{s}",
            values={o.value: f"boiling.observed_values.{o.value}" for o in Observed},
        )
        for s in SIGNALS
    ),
    outcome=Urgency,
    rules=(
        Rule(
            id="calm",
            when=AllOf(of=(Eq(field="irritation", value=_NO), _NO_WITHDRAWAL)),
            then=Urgency.NONE.value,
            why="boiling.rule_why.calm",
        ),
        Rule(
            id="irritation",
            when=AllOf(of=(Eq(field="irritation", value=_YES), _NO_WITHDRAWAL)),
            then=Urgency.ELEVATED.value,
            why="boiling.rule_why.irritation",
        ),
        Rule(
            id="withdrawal",
            when=AllOf(of=(Eq(field="irritation", value=_NO), _WITHDRAWAL)),
            then=Urgency.HIGH.value,
            why="boiling.rule_why.withdrawal",
        ),
        Rule(
            id="irritation_and_withdrawal",
            when=AllOf(of=(Eq(field="irritation", value=_YES), _WITHDRAWAL)),
            then=Urgency.HIGHEST.value,
            why="boiling.rule_why.irritation_and_withdrawal",
        ),
    ),
)
