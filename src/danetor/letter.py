"""What frames every message to a client: a greeting, the body, and a sign-off when the sender is known.

>>> layout(greeting(None, "ru"), "Спасибо!", signoff("Мария", "ru"))
'Добрый день!\\n\\nСпасибо!\\n\\nС уважением,\\nМария'

Every message builder (the scripts, the delay warning, the list of agreements, the restart message, the landing
stages) lays its body out here, so that all of them greet and sign the same way:

* the greeting is a paragraph of its own: «Анна, добрый день!» with the client's name, a neutral «Добрый день!»
  without it;
* the sign-off is the last paragraph, and only when there is a sender: the one given (``sender=``, ``--from``),
  or else the default in force (:func:`signing_as`: what a company policy will set, issue 18), or else none.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

from .text import Lang, Text, as_lang, user_text

__all__ = ["GREETING", "GREETING_PLAIN", "SIGNOFF", "greeting", "layout", "sender", "signing_as", "signoff"]

#: the greeting with the client's name (``{client}``)
GREETING = Text.of("letter.greeting.named")
#: the greeting when no name is given
GREETING_PLAIN = Text.of("letter.greeting.plain")
#: the sign-off (``{sender}``)
SIGNOFF = Text.of("letter.signoff")

#: the sender to sign with when a message is not given one (a company policy's default)
_default_sender: ContextVar[str | None] = ContextVar("danetor_default_sender", default=None)


@contextmanager
def signing_as(name: str | None) -> Iterator[None]:
    """Sign every message built in this ``with`` block as *name* unless the call names its own sender (``None``:
    no default). Applies to this context only (this thread, this task), as a policy's wording does."""
    checked = user_text("sender", name, required=False)
    token = _default_sender.set(checked)
    try:
        yield
    finally:
        _default_sender.reset(token)


def sender(value: Any) -> str | None:
    """Who signs: *value* when given (a non-blank string), else the default in force, else nobody."""
    given = user_text("sender", value, required=False)
    return given if given is not None else _default_sender.get()


def greeting(client: str | None, lang: Lang | str) -> str:
    """The opening line: named when *client* (already checked user text) is given, neutral otherwise."""
    lang = as_lang(lang)
    return GREETING(lang).format(client=client) if client is not None else GREETING_PLAIN(lang)


def signoff(name: str | None, lang: Lang | str) -> str | None:
    """The closing lines for *name*, or ``None`` when there is no sender."""
    return SIGNOFF(as_lang(lang)).format(sender=name) if name is not None else None


def layout(opening: str | None, body: str, closing: str | None) -> str:
    """The whole message: the greeting, the body and the sign-off, each a paragraph of its own."""
    return "\n\n".join(part for part in (opening, body, closing) if part)
