"""argparse in the user's language: every message argparse itself prints, on every CPython from 3.11 on.

How argparse translates: it does ``from gettext import gettext as _, ngettext`` at import and sends every
user-visible string through those two module-level names, looked up when the call runs. :func:`install` replaces
them, once, by two dispatchers that behave exactly like the originals unless a language is set *in the current
context* (a :class:`contextvars.ContextVar`: per thread and per asyncio task). gettext's own global state is never
touched, and other code in the process that uses argparse sees it as before.

The translations are texts of the registry, ``cli.argparse.*``: each one's ``en`` is argparse's exact message id
(the union over 3.11–3.14, collected from each version's ``argparse.py``), its ``ru`` the translation; a plural
message has ``.one``, ``.few`` and ``.many``. A message id this catalog does not know passes through unchanged.

Some strings are fetched when the parser is *built* (section titles, the ``-h`` help), so the language must be
set while the parser is built as well as while it parses: ``with language(lang): build …; parse …``.
"""

from __future__ import annotations

import argparse
import contextlib
import contextvars
from collections.abc import Callable, Iterator

from .. import texts
from .._sync import Lock

__all__ = ["install", "language", "plural_index"]

_PREFIX = "cli.argparse."

_current: contextvars.ContextVar[str | None] = contextvars.ContextVar("danetor_argparse_lang", default=None)
_originals: tuple[Callable[[str], str], Callable[[str, str, int], str]] | None = None
_install_lock = Lock()
_catalog: dict[str, str] | None = None  # English message id -> registry key (plural ones: the key's stem)


def plural_index(n: int) -> str:
    """The Russian plural form of *n*: ``one`` (1, 21, 101), ``few`` (2–4, 22–24) or ``many``."""
    n = abs(int(n))
    if n % 10 == 1 and n % 100 != 11:
        return "one"
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return "few"
    return "many"


def _ids() -> dict[str, str]:
    """English message id -> registry key, read from the registry on first need."""
    global _catalog
    if _catalog is None:
        catalog = {}
        for entry in texts.entries(_PREFIX):
            stem, _, form = entry.key.rpartition(".")
            if form in ("one", "few", "many"):
                if form == "one":
                    catalog[entry.en] = stem
            else:
                catalog[entry.en] = entry.key
        _catalog = catalog
    return _catalog


def _gettext(message: str) -> str:
    lang = _current.get()
    if lang is None or lang == "en" or not isinstance(message, str):
        assert _originals is not None
        return _originals[0](message)
    key = _ids().get(message)
    return texts.get(key, lang) if key is not None else message


def _ngettext(singular: str, plural: str, n: int) -> str:
    lang = _current.get()
    if lang is None or lang == "en":
        assert _originals is not None
        return _originals[1](singular, plural, n)
    stem = _ids().get(singular)
    if stem is None:
        return singular if n == 1 else plural
    return texts.get(f"{stem}.{plural_index(n)}", lang)


def install() -> None:
    """Put the dispatchers in ``argparse`` (idempotent). Until a language is set they are the originals."""
    global _originals
    with (
        _install_lock
    ):  # two threads installing at once must not take each other's dispatcher for the original
        if argparse._ is _gettext:  # type: ignore[attr-defined]  # private
            return
        _originals = (argparse._, argparse.ngettext)  # type: ignore[attr-defined]  # private
        argparse._ = _gettext  # type: ignore[attr-defined]  # private
        argparse.ngettext = _ngettext  # type: ignore[attr-defined]  # private


@contextlib.contextmanager
def language(lang: str) -> Iterator[None]:
    """argparse speaks *lang* (``"ru"`` or ``"en"``) inside the block, in this thread or task only."""
    install()
    token = _current.set(lang)
    try:
        yield
    finally:
        _current.reset(token)
