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
from enum import StrEnum
from types import MappingProxyType
from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict, model_validator

from ..rules.danetor import Answer
from ..text import Lang, Text, book_source

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

    slots: dict[str, Text]

    @model_validator(mode="after")
    def _same_placeholders(self) -> Wording:
        for slot, text in self.slots.items():
            ru, en = _fields(text.ru), _fields(text.en)
            if ru != en:
                raise ValueError(f"slot {slot!r}: ru uses {sorted(ru)} but en uses {sorted(en)}")
        return self


def _w(**slots: tuple[str, str]) -> Wording:
    return Wording(slots={name: Text(ru=ru, en=en) for name, (ru, en) in slots.items()})


# -- the wordings ------------------------------------------------------------------------------------------

_EMPATHIC_NO_STANDARD = (
    _w(
        empathy=(
            "Я понимаю Вашу ситуацию и то, как Вам важно, чтобы мы смогли {request}.",
            "I understand your situation, and how important it is for you that we {request}.",
        ),
        refusal=(
            "Но, к сожалению, сделать это мы не можем: {reason}.",
            "Unfortunately, we can't do that: {reason}.",
        ),
        quality=(
            "Если делать это быстрее или дешевле, это неминуемо скажется на качестве, и первым это почувствуете Вы.",
            "Doing it faster or cheaper would inevitably cost quality, and you would be the first to feel it.",
        ),
        concession=(
            "Чтобы пойти Вам навстречу, мы готовы {concession}.",
            "To meet you halfway, we can {concession}.",
        ),
        alternative=(
            "Могу предложить другой вариант: {alternative}.",
            "What I can offer instead is to {alternative}.",
        ),
    ),
    _w(
        empathy=(
            "Понимаю Ваше положение и то, почему Вы просите нас {request}.",
            "I understand the position you're in, and why you're asking us to {request}.",
        ),
        refusal=(
            "Тем не менее здесь нам придется отказать: {reason}.",
            "This time, though, we have to say no: {reason}.",
        ),
        quality=(
            "Работа, сделанная в спешке и на сэкономленном бюджете, всегда теряет в качестве, а это Ваш результат.",
            "Work done in a rush or on the cheap always shows in the result, and it's your result.",
        ),
        concession=(
            "При этом кое в чем мы уступить можем: готовы {concession}.",
            "That said, there is something we can do: we're able to {concession}.",
        ),
        alternative=(
            "Вместо этого предлагаю {alternative}.",
            "Instead, I'd suggest we {alternative}.",
        ),
    ),
    _w(
        empathy=(
            "Понимаю, что Вы чувствуете, и вижу, насколько Вам сейчас нужно, чтобы мы смогли {request}.",
            "I know how this feels, and I can see how much you need us to {request}.",
        ),
        refusal=(
            "Однако выполнить эту просьбу мы не сможем: {reason}.",
            "However, we won't be able to do it: {reason}.",
        ),
        quality=(
            "Спешка и экономия здесь неизбежно ударят по качеству, а это не в Ваших интересах.",
            "Rushing it or cutting the cost would hurt the quality, which isn't in your interest.",
        ),
        concession=(
            "Но небольшой шаг навстречу мы сделаем: готовы {concession}.",
            "We can meet you partway, though: we'll {concession}.",
        ),
        alternative=(
            "Есть и другой выход: мы можем {alternative}.",
            "There is another way: we could {alternative}.",
        ),
    ),
)

_EMPATHIC_NO_BRIEF = (
    _w(
        empathy=("Понимаю, почему Вы просите {request}.", "I understand why you're asking us to {request}."),
        refusal=("Но сделать этого мы не можем: {reason}.", "But we can't do it: {reason}."),
        quality=(
            "Спешка и экономия ударят по качеству, а это не в Ваших интересах.",
            "Rushing it would cost quality, which isn't in your interest.",
        ),
        concession=("Готовы {concession}.", "We can {concession}."),
        alternative=("Предлагаю {alternative}.", "I suggest we {alternative}."),
    ),
    _w(
        empathy=(
            "Понимаю, что Вам важно, чтобы мы смогли {request}.",
            "I see why you need us to {request}.",
        ),
        refusal=("Однако мы вынуждены отказать: {reason}.", "However, we have to decline: {reason}."),
        quality=(
            "Работа в спешке неминуемо скажется на качестве.",
            "Work done in a rush always costs quality.",
        ),
        concession=("Можем {concession}.", "What we can do is {concession}."),
        alternative=("Другой вариант: {alternative}.", "The alternative: {alternative}."),
    ),
    _w(
        empathy=("Понимаю Вас и Вашу просьбу — {request}.", "I understand your request to {request}."),
        refusal=("Но здесь нам придется отказать: {reason}.", "But this time the answer is no: {reason}."),
        quality=(
            "Быстро и дешево — значит хуже по качеству, а это не в Ваших интересах.",
            "Fast and cheap means lower quality, and that's not in your interest.",
        ),
        concession=("Со своей стороны готовы {concession}.", "On our side, we're happy to {concession}."),
        alternative=("Предлагаю другой выход: {alternative}.", "Instead, we could {alternative}."),
    ),
)

