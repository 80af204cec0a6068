"""The error hierarchy. One root, :class:`DanetorError`; built-ins mixed in where they fit.

Each error builds its message first, then is raised. Only the CLI turns an error into an exit code.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from ._base import DanetorError

__all__ = [
    "UNSAFE",
    "DanetorError",
    "EngineError",
    "GapError",
    "InvalidInput",
    "OutOfOrderError",
    "OverlapError",
    "PolicyError",
    "PolicyProblem",
    "RuleSetError",
    "VerificationError",
    "preview",
    "printable",
    "shown",
]


#: How long a shown value may be: a bad value is shown in the error, but never whole when it is huge.
PREVIEW = 80


def preview(value: Any, lang: str = "en") -> str:
    """A bad value as an error shows it: bounded (about :data:`PREVIEW` characters), control characters escaped,
    never by an unguarded ``repr`` (a caller's object may raise, or be huge) nor by converting a huge int to text.

    A string is quoted as the language quotes (``"x"``, «x»); anything else shows its ``repr``.
    """
    if isinstance(value, str):
        body = shown(value)
        return f"«{body}»" if lang == "ru" else f'"{body}"'
    if isinstance(value, bool) or value is None:
        return repr(value)
    if isinstance(value, int):
        if value.bit_length() > 200:  # str() of a huge int is slow, and over 4300 digits refused outright
            return f"≈10^{int(value.bit_length() * 0.30103)}"
        text = repr(value)
    else:
        try:  # reprlib bounds containers (a few items, a few levels) before it builds any text
            text = _bounded_repr(value)
        except Exception:  # noqa: BLE001 - a caller's __repr__ may raise anything
            text = f"<{type(value).__name__} object>"
        if not isinstance(text, str):
            text = f"<{type(value).__name__} object>"
    text = printable(text[:PREVIEW], unseen=True)
    return text if len(text) < PREVIEW else text[: PREVIEW - 1] + "…"


def shown(text: str) -> str:
    """A user's *text* as an error shows it, without quotes: at most about :data:`PREVIEW` characters, and every
    control or escape character (``\\x1b``, ``\\r``, a lone surrogate) escaped, so it can reach no terminal raw."""
    if len(text) > PREVIEW:
        text = text[: PREVIEW - 1] + "…"
    return printable(text, unseen=True)


def _bounded_repr(value: Any) -> str:
    import reprlib  # only on the error path

    short = reprlib.Repr()
    short.maxlevel, short.maxstring, short.maxother, short.maxlong = 3, PREVIEW, PREVIEW, 60
    return short.repr(value)


#: what may not reach a terminal raw: C0 and C1 controls (ESC, BEL, CR, newline, tab…), DEL, lone surrogates, and the
#: bidirectional overrides that reorder what is shown ("Trojan source")
UNSAFE = "[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]"  # compiled on first use (re's cache), not at import


def _escape(match: re.Match[str]) -> str:
    return match.group().encode("unicode_escape", "backslashreplace").decode("ascii")


#: in an error, also the characters that show nothing (zero-width spaces and joiners, the BOM, a soft hyphen):
#: the reader should see that the value holds them
_UNSEEN = "[\x00-\x1f\x7f-\x9f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u206f\u2066-\u2069\ufeff\ud800-\udfff]"


def printable(text: str, *, unseen: bool = False) -> str:
    """*text* with every control character, lone surrogate and bidirectional override escaped (``\\x1b``,
    ``\\n``, ``\\ud800``, ``\\u202e``); everything else, no-break spaces included, as it is. With *unseen*,
    also the characters that show nothing (``\\u200b``, ``\\ufeff``), as an error shows a value."""
    return re.sub(_UNSEEN if unseen else UNSAFE, _escape, text)


def _word(item: Any, lang: str) -> str:
    """An allowed value or a hint as a word in *lang*: a plain value as it is, a text (``Text``) in the language."""
    return item if isinstance(item, str) else str(item(lang))


class InvalidInput(DanetorError, ValueError):
    """A value given by the caller is not allowed, or a required one is missing.

    It carries its facts, so that it can be worded in either language (:meth:`render`; ``str()`` is English):

    * ``argument``, ``value``, ``allowed``, ``hint``, ``missing`` — the first problem (the allowed values and
      the hint as English strings);
    * ``problems`` — every problem found at once (a call missing several arguments names all of them), each an
      :class:`InvalidInput` of its own; ``arguments`` — their names.

    An allowed value is a string shown as it is (an option, a word the caller can type) or a text that describes
    a kind of value (``Text``: "a non-blank string"); the hint likewise.
    """

    def __init__(
        self,
        argument: str,
        value: Any,
        allowed: Iterable[Any],
        hint: Any = "",
        *,
        missing: bool = False,
    ) -> None:
        self.argument = argument
        self.value = None if missing else value
        self._allowed = tuple(allowed)
        self._hint = hint
        self.missing = missing
        self.problems: tuple[InvalidInput, ...] = (self,)
        super().__init__(self.render("en"))

    @classmethod
    def of(cls, problems: Sequence[InvalidInput]) -> InvalidInput:
        """One error for several problems (at least one): the first one's facts, and all of them in ``problems``."""
        first = problems[0]
        if len(problems) == 1:
            return first
        combined = cls(first.argument, first.value, first._allowed, first._hint, missing=first.missing)
        combined.problems = tuple(p for problem in problems for p in problem.problems)
        combined.args = (combined.render("en"),)
        return combined

    @property
    def allowed(self) -> tuple[str, ...]:
        return tuple(_word(item, "en") for item in self._allowed)

    @property
    def hint(self) -> str:
        return _word(self._hint, "en") if self._hint else ""

    @property
    def arguments(self) -> tuple[str, ...]:
        return tuple(p.argument for p in self.problems)

    def render(self, lang: str = "en", names: Mapping[str, str] | None = None) -> str:
        """The problems in *lang*; *names* renames arguments (the CLI shows its flags instead)."""
        from . import texts

        names = names or {}
        words: list[str] = []
        grouped: list[list[InvalidInput]] = []
        for p in self.problems:  # missing arguments that allow the same values are named together
            last = grouped[-1][0] if grouped else None
            if (
                last is not None
                and p.missing
                and last.missing
                and (p._allowed, p._hint) == (last._allowed, last._hint)
            ):
                grouped[-1].append(p)
            else:
                grouped.append([p])
        for group in grouped:
            p = group[0]
            fields = {
                "argument": ", ".join(names.get(q.argument, q.argument) for q in group),
                "value": preview(p.value, lang),
                "allowed": ", ".join(_word(item, lang) for item in p._allowed),
            }
            key = "errors.missing" if p.missing else "errors.not_allowed"
            text = texts.get(key, lang).format(**fields)
            if p._hint:
                text += texts.get("errors.hint", lang).format(hint=_word(p._hint, lang))
            words.append(text)
        return texts.get("errors.and", lang).join(words)

    def __str__(self) -> str:
        return self.render("en")


class PolicyProblem:
    """One problem of a company policy file: what is wrong (*kind*; the registry's ``errors.policy.<kind>`` words
    it), where (*path*, the key path in the file, e.g. ``channels.situations.urgent.escalation``; an array's items
    are counted from 1), the bad *value* (``None`` when there is none, as for a missing key: TOML has no null) and
    what is *allowed* instead; for a file that is not TOML at all, its *line* and *column*. Other facts the text
    names are in *fields*."""

    __slots__ = ("allowed", "column", "fields", "kind", "line", "path", "value")

    def __init__(
        self,
        kind: str,
        path: str = "",
        value: Any = None,
        allowed: Iterable[Any] = (),
        *,
        line: int | None = None,
        column: int | None = None,
        **fields: Any,
    ) -> None:
        self.kind, self.path, self.value, self.allowed = kind, path, value, tuple(allowed)
        self.line, self.column, self.fields = line, column, fields

    def render(self, lang: str = "en") -> str:
        """The problem in *lang*: its key path, then what is wrong, then what is allowed."""
        from . import texts

        template = texts.get(f"errors.policy.{self.kind}", lang)
        allowed = ", ".join(_word(item, lang) for item in self.allowed)
        values = {k: _word(v, lang) if not isinstance(v, (int, float)) else v for k, v in self.fields.items()}
        text = template.format(
            value=preview(self.value, lang), allowed=allowed, line=self.line, column=self.column, **values
        )
        if self.allowed and "{allowed}" not in template:
            suffix = "errors.policy.did_you_mean" if self.kind == "unknown_text" else "errors.policy.allowed"
            text += texts.get(suffix, lang).format(allowed=allowed)
        if self.fields.get("more", 0) > 0:
            text += texts.get("errors.policy.more", lang).format(more=self.fields["more"])
        return f"{self.path}: {text}" if self.path else text

    def __repr__(self) -> str:
        return f"PolicyProblem({self.kind!r}, {self.path!r}, {self.value!r}, {self.allowed!r})"


class PolicyError(DanetorError, ValueError):
    """A company policy file cannot be used: it cannot be read, is not TOML, or breaks a rule of the policy.

    It carries its facts, so that it can be worded in either language (:meth:`render`; ``str()`` is English):
    ``file`` (the file's path), ``problems`` (every :class:`PolicyProblem` found, in the order of the file), and the
    first problem's ``path`` (the key path), ``value`` (the bad value), ``allowed`` (what is allowed, as English
    words), ``line`` and ``column`` (only for a file that is not TOML). A policy that raises it is never applied,
    not even in part.
    """

    def __init__(self, file: str, problems: Sequence[PolicyProblem]) -> None:
        self.file = file
        self.problems = tuple(problems)
        first = self.problems[0]
        self.path, self.value, self.line, self.column = first.path, first.value, first.line, first.column
        super().__init__(self.render("en"))

    @property
    def allowed(self) -> tuple[str, ...]:
        return tuple(_word(item, "en") for item in self.problems[0].allowed)

    @property
    def kinds(self) -> tuple[str, ...]:
        """The kind of every problem, in order."""
        return tuple(p.kind for p in self.problems)

    def render(self, lang: str = "en") -> str:
        from . import texts

        body = texts.get("errors.and", lang).join(p.render(lang) for p in self.problems)
        # one line, and nothing of the file's name or keys reaches a terminal raw (an escape, a line break)
        return " ".join(printable(f"{self.file}: {body}", unseen=True).split())

    def __str__(self) -> str:
        return self.render("en")


class RuleSetError(DanetorError, ValueError):
    """A rule set or sequence definition is inconsistent (found when it is defined)."""


def _fmt_inputs(inputs: Mapping[str, str]) -> str:
    return "{" + ", ".join(f"{k}={v}" for k, v in inputs.items()) + "}"


class VerificationError(DanetorError):
    """The compiled table is not total and unambiguous."""

    def __init__(self, ruleset: str, problem: str, cases: Sequence[tuple[Mapping[str, str], Sequence[str]]]):
        self.ruleset = ruleset
        self.cases = tuple((dict(inputs), tuple(rules)) for inputs, rules in cases)
        shown = "; ".join(
            f"{_fmt_inputs(inputs)} -> " + (", ".join(rules) if rules else "no rule")
            for inputs, rules in self.cases[:8]
        )
        more = f" (and {len(self.cases) - 8} more)" if len(self.cases) > 8 else ""
        super().__init__(f"rule set {ruleset!r}: {problem} for {len(self.cases)} input(s): {shown}{more}")


class GapError(VerificationError):
    """Some input combination is matched by no rule."""

    def __init__(self, ruleset: str, cases: Sequence[tuple[Mapping[str, str], Sequence[str]]]):
        super().__init__(ruleset, "no rule matches", cases)


class OverlapError(VerificationError):
    """Some input combination is matched by more than one rule."""

    def __init__(self, ruleset: str, cases: Sequence[tuple[Mapping[str, str], Sequence[str]]]):
        super().__init__(ruleset, "more than one rule matches", cases)


class EngineError(DanetorError, RuntimeError):
    """The rule engine failed while compiling (an action raised, a result went missing)."""


class OutOfOrderError(DanetorError, ValueError):
    """A step or event came out of the order the sequence allows."""

    def __init__(self, sequence: str, state: str, event: str, expected: Sequence[str]) -> None:
        self.sequence = sequence
        self.state = state
        self.event = event
        self.expected = tuple(expected)
        if self.expected:
            want = "expected " + " or ".join(f'"{e}"' for e in self.expected)
        else:
            want = "the sequence is already complete"
        super().__init__(f'{sequence}: "{event}" is out of order in state "{state}"; {want}')
