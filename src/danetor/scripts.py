"""What to say after the verdict: the empathic no, "selling" the extra, confirming paid work, asking for what is
missing — and :func:`respond`, which goes from a :class:`~danetor.decision.Decision` to the right one.

The words live in the text registry (``scripts.*``); this module chooses a wording and puts the user's text into
it. User text (request, reason, alternative, concession, service, client name, sender, a price given as text) is
data: it is stripped of surrounding whitespace (and a phrase of a final ``. ! ? …``, since our sentence supplies
the punctuation) and inserted as it is, never used as a template. A slot that takes the user's words has one
sentence per form of what was typed («переделать баннеры», «скидка 30 %», «скидку 30 %»; "redo the banners",
"a 30% discount"): :mod:`danetor._phrase` recognises the form and picks the sentence that reads with it.

The choice between wordings is deterministic: a SHA-256 of the kind, the tone and the inputs picks one of
:data:`~danetor.playbooks.scripts.VARIANTS`, so the same inputs always give the same message (in every process),
and the same inputs give parallel wordings in Russian and in English. ``variant=`` overrides the choice.
"""

from __future__ import annotations

import hashlib
import json
import string
from collections.abc import Mapping
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, NamedTuple

from pydantic import BaseModel, ConfigDict, Field, model_validator

from . import letter
from ._active import ACTIVE, bound, using, with_policy
from ._phrase import frame
from ._result import Message
from .decision import Decision
from .decision import questions as questions_in_force
from .errors import InvalidInput
from .numbers import NumberProblem, magnitude_problem
from .questions import QUESTIONS
from .rules.danetor import Answer, Verdict
from .rules.scripts import Audience, Currency, PartKind, ScriptKind, Tone, Work
from .text import Lang, Text, as_lang, phrase, user_text
from .words import as_enum

if TYPE_CHECKING:  # pragma: no cover
    from .policy import Policy

__all__ = [
    "NEEDS",
    "RESPONSES",
    "Audience",
    "Currency",
    "Part",
    "PartKind",
    "Script",
    "ScriptKind",
    "Tone",
    "Work",
    "confirm",
    "empathic_no",
    "format_amount",
    "format_hours",
    "respond",
    "sell_extra",
]


# -- texts (by key) -------------------------------------------------------------------------------------

#: the order of the parts of each kind of message (optional parts included, in their place)
PART_ORDER: MappingProxyType[ScriptKind, tuple[PartKind, ...]] = MappingProxyType(
    {
        # The book: understanding first, then the firm no with its reason, then the way out. A concession
        # («разбавляйте отказы небольшими уступками») comes straight after the no it dilutes, and before the
        # alternative, so the message still ends on the way forward. The quality warning (pressure costs
        # quality) belongs to the reason, so it follows the refusal directly.
        ScriptKind.EMPATHIC_NO: (
            PartKind.EMPATHY,
            PartKind.REFUSAL,
            PartKind.QUALITY,
            PartKind.CONCESSION,
            PartKind.ALTERNATIVE,
        ),
        # The book's own sentence: what it is worth, then "but for you, as an exception, free".
        ScriptKind.SELL_EXTRA: (PartKind.VALUE, PartKind.EXCEPTION),
        ScriptKind.CONFIRMATION: (PartKind.YES, PartKind.TERMS, PartKind.NEXT),
        ScriptKind.CLARIFY: (PartKind.THANKS, PartKind.ASK, PartKind.NEXT),
        ScriptKind.CLARIFY_NOTE: (PartKind.REQUEST, PartKind.CLARIFY, PartKind.NEXT),
    }
)


#: the parts every message of a kind has (the others are optional)
REQUIRED_PARTS: MappingProxyType[ScriptKind, frozenset[PartKind]] = MappingProxyType(
    {
        ScriptKind.EMPATHIC_NO: frozenset({PartKind.EMPATHY, PartKind.REFUSAL, PartKind.ALTERNATIVE}),
        ScriptKind.SELL_EXTRA: frozenset({PartKind.VALUE, PartKind.EXCEPTION}),
        ScriptKind.CONFIRMATION: frozenset({PartKind.YES, PartKind.NEXT}),
        ScriptKind.CLARIFY: frozenset({PartKind.THANKS, PartKind.ASK, PartKind.NEXT}),
        ScriptKind.CLARIFY_NOTE: frozenset({PartKind.CLARIFY, PartKind.NEXT}),
    }
)


#: the template slots of each kind and the placeholders each slot may (and, ru and en alike, must) use
SLOT_FIELDS: MappingProxyType[ScriptKind, MappingProxyType[str, frozenset[str]]] = MappingProxyType(
    {
        ScriptKind.EMPATHIC_NO: MappingProxyType(
            {
                "empathy": frozenset({"request"}),
                "refusal": frozenset({"reason"}),
                "quality": frozenset(),
                "concession": frozenset({"concession"}),
                "alternative": frozenset({"alternative"}),
            }
        ),
        ScriptKind.SELL_EXTRA: MappingProxyType(
            {"value": frozenset({"service", "value"}), "exception": frozenset()}
        ),
        ScriptKind.CONFIRMATION: MappingProxyType({"yes": frozenset({"request"}), "next": frozenset()}),
        ScriptKind.CLARIFY: MappingProxyType(
            {
                "thanks": frozenset({"request"}),
                "thanks_plain": frozenset(),
                "ask": frozenset(),
                "next": frozenset(),
            }
        ),
        ScriptKind.CLARIFY_NOTE: MappingProxyType(
            {"request": frozenset({"request"}), "clarify": frozenset(), "next": frozenset()}
        ),
    }
)


