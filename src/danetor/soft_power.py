"""Soft power in writing: the delay warning and the list of agreements after a spoken conversation.

>>> print(delay_warning("утвердите проект", "до пятницы", "старт работ будет задержан").text)
Добрый день!
<BLANKLINE>
Хочу заранее предупредить: если Вы не утвердите проект до пятницы, старт работ будет задержан.

That is the book's own example («Если вы не утвердите проект до пятницы, старт работ будет задержан»), with «Вы»
capitalised as in every message to a client. User strings are inserted verbatim as data (only surrounding
whitespace, and a phrase's final ``. ! ? …``, are trimmed) and are never evaluated as templates.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ConfigDict, Field

from . import letter
from ._active import with_policy
from ._phrase import FRAMES, frame
from ._result import Message
from .errors import InvalidInput
from .text import Lang, Text, as_lang, phrase, user_text

if TYPE_CHECKING:  # pragma: no cover
    from .policy import Policy

__all__ = ["AgreementsSummary", "DelayWarning", "agreements_summary", "delay_warning"]


# -- texts (by key) -------------------------------------------------------------------------------------


class Technique(BaseModel):
    """One soft-power technique: an id for code and the book's advice in both languages."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    text: Text


#: The book's techniques for difficult and manipulative clients, in the book's order.
TECHNIQUES: tuple[Technique, ...] = (
    Technique(
        id="brevity",
        text=Text.of("soft_power.techniques.brevity.text"),
    ),
    Technique(
        id="concessions",
        text=Text.of("soft_power.techniques.concessions.text"),
    ),
    Technique(
        id="pressure_hurts_quality",
        text=Text.of("soft_power.techniques.pressure_hurts_quality.text"),
    ),
    Technique(
        id="regulate_in_writing",
        text=Text.of("soft_power.techniques.regulate_in_writing.text"),
    ),
    Technique(
        id="agreements_after_talk",
        text=Text.of("soft_power.techniques.agreements_after_talk.text"),
    ),
    Technique(
        id="warn_of_delays",
        text=Text.of("soft_power.techniques.warn_of_delays.text"),
    ),
)


#: The delay warning, after the book's «Если вы не утвердите проект до пятницы, старт работ будет задержан»: a lead,
#: then the book's sentence in the frame that fits what the manager typed as the client's *action*: ``finite`` the
#: «вы» form of a future («утвердите проект», as the book and the prompt have it), ``inf`` an infinitive
#: («утвердить проект»), ``obj`` what we must receive, in the accusative («оплату счёта»), ``any`` anything else
#: («оплата счёта», an imperative: «пришлите тексты»). In English a verb phrase takes ``inf``, a noun ``obj``.
DELAY_LEAD = Text.of("soft_power.warning.lead")
DELAY_FRAMES: dict[str, Text] = {f: Text.of(f"soft_power.warning.{f}") for f in FRAMES}


#: The fixed parts of the list of agreements sent after a spoken conversation.
SUMMARY_TEXTS: dict[str, Text] = {
    "subject_label": Text.of("soft_power.summary_texts.subject_label"),
    "subject": Text.of("soft_power.summary_texts.subject"),
    "subject_on": Text.of("soft_power.summary_texts.subject_on"),
    "lead": Text.of("soft_power.summary_texts.lead"),
    "lead_on": Text.of("soft_power.summary_texts.lead_on"),
    "close": Text.of("soft_power.summary_texts.close"),
}


_ITEMS = [Text.of("errors.allowed.items")]
_WHY = {t.id: t.text for t in TECHNIQUES}


