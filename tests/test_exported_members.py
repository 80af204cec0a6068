"""The public surface is pinned: widening it is a visible decision (as in httpx's test of the same name)."""

import danetor


def test_exported_members():
    assert sorted(danetor.__all__) == sorted(PINNED)
    for name in danetor.__all__:
        assert hasattr(danetor, name), name


def test_no_private_names_exported():
    assert all(not n.startswith("_") or n == "__version__" for n in danetor.__all__)


PINNED = [
    "Answer",
    "DanetorError",
    "Decision",
    "Flip",
    "InvalidInput",
    "Lang",
    "OutOfOrderError",
    "QUESTIONS",
    "Question",
    "Text",
    "Verdict",
    "__version__",
    "check",
]
