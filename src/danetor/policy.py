"""A company's version of the book: a validated policy file (issue 18).

An agency writes one TOML file (``danetor policy init`` writes one with every setting at the book's default)::

    languages = ["ru"]                       # the languages its wordings cover; the book's texts serve the rest
    currency = "EUR"                         # the default currency of a price

    [company]
    name = "ООО «Ромашка»"                   # on the cover of its book and on its notes
    sender = "Мария Иванова"                 # the default sender of a message (a --from / sender= beats it)

    [channels]
    escalation_wait_minutes = 30             # how long to wait for a reaction before calling
    names.messenger = { ru = "Telegram" }    # what each channel is called
    situations.urgent = { channels = ["email", "messenger"], escalation = ["phone"] }

    [wordings]                               # any text by its key (`danetor texts`), with the same placeholders
    "letter.greeting.named" = { ru = "{client}, здравствуйте!" }

    [notes]                                  # the company's own notes on any playbook, printed as the company's
    danetor = { ru = "Всё, что вне договора, согласуем с аккаунт-директором." }

    [[danetor.questions]]                    # extra DANETOR questions, asked after the book's three
    id = "contract"
    text = { ru = "Это в рамках договора?" }
    help = { ru = "Загляните в приложение к договору." }

    [[danetor.rules]]                        # the DANETOR rule set, in the condition vocabulary of danetor.rules
    id = "refuse"
    when = { kind = "any", of = [{ kind = "eq", field = "company", value = "no" }, …] }
    then = "refuse"
    why = { ru = "…" }                       # or a text key, e.g. "danetor.rule.refuse.why"

:meth:`Policy.load` reads and validates the file in one step: the structure by typed pydantic models, then every
cross-check (a wording's key, kind, language and placeholders; the channel matrix's invariants; the rule set
compiled and verified total and unambiguous by the pure-Python compiler). Anything wrong raises one
:class:`~danetor.errors.PolicyError` naming the file, the key path, the bad value and what is allowed (a malformed
file: its line and column); nothing is ever partly applied.

A :class:`Policy` is a value. It is in force only where it is put in force: ``with policy:`` (this thread, this
task), or ``policy=`` on one call of :func:`danetor.check`, :func:`danetor.channel_for`, :func:`danetor.respond`
and the other message functions. ``import danetor`` never reads the environment; the command applies ``--policy
FILE`` or ``DANETOR_POLICY``, and so does the docs build. A flag beats the policy, and the policy beats the book.
"""

from __future__ import annotations

import difflib
import os
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager, nullcontext
from contextvars import ContextVar
from datetime import timedelta
from types import MappingProxyType
from typing import TYPE_CHECKING, Annotated, Any, Literal, Self, Union, get_args, get_origin

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, ValidationError

from . import letter, texts
from ._active import ACTIVE
from ._result import Readable
from .channels import ChannelAdvice
from .errors import GapError, OverlapError, PolicyError, PolicyProblem
from .questions import QUESTIONS, Question
from .rules.channels import _MATRIX, ADVICE, AdviceSpec, Channel, EscalationItem, Situation
from .rules.danetor import ANSWER_KEYS, QUESTION_IDS, Answer, Verdict
from .rules.model import Rule
from .rules.scripts import Currency
from .text import Lang, Text

if TYPE_CHECKING:  # pragma: no cover
    from .decision import Decision


def _built(fn: Callable[..., str]) -> Text:
    """:meth:`Text.build` for a lambda that binds loop variables by default arguments: it is called with the
    language only (``Callable[..., str]``: mypy cannot infer such a lambda against ``Callable[[Lang], str]``)."""
    return Text.build(fn)


__all__ = [
    "BOOK_WAIT_MINUTES",
    "ENV",
    "MAX_EXTRA_QUESTIONS",
    "RESERVED_IDS",
    "DurableComparison",
    "Policy",
    "PolicyCheck",
    "PolicyDifference",
    "PolicyFile",
    "PolicyFinding",
    "PolicyNotes",
    "PolicyQuestion",
    "PolicySummary",
    "init_template",
]

#: the environment variable the command and the docs build read a policy's path from (the library never does)
ENV = "DANETOR_POLICY"
#: how many questions a policy may add to the book's three (3 ** 6 = 729 combinations of answers, each verified)
MAX_EXTRA_QUESTIONS = 3
#: the book's escalation wait (``danetor.channels.DEFAULT_WAIT``), in minutes
BOOK_WAIT_MINUTES = 60
#: ids an extra question may not take: the book's questions, the other flags of ``danetor ask`` and arguments of
#: ``check()``, and the names the rule engine reserves
RESERVED_IDS = frozenset(
    {
        *QUESTION_IDS,
        *("policy", "request", "reason", "alternative", "free", "paid", "service", "price", "hours", "name"),
        *("sender", "from"),
        *("brief", "json", "lang", "help", "version"),
        *("sid", "id", "label", "chart", "event"),
    }
)

_ID = r"^[a-z][a-z0-9_]*$"
_LANGS = ("ru", "en")
#: the prefix of the texts a policy brings of its own (its questions, rule reasons and notes); no registry topic
_OWN = "company"


# -- the file, as typed models -------------------------------------------------------------------------------


class _Strict(BaseModel):
    # strict: a TOML string is never read as a number, nor a number as a string; extra="forbid": a key the file
    # has no use for is an error, never ignored
    model_config = ConfigDict(frozen=True, extra="forbid", strict=True)


class Texts(_Strict):
    """A text per language: ``{ ru = "…", en = "…" }`` (only the policy's languages)."""

    ru: str | None = None
    en: str | None = None

    def given(self) -> dict[str, str]:
        return {lang: value for lang in _LANGS if (value := getattr(self, lang)) is not None}


_ChannelName = Literal["email", "messenger", "phone", "video_call", "meeting"]
_SituationName = Literal["non_urgent", "urgent", "incident", "presentation", "interim_report", "final_report"]
_AnswerValue = Literal["yes", "no", "unknown"]
_VerdictValue = Literal["accept", "refuse", "undecided"]


class CompanySection(_Strict):
    name: str | None = None
    sender: str | None = None


class SituationSection(_Strict):
    """One situation's channels, as :class:`~danetor.rules.channels.AdviceSpec` has them."""

    channels: list[_ChannelName] = Field(min_length=1)
    alternatives: list[_ChannelName] = []
    fallback: _ChannelName | None = None
    escalation: list[_ChannelName] = []
    why: Texts | None = None


