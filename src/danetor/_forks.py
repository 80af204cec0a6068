"""A fork never leaves the child waiting on something another thread of the parent had begun.

A thread making the package's first call holds things that a child forked at that moment would find held for
ever, by a thread that does not exist in the child:

* the lock of a module being imported (the package imports its modules lazily, on first use, and Python imports
  a module under a lock owned by the importing thread);
* pydantic's global lock for building a model's validator (the package's models build on first use), and the
  locks pydantic's compiled core takes inside a validation, which no Python code can see or free.

So :func:`before` runs before every fork. It waits until no other thread owns a module lock or is inside pydantic
(its stack shows that) and pydantic's lock is free, for at most :data:`MAX_WAIT` seconds in all (a thread stuck
inside an import must not stop the fork for good); then it holds Python's import lock and pydantic's lock until
the fork is done, so that no thread can begin either in between. :func:`after` gives them back, in the parent and
in the child. Should a thread still take a module lock in the instant between the last look and the fork,
:func:`after_in_child` makes the child forget that lock, and the module if it was half-run, so the child imports
it afresh. The package's own one-time initialisation is covered by :class:`danetor._sync.Lock`, which a child
takes fresh.

No hook can cover a fork in the first instants of ``import danetor`` itself in another thread, before the
package's first line has registered these hooks: import the package before starting threads that fork.

The hooks live in this small module and import what they need when they run: registered at ``import danetor``,
they cost nothing measurable at start-up or at exit.
"""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:  # pragma: no cover - ``import typing`` is not free, and this module loads first
    from types import FrameType
    from typing import Any

__all__ = ["MAX_WAIT", "after", "after_in_child", "before", "register"]

#: the longest a fork waits for another thread's import, or for pydantic's lock, in seconds
MAX_WAIT = 5.0

_held: list[Any] = []


def register() -> None:
    """Install the hooks (POSIX only; elsewhere there is no fork)."""
    import os

    if hasattr(os, "register_at_fork"):
        os.register_at_fork(before=before, after_in_parent=after, after_in_child=after_in_child)


def before() -> None:
    """Wait until no thread other than this one is in the middle of an import and pydantic's lock is free, then
    hold both still (Python's import lock, pydantic's lock) until the fork is done."""
    import _imp
    import sys
    from _thread import get_ident
    from time import monotonic, sleep

    deadline = monotonic() + MAX_WAIT
    locks = getattr(sys.modules.get("_frozen_importlib"), "_module_locks", None) or {}
    me = get_ident()
    while True:
        while (_held_by_another(locks, me) or _in_pydantic(me)) and monotonic() < deadline:
            sleep(0.0005)
        rebuild = getattr(sys.modules.get("pydantic.main"), "_rebuild_lock", None)
        if rebuild is not None and rebuild.acquire(timeout=max(0.0, deadline - monotonic())):
            _held.append(rebuild.release)
        _imp.acquire_lock()  # no thread can begin an import now; one that began since the check is seen below
        _held.append(_imp.release_lock)
        if not (_held_by_another(locks, me) or _in_pydantic(me)) or monotonic() >= deadline:
            return  # nothing but C code from here to the fork: no other thread can run in between
        after()  # a thread began an import meanwhile: let it finish, and look again


def after() -> None:
    """Give back what :func:`before` took (in the parent, and in the child, where this thread is the only one)."""
    while _held:
        _held.pop()()


def after_in_child() -> None:
    """In the child: give back what :func:`before` took, then forget any import a thread that did not survive the
    fork had begun in the instant before it (its module lock, and the module if half-run), so that the child
    imports it afresh."""
    after()
    import sys
    from _thread import get_ident

    bootstrap = sys.modules.get("_frozen_importlib")
    locks = getattr(bootstrap, "_module_locks", None)
    if not locks:
        return
    me = get_ident()
    for name, ref in list(locks.items()):
        owner = getattr(ref(), "owner", None)
        if owner is None or owner == me:
            continue
        del locks[name]  # the next import of *name* makes a new lock
        module = sys.modules.get(name)
        if module is not None and getattr(getattr(module, "__spec__", None), "_initializing", False):
            del sys.modules[name]


_PYDANTIC = ("/pydantic/", "/pydantic_core/", "\\pydantic\\", "\\pydantic_core\\")


def _in_pydantic(me: int) -> bool:
    """Whether a thread other than this one is inside pydantic: validating or building a model, its compiled core
    may hold a lock of its own (no Python code can see or free one) that a child would wait on for ever."""
    import sys

    for thread, frame in sys._current_frames().items():
        if thread == me:
            continue
        current: FrameType | None = frame
        while current is not None:
            if any(part in current.f_code.co_filename for part in _PYDANTIC):
                return True
            current = current.f_back
    return False


def _held_by_another(locks: dict[str, Any], me: int) -> bool:
    for ref in list(locks.values()):
        owner = getattr(ref(), "owner", None)  # CPython's _ModuleLock: the owning thread's id, or None
        if owner is not None and owner != me:
            return True
    return False
