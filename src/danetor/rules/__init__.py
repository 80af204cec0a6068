"""Rule data: rule sets and sequences as typed, frozen data that refers to its texts by key."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .._sync import Lock

__all__ = ["lazy"]


def lazy(namespace: dict[str, Any], builders: dict[str, Callable[[], Any]]) -> Callable[[str], Any]:
    """A module ``__getattr__`` (PEP 562) that builds each name of *builders* on first access, once, under a lock,
    and stores it in the module's *namespace*: a rule set the hot paths never need (they read its shipped table by
    name) then costs nothing at import."""
    lock = Lock()
    module = namespace["__name__"]

    def __getattr__(name: str) -> Any:
        build = builders.get(name)
        if build is None:
            raise AttributeError(f"module {module!r} has no attribute {name!r}")
        with lock:
            if name not in namespace:
                namespace[name] = build()
        return namespace[name]

    return __getattr__