class ChannelsSection(_Strict):
    escalation_wait_minutes: float = Field(default=BOOK_WAIT_MINUTES, gt=0, le=60 * 24 * 30)
    names: dict[_ChannelName, Texts] = {}
    situations: dict[_SituationName, SituationSection] = {}


class Eq(_Strict):
    kind: Literal["eq"]
    field: str
    value: _AnswerValue


class AtLeast(_Strict):
    kind: Literal["at_least"]
    n: int = Field(gt=0)
    fields: list[str] = Field(min_length=1)
    value: _AnswerValue


class AllOf(_Strict):
    kind: Literal["all"]
    of: list[Condition] = Field(min_length=1)


class AnyOf(_Strict):
    kind: Literal["any"]
    of: list[Condition] = Field(min_length=1)


class Not(_Strict):
    kind: Literal["not"]
    of: Condition


class Otherwise(_Strict):
    kind: Literal["otherwise"]


Condition = Annotated[Union[Eq, AtLeast, AllOf, AnyOf, Not, Otherwise], Field(discriminator="kind")]  # noqa: UP007
for _model in (AllOf, AnyOf, Not):
    _model.model_rebuild()


class QuestionSection(_Strict):
    id: str = Field(pattern=_ID)
    text: Texts
    help: Texts
    short: Texts | None = None
    clarify: Texts | None = None


class RuleSection(_Strict):
    id: str = Field(pattern=_ID)
    when: Condition
    then: _VerdictValue
    why: Any  # a text key (str) or a text per language ({ ru = "…", en = "…" }): checked by hand, see _why


class DanetorSection(_Strict):
    questions: list[QuestionSection] = []
    rules: list[RuleSection] | None = None


class PolicyFile(_Strict):
    """The policy file as it is written, validated for structure and types (the cross-checks come after)."""

    languages: list[Literal["ru", "en"]] = Field(default=["ru", "en"], min_length=1)
    currency: Literal["RUB", "USD", "EUR"] = "RUB"
    company: CompanySection = CompanySection()
    channels: ChannelsSection = ChannelsSection()
    wordings: dict[str, Texts] = {}
    notes: dict[str, Any] = {}  # a playbook name → one text per language, or a list of them: see _notes
    danetor: DanetorSection = DanetorSection()


# -- problems: pydantic's errors and ours, as PolicyProblem ---------------------------------------------------

_TYPE_WORDS = {
    "string_type": "string",
    "int_type": "integer",
    "float_type": "number",
    "int_from_float": "integer",
    "bool_type": "boolean",
    "list_type": "list",
    "dict_type": "table",
    "model_type": "table",
    "model_attributes_type": "table",
}
_BARE = re.compile(r"^[A-Za-z0-9_-]+$")


def _key(name: str) -> str:
    """A key as TOML writes it: bare when it can be, quoted otherwise (``wordings."letter.greeting.named"``)."""
    return name if _BARE.match(name) else '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'


def path_of(*parts: str | int) -> str:
    """A key path as the errors show it: keys joined with dots, an array's items counted from 1
    (``danetor.rules[2].when``)."""
    out = ""
    for part in parts:
        if isinstance(part, int):
            out += f"[{part + 1}]"
        else:
            out += ("." if out else "") + _key(part)
    return out


def _unwrap(tp: Any) -> Any:
    while True:
        origin = get_origin(tp)
        if origin is Annotated:
            tp = get_args(tp)[0]
        elif origin is Union or (origin is not None and str(origin) == "types.UnionType"):
            args = [a for a in get_args(tp) if a is not type(None)]
            if len(args) == 1:
                tp = args[0]
            else:
                return tp
        else:
            return tp


def _is_model(tp: Any) -> bool:
    return isinstance(tp, type) and issubclass(tp, BaseModel)


def _tags(tp: Any) -> dict[str, type]:
    """A discriminated union's members by tag (``{"eq": Eq, …}``), or ``{}``."""
    args = get_args(_unwrap(tp)) if get_origin(_unwrap(tp)) is Union else ()
    out = {}
    for member in args:
        if _is_model(member) and "kind" in member.model_fields:
            out.update({value: member for value in get_args(member.model_fields["kind"].annotation)})
    return out


def _walk(loc: Sequence[str | int], root: type = PolicyFile) -> tuple[list[str | int], Any, Any]:
    """Follow pydantic's *loc* through the models: the path's parts, the type found there, and the model that
    holds the last key (whose fields are the keys allowed there)."""
    tp: Any = root
    parts: list[str | int] = []
    holder: Any = None
    for item in loc:
        if item == "[key]":
            continue
        tp = _unwrap(tp)
        tags = _tags(tp)
        if tags and isinstance(item, str) and item in tags:  # pydantic names the union member it tried
            tp = tags[item]
            continue
        origin = get_origin(tp)
        if _is_model(tp):
            holder = tp
            parts.append(item)
            field = tp.model_fields.get(item) if isinstance(item, str) else None
            tp = field.annotation if field is not None else None
        elif origin is dict:
            holder = tp
            parts.append(item)
            tp = get_args(tp)[1]
        elif origin is list:
            parts.append(item)
            tp = get_args(tp)[0]
        else:
            parts.append(item)
            tp = None
    return parts, tp, holder


def _literal_values(tp: Any) -> tuple[str, ...]:
    tp = _unwrap(tp)
    return tuple(str(v) for v in get_args(tp)) if get_origin(tp) is Literal else ()


def _type_word(error_type: str, tp: Any) -> Text:
    if _unwrap(tp) is Texts:
        return Text.of("errors.policy.type.texts")
    return Text.of(f"errors.policy.type.{_TYPE_WORDS[error_type]}")


