"""The rule vocabulary: rule sets and sequences as typed, frozen data.

A :class:`RuleSet` declares its inputs (each a ``StrEnum``), its rules (condition → outcome, with the key of the
text that explains it) and the type of its outcome. Conditions come from a small vocabulary — :class:`Eq`,
:class:`AtLeast`, :class:`AllOf`, :class:`AnyOf`, :class:`Not` and :class:`Otherwise` — and each one can

* render itself as readable text (for the docs and explanations), with the words a caller resolves;
* say whether it holds for given inputs (for the reference compiler, :mod:`danetor.compiler`), and
* compile itself to a durable_rules match expression (for the engine, ahead of time).

Rule data refers to texts by key (``title``, each input's ``label`` and value labels, each rule's ``why``) and
never imports them: the API modules resolve the keys through the text registry (:mod:`danetor.texts`), and
rendering takes a resolver from its caller.

Types are checked when the rule set is built: a condition naming an unknown input, a value outside the input's
enum or an outcome outside the outcome enum fails at definition time with the rule's id in the message.

A :class:`Sequence` is the same idea for ordered playbooks: states, the events each state accepts, and where each
event leads. The engine compiles it through a durable_rules statechart into a verified transition table.
"""

from __future__ import annotations

import hashlib
import itertools
import json
from collections.abc import Callable, Iterator, Mapping
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, PositiveInt, model_validator

__all__ = [
    "AllOf",
    "AnyOf",
    "AtLeast",
    "Condition",
    "Eq",
    "Input",
    "Not",
    "Otherwise",
    "Rule",
    "RuleSet",
    "Sequence",
    "Step",
    "TextKey",
    "fingerprint",
]

#: A condition as a durable_rules expression: plain JSON-like data (durable_rules itself is untyped).
Durable = dict[str, Any]

_ID = r"^[a-z][a-z0-9_]*$"
_RESERVED = frozenset({"sid", "id", "label", "chart", "event"})


class _Frozen(BaseModel):
    # defer_build: a model's validator is built on its first use, not at import; the command then pays only for
    # the vocabulary the rule sets it loads actually use (start-up matters: see benchmarks/bench_startup.py)
    model_config = ConfigDict(frozen=True, extra="forbid", arbitrary_types_allowed=True, defer_build=True)


#: the text keys of the words a rendered condition uses (resolved by the caller of :meth:`RuleSet.render_condition`)
WORDS = {
    "eq": "rules.condition.eq",
    "at_least": "rules.condition.at_least",
    "all": "rules.condition.all",
    "any": "rules.condition.any",
    "not": "rules.condition.not",
    "otherwise": "rules.condition.otherwise",
}


class _Labels:
    """How a condition names inputs, values and its own words when it renders: given by the rule set, with the
    caller's *resolve* (a text key → its text, in the caller's language)."""

    def __init__(self, inputs: Mapping[str, Input], resolve: Callable[[str], str]):
        self.inputs = inputs
        self.resolve = resolve

    def word(self, name: str) -> str:
        return self.resolve(WORDS[name])

    def field(self, name: str) -> str:
        return self.resolve(self.inputs[name].label)

    def value(self, name: str, value: str) -> str:
        return self.resolve(self.inputs[name].values[value])


class Eq(_Frozen):
    """The input *field* equals *value*."""

    kind: Literal["eq"] = "eq"
    field: str
    value: str

    def fields(self) -> set[str]:
        return {self.field}

    def checks(self) -> Iterator[tuple[str, str]]:
        yield self.field, self.value

    def to_durable(self, negate: bool = False) -> Durable:
        return {"$neq": {self.field: str(self.value)}} if negate else {self.field: str(self.value)}

    def matches(self, values: Mapping[str, str]) -> bool:
        return values[self.field] == self.value

    def render(self, labels: _Labels) -> str:
        return labels.word("eq").format(
            field=labels.field(self.field), value=labels.value(self.field, self.value)
        )