#: how many wordings each kind of message has in each tone; ``variant=`` picks one of ``range(VARIANTS)``
VARIANTS = 3


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


#: the slots that take the user's words, with the argument whose text fills each: such a slot has one sentence per
#: frame (``<slot>.inf``, ``<slot>.obj``, ``<slot>.any``; see :mod:`danetor._phrase`), the others one sentence
USER_SLOTS: MappingProxyType[ScriptKind, MappingProxyType[str, str]] = MappingProxyType(
    {
        ScriptKind.EMPATHIC_NO: MappingProxyType(
            {"empathy": "request", "concession": "concession", "alternative": "alternative"}
        ),
        ScriptKind.SELL_EXTRA: MappingProxyType({"value": "service"}),
        ScriptKind.CONFIRMATION: MappingProxyType({"yes": "request"}),
        ScriptKind.CLARIFY: MappingProxyType({"thanks": "request"}),
        ScriptKind.CLARIFY_NOTE: MappingProxyType({"request": "request"}),
    }
)

#: the frames of a slot that takes the user's words
FRAMES = ("inf", "obj", "any")

#: where each kind's wordings live in the registry: ``<prefix>.<tone>.<variant>.<slot>[.<frame>]`` (the note to
#: the manager has one set for both tones: ``scripts.note.<variant>.<slot>[.<frame>]``)
_PREFIX: MappingProxyType[ScriptKind, str] = MappingProxyType(
    {
        ScriptKind.EMPATHIC_NO: "scripts.no",
        ScriptKind.SELL_EXTRA: "scripts.extra",
        ScriptKind.CONFIRMATION: "scripts.confirm",
        ScriptKind.CLARIFY: "scripts.clarify",
        ScriptKind.CLARIFY_NOTE: "scripts.note",
    }
)


class Wording(NamedTuple):
    """One coherent wording of a whole message: a text per slot, written to read well together (a slot that takes
    the user's words has a text per frame, under ``<slot>.<frame>``).

    A variant is a whole wording rather than a free mix of parts, so that the parts never repeat each other's
    words ("понимаю … понимаю") or clash in register.
    """

    #: slot (or ``slot.frame``) → its text (the registry guarantees that ru and en carry the same placeholders)
    slots: Mapping[str, Text]

    def text(self, slot: str, lang: Lang, user: str | None = None) -> str:
        """The template of *slot* in *lang*; for a slot that takes the user's words, the frame that reads with
        *user* (the text that will fill it)."""
        if slot in self.slots:
            return self.slots[slot](lang)
        return self.slots[f"{slot}.{frame(user or '', lang.value)}"](lang)


def _slot_names(kind: ScriptKind) -> list[str]:
    names: list[str] = []
    for slot in SLOT_FIELDS[kind]:
        names += [f"{slot}.{f}" for f in FRAMES] if slot in USER_SLOTS[kind] else [slot]
    return names


def _wording(kind: ScriptKind, tone: Tone, variant: int) -> Wording:
    prefix = _PREFIX[kind] if kind is ScriptKind.CLARIFY_NOTE else f"{_PREFIX[kind]}.{tone.value}"
    return Wording(slots={name: Text.of(f"{prefix}.{variant}.{name}") for name in _slot_names(kind)})


#: kind → tone → the wordings (exactly :data:`VARIANTS` of each)
WORDINGS: MappingProxyType[ScriptKind, MappingProxyType[Tone, tuple[Wording, ...]]] = MappingProxyType(
    {
        kind: MappingProxyType(
            {tone: tuple(_wording(kind, tone, v) for v in range(VARIANTS)) for tone in Tone}
        )
        for kind in ScriptKind
    }
)


def check_wordings(*, placeholders: bool = True) -> None:
    """Every kind has every tone, each with :data:`VARIANTS` wordings of exactly its slots (a slot that takes the
    user's words in every frame); with *placeholders*, each slot's text uses exactly the placeholders
    :data:`SLOT_FIELDS` allows it (that reads the texts, so the import checks the structure only, and the tests
    check the rest)."""
    for kind, tones in WORDINGS.items():
        if set(tones) != set(Tone):
            raise ValueError(f"{kind}: wordings for tones {sorted(tones)}, expected {sorted(Tone)}")
        for tone, wordings in tones.items():
            if len(wordings) != VARIANTS:
                raise ValueError(f"{kind}/{tone}: {len(wordings)} wordings, expected {VARIANTS}")
            for i, wording in enumerate(wordings):
                if set(wording.slots) != set(_slot_names(kind)):
                    raise ValueError(
                        f"{kind}/{tone}/{i}: slots {sorted(wording.slots)} != {sorted(_slot_names(kind))}"
                    )
                for name, text in wording.slots.items() if placeholders else ():
                    if _fields(text.ru) != SLOT_FIELDS[kind][name.split(".")[0]]:
                        raise ValueError(f"{kind}/{tone}/{i}/{name}: placeholders {sorted(_fields(text.ru))}")


