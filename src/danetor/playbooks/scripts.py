"""The words of the empathic no, of "selling" the extra, and of the other replies to a client (ru and en).

Only fixed texts live here; :mod:`danetor.scripts` puts the user's words into them. Every template is one of
*our* strings: user text is only ever passed to ``template.format(...)`` as an argument, never used as a template.

Sources: «Отчаянные аккаунт-менеджеры» (shared/sources/003_…txt), sections «Искусство продавать» (sell the extra
for loyalty: «Вообще эта услуга стоит у нас столько-то, но лично для вас, в качестве исключения, мы сделаем это
бесплатно»), «Алгоритм ДАНЕТОР» (the empathic no right after it: understanding → firm, polite refusal with the
reason → alternative), «Мягкая сила» (be brief, dilute refusals with small concessions, explain that pressure on
price and speed costs quality) and «Эффективные коммуникации» (address the client with «вы», never «ты»).

**«Вы» or «вы».** Every client-facing message here is written to one client, in writing (an email or a chat
message), so we follow the business-letter convention and capitalise the polite pronoun when it addresses that
one person: «Вы», «Вас», «Вам», «Вами», «Ваш» and all their forms, everywhere, with no exceptions. Notes for the
manager (``clarify_note``) use no second-person pronoun of their own; the DANETOR questions they list keep the
book's lower-case «вы», which addresses the reader, not the client.

**Grammar of the user's words.** So that any wording fits, each user text has one grammatical shape, and every
template is written for it:

* ``request``, ``alternative``, ``concession``: an infinitive phrase, what *we* would do
  (ru «переделать баннеры за выходные», en "redo the banners over the weekend");
* ``reason``: a clause (ru «вся команда занята запуском», en "the whole team is busy with a launch");
* ``service``: a noun phrase (ru «срочная доработка баннеров», en "an urgent rework of the banners");
* ``client``: a name as the client should be greeted («Анна», "Anna").

User text is always placed at the end of a sentence or of a clause, so a user's own final punctuation is kept
and our full stop is dropped after it.
"""

from __future__ import annotations

import string
from types import MappingProxyType
from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict

from ..rules.danetor import Answer
from ..rules.scripts import RESPONSES, Audience, Currency, PartKind, ScriptKind, Tone
from ..text import Lang, Text, book_source, condition_text, resolver

if TYPE_CHECKING:  # pragma: no cover
    from .document import Document

__all__ = [
    "AUDIENCE_LABELS",
    "CLARIFY_ITEMS",
    "CURRENCY_FORMS",
    "DOC",
    "EXAMPLE",
    "GREETING",
    "HOURS_OF_WORK",
    "HOUR_FORMS",
    "LIST_ITEM",
    "PART_LABELS",
    "PART_ORDER",
    "PART_PURPOSES",
    "REQUIRED_PARTS",
    "RUBLE_ONE_EN",
    "SCRIPT_TITLES",
    "SLOT_FIELDS",
    "TERMS",
    "TONE_LABELS",
    "VALUE",
    "VARIANTS",
    "WORDINGS",
    "Audience",
    "Currency",
    "PartKind",
    "ScriptKind",
    "Tone",
    "Wording",
    "all_texts",
    "document",
]


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