_SELL_EXTRA_STANDARD = (
    _w(
        value=("Вообще {service} — это у нас {value}.", "Normally, {service} would {value}."),
        exception=(
            "Но лично для Вас, в качестве исключения, мы сделаем это бесплатно.",
            "But for you personally, as an exception, we'll do it free of charge.",
        ),
    ),
    _w(
        value=(
            "Обычно {service} — платная работа: {value}.",
            "Usually, {service} is paid work: it would {value}.",
        ),
        exception=(
            "Но для Вас мы сделаем исключение: эту работу выполним бесплатно.",
            "For you, though, we'll make an exception and do it at no charge.",
        ),
    ),
    _w(
        value=(
            "Для понимания: {service} обычно — это {value}.",
            "Just so you know, {service} would normally {value}.",
        ),
        exception=(
            "Но Вам, как нашему партнеру, в порядке исключения сделаем это бесплатно.",
            "But as a valued partner, you'll get it from us free of charge, as an exception.",
        ),
    ),
)

_SELL_EXTRA_BRIEF = (
    _w(
        value=("Обычно {service} — это {value}.", "Normally, {service} would {value}."),
        exception=("Для Вас — бесплатно, в порядке исключения.", "For you, as an exception, it's free."),
    ),
    _w(
        value=("Вообще {service} — это {value}.", "As a rule, {service} would {value}."),
        exception=("Вам сделаем бесплатно, как исключение.", "We'll do it for you free, as an exception."),
    ),
    _w(
        value=("У нас {service} — это {value}.", "On our price list, {service} would {value}."),
        exception=("Но для Вас, в виде исключения, — бесплатно.", "For you, by way of exception, no charge."),
    ),
)

_CONFIRMATION_STANDARD = (
    _w(
        yes=("Да, мы готовы {request}.", "Yes, we can {request}."),
        next=("Подтвердите, пожалуйста, и мы начнем.", "Please confirm and we'll get started."),
    ),
    _w(
        yes=("Договорились: мы сможем {request}.", "Happy to help: we'll {request}."),
        next=("Как только подтвердите, возьмемся за работу.", "As soon as you confirm, we'll get to work."),
    ),
    _w(
        yes=("Хорошие новости: мы сможем {request}.", "Good news: we're able to {request}."),
        next=(
            "Если все верно, подтвердите, пожалуйста, и мы приступим.",
            "If that all looks right, just confirm and we'll begin.",
        ),
    ),
)

_CONFIRMATION_BRIEF = (
    _w(
        yes=("Да, можем {request}.", "Yes, we can {request}."),
        next=("Подтвердите, и начнем.", "Confirm and we'll start."),
    ),
    _w(
        yes=("Договорились, сможем {request}.", "Agreed: we'll {request}."),
        next=("Ждем Вашего подтверждения.", "Waiting for your go-ahead."),
    ),
    _w(
        yes=("Да, готовы {request}.", "Sure, we'll {request}."),
        next=("Начнем после Вашего подтверждения.", "We'll start once you confirm."),
    ),
)

