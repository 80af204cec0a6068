"""The kinds of message and their parts, and which message each DANETOR verdict gets, as rule data.

:data:`RESPONSES` is the rule set behind :func:`danetor.respond`: verdict × kind of work × audience → the kind of
message. It refers to its texts by key (``scripts.respond.…`` in the text registry). The wordings themselves are
texts too (``scripts.…``); :mod:`danetor.scripts` puts the user's words into them.
"""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING

from . import lazy
from .danetor import Verdict

if TYPE_CHECKING:  # pragma: no cover
    from .model import RuleSet

    RESPONSES: RuleSet

__all__ = ["RESPONSES", "Audience", "Currency", "PartKind", "ScriptKind", "Tone", "Work"]


class ScriptKind(StrEnum):
    """What a message is for."""

    EMPATHIC_NO = "empathic_no"  #: refuse, the book's way
    SELL_EXTRA = "sell_extra"  #: yes to a free extra, and what it is worth
    CONFIRMATION = "confirmation"  #: yes to paid work
    CLARIFY = "clarify"  #: undecided: ask the client for what is missing
    CLARIFY_NOTE = "clarify_note"  #: undecided: a note to the manager on what to find out first


class PartKind(StrEnum):
    """One part of a message."""

    EMPATHY = "empathy"
    REFUSAL = "refusal"
    QUALITY = "quality"
    CONCESSION = "concession"
    ALTERNATIVE = "alternative"
    VALUE = "value"
    EXCEPTION = "exception"
    YES = "yes"
    TERMS = "terms"
    NEXT = "next"
    THANKS = "thanks"
    ASK = "ask"
    REQUEST = "request"
    CLARIFY = "clarify"


class Tone(StrEnum):
    """How much to say. ``brief`` is for a pushy or choleric client: «Будьте немногословны»."""

    STANDARD = "standard"
    BRIEF = "brief"


class Audience(StrEnum):
    """Who reads the message when the verdict is undecided."""

    CLIENT = "client"
    MANAGER = "manager"


class Currency(StrEnum):
    """Currencies a numeric price can be given in."""

    RUB = "RUB"
    USD = "USD"
    EUR = "EUR"


class Work(StrEnum):
    """Is the accepted work a free extra, or paid for?"""

    FREE = "free"
    PAID = "paid"


#: which message each verdict gets. Compiled through durable_rules ahead of time and verified total and unambiguous like
#: every rule set; ``work`` only matters for ACCEPT and ``audience`` only for UNDECIDED.
def _define() -> RuleSet:
    """The rule set (built on first use: :func:`danetor.respond` reads its shipped table by name)."""
    from .model import AllOf, Eq, Input, Rule, RuleSet

    return RuleSet(
        name="respond",
        title="scripts.respond.title",
        inputs=(
            Input(
                name="verdict",
                type=Verdict,
                label="scripts.respond.input.verdict",
                values={v.value: f"danetor.verdict.{v.value}" for v in Verdict},
            ),
            Input(
                name="work",
                type=Work,
                label="scripts.respond.input.work",
                values={w.value: f"scripts.work_labels.{w.value}" for w in Work},
            ),
            Input(
                name="audience",
                type=Audience,
                label="scripts.respond.input.audience",
                values={au.value: f"scripts.audience_labels.{au.value}" for au in Audience},
            ),
        ),
        outcome=ScriptKind,
        rules=(
            Rule(
                id="refuse",
                when=Eq(field="verdict", value=Verdict.REFUSE),
                then=ScriptKind.EMPATHIC_NO,
                why="scripts.respond.rule.refuse.why",
            ),
            Rule(
                id="sell",
                when=AllOf(of=(Eq(field="verdict", value=Verdict.ACCEPT), Eq(field="work", value=Work.FREE))),
                then=ScriptKind.SELL_EXTRA,
                why="scripts.respond.rule.sell.why",
            ),
            Rule(
                id="confirm",
                when=AllOf(of=(Eq(field="verdict", value=Verdict.ACCEPT), Eq(field="work", value=Work.PAID))),
                then=ScriptKind.CONFIRMATION,
                why="scripts.respond.rule.confirm.why",
            ),
            Rule(
                id="ask_client",
                when=AllOf(
                    of=(
                        Eq(field="verdict", value=Verdict.UNDECIDED),
                        Eq(field="audience", value=Audience.CLIENT),
                    )
                ),
                then=ScriptKind.CLARIFY,
                why="scripts.respond.rule.ask_client.why",
            ),
            Rule(
                id="note_manager",
                when=AllOf(
                    of=(
                        Eq(field="verdict", value=Verdict.UNDECIDED),
                        Eq(field="audience", value=Audience.MANAGER),
                    )
                ),
                then=ScriptKind.CLARIFY_NOTE,
                why="scripts.respond.rule.note_manager.why",
            ),
        ),
    )


__getattr__ = lazy(globals(), {"RESPONSES": _define})