#: "what it is worth" in :data:`ScriptKind.SELL_EXTRA`: price only, effort only, or both
VALUE: MappingProxyType[str, Text] = MappingProxyType(
    {
        "price": Text.of("scripts.extra.value.price"),
        "hours": Text.of("scripts.extra.value.hours"),
        "both": Text.of("scripts.extra.value.both"),
    }
)


#: a number of hours, as effort
HOURS_OF_WORK = Text.of("scripts.extra.hours_of_work")


#: the terms of paid work in :data:`ScriptKind.CONFIRMATION`
TERMS: MappingProxyType[str, Text] = MappingProxyType(
    {
        "price": Text.of("scripts.confirm.terms.price"),
        "hours": Text.of("scripts.confirm.terms.hours"),
        "both": Text.of("scripts.confirm.terms.both"),
    }
)


#: what to ask the client for each DANETOR question that is still open (ids as in ``danetor.QUESTIONS``)
CLARIFY_ITEMS: MappingProxyType[str, Text] = MappingProxyType(
    {
        "client": Text.of("scripts.clarify.item.client"),
        "company": Text.of("scripts.clarify.item.company"),
        "eba": Text.of("scripts.clarify.item.eba"),
    }
)


#: one item of a numbered list
LIST_ITEM = Text.of("scripts.list_item")


#: a number of hours with the word that agrees with it (``{n}``): one, few, many (ru; a fraction takes "few": «1,5
#: часа»); en: one, and "hours" for the rest
HOURS: MappingProxyType[str, Text] = MappingProxyType(
    {
        "one": Text.of("scripts.hours.one"),
        "few": Text.of("scripts.hours.few"),
        "many": Text.of("scripts.hours.many"),
    }
)


#: an amount with its currency (``{amount}``, already formatted for the language): ru «15 000 ₽», en "15,000
#: roubles", "$1,500", "€1,200"; the rouble has a singular in English ("1 rouble")
CURRENCY: MappingProxyType[str, Text] = MappingProxyType(
    {
        "RUB": Text.of("scripts.currency.rub.other"),
        "RUB.one": Text.of("scripts.currency.rub.one"),
        "USD": Text.of("scripts.currency.usd"),
        "EUR": Text.of("scripts.currency.eur"),
    }
)


SCRIPT_TITLES: MappingProxyType[ScriptKind, Text] = MappingProxyType(
    {
        ScriptKind.EMPATHIC_NO: Text.of("scripts.script_titles.empathic_no"),
        ScriptKind.SELL_EXTRA: Text.of("scripts.script_titles.sell_extra"),
        ScriptKind.CONFIRMATION: Text.of("scripts.script_titles.confirmation"),
        ScriptKind.CLARIFY: Text.of("scripts.script_titles.clarify"),
        ScriptKind.CLARIFY_NOTE: Text.of("scripts.script_titles.clarify_note"),
    }
)


PART_LABELS: MappingProxyType[PartKind, Text] = MappingProxyType(
    {
        PartKind.EMPATHY: Text.of("scripts.part_labels.empathy"),
        PartKind.REFUSAL: Text.of("scripts.part_labels.refusal"),
        PartKind.QUALITY: Text.of("scripts.part_labels.quality"),
        PartKind.CONCESSION: Text.of("scripts.part_labels.concession"),
        PartKind.ALTERNATIVE: Text.of("scripts.part_labels.alternative"),
        PartKind.VALUE: Text.of("scripts.part_labels.value"),
        PartKind.EXCEPTION: Text.of("scripts.part_labels.exception"),
        PartKind.YES: Text.of("scripts.part_labels.yes"),
        PartKind.TERMS: Text.of("scripts.part_labels.terms"),
        PartKind.NEXT: Text.of("scripts.part_labels.next"),
        PartKind.THANKS: Text.of("scripts.part_labels.thanks"),
        PartKind.ASK: Text.of("scripts.part_labels.ask"),
        PartKind.REQUEST: Text.of("scripts.part_labels.request"),
        PartKind.CLARIFY: Text.of("scripts.part_labels.clarify"),
    }
)


#: one part named and explained: «label — purpose»
PART_LINE = Text.of("scripts.part_line")


PART_PURPOSES: MappingProxyType[PartKind, Text] = MappingProxyType(
    {
        PartKind.EMPATHY: Text.of("scripts.part_purposes.empathy"),
        PartKind.REFUSAL: Text.of("scripts.part_purposes.refusal"),
        PartKind.QUALITY: Text.of("scripts.part_purposes.quality"),
        PartKind.CONCESSION: Text.of("scripts.part_purposes.concession"),
        PartKind.ALTERNATIVE: Text.of("scripts.part_purposes.alternative"),
        PartKind.VALUE: Text.of("scripts.part_purposes.value"),
        PartKind.EXCEPTION: Text.of("scripts.part_purposes.exception"),
        PartKind.YES: Text.of("scripts.part_purposes.yes"),
        PartKind.TERMS: Text.of("scripts.part_purposes.terms"),
        PartKind.NEXT: Text.of("scripts.part_purposes.next"),
        PartKind.THANKS: Text.of("scripts.part_purposes.thanks"),
        PartKind.ASK: Text.of("scripts.part_purposes.ask"),
        PartKind.REQUEST: Text.of("scripts.part_purposes.request"),
        PartKind.CLARIFY: Text.of("scripts.part_purposes.clarify"),
    }
)