_CLARIFY_STANDARD = (
    _w(
        thanks=(
            "Спасибо за запрос! Сейчас смотрим, сможем ли мы {request}.",
            "Thanks for your message! We're looking at whether we can {request}.",
        ),
        thanks_plain=(
            "Спасибо за запрос! Сейчас его изучаем.",
            "Thanks for your message! We're looking into it now.",
        ),
        ask=(
            "Чтобы ответить точно, уточните, пожалуйста:",
            "To give you a proper answer, could you tell me:",
        ),
        next=(
            "Как только получим ответ, сразу вернемся к Вам с решением.",
            "As soon as we hear back, we'll come back to you with an answer.",
        ),
    ),
    _w(
        thanks=(
            "Спасибо, что написали. Проверяем, получится ли {request}.",
            "Thank you for getting in touch. We're checking whether we can {request}.",
        ),
        thanks_plain=(
            "Спасибо, что написали, — уже разбираемся.",
            "Thank you for getting in touch; we're on it.",
        ),
        ask=("Подскажите, пожалуйста:", "Could you let me know:"),
        next=("После этого мы сразу дадим ответ.", "Then we'll get straight back to you."),
    ),
    _w(
        thanks=(
            "Спасибо! Мы оцениваем, сможем ли мы {request}.",
            "Thank you! We're working out whether we can {request}.",
        ),
        thanks_plain=("Спасибо! Мы оцениваем Вашу просьбу.", "Thank you! We're looking at your request now."),
        ask=("Нам важно понять:", "It would help to know:"),
        next=("С этими деталями мы ответим быстро.", "With those details, we can answer quickly."),
    ),
)

_CLARIFY_BRIEF = (
    _w(
        thanks=("Смотрим, сможем ли мы {request}.", "Looking into whether we can {request}."),
        thanks_plain=("Спасибо, смотрим.", "Thanks, looking into it."),
        ask=("Уточните, пожалуйста:", "Please let me know:"),
        next=("Ответим сразу после этого.", "We'll reply right after."),
    ),
    _w(
        thanks=("Проверяем, получится ли {request}.", "Checking whether we can {request}."),
        thanks_plain=("Спасибо, проверяем.", "Thanks, checking."),
        ask=("Подскажите:", "Quick check:"),
        next=("Затем сразу ответим.", "Then we'll answer straight away."),
    ),
    _w(
        thanks=("Оцениваем, сможем ли мы {request}.", "Working out whether we can {request}."),
        thanks_plain=("Спасибо, оцениваем.", "Thanks, on it."),
        ask=("Нужно понять:", "We need to know:"),
        next=("После этого ответим.", "We'll answer after that."),
    ),
)

# A note to the manager is the same in either tone: tone is about the client.
_CLARIFY_NOTE = (
    _w(
        request=("Клиент просит {request}.", "The client is asking us to {request}."),
        clarify=("Прежде чем отвечать клиенту, выясните:", "Before you reply to the client, find out:"),
        next=(
            "Когда ответы будут, снова пройдите проверку ДАНЕТОР.",
            "Once you have the answers, run the DANETOR check again.",
        ),
    ),
    _w(
        request=("Просьба клиента — {request}.", "The request: to {request}."),
        clarify=("Сначала уточните:", "Clarify first:"),
        next=(
            "Затем ответьте на три вопроса ДАНЕТОР еще раз: два «нет» — отказ.",
            "Then answer the three DANETOR questions again: two “no” answers mean refuse.",
        ),
    ),
    _w(
        request=("Клиент хочет, чтобы мы смогли {request}.", "The client wants us to {request}."),
        clarify=(
            "Решение зависит от того, что пока неизвестно:",
            "The verdict depends on what you don't know yet:",
        ),
        next=(
            "Не отвечайте клиенту по существу, пока не выясните это.",
            "Don't give the client a yes or a no until you know.",
        ),
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


def _check_wordings() -> None:
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
                for slot, text in wording.slots.items():
                    if _fields(text.ru) != SLOT_FIELDS[kind][slot]:
                        raise ValueError(f"{kind}/{tone}/{i}/{slot}: placeholders {sorted(_fields(text.ru))}")


_check_wordings()

# -- fixed pieces ----------------------------------------------------------------------------------------------

#: the greeting line when the client's name is given
GREETING = Text(ru="{client}, добрый день!", en="Hello {client},")

#: "what it is worth" in :data:`ScriptKind.SELL_EXTRA`: price only, effort only, or both
VALUE: MappingProxyType[str, Text] = MappingProxyType(
    {
        "price": Text(ru="{price}", en="cost {price}"),
        "hours": Text(ru="{hours}", en="take {hours}"),
        "both": Text(ru="{hours} и {price}", en="take {hours} and cost {price}"),
    }
)

#: a number of hours, as effort (a text given for ``hours`` is used as it is, without this)
HOURS_OF_WORK = Text(ru="{hours} работы команды", en="{hours} of the team's time")

#: the terms of paid work in :data:`ScriptKind.CONFIRMATION`
TERMS: MappingProxyType[str, Text] = MappingProxyType(
    {
        "price": Text(ru="Стоимость — {price}.", en="It will cost {price}."),
        "hours": Text(ru="По времени это займет {hours}.", en="It will take {hours}."),
        "both": Text(
            ru="Стоимость — {price}, по времени это займет {hours}.",
            en="It will cost {price} and take {hours}.",
        ),
    }
)

#: what to ask the client for each DANETOR question that is still open (ids as in ``danetor.QUESTIONS``)
CLARIFY_ITEMS: MappingProxyType[str, Text] = MappingProxyType(
    {
        "client": Text(
            ru="Какую задачу это должно решить для Вас?",
            en="What should this achieve for you?",
        ),
        "company": Text(
            ru="Какие объем работы, сроки и бюджет Вы ожидаете?",
            en="What scope, deadline and budget do you have in mind?",
        ),
        "eba": Text(
            ru="Насколько это для Вас важно и срочно?",
            en="How important and urgent is this for you?",
        ),
    }
)

#: one item of a numbered list
LIST_ITEM = Text(ru="{n}. {item}", en="{n}. {item}")

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
        ScriptKind.EMPATHIC_NO: Text(ru="Эмпатическое «нет»", en="The empathic no"),
        ScriptKind.SELL_EXTRA: Text(ru="«Продажа» дополнительной услуги", en="“Selling” the extra"),
        ScriptKind.CONFIRMATION: Text(ru="Подтверждение платной работы", en="Confirming paid work"),
        ScriptKind.CLARIFY: Text(ru="Вопросы клиенту", en="Questions for the client"),
        ScriptKind.CLARIFY_NOTE: Text(ru="Что выяснить менеджеру", en="What the manager should find out"),
    }
)