def _translate(
    error: Mapping[str, Any], prefix: Sequence[str | int] = (), root: type = PolicyFile
) -> PolicyProblem:
    """One pydantic error as a :class:`PolicyProblem` (its path below *prefix*, its types from *root*)."""
    kind, loc, value = error["type"], tuple(error["loc"]), error.get("input")
    ctx = error.get("ctx") or {}
    parts, tp, holder = _walk(loc, root)
    path = path_of(*prefix, *parts)
    if kind == "extra_forbidden":
        allowed = tuple(holder.model_fields) if _is_model(holder) else ()
        return PolicyProblem("unknown_key", path, value, allowed)
    if kind == "missing":
        return PolicyProblem("missing", path)
    if kind == "literal_error":
        if loc and loc[-1] == "[key]":  # a key of a table that allows only some keys (a channel, a situation)
            allowed = (
                _literal_values(get_args(_unwrap(holder))[0]) if get_origin(_unwrap(holder)) is dict else ()
            )
            return PolicyProblem(
                "unknown_key",
                path,
                value,
                allowed or tuple(re.findall(r"'([^']*)'", ctx.get("expected", ""))),
            )
        return PolicyProblem(
            "not_allowed", path, value, tuple(re.findall(r"'([^']*)'", ctx.get("expected", "")))
        )
    if kind in ("union_tag_invalid", "union_tag_not_found"):
        allowed = tuple(re.findall(r"'([^']*)'", str(ctx.get("expected_tags", ""))))
        if kind == "union_tag_not_found":
            return PolicyProblem("missing", path_of(*prefix, *parts, "kind"), allowed=allowed)
        return PolicyProblem("not_allowed", path_of(*prefix, *parts, "kind"), ctx.get("tag"), allowed)
    if kind in _TYPE_WORDS:
        if _unwrap(tp) is not None and get_origin(_unwrap(tp)) is Literal and kind == "string_type":
            return PolicyProblem("not_allowed", path, value, _literal_values(tp))
        return PolicyProblem("wrong_type", path, value, (_type_word(kind, tp),))
    if kind in ("too_short", "string_too_short"):
        return PolicyProblem("empty", path, value)
    if kind in ("greater_than", "less_than_equal", "greater_than_equal"):
        return PolicyProblem("out_of_range", path, value, (_range_word(kind, ctx),))
    if kind == "string_pattern_mismatch":
        return PolicyProblem("not_an_id", path, value)
    if kind == "value_error" and isinstance(ctx.get("error"), _Bad):
        bad = ctx["error"]
        return PolicyProblem(
            bad.key, path_of(*prefix, *parts, *bad.sub), bad.value, bad.allowed, **bad.fields
        )
    return PolicyProblem(
        "invalid", path, value, detail=error.get("msg", "")
    )  # pragma: no cover - a safety net


def _range_word(kind: str, ctx: Mapping[str, Any]) -> Text:
    limit = next(iter(ctx.values()), "")
    key = {"greater_than": "more_than", "greater_than_equal": "at_least", "less_than_equal": "at_most"}[kind]
    return Text.of(f"errors.policy.range.{key}").format(limit=_number(limit))


def _number(value: Any) -> str:
    return str(int(value)) if isinstance(value, float) and value.is_integer() else str(value)


class _Bad(ValueError):
    """A problem found by hand inside a pydantic validator (its facts travel in ``ctx["error"]``)."""

    def __init__(
        self, key: str, value: Any = None, allowed: Sequence[Any] = (), *sub: str | int, **fields: Any
    ):
        self.key, self.value, self.allowed, self.sub, self.fields = key, value, tuple(allowed), sub, fields
        super().__init__(key)


def _validate(
    adapter_or_model: Any, data: Any, prefix: Sequence[str | int], problems: list[PolicyProblem], root: type
) -> Any:
    try:
        if _is_model(adapter_or_model):
            return adapter_or_model.model_validate(data)
        return adapter_or_model.validate_python(data)
    except ValidationError as exc:
        problems += [_translate(e, prefix, root) for e in exc.errors()]
        return None


# -- reading a file --------------------------------------------------------------------------------------------

_TOML_AT = re.compile(r"\s*\(at line (\d+), column (\d+)\)\s*$")


def _parse(raw: bytes, source: str) -> dict[str, Any]:
    import tomllib

    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise PolicyError(source, [PolicyProblem("not_utf8", "", detail=str(exc.start))]) from None
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        message = str(exc)
        at = _TOML_AT.search(message)
        line, column = (int(at.group(1)), int(at.group(2))) if at else (None, None)
        reason = _TOML_AT.sub("", message) if at else message
        if at is None and message.endswith("(at end of document)"):  # the place is the end of the last line
            lines = text.split("\n")
            line, column = len(lines), len(lines[-1]) + 1
            reason = message.removesuffix("(at end of document)").rstrip()
        known = line is not None
        problem = PolicyProblem(
            "toml" if known else "toml_nowhere", "", reason=reason, line=line, column=column
        )
        raise PolicyError(source, [problem]) from None


class PolicyDifference(Readable, tuple):  # type: ignore[type-arg]  # (path, text)
    """One way a policy differs from the book (or a warning about it): where (*path*, a key path in the file) and
    what (*text*, in either language); ``explain(lang)`` is ``path: text``."""

    __slots__ = ()

    def __new__(cls, path: str, text: Text) -> Self:
        return tuple.__new__(cls, (path, text))

    path = property(lambda self: self[0], doc="the key path in the policy file")
    text = property(lambda self: self[1], doc="what differs, as a text")

    def explain(self, lang: Lang | str = Lang.RU) -> str:
        return f"{self[0]}: {self[1](lang)}"


# -- the policy ------------------------------------------------------------------------------------------------

#: the ``with policy:`` blocks entered in this context, innermost last (their context managers)
_ENTERED: ContextVar[tuple[Any, ...]] = ContextVar("danetor_policy_entered", default=())