_QUESTION_IDS = tuple(q.id for q in QUESTIONS)
_LIST_KINDS = frozenset({ScriptKind.CLARIFY, ScriptKind.CLARIFY_NOTE})
_NUMBER_OR_TEXT = (Text.of("errors.allowed.positive_number"), Text.of("errors.allowed.nonblank_text_as_is"))
_HOURS = (Text.of("errors.allowed.positive_hours"),)

#: why the book insists on each piece of user text (the hint of the error when it is blank or missing): the key of
#: its text is ``scripts.why.<argument>``
_WHY = frozenset({"request", "reason", "alternative", "concession", "client", "service", "price_or_hours"})


def _why(argument: str) -> Text | str:
    key = argument.replace(" ", "_")
    return Text.of(f"scripts.why.{key}") if key in _WHY else ""


# -- results --------------------------------------------------------------------------------------------------


class Part(BaseModel):
    """One part of a message: what it is (*kind*) and its text."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    kind: PartKind
    text: str


def _layout(
    kind: ScriptKind, greeting: str | None, parts: tuple[Part, ...], signoff: str | None = None
) -> str:
    """The whole message: the greeting on its own paragraph, then the parts (prose in one paragraph; the parts of
    a message with a list each in their own paragraph), then the sign-off (:func:`danetor.letter.layout`)."""
    joiner = "\n\n" if kind in _LIST_KINDS else " "
    return letter.layout(greeting, joiner.join(p.text for p in parts), signoff)


class Script(Message, BaseModel):
    """A ready-to-send message, part by part. Frozen and JSON-serialisable; ``str(script)`` is the message."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    #: what the message is for
    kind: ScriptKind
    lang: Lang
    tone: Tone = Tone.STANDARD
    #: who reads it: the client, or (for an undecided verdict) the manager
    audience: Audience = Audience.CLIENT
    #: which of the wordings was used (``0 <= variant < VARIANTS``)
    variant: int = Field(ge=0, lt=VARIANTS)
    #: the greeting (named when the client's name was given; ``None`` in a note to the manager)
    greeting: str | None = None
    #: the sign-off, when a sender was given or a default sender is in force
    signoff: str | None = None
    #: the parts, in the book's order
    parts: tuple[Part, ...] = Field(min_length=1)
    #: the whole message, ready to paste into an email or a chat
    text: str

    @model_validator(mode="after")
    def _consistent(self) -> Script:
        order = PART_ORDER[self.kind]
        kinds = [p.kind for p in self.parts]
        unknown = [k for k in kinds if k not in order]
        if unknown:
            raise ValueError(
                f"{self.kind}: parts {unknown} do not belong to this kind of message ({list(order)})"
            )
        if kinds != sorted(kinds, key=order.index) or len(set(kinds)) != len(kinds):
            raise ValueError(f"{self.kind}: parts {kinds} are not in the order {list(order)}")
        missing = REQUIRED_PARTS[self.kind] - set(kinds)
        if missing:
            raise ValueError(f"{self.kind}: required parts missing: {sorted(missing)}")
        if self.text != _layout(self.kind, self.greeting, self.parts, self.signoff):
            raise ValueError(f"{self.kind}: text is not the greeting, the parts and the sign-off laid out")
        return self

    def part(self, kind: PartKind | str) -> Part | None:
        """The part of *kind*, or ``None`` when this message has none."""
        for p in self.parts:
            if p.kind == kind:
                return p
        return None

    def explain(self, lang: Lang | str | None = None) -> str:
        """What this message is and how it is built, part by part (in *lang*, by default the message's)."""
        lang = self.lang if lang is None else as_lang(lang)
        with using(getattr(self, "_policy", None)):  # the policy it was written under (danetor._active.bound)
            lines = [SCRIPT_TITLES[self.kind](lang) + ":"]
            lines += [
                f"{i}. "
                + PART_LINE(lang).format(label=PART_LABELS[p.kind](lang), purpose=PART_PURPOSES[p.kind](lang))
                for i, p in enumerate(self.parts, 1)
            ]
        return "\n".join(lines)

    def __str__(self) -> str:
        return self.text


# -- input checking -------------------------------------------------------------------------------------------


_as_enum = as_enum  # the one normaliser (danetor.words): "Brief", "кратко", "руб", "€"…


def _text(value: Any, argument: str, *, required: bool) -> str | None:
    """A phrase of user text that goes into one of our sentences (:func:`~danetor.text.phrase`), with the book's
    reason when it is missing."""
    return phrase(argument, value, required=required, hint=_why(argument))


def _name(value: Any, argument: str) -> str | None:
    """An optional name (the client's), as typed."""
    return user_text(argument, value, required=False, hint=_why(argument))