class AtLeast(_Frozen):
    """At least *n* of *fields* equal *value*."""

    kind: Literal["at_least"] = "at_least"
    n: PositiveInt
    fields_: tuple[str, ...] = Field(alias="fields", min_length=1)
    value: str

    # written as "fields" wherever it is dumped (a rule in ``danetor policy show --json`` too), as it is read
    model_config = ConfigDict(populate_by_name=True, serialize_by_alias=True)

    if TYPE_CHECKING:  # pragma: no cover - for type checkers only
        # The documented spelling is ``fields=`` (the alias); populate_by_name keeps ``fields_=`` working at run
        # time, but it makes pydantic's mypy plugin type __init__ by field name only, so the signature is said here.
        def __init__(
            self, *, n: int, fields: tuple[str, ...], value: str, kind: Literal["at_least"] = "at_least"
        ) -> None: ...

    @model_validator(mode="after")
    def _n_fits(self) -> AtLeast:
        if len(set(self.fields_)) != len(self.fields_):
            raise ValueError(f"at_least: fields repeat: {self.fields_}")
        if self.n > len(self.fields_):
            raise ValueError(f"at_least: n={self.n} is more than the {len(self.fields_)} fields given")
        return self

    def fields(self) -> set[str]:
        return set(self.fields_)

    def checks(self) -> Iterator[tuple[str, str]]:
        for f in self.fields_:
            yield f, self.value

    def to_durable(self, negate: bool = False) -> Durable:
        # "at least n equal v"        = OR over n-subsets of (AND of f == v)
        # "not at least n equal v"    = at least (k - n + 1) of the fields differ from v
        k = len(self.fields_)
        size, op = (k - self.n + 1, "$neq") if negate else (self.n, None)
        terms = []
        for subset in itertools.combinations(self.fields_, size):
            parts = [{op: {f: str(self.value)}} if op else {f: str(self.value)} for f in subset]
            terms.append(_join("$and", parts))
        return _join("$or", terms)

    def matches(self, values: Mapping[str, str]) -> bool:
        return sum(values[f] == self.value for f in self.fields_) >= self.n

    def render(self, labels: _Labels) -> str:
        first = self.fields_[0]
        return labels.word("at_least").format(
            n=self.n,
            fields=", ".join(labels.field(f) for f in self.fields_),
            value=labels.value(first, self.value),
        )


class AllOf(_Frozen):
    """Every condition in *of* holds."""

    kind: Literal["all"] = "all"
    of: tuple[Condition, ...] = Field(min_length=1)

    def fields(self) -> set[str]:
        return set().union(*(c.fields() for c in self.of))

    def checks(self) -> Iterator[tuple[str, str]]:
        for c in self.of:
            yield from c.checks()

    def to_durable(self, negate: bool = False) -> Durable:
        return _join("$or" if negate else "$and", [c.to_durable(negate) for c in self.of])

    def matches(self, values: Mapping[str, str]) -> bool:
        return all(c.matches(values) for c in self.of)

    def render(self, labels: _Labels) -> str:
        return labels.word("all").join(_wrap(c, labels) for c in self.of)


class AnyOf(_Frozen):
    """At least one condition in *of* holds."""

    kind: Literal["any"] = "any"
    of: tuple[Condition, ...] = Field(min_length=1)

    def fields(self) -> set[str]:
        return set().union(*(c.fields() for c in self.of))

    def checks(self) -> Iterator[tuple[str, str]]:
        for c in self.of:
            yield from c.checks()

    def to_durable(self, negate: bool = False) -> Durable:
        return _join("$and" if negate else "$or", [c.to_durable(negate) for c in self.of])

    def matches(self, values: Mapping[str, str]) -> bool:
        return any(c.matches(values) for c in self.of)

    def render(self, labels: _Labels) -> str:
        return labels.word("any").join(_wrap(c, labels) for c in self.of)


class Not(_Frozen):
    """The condition *of* does not hold."""

    kind: Literal["not"] = "not"
    of: Condition

    def fields(self) -> set[str]:
        return self.of.fields()

    def checks(self) -> Iterator[tuple[str, str]]:
        yield from self.of.checks()

    def to_durable(self, negate: bool = False) -> Durable:
        return self.of.to_durable(not negate)

    def matches(self, values: Mapping[str, str]) -> bool:
        return not self.of.matches(values)

    def render(self, labels: _Labels) -> str:
        return labels.word("not").format(cond=self.of.render(labels))


class Otherwise(_Frozen):
    """Matches exactly the inputs that no other rule of the rule set matches. Top level only, at most once."""

    kind: Literal["otherwise"] = "otherwise"

    def fields(self) -> set[str]:
        return set()

    def checks(self) -> Iterator[tuple[str, str]]:
        return iter(())

    def to_durable(self, negate: bool = False) -> Durable:  # pragma: no cover - resolved by RuleSet
        raise TypeError("Otherwise is resolved by its rule set; compile the rule set, not the condition")

    def matches(self, values: Mapping[str, str]) -> bool:  # pragma: no cover - resolved by RuleSet
        raise TypeError("Otherwise is resolved by its rule set; ask the rule set, not the condition")

    def render(self, labels: _Labels) -> str:
        return labels.word("otherwise")


