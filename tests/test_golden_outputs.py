"""Every public output, compared with the snapshot in ``tests/golden/outputs.json`` (see ``golden_outputs.py``)."""

from __future__ import annotations

import json

import pytest

from golden_outputs import GOLDEN, snapshot


@pytest.fixture(scope="module")
def current() -> dict[str, str]:
    return snapshot()


def test_the_same_cases_are_covered(current):
    pinned = json.loads(GOLDEN.read_text(encoding="utf-8"))
    assert sorted(current) == sorted(pinned)


def test_every_output_matches_the_snapshot(current):
    pinned = json.loads(GOLDEN.read_text(encoding="utf-8"))
    changed = [key for key in sorted(pinned) if current.get(key) != pinned[key]]
    assert not changed, (
        f"{len(changed)} outputs differ from tests/golden/outputs.json, first {changed[:5]}; if the change is "
        "intended, run `.venv/bin/python tests/golden_outputs.py --write` and review the diff"
    )