def _hours(value: Any) -> Decimal:
    """An effort: a positive finite number of hours (as Decimal, to the hundredth). Anything else, words included
    («три»), is refused with an error that names the value."""
    if isinstance(value, bool) or not isinstance(value, (int, float, Decimal)):
        raise InvalidInput("hours", value, _HOURS)
    try:
        number = _positive(value, "hours")
    except InvalidInput:
        raise InvalidInput("hours", value, _HOURS, Text.of("errors.hint.more_than_zero")) from None
    assert isinstance(number, Decimal)
    return number


def _positive(value: Any, argument: str) -> Decimal | str:
    """A price or an effort: a positive finite number less than 10¹⁵ (as Decimal, rounded to the cent;
    :mod:`danetor.numbers`) or a non-blank text."""
    if isinstance(value, str):
        if not value.strip():
            raise InvalidInput(argument, value, _NUMBER_OR_TEXT)
        return value.strip()
    if isinstance(value, bool) or not isinstance(value, (int, float, Decimal)):
        raise InvalidInput(argument, value, _NUMBER_OR_TEXT)
    problem = magnitude_problem(value)  # in constant time, before any conversion
    if problem is NumberProblem.TOO_LARGE:
        raise InvalidInput(argument, value, _NUMBER_OR_TEXT, Text.of("errors.hint.less_than_limit"))
    if problem is NumberProblem.NOT_FINITE:
        raise InvalidInput(argument, value, _NUMBER_OR_TEXT, Text.of("errors.hint.finite"))
    try:
        number = Decimal(str(value)) if isinstance(value, float) else Decimal(value)
        if not number.is_finite() or number <= 0:
            raise InvalidOperation
        number = number.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    except InvalidOperation:
        raise InvalidInput(argument, value, _NUMBER_OR_TEXT, Text.of("errors.hint.more_than_zero")) from None
    if number <= 0:
        raise InvalidInput(argument, value, _NUMBER_OR_TEXT, Text.of("errors.hint.at_least_cent"))
    return number


def _pick(kind: ScriptKind, tone: Tone, variant: Any, key: list[Any]) -> int:
    if variant is None:
        blob = json.dumps([kind.value, tone.value, *key], ensure_ascii=False, default=str)
        return int.from_bytes(hashlib.sha256(blob.encode("utf-8")).digest()[:8], "big") % VARIANTS
    if isinstance(variant, bool) or not isinstance(variant, int) or not 0 <= variant < VARIANTS:
        raise InvalidInput(
            "variant", variant, [str(i) for i in range(VARIANTS)] + [Text.of("errors.allowed.variant_none")]
        )
    return variant


def _key(value: Any) -> str | None:
    """A price or an effort as it takes part in choosing the wording (the same amount, however given, counts
    the same)."""
    if value is None:
        return None
    normal = _positive(value, "value")
    return normal if isinstance(normal, str) else str(normal.normalize())


def _fill(template: str, **values: str) -> str:
    """Put *values* (user text, as data, already trimmed of its own final punctuation) into our *template*."""
    return template.format(**values)


# -- numbers ----------------------------------------------------------------------------------------------------


def _number(d: Decimal, lang: Lang, *, money: bool) -> str:
    if d == d.to_integral_value():
        s = f"{d:,.0f}"
    elif money:
        s = f"{d:,.2f}"
    else:
        s = f"{d.normalize():,f}"
    return s.replace(",", "\u00a0").replace(".", ",") if lang is Lang.RU else s


def format_amount(value: Any, currency: Currency | str = Currency.RUB, lang: Lang | str = Lang.RU) -> str:
    """A price as people write it: ru ``15 000 ₽``, ``1 500 $``; en ``15,000 roubles``, ``$1,500``.

    Whole amounts have no decimals; others have two. The space between groups of thousands (ru) and between the
    number and the currency is a no-break space. A text is returned stripped and otherwise as it is.
    """
    lang, currency = as_lang(lang), _as_enum(currency, Currency, "currency")
    d = _positive(value, "price")
    if isinstance(d, str):
        return d
    key = "RUB.one" if currency is Currency.RUB and d == 1 else currency.value
    return CURRENCY[key](lang).format(amount=_number(d, lang, money=True))


def format_hours(value: Any, lang: Lang | str = Lang.RU) -> str:
    """An effort in hours with the word that agrees with it: ru ``1 час``, ``3 часа``, ``6 часов``, ``1,5 часа``;
    en ``1 hour``, ``1.5 hours`` (with a no-break space). *value* must be a positive number."""
    lang = as_lang(lang)
    d = _hours(value)
    if d != d.to_integral_value():
        form = "few"  # ru: «1,5 часа»; en: "1.5 hours"
    else:
        n = int(d)
        if n % 10 == 1 and n % 100 != 11:
            form = "one" if lang is Lang.RU or n == 1 else "many"
        elif 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
            form = "few"
        else:
            form = "many"
    return HOURS[form](lang).format(n=_number(d, lang, money=False))


# -- the messages -----------------------------------------------------------------------------------------------


