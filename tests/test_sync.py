"""danetor._sync.Lock: a child forked while another thread of its parent holds the lock can still take it."""

from __future__ import annotations

import os
import sys
import threading

import pytest

from danetor._sync import Lock

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="fork is POSIX")


@pytest.mark.parametrize("reentrant", [False, True])
def test_a_child_forked_while_the_lock_is_held_takes_a_fresh_one(reentrant):
    lock = Lock(reentrant=reentrant)
    held, release = threading.Event(), threading.Event()

    def holder():
        with lock:
            held.set()
            release.wait(10)

    thread = threading.Thread(target=holder)
    thread.start()
    held.wait(10)
    pid = os.fork()
    if pid == 0:  # the child: the holding thread does not exist here
        try:
            with lock:
                os._exit(0)
        finally:
            os._exit(1)
    release.set()
    thread.join()
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0


def test_the_lock_still_excludes_threads_in_one_process():
    lock = Lock()
    inside = []
    overlaps = []

    def work():
        for _ in range(200):
            with lock:
                inside.append(1)
                if len(inside) > 1:
                    overlaps.append(1)
                inside.pop()

    old = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    try:
        threads = [threading.Thread(target=work) for _ in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    finally:
        sys.setswitchinterval(old)
    assert overlaps == []
