"""The KAM quadrant as a function: :func:`kam_quadrant` → :class:`KamAdvice`.

The rule set (:data:`danetor.rules.kam.KAM`) is compiled through durable_rules ahead of time and ships as a
verified table, loaded on the first call; the four possible results are built then and every later call is a dictionary lookup.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any, TypeVar

from pydantic import BaseModel, ConfigDict

from ._result import Readable
from ._sync import Lock
from .rules.kam import KAM, Attractiveness, Quadrant, Relationship
from .rules.kam_practice import practices_for
from .text import Lang, Text, as_lang
from .words import as_enum

__all__ = ["ATTRACTIVENESS_WORDS", "RELATIONSHIP_WORDS", "KamAdvice", "kam_quadrant"]


# -- texts (by key) -------------------------------------------------------------------------------------

#: keyed by :class:`danetor.rules.kam.Attractiveness` values
ATTRACTIVENESS_VALUES: dict[str, Text] = {
    "high": Text.of("kam.attractiveness_values.high"),
    "low": Text.of("kam.attractiveness_values.low"),
}


#: keyed by :class:`danetor.rules.kam.Relationship` values
RELATIONSHIP_VALUES: dict[str, Text] = {
    "strong": Text.of("kam.relationship_values.strong"),
    "weak": Text.of("kam.relationship_values.weak"),
}


#: keyed by :class:`danetor.rules.kam.Quadrant` values; the source's English names are kept in Russian too
QUADRANT_NAMES: dict[str, Text] = {
    "strategic": Text.of("kam.quadrant_names.strategic"),
    "star": Text.of("kam.quadrant_names.star"),
    "status": Text.of("kam.quadrant_names.status"),
    "streamline": Text.of("kam.quadrant_names.streamline"),
}


#: the source's action for each quadrant (en: the source's words; ru: our translation)
QUADRANT_ACTIONS: dict[str, Text] = {
    "strategic": Text.of("kam.quadrant_actions.strategic"),
    "star": Text.of("kam.quadrant_actions.star"),
    "status": Text.of("kam.quadrant_actions.status"),
    "streamline": Text.of("kam.quadrant_actions.streamline"),
}


#: fixed templates for :meth:`danetor.kam.KamAdvice.explain` (only our own values are formatted into them)
EXPLAIN: dict[str, Text] = {
    "quadrant": Text.of("kam.explain.quadrant"),
    "inputs": Text.of("kam.explain.inputs"),
    "action": Text.of("kam.explain.action"),
    "why": Text.of("kam.explain.why"),
}

#: the KAM practices in :meth:`KamAdvice.explain` (issue 16; the mapping to quadrants is ours)
PRACTICE_EXPLAIN: dict[str, Text] = {
    "practices": Text.of("kam_practice.explain.practices"),
    "item": Text.of("kam_practice.explain.item"),
    "why": Text.of("kam_practice.explain.why"),
}


E = TypeVar("E", Attractiveness, Relationship)

#: every string :func:`kam_quadrant` accepts for *attractiveness* (trimmed, lower-cased), and what it means
ATTRACTIVENESS_WORDS: Mapping[str, Attractiveness] = MappingProxyType(
    {
        "high": Attractiveness.HIGH,
        "low": Attractiveness.LOW,
        "высокая": Attractiveness.HIGH,
        "низкая": Attractiveness.LOW,
    }
)
#: every string :func:`kam_quadrant` accepts for *relationship* (trimmed, lower-cased), and what it means
RELATIONSHIP_WORDS: Mapping[str, Relationship] = MappingProxyType(
    {
        "strong": Relationship.STRONG,
        "weak": Relationship.WEAK,
        "high": Relationship.STRONG,
        "low": Relationship.WEAK,
        "сильные": Relationship.STRONG,
        "слабые": Relationship.WEAK,
    }
)


def _as_level(value: Any, argument: str, words: Mapping[str, E], true: E, false: E) -> E:
    """Normalise one axis value: ``True``/``False`` or a word in *words*; anything else is :class:`InvalidInput`."""
    # the one normaliser (danetor.words), which also takes "High", "высокая"…
    return as_enum(
        value, type(true), argument, extra={True: true, False: false}, shown=(*words, "True", "False")
    )


class KamAdvice(Readable, BaseModel):
    """The result of :func:`kam_quadrant`: frozen, JSON-serialisable, and able to explain itself."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    attractiveness: Attractiveness
    relationship: Relationship
    quadrant: Quadrant
    #: id of the rule that decided (the quadrant's name)
    rule: str
    #: the KAM practices that apply to the quadrant, in the source's order (the mapping is ours: the source ties
    #: no practice to a quadrant); see :data:`danetor.rules.kam_practice.PRACTICES`
    practices: tuple[str, ...] = ()

    def name(self, lang: Lang | str = Lang.RU) -> str:
        """The quadrant's name in *lang*."""
        return QUADRANT_NAMES[self.quadrant](lang)

    def action(self, lang: Lang | str = Lang.RU) -> str:
        """What to do with an account in this quadrant (the source's action)."""
        return QUADRANT_ACTIONS[self.quadrant](lang)

    def explain(self, lang: Lang | str = Lang.RU) -> str:
        """The quadrant, the inputs, what to do and why, and the KAM practices for it, in plain words."""
        lang = as_lang(lang)
        practices = [p for p in practices_for(self.quadrant) if p.id in self.practices]
        reasons = dict.fromkeys(Text.of(p.reason)(lang) for p in practices)
        lines = [
            PRACTICE_EXPLAIN["practices"](lang),
            *(PRACTICE_EXPLAIN["item"](lang).format(practice=Text.of(p.short)(lang)) for p in practices),
            PRACTICE_EXPLAIN["why"](lang).format(why=" ".join(reasons)),
        ]
        return "\n".join(
            [
                EXPLAIN["quadrant"](lang).format(quadrant=self.name(lang)),
                EXPLAIN["inputs"](lang).format(
                    attractiveness=ATTRACTIVENESS_VALUES[self.attractiveness](lang),
                    relationship=RELATIONSHIP_VALUES[self.relationship](lang),
                ),
                EXPLAIN["action"](lang).format(action=self.action(lang)),
                EXPLAIN["why"](lang).format(why=Text.of(KAM.rule(self.rule).why)(lang)),
                *(lines if practices else ()),
            ]
        )


