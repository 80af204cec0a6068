"""Names renamed in 0.2.0 keep working through 0.x: a module's ``__getattr__`` (PEP 562) hands out the new object
under the old name, with a :class:`DeprecationWarning` that names the replacement."""

from __future__ import annotations

import warnings
from collections.abc import Callable, Mapping
from typing import Any

__all__ = ["renamed"]


def renamed(module: str, names: Mapping[str, str], namespace: Mapping[str, Any]) -> Callable[[str], Any]:
    """A module ``__getattr__`` for *module*: each old name in *names* gives ``namespace[new name]`` and warns."""

    def __getattr__(name: str) -> Any:
        new = names.get(name)
        if new is None:
            raise AttributeError(f"module {module!r} has no attribute {name!r}")
        warnings.warn(
            f"{module}.{name} is deprecated since 0.2.0; use {new}", DeprecationWarning, stacklevel=2
        )
        return namespace[new]

    return __getattr__