PART_LABELS: MappingProxyType[PartKind, Text] = MappingProxyType(
    {
        PartKind.EMPATHY: Text(ru="Понимание", en="Empathy"),
        PartKind.REFUSAL: Text(ru="Отказ и его причина", en="The no, and why"),
        PartKind.QUALITY: Text(ru="Цена давления", en="What pressure costs"),
        PartKind.CONCESSION: Text(ru="Небольшая уступка", en="A small concession"),
        PartKind.ALTERNATIVE: Text(ru="Альтернатива", en="The alternative"),
        PartKind.VALUE: Text(ru="Сколько это стоит", en="What it is worth"),
        PartKind.EXCEPTION: Text(ru="Исключение для клиента", en="The exception"),
        PartKind.YES: Text(ru="Согласие", en="The yes"),
        PartKind.TERMS: Text(ru="Условия", en="The terms"),
        PartKind.NEXT: Text(ru="Следующий шаг", en="The next step"),
        PartKind.THANKS: Text(ru="Благодарность", en="Thanks"),
        PartKind.ASK: Text(ru="Вопросы", en="The questions"),
        PartKind.REQUEST: Text(ru="Просьба", en="The request"),
        PartKind.CLARIFY: Text(ru="Что выяснить", en="What to find out"),
    }
)

PART_PURPOSES: MappingProxyType[PartKind, Text] = MappingProxyType(
    {
        PartKind.EMPATHY: Text(
            ru="покажите, что понимаете ситуацию клиента и его чувства",
            en="show that you understand the client's situation and feelings",
        ),
        PartKind.REFUSAL: Text(
            ru="твердо, но вежливо откажите и назовите причину отказа",
            en="refuse firmly but politely, and name the reason",
        ),
        PartKind.QUALITY: Text(
            ru="объясните, что давление на сроки и цену неминуемо скажется на качестве",
            en="explain that pressure on speed and price will cost quality",
        ),
        PartKind.CONCESSION: Text(
            ru="«разбавьте» отказ небольшой уступкой",
            en="soften the no with a small concession",
        ),
        PartKind.ALTERNATIVE: Text(
            ru="предложите альтернативный выход",
            en="offer another way forward",
        ),
        PartKind.VALUE: Text(
            ru="назовите, сколько эта услуга обычно стоит",
            en="say what the service is normally worth",
        ),
        PartKind.EXCEPTION: Text(
            ru="скажите, что лично для клиента, в качестве исключения, это бесплатно",
            en="say that for this client, as an exception, it is free",
        ),
        PartKind.YES: Text(ru="подтвердите, что беретесь за работу", en="confirm that you will do the work"),
        PartKind.TERMS: Text(ru="назовите стоимость и сроки", en="state the price and the time"),
        PartKind.NEXT: Text(ru="скажите, что будет дальше", en="say what happens next"),
        PartKind.THANKS: Text(ru="поблагодарите за запрос", en="thank the client for the request"),
        PartKind.ASK: Text(
            ru="спросите только то, от чего зависит решение",
            en="ask only what the decision depends on",
        ),
        PartKind.REQUEST: Text(ru="запишите, о чем просит клиент", en="note what the client is asking for"),
        PartKind.CLARIFY: Text(
            ru="перечислите вопросы ДАНЕТОР, от ответа на которые зависит решение",
            en="list the DANETOR questions whose answers decide it",
        ),
    }
)

