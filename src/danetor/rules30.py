"""The 30 rules self-audit: :func:`audit_rules` → :class:`RulesAudit`.

Given the numbers of the rules you keep, it reports which you break, grouped (our four groups), with a score.
The rules themselves are :data:`danetor.playbooks.rules30.RULES30`.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum
from fractions import Fraction
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from ._result import Readable
from .errors import InvalidInput
from .text import Lang, Text, as_lang

__all__ = ["GroupAudit", "RulesAudit", "audit_rules", "rule30"]


# -- texts (by key) -------------------------------------------------------------------------------------


class RuleGroup(StrEnum):
    """Our grouping of the 30 rules (the source has one list)."""

    CLIENT = "client"
    DEADLINES = "deadlines"
    TEAM = "team"
    STANCE = "stance"


class ManagerRule(BaseModel):
    """One of the 30 rules: its number in the source, our group, and its text."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    number: int = Field(ge=1, le=30)
    group: RuleGroup
    text: Text


GROUP_TITLES: dict[str, Text] = {
    RuleGroup.CLIENT: Text.of("rules30.group_titles.client"),
    RuleGroup.DEADLINES: Text.of("rules30.group_titles.deadlines"),
    RuleGroup.TEAM: Text.of("rules30.group_titles.team"),
    RuleGroup.STANCE: Text.of("rules30.group_titles.stance"),
}


_C, _D, _T, _S = RuleGroup.CLIENT, RuleGroup.DEADLINES, RuleGroup.TEAM, RuleGroup.STANCE


_RULES: tuple[tuple[RuleGroup, Text], ...] = (
    (_C, Text.of("rules30.rule.1")),
    (_C, Text.of("rules30.rule.2")),
    (_T, Text.of("rules30.rule.3")),
    (_T, Text.of("rules30.rule.4")),
    (_T, Text.of("rules30.rule.5")),
    (_C, Text.of("rules30.rule.6")),
    (_D, Text.of("rules30.rule.7")),
    (_D, Text.of("rules30.rule.8")),
    (_S, Text.of("rules30.rule.9")),
    (_C, Text.of("rules30.rule.10")),
    (_S, Text.of("rules30.rule.11")),
    (_S, Text.of("rules30.rule.12")),
    (_S, Text.of("rules30.rule.13")),
    (_C, Text.of("rules30.rule.14")),
    (_S, Text.of("rules30.rule.15")),
    (_S, Text.of("rules30.rule.16")),
    (_D, Text.of("rules30.rule.17")),
    (_S, Text.of("rules30.rule.18")),
    (_D, Text.of("rules30.rule.19")),
    (_S, Text.of("rules30.rule.20")),
    (_T, Text.of("rules30.rule.21")),
    (_T, Text.of("rules30.rule.22")),
    (_C, Text.of("rules30.rule.23")),
    (_T, Text.of("rules30.rule.24")),
    (_S, Text.of("rules30.rule.25")),
    (_C, Text.of("rules30.rule.26")),
    (_C, Text.of("rules30.rule.27")),
    (_D, Text.of("rules30.rule.28")),
    (_T, Text.of("rules30.rule.29")),
    (_S, Text.of("rules30.rule.30")),
)


#: the 30 rules, in the source's order
RULES30: tuple[ManagerRule, ...] = tuple(
    ManagerRule(number=n, group=g, text=text) for n, (g, text) in enumerate(_RULES, 1)
)


#: fixed templates for :meth:`danetor.rules30.RulesAudit.explain` (only our own values go in)
EXPLAIN: dict[str, Text] = {
    "score": Text.of("rules30.explain.score"),
    "group": Text.of("rules30.explain.group"),
    "broken": Text.of("rules30.explain.broken"),
    "rule": Text.of("rules30.explain.rule"),
    "all_kept": Text.of("rules30.explain.all_kept"),
    "weakest": Text.of("rules30.explain.weakest"),
}


_BY_NUMBER = {r.number: r for r in RULES30}
_NUMBERS = tuple(_BY_NUMBER)
_ALLOWED = (f"{_NUMBERS[0]}..{_NUMBERS[-1]}",)


def rule30(number: int) -> ManagerRule:
    """Rule *number* (1–30); anything else raises :class:`~danetor.errors.InvalidInput`."""
    return _BY_NUMBER[_as_number(number, "number")]


