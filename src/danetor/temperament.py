"""How to talk, negotiate and report to a client of each temperament, with where each piece of advice comes from.

The book gives advice for the choleric only («быть кратким», «поддерживать свой статус равного партнера», «не
бояться давать мягкий отпор»). For the other temperaments the advice is general guidance of ours, and the result
says so: every :class:`TemperamentTip` carries its :class:`TipOrigin`, and :attr:`TemperamentAdvice.in_book` is true
only where the book itself advises.

>>> advice = temperament_advice("холерик")
>>> advice.in_book, advice.talk.origin, advice.report.origin
(True, <TipOrigin.BOOK: 'book'>, <TipOrigin.OURS: 'ours'>)
>>> temperament_advice("melancholic").in_book
False
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from types import MappingProxyType
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict

from ._deprecated import renamed
from ._result import Readable
from .text import Lang, Text, as_lang
from .words import as_enum

__all__ = [
    "TEMPERAMENT_WORDS",
    "TemperamentTip",
    "TipOrigin",
    "Temperament",
    "TemperamentAdvice",
    "temperament_advice",
]


# -- texts (by key) -------------------------------------------------------------------------------------

Origin = Literal["book", "ours"]


class AdviceText(BaseModel):
    """One piece of advice and where it comes from: the book, or us."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    text: Text
    origin: Origin


