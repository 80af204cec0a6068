"""The text registry: every user-facing text of danetor, in Russian and English, under a stable dotted key.

The texts live in this folder, one TOML file per topic (the key's first part), one table per key::

    ["scripts.no.standard.1.empathy"]
    kind = "message"          # message | note | label | quote (see KINDS)
    ru = "Понимаю, насколько Вам важно, чтобы мы {request}."
    en = "I understand how important it is for you that we {request}."

Placeholders are Python ``str.format`` fields; the Russian and the English text of a key carry exactly the same
ones, and a file that breaks that (or a kind, a blank text, a key outside its topic) is refused when it loads, with
the file and the key named. User text is only ever passed *to* a template, never used as one.

``python -m danetor.compile`` writes each topic as JSON beside the package's compiled tables
(``danetor/_compiled/texts/<topic>.json``, with the hash of its TOML source); at run time a topic is read on the
first use of one of its keys, from the JSON when it matches the TOML next to it, and from the TOML itself when the
TOML was edited since (so an edit shows at once, and the drift test tells you to compile). JSON loads about 50
times faster than TOML (benchmarks/bench_startup.py), which the command's start-up needs.

A company policy overrides wordings by key (issue 18): :func:`get` consults the overrides in force in the current
context (:func:`overriding`), so two policies can be used side by side, in threads or tasks of one process.
"""

from __future__ import annotations

import json
import os
import zlib
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar

from .._base import DanetorError
from .._sync import Lock

# not typing.TYPE_CHECKING: the texts load at start-up, and ``import typing`` is not free
TYPE_CHECKING = False
if TYPE_CHECKING:  # pragma: no cover
    from typing import TypedDict

    class CompiledTopic(TypedDict):
        """What :func:`compile_topic` returns and ``_compiled/texts/<topic>.json`` holds."""

        source: str  # the digest of the TOML it came from
        texts: dict[str, list[str]]  # key -> [kind, ru, en]

    _EntryBase = tuple[str, str, str, str]

    from ..policy import Policy
else:
    _EntryBase = tuple

__all__ = [
    "COMPILED",
    "KINDS",
    "POLICY",
    "SOURCE",
    "Entry",
    "TextKeyError",
    "TextsError",
    "compile_topic",
    "entries",
    "entry",
    "get",
    "keys",
    "overriding",
    "placeholders",
    "topics",
]

#: Where the TOML sources live (this folder), and where ``python -m danetor.compile`` writes their JSON.
#: (Plain strings, not pathlib: this module is on the path of every call and pathlib costs more to import than all
#: of the rest.)
SOURCE = os.path.dirname(os.path.abspath(__file__))
COMPILED = os.path.join(os.path.dirname(SOURCE), "_compiled", "texts")

#: The kinds of text. The kind decides which typography and address rules apply to a text and what a company
#: policy may override:
#: ``message``: what a client reads (a message a manager pastes, a phrase said aloud to a client);
#: ``note``: what the manager reads (guidance, explanations, help, errors);
#: ``label``: a short name (a title, a heading, a column, a value, a button);
#: ``quote``: a quotation from a source, verbatim in Russian (typography normalised, a source's typo kept and
#: marked [sic]); the English is our translation.
KINDS = ("message", "note", "label", "quote")
_FIELDS = {"kind", "ru", "en"}


class Entry(_EntryBase):
    """One text: its key, its kind and its two versions (a plain tuple subclass: nothing to generate at import)."""

    __slots__ = ()

    def __new__(cls, key: str, kind: str, ru: str, en: str) -> Entry:
        return tuple.__new__(cls, (key, kind, ru, en))

    if TYPE_CHECKING:  # pragma: no cover - what the lambdas below return, said for type checkers
        key: str
        kind: str
        ru: str
        en: str
    else:
        key = property(lambda self: self[0], doc="the stable dotted key")
        kind = property(lambda self: self[1], doc="one of :data:`KINDS`")
        ru = property(lambda self: self[2], doc="the Russian text")
        en = property(lambda self: self[3], doc="the English text")

    def __call__(self, lang: str) -> str:
        return self[2] if lang == "ru" else self[3]

    def __repr__(self) -> str:
        return f"Entry(key={self[0]!r}, kind={self[1]!r}, ru={self[2]!r}, en={self[3]!r})"


class TextsError(DanetorError, ValueError):
    """A text file breaks the registry's rules (the message names the file and the key)."""


class TextKeyError(DanetorError, KeyError):
    """No text has this key."""

    def __init__(self, key: str, hint: str = "") -> None:
        self.key = key
        super().__init__(f"no text has the key {key!r}{'; ' + hint if hint else ''} (see `danetor texts`)")

    def __str__(self) -> str:  # KeyError would quote the whole message
        return str(self.args[0])


def placeholders(template: str) -> frozenset[str]:
    """The ``str.format`` fields of *template* (``"{request}"`` → ``{"request"}``)."""
    import string  # only when texts are checked (compile, a TOML read directly, a policy): its import costs

    return frozenset(name for _, name, _, _ in string.Formatter().parse(template) if name is not None)


# -- loading --------------------------------------------------------------------------------------------------

_topics: dict[str, dict[str, Entry]] = {}
_lock = Lock()  # fork-safe: a child forked while another thread loads a topic does not wait forever


