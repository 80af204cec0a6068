"""Languages and bilingual texts.

Every user-facing text is a :class:`Text` with both a Russian and an English version. The fixed texts live in the
text registry (:mod:`danetor.texts`), by key, where a missing or blank translation is refused when a topic loads.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from .errors import InvalidInput

if TYPE_CHECKING:  # pragma: no cover
    from typing import Literal, overload

__all__ = [
    "BOOK",
    "SENTENCE_END",
    "SUMMARY",
    "USER_TEXT",
    "Lang",
    "Text",
    "as_lang",
    "book_source",
    "closed",
    "condition_text",
    "phrase",
    "resolver",
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
    from .words import as_enum  # "RU", " en ", "русский"…

    return as_enum(value, Lang, argument)


class Text:
    """One user-facing text in Russian and English: ``text(lang)`` gives it in *lang*.

    Three forms, one behaviour:

    * ``Text.of(key)``: a text of the registry (:mod:`danetor.texts`), looked up when it is read, so that the
      wording a company policy puts in force (issue 18) applies, and so that defining one costs nothing at import;
    * ``Text(ru=..., en=...)``: a text given inline (a rendered condition, a computed line), checked non-blank;
    * ``Text.build(fn)``: ``fn(lang)`` composes it from other texts when it is read (``book_source`` does this).

    Immutable and hashable; two texts are equal when they read the same in both languages. In a pydantic model a
    ``Text`` field accepts a ``Text`` (or ``{"ru": ..., "en": ...}``) and dumps as ``{"ru": ..., "en": ...}``.
    """

    __slots__ = ("_build", "_en", "_key", "_ru")

    def __init__(self, ru: str | None = None, en: str | None = None) -> None:
        for lang, value in (("ru", ru), ("en", en)):
            if not isinstance(value, str) or not value.strip():
                raise ValueError(f"Text: {lang} must be a non-blank string, not {value!r}")
        self._key: str | None = None
        self._ru: str | None = ru
        self._en: str | None = en
        self._build: Callable[[Lang], str] | None = None

    @classmethod
    def of(cls, key: str) -> Text:
        """The registry's text under *key* (read when used; an unknown key fails then, naming it)."""
        text = cls.__new__(cls)
        text._key, text._ru, text._en, text._build = key, None, None, None
        return text

    @classmethod
    def build(cls, fn: Callable[[Lang], str]) -> Text:
        """A text composed by ``fn(lang)`` each time it is read."""
        text = cls.__new__(cls)
        text._key, text._ru, text._en, text._build = None, None, None, fn
        return text

    @property
    def key(self) -> str | None:
        """The registry key, for a text of the registry; ``None`` otherwise."""
        return self._key

    def __call__(self, lang: Lang | str) -> str:
        """The text in *lang*."""
        lang = as_lang(lang)
        if self._key is not None:
            from . import texts

            return texts.get(self._key, lang.value)
        if self._build is not None:
            return self._build(lang)
        return self._ru if lang is Lang.RU else self._en  # type: ignore[return-value]  # inline: both set

    @property
    def ru(self) -> str:
        return self(Lang.RU)

    @property
    def en(self) -> str:
        return self(Lang.EN)

    def format(self, **values: object) -> Text:
        """This text with its placeholders filled (a value that is a :class:`Text` is read in the same language)."""

        def fill(lang: Lang) -> str:
            return self(lang).format(**{k: v(lang) if isinstance(v, Text) else v for k, v in values.items()})

        return Text.build(fill)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Text):
            return NotImplemented
        if self._key is not None and self._key == other._key:
            return True
        return (self.ru, self.en) == (other.ru, other.en)

    def __hash__(self) -> int:
        return hash((self.ru, self.en))

    def __repr__(self) -> str:
        if self._key is not None:
            return f"Text.of({self._key!r})"
        return f"Text(ru={self.ru!r}, en={self.en!r})"

    def __setattr__(self, name: str, value: object) -> None:
        if hasattr(self, "_build"):  # set once, in a constructor
            raise AttributeError("Text is immutable")
        object.__setattr__(self, name, value)

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: Any) -> Any:
        from pydantic_core import core_schema

        def from_dict(value: Any) -> Text:
            if isinstance(value, Text):
                return value
            if isinstance(value, dict) and set(value) == {"ru", "en"}:
                return Text(ru=value["ru"], en=value["en"])
            raise ValueError("expected a Text or a mapping with exactly 'ru' and 'en'")

        return core_schema.no_info_plain_validator_function(
            from_dict,
            serialization=core_schema.plain_serializer_function_ser_schema(
                lambda t: {"ru": t.ru, "en": t.en}
            ),
            ref="danetor.text.Text",
        )

    @classmethod
    def __get_pydantic_json_schema__(cls, schema: Any, handler: Any) -> dict[str, Any]:
        """How a text is written in JSON (both modes): an object with exactly ``ru`` and ``en``."""
        return {
            "title": "Text",
            "description": "A text in Russian and English.",
            "type": "object",
            "properties": {"ru": {"type": "string"}, "en": {"type": "string"}},
            "required": ["ru", "en"],
            "additionalProperties": False,
        }


