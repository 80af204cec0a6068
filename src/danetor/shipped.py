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
(``os.register_at_fork``), so a fork while another thread is loading cannot leave the child waiting forever.
"""

from __future__ import annotations

import json
import os
import sys
import threading
import weakref
from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType
from typing import Any

from .errors import EngineError
from .rules.model import RuleSet, Sequence
from .tables import DecisionTable, TransitionTable

__all__ = ["BUILTIN", "DATA", "builtin_definition", "compiled", "is_builtin", "read"]

#: Where the shipped tables live: one ``<name>.json`` per built-in definition.
DATA = Path(__file__).parent / "_compiled"

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
    }
)

# id(definition) -> (a weak reference to it, its table); an entry goes when its definition does, so a process that
# builds many rule sets (policies, say) does not keep them all
_cache: dict[int, tuple[weakref.ref, DecisionTable | TransitionTable]] = {}
_lock = threading.Lock()


def _fresh_lock() -> None:
    global _lock
    _lock = threading.Lock()


if hasattr(os, "register_at_fork"):  # POSIX
    os.register_at_fork(after_in_child=_fresh_lock)


def builtin_definition(name: str) -> RuleSet | Sequence:
    """The built-in definition called *name* (imports its module)."""
    import importlib

    module, attribute = BUILTIN[name]
    return getattr(importlib.import_module(module), attribute)


def is_builtin(definition: RuleSet | Sequence) -> bool:
    """Is *definition* the very object of a built-in (not merely one with the same name)?"""
    spec = BUILTIN.get(definition.name)
    if spec is None:
        return False
    module = sys.modules.get(spec[0])
    return module is not None and getattr(module, spec[1], None) is definition


def read(name: str) -> dict[str, Any]:
    """The shipped file of built-in *name*: ``{"fingerprint", "compiler", "table"}``."""
    path = DATA / f"{name}.json"
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise EngineError(
            f"the compiled table of {name!r} is missing or unreadable ({path}: {exc}); reinstall danetor, or in a "
            "source tree run `python -m danetor.compile` under Python 3.11 or 3.12 with durable-rules installed"
        ) from None


def _load(definition: RuleSet | Sequence) -> DecisionTable | TransitionTable:
    if is_builtin(definition):
        data = read(definition.name)["table"]
        return (
            DecisionTable.from_data(data) if data["kind"] == "decision" else TransitionTable.from_data(data)
        )
    from . import compiler

    if isinstance(definition, RuleSet):
        return compiler.compile_ruleset(definition)
    return compiler.compile_sequence(definition)


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