def _validate(topic: str, where: str, data: Mapping[str, object]) -> dict[str, Entry]:
    """The entries of one topic's TOML data, each checked."""
    entries: dict[str, Entry] = {}
    for key, value in data.items():
        at = f"{where}: [{key!r}]"
        if not key.startswith(topic + ".") or not all(part for part in key.split(".")):
            raise TextsError(
                f"{at}: a key in {topic}.toml must start with {topic + '.'!r} and have no empty part"
            )
        if not isinstance(value, dict):
            raise TextsError(f"{at}: expected a table with kind, ru and en")
        missing, extra = _FIELDS - set(value), set(value) - _FIELDS
        if missing or extra:
            raise TextsError(
                f"{at}: "
                + "; ".join(
                    x
                    for x in (
                        f"missing {sorted(missing)}" if missing else "",
                        f"unknown {sorted(extra)}" if extra else "",
                    )
                    if x
                )
                + "; a text has exactly kind, ru and en"
            )
        kind, ru, en = value["kind"], value["ru"], value["en"]
        if kind not in KINDS:
            raise TextsError(f"{at}: kind {kind!r} is not one of {', '.join(KINDS)}")
        for lang, text in (("ru", ru), ("en", en)):
            if not isinstance(text, str) or not text.strip():
                raise TextsError(f"{at}: {lang} must be a non-blank string")
        try:
            ru_fields, en_fields = placeholders(ru), placeholders(en)
        except ValueError as exc:
            raise TextsError(
                f"{at}: a placeholder is malformed ({exc}); write a literal brace as {{{{ or }}}}"
            ) from None
        if ru_fields != en_fields:
            raise TextsError(
                f"{at}: ru and en must carry the same placeholders; ru has {sorted(ru_fields)}, en has {sorted(en_fields)}"
            )
        entries[key] = Entry(key, kind, ru, en)
    return entries


def _digest(raw: bytes) -> str:
    """The checksum a topic's JSON records of its TOML (CRC-32: cheap to import and to compute at start-up; it only
    has to notice an edit, and the drift test compares the texts themselves)."""
    return format(zlib.crc32(raw), "08x")


def compile_topic(topic: str, source: bytes | None = None) -> CompiledTopic:
    """Parse and check one topic's TOML; the JSON data ``python -m danetor.compile`` writes for it."""
    import tomllib

    path = os.path.join(SOURCE, f"{topic}.toml")
    if source is None:
        with open(path, "rb") as f:
            source = f.read()
    raw = source
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise TextsError(f"{path}: {exc}") from None
    entries = _validate(topic, str(path), data)
    return {
        "source": _digest(raw),
        "texts": {key: [e.kind, e.ru, e.en] for key, e in entries.items()},
    }


def _load(topic: str) -> dict[str, Entry]:
    try:
        with open(os.path.join(SOURCE, f"{topic}.toml"), "rb") as f:
            raw = f.read()
    except OSError:
        raise TextKeyError(topic, f"there is no topic {topic!r}; topics are {', '.join(topics())}") from None
    digest = _digest(raw)
    try:
        with open(os.path.join(COMPILED, f"{topic}.json"), encoding="utf-8") as f:
            data = json.load(f)
        if data.get("source") == digest:
            return {key: Entry(key, *value) for key, value in data["texts"].items()}
    except (OSError, ValueError):
        pass
    data = compile_topic(
        topic, raw
    )  # edited since the last compile (or never compiled): read the TOML itself
    return {key: Entry(key, *value) for key, value in data["texts"].items()}


def _topic(topic: str) -> dict[str, Entry]:
    found = _topics.get(topic)
    if found is None:
        with _lock:
            found = _topics.get(topic)
            if found is None:
                found = _topics[topic] = _load(topic)
    return found


def topics() -> tuple[str, ...]:
    """Every topic, in alphabetical order."""
    return tuple(sorted(name[:-5] for name in os.listdir(SOURCE) if name.endswith(".toml")))


def entry(key: str) -> Entry:
    """The :class:`Entry` of *key*; :class:`TextKeyError` if there is none."""
    table = _topic(key.partition(".")[0])  # an unknown topic is a TextKeyError naming the topics
    try:
        return table[key]
    except KeyError:
        raise TextKeyError(key) from None


def entries(prefix: str = "") -> Iterator[Entry]:
    """Every entry whose key starts with *prefix*, in key order."""
    for topic in topics():
        if prefix and not (topic.startswith(prefix) or prefix.startswith(topic + ".") or prefix == topic):
            continue
        for key in sorted(_topic(topic)):
            if key.startswith(prefix):
                yield _topic(topic)[key]


def keys(prefix: str = "") -> tuple[str, ...]:
    """Every key that starts with *prefix*, in order."""
    return tuple(e.key for e in entries(prefix))


# -- resolving, with the overrides in force ------------------------------------------------------------------

#: (key, lang) → wording, in force in the current context (a company policy's, issue 18)
_overrides: ContextVar[Mapping[tuple[str, str], str] | None] = ContextVar(
    "danetor_text_overrides", default=None
)
#: the company policy in force in the current context, or None for the book (issue 18). It lives here, beside the
#: wordings it puts in force, because every API module imports this module already: ``danetor._active`` names it
#: ``ACTIVE`` for the rest of the package, and ``check()`` pays for no import of its own to read it.
POLICY: ContextVar[Policy | None] = ContextVar("danetor_policy", default=None)


@contextmanager
def overriding(wordings: Mapping[tuple[str, str], str]) -> Iterator[None]:
    """Use *wordings* ((key, lang) → text) instead of the registry's within the ``with`` block, in this context
    only (this thread, this task), on top of the wordings already in force (a policy's, say)."""
    current = _overrides.get()
    token = _overrides.set({**current, **wordings} if current else wordings)
    try:
        yield
    finally:
        _overrides.reset(token)


def get(key: str, lang: str) -> str:
    """The text of *key* in *lang* (``"ru"`` or ``"en"``), as overridden in the current context if it is."""
    overrides = _overrides.get()
    if overrides:
        found = overrides.get((key, lang))
        if found is not None:
            return found
    e = entry(key)
    return e.ru if lang == "ru" else e.en