def _as_number(value: Any, argument: str) -> int:
    if type(value) is int and value in _BY_NUMBER:
        return value
    if isinstance(value, str):
        digits = value.strip()
        if digits.isascii() and digits.isdigit() and int(digits) in _BY_NUMBER:
            return int(digits)
    raise InvalidInput(argument, value, _ALLOWED, Text.of("errors.hint.rule_numbers"))


def _percent(part: int, whole: int) -> int:
    """*part* / *whole* as a whole percentage, rounded half up (no float surprises)."""
    return (200 * part + whole) // (2 * whole)


class GroupAudit(BaseModel):
    """One group of rules in an audit: which of its rules are kept and which are broken."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    group: RuleGroup
    kept: tuple[int, ...]
    broken: tuple[int, ...]

    @property
    def total(self) -> int:
        return len(self.kept) + len(self.broken)


class RulesAudit(Readable, BaseModel):
    """The result of :func:`audit_rules`: frozen, JSON-serialisable, and able to explain itself."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    #: rule numbers kept / broken, ascending
    kept: tuple[int, ...]
    broken: tuple[int, ...]
    #: number of rules kept, out of :attr:`total`
    score: int
    total: int
    #: score as a whole percentage (rounded half up)
    percent: int
    #: per group, in :class:`RuleGroup` order
    groups: tuple[GroupAudit, ...]
    #: the groups with the largest share of broken rules (several on a tie; empty when nothing is broken)
    weakest: tuple[RuleGroup, ...]

    def broken_rules(self) -> tuple[ManagerRule, ...]:
        """The rules broken, ascending by number."""
        return tuple(_BY_NUMBER[n] for n in self.broken)

    def explain(self, lang: Lang | str = Lang.RU) -> str:
        """The score, then each group's score and the rules broken in it, then where most work is."""
        lang = as_lang(lang)
        lines = [EXPLAIN["score"](lang).format(kept=self.score, total=self.total, percent=self.percent)]
        if not self.broken:
            lines.append(EXPLAIN["all_kept"](lang))
            return "\n".join(lines)
        for g in self.groups:
            lines.append(
                EXPLAIN["group"](lang).format(
                    title=GROUP_TITLES[g.group](lang), kept=len(g.kept), total=g.total
                )
            )
            for n in g.broken:
                rule = EXPLAIN["rule"](lang).format(number=n, text=_BY_NUMBER[n].text(lang))
                lines.append(EXPLAIN["broken"](lang).format(rule=rule))
        lines.append(
            EXPLAIN["weakest"](lang).format(groups=", ".join(GROUP_TITLES[g](lang) for g in self.weakest))
        )
        return "\n".join(lines)


def audit_rules(kept: Iterable[Any]) -> RulesAudit:
    """Audit yourself against the 30 rules.

    *kept*: the numbers (1–30; ints, or strings of digits) of the rules you keep; repeats are ignored, order does
    not matter. Every other rule counts as broken. A number outside 1–30, or anything that is not a number,
    raises :class:`~danetor.errors.InvalidInput`; so does a bare string or a non-iterable for *kept*.

    >>> audit_rules(range(1, 30)).broken
    (30,)
    """
    if isinstance(kept, (str, bytes)) or not isinstance(kept, Iterable):
        raise InvalidInput("kept", kept, (Text.of("errors.allowed.rule_numbers"),))
    chosen = {_as_number(v, "kept") for v in kept}
    kept_t = tuple(n for n in _NUMBERS if n in chosen)
    broken_t = tuple(n for n in _NUMBERS if n not in chosen)
    groups = tuple(
        GroupAudit(
            group=g,
            kept=tuple(n for n in kept_t if _BY_NUMBER[n].group is g),
            broken=tuple(n for n in broken_t if _BY_NUMBER[n].group is g),
        )
        for g in RuleGroup
    )
    weakest: tuple[RuleGroup, ...] = ()
    if broken_t:
        share = {x.group: Fraction(len(x.broken), x.total) for x in groups}  # exact, no float ties
        top = max(share.values())
        weakest = tuple(g for g, s in share.items() if s == top)
    return RulesAudit(
        kept=kept_t,
        broken=broken_t,
        score=len(kept_t),
        total=len(_NUMBERS),
        percent=_percent(len(kept_t), len(_NUMBERS)),
        groups=groups,
        weakest=weakest,
    )