class Wording(BaseModel):
    """One coherent wording of a whole message: a template per slot, written to read well together.

    A variant is a whole wording rather than a free mix of parts, so that the parts never repeat each other's
    words ("понимаю … понимаю") or clash in register.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    #: slot → its text (the text registry guarantees that ru and en carry the same placeholders)
    slots: dict[str, Text]


def _w(**slots: Text) -> Wording:
    return Wording(slots=slots)


# -- the wordings ------------------------------------------------------------------------------------------

_EMPATHIC_NO_STANDARD = (
    _w(
        empathy=Text.of("scripts.no.standard.1.empathy"),
        refusal=Text.of("scripts.no.standard.1.refusal"),
        quality=Text.of("scripts.no.standard.1.quality"),
        concession=Text.of("scripts.no.standard.1.concession"),
        alternative=Text.of("scripts.no.standard.1.alternative"),
    ),
    _w(
        empathy=Text.of("scripts.no.standard.2.empathy"),
        refusal=Text.of("scripts.no.standard.2.refusal"),
        quality=Text.of("scripts.no.standard.2.quality"),
        concession=Text.of("scripts.no.standard.2.concession"),
        alternative=Text.of("scripts.no.standard.2.alternative"),
    ),
    _w(
        empathy=Text.of("scripts.no.standard.3.empathy"),
        refusal=Text.of("scripts.no.standard.3.refusal"),
        quality=Text.of("scripts.no.standard.3.quality"),
        concession=Text.of("scripts.no.standard.3.concession"),
        alternative=Text.of("scripts.no.standard.3.alternative"),
    ),
)

_EMPATHIC_NO_BRIEF = (
    _w(
        empathy=Text.of("scripts.no.brief.1.empathy"),
        refusal=Text.of("scripts.no.brief.1.refusal"),
        quality=Text.of("scripts.no.brief.1.quality"),
        concession=Text.of("scripts.no.brief.1.concession"),
        alternative=Text.of("scripts.no.brief.1.alternative"),
    ),
    _w(
        empathy=Text.of("scripts.no.brief.2.empathy"),
        refusal=Text.of("scripts.no.brief.2.refusal"),
        quality=Text.of("scripts.no.brief.2.quality"),
        concession=Text.of("scripts.no.brief.2.concession"),
        alternative=Text.of("scripts.no.brief.2.alternative"),
    ),
    _w(
        empathy=Text.of("scripts.no.brief.3.empathy"),
        refusal=Text.of("scripts.no.brief.3.refusal"),
        quality=Text.of("scripts.no.brief.3.quality"),
        concession=Text.of("scripts.no.brief.3.concession"),
        alternative=Text.of("scripts.no.brief.3.alternative"),
    ),
)

_SELL_EXTRA_STANDARD = (
    _w(
        value=Text.of("scripts.extra.standard.1.value"),
        exception=Text.of("scripts.extra.standard.1.exception"),
    ),
    _w(
        value=Text.of("scripts.extra.standard.2.value"),
        exception=Text.of("scripts.extra.standard.2.exception"),
    ),
    _w(
        value=Text.of("scripts.extra.standard.3.value"),
        exception=Text.of("scripts.extra.standard.3.exception"),
    ),
)

_SELL_EXTRA_BRIEF = (
    _w(
        value=Text.of("scripts.extra.brief.1.value"),
        exception=Text.of("scripts.extra.brief.1.exception"),
    ),
    _w(
        value=Text.of("scripts.extra.brief.2.value"),
        exception=Text.of("scripts.extra.brief.2.exception"),
    ),
    _w(
        value=Text.of("scripts.extra.brief.3.value"),
        exception=Text.of("scripts.extra.brief.3.exception"),
    ),
)

_CONFIRMATION_STANDARD = (
    _w(
        yes=Text.of("scripts.confirm.standard.1.yes"),
        next=Text.of("scripts.confirm.standard.1.next"),
    ),
    _w(
        yes=Text.of("scripts.confirm.standard.2.yes"),
        next=Text.of("scripts.confirm.standard.2.next"),
    ),
    _w(
        yes=Text.of("scripts.confirm.standard.3.yes"),
        next=Text.of("scripts.confirm.standard.3.next"),
    ),
)

_CONFIRMATION_BRIEF = (
    _w(
        yes=Text.of("scripts.confirm.brief.1.yes"),
        next=Text.of("scripts.confirm.brief.1.next"),
    ),
    _w(
        yes=Text.of("scripts.confirm.brief.2.yes"),
        next=Text.of("scripts.confirm.brief.2.next"),
    ),
    _w(
        yes=Text.of("scripts.confirm.brief.3.yes"),
        next=Text.of("scripts.confirm.brief.3.next"),
    ),
)

_CLARIFY_STANDARD = (
    _w(
        thanks=Text.of("scripts.clarify.standard.1.thanks"),
        thanks_plain=Text.of("scripts.clarify.standard.1.thanks_plain"),
        ask=Text.of("scripts.clarify.standard.1.ask"),
        next=Text.of("scripts.clarify.standard.1.next"),
    ),
    _w(
        thanks=Text.of("scripts.clarify.standard.2.thanks"),
        thanks_plain=Text.of("scripts.clarify.standard.2.thanks_plain"),
        ask=Text.of("scripts.clarify.standard.2.ask"),
        next=Text.of("scripts.clarify.standard.2.next"),
    ),
    _w(
        thanks=Text.of("scripts.clarify.standard.3.thanks"),
        thanks_plain=Text.of("scripts.clarify.standard.3.thanks_plain"),
        ask=Text.of("scripts.clarify.standard.3.ask"),
        next=Text.of("scripts.clarify.standard.3.next"),
    ),
)

_CLARIFY_BRIEF = (
    _w(
        thanks=Text.of("scripts.clarify.brief.1.thanks"),
        thanks_plain=Text.of("scripts.clarify.brief.1.thanks_plain"),
        ask=Text.of("scripts.clarify.brief.1.ask"),
        next=Text.of("scripts.clarify.brief.1.next"),
    ),
    _w(
        thanks=Text.of("scripts.clarify.brief.2.thanks"),
        thanks_plain=Text.of("scripts.clarify.brief.2.thanks_plain"),
        ask=Text.of("scripts.clarify.brief.2.ask"),
        next=Text.of("scripts.clarify.brief.2.next"),
    ),
    _w(
        thanks=Text.of("scripts.clarify.brief.3.thanks"),
        thanks_plain=Text.of("scripts.clarify.brief.3.thanks_plain"),
        ask=Text.of("scripts.clarify.brief.3.ask"),
        next=Text.of("scripts.clarify.brief.3.next"),
    ),
)

# A note to the manager is the same in either tone: tone is about the client.
_CLARIFY_NOTE = (
    _w(
        request=Text.of("scripts.note.1.request"),
        clarify=Text.of("scripts.note.1.clarify"),
        next=Text.of("scripts.note.1.next"),
    ),
    _w(
        request=Text.of("scripts.note.2.request"),
        clarify=Text.of("scripts.note.2.clarify"),
        next=Text.of("scripts.note.2.next"),
    ),
    _w(
        request=Text.of("scripts.note.3.request"),
        clarify=Text.of("scripts.note.3.clarify"),
        next=Text.of("scripts.note.3.next"),
    ),
)

#: kind → tone → the wordings (exactly :data:`VARIANTS` of each)
WORDINGS: MappingProxyType[ScriptKind, MappingProxyType[Tone, tuple[Wording, ...]]] = MappingProxyType(
    {
        ScriptKind.EMPATHIC_NO: MappingProxyType(
            {Tone.STANDARD: _EMPATHIC_NO_STANDARD, Tone.BRIEF: _EMPATHIC_NO_BRIEF}
        ),
        ScriptKind.SELL_EXTRA: MappingProxyType(
            {Tone.STANDARD: _SELL_EXTRA_STANDARD, Tone.BRIEF: _SELL_EXTRA_BRIEF}
        ),
        ScriptKind.CONFIRMATION: MappingProxyType(
            {Tone.STANDARD: _CONFIRMATION_STANDARD, Tone.BRIEF: _CONFIRMATION_BRIEF}
        ),
        ScriptKind.CLARIFY: MappingProxyType({Tone.STANDARD: _CLARIFY_STANDARD, Tone.BRIEF: _CLARIFY_BRIEF}),
        ScriptKind.CLARIFY_NOTE: MappingProxyType({Tone.STANDARD: _CLARIFY_NOTE, Tone.BRIEF: _CLARIFY_NOTE}),
    }
)


def check_wordings(*, placeholders: bool = True) -> None:
    """Every kind has every tone, each with :data:`VARIANTS` wordings of exactly its slots; with *placeholders*,
    each slot's text uses exactly the placeholders :data:`SLOT_FIELDS` allows it (that reads the texts, so the
    import checks the structure only, and the tests check the rest)."""
    for kind, tones in WORDINGS.items():
        if set(tones) != set(Tone):
            raise ValueError(f"{kind}: wordings for tones {sorted(tones)}, expected {sorted(Tone)}")
        for tone, wordings in tones.items():
            if len(wordings) != VARIANTS:
                raise ValueError(f"{kind}/{tone}: {len(wordings)} wordings, expected {VARIANTS}")
            for i, wording in enumerate(wordings):
                if set(wording.slots) != set(SLOT_FIELDS[kind]):
                    raise ValueError(
                        f"{kind}/{tone}/{i}: slots {sorted(wording.slots)} != {sorted(SLOT_FIELDS[kind])}"
                    )
                for slot, text in wording.slots.items() if placeholders else ():
                    if _fields(text.ru) != SLOT_FIELDS[kind][slot]:
                        raise ValueError(f"{kind}/{tone}/{i}/{slot}: placeholders {sorted(_fields(text.ru))}")


check_wordings(placeholders=False)

# -- fixed pieces ----------------------------------------------------------------------------------------------

#: the greeting line when the client's name is given
GREETING = Text.of("scripts.greeting")

#: "what it is worth" in :data:`ScriptKind.SELL_EXTRA`: price only, effort only, or both
VALUE: MappingProxyType[str, Text] = MappingProxyType(
    {
        "price": Text.of("scripts.value.price"),
        "hours": Text.of("scripts.value.hours"),
        "both": Text.of("scripts.value.both"),
    }
)

#: a number of hours, as effort (a text given for ``hours`` is used as it is, without this)
HOURS_OF_WORK = Text.of("scripts.hours_of_work")

#: the terms of paid work in :data:`ScriptKind.CONFIRMATION`
TERMS: MappingProxyType[str, Text] = MappingProxyType(
    {
        "price": Text.of("scripts.terms.price"),
        "hours": Text.of("scripts.terms.hours"),
        "both": Text.of("scripts.terms.both"),
    }
)

#: what to ask the client for each DANETOR question that is still open (ids as in ``danetor.QUESTIONS``)
CLARIFY_ITEMS: MappingProxyType[str, Text] = MappingProxyType(
    {
        "client": Text.of("scripts.clarify_items.client"),
        "company": Text.of("scripts.clarify_items.company"),
        "eba": Text.of("scripts.clarify_items.eba"),
    }
)

#: one item of a numbered list
LIST_ITEM = Text.of("scripts.list_item")

#: the word for "hour" by grammatical number: ru (one, few, many), en (one, other)
HOUR_FORMS: MappingProxyType[Lang, tuple[str, ...]] = MappingProxyType(
    {Lang.RU: ("час", "часа", "часов"), Lang.EN: ("hour", "hours")}
)

#: how an amount is written per currency and language: (prefix, suffix) around the number; en roubles by number
CURRENCY_FORMS: MappingProxyType[Lang, MappingProxyType[Currency, tuple[str, str]]] = MappingProxyType(
    {
        Lang.RU: MappingProxyType(
            {Currency.RUB: ("", "\u00a0₽"), Currency.USD: ("", "\u00a0$"), Currency.EUR: ("", "\u00a0€")}
        ),
        Lang.EN: MappingProxyType(
            {Currency.RUB: ("", " rubles"), Currency.USD: ("$", ""), Currency.EUR: ("€", "")}
        ),
    }
)
#: the singular English suffix for exactly one rouble
RUBLE_ONE_EN = " ruble"

# -- labels and explanations ----------------------------------------------------------------------------------

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

TONE_LABELS: MappingProxyType[Tone, Text] = MappingProxyType(
    {
        Tone.STANDARD: Text.of("scripts.tone_labels.standard"),
        Tone.BRIEF: Text.of("scripts.tone_labels.brief"),
    }
)

AUDIENCE_LABELS: MappingProxyType[Audience, Text] = MappingProxyType(
    {
        Audience.CLIENT: Text.of("scripts.audience_labels.client"),
        Audience.MANAGER: Text.of("scripts.audience_labels.manager"),
    }
)


def all_texts() -> list[tuple[str, Text]]:
    """Every fixed text of this module with a name saying where it is (for tests and reviews)."""
    out: list[tuple[str, Text]] = []
    for kind, tones in WORDINGS.items():
        for tone, wordings in tones.items():
            for i, wording in enumerate(wordings):
                out += [(f"wording/{kind}/{tone}/{i}/{slot}", t) for slot, t in wording.slots.items()]
    out.append(("greeting", GREETING))
    out += [(f"value/{k}", t) for k, t in VALUE.items()]
    out.append(("hours_of_work", HOURS_OF_WORK))
    out += [(f"terms/{k}", t) for k, t in TERMS.items()]
    out += [(f"clarify/{k}", t) for k, t in CLARIFY_ITEMS.items()]
    out.append(("list_item", LIST_ITEM))
    out += [(f"title/{k}", t) for k, t in SCRIPT_TITLES.items()]
    out += [(f"label/{k}", t) for k, t in PART_LABELS.items()]
    out += [(f"purpose/{k}", t) for k, t in PART_PURPOSES.items()]
    out += [(f"tone/{k}", t) for k, t in TONE_LABELS.items()]
    out += [(f"audience/{k}", t) for k, t in AUDIENCE_LABELS.items()]
    out += [(f"doc/{k}", t) for k, t in DOC.items()]
    return out


# -- the printable playbook --------------------------------------------------------------------------------

#: fixed texts of :func:`document` (the examples in it are generated by calling the functions)
DOC: MappingProxyType[str, Text] = MappingProxyType(
    {
        "title": Text.of("scripts.doc.title"),
        "source": book_source(Text.of("scripts.doc.source")),
        "intro": Text.of("scripts.doc.intro"),
        "no_heading": Text.of("scripts.doc.no_heading"),
        "no_quote": Text.of("scripts.doc.no_quote"),
        "no_parts": Text.of("scripts.doc.no_parts"),
        "no_required": Text.of("scripts.doc.no_required"),
        "soft_heading": Text.of("scripts.doc.soft_heading"),
        "soft_quote": Text.of("scripts.doc.soft_quote"),
        "soft_ours": Text.of("scripts.doc.soft_ours"),
        "sell_heading": Text.of("scripts.doc.sell_heading"),
        "sell_quote": Text.of("scripts.doc.sell_quote"),
        "sell_parts": Text.of("scripts.doc.sell_parts"),
        "confirm_heading": Text.of("scripts.doc.confirm_heading"),
        "confirm_text": Text.of("scripts.doc.confirm_text"),
        "undecided_heading": Text.of("scripts.doc.undecided_heading"),
        "undecided_text": Text.of("scripts.doc.undecided_text"),
        "respond_heading": Text.of("scripts.doc.respond_heading"),
        "respond_text": Text.of("scripts.doc.respond_text"),
        "col_verdict": Text.of("scripts.doc.col_verdict"),
        "col_when": Text.of("scripts.doc.col_when"),
        "col_message": Text.of("scripts.doc.col_message"),
        "col_needs": Text.of("scripts.doc.col_needs"),
        "col_part": Text.of("scripts.doc.col_part"),
        "col_text": Text.of("scripts.doc.col_text"),
        "example": Text.of("scripts.doc.example"),
        "example_brief": Text.of("scripts.doc.example_brief"),
        "example_client": Text.of("scripts.doc.example_client"),
        "example_manager": Text.of("scripts.doc.example_manager"),
        "message": Text.of("scripts.doc.message"),
        "address": Text.of("scripts.doc.address"),
        "any": Text.of("scripts.doc.any"),
        "or": Text.of("scripts.doc.or"),
        "and": Text.of("scripts.doc.and"),
        "nothing": Text.of("scripts.doc.nothing"),
    }
)

#: the worked examples' inputs, in both languages (the messages themselves are generated)
EXAMPLE: MappingProxyType[str, Text] = MappingProxyType(
    {
        "client": Text.of("scripts.example.client"),
        "request": Text.of("scripts.example.request"),
        "reason": Text.of("scripts.example.reason"),
        "alternative": Text.of("scripts.example.alternative"),
        "concession": Text.of("scripts.example.concession"),
        "service": Text.of("scripts.example.service"),
        "paid_request": Text.of("scripts.example.paid_request"),
    }
)


def _mermaid_label(text: str) -> str:
    """Our own fixed text, made safe for a quoted Mermaid label."""
    return text.replace('"', "'")


def document() -> Document:
    """The empathic no, selling the extra, confirming paid work and asking for what is missing, as a printable
    :class:`~danetor.playbooks.document.Document`.

    Generated from the data the code runs on: the part lists from :data:`PART_ORDER`, the routing table and its
    diagram from ``danetor.scripts.RESPONSES`` and ``NEEDS``, and every example message by calling
    :func:`danetor.scripts.empathic_no`, :func:`~danetor.scripts.sell_extra`, :func:`~danetor.scripts.confirm` and
    :func:`~danetor.scripts.respond` in both languages.
    """
    from .. import scripts as s  # the functions live there and import this module: import them late
    from ..decision import check
    from .document import Bullets, Diagram, Document, Heading, Note, Paragraph, Quote, Steps, Table

    optional = Text.of("scripts.card.optional")

    def steps(kind: ScriptKind) -> Steps:
        items = []
        for part in PART_ORDER[kind]:

            def one(lang: Lang, part: PartKind = part) -> str:
                line = f"{PART_LABELS[part](lang)} — {PART_PURPOSES[part](lang)}"
                return line if part in REQUIRED_PARTS[kind] else f"{line} ({optional(lang)})"

            items.append(Text(ru=one(Lang.RU), en=one(Lang.EN)))
        return Steps(items=tuple(items))

    def parts_diagram(kind: ScriptKind) -> Diagram:
        def one(lang: Lang) -> str:
            order = PART_ORDER[kind]
            lines = ["flowchart LR"]
            for part in order:
                shape = '["{}"]' if part in REQUIRED_PARTS[kind] else '("{}")'
                lines.append(f"    {part.value}" + shape.format(_mermaid_label(PART_LABELS[part](lang))))
            required = [p for p in order if p in REQUIRED_PARTS[kind]]
            for a, b in zip(required, required[1:]):
                lines.append(f"    {a.value} --> {b.value}")
            for i, part in enumerate(order):
                if part in REQUIRED_PARTS[kind]:
                    continue
                before = next(p for p in reversed(order[:i]) if p in REQUIRED_PARTS[kind])
                after = next(p for p in order[i + 1 :] if p in REQUIRED_PARTS[kind])
                lines.append(f"    {before.value} -.-> {part.value} -.-> {after.value}")
            return "\n".join(lines)

        return Diagram(mermaid=Text(ru=one(Lang.RU), en=one(Lang.EN)))

    def example(make) -> list:
        ru, en = make(Lang.RU), make(Lang.EN)
        rows = tuple(
            (PART_LABELS[a.kind], Text(ru=a.text, en=b.text)) for a, b in zip(ru.parts, en.parts, strict=True)
        )
        return [
            Table(header=(DOC["col_part"], DOC["col_text"]), rows=rows),
            Paragraph(text=DOC["message"]),
            Paragraph(text=Text(ru=ru.text, en=en.text)),
        ]

    ex = {k: v for k, v in EXAMPLE.items()}

    def no(lang: Lang):
        return s.empathic_no(
            ex["request"](lang),
            ex["reason"](lang),
            ex["alternative"](lang),
            lang=lang,
            client=ex["client"](lang),
            variant=0,
        )

    def no_brief(lang: Lang):
        return s.empathic_no(
            ex["request"](lang), ex["reason"](lang), ex["alternative"](lang), lang=lang,
            concession=ex["concession"](lang), pressure=True, tone=Tone.BRIEF, variant=0,
        )  # fmt: skip

    def sell(lang: Lang):
        return s.sell_extra(
            ex["service"](lang), price=15000, hours=6, lang=lang, client=ex["client"](lang), variant=0
        )

    def paid(lang: Lang):
        return s.confirm(
            ex["paid_request"](lang), price=9000, hours=4, lang=lang, client=ex["client"](lang), variant=0
        )

    undecided = check(Answer.UNKNOWN, Answer.YES, Answer.UNKNOWN)

    def ask(lang: Lang):
        return s.respond(
            undecided, request=ex["request"](lang), lang=lang, client=ex["client"](lang), variant=0
        )

    def note(lang: Lang):
        return s.respond(
            undecided, request=ex["request"](lang), lang=lang, audience=Audience.MANAGER, variant=0
        )

    def needs(kind: ScriptKind, lang: Lang) -> str:
        groups = s.NEEDS[kind]
        if not groups:
            return DOC["nothing"](lang)
        return DOC["and"](lang).join(DOC["or"](lang).join(g) for g in groups)

    def route_rows() -> tuple:
        rows = []
        for rule in RESPONSES.rules:
            kind = ScriptKind(rule.then)
            rows.append(
                (
                    condition_text(RESPONSES, rule),
                    SCRIPT_TITLES[kind],
                    Text(ru=needs(kind, Lang.RU), en=needs(kind, Lang.EN)),
                )
            )
        return tuple(rows)

    def route_diagram(lang: Lang) -> str:
        lines = ["flowchart LR", f'    check{{"{_mermaid_label(DOC["col_verdict"](lang))}"}}']
        for rule in RESPONSES.rules:
            label = _mermaid_label(RESPONSES.render_condition(rule, resolver(lang)))
            title = _mermaid_label(SCRIPT_TITLES[ScriptKind(rule.then)](lang))
            lines.append(f'    check -->|"{label}"| {rule.id}["{title}"]')
        return "\n".join(lines)

    blocks = [
        Paragraph(text=DOC["intro"]),
        Heading(text=DOC["no_heading"]),
        Quote(text=DOC["no_quote"]),
        Paragraph(text=DOC["no_parts"]),
        steps(ScriptKind.EMPATHIC_NO),
        parts_diagram(ScriptKind.EMPATHIC_NO),
        Note(text=DOC["no_required"], style="warning"),
        Paragraph(text=DOC["example"]),
        *example(no),
        Heading(text=DOC["soft_heading"]),
        Quote(text=DOC["soft_quote"]),
        Note(text=DOC["soft_ours"], style="ours"),
        Paragraph(text=DOC["example_brief"]),
        *example(no_brief),
        Heading(text=DOC["sell_heading"]),
        Quote(text=DOC["sell_quote"]),
        Paragraph(text=DOC["sell_parts"]),
        steps(ScriptKind.SELL_EXTRA),
        Paragraph(text=DOC["example"]),
        *example(sell),
        Heading(text=DOC["confirm_heading"]),
        Paragraph(text=DOC["confirm_text"]),
        steps(ScriptKind.CONFIRMATION),
        Paragraph(text=DOC["example"]),
        *example(paid),
        Heading(text=DOC["undecided_heading"]),
        Paragraph(text=DOC["undecided_text"]),
        Bullets(items=(SCRIPT_TITLES[ScriptKind.CLARIFY], SCRIPT_TITLES[ScriptKind.CLARIFY_NOTE])),
        Paragraph(text=DOC["example_client"]),
        *example(ask),
        Paragraph(text=DOC["example_manager"]),
        *example(note),
        Heading(text=DOC["respond_heading"]),
        Paragraph(text=DOC["respond_text"]),
        Table(header=(DOC["col_when"], DOC["col_message"], DOC["col_needs"]), rows=route_rows()),
        Diagram(mermaid=Text(ru=route_diagram(Lang.RU), en=route_diagram(Lang.EN))),
        Note(text=DOC["address"], style="info"),
    ]
    return Document(id="scripts", title=DOC["title"], source=DOC["source"], blocks=tuple(blocks))
