"""Hypothesis: a policy's wording of any text, or its name for a channel, shows exactly where the book's text of
that key shows, in the languages the override is given in, and nowhere else: every other output of the golden
snapshot (every public function and playbook, in both languages) stays the book's, byte for byte (issue 18)."""

from __future__ import annotations

import functools

from hypothesis import given, settings

from danetor import Policy, texts
from golden_outputs import _cases
from strategies import POLICY_MARK, policy_overrides


@functools.cache
def _traced() -> tuple[dict[str, str], dict[str, frozenset[tuple[str, str]]]]:
    """The book's output of every library case of the snapshot, and the (key, lang) pairs each one may read: what
    its own call reads, and what the snapshot read while it made the objects the case uses (a playbook's document
    is built once for the cases that render it, and builds some of its texts right away)."""
    read: set[tuple[str, str]] = set()
    real = texts.get

    def tracing(key: str, lang: str) -> str:
        read.add((key, lang))
        return real(key, lang)

    outputs, reads = {}, {}
    built: frozenset[tuple[str, str]] = frozenset()
    texts.get = tracing
    try:
        cases = _cases()
        while True:
            read.clear()
            try:
                name, make = next(cases)
            except StopIteration:
                break
            if read:  # the snapshot built new objects before this case: they serve it and the cases after it
                built = frozenset(read)
            read.clear()
            outputs[name] = make()
            reads[name] = frozenset(read) | built
    finally:
        texts.get = real
    return outputs, reads


def _keys() -> list[str]:
    """Keys some case reads, whose wording a policy may change (a quotation's it may not)."""
    _, reads = _traced()
    used = sorted({key for pairs in reads.values() for key, _ in pairs})
    return [k for k in used if texts.entry(k).kind != "quote"]


def test_the_trace_sees_the_texts():
    outputs, reads = _traced()
    assert len(outputs) > 400 and sum(bool(r) for r in reads.values()) > 0.8 * len(outputs)
    assert len(_keys()) > 300


@settings(max_examples=40)
@given(policy_overrides(_keys()))
def test_a_wording_shows_where_its_key_is_read_and_nowhere_else(override):
    data, key, langs = override
    book, reads = _traced()
    with Policy.from_data(data) as policy:
        assert policy.differences()
        ours = {name: make() for name, make in _cases()}
    readers = {name for name, pairs in reads.items() if any((key, lang) in pairs for lang in langs)}
    for name, text in ours.items():
        if name not in readers:
            assert text == book[name], f"{key} ({langs}) changed {name}, which never reads it"
        else:
            assert POLICY_MARK not in book[name]
    shown = {name for name, text in ours.items() if POLICY_MARK in text}
    assert shown <= readers, f"{key} shows in {sorted(shown - readers)[:3]}"
    assert shown, f"{key} ({langs}) is read by {sorted(readers)[:3]} but shows nowhere"
