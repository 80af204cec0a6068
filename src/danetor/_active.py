"""The company policy in force in this context (issue 18), for the API modules to read without importing it.

A :class:`danetor.policy.Policy` is put in force by ``with policy:`` (or ``policy.applied()``), or for one call by
``policy=``; :data:`ACTIVE` holds it for the current context only (this thread, this task), so two policies can be in
force side by side. ``None`` means the book. The API modules read it here, duck-typed, and never import
:mod:`danetor.policy` (which validates against them, so it sits above them): a call with no policy pays one
``ContextVar.get()`` and nothing else.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:  # pragma: no cover
    from collections.abc import Callable
    from typing import ParamSpec, TypeVar

    _P = ParamSpec("_P")
    _R = TypeVar("_R")
    _T = TypeVar("_T")

from .texts import POLICY as ACTIVE

__all__ = ["ACTIVE", "bound", "using", "with_policy"]


class _Nothing:
    """A context manager that does nothing (cheaper to import than contextlib.nullcontext's module)."""

    __slots__ = ()

    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc: object) -> None:
        return None


_NOTHING = _Nothing()

_bound: dict[type, type] = {}


def bound(cls: type[_T]) -> type[_T]:
    """*cls* (a pydantic result) with a private ``_policy``: the class of a result made under a company policy,
    which keeps it so that it explains itself in the company's words. Made on first use, so that a result the book
    makes (``check()`` at start-up) pays nothing for it; the same name, fields and JSON as *cls*."""
    found = _bound.get(cls)
    if found is None:
        from pydantic import PrivateAttr

        found = type(
            cls.__name__,
            (cls,),
            {
                "__module__": cls.__module__,
                "__qualname__": cls.__qualname__,
                "__annotations__": {"_policy": Any},
                "_policy": PrivateAttr(default=None),
            },
        )
        found = _bound.setdefault(cls, found)
    return cast("type[_T]", found)  # a subclass of cls, made by type() above


def using(policy: Any) -> Any:
    """A context manager that puts *policy* in force unless it already is (or is ``None``): what a result made
    under a policy uses to read its texts under it again."""
    if policy is None or ACTIVE.get() is policy:
        return _NOTHING
    return policy.applied()


def with_policy(fn: Callable[_P, _R]) -> Callable[_P, _R]:
    """Give the public function *fn* a keyword-only ``policy=`` argument: with a policy, the call runs with it in
    force, and a result that keeps its policy (a private ``_policy``) keeps this one, so that it explains itself
    in the company's words wherever it is read. Without one, *fn* runs under whatever is in force."""
    import functools
    import inspect

    signature = inspect.signature(fn)
    params = list(signature.parameters.values())
    declared = "policy" in signature.parameters  # ``policy: Policy | None = None`` in fn's own signature, for
    # type checkers (a ParamSpec cannot add a keyword); the call below takes it and fn keeps its default

    @functools.wraps(fn)
    def call(*args: Any, policy: Any = None, **kwargs: Any) -> Any:
        if policy is None:
            return fn(*args, **kwargs)
        with using(policy):
            result = fn(*args, **kwargs)
        if "_policy" in getattr(type(result), "__private_attributes__", ()):
            cast(Any, result)._policy = policy  # a result class made by bound()
        return result

    if not declared:
        extra = inspect.Parameter(
            "policy", inspect.Parameter.KEYWORD_ONLY, default=None, annotation="Policy | None"
        )
        at = next((i for i, p in enumerate(params) if p.kind is inspect.Parameter.VAR_KEYWORD), len(params))
        call.__signature__ = signature.replace(parameters=[*params[:at], extra, *params[at:]])  # type: ignore[attr-defined]  # inspect reads it
    return call
