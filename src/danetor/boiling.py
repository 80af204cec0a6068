"""Signs of a client «coming to the boil» as a function: :func:`boiling_check` → :class:`BoilingAdvice`.

The rule set (:data:`danetor.rules.boiling.BOILING`) is compiled through durable_rules ahead of time and ships as a
verified table, loaded on the first call; the eight possible results are built then and every later call is a dictionary lookup.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

from pydantic import BaseModel, ConfigDict

from ._result import Readable
from ._sync import Lock
from .rules.boiling import ACTION_FOR, BOILING, SIGNALS, BoilingAction, Observed, Urgency
from .text import Lang, Text, as_lang
from .words import as_enum

__all__ = ["OBSERVED_WORDS", "BoilingAdvice", "boiling_check"]


# -- texts (by key) -------------------------------------------------------------------------------------

#: short labels of the three signals (keyed by input name)
SIGNAL_LABELS: dict[str, Text] = {
    "irritation": Text.of("boiling.signal_labels.irritation"),
    "avoids_meetings": Text.of("boiling.signal_labels.avoids_meetings"),
    "short_late_replies": Text.of("boiling.signal_labels.short_late_replies"),
}


#: keyed by :class:`danetor.rules.boiling.Urgency` values
URGENCY_LABELS: dict[str, Text] = {
    "none": Text.of("boiling.urgency_labels.none"),
    "elevated": Text.of("boiling.urgency_labels.elevated"),
    "high": Text.of("boiling.urgency_labels.high"),
    "highest": Text.of("boiling.urgency_labels.highest"),
}


#: how soon to act at each urgency (ours: the book gives the ordering, not the timing)
URGENCY_WHEN: dict[str, Text] = {
    "none": Text.of("boiling.urgency_when.none"),
    "elevated": Text.of("boiling.urgency_when.elevated"),
    "high": Text.of("boiling.urgency_when.high"),
    "highest": Text.of("boiling.urgency_when.highest"),
}


#: keyed by :class:`danetor.rules.boiling.BoilingAction` values
ACTION_TEXTS: dict[str, Text] = {
    "watch": Text.of("boiling.action_texts.watch"),
    "ask": Text.of("boiling.action_texts.ask"),
}


#: fixed templates for :meth:`danetor.boiling.BoilingAdvice.explain` (only our own values are formatted in)
EXPLAIN: dict[str, Text] = {
    "signs": Text.of("boiling.explain.signs"),
    "no_signs": Text.of("boiling.explain.no_signs"),
    "urgency": Text.of("boiling.explain.urgency"),
    "action": Text.of("boiling.explain.action"),
    "why": Text.of("boiling.explain.why"),
}


#: every string :func:`boiling_check` accepts for a signal (trimmed, lower-cased), and what it means
OBSERVED_WORDS: Mapping[str, Observed] = MappingProxyType(
    {"yes": Observed.YES, "no": Observed.NO, "да": Observed.YES, "нет": Observed.NO}
)
_ALLOWED = (*OBSERVED_WORDS, "True", "False")


def _as_observed(value: Any, argument: str) -> Observed:
    """Normalise one signal: an :class:`Observed`, ``True``/``False`` or a word in :data:`OBSERVED_WORDS`."""
    return as_enum(value, Observed, argument, extra={True: Observed.YES, False: Observed.NO}, shown=_ALLOWED)


class BoilingAdvice(Readable, BaseModel):
    """The result of :func:`boiling_check`: frozen, JSON-serialisable, and able to explain itself."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    irritation: bool
    avoids_meetings: bool
    short_late_replies: bool
    urgency: Urgency
    action: BoilingAction
    #: id of the rule that decided (``calm``, ``irritation``, ``withdrawal``, ``irritation_and_withdrawal``)
    rule: str

    @property
    def signs(self) -> tuple[str, ...]:
        """The names of the signs observed, in the book's order."""
        return tuple(s for s in SIGNALS if getattr(self, s))

    def advice(self, lang: Lang | str = Lang.RU) -> str:
        """What to do, in *lang*."""
        return ACTION_TEXTS[self.action](lang)

    def explain(self, lang: Lang | str = Lang.RU) -> str:
        """The signs seen, the urgency and when to act, what to do and why."""
        lang = as_lang(lang)
        signs = self.signs
        return "\n".join(
            [
                EXPLAIN["signs"](lang).format(signs="; ".join(SIGNAL_LABELS[s](lang) for s in signs))
                if signs
                else EXPLAIN["no_signs"](lang),
                EXPLAIN["urgency"](lang).format(
                    urgency=URGENCY_LABELS[self.urgency](lang), when=URGENCY_WHEN[self.urgency](lang)
                ),
                EXPLAIN["action"](lang).format(action=self.advice(lang)),
                EXPLAIN["why"](lang).format(why=Text.of(BOILING.rule(self.rule).why)(lang)),
            ]
        )


_results: dict[tuple[Observed, Observed, Observed], BoilingAdvice] = {}
_lock = Lock()  # fork-safe (danetor._sync)


def _build() -> dict[tuple[Observed, Observed, Observed], BoilingAdvice]:
    with _lock:
        if not _results:  # built whole, then published in one step: a reader never sees half of it
            from .shipped import compiled

            table = compiled(BOILING)
            built: dict[tuple[Observed, Observed, Observed], BoilingAdvice] = {}
            for combo in BOILING.combinations():
                first, second, third = (Observed(combo[s]) for s in SIGNALS)
                key = (first, second, third)
                row = table.lookup(*key)
                urgency = Urgency(row.outcome)
                built[key] = BoilingAdvice(
                    **{s: combo[s] == Observed.YES for s in SIGNALS},
                    urgency=urgency,
                    action=ACTION_FOR[urgency],
                    rule=row.rule,
                )
            _results.update(built)
        return _results


def boiling_check(
    *, irritation: Any = False, avoids_meetings: Any = False, short_late_replies: Any = False
) -> BoilingAdvice:
    """Read the signs of a client «coming to the boil» and say what to do and how urgently.

    Each signal is ``True``/``False``, an :class:`Observed`, or one of ``"yes"``, ``"no"``, ``"да"``, ``"нет"``
    (any case); a signal not given was not observed. Anything else raises :class:`~danetor.errors.InvalidInput`
    naming the argument and the allowed values.

    *irritation*: irritation suddenly showed in a few of the client's phrases.
    *avoids_meetings*: the client avoids meetings in person and even phone calls.
    *short_late_replies*: the client answers email briefly and late.

    >>> boiling_check(short_late_replies=True).urgency
    <Urgency.HIGH: 'high'>
    """
    key = (
        _as_observed(irritation, "irritation"),
        _as_observed(avoids_meetings, "avoids_meetings"),
        _as_observed(short_late_replies, "short_late_replies"),
    )
    try:
        return _results[key]
    except KeyError:
        return _build()[key]
