"""The verified tables at run time: shipped with the package for every built-in definition, compiled in Python for
any other.

Every built-in rule set and sequence is compiled through durable_rules **ahead of time**, by the build step
``python -m danetor.compile`` (:mod:`danetor.compile`), verified (no gap, no overlap, no unreachable state) and
written into ``danetor/_compiled/<name>.json``, which ships in the wheel. At run time :func:`compiled` reads that
file the first time a table is needed; it never imports durable_rules. A definition built at run time (a caller's
own rule set, a company policy's) is compiled by the pure-Python reference compiler (:mod:`danetor.compiler`),
which verifies it the same way and raises the same errors.

The tests prove the shipped tables identical to a fresh durable_rules compile (where durable_rules imports) and to
the reference compiler (everywhere), and each file records the fingerprint of the definition it came from.

Thread- and fork-safe: the first load of each table happens under a lock, and a child process gets a fresh lock
(:class:`danetor._sync.Lock`), so a fork while another thread is loading cannot leave the child waiting forever.
"""

from __future__ import annotations

import json
import os
import sys
import weakref
from collections.abc import Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from ._sync import Lock
from .errors import EngineError
from .tables import DecisionTable, TransitionTable

if TYPE_CHECKING:  # pragma: no cover - the vocabulary is imported only to compile a run-time definition
    from typing import Literal, overload

    from .rules.model import RuleSet, Sequence

__all__ = ["BUILTIN", "DATA", "builtin_definition", "builtin_table", "compiled", "is_builtin", "read"]

#: Where the shipped tables live: one ``<name>.json`` per built-in definition.
DATA = os.path.join(
    os.path.dirname(os.path.abspath(__file__)), "_compiled"
)  # a str: pathlib costs at start-up

#: Every built-in definition by name: the module that defines it and the attribute that holds it. The build step
#: compiles exactly these; a test checks that every RuleSet and Sequence the package defines is listed.
BUILTIN: Mapping[str, tuple[str, str]] = MappingProxyType(
    {
        "danetor": ("danetor.rules.danetor", "DANETOR"),
        "respond": ("danetor.rules.scripts", "RESPONSES"),
        "channels": ("danetor.rules.channels", "CHANNELS"),
        "escalation": ("danetor.rules.channels", "ESCALATION"),
        "failure_ours": ("danetor.rules.failure", "FAILURE_OURS"),
        "failure_third_party": ("danetor.rules.failure", "FAILURE_THIRD_PARTY"),
        "expectation_landing": ("danetor.rules.expectations", "LANDING"),
        "boiling": ("danetor.rules.boiling", "BOILING"),
        "kam": ("danetor.rules.kam", "KAM"),
        "archetypes": ("danetor.rules.archetypes", "ARCHETYPES"),
        "interview_verdict": ("danetor.rules.interview", "VERDICT"),
    }
)

# id(definition) -> (a weak reference to it, its table); an entry goes when its definition does, so a process that
# builds many rule sets (policies, say) does not keep them all
_cache: dict[int, tuple[weakref.ref[RuleSet | Sequence], DecisionTable | TransitionTable]] = {}
# reentrant: compiled() holds it while builtin_table() takes it too; fork-safe (see danetor._sync)
_lock = Lock(reentrant=True)


def builtin_definition(name: str) -> RuleSet | Sequence:
    """The built-in definition called *name* (imports its module)."""
    import importlib

    module, attribute = BUILTIN[name]
    definition: RuleSet | Sequence = getattr(importlib.import_module(module), attribute)
    return definition


def is_builtin(definition: RuleSet | Sequence) -> bool:
    """Is *definition* the very object of a built-in (not merely one with the same name)?"""
    spec = BUILTIN.get(definition.name)
    if spec is None:
        return False
    module = sys.modules.get(spec[0])
    return module is not None and getattr(module, spec[1], None) is definition


def read(name: str) -> dict[str, Any]:
    """The shipped file of built-in *name*: ``{"fingerprint", "compiler", "table"}``."""
    path = os.path.join(DATA, f"{name}.json")
    try:
        with open(path, encoding="utf-8") as f:
            data: dict[str, Any] = json.load(f)
            return data
    except (OSError, ValueError) as exc:
        raise EngineError(
            f"the compiled table of {name!r} is missing or unreadable ({path}: {exc}); reinstall danetor, or in a "
            "source tree run `python -m danetor.compile` under Python 3.11 or 3.12 with durable-rules installed"
        ) from None


_builtin_tables: dict[str, DecisionTable | TransitionTable] = {}

if TYPE_CHECKING:  # pragma: no cover
    # The built-in names whose definition is a rule set (a decision table) or a sequence (a transition table), for
    # the type checker: ``builtin_table("danetor").lookup(...)`` needs no narrowing (tests/test_typing.py checks
    # them against BUILTIN).
    DecisionName = Literal[
        "danetor", "respond", "channels", "boiling", "kam", "archetypes", "interview_verdict"
    ]
    SequenceName = Literal["escalation", "failure_ours", "failure_third_party", "expectation_landing"]

if TYPE_CHECKING:  # pragma: no cover - overloads here cost nothing at start-up (check() reads a table)

    @overload
    def builtin_table(name: DecisionName) -> DecisionTable: ...
    @overload
    def builtin_table(name: SequenceName) -> TransitionTable: ...
    @overload
    def builtin_table(name: str) -> DecisionTable | TransitionTable: ...


def builtin_table(name: str) -> DecisionTable | TransitionTable:
    """The shipped table of built-in *name*, read once per process (thread-safely), without building the
    definition itself: what a hot path such as :func:`danetor.check` uses."""
    table = _builtin_tables.get(name)
    if table is None:
        with _lock:
            table = _builtin_tables.get(name)
            if table is None:
                data = read(name)["table"]
                table = (
                    DecisionTable.from_data(data)
                    if data["kind"] == "decision"
                    else TransitionTable.from_data(data)
                )
                _builtin_tables[name] = table
    return table


def _load(definition: RuleSet | Sequence) -> DecisionTable | TransitionTable:
    if is_builtin(definition):
        return builtin_table(definition.name)
    from . import compiler
    from .rules.model import RuleSet

    if isinstance(definition, RuleSet):
        return compiler.compile_ruleset(definition)
    return compiler.compile_sequence(definition)


if TYPE_CHECKING:  # pragma: no cover

    @overload
    def compiled(definition: RuleSet) -> DecisionTable: ...
    @overload
    def compiled(definition: Sequence) -> TransitionTable: ...
    @overload
    def compiled(definition: RuleSet | Sequence) -> DecisionTable | TransitionTable: ...


def compiled(definition: RuleSet | Sequence) -> DecisionTable | TransitionTable:
    """The verified table of *definition*: the shipped one for a built-in, otherwise compiled by the reference
    compiler (which raises :class:`~danetor.errors.GapError`, :class:`~danetor.errors.OverlapError` or
    :class:`~danetor.errors.RuleSetError` for a definition that is not total, unambiguous and connected).

    Loaded or compiled once per process and definition, thread-safely; every later call is a dictionary lookup.
    """
    key = id(definition)
    hit = _cache.get(key)
    if hit is not None and hit[0]() is definition:
        return hit[1]
    with _lock:
        hit = _cache.get(key)
        if hit is not None and hit[0]() is definition:
            return hit[1]
        table = _load(definition)
        _cache[key] = (weakref.ref(definition), table)
        weakref.finalize(definition, _cache.pop, key, None)
        return table