def _script(
    kind: ScriptKind,
    lang: Lang,
    tone: Tone,
    variant: int,
    client: str | None,
    sender: str | None,
    parts: list[tuple[PartKind, str]],
    audience: Audience = Audience.CLIENT,
) -> Script:
    to_client = audience is Audience.CLIENT
    greeting = letter.greeting(client, lang) if to_client else None
    signoff = letter.signoff(sender, lang) if to_client else None
    built = tuple(Part(kind=k, text=t) for k, t in parts)
    policy = ACTIVE.get()
    script = (Script if policy is None else bound(Script))(
        kind=kind,
        lang=lang,
        tone=tone,
        audience=audience,
        variant=variant,
        greeting=greeting,
        signoff=signoff,
        parts=built,
        text=_layout(kind, greeting, built, signoff),
    )
    if policy is not None:
        script._policy = policy
    return script


def _currency(value: Any) -> Currency:
    """The currency given, or else the default of the company policy in force, or else the book's (roubles)."""
    if value is None:
        policy = ACTIVE.get()
        return Currency.RUB if policy is None else policy.currency
    return _as_enum(value, Currency, "currency")


def _wording_for(kind: ScriptKind, tone: Tone, variant: int) -> Wording:
    return WORDINGS[kind][tone][variant]


@with_policy
def empathic_no(
    request: Any,
    reason: Any,
    alternative: Any,
    *,
    lang: Lang | str = Lang.RU,
    client: Any = None,
    sender: Any = None,
    concession: Any = None,
    pressure: bool = False,
    tone: Tone | str = Tone.STANDARD,
    variant: int | None = None,
    policy: Policy | None = None,
) -> Script:
    """The empathic no (эмпатическое «нет»): understanding, then a firm and polite no with its reason, then an
    alternative — the parts ``empathy``, ``refusal``, ``alternative``, in that order.

    * *request* — what the client asked for, best as an infinitive phrase («переделать баннеры за выходные»,
      "redo the banners over the weekend"); a noun phrase in any case works too («скидку 30 %», «скидка 30 %», "a
      30% discount"): the sentence around it is chosen to fit. Required.
    * *reason* — why not, as a clause («вся команда занята запуском», "the team is busy with a launch"). Required:
      the book says to name the reason.
    * *alternative* — the way out («внести правки в понедельник», "make the changes on Monday"; a noun phrase
      works too). Required: the book says to offer one.
    * *client* — the client's name, for the greeting («Анна, добрый день!»); without it, a neutral greeting.
    * *sender* — who signs («С уважением, Мария»); without it, the default sender in force
      (:func:`danetor.letter.signing_as`), if any.
    * *concession* — a small concession (soft power: «разбавляйте свои отказы небольшими уступками»), "sold" as an
      exception; adds a ``concession`` part right after the refusal, before the alternative.
    * *pressure* — the client is pressing on price or speed: adds a ``quality`` part after the refusal saying that
      this would cost quality (soft power).
    * *tone* — ``"standard"`` or ``"brief"`` (for a pushy or choleric client: «будьте немногословны»).
    * *variant* — pick a wording (``0``–``2``) instead of letting the inputs choose.

    A final ``. ! ? …`` of a phrase is dropped (our sentence ends it). A missing or blank *request*, *reason* or
    *alternative* raises :class:`~danetor.errors.InvalidInput` saying why the book insists on it.
    """
    lang, tone = as_lang(lang), _as_enum(tone, Tone, "tone")
    request = _text(request, "request", required=True)
    reason = _text(reason, "reason", required=True)
    alternative = _text(alternative, "alternative", required=True)
    client = _name(client, "client")
    sender = letter.sender(sender)
    concession = _text(concession, "concession", required=False)
    if not isinstance(pressure, bool):
        raise InvalidInput("pressure", pressure, ["True", "False"])
    kind = ScriptKind.EMPATHIC_NO
    variant = _pick(kind, tone, variant, [request, reason, alternative, client, concession, pressure])
    w = _wording_for(kind, tone, variant)
    parts = [
        (PartKind.EMPATHY, _fill(w.text("empathy", lang, request), request=request)),
        (PartKind.REFUSAL, _fill(w.text("refusal", lang), reason=reason)),
    ]
    if pressure:
        parts.append((PartKind.QUALITY, w.text("quality", lang)))
    if concession is not None:
        parts.append(
            (PartKind.CONCESSION, _fill(w.text("concession", lang, concession), concession=concession))
        )
    parts.append(
        (PartKind.ALTERNATIVE, _fill(w.text("alternative", lang, alternative), alternative=alternative))
    )
    return _script(kind, lang, tone, variant, client, sender, parts)


def _need_price_or_hours(price: Any, hours: Any) -> None:
    if price is None and hours is None:
        raise InvalidInput("price or hours", None, _NUMBER_OR_TEXT, _why("price or hours"))