Condition = Annotated[Eq | AtLeast | AllOf | AnyOf | Not | Otherwise, Field(discriminator="kind")]

# AllOf, AnyOf and Not refer to Condition, defined only now: being deferred (see _Frozen), they resolve it when
# first used, so no model_rebuild() is needed here


def _join(op: str, parts: list[Durable]) -> Durable:
    return parts[0] if len(parts) == 1 else {op: parts}


def _wrap(cond: Condition, labels: _Labels) -> str:
    text = cond.render(labels)
    return f"({text})" if isinstance(cond, (AllOf, AnyOf)) else text


def _nested_otherwise(cond: Condition) -> bool:
    if isinstance(cond, Otherwise):
        return True
    if isinstance(cond, (AllOf, AnyOf)):
        return any(_nested_otherwise(c) for c in cond.of)
    if isinstance(cond, Not):
        return _nested_otherwise(cond.of)
    return False


#: a text key: dotted lower-case parts, e.g. ``danetor.question.client.short``
TextKey = Annotated[str, Field(pattern=r"^[a-z0-9_]+(\.[a-z0-9_-]+)+$")]


class Input(_Frozen):
    """One input of a rule set: its name, its enum type, and the text keys of its label and of each value's."""

    name: str = Field(pattern=_ID)
    type: type[StrEnum]
    label: TextKey
    values: dict[str, TextKey]

    @model_validator(mode="after")
    def _labels_cover_enum(self) -> Input:
        if self.name in _RESERVED:
            raise ValueError(f"input {self.name!r}: the name is reserved by the engine ({sorted(_RESERVED)})")
        members = {m.value for m in self.type}
        if set(self.values) != members:
            raise ValueError(
                f"input {self.name!r}: value labels {sorted(self.values)} do not match {self.type.__name__} "
                f"members {sorted(members)}"
            )
        return self


class Rule(_Frozen):
    """One rule: when *when* holds, the outcome is *then*, for the reason *why*."""

    id: str = Field(pattern=_ID)
    when: Condition
    then: str
    why: TextKey


class RuleSet(_Frozen):
    """A complete, typed rule set over finite inputs. Verified total and unambiguous when compiled."""

    name: str = Field(pattern=_ID)
    title: TextKey
    inputs: tuple[Input, ...] = Field(min_length=1)
    outcome: type[StrEnum]
    rules: tuple[Rule, ...] = Field(min_length=1)

    @model_validator(mode="after")
    def _typecheck(self) -> RuleSet:
        names = [i.name for i in self.inputs]
        if len(set(names)) != len(names):
            raise ValueError(f"rule set {self.name!r}: input names repeat: {names}")
        ids = [r.id for r in self.rules]
        if len(set(ids)) != len(ids):
            raise ValueError(f"rule set {self.name!r}: rule ids repeat: {ids}")
        by_name = {i.name: i for i in self.inputs}
        outcomes = {o.value for o in self.outcome}
        otherwise = [r.id for r in self.rules if isinstance(r.when, Otherwise)]
        if len(otherwise) > 1:
            raise ValueError(f"rule set {self.name!r}: more than one 'otherwise' rule: {otherwise}")
        for rule in self.rules:
            where = f"rule set {self.name!r}, rule {rule.id!r}"
            if rule.then not in outcomes:
                raise ValueError(
                    f"{where}: outcome {rule.then!r} is not a {self.outcome.__name__} ({sorted(outcomes)})"
                )
            if not isinstance(rule.when, Otherwise) and _nested_otherwise(rule.when):
                raise ValueError(f"{where}: 'otherwise' may only stand alone as a rule's whole condition")
            for field, value in rule.when.checks():
                if field not in by_name:
                    raise ValueError(f"{where}: unknown input {field!r}; inputs are {names}")
                allowed = {m.value for m in by_name[field].type}
                if value not in allowed:
                    raise ValueError(
                        f"{where}: {field} cannot be {value!r}; {by_name[field].type.__name__} "
                        f"allows {sorted(allowed)}"
                    )
        return self

    # -- the input space -------------------------------------------------------------------------------
    def combinations(self) -> Iterator[dict[str, str]]:
        """Every input combination, in declaration order (the product of the input enums)."""
        for values in itertools.product(*([m.value for m in i.type] for i in self.inputs)):
            yield dict(zip((i.name for i in self.inputs), values, strict=True))

    def rule(self, rule_id: str) -> Rule:
        for rule in self.rules:
            if rule.id == rule_id:
                return rule
        raise KeyError(rule_id)

    # -- consumers -------------------------------------------------------------------------------------
    def condition_expr(self, rule: Rule) -> Durable:
        """The durable_rules match expression of *rule* (``otherwise`` becomes "none of the others")."""
        if isinstance(rule.when, Otherwise):
            others = [r.when for r in self.rules if r.id != rule.id]
            if not others:
                # A lone 'otherwise' matches everything: any declared input exists on every fact.
                return {"$ex": {self.inputs[0].name: 1}}
            # "none of the others", i.e. AnyOf(others) negated, without building a model just for that
            return _join("$and", [c.to_durable(negate=True) for c in others])
        return rule.when.to_durable()

    def rule_matches(self, rule: Rule, values: Mapping[str, str]) -> bool:
        """Does *rule* hold for *values* (input name → value)? ``otherwise`` holds when no other rule does.

        This is the meaning the durable_rules expression of :meth:`condition_expr` compiles; the reference
        compiler (:mod:`danetor.compiler`) evaluates it directly, and the tests prove the two agree.
        """
        if isinstance(rule.when, Otherwise):
            return not any(r.when.matches(values) for r in self.rules if r.id != rule.id)
        return rule.when.matches(values)

    def canonical(self) -> dict[str, Any]:
        """Everything that decides the table, as plain JSON data (texts left out): its fingerprint's input."""
        return {
            "kind": "ruleset",
            "name": self.name,
            "inputs": [{"name": i.name, "values": [m.value for m in i.type]} for i in self.inputs],
            "outcome": [m.value for m in self.outcome],
            "rules": [
                {"id": r.id, "when": r.when.model_dump(mode="json", by_alias=True), "then": str(r.then)}
                for r in self.rules
            ],
        }

    def render_condition(self, rule: Rule, resolve: Callable[[str], str]) -> str:
        """The condition of *rule* as readable text, its words and labels read through *resolve* (a text key →
        its text in the caller's language, e.g. ``lambda key: danetor.texts.get(key, "en")``)."""
        return rule.when.render(_Labels({i.name: i for i in self.inputs}, resolve))