TONE_LABELS: MappingProxyType[Tone, Text] = MappingProxyType(
    {
        Tone.STANDARD: Text(ru="обычный", en="standard"),
        Tone.BRIEF: Text(ru="краткий", en="brief"),
    }
)

AUDIENCE_LABELS: MappingProxyType[Audience, Text] = MappingProxyType(
    {
        Audience.CLIENT: Text(ru="клиент", en="the client"),
        Audience.MANAGER: Text(ru="менеджер", en="the manager"),
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
        "title": Text(
            ru="Эмпатическое «нет» и «продажа» дополнительной услуги",
            en="The empathic no, and “selling” the extra",
        ),
        "source": book_source(
            Text(
                ru="разделы «Искусство продавать», «Алгоритм ДАНЕТОР», «Мягкая сила», «Эффективные коммуникации»",
                en="sections on the art of selling, the DANETOR check, soft power and effective communication",
            )
        ),
        "intro": Text(
            ru="Проверка ДАНЕТОР говорит, что ответить. Здесь — как это сказать: отказать так, чтобы сохранить "
            "отношения, и согласиться так, чтобы клиент оценил уступку.",
            en="The DANETOR check tells you what to answer. This page is about how to say it: refusing so that the "
            "relationship survives, and saying yes so that the client values what they get.",
        ),
        "no_heading": Text(ru="Эмпатическое «нет»", en="The empathic no"),
        "no_quote": Text(
            ru="Прежде чем отказать клиенту, покажите, что вы понимаете его ситуацию и его чувства. После этого "
            "твердо, но вежливо откажите и назовите причину отказа. Затем предложите альтернативный выход. "
            "Как правило, отказ в такой форме позволяет сохранить нормальные рабочие отношения.",
            en="Before you refuse the client, show that you understand their situation and their feelings. Then "
            "refuse firmly but politely, and name the reason. Then offer an alternative way out. As a rule, a "
            "refusal in this form keeps the working relationship intact.",
        ),
        "no_parts": Text(ru="Части по порядку:", en="The parts, in order:"),
        "no_required": Text(
            ru="Причина и альтернатива обязательны: без причины отказ выглядит произволом, без альтернативы — "
            "тупиком.",
            en="The reason and the alternative are required: without a reason a no looks arbitrary, without an "
            "alternative it is a dead end.",
        ),
        "soft_heading": Text(ru="Мягкая сила", en="Soft power"),
        "soft_quote": Text(
            ru="Будьте немногословны: многословие — признак «острой потребности». «Разбавляйте» свои отказы "
            "небольшими уступками. Объясните клиенту, что своим давлением на исполнителей он вредит самому себе.",
            en="Be brief: wordiness is a sign of “acute need”. Dilute your refusals with small concessions. "
            "Explain to the client that by pressing the people doing the work, they harm themselves.",
        ),
        "soft_ours": Text(
            ru="Наше решение: уступка стоит сразу после отказа, который она «разбавляет», и перед альтернативой — "
            "так отказ остается твердым, а письмо заканчивается выходом из ситуации. Напоминание о качестве "
            "дополняет причину отказа и идет сразу за ней. Краткий тон — для напористого клиента или холерика.",
            en="Our choice: the concession comes right after the no it softens and before the alternative, so the "
            "no stays firm and the message still ends on the way forward. The quality warning adds to the reason, "
            "so it follows the no directly. The brief tone is for a pushy or choleric client.",
        ),
        "sell_heading": Text(ru="«Продавайте» дополнительную услугу", en="“Sell” the extra"),
        "sell_quote": Text(
            ru="«Экстра-услуги» нужно не дарить (подарок все равно не оценят), а «продавать» — но не за деньги, а "
            "за лояльность. Например, так: «Вообще эта услуга стоит у нас столько-то, но лично для вас, в "
            "качестве исключения, мы сделаем это бесплатно».",
            en="Extras should not be given away (a gift will not be valued anyway) but “sold”, not for money but "
            "for loyalty. For example: “Normally this service costs so much, but for you personally, as an "
            "exception, we'll do it free of charge.”",
        ),
        "sell_parts": Text(ru="Части по порядку:", en="The parts, in order:"),
        "confirm_heading": Text(ru="Согласие на платную работу", en="Yes to paid work"),
        "confirm_text": Text(
            ru="Если работа оплачивается, ничего «продавать» не нужно: коротко подтвердите, назовите условия и "
            "следующий шаг — письменно, чтобы договоренность была зафиксирована.",
            en="When the work is paid for, there is nothing to “sell”: confirm it briefly, state the terms and the "
            "next step, in writing, so the agreement is on record.",
        ),
        "undecided_heading": Text(ru="Если решение не принято", en="When the verdict is undecided"),
        "undecided_text": Text(
            ru="Клиенту — короткий вопрос о том, от чего зависит решение; менеджеру — список вопросов ДАНЕТОР, "
            "которые нужно выяснить первыми.",
            en="To the client: a short question about what the decision depends on. To the manager: the DANETOR "
            "questions to settle first.",
        ),
        "respond_heading": Text(ru="От вердикта к сообщению", en="From the verdict to the message"),
        "respond_text": Text(
            ru="Функция respond() выбирает сообщение по вердикту проверки ДАНЕТОР:",
            en="respond() picks the message from the DANETOR verdict:",
        ),
        "col_verdict": Text(ru="Вердикт", en="Verdict"),
        "col_when": Text(ru="Условие", en="When"),
        "col_message": Text(ru="Сообщение", en="Message"),
        "col_needs": Text(ru="Что нужно указать", en="What you must give"),
        "col_part": Text(ru="Часть", en="Part"),
        "col_text": Text(ru="Текст", en="Text"),
        "example": Text(ru="Пример", en="Example"),
        "example_brief": Text(
            ru="Пример: напористый клиент, краткий тон, уступка и напоминание о качестве",
            en="Example: a pushy client, brief tone, a concession and the quality warning",
        ),
        "example_client": Text(ru="Пример: сообщение клиенту", en="Example: the message to the client"),
        "example_manager": Text(ru="Пример: заметка менеджеру", en="Example: the note to the manager"),
        "message": Text(ru="Сообщение целиком:", en="The whole message:"),
        "address": Text(
            ru="Обращайтесь к клиенту на «вы», даже если он предлагает перейти на «ты». В письме одному "
            "клиенту мы пишем «Вы» с прописной буквы.",
            en="Address the client formally (Russian «вы»), even if they offer first names and «ты». In a "
            "Russian message to one client we capitalise «Вы», as business letters do.",
        ),
        "any": Text(ru="любое", en="any"),
        "or": Text(ru=" или ", en=" or "),
        "and": Text(ru=", ", en=", "),
        "nothing": Text(ru="ничего", en="nothing"),
    }
)

