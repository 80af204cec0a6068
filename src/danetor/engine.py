"""The engine adapter: the only module that imports durable_rules. It runs ahead of time, never at run time.

``python -m danetor.compile`` (the build step, :mod:`danetor.compile`) and the tests run it, in a worker process of
its own (:func:`serve`, ``python -m danetor.engine``); the library itself loads the tables it wrote
(:mod:`danetor.shipped`) and never imports this module. It compiles a :class:`~danetor.rules.model.RuleSet` by feeding *every* input combination through durable_rules
and records which rules fired; the answers become a :class:`~danetor.tables.DecisionTable`, verified to hold
exactly one rule for each input (no gap, no overlap). A :class:`~danetor.rules.model.Sequence` compiles the same
way through a durable_rules statechart, explored state by state, into a verified
:class:`~danetor.tables.TransitionTable`. Calls after that are dictionary lookups.

durable-rules 2.0.28 pitfalls handled here (see DESIGN.md):

* ``engine.Host`` starts dispatcher threads that call the unlocked C engine: we use a private host whose
  ``_run`` does nothing, and every call goes through one lock;
* at most 1024 live sids per ruleset: every handled sid is deleted at once; an unhandled one cannot be (deleting
  it frees an uninitialised pointer), so the rule set is registered afresh before 1024 of those pile up;
* an exception inside an action is swallowed into ``state['exception']``: checked after every call;
* an input no rule matches raises ``MessageNotHandledException``: that is how a gap shows up;
* actions take exactly one parameter (two would make them async);
* ``set_rulesets`` mutates its argument (it pops every rule's ``'run'``): it gets a deep copy;
* a statechart's start state is the one state no transition targets, so self-transitions (our "reject" catch-all)
  would leave none: a pseudo start state, left by a private ``_begin`` event, is added.

durable-rules 2.0.28 is C source that builds with gcc and imports only on CPython 3.11 and 3.12, so it is an
optional dependency (the ``compile`` extra). durable_rules itself is imported on the first compile.
"""

from __future__ import annotations

import copy
import itertools
import threading
from collections.abc import Callable
from typing import Any

from .compiler import Hit, explore, verify_ruleset
from .errors import EngineError, RuleSetError
from .rules.model import RuleSet, Sequence
from .tables import DecisionTable, TransitionTable

__all__ = ["compile_ruleset", "compile_sequence", "durable_definition", "serve"]

#: durable_rules has neither annotations nor stubs: what it takes and returns is Any, declared where it enters.
#: A durable_rules definition (a rule set's rules, a statechart's states) as plain JSON-like data.
Durable = dict[str, Any]
#: A rule's action as durable_rules calls it: one parameter, the session context (two would make it async).
Action = Callable[[Any], None]

_lock = threading.RLock()
#: durable-rules 2.0.28 leaves a session's context pointers uninitialised when no rule handles its fact
#: (createStateNode in src/rules/state.c), so deleting such a session frees garbage: "free(): invalid pointer", or a
#: segfault, depending on what the heap held. Those sessions are left alone instead; a rule set registration holds
#: at most 1024 live sessions, so a fresh registration takes over after this many.
_UNHANDLED_LIMIT = 1000
_host: Any = None  # the durable_rules host, created on first use
_names = itertools.count()
_START = "_start"
_BEGIN = "_begin"


def _get_host() -> Any:
    """The one private durable_rules host of this process (created on first use, under the lock)."""
    global _host
    if _host is None:
        from durable import engine as _durable

        class _QuietHost(_durable.Host):  # type: ignore[misc]  # durable_rules is untyped: Host is Any
            """A host that never starts the dispatcher threads (they race the unlocked C engine)."""

            def _run(self) -> None:
                return None

        _host = _QuietHost()
    return _host


def _not_handled() -> type[Exception]:
    from durable.engine import MessageNotHandledException

    exception: type[Exception] = MessageNotHandledException
    return exception


def _check_state(where: str, state: Any) -> None:
    if not isinstance(state, dict):
        raise EngineError(f"{where}: durable_rules returned no state ({state!r})")
    if state.get("exception"):
        detail = str(state["exception"]).split(", traceback ")[0].removeprefix("exception caught ")
        raise EngineError(f"{where}: an action raised inside durable_rules: {detail}")


def durable_definition(ruleset: RuleSet, action: Callable[[str], Action]) -> Durable:
    """The durable_rules JSON ruleset of *ruleset*, with ``action(rule_id)`` as each rule's action.

    A condition whose expression is a top-level OR becomes one durable rule per branch (``id__0``, ``id__1``…),
    all running the action of the same rule id: durable_rules caps the size of one rule's expression
    (``ERR_EXPRESSION_LIMIT_EXCEEDED``), and "at least n of k" expands to C(k, n) branches.
    """
    definition: Durable = {}
    for rule in ruleset.rules:
        expr = ruleset.condition_expr(rule)
        branches = expr["$or"] if set(expr) == {"$or"} else [expr]
        for i, branch in enumerate(branches):
            key = rule.id if len(branches) == 1 else f"{rule.id}__{i}"
            definition[key] = {"all": [{"m": branch}], "run": action(rule.id)}
    return definition


