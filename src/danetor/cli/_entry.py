"""The ``danetor`` console script: Ctrl-C is handled from this module's first line, before any heavy import.

A SIGINT that arrives while the command starts, computes or writes ends it at once, quietly, with exit code 130:
no traceback, no half-raised ``KeyboardInterrupt`` inside an import or a validator (which could surface as some
other error, or be swallowed), and never lost. Only while a prompt is on the screen does a SIGINT raise
``KeyboardInterrupt`` instead, so that the prompt library gives the terminal back before the command exits, with
the same code (see :class:`prompting`).

What comes before this module's first line is Python's own start-up (``site``, the console script's wrapper): a
Ctrl-C there gets Python's own answer, a short ``KeyboardInterrupt`` report. A caller that holds SIGINT back while
the interpreter starts (blocks it) gets it acted on here, at once; one that ignores it (``nohup``) keeps it ignored.
"""

TYPE_CHECKING = False
if TYPE_CHECKING:  # pragma: no cover - typeshed has no stub for _signal; signal re-exports the same functions
    import signal as _signal
else:
    import _signal  # the C module: ``signal`` imports enum, which costs more than everything else here
import os

_prompting = [False]


def _interrupted(signum: int, frame: object) -> None:
    if _prompting[0]:
        raise KeyboardInterrupt
    try:
        if os.isatty(2):
            os.write(2, b"\n")  # after the ^C the terminal echoed
    except OSError:
        pass
    os._exit(130)


if (
    _signal.getsignal(_signal.SIGINT) is not _signal.SIG_IGN
):  # started with Ctrl-C ignored (``nohup``): it stays so
    _signal.signal(_signal.SIGINT, _interrupted)
    if hasattr(
        _signal, "pthread_sigmask"
    ):  # a Ctrl-C held back while the interpreter started is acted on now
        _signal.pthread_sigmask(_signal.SIG_UNBLOCK, {_signal.SIGINT})


class prompting:  # used like a function: ``with prompting(): ask()``
    """While a prompt is shown: a SIGINT raises ``KeyboardInterrupt`` (the prompt restores the terminal, then the
    command exits with 130)."""

    def __enter__(self) -> None:
        self._before = _prompting[0]
        _prompting[0] = True

    def __exit__(self, *exc: object) -> None:
        _prompting[0] = self._before


def run() -> None:
    """Console-script entry point: run the command and exit with its code."""
    import sys

    from .core import main

    sys.exit(main())
