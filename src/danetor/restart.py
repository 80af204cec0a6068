"""Restarting the relationship («перезагрузка отношений»): a message draft in the book's three parts.

>>> print(restart_message(lang="en", client="Anna").text)
Hello Anna,
<BLANKLINE>
We value working with you, and we want to keep working together and to be genuinely useful to you. But let me be frank: the way things are now doesn’t suit our team, and it’s affecting the quality of our work. I’d like to suggest that we start again with a clean slate. Would you be open to that?

User strings (what is wrong, the client's name, the sender) are inserted verbatim as data, never evaluated as
templates; only surrounding whitespace, and a final ``. ! ? …`` of what is wrong, are trimmed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from pydantic import BaseModel, ConfigDict, Field

from . import letter
from ._active import with_policy
from ._result import Message
from .text import Lang, Text, as_lang, phrase, user_text

if TYPE_CHECKING:  # pragma: no cover
    from .policy import Policy

__all__ = ["RestartMessage", "RestartPart", "restart_message"]


# -- texts (by key) -------------------------------------------------------------------------------------

PartKind = Literal["want", "problem", "fresh_start"]


class RestartStep(BaseModel):
    """One move of the restart: what the book says to do, and our sentence for it in the message draft."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    kind: PartKind
    #: the book's instruction
    advice: Text
    #: our wording for this part of the message (fixed text, no placeholders)
    draft: Text


STEPS: tuple[RestartStep, ...] = (
    RestartStep(
        kind="want",
        advice=Text.of("restart.steps.1.advice"),
        draft=Text.of("restart.steps.1.draft"),
    ),
    RestartStep(
        kind="problem",
        advice=Text.of("restart.steps.2.advice"),
        draft=Text.of("restart.steps.2.draft"),
    ),
    RestartStep(
        kind="fresh_start",
        advice=Text.of("restart.steps.3.advice"),
        draft=Text.of("restart.steps.3.draft"),
    ),
)


#: Added to the "problem" part when the caller says what exactly is wrong.
SITUATION = Text.of("restart.situation")


class RestartPart(BaseModel):
    """One part of the restart message: its kind, the text, and the book's instruction it carries out."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    kind: PartKind
    text: str
    #: the book's instruction for this part, in the message's language
    advice: str


class RestartMessage(Message, BaseModel):
    """A restart message draft: the parts ``want``, ``problem``, ``fresh_start`` in that order."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    lang: Lang
    parts: tuple[RestartPart, ...] = Field(min_length=len(STEPS), max_length=len(STEPS))
    #: the greeting (named when the client's name was given)
    greeting: str
    #: the sign-off, when there is a sender
    signoff: str | None = None
    #: the whole message: the greeting, the parts as one paragraph, the sign-off
    text: str

    def explain(self, lang: Lang | str | None = None) -> str:
        """The book's three moves, one per line, in the order the message makes them (in *lang*, by default the
        message's)."""
        if lang is None:
            advice = [part.advice for part in self.parts]
        else:
            lang = as_lang(lang)
            by_kind = {step.kind: step.advice for step in STEPS}
            advice = [by_kind[part.kind](lang) for part in self.parts]
        return "\n".join(f"{i}. {line}" for i, line in enumerate(advice, 1))


@with_policy
def restart_message(
    *,
    situation: str | None = None,
    lang: Lang | str = Lang.RU,
    client: str | None = None,
    sender: str | None = None,
    policy: Policy | None = None,
) -> RestartMessage:
    """Draft the proposal to restart the relationship with a regular client.

    *situation* optionally says what exactly is wrong (added to the "problem" part, after a colon: a clause or a
    noun phrase); *client* adds the greeting's name, *sender* a sign-off. Bad input raises
    :class:`~danetor.errors.InvalidInput` naming the argument.
    """
    lang = as_lang(lang)
    client = user_text("client", client, required=False)
    name = letter.sender(sender)
    extra = None
    if situation is not None:
        extra = SITUATION(lang).format(situation=phrase("situation", situation))
    parts = []
    for step in STEPS:
        text = step.draft(lang)
        if step.kind == "problem" and extra is not None:
            text = text + " " + extra
        parts.append(RestartPart(kind=step.kind, text=text, advice=step.advice(lang)))
    greeting, signoff = letter.greeting(client, lang), letter.signoff(name, lang)
    text = letter.layout(greeting, " ".join(part.text for part in parts), signoff)
    return RestartMessage(lang=lang, parts=tuple(parts), greeting=greeting, signoff=signoff, text=text)
