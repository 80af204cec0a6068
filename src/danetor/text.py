"""Languages and bilingual texts.

Every user-facing text is a :class:`Text` with both a Russian and an English version; a missing or blank
translation is a validation error when the text is defined, not a surprise at run time.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, StringConstraints

from .errors import InvalidInput

__all__ = [
    "BOOK",
    "SENTENCE_END",
    "USER_TEXT",
    "Lang",
    "Text",
    "as_lang",
    "book_source",
    "closed",
    "user_text",
]


class Lang(StrEnum):
    """The languages every text exists in."""

    RU = "ru"
    EN = "en"


def as_lang(value: Any, argument: str = "lang") -> Lang:
    """Normalise *value* (a :class:`Lang` or ``"ru"``/``"en"``, any case) or raise :class:`InvalidInput`."""
    if type(value) is Lang:
        return value
    if isinstance(value, str):
        try:
            return Lang(value.strip().lower())
        except ValueError:
            pass
    raise InvalidInput(argument, value, [lang.value for lang in Lang])


_NonBlank = Annotated[str, StringConstraints(strip_whitespace=False, min_length=1, pattern=r"\S")]


class Text(BaseModel):
    """One text in Russian and English. Both are required and must not be blank."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    ru: _NonBlank
    en: _NonBlank

    def __call__(self, lang: Lang | str) -> str:
        """The text in *lang*."""
        return self.ru if as_lang(lang) is Lang.RU else self.en


#: The book every card cites, in the one form all cards use.
BOOK = Text(
    ru="Б. Шпирт, «Отчаянные аккаунт-менеджеры»",
    en="B. Shpirt, «Отчаянные аккаунт-менеджеры» (Desperate Account Managers)",
)


def book_source(where: Text, *, also: Text | None = None) -> Text:
    """A card's source line: the book, then *where* in it (``раздел «…»`` / ``section “…”``), then *also*
    (another source text) after a semicolon."""
    tail = {lang: f"; {also(lang)}" if also is not None else "" for lang in Lang}
    return Text(
        ru=f"{BOOK.ru}, {where.ru}{tail[Lang.RU]}",
        en=f"{BOOK.en}, {where.en}{tail[Lang.EN]}",
    )


#: what :func:`user_text` accepts, as its errors name it
USER_TEXT = ("a non-blank string",)
#: the marks that already end a sentence (see :func:`closed`)
SENTENCE_END = (".", "!", "?", "…")


def user_text(argument: str, value: Any, *, required: bool = True, hint: str = "") -> str | None:
    """A caller's own words (a request, a reason, a name, an agreement): a non-blank ``str``, trimmed of
    surrounding whitespace and otherwise kept exactly as given. Messages insert it as data, never as a template.

    ``None`` is allowed, and returned, only when the text is not *required*. Anything else raises
    :class:`~danetor.errors.InvalidInput` naming *argument*, with *hint* saying why the text matters.
    """
    if value is None and not required:
        return None
    if value is None:
        raise InvalidInput(argument, value, USER_TEXT, hint, missing=True)
    if not isinstance(value, str) or not value.strip():
        raise InvalidInput(argument, value, USER_TEXT if required else (*USER_TEXT, "None"), hint)
    return value.strip()


def closed(text: str) -> str:
    """*text* ending a sentence: a full stop is added unless it already ends with one of ``. ! ? …``."""
    return text if text.endswith(SENTENCE_END) else text + "."