class Policy:
    """A company policy, loaded and verified: the book as the company wants it.

    Make one with :meth:`load` (a file), :meth:`from_toml` (its text), :meth:`from_data` (the parsed data) or
    :meth:`book` (no changes). Put it in force with ``with policy:`` or pass it as ``policy=``; see the module's
    docstring. Immutable; safe to share between threads.
    """

    def __init__(self, data: PolicyFile, *, source: str | None = None, _derived: dict[str, Any]) -> None:
        self._file = data
        self._source = source
        self.__dict__.update(_derived)
        #: decisions made under this policy, by answers (danetor.decision fills it)
        self._decisions: dict[tuple[Answer, ...], Decision] = {}
        #: channel advice under this policy, by situation (danetor.channels fills it)
        self._channel_advice: dict[Situation, ChannelAdvice] = {}

    # -- making one ----------------------------------------------------------------------------------------------
    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> Policy:
        """Read, validate and verify the policy file at *path*; :class:`~danetor.errors.PolicyError` if it fails."""
        source = os.fspath(path)
        try:
            with open(source, "rb") as f:
                raw = f.read()
        except OSError as exc:
            raise PolicyError(
                source, [PolicyProblem("unreadable", "", reason=exc.strerror or str(exc))]
            ) from None
        return cls.from_data(_parse(raw, source), source=source)

    @classmethod
    def from_toml(cls, text: str, *, source: str = "<policy>") -> Policy:
        """The policy written in *text* (TOML); *source* names it in errors."""
        return cls.from_data(_parse(text.encode("utf-8"), source), source=source)

    @classmethod
    def from_data(cls, data: Mapping[str, Any], *, source: str = "<policy>") -> Policy:
        """The policy given as parsed TOML data (a mapping); *source* names it in errors."""
        problems: list[PolicyProblem] = []
        if not isinstance(data, Mapping):
            raise PolicyError(
                source, [PolicyProblem("wrong_type", "", data, (Text.of("errors.policy.type.table"),))]
            )
        model = _validate(PolicyFile, dict(data), (), problems, PolicyFile)
        if problems:
            raise PolicyError(source, problems)
        derived = _Derive(model, problems).run()
        if problems:
            raise PolicyError(source, problems)
        return cls(model, source=source, _derived=derived)

    @classmethod
    def book(cls) -> Policy:
        """The book itself as a policy: every setting at its default."""
        return cls.from_data({}, source="")

    # -- what it sets ----------------------------------------------------------------------------------------------
    @property
    def source(self) -> str | None:
        """The file it was read from (``None`` for :meth:`book`)."""
        return self._source or None

    name: str | None
    sender: str | None
    languages: tuple[Lang, ...]
    currency: Currency
    wait: timedelta
    questions: tuple[Question, ...]
    question_ids: tuple[str, ...]
    extra_questions: tuple[Question, ...]
    clarify: Mapping[str, Text | None]
    ruleset: Any
    table: Any
    advice: Mapping[Situation, AdviceSpec]
    notes: Mapping[str, tuple[Text, ...]]
    wordings: Mapping[tuple[str, str], str]
    _origins: Mapping[tuple[str, str], str]

    def text(self, key: str) -> Text:
        """The text of *key* as this policy words it, wherever it is read (in force or not)."""

        def read(lang: Lang) -> str:
            found = self.wordings.get((key, lang.value))
            return found if found is not None else texts.entry(key)(lang.value)

        return Text.build(read)

    # -- putting it in force ---------------------------------------------------------------------------------------
    @contextmanager
    def applied(self) -> Iterator[Policy]:
        """Put this policy in force within the ``with`` block, in this context only (this thread, this task)."""
        token = ACTIVE.set(self)
        words = texts._overrides.set(self.wordings or None)
        try:
            with _signing_as(self.sender):
                yield self
        finally:
            texts._overrides.reset(words)
            ACTIVE.reset(token)

    def __enter__(self) -> Self:
        manager = self.applied()
        manager.__enter__()
        _ENTERED.set((*_ENTERED.get(), manager))
        return self

    def __exit__(self, *exc: object) -> None:
        entered = _ENTERED.get()
        manager = entered[-1]
        _ENTERED.set(entered[:-1])
        manager.__exit__(*exc)

    @staticmethod
    def in_force() -> Policy | None:
        """The policy in force in this context, or ``None`` (the book)."""
        return ACTIVE.get()

    # -- what differs from the book ----------------------------------------------------------------------------
    def differences(self) -> tuple[PolicyDifference, ...]:
        """Every way this policy differs from the book, in the order of the file."""
        return tuple(_differences(self))

    def warnings(self) -> tuple[PolicyDifference, ...]:
        """What is allowed but probably not meant: an extra question that no rule looks at; a situation whose
        channels changed while the book's words about its channels stay."""
        used = set()
        for rule in self.ruleset.rules:
            used |= rule.when.fields()
        found = [
            PolicyDifference(
                path_of("danetor", "questions", i, "id"),
                Text.of("policy.warn.unused_question").format(id=q.id),
            )
            for i, q in enumerate(self.extra_questions)
            if q.id not in used
        ]
        for situation in Situation:
            spec, book = self.advice[situation], ADVICE[_MATRIX[situation]]
            if spec == book:
                continue
            keys = [f"channels.why.{situation.value}"]
            if situation is Situation.URGENT and spec.channels != book.channels:
                keys += ["channels.actions.not_sent"]
            if situation is Situation.URGENT and spec.escalation != book.escalation:
                keys += ["channels.actions.waiting", "channels.actions.call"]
            stale = [k for k in keys if any((k, lang.value) not in self.wordings for lang in self.languages)]
            if stale:
                found.append(
                    PolicyDifference(
                        path_of("channels", "situations", situation.value),
                        Text.of("policy.warn.book_words").format(keys=", ".join(stale)),
                    )
                )
        return tuple(found)

    def explain(self, lang: Lang | str = Lang.RU) -> str:
        """What this policy puts in force, in *lang*: where it comes from, the company, the sender, the languages,
        the currency, the wait, the channels of each situation, the DANETOR questions and rules, and which texts
        and notes are the company's (what ``danetor policy show`` prints)."""
        from .channels import Situation, channel_for
        from .playbooks.channels import SITUATION_LABELS, describe_duration
        from .questions import VERDICT_LABELS
        from .text import as_lang, condition_text

        lang = as_lang(lang)

        def label(key: str) -> str:
            return Text.of(f"policy.show.{key}")(lang)

        with self.applied():
            head = (
                label("book")
                if self.source is None
                else Text.of("policy.show.file")(lang).format(file=self.source)
            )
            lines = [head, ""]
            lines.append(f"{label('company')}: {self.name or label('unset')}")
            lines.append(f"{label('sender')}: {self.sender or label('unset')}")
            lines.append(f"{label('languages')}: {', '.join(self.languages)}")
            lines.append(f"{label('currency')}: {self.currency.value}")
            lines.append(f"{label('wait')}: {describe_duration(self.wait, lang)}")
            lines += ["", label("channels") + ":"]
            for situation in Situation:
                lines.append(
                    f"  {SITUATION_LABELS[situation](lang)}: {channel_for(situation).describe(lang)}"
                )
            lines += ["", label("questions") + ":"]
            lines += [f"  {i}. {q.text(lang)} ({q.id})" for i, q in enumerate(self.questions, 1)]
            lines += ["", label("rules") + ":"]
            for rule in self.ruleset.rules:
                lines.append(
                    f"  {condition_text(self.ruleset, rule)(lang)} → {VERDICT_LABELS[rule.then](lang)}"
                )
            own = sorted({key for key, _ in self.wordings if not key.startswith(_OWN + ".")})
            lines += ["", f"{label('wordings')}: {', '.join(own) if own else label('none')}"]
            notes = ", ".join(f"{name} ({len(n)})" for name, n in self.notes.items())
            lines.append(f"{label('notes')}: {notes or label('none')}")
        return "\n".join(lines)

    def summary(self) -> PolicySummary:
        """What this policy puts in force, as data (what ``danetor policy show --json`` prints)."""
        from .channels import channel_for

        with self.applied():
            channels = {situation: channel_for(situation) for situation in Situation}
        return PolicySummary(
            file=self.source,
            company=self.name,
            sender=self.sender,
            languages=self.languages,
            currency=self.currency,
            escalation_wait_minutes=self.wait.total_seconds() / 60,
            channels=channels,
            questions=tuple(PolicyQuestion(id=q.id, text=q.text) for q in self.questions),
            rules=self.ruleset.rules,
            wordings=tuple(sorted({key for key, _ in self.wordings if not key.startswith(_OWN + ".")})),
            notes=tuple(PolicyNotes(playbook=name, notes=notes) for name, notes in self.notes.items()),
        )

    def __str__(self) -> str:
        return self.explain()

    def __repr__(self) -> str:
        return f"Policy({self._source or 'the book'!r})"