class Step(_Frozen):
    """One state of a :class:`Sequence` and the events it accepts: ``{event: next state}``."""

    id: str = Field(pattern=_ID)
    on: dict[str, str] = Field(default_factory=dict)


class Sequence(_Frozen):
    """An ordered playbook as a state machine: states, the events each accepts, where each event leads.

    Events a state does not list are *rejected* in that state: the machine stays where it is and the caller is
    told which events were expected. Nothing is queued for later.
    """

    name: str = Field(pattern=_ID)
    events: type[StrEnum]
    states: tuple[Step, ...] = Field(min_length=1)
    initial: str
    final: tuple[str, ...] = ()

    @model_validator(mode="after")
    def _typecheck(self) -> Sequence:
        ids = [s.id for s in self.states]
        if len(set(ids)) != len(ids):
            raise ValueError(f"sequence {self.name!r}: state ids repeat: {ids}")
        if self.initial not in ids:
            raise ValueError(f"sequence {self.name!r}: initial state {self.initial!r} is not one of {ids}")
        events = {e.value for e in self.events}
        for state in self.states:
            for event, target in state.on.items():
                if event not in events:
                    raise ValueError(
                        f"sequence {self.name!r}, state {state.id!r}: unknown event {event!r}; "
                        f"{self.events.__name__} allows {sorted(events)}"
                    )
                if target not in ids:
                    raise ValueError(
                        f"sequence {self.name!r}, state {state.id!r}: event {event!r} leads to unknown "
                        f"state {target!r}"
                    )
        for f in self.final:
            if f not in ids:
                raise ValueError(f"sequence {self.name!r}: final state {f!r} is not one of {ids}")
        return self

    def canonical(self) -> dict[str, Any]:
        """Everything that decides the transition table, as plain JSON data: its fingerprint's input."""
        return {
            "kind": "sequence",
            "name": self.name,
            "events": [e.value for e in self.events],
            "states": [{"id": s.id, "on": dict(s.on)} for s in self.states],
            "initial": self.initial,
            "final": list(self.final),
        }

    def state(self, state_id: str) -> Step:
        for s in self.states:
            if s.id == state_id:
                return s
        raise KeyError(state_id)


def fingerprint(definition: RuleSet | Sequence) -> str:
    """A short hash of everything that decides *definition*'s table (its :meth:`~RuleSet.canonical` form).

    Every shipped table records the fingerprint of the definition it was compiled from, so a definition changed
    without recompiling is caught (``python -m danetor.compile --check`` and the drift test).
    """
    data = json.dumps(definition.canonical(), sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(data.encode("utf-8")).hexdigest()[:16]
