"""The engine adapter: the only module that imports durable_rules.

It compiles a :class:`~danetor.rules.model.RuleSet` by feeding *every* input combination through durable_rules
and records which rules fired; the answers become a :class:`~danetor.tables.DecisionTable`, verified to hold
exactly one rule for each input (no gap, no overlap). A :class:`~danetor.rules.model.Sequence` compiles the same
way through a durable_rules statechart, explored state by state, into a verified
:class:`~danetor.tables.TransitionTable`. Calls after that are dictionary lookups.

durable-rules 2.0.28 pitfalls handled here (see DESIGN.md):

* ``engine.Host`` starts dispatcher threads that call the unlocked C engine: we use a private host whose
  ``_run`` does nothing, and every call goes through one lock;
* at most 1024 live sids per ruleset: every sid is deleted in a ``finally``;
* an exception inside an action is swallowed into ``state['exception']``: checked after every call;
* an input no rule matches raises ``MessageNotHandledException``: that is how a gap shows up;
* actions take exactly one parameter (two would make them async);
* ``set_rulesets`` mutates its argument: it gets a fresh dict;
* a statechart's start state is the one state no transition targets, so self-transitions (our "reject" catch-all)
  would leave none: a pseudo start state, left by a private ``_begin`` event, is added.

durable_rules itself is imported lazily, on the first compile, so that ``import danetor`` and ``danetor --help``
stay cheap.
"""

from __future__ import annotations

import itertools
import threading
from collections import deque
from collections.abc import Callable
from typing import TypeVar

from .errors import EngineError, GapError, OverlapError, RuleSetError
from .rules.model import RuleSet, Sequence
from .tables import DecisionTable, Move, Row, TransitionTable

__all__ = ["compile_ruleset", "compile_sequence", "compiled", "durable_definition"]

_lock = threading.RLock()
_host = None
_names = itertools.count()
_START = "_start"
_BEGIN = "_begin"


def _get_host():
    """The one private durable_rules host of this process (created on first use, under the lock)."""
    global _host
    if _host is None:
        from durable import engine as _durable

        class _QuietHost(_durable.Host):
            """A host that never starts the dispatcher threads (they race the unlocked C engine)."""

            def _run(self) -> None:
                return None

        _host = _QuietHost()
    return _host


def _not_handled():
    from durable.engine import MessageNotHandledException

    return MessageNotHandledException


def _check_state(where: str, state) -> None:
    if not isinstance(state, dict):
        raise EngineError(f"{where}: durable_rules returned no state ({state!r})")
    if state.get("exception"):
        detail = str(state["exception"]).split(", traceback ")[0].removeprefix("exception caught ")
        raise EngineError(f"{where}: an action raised inside durable_rules: {detail}")


def durable_definition(ruleset: RuleSet, action: Callable[[str], Callable]) -> dict:
    """The durable_rules JSON ruleset of *ruleset*, with ``action(rule_id)`` as each rule's action.

    A condition whose expression is a top-level OR becomes one durable rule per branch (``id__0``, ``id__1``…),
    all running the action of the same rule id: durable_rules caps the size of one rule's expression
    (``ERR_EXPRESSION_LIMIT_EXCEEDED``), and "at least n of k" expands to C(k, n) branches.
    """
    definition = {}
    for rule in ruleset.rules:
        expr = ruleset.condition_expr(rule)
        branches = expr["$or"] if set(expr) == {"$or"} else [expr]
        for i, branch in enumerate(branches):
            key = rule.id if len(branches) == 1 else f"{rule.id}__{i}"
            definition[key] = {"all": [{"m": branch}], "run": action(rule.id)}
    return definition


def _register(host, name: str, definition: dict, what: str) -> None:
    """``set_rulesets`` with a fresh dict (it mutates its argument), durable's errors made readable."""
    try:
        host.set_rulesets({name: dict(definition)})
    except Exception as exc:  # durable_rules_engine.error is a bare C-extension exception type
        hint = ""
        if "error code: 113" in str(exc):
            hint = (
                "; a condition is too large for durable_rules (ERR_EXPRESSION_LIMIT_EXCEEDED): split the rule"
            )
        raise RuleSetError(f"{what}: durable_rules rejected the definition: {exc}{hint}") from None