@with_policy
def sell_extra(
    service: Any,
    *,
    price: Any = None,
    hours: Any = None,
    currency: Currency | str | None = None,
    lang: Lang | str = Lang.RU,
    client: Any = None,
    sender: Any = None,
    tone: Tone | str = Tone.STANDARD,
    variant: int | None = None,
    policy: Policy | None = None,
) -> Script:
    """Yes to a free extra, "sold" for loyalty: what it is normally worth, then "for you, as an exception, free"
    — the parts ``value`` and ``exception``, as in the book («Вообще эта услуга стоит у нас столько-то, но лично
    для вас, в качестве исключения, мы сделаем это бесплатно»).

    * *service* — what the client gets, best as a noun phrase («срочная доработка баннеров», "an urgent rework of
      the banners"); an accusative («срочную доработку») or an infinitive («срочно доработать баннеры») works too.
      Required.
    * *price* — its usual price: a number (formatted for the language in *currency*: ``RUB``, ``USD``, ``EUR``;
      by default the company policy's, else ``RUB``) or your own words as text, used as they are.
    * *hours* — the usual effort, a positive number of hours (said as the team's time); words are refused.
      At least one of *price* and *hours* is required; with both, the message names both.
    * *client*, *sender*, *tone*, *variant* — as in :func:`empathic_no`.
    """
    lang, tone = as_lang(lang), _as_enum(tone, Tone, "tone")
    currency = _currency(currency)
    service = _text(service, "service", required=True)
    client = _name(client, "client")
    sender = letter.sender(sender)
    _need_price_or_hours(price, hours)
    price_text = format_amount(price, currency, lang) if price is not None else None
    hours_text = _fill(HOURS_OF_WORK(lang), hours=format_hours(hours, lang)) if hours is not None else None
    shape = "both" if price_text and hours_text else "price" if price_text else "hours"
    key = [service, _key(price), _key(hours), currency.value, client]
    value_values = {k: v for k, v in (("price", price_text), ("hours", hours_text)) if v is not None}
    value = VALUE[shape](lang).format(**value_values)
    kind = ScriptKind.SELL_EXTRA
    variant = _pick(kind, tone, variant, key)
    w = _wording_for(kind, tone, variant)
    parts = [
        (PartKind.VALUE, _fill(w.text("value", lang, service), service=service, value=value)),
        (PartKind.EXCEPTION, w.text("exception", lang)),
    ]
    return _script(kind, lang, tone, variant, client, sender, parts)


@with_policy
def confirm(
    request: Any,
    *,
    price: Any = None,
    hours: Any = None,
    currency: Currency | str | None = None,
    lang: Lang | str = Lang.RU,
    client: Any = None,
    sender: Any = None,
    tone: Tone | str = Tone.STANDARD,
    variant: int | None = None,
    policy: Policy | None = None,
) -> Script:
    """Yes to paid work, plainly: the yes, the terms (when *price* or *hours* is given) and the next step — the
    parts ``yes``, ``terms``, ``next``. Nothing to "sell" here: the client pays for it.

    *request* is the work, best as an infinitive phrase («подготовить ещё три размера баннеров»; a noun phrase
    works too); *price* and *hours* are optional and work as in :func:`sell_extra` (an effort in hours is said
    plainly, not as "the team's time"); *client*, *sender*, *tone*, *variant* as in :func:`empathic_no`.
    """
    lang, tone = as_lang(lang), _as_enum(tone, Tone, "tone")
    currency = _currency(currency)
    request = _text(request, "request", required=True)
    client = _name(client, "client")
    sender = letter.sender(sender)
    price_text = format_amount(price, currency, lang) if price is not None else None
    hours_text = format_hours(hours, lang) if hours is not None else None
    kind = ScriptKind.CONFIRMATION
    variant = _pick(kind, tone, variant, [request, _key(price), _key(hours), currency.value, client])
    w = _wording_for(kind, tone, variant)
    parts = [(PartKind.YES, _fill(w.text("yes", lang, request), request=request))]
    if price_text or hours_text:
        shape = "both" if price_text and hours_text else "price" if price_text else "hours"
        values = {k: v for k, v in (("price", price_text), ("hours", hours_text)) if v is not None}
        parts.append((PartKind.TERMS, _fill(TERMS[shape](lang), **values)))
    parts.append((PartKind.NEXT, w.text("next", lang)))
    return _script(kind, lang, tone, variant, client, sender, parts)


def _numbered(items: list[str], lang: Lang) -> str:
    return "\n".join(LIST_ITEM(lang).format(n=i, item=item) for i, item in enumerate(items, 1))


def _clarify(
    questions: tuple[str, ...],
    *,
    request: str | None,
    lang: Lang,
    client: str | None,
    sender: str | None,
    tone: Tone,
    variant: Any,
    audience: Audience,
) -> Script:
    kind = ScriptKind.CLARIFY if audience is Audience.CLIENT else ScriptKind.CLARIFY_NOTE
    variant = _pick(kind, tone, variant, [request, client, *questions])
    w = _wording_for(kind, tone, variant)
    policy = ACTIVE.get()
    if kind is ScriptKind.CLARIFY:
        thanks = (
            _fill(w.text("thanks", lang, request), request=request)
            if request is not None
            else w.text("thanks_plain", lang)
        )
        asked = [CLARIFY_ITEMS[q] if policy is None else policy.clarify[q] for q in questions]
        items = [item(lang) for item in asked if item is not None]  # a policy's own question may not be asked
        if not items:
            raise InvalidInput(
                "audience", audience.value, ["manager"], Text.of("errors.hint.no_question_for_client")
            )
        parts = [
            (PartKind.THANKS, thanks),
            (PartKind.ASK, w.text("ask", lang) + "\n" + _numbered(items, lang)),
            (PartKind.NEXT, w.text("next", lang)),
        ]
        return _script(kind, lang, tone, variant, client, sender, parts, audience)
    by_id = {q.id: q for q in questions_in_force()}
    parts = (
        [(PartKind.REQUEST, _fill(w.text("request", lang, request), request=request))]
        if request is not None
        else []
    )
    parts += [
        (
            PartKind.CLARIFY,
            w.text("clarify", lang) + "\n" + _numbered([by_id[q].text(lang) for q in questions], lang),
        ),
        (PartKind.NEXT, w.text("next", lang)),
    ]
    return _script(kind, lang, tone, variant, None, None, parts, audience)


