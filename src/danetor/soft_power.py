"""Soft power in writing: the delay warning and the list of agreements after a spoken conversation.

>>> delay_warning("утвердите проект", "до пятницы", "старт работ будет задержан").text
'Если вы не утвердите проект до пятницы, старт работ будет задержан.'

That is the book's own example, word for word. User strings are inserted verbatim as data (only surrounding
whitespace is trimmed) and are never evaluated as templates.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from ._active import with_policy
from ._result import Message
from .errors import InvalidInput
from .scripts import GREETING
from .text import Lang, Text, as_lang, closed, user_text

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


#: The delay warning, after the book's «Если вы не утвердите проект до пятницы, старт работ будет задержан».
#: ``{action}`` is a verb phrase in the «вы» form (ru) / a bare verb phrase (en); the closing punctuation is
#: added by the code unless the consequence already ends with one.
DELAY_TEMPLATE = Text.of("soft_power.delay_template")


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
    """A warning of what the client's delay will cause, and the book's reason for sending it."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    action: str
    deadline: str
    consequence: str
    lang: Lang
    #: the sentence to send
    text: str
    #: the book's advice behind it, in :attr:`lang`
    why: str

    def explain(self) -> str:
        """Why to send it (the book's advice)."""
        return self.why


@with_policy
def delay_warning(
    action: str, deadline: str, consequence: str, *, lang: Lang | str = Lang.RU
) -> DelayWarning:
    """Warn the client what their delay will cause: «Если вы не {action} {deadline}, {consequence}.»

    *action* is what the client must do, as a verb phrase agreeing with «вы» in Russian (``"утвердите
    проект"``) or a bare verb phrase in English (``"approve the project"``); *deadline* is when
    (``"до пятницы"``, ``"by Friday"``); *consequence* is what happens otherwise (``"старт работ будет
    задержан"``). A full stop is added unless *consequence* already ends a sentence.
    """
    lang = as_lang(lang)
    action = user_text("action", action)
    deadline = user_text("deadline", deadline)
    consequence = user_text("consequence", consequence)
    text = DELAY_TEMPLATE(lang).format(action=action, deadline=deadline, consequence=closed(consequence))
    return DelayWarning(
        action=action,
        deadline=deadline,
        consequence=consequence,
        lang=lang,
        text=text,
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
    #: the email's body
    text: str
    #: the book's advice behind it, in :attr:`lang`
    why: str

    @property
    def email(self) -> str:
        """Subject line, a blank line, then the body."""
        return SUMMARY_TEXTS["subject_label"](self.lang) + self.subject + "\n\n" + self.text

    def explain(self) -> str:
        """Why to send it (the book's advice)."""
        return self.why


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
) -> AgreementsSummary:
    """Draft the email listing what was agreed in a spoken conversation, for the client to confirm.

    *items* are the agreements, one string each, numbered in the given order. *conversation* optionally names
    the conversation (``"звонок 12 марта"``); *client* optionally adds a greeting line.
    """
    lang = as_lang(lang)
    checked = _items(items)
    lines: list[str] = []
    if client is not None:
        lines += [GREETING(lang).format(client=user_text("client", client)), ""]
    if conversation is None:
        subject = SUMMARY_TEXTS["subject"](lang)
        lines.append(SUMMARY_TEXTS["lead"](lang))
    else:
        conversation = user_text("conversation", conversation)
        subject = SUMMARY_TEXTS["subject_on"](lang).format(conversation=conversation)
        lines.append(SUMMARY_TEXTS["lead_on"](lang).format(conversation=conversation))
    lines += [f"{n}. {item}" for n, item in enumerate(checked, 1)]
    lines += ["", SUMMARY_TEXTS["close"](lang)]
    return AgreementsSummary(
        items=checked,
        conversation=conversation,
        lang=lang,
        subject=subject,
        text="\n".join(lines),
        why=_WHY["agreements_after_talk"](lang),
    )