def compile_ruleset(ruleset: RuleSet) -> DecisionTable:
    """Run every input combination of *ruleset* through durable_rules and verify the result.

    Raises :class:`~danetor.errors.GapError` or :class:`~danetor.errors.OverlapError` naming the rule set, the
    inputs and the rules involved.
    """
    not_handled = _not_handled()
    with _lock:
        host = _get_host()
        name = f"{ruleset.name}_{next(_names)}"
        fired: list[str] = []

        def action(rule_id: str):
            def run(c) -> None:  # one parameter: durable treats two as async
                fired.append(rule_id)

            return run

        _register(host, name, durable_definition(ruleset, action), f"rule set {ruleset.name!r}")
        order = {rule.id: i for i, rule in enumerate(ruleset.rules)}
        rows: dict[tuple[str, ...], Row] = {}
        gaps, overlaps = [], []
        for i, combo in enumerate(ruleset.combinations()):
            sid = str(i)
            fired.clear()
            try:
                state = host.assert_fact(name, {"sid": sid, **combo})
                _check_state(f"rule set {ruleset.name!r}", state)
            except not_handled:
                gaps.append((combo, ()))
                continue
            finally:
                host.delete_state(name, sid)
            # a rule whose condition is an OR fires once per matching branch: count rules, not firings
            hits = sorted(set(fired), key=order.__getitem__)
            if not hits:
                raise EngineError(f"rule set {ruleset.name!r}: {combo} was handled but no action ran")
            if len(hits) > 1:
                overlaps.append((combo, hits))
                continue
            rows[tuple(combo.values())] = Row(outcome=ruleset.rule(hits[0]).then, rule=hits[0])
    if gaps:
        raise GapError(ruleset.name, gaps)
    if overlaps:
        raise OverlapError(ruleset.name, overlaps)
    return DecisionTable(ruleset=ruleset.name, inputs=tuple(i.name for i in ruleset.inputs), rows=rows)


def compile_sequence(sequence: Sequence) -> TransitionTable:
    """Compile *sequence* through a durable_rules statechart and explore it into a verified transition table.

    Every state reachable from the initial one is visited (by replaying the path that reaches it on a fresh
    session) and every event is tried there. Each (state, event) must fire exactly one transition: the declared
    one, or the state's catch-all that rejects the event and stays. Unreachable states are an error too.
    """
    events = tuple(e.value for e in sequence.events)
    with _lock:
        host = _get_host()
        name = f"{sequence.name}_{next(_names)}"
        fired: list[tuple[str, str, str, bool]] = []

        def action(state: str, event: str, to: str, accepted: bool):
            def run(c) -> None:
                fired.append((state, event, to, accepted))

            return run

        chart: dict[str, dict] = {
            _START: {
                "begin": {
                    "all": [{"m": {"event": _BEGIN}}],
                    "to": sequence.initial,
                    "run": action(_START, _BEGIN, sequence.initial, True),
                }
            }
        }
        for step in sequence.states:
            triggers: dict[str, dict] = {}
            for event, target in step.on.items():
                triggers[f"on_{event}"] = {
                    "all": [{"m": {"event": event}}],
                    "to": target,
                    "run": action(step.id, event, target, True),
                }
            others = [{"$neq": {"event": e}} for e in step.on]
            catch_all = (
                {"$and": others} if len(others) > 1 else (others[0] if others else {"$ex": {"event": 1}})
            )
            triggers["reject"] = {
                "all": [{"m": catch_all}],
                "to": step.id,
                "run": action(step.id, "*", step.id, False),
            }
            chart[step.id] = triggers
        _register(host, f"{name}$state", chart, f"sequence {sequence.name!r}")

        sids = itertools.count()

        def probe(path: tuple[str, ...], event: str) -> list[tuple[str, str, str, bool]]:
            sid = f"p{next(sids)}"
            try:
                for e in (_BEGIN, *path, event):
                    fired.clear()
                    state = host.post(name, {"sid": sid, "event": e})
                    _check_state(f"sequence {sequence.name!r}", state)
                return list(fired)
            finally:
                host.delete_state(name, sid)

        moves: dict[tuple[str, str], Move] = {}
        paths = {sequence.initial: ()}
        queue = deque([sequence.initial])
        problems = []
        while queue:
            state = queue.popleft()
            for event in events:
                hits = probe(paths[state], event)
                if len(hits) != 1 or hits[0][0] != state:
                    problems.append(
                        ({"state": state, "event": event}, [f"{h[0]}:{h[1]}->{h[2]}" for h in hits])
                    )
                    continue
                _, _, to, accepted = hits[0]
                moves[(state, event)] = Move(to=to, accepted=accepted)
                if to not in paths:
                    paths[to] = (*paths[state], event)
                    queue.append(to)
    if problems:
        raise (
            OverlapError(sequence.name, problems)
            if any(p[1] for p in problems)
            else GapError(sequence.name, problems)
        )
    unreachable = [s.id for s in sequence.states if s.id not in paths]
    if unreachable:
        raise RuleSetError(
            f"sequence {sequence.name!r}: states never reached from {sequence.initial!r}: {unreachable}"
        )
    return TransitionTable(
        sequence=sequence.name,
        initial=sequence.initial,
        states=tuple(s.id for s in sequence.states),
        events=events,
        moves=moves,
    )


T = TypeVar("T")
_cache: dict[int, tuple[object, object]] = {}


def compiled(definition: RuleSet | Sequence) -> DecisionTable | TransitionTable:
    """The verified table of *definition*, compiled once per process (lazily, thread-safely)."""
    key = id(definition)
    hit = _cache.get(key)
    if hit is not None and hit[0] is definition:
        return hit[1]  # type: ignore[return-value]
    with _lock:
        hit = _cache.get(key)
        if hit is not None and hit[0] is definition:
            return hit[1]  # type: ignore[return-value]
        table = (
            compile_ruleset(definition) if isinstance(definition, RuleSet) else compile_sequence(definition)
        )
        _cache[key] = (definition, table)
        return table