_advice: dict[tuple[Attractiveness, Relationship], KamAdvice] = {}
_lock = Lock()  # fork-safe (danetor._sync)


def _build() -> dict[tuple[Attractiveness, Relationship], KamAdvice]:
    with _lock:
        if not _advice:  # built whole, then published in one step: a reader never sees half of it
            from .shipped import compiled

            table = compiled(KAM)
            built = {}
            for a in Attractiveness:
                for r in Relationship:
                    row = table.lookup(a.value, r.value)
                    quadrant = Quadrant(row.outcome)
                    built[(a, r)] = KamAdvice(
                        attractiveness=a,
                        relationship=r,
                        quadrant=quadrant,
                        rule=row.rule,
                        practices=tuple(p.id for p in practices_for(quadrant)),
                    )
            _advice.update(built)
        return _advice


def kam_quadrant(attractiveness: Any, relationship: Any) -> KamAdvice:
    """Place an account in the KAM quadrant and say what to do with it.

    *attractiveness*: an :class:`Attractiveness`, ``True``/``False`` (high/low) or one of
    :data:`ATTRACTIVENESS_WORDS` (``"high"``, ``"low"``, ``"высокая"``, ``"низкая"``; any case).
    *relationship*: a :class:`Relationship`, ``True``/``False`` (strong/weak) or one of :data:`RELATIONSHIP_WORDS`
    (``"strong"``, ``"weak"``, also ``"high"``/``"low"``, ``"сильные"``, ``"слабые"``; any case).
    Anything else raises :class:`~danetor.errors.InvalidInput` naming the argument and the allowed values.

    >>> kam_quadrant("high", "weak").quadrant
    <Quadrant.STAR: 'star'>
    """
    a = (
        attractiveness
        if type(attractiveness) is Attractiveness
        else _as_level(
            attractiveness, "attractiveness", ATTRACTIVENESS_WORDS, Attractiveness.HIGH, Attractiveness.LOW
        )
    )
    r = (
        relationship
        if type(relationship) is Relationship
        else _as_level(
            relationship, "relationship", RELATIONSHIP_WORDS, Relationship.STRONG, Relationship.WEAK
        )
    )
    try:
        return _advice[(a, r)]
    except KeyError:
        return _build()[(a, r)]