def _register(host: Any, name: str, definition: Durable, what: str) -> None:
    """``set_rulesets`` with a fresh deep copy (it pops ``'run'`` from every rule of its argument), durable's errors
    made readable."""
    try:
        host.set_rulesets({name: copy.deepcopy(definition)})
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
    inputs and the rules involved (the verification is :func:`danetor.compiler.verify_ruleset`, shared with the
    reference compiler).
    """
    not_handled = _not_handled()
    with _lock:
        host = _get_host()
        fired: list[str] = []
        sids = itertools.count()

        def action(rule_id: str) -> Action:
            def run(c: Any) -> None:  # one parameter: durable treats two as async
                fired.append(rule_id)

            return run

        definition = durable_definition(ruleset, action)
        # A session whose fact no rule handled must not be deleted (see _UNHANDLED_LIMIT); they stay live, and
        # the rule set is registered afresh, under a new name, before a copy reaches durable's cap on live sids.
        current_name = ""
        unhandled = _UNHANDLED_LIMIT

        def fire(combo: dict[str, str]) -> list[str]:
            nonlocal current_name, unhandled
            if unhandled >= _UNHANDLED_LIMIT:
                current_name = f"{ruleset.name}_{next(_names)}"
                unhandled = 0
                _register(host, current_name, definition, f"rule set {ruleset.name!r}")
            name, sid = current_name, str(next(sids))
            fired.clear()
            try:
                state = host.assert_fact(name, {"sid": sid, **combo})
            except not_handled:
                unhandled += 1
                return []
            host.delete_state(name, sid)
            _check_state(f"rule set {ruleset.name!r}", state)
            if not fired:
                raise EngineError(f"rule set {ruleset.name!r}: {combo} was handled but no action ran")
            return list(fired)

        return verify_ruleset(ruleset, fire)


def compile_sequence(sequence: Sequence) -> TransitionTable:
    """Compile *sequence* through a durable_rules statechart and explore it into a verified transition table.

    Every state reachable from the initial one is visited (by replaying the path that reaches it on a fresh
    session) and every event is tried there (:func:`danetor.compiler.explore`). Each (state, event) must fire
    exactly one transition: the declared one, or the state's catch-all that rejects the event and stays.
    Unreachable states are an error too.
    """
    with _lock:
        host = _get_host()
        name = f"{sequence.name}_{next(_names)}"
        fired: list[Hit] = []

        def action(state: str, event: str, to: str, accepted: bool) -> Action:
            def run(c: Any) -> None:
                fired.append((state, event, to, accepted))

            return run

        chart: dict[str, Durable] = {
            _START: {
                "begin": {
                    "all": [{"m": {"event": _BEGIN}}],
                    "to": sequence.initial,
                    "run": action(_START, _BEGIN, sequence.initial, True),
                }
            }
        }
        for step in sequence.states:
            triggers: Durable = {}
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

        def probe(state: str, path: tuple[str, ...], event: str) -> list[Hit]:
            sid = f"p{next(sids)}"
            try:
                for e in (_BEGIN, *path, event):
                    fired.clear()
                    result = host.post(name, {"sid": sid, "event": e})
                    _check_state(f"sequence {sequence.name!r}", result)
                return list(fired)
            finally:
                host.delete_state(name, sid)

        return explore(sequence, probe)


# -- the worker process ---------------------------------------------------------------------------------------
# durable_rules' C engine crashes now and then (a segmentation fault or an invalid free in deleteStateNode, which
# depends on the memory layout of the process, not on the rule set: seen here with valgrind). So the build step
# and the tests never run it in their own process: they send each definition to `python -m danetor.engine`, a
# worker that compiles it and sends back the table or the error (danetor.compile.DurableProcess), and a worker
# that dies is replaced and the definition tried again.


def _result(definition: RuleSet | Sequence) -> tuple[Any, ...]:
    """Compile *definition*; the table's JSON data, or the error as plain data (errors do not pickle alike)."""
    from .errors import DanetorError, GapError, OverlapError

    try:
        table = (
            compile_ruleset(definition) if isinstance(definition, RuleSet) else compile_sequence(definition)
        )
    except (GapError, OverlapError) as exc:
        return ("error", type(exc).__name__, (exc.ruleset, exc.cases))
    except DanetorError as exc:
        return ("error", type(exc).__name__, (str(exc),))
    return ("table", table.to_data())


def serve() -> None:
    """The worker loop: read length-prefixed pickled definitions on stdin, write pickled results on stdout."""
    import os
    import pickle
    import signal
    import struct

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle; it stops this worker
    requests = os.fdopen(os.dup(0), "rb")
    replies = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)  # anything durable_rules prints goes to stderr, never into the replies
    _not_handled()  # import durable_rules now: a worker that cannot import it fails at once, with the reason
    while True:
        header = requests.read(4)
        if len(header) < 4:
            return
        definition = pickle.loads(requests.read(struct.unpack(">I", header)[0]))
        reply = pickle.dumps(_result(definition))
        replies.write(struct.pack(">I", len(reply)) + reply)
        replies.flush()


if __name__ == "__main__":
    serve()
