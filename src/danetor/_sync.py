"""Locks that survive a fork: the package's one-time initialisation, made safe.

Every table, text topic and set of prebuilt results is read or built once per process, on first use, under a lock,
so that threads racing to the first call all get the same object. Two hazards come with that:

* a process that forks while another of its threads holds such a lock would leave the child waiting forever for
  a lock nobody in the child will release. Every :class:`Lock` therefore remembers the process that made it, and a
  forked child that takes it gets a fresh one instead; whatever the parent had finished building is kept, and
  anything half-built is built again by the child on its first call. (Checking the process id when the lock is
  taken, which happens only on a first call, costs less than an ``os.register_at_fork`` hook, which keeps its
  module alive until the interpreter has finished shutting down.)
* ``threading`` costs more to import than the rest of the start-up path: these locks come from ``_thread``, the
  module ``threading`` itself is built on.
"""

from __future__ import annotations

import _thread
from os import getpid
from typing import Any

__all__ = ["Lock"]


class Lock:
    """A lock (reentrant with ``reentrant=True``) that a forked child gets fresh and unlocked."""

    __slots__ = ("_lock", "_pid", "_reentrant")

    def __init__(self, *, reentrant: bool = False) -> None:
        self._reentrant = reentrant
        self._renew()

    def _renew(self) -> None:
        self._pid = getpid()
        self._lock: Any = _thread.RLock() if self._reentrant else _thread.allocate_lock()

    def __enter__(self) -> bool:
        if self._pid != getpid():  # we are a forked child: the parent's lock may be held by a thread not here
            self._renew()
        return bool(self._lock.acquire())

    def __exit__(self, *exc: object) -> None:
        self._lock.release()
