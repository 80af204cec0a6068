"""The root of every error danetor raises on purpose (:class:`DanetorError`), on its own so that every module, the
text registry included, can derive from it without importing anything else."""

from __future__ import annotations

import sys
from typing import IO

__all__ = ["DanetorError"]


class DanetorError(Exception):
    """Root of every error danetor raises on purpose.

    :meth:`render` words the error in a language (``"ru"`` or ``"en"``); ``str()`` is the English. Errors that carry
    their facts (:class:`~danetor.errors.InvalidInput`) word them in either language; the others have one text.
    """

    exit_code = 2

    def render(self, lang: str = "en") -> str:
        """The message in *lang*, on one line."""
        return " ".join(str(self).split())

    def show(self, file: IO[str] | None = None, lang: str = "en") -> None:
        """Print the message as one line on *file* (stderr by default)."""
        print(f"danetor: {self.render(lang)}", file=file or sys.stderr)