# -- what ``danetor policy check --json`` and ``danetor policy show --json`` print -------------------------------


class _Document(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class PolicyFinding(_Document):
    """One line of ``danetor policy check``: where in the file (*path*, a key path) and what (*text*, in the
    command's language)."""

    path: str
    text: str


class DurableComparison(_Document):
    """``danetor policy check --with-durable``: the rule set compiled through durable_rules too and compared with
    the table of the reference compiler. When durable_rules cannot be imported here, *available* is false,
    *reason* says why, and *same* and *combinations* are null; otherwise *same* tells whether the tables agree
    over all *combinations* of answers, and *differences* lists the combinations where they do not."""

    available: bool
    reason: str | None
    same: bool | None
    combinations: int | None
    differences: tuple[str, ...]


class PolicyCheck(_Document):
    """What ``danetor policy check FILE --json`` prints for a valid file (a file that fails its checks prints its
    error instead, exit 2): the file, how it differs from the book and what to look at, in the command's language,
    and with ``--with-durable`` the comparison of the two compilers (else null)."""

    file: str
    valid: Literal[True]
    differences: tuple[PolicyFinding, ...]
    warnings: tuple[PolicyFinding, ...]
    durable: DurableComparison | None


class PolicyQuestion(_Document):
    """A DANETOR question in force: its *id* (the keyword of :func:`danetor.check`, the flag of ``danetor ask``)
    and its *text*."""

    id: str
    text: Text


class PolicyNotes(_Document):
    """The company's own notes on one playbook (*playbook*, its name in ``danetor playbook list``), in the order
    of the file."""

    playbook: str
    notes: tuple[Text, ...]


class PolicySummary(_Document):
    """What ``danetor policy show --json`` prints: the policy in force (``--policy`` or ``DANETOR_POLICY``; the
    book when there is none, *file* null). The company's name and default sender (null when unset), the
    languages its wordings cover, the default currency, the escalation wait in minutes, the channel advice of
    every situation, the DANETOR questions and rules, the keys of the texts it rewords, and its notes on the
    playbooks."""

    file: str | None
    company: str | None
    sender: str | None
    languages: tuple[Lang, ...]
    currency: Currency
    escalation_wait_minutes: float
    channels: dict[Situation, ChannelAdvice]
    questions: tuple[PolicyQuestion, ...]
    rules: tuple[Rule, ...]
    wordings: tuple[str, ...]
    notes: tuple[PolicyNotes, ...]


def _signing_as(sender: str | None) -> Any:
    """The company's default sender put in force for the sign-off of every message (``sender=`` and ``--from`` still
    win): :func:`danetor.letter.signing_as`. A policy that names no sender leaves the default as it is."""
    if sender is None:
        return nullcontext()
    return letter.signing_as(sender)


def _own(*parts: str) -> str:
    return ".".join((_OWN, *parts))


class _Derive:
    """The cross-checks of a structurally valid file, and what the policy derives from it. Every problem found is
    added to *problems*; :meth:`run` returns the policy's attributes."""

    def __init__(self, model: PolicyFile, problems: list[PolicyProblem]) -> None:
        self.m = model
        self.problems = problems
        self.langs: tuple[str, ...] = tuple(dict.fromkeys(model.languages))
        self.wordings: dict[tuple[str, str], str] = {}
        #: (key, lang) → where in the file its wording was given
        self.origins: dict[tuple[str, str], str] = {}

    def bad(self, key: str, path: str, value: Any = None, allowed: Sequence[Any] = (), **fields: Any) -> None:
        self.problems.append(PolicyProblem(key, path, value, tuple(allowed), **fields))

    # -- texts ---------------------------------------------------------------------------------------------------
    def override(self, key: str, given: Texts, *path: str | int) -> None:
        """Check *given* as the wording of the registry's *key* and record it."""
        try:
            entry = texts.entry(key)
        except texts.TextKeyError:
            close = difflib.get_close_matches(
                key, texts.keys(key.partition(".")[0] + ".") or texts.keys(), n=3
            )
            self.bad("unknown_text", path_of(*path), key, close)
            return
        if entry.kind == "quote":
            self.bad("quote", path_of(*path), key)
            return
        expected = texts.placeholders(entry.ru)
        for lang, text in given.given().items():
            where = path_of(*path, lang)
            if lang not in self.langs:
                self.bad("undeclared_language", where, lang, self.langs)
                continue
            if not self._nonblank(text, where):
                continue
            try:
                found = texts.placeholders(text)
            except ValueError:
                self.bad("malformed_placeholder", where, text)
                continue
            if found != expected:
                self.bad("placeholders", where, text, given=_fields(found), expected=_fields(expected))
                continue
            if (key, lang) in self.wordings:
                self.bad("twice", where, key)
                continue
            self.wordings[(key, lang)] = text
            self.origins[(key, lang)] = where

    def own(self, key: str, given: Texts | None, *path: str | int, required: bool = True) -> Text | None:
        """Check *given* as one of the company's own texts (every declared language, no other, no placeholder),
        record it under *key* in both languages (a language the policy does not cover reads its first one), and
        return it as a text."""
        if given is None:
            if required:
                self.bad("missing", path_of(*path))
            return None
        values = given.given()
        ok = True
        for lang, text in values.items():
            where = path_of(*path, lang)
            if lang not in self.langs:
                self.bad("undeclared_language", where, lang, self.langs)
                ok = False
            elif not self._nonblank(text, where):
                ok = False
        for lang in self.langs:
            if lang not in values:
                self.bad("missing_language", path_of(*path, lang), lang, self.langs)
                ok = False
        if not ok:
            return None
        for lang in _LANGS:
            self.wordings[(key, lang)] = values.get(lang, values[self.langs[0]])
        return _built(lambda lang, key=key: self.wordings[(key, lang.value)])

    def _nonblank(self, text: str, where: str) -> bool:
        if not text.strip():
            self.bad("blank", where, text)
            return False
        return True

    # -- the whole file ------------------------------------------------------------------------------------------
    def run(self) -> dict[str, Any]:
        m = self.m
        if len(self.langs) != len(m.languages):
            repeated = next(lang for i, lang in enumerate(m.languages) if lang in m.languages[:i])
            self.bad("twice", path_of("languages"), repeated)
        name = self._optional_text(m.company.name, "company", "name")
        sender = self._optional_text(m.company.sender, "company", "sender")
        for key, given in m.wordings.items():
            self.override(key, given, "wordings", key)
        for channel, given in m.channels.names.items():
            self.override(f"channels.channel_labels.{channel}", given, "channels", "names", channel)
        advice = self._advice()
        notes = self._notes()
        questions, clarify = self._questions()
        ruleset, table = self._rules(questions)
        return {
            "name": name,
            "sender": sender,
            "languages": tuple(Lang(lang) for lang in self.langs),
            "currency": Currency(m.currency),
            "wait": timedelta(minutes=m.channels.escalation_wait_minutes),
            "questions": questions,
            "question_ids": tuple(q.id for q in questions),
            "extra_questions": questions[len(QUESTION_IDS) :],
            "clarify": MappingProxyType(clarify),
            "ruleset": ruleset,
            "table": table,
            "advice": MappingProxyType(advice),
            "notes": MappingProxyType(notes),
            "wordings": MappingProxyType(self.wordings),
            "_origins": MappingProxyType(self.origins),
        }

    def _optional_text(self, value: str | None, *path: str) -> str | None:
        if value is None:
            return None
        return value.strip() if self._nonblank(value, path_of(*path)) else None

    def _advice(self) -> dict[Situation, AdviceSpec]:
        advice = {situation: ADVICE[_MATRIX[situation]] for situation in Situation}
        for name, spec in self.m.channels.situations.items():
            at = ("channels", "situations", name)
            named = [*spec.channels, *spec.alternatives, *([spec.fallback] if spec.fallback else [])]
            ok = True
            seen: set[str] = set()
            for channel in named:
                if channel in seen:
                    self.bad("twice", path_of(*at), channel)
                    ok = False
                seen.add(channel)
            for i, channel in enumerate(spec.escalation):
                if channel in spec.channels:
                    allowed = [c.value for c in Channel if c.value not in spec.channels]
                    self.bad("escalation_same", path_of(*at, "escalation", i), channel, allowed)
                    ok = False
            if len(set(spec.escalation)) != len(spec.escalation):
                self.bad("twice", path_of(*at, "escalation"), spec.escalation[0])
                ok = False
            if name == Situation.URGENT.value and not spec.escalation:
                allowed = [c.value for c in Channel if c.value not in spec.channels]
                self.bad("urgent_escalation", path_of(*at, "escalation"), [], allowed)
                ok = False
            if spec.why is not None:
                self.override(f"channels.why.{name}", spec.why, *at, "why")
            if ok:
                advice[Situation(name)] = AdviceSpec(
                    channels=tuple(Channel(c) for c in spec.channels),
                    alternatives=tuple(Channel(c) for c in spec.alternatives),
                    fallback=Channel(spec.fallback) if spec.fallback else None,
                    escalation=tuple(EscalationItem(channel=Channel(c)) for c in spec.escalation),
                )
        return advice

    def _notes(self) -> dict[str, tuple[Text, ...]]:
        from .playbooks import catalog  # the policy sits above the renderers: it names their playbooks

        names = catalog.names()
        notes: dict[str, tuple[Text, ...]] = {}
        one, many = TypeAdapter(Texts), TypeAdapter(list[Texts])
        for playbook, value in self.m.notes.items():
            at = ("notes", playbook)
            if playbook not in names:
                self.bad("unknown_key", path_of(*at), playbook, names)
                continue
            if isinstance(value, list):
                items = _validate(many, value, at, self.problems, list[Texts])
                if items is not None and not items:
                    self.bad("empty", path_of(*at), value)
                    continue
            else:
                given = _validate(one, value, at, self.problems, Texts)
                items = None if given is None else [given]
            if items is None:
                continue
            made = []
            for i, item in enumerate(items):
                where = (*at, i) if isinstance(value, list) else at
                text = self.own(_own("note", playbook.replace("-", "_"), str(i + 1)), item, *where)
                if text is not None:
                    made.append(text)
            notes[playbook] = tuple(made)
        return notes

    def _questions(self) -> tuple[tuple[Question, ...], dict[str, Text | None]]:
        book = tuple(
            Question(
                id=q.id,
                text=_bound(self.wordings, f"danetor.question.{q.id}.text"),
                short=_bound(self.wordings, f"danetor.question.{q.id}.short"),
                help=_bound(self.wordings, f"danetor.question.{q.id}.help"),
            )
            for q in QUESTIONS
        )
        clarify: dict[str, Text | None] = {
            q: _bound(self.wordings, f"scripts.clarify.item.{q}") for q in QUESTION_IDS
        }
        extra = []
        given = self.m.danetor.questions
        if len(given) > MAX_EXTRA_QUESTIONS:
            self.bad(
                "too_many_questions", path_of("danetor", "questions"), len(given), max=MAX_EXTRA_QUESTIONS
            )
        seen: set[str] = set()
        for i, q in enumerate(given[:MAX_EXTRA_QUESTIONS]):
            at = ("danetor", "questions", i)
            if q.id in RESERVED_IDS:
                self.bad("reserved_id", path_of(*at, "id"), q.id)
                continue
            if q.id in seen:
                self.bad("twice", path_of(*at, "id"), q.id)
                continue
            seen.add(q.id)
            text = self.own(_own("question", q.id, "text"), q.text, *at, "text")
            help_ = self.own(_own("question", q.id, "help"), q.help, *at, "help")
            short = self.own(
                _own("question", q.id, "short"), q.short or q.text, *at, "short" if q.short else "text"
            )
            clarify[q.id] = self.own(
                _own("question", q.id, "clarify"), q.clarify, *at, "clarify", required=False
            )
            if text is not None and help_ is not None and short is not None:
                extra.append(Question(id=q.id, text=text, short=short, help=help_))
        return (*book, *extra), clarify

    def _rules(self, questions: tuple[Question, ...]) -> tuple[Any, Any]:
        from . import compiler
        from .rules import danetor as book
        from .rules.model import Input, Rule, RuleSet

        ids = tuple(q.id for q in questions)
        labels = {q: f"danetor.question.{q}.short" for q in QUESTION_IDS}
        labels.update({q: _own("question", q, "short") for q in ids if q not in labels})
        given = self.m.danetor.rules
        rules: tuple[Rule, ...] | list[Rule]
        if given is None:
            rules = book.DANETOR.rules
        else:
            rules = []
            seen: set[str] = set()
            otherwise = 0
            for i, rule in enumerate(given):
                at = ("danetor", "rules", i)
                if rule.id in seen:
                    self.bad("twice", path_of(*at, "id"), rule.id)
                seen.add(rule.id)
                if rule.when.kind == "otherwise":
                    otherwise += 1
                    if otherwise > 1:
                        self.bad("otherwise_twice", path_of(*at, "when"), "otherwise")
                when = self._condition(rule.when, ids, (*at, "when"), top=True)
                why = self._why(rule, at)
                if when is not None and why is not None:
                    rules.append(Rule(id=rule.id, when=when, then=rule.then, why=why))
            if not given:
                self.bad("empty", path_of("danetor", "rules"), [])
        if len(self.problems):
            return None, None
        ruleset = RuleSet(
            name="danetor",
            title="danetor.title",
            inputs=tuple(Input(name=q, type=Answer, label=labels[q], values=ANSWER_KEYS) for q in ids),
            outcome=Verdict,
            rules=tuple(rules),
        )
        try:
            table = compiler.compile_ruleset(ruleset)
        except (GapError, OverlapError) as exc:
            cases = [
                ", ".join(f"{k}={v}" for k, v in combo.items()) + (f" → {', '.join(hit)}" if hit else "")
                for combo, hit in exc.cases
            ]
            shown = "; ".join(cases[:8])
            key = "gap" if isinstance(exc, GapError) else "overlap"
            self.bad(
                key, path_of("danetor", "rules"), None, (), count=len(cases), cases=shown, more=len(cases) - 8
            )
            return None, None
        return ruleset, table

    def _why(self, rule: RuleSection, at: tuple[str | int, ...]) -> str | None:
        if isinstance(rule.why, str):
            try:
                texts.entry(rule.why)
            except texts.TextKeyError:
                close = difflib.get_close_matches(rule.why, texts.keys("danetor."), n=3)
                self.bad("unknown_text", path_of(*at, "why"), rule.why, close)
                return None
            return rule.why
        given = _validate(TypeAdapter(Texts), rule.why, (*at, "why"), self.problems, Texts)
        if given is None:
            return None
        key = _own("rule", rule.id, "why")
        return key if self.own(key, given, *at, "why") is not None else None

    def _condition(
        self, cond: Any, ids: tuple[str, ...], at: tuple[str | int, ...], *, top: bool = False
    ) -> Any:
        from .rules import model

        if isinstance(cond, Otherwise):
            if not top:
                self.bad("otherwise_nested", path_of(*at), "otherwise")
                return None
            return model.Otherwise()
        if isinstance(cond, Eq):
            if cond.field not in ids:
                self.bad("unknown_question", path_of(*at, "field"), cond.field, ids)
                return None
            return model.Eq(field=cond.field, value=cond.value)
        if isinstance(cond, AtLeast):
            ok = True
            for i, field in enumerate(cond.fields):
                if field not in ids:
                    self.bad("unknown_question", path_of(*at, "fields", i), field, ids)
                    ok = False
                elif field in cond.fields[:i]:
                    self.bad("twice", path_of(*at, "fields", i), field)
                    ok = False
            if cond.n > len(cond.fields):
                self.bad("at_least_n", path_of(*at, "n"), cond.n, count=len(cond.fields))
                ok = False
            return model.AtLeast(n=cond.n, fields=tuple(cond.fields), value=cond.value) if ok else None
        if isinstance(cond, Not):
            inner = self._condition(cond.of, ids, (*at, "of"))
            return model.Not(of=inner) if inner is not None else None
        parts = [self._condition(c, ids, (*at, "of", i)) for i, c in enumerate(cond.of)]
        if any(p is None for p in parts):
            return None
        return (model.AllOf if isinstance(cond, AllOf) else model.AnyOf)(of=tuple(parts))


def _bound(wordings: Mapping[tuple[str, str], str], key: str) -> Text:
    """The registry's *key* as *wordings* word it, wherever it is read."""

    def read(lang: Lang) -> str:
        found = wordings.get((key, lang.value))
        return found if found is not None else texts.entry(key)(lang.value)

    return Text.build(read)


def _fields(found: frozenset[str]) -> Text | str:
    return (
        ", ".join("{" + f + "}" for f in sorted(found)) if found else Text.of("errors.policy.no_placeholders")
    )


# -- the differences from the book --------------------------------------------------------------------------------


def _differences(policy: Policy) -> Iterator[PolicyDifference]:
    from .channels import describe_advice

    m = policy._file
    t = Text.of
    if policy.name:
        yield PolicyDifference("company.name", t("policy.diff.name").format(name=policy.name))
    if policy.sender:
        yield PolicyDifference("company.sender", t("policy.diff.sender").format(sender=policy.sender))
    if tuple(policy.languages) != (Lang.RU, Lang.EN):
        yield PolicyDifference(
            "languages", t("policy.diff.languages").format(languages=", ".join(policy.languages))
        )
    if policy.currency is not Currency.RUB:
        yield PolicyDifference(
            "currency", t("policy.diff.currency").format(currency=policy.currency.value, book="RUB")
        )
    if m.channels.escalation_wait_minutes != BOOK_WAIT_MINUTES:
        yield PolicyDifference(
            "channels.escalation_wait_minutes",
            t("policy.diff.wait").format(
                minutes=_number(m.channels.escalation_wait_minutes), book=_number(BOOK_WAIT_MINUTES)
            ),
        )
    for (key, lang), text in policy.wordings.items():
        if key.startswith(_OWN + "."):
            continue
        book = texts.entry(key)(lang)
        if text != book:
            where = policy._origins.get((key, lang), path_of("wordings", key, lang))
            if key.startswith("channels.channel_labels."):
                what = t("policy.diff.channel_name").format(
                    channel=key.rpartition(".")[2], lang=lang, text=text, book=book
                )
            else:
                what = t("policy.diff.wording").format(key=key, lang=lang, text=text, book=book)
            yield PolicyDifference(where, what)
    for situation in Situation:
        spec, book_spec = policy.advice[situation], ADVICE[_MATRIX[situation]]
        if spec != book_spec:
            yield PolicyDifference(
                path_of("channels", "situations", situation.value),
                _built(
                    lambda lang, s=spec, b=book_spec, sit=situation: t("policy.diff.situation")(lang).format(
                        situation=t(f"channels.situation_labels.{sit.value}")(lang),
                        advice=describe_advice(s.channels, s.alternatives, s.fallback, s.escalation, lang),
                        book=_book_words(
                            lambda: describe_advice(
                                b.channels, b.alternatives, b.fallback, b.escalation, lang
                            )
                        ),
                    )
                ),
            )
    for playbook, notes in policy.notes.items():
        yield PolicyDifference(
            path_of("notes", playbook), t("policy.diff.notes").format(playbook=playbook, count=len(notes))
        )
    for q in policy.extra_questions:
        yield PolicyDifference(
            "danetor.questions",
            _built(lambda lang, q=q: t("policy.diff.question")(lang).format(id=q.id, text=q.text(lang))),
        )
    yield from _rule_differences(policy)


def _book_words(read: Callable[[], str]) -> str:
    """*read()* with no policy's wording in force: what the book itself says."""
    token = texts._overrides.set(None)
    try:
        return read()
    finally:
        texts._overrides.reset(token)


def _rule_differences(policy: Policy) -> Iterator[PolicyDifference]:
    from .rules import danetor as book
    from .shipped import builtin_table

    if policy._file.danetor.rules is None and not policy.extra_questions:
        return
    same_rules = policy.ruleset.canonical()["rules"] == book.DANETOR.canonical()["rules"] and [
        r.why for r in policy.ruleset.rules
    ] == [r.why for r in book.DANETOR.rules]
    if same_rules and not policy.extra_questions:
        return
    book_table = builtin_table("danetor")
    changed, total = [], 0
    for combo in policy.ruleset.combinations():
        total += 1
        values = tuple(combo.values())
        ours = policy.table.lookup(*values).outcome
        theirs = book_table.lookup(*values[: len(QUESTION_IDS)]).outcome
        if ours != theirs:
            changed.append((combo, ours, theirs))
    examples = Text.build(
        lambda lang: "; ".join(
            Text.of("policy.diff.example")(lang).format(
                answers=", ".join(f"{k}={v}" for k, v in combo.items()), verdict=ours, book=theirs
            )
            for combo, ours, theirs in changed[:3]
        )
    )
    if changed:
        yield PolicyDifference(
            "danetor.rules",
            Text.of("policy.diff.rules").format(count=len(changed), total=total, examples=examples),
        )
    elif not same_rules:
        yield PolicyDifference(
            "danetor.rules", Text.of("policy.diff.rules_same_verdicts").format(total=total)
        )


# -- danetor policy init -------------------------------------------------------------------------------------------


def _toml(value: Any) -> str:
    """*value* as a TOML value: strings, numbers, booleans, lists and inline tables."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return _number(value)
    if isinstance(value, str):
        import json

        return json.dumps(value, ensure_ascii=False).replace("\x7f", "\\u007f")
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_toml(v) for v in value) + "]"
    if isinstance(value, Mapping):
        return "{ " + ", ".join(f"{_key(k)} = {_toml(v)}" for k, v in value.items()) + " }" if value else "{}"
    raise TypeError(f"cannot write {type(value).__name__} as TOML")  # pragma: no cover


def _condition_data(cond: Any) -> dict[str, Any]:
    data = cond.model_dump(mode="json", by_alias=True)
    order = ["kind", "n", "field", "fields", "value", "of"]
    out = {k: data[k] for k in order if k in data}
    if "of" in out:
        of = cond.of
        out["of"] = [_condition_data(c) for c in of] if isinstance(of, tuple) else _condition_data(of)
    return out


#: the keys whose book wording ``policy init`` shows as commented examples
INIT_EXAMPLES = ("letter.greeting.named", "scripts.no.standard.1.refusal", "danetor.question.eba.short")


def init_template(lang: Lang | str = Lang.RU) -> str:
    """The policy file ``danetor policy init`` writes: every setting at the book's default, commented in *lang*,
    with commented examples of what a company may change. Loading it gives exactly the book's behaviour."""
    from .rules import danetor as book
    from .text import as_lang

    lang = as_lang(lang)

    def c(key: str, **values: Any) -> list[str]:
        text = Text.of(f"policy.init.{key}")(lang).format(**values)
        return ["# " + line if line else "#" for line in text.splitlines()]

    out: list[str] = [*c("header"), ""]
    out += [*c("languages"), f"languages = {_toml(['ru', 'en'])}", ""]
    out += [*c("currency"), 'currency = "RUB"', ""]

    def both(key: str) -> str:
        entry = texts.entry(f"policy.example.{key}")
        return _toml({"ru": entry.ru, "en": entry.en})

    example = {key: Text.of(f"policy.example.{key}")(lang) for key in ("name", "sender")}
    out += [
        "[company]",
        *c("company"),
        f"# name = {_toml(example['name'])}",
        f"# sender = {_toml(example['sender'])}",
        "",
    ]
    out += ["[channels]", *c("wait"), f"escalation_wait_minutes = {BOOK_WAIT_MINUTES}", ""]
    out += ["[channels.names]", *c("names")]
    for channel in Channel:
        key = f"channels.channel_labels.{channel.value}"
        entry = texts.entry(key)
        out.append(f"# {channel.value} = {_toml({'ru': entry.ru, 'en': entry.en})}")
    out += ["", "[channels.situations]", *c("situations")]
    for situation in Situation:
        spec = ADVICE[_MATRIX[situation]]
        data: dict[str, Any] = {"channels": [ch.value for ch in spec.channels]}
        if spec.alternatives:
            data["alternatives"] = [ch.value for ch in spec.alternatives]
        if spec.fallback:
            data["fallback"] = spec.fallback.value
        if spec.escalation:
            data["escalation"] = [item.channel.value for item in spec.escalation]
        out.append(f"{situation.value} = {_toml(data)}")
    out += ["", "[wordings]", *c("wordings")]
    for key in INIT_EXAMPLES:
        entry = texts.entry(key)
        out.append(f"# {_key(key)} = {_toml({'ru': entry.ru, 'en': entry.en})}")
    out += ["", "[notes]", *c("notes")]
    out += [f"# danetor = {both('note')}"]
    out += ["", "[danetor]", *c("questions")]
    out += [
        "# [[danetor.questions]]",
        '# id = "contract"',
        *(f"# {key} = {both('question.' + key)}" for key in ("text", "short", "help", "clarify")),
        "",
        *c("rules"),
    ]
    for rule in book.DANETOR.rules:
        out += [
            "",
            "[[danetor.rules]]",
            f"id = {_toml(rule.id)}",
            f"when = {_toml(_condition_data(rule.when))}",
            f"then = {_toml(str(rule.then))}",
            f"why = {_toml(rule.why)}",
        ]
    return "\n".join(out) + "\n"
