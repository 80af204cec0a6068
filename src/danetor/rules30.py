"""The 30 rules self-audit: :func:`audit_rules` → :class:`RulesAudit`.

Given the numbers of the rules you keep, it reports which you break, grouped (our four groups), with a score.
The rules themselves are :data:`danetor.playbooks.rules30.RULES30`.
"""

from __future__ import annotations

from collections.abc import Iterable
from fractions import Fraction
from typing import Any

from pydantic import BaseModel, ConfigDict

from .errors import InvalidInput
from .playbooks.rules30 import EXPLAIN, GROUP_TITLES, RULES30, ManagerRule, RuleGroup
from .text import Lang, as_lang

__all__ = ["GroupAudit", "RulesAudit", "audit_rules", "rule30"]

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
    raise InvalidInput(argument, value, _ALLOWED, "rule numbers, as int or digits")


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


class RulesAudit(BaseModel):
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
        raise InvalidInput("kept", kept, ("an iterable of rule numbers 1..30",))
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