#: the worked examples' inputs, in both languages (the messages themselves are generated)
EXAMPLE: MappingProxyType[str, Text] = MappingProxyType(
    {
        "client": Text(ru="Анна", en="Anna"),
        "request": Text(
            ru="переделать баннеры бесплатно за выходные", en="redo the banners for free over the weekend"
        ),
        "reason": Text(
            ru="вся команда на этих выходных занята запуском другого проекта",
            en="the whole team is tied up with another launch this weekend",
        ),
        "alternative": Text(
            ru="внести правки в понедельник до обеда", en="make the changes on Monday morning"
        ),
        "concession": Text(
            ru="сегодня же поправить цвет на главном баннере", en="fix the colour on the main banner today"
        ),
        "service": Text(
            ru="срочная доработка баннеров в выходные", en="an urgent weekend rework of the banners"
        ),
        "paid_request": Text(
            ru="подготовить еще три размера баннеров", en="make the banners in three more sizes"
        ),
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

    optional = Text(ru="необязательно", en="optional")

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
        for rule in s.RESPONSES.rules:
            kind = ScriptKind(rule.then)
            rows.append(
                (
                    Text(
                        ru=s.RESPONSES.render_condition(rule, Lang.RU),
                        en=s.RESPONSES.render_condition(rule, Lang.EN),
                    ),
                    SCRIPT_TITLES[kind],
                    Text(ru=needs(kind, Lang.RU), en=needs(kind, Lang.EN)),
                )
            )
        return tuple(rows)

    def route_diagram(lang: Lang) -> str:
        lines = ["flowchart LR", f'    check{{"{_mermaid_label(DOC["col_verdict"](lang))}"}}']
        for rule in s.RESPONSES.rules:
            label = _mermaid_label(s.RESPONSES.render_condition(rule, lang))
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