class TemperamentText(BaseModel):
    """Everything said about one temperament: its name, what the book says (if anything), and the advice."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: Text
    #: what the book itself says about this temperament, or ``None`` when it says nothing
    book_says: Text | None
    talk: AdviceText
    negotiate: AdviceText
    report: AdviceText


#: The three areas the book names, in its order: общение, переговоры, отчет о проделанной работе.
AREAS: dict[str, Text] = {
    "talk": Text.of("temperament.areas.talk"),
    "negotiate": Text.of("temperament.areas.negotiate"),
    "report": Text.of("temperament.areas.report"),
}


ORIGIN_LABELS: dict[str, Text] = {
    "book": Text.of("temperament.origin_labels.book"),
    "ours": Text.of("temperament.origin_labels.ours"),
}


NOT_IN_BOOK = Text.of("temperament.not_in_book")


#: Fixed words for :meth:`danetor.temperament.TemperamentAdvice.explain` (our templates, our values only).
EXPLAIN: dict[str, Text] = {
    "book": Text.of("temperament.explain.book"),
    "line": Text.of("temperament.explain.line"),
}


_SAME_WAY = Text.of("temperament.same_way")


def _book(text: Text) -> AdviceText:
    return AdviceText(text=text, origin="book")


def _ours(text: Text) -> AdviceText:
    return AdviceText(text=text, origin="ours")


#: Keyed by :class:`danetor.temperament.Temperament` value, in the classical order.
TEMPERAMENTS: dict[str, TemperamentText] = {
    "choleric": TemperamentText(
        name=Text.of("temperament.temperaments.choleric.name"),
        book_says=Text.of("temperament.temperaments.choleric.book_says"),
        talk=_book(
            Text.of("temperament.temperaments.choleric.talk.1"),
        ),
        negotiate=_book(
            Text.of("temperament.temperaments.choleric.negotiate.1"),
        ),
        report=_ours(
            Text.of("temperament.temperaments.choleric.report.1"),
        ),
    ),
    "sanguine": TemperamentText(
        name=Text.of("temperament.temperaments.sanguine.name"),
        book_says=_SAME_WAY,
        talk=_ours(
            Text.of("temperament.temperaments.sanguine.talk.1"),
        ),
        negotiate=_ours(
            Text.of("temperament.temperaments.sanguine.negotiate.1"),
        ),
        report=_ours(
            Text.of("temperament.temperaments.sanguine.report.1"),
        ),
    ),
    "phlegmatic": TemperamentText(
        name=Text.of("temperament.temperaments.phlegmatic.name"),
        book_says=_SAME_WAY,
        talk=_ours(
            Text.of("temperament.temperaments.phlegmatic.talk.1"),
        ),
        negotiate=_ours(
            Text.of("temperament.temperaments.phlegmatic.negotiate.1"),
        ),
        report=_ours(
            Text.of("temperament.temperaments.phlegmatic.report.1"),
        ),
    ),
    "melancholic": TemperamentText(
        name=Text.of("temperament.temperaments.melancholic.name"),
        book_says=None,
        talk=_ours(
            Text.of("temperament.temperaments.melancholic.talk.1"),
        ),
        negotiate=_ours(
            Text.of("temperament.temperaments.melancholic.negotiate.1"),
        ),
        report=_ours(
            Text.of("temperament.temperaments.melancholic.report.1"),
        ),
    ),
}


class Temperament(StrEnum):
    """The four classical temperaments."""

    CHOLERIC = "choleric"
    SANGUINE = "sanguine"
    PHLEGMATIC = "phlegmatic"
    MELANCHOLIC = "melancholic"


class TipOrigin(StrEnum):
    """Where a piece of advice comes from: the book itself, or us (general guidance, not the book's)."""

    BOOK = "book"
    OURS = "ours"


if {t.value for t in Temperament} != set(
    TEMPERAMENTS
):  # pragma: no cover - a definition error, caught on import
    raise RuntimeError(
        f"temperament texts {sorted(TEMPERAMENTS)} do not match {[t.value for t in Temperament]}"
    )

#: Every word :func:`temperament_advice` accepts (after trimming and lower-casing), and what it means.
TEMPERAMENT_WORDS: Mapping[str, Temperament] = MappingProxyType(
    {
        **{t.value: t for t in Temperament},
        # the Russian names, as a user types them (input words, not texts: a policy's wording does not change them)
        "холерик": Temperament.CHOLERIC,
        "сангвиник": Temperament.SANGUINE,
        "флегматик": Temperament.PHLEGMATIC,
        "меланхолик": Temperament.MELANCHOLIC,
    }
)


class TemperamentTip(BaseModel):
    """One piece of advice, in both languages, and where it comes from."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    text: Text
    origin: TipOrigin

    @classmethod
    def _of(cls, advice: AdviceText) -> TemperamentTip:
        return cls(text=advice.text, origin=TipOrigin(advice.origin))


class TemperamentAdvice(Readable, BaseModel):
    """How to talk, negotiate and report to one temperament; each piece marked book or ours."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    temperament: Temperament
    name: Text
    #: what the book itself says about this temperament (``None`` for the melancholic: it says nothing)
    book_says: Text | None
    talk: TemperamentTip
    negotiate: TemperamentTip
    report: TemperamentTip
    #: a warning that the advice is not the book's, where that is so
    note: Text | None

    @property
    def in_book(self) -> bool:
        """True when the book itself advises on this temperament (some advice has origin BOOK)."""
        return any(a.origin is TipOrigin.BOOK for a in (self.talk, self.negotiate, self.report))

    def explain(self, lang: Lang | str = Lang.RU) -> str:
        """The advice as text in *lang*, one area per line, each marked with where it comes from."""
        lang = as_lang(lang)
        lines = [self.name(lang) + "."]
        if self.book_says is not None:
            lines.append(EXPLAIN["book"](lang).format(quote=self.book_says(lang)))
        if self.note is not None:
            lines.append(self.note(lang))
        for area, label in AREAS.items():
            advice: TemperamentTip = getattr(self, area)
            lines.append(
                EXPLAIN["line"](lang).format(
                    area=label(lang), advice=advice.text(lang), origin=ORIGIN_LABELS[advice.origin](lang)
                )
            )
        return "\n".join(lines)


def _as_temperament(value: Any) -> Temperament:
    return as_enum(value, Temperament, "temperament", shown=tuple(TEMPERAMENT_WORDS))


_built: dict[Temperament, TemperamentAdvice] = {}


def temperament_advice(temperament: Temperament | str) -> TemperamentAdvice:
    """The advice for *temperament*: a :class:`Temperament`, its value (``"choleric"``) or its Russian name
    (``"холерик"``), any case. Anything else raises :class:`~danetor.errors.InvalidInput`."""
    t = _as_temperament(temperament)
    hit = _built.get(t)
    if hit is None:
        texts = TEMPERAMENTS[t.value]
        talk, negotiate, report = (
            TemperamentTip._of(texts.talk),
            TemperamentTip._of(texts.negotiate),
            TemperamentTip._of(texts.report),
        )
        in_book = any(a.origin is TipOrigin.BOOK for a in (talk, negotiate, report))
        hit = _built[t] = TemperamentAdvice(
            temperament=t,
            name=texts.name,
            book_says=texts.book_says,
            talk=talk,
            negotiate=negotiate,
            report=report,
            note=None if in_book else NOT_IN_BOOK,
        )
    return hit


#: names renamed in 0.2.0, still importable with a DeprecationWarning
__getattr__ = renamed(__name__, {"Advice": "TemperamentTip", "AdviceOrigin": "TipOrigin"}, globals())