class DelayWarning(Message, BaseModel):
    """A warning of what the client's delay will cause, ready to send, and the book's reason for sending it."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    action: str
    deadline: str
    consequence: str
    lang: Lang
    #: the greeting (named when the client's name was given)
    greeting: str
    #: the warning itself: the lead and the book's sentence
    sentence: str
    #: the sign-off, when there is a sender
    signoff: str | None = None
    #: the whole message to send
    text: str
    #: the book's advice behind it, in :attr:`lang`
    why: str

    def explain(self, lang: Lang | str | None = None) -> str:
        """Why to send it: the book's advice, in *lang* (by default the message's)."""
        return self.why if lang is None else _WHY["warn_of_delays"](as_lang(lang))


@with_policy
def delay_warning(
    action: str,
    deadline: str,
    consequence: str,
    *,
    lang: Lang | str = Lang.RU,
    client: str | None = None,
    sender: str | None = None,
    policy: Policy | None = None,
) -> DelayWarning:
    """Warn the client what their delay will cause: «Хочу заранее предупредить: если Вы не {action} {deadline},
    {consequence}.»

    *action* is what the client must do, best in the «вы» form of the verb, as the book has it (``"утвердите
    проект"``) or a bare verb phrase in English (``"approve the project"``); an infinitive (``"утвердить
    проект"``) or what we must receive (``"оплату счёта"``, ``"the signed contract"``) works too, each in a
    sentence of its own. *deadline* is when (``"до пятницы"``, ``"by Friday"``); *consequence* is what happens
    otherwise (``"старт работ будет задержан"``). *client* and *sender* add the greeting's name and a sign-off.
    """
    lang = as_lang(lang)
    action = phrase("action", action)
    deadline = phrase("deadline", deadline)
    consequence = phrase("consequence", consequence)
    client = user_text("client", client, required=False)
    name = letter.sender(sender)
    body = DELAY_FRAMES[frame(action, lang.value, FRAMES)](lang).format(
        action=action, deadline=deadline, consequence=consequence
    )
    sentence = f"{DELAY_LEAD(lang)} {body}"
    greeting, signoff = letter.greeting(client, lang), letter.signoff(name, lang)
    return DelayWarning(
        action=action,
        deadline=deadline,
        consequence=consequence,
        lang=lang,
        greeting=greeting,
        sentence=sentence,
        signoff=signoff,
        text=letter.layout(greeting, sentence, signoff),
        why=_WHY["warn_of_delays"](lang),
    )


class AgreementsSummary(Message, BaseModel):
    """The list of agreements to email after a spoken conversation, ready to send."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    items: tuple[str, ...] = Field(min_length=1)
    conversation: str | None
    lang: Lang
    #: the email's subject line (one email, one subject)
    subject: str
    #: the greeting (named when the client's name was given)
    greeting: str
    #: the sign-off, when there is a sender
    signoff: str | None = None
    #: the email's body: the greeting, the list and the request to confirm it, the sign-off
    text: str
    #: the book's advice behind it, in :attr:`lang`
    why: str

    @property
    def email(self) -> str:
        """Subject line, a blank line, then the body."""
        return SUMMARY_TEXTS["subject_label"](self.lang) + self.subject + "\n\n" + self.text

    def explain(self, lang: Lang | str | None = None) -> str:
        """Why to send it: the book's advice, in *lang* (by default the message's)."""
        return self.why if lang is None else _WHY["agreements_after_talk"](as_lang(lang))


def _items(items: Any) -> tuple[str, ...]:
    if items is None:
        raise InvalidInput("items", items, _ITEMS, missing=True)
    if isinstance(items, (str, bytes)) or not isinstance(items, Iterable):
        raise InvalidInput("items", items, _ITEMS, hint=Text.of("errors.hint.single_string"))
    checked = tuple(user_text(f"items[{i}]", item) for i, item in enumerate(items))
    if not checked:
        raise InvalidInput("items", [], _ITEMS, hint=Text.of("errors.hint.empty_list"))
    return checked


@with_policy
def agreements_summary(
    items: Iterable[str],
    *,
    conversation: str | None = None,
    lang: Lang | str = Lang.RU,
    client: str | None = None,
    sender: str | None = None,
    policy: Policy | None = None,
) -> AgreementsSummary:
    """Draft the email listing what was agreed in a spoken conversation, for the client to confirm.

    *items* are the agreements, one string each, numbered in the given order. *conversation* optionally names
    the conversation (``"звонок 12 марта"``); *client* adds the greeting's name, *sender* a sign-off.
    """
    lang = as_lang(lang)
    checked = _items(items)
    client = user_text("client", client, required=False)
    name = letter.sender(sender)
    if conversation is None:
        subject = SUMMARY_TEXTS["subject"](lang)
        lead = SUMMARY_TEXTS["lead"](lang)
    else:
        conversation = phrase("conversation", conversation)
        subject = SUMMARY_TEXTS["subject_on"](lang).format(conversation=conversation)
        lead = SUMMARY_TEXTS["lead_on"](lang).format(conversation=conversation)
    body = "\n".join([lead, *(f"{n}. {item}" for n, item in enumerate(checked, 1))])
    body += "\n\n" + SUMMARY_TEXTS["close"](lang)
    greeting, signoff = letter.greeting(client, lang), letter.signoff(name, lang)
    return AgreementsSummary(
        items=checked,
        conversation=conversation,
        lang=lang,
        subject=subject,
        greeting=greeting,
        signoff=signoff,
        text=letter.layout(greeting, body, signoff),
        why=_WHY["agreements_after_talk"](lang),
    )