# -- from a decision to a message ---------------------------------------------------------------------------------


#: what each kind of message needs from the caller: groups of arguments, at least one of each group
NEEDS: dict[ScriptKind, tuple[tuple[str, ...], ...]] = {
    ScriptKind.EMPATHIC_NO: (("request",), ("reason",), ("alternative",)),
    ScriptKind.SELL_EXTRA: (("service",), ("price", "hours")),
    ScriptKind.CONFIRMATION: (("request",),),
    ScriptKind.CLARIFY: (),
    ScriptKind.CLARIFY_NOTE: (),
}


def _route(verdict: Verdict, work: Work, audience: Audience) -> ScriptKind:
    from .shipped import builtin_table  # the shipped table of RESPONSES, by name, read once per process

    return ScriptKind(builtin_table("respond").lookup(verdict.value, work.value, audience.value).outcome)


@with_policy
def respond(
    decision: Decision,
    *,
    request: Any = None,
    reason: Any = None,
    alternative: Any = None,
    concession: Any = None,
    pressure: bool = False,
    free: bool | None = None,
    service: Any = None,
    price: Any = None,
    hours: Any = None,
    currency: Currency | str | None = None,
    lang: Lang | str = Lang.RU,
    client: Any = None,
    sender: Any = None,
    tone: Tone | str = Tone.STANDARD,
    audience: Audience | str = Audience.CLIENT,
    variant: int | None = None,
    policy: Policy | None = None,
) -> Script:
    """The right message for *decision* (from :func:`danetor.check`), in one call (see :data:`RESPONSES`):

    * **refuse** → :func:`empathic_no`; needs *request*, *reason*, *alternative* (optional: *concession*,
      *pressure*);
    * **accept** → *free* is required: ``True`` (a free extra) → :func:`sell_extra`, needs *service* and *price*
      or *hours*; ``False`` (paid work) → :func:`confirm`, needs *request* (optional: *price*, *hours*);
    * **undecided** → *audience* ``"client"``: a short message asking the client what the decision depends on
      (the questions in ``decision.to_clarify``); ``"manager"``: a note listing the DANETOR questions to settle
      first. *request* is optional and used when given.

    *client* and *sender* add the greeting's name and the sign-off to a message to the client (as in
    :func:`empathic_no`). *audience* only matters for an undecided verdict; a decided one always gets the message
    to the client.
    Arguments the chosen message does not use are ignored. A missing requirement raises
    :class:`~danetor.errors.InvalidInput` naming the argument.
    """
    if not isinstance(decision, Decision):
        raise InvalidInput("decision", decision, [Text.of("errors.allowed.decision")])
    lang, tone = as_lang(lang), _as_enum(tone, Tone, "tone")
    audience = _as_enum(audience, Audience, "audience")
    if free is not None and not isinstance(free, bool):
        raise InvalidInput(
            "free",
            free,
            [
                Text.of("errors.allowed.free_true"),
                Text.of("errors.allowed.free_false"),
                Text.of("errors.allowed.free_none"),
            ],
        )
    if decision.verdict is Verdict.ACCEPT and free is None:
        raise InvalidInput(
            "free",
            None,
            [Text.of("errors.allowed.free_true_sell"), Text.of("errors.allowed.free_false_confirm")],
            Text.of("errors.hint.say_free_or_paid"),
        )
    kind = _route(decision.verdict, Work.FREE if free else Work.PAID, audience)
    if kind is ScriptKind.EMPATHIC_NO:
        return empathic_no(
            request, reason, alternative, lang=lang, client=client, sender=sender, concession=concession,
            pressure=pressure, tone=tone, variant=variant,
        )  # fmt: skip
    if kind is ScriptKind.SELL_EXTRA:
        return sell_extra(
            service,
            price=price,
            hours=hours,
            currency=currency,
            lang=lang,
            client=client,
            sender=sender,
            tone=tone,
            variant=variant,
        )
    if kind is ScriptKind.CONFIRMATION:
        return confirm(
            request,
            price=price,
            hours=hours,
            currency=currency,
            lang=lang,
            client=client,
            sender=sender,
            tone=tone,
            variant=variant,
        )
    questions = decision.to_clarify or tuple(q for q, a in decision.answers.items() if a is Answer.UNKNOWN)
    return _clarify(
        tuple(questions),
        request=_text(request, "request", required=False),
        lang=lang,
        client=_name(client, "client"),
        sender=letter.sender(sender),
        tone=tone,
        variant=variant,
        audience=audience,
    )


def __getattr__(name: str) -> Any:
    """:data:`RESPONSES` (the rule set of :func:`respond`), built on first access (see :mod:`danetor.rules.scripts`)."""
    if name == "RESPONSES":
        from .rules.scripts import RESPONSES

        return RESPONSES
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