def resolver(lang: Lang | str) -> Callable[[str], str]:
    """A text key → its text in *lang* (as overridden in the current context): what rule data's keys are read with,
    e.g. ``ruleset.render_condition(rule, resolver(lang))``."""
    from . import texts

    code = as_lang(lang).value
    return lambda key: texts.get(key, code)


def condition_text(ruleset: Any, rule: Any) -> Text:
    """The condition of *rule* of *ruleset*, rendered in the language it is read in."""
    return Text.build(lambda lang: ruleset.render_condition(rule, resolver(lang)))


#: The book, as a card that draws on its chapters cites it.
BOOK = Text.of("cite.book")
#: The summary of the book that the book's cards are built on (shared/sources/003), as they cite it: its sections
#: are the summary's, and its wording is the summary's but for the quotations from the book.
SUMMARY = Text.of("cite.summary")


def book_source(where: Text, *, also: Text | None = None, book: Text = SUMMARY) -> Text:
    """A card's source line: the book's summary (or *book*, e.g. :data:`BOOK` for its chapters), then *where* in
    it (``раздел «…»`` / ``section “…”``), then *also* (another source text) after a semicolon."""
    return Text.build(
        lambda lang: f"{book(lang)}, {where(lang)}" + (f"; {also(lang)}" if also is not None else "")
    )


#: what :func:`user_text` accepts, as its errors name it
USER_TEXT = (Text.of("errors.allowed.nonblank_string"),)
#: the marks that already end a sentence (see :func:`closed`)
SENTENCE_END = (".", "!", "?", "…")


if TYPE_CHECKING:  # pragma: no cover - the overloads cost nothing at run time under this guard

    @overload
    def user_text(
        argument: str, value: Any, *, required: Literal[True] = True, hint: Text | str = ""
    ) -> str: ...
    @overload
    def user_text(argument: str, value: Any, *, required: bool, hint: Text | str = "") -> str | None: ...


def user_text(argument: str, value: Any, *, required: bool = True, hint: Text | str = "") -> str | None:
    """A caller's own words (a request, a reason, a name, an agreement): a non-blank ``str``, trimmed of
    surrounding whitespace and otherwise kept exactly as given. Messages insert it as data, never as a template.

    ``None`` is allowed, and returned, only when the text is not *required*. Anything else raises
    :class:`~danetor.errors.InvalidInput` naming *argument*, with *hint* saying why the text matters.
    """
    if value is None and not required:
        return None
    if value is None:
        raise InvalidInput(argument, value, USER_TEXT, hint, missing=True)
    allowed = USER_TEXT if required else (*USER_TEXT, "None")
    if not isinstance(value, str) or not value.strip():
        raise InvalidInput(argument, value, allowed, hint)
    if re.search(
        _SURROGATE, value
    ):  # no encoding can carry it: it would fail later, in the middle of the output
        raise InvalidInput(argument, value, allowed, Text.of("errors.hint.lone_surrogate"))
    if not re.search(_VISIBLE, value):
        raise InvalidInput(argument, value, allowed, Text.of("errors.hint.invisible_only"))
    return value.strip()


#: a lone surrogate: half of a UTF-16 pair, not a character (what a bad decoding leaves behind)
_SURROGATE = "[\ud800-\udfff]"  # the patterns are compiled on first use (re's cache), not at import
#: a character that shows: not whitespace, not a control character, not one of the invisible format characters
#: and fillers (zero-width spaces and joiners, the BOM, bidirectional marks, variation selectors, the Hangul and
#: Braille blanks, tags)
_VISIBLE = (
    "[^\\s\x00-\x1f\x7f-\x9f\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f"
    "\u202a-\u202e\u2060-\u206f\u2800\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff0-\ufff8\U000e0000-\U000e0fff"
    "\ud800-\udfff]"
)


if TYPE_CHECKING:  # pragma: no cover

    @overload
    def phrase(
        argument: str, value: Any, *, required: Literal[True] = True, hint: Text | str = ""
    ) -> str: ...
    @overload
    def phrase(argument: str, value: Any, *, required: bool, hint: Text | str = "") -> str | None: ...


def phrase(argument: str, value: Any, *, required: bool = True, hint: Text | str = "") -> str | None:
    """A caller's phrase that goes into one of our sentences (a request, a reason, an alternative…): as
    :func:`user_text`, and without a final ``. ! ? …``, because our sentence supplies its own punctuation
    («…почему Вы просите успеть к пятнице?» would read as our question). A phrase that is nothing but such marks is
    refused as blank."""
    text = user_text(argument, value, required=required, hint=hint)
    if text is None:
        return None
    trimmed = text.rstrip("".join(SENTENCE_END) + " \t\n\u00a0")
    if not trimmed:
        raise InvalidInput(argument, value, USER_TEXT if required else (*USER_TEXT, "None"), hint)
    return trimmed


def closed(text: str) -> str:
    """*text* ending a sentence: a full stop is added unless it already ends with one of ``. ! ? …``."""
    return text if text.endswith(SENTENCE_END) else text + "."
