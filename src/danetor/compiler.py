"""The pure-Python reference compiler, and the verification every compiler shares.

A compiler turns a :class:`~danetor.rules.model.RuleSet` into a :class:`~danetor.tables.DecisionTable` (or a
:class:`~danetor.rules.model.Sequence` into a :class:`~danetor.tables.TransitionTable`) by asking, for every input
combination (every reachable state and event), which rules fire. Two compilers answer that question:

* durable_rules (:mod:`danetor.engine`), which compiles every built-in rule set **ahead of time**
  (``python -m danetor.compile``); its tables ship in the package;
* this module, which evaluates the same condition vocabulary directly in Python, on every Python. It compiles the
  rule sets defined at run time (a caller's own, a company policy's).

Both feed their answers through :func:`verify_ruleset` and :func:`explore`, so they verify alike and fail with the
same errors: :class:`~danetor.errors.GapError` for an input no rule matches, :class:`~danetor.errors.OverlapError`
for one that several rules match, and :class:`~danetor.errors.RuleSetError` for states never reached. The tests
prove that both compilers give identical tables for every built-in and for generated rule sets.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable

from .errors import GapError, OverlapError, RuleSetError
from .rules.model import RuleSet, Sequence
from .tables import DecisionTable, Move, Row, TransitionTable

__all__ = ["Hit", "compile_ruleset", "compile_sequence", "explore", "verify_ruleset"]

#: what one event did in one state, as a compiler saw it: (state, event, next state, accepted)
Hit = tuple[str, str, str, bool]


def verify_ruleset(ruleset: RuleSet, fire: Callable[[dict[str, str]], Iterable[str]]) -> DecisionTable:
    """The verified table of *ruleset*, where ``fire(combination)`` names the rules that matched it.

    Every combination must be matched by exactly one rule. A rule may be reported more than once (durable_rules
    fires a rule once per matching OR branch): rules are counted, not firings.
    """
    order = {rule.id: i for i, rule in enumerate(ruleset.rules)}
    rows: dict[tuple[str, ...], Row] = {}
    gaps, overlaps = [], []
    for combo in ruleset.combinations():
        hits = sorted(set(fire(combo)), key=order.__getitem__)
        if not hits:
            gaps.append((combo, ()))
        elif len(hits) > 1:
            overlaps.append((combo, hits))
        else:
            rows[tuple(combo.values())] = Row(outcome=str(ruleset.rule(hits[0]).then), rule=hits[0])
    if gaps:
        raise GapError(ruleset.name, gaps)
    if overlaps:
        raise OverlapError(ruleset.name, overlaps)
    return DecisionTable(ruleset=ruleset.name, inputs=tuple(i.name for i in ruleset.inputs), rows=rows)


def explore(sequence: Sequence, probe: Callable[[str, tuple[str, ...], str], list[Hit]]) -> TransitionTable:
    """The verified transition table of *sequence*, where ``probe(state, path, event)`` says what *event* does in
    *state* (reached from the initial state by the events of *path*).

    Every state reachable from the initial one is visited and every event is tried there. Each (state, event)
    must do exactly one thing: the declared transition, or the state's catch-all that rejects the event and stays.
    A state never reached is an error too.
    """
    events = tuple(e.value for e in sequence.events)
    moves: dict[tuple[str, str], Move] = {}
    paths: dict[str, tuple[str, ...]] = {sequence.initial: ()}
    queue = deque([sequence.initial])
    problems = []
    while queue:
        state = queue.popleft()
        for event in events:
            hits = probe(state, paths[state], event)
            if len(hits) != 1 or hits[0][0] != state:
                problems.append(({"state": state, "event": event}, [f"{h[0]}:{h[1]}->{h[2]}" for h in hits]))
                continue
            _, _, to, accepted = hits[0]
            moves[(state, event)] = Move(to=to, accepted=accepted)
            if to not in paths:
                paths[to] = (*paths[state], event)
                queue.append(to)
    if problems:
        error = OverlapError if any(p[1] for p in problems) else GapError
        raise error(sequence.name, problems)
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


def compile_ruleset(ruleset: RuleSet) -> DecisionTable:
    """Evaluate every rule of *ruleset* on every input combination, in Python, and verify the result."""
    return verify_ruleset(
        ruleset, lambda combo: [rule.id for rule in ruleset.rules if ruleset.rule_matches(rule, combo)]
    )


def compile_sequence(sequence: Sequence) -> TransitionTable:
    """Explore *sequence* state by state, in Python, into a verified transition table."""
    steps = {s.id: s for s in sequence.states}

    def probe(state: str, path: tuple[str, ...], event: str) -> list[Hit]:
        target = steps[state].on.get(event)
        return [(state, event, target, True)] if target is not None else [(state, "*", state, False)]

    return explore(sequence, probe)
