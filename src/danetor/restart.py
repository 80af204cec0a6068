"""Restarting the relationship («перезагрузка отношений»): a message draft in the book's three parts.

>>> print(restart_message(lang="en").text)
We value working with you, and we want to keep working with you and to be useful to you. But let me be frank: the way things are now does not suit our team, and it is affecting the quality of our work. I suggest we build our relationship again from a clean slate. How do you feel about that?

User strings (what is wrong, the client's name) are inserted verbatim as data, never evaluated as templates;
only surrounding whitespace is trimmed.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from ._active import with_policy
from ._result import Message
from .scripts import GREETING
from .text import Lang, Text, as_lang, closed, user_text

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
    #: the whole message (a greeting paragraph if the client was named, then the parts as one paragraph)
    text: str

    def explain(self) -> str:
        """The book's three moves, one per line, in the order the message makes them."""
        return "\n".join(f"{i}. {part.advice}" for i, part in enumerate(self.parts, 1))


@with_policy
def restart_message(
    *, situation: str | None = None, lang: Lang | str = Lang.RU, client: str | None = None
) -> RestartMessage:
    """Draft the proposal to restart the relationship with a regular client.

    *situation* optionally says what exactly is wrong (added to the "problem" part); *client* optionally adds a
    greeting line. Bad input raises :class:`~danetor.errors.InvalidInput` naming the argument.
    """
    lang = as_lang(lang)
    extra = None
    if situation is not None:
        extra = SITUATION(lang).format(situation=closed(user_text("situation", situation)))
    parts = []
    for step in STEPS:
        text = step.draft(lang)
        if step.kind == "problem" and extra is not None:
            text = text + " " + extra
        parts.append(RestartPart(kind=step.kind, text=text, advice=step.advice(lang)))
    body = " ".join(part.text for part in parts)
    if client is not None:
        body = GREETING(lang).format(client=user_text("client", client)) + "\n\n" + body
    return RestartMessage(lang=lang, parts=tuple(parts), text=body)
