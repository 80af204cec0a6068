"""What every result of the public API shares: ``str()`` is its human text.

A result's ``explain(lang)`` words it in either language; ``str(result)`` is ``explain()``: in the result's own
language where it was written in one (a plan, a script), in Russian otherwise. The mixin goes before
``BaseModel`` in the bases, so that its ``__str__`` wins over pydantic's field listing (``repr()`` keeps that).
"""

from __future__ import annotations

__all__ = ["Message", "Readable"]


TYPE_CHECKING = False
if TYPE_CHECKING:  # pragma: no cover
    from .policy import Policy


class Readable:
    """Mixin for a result with an ``explain(lang)`` method: ``str()`` is ``explain()``."""

    __slots__ = ()

    if TYPE_CHECKING:  # pragma: no cover
        #: the company policy a result was made under (set on the classes danetor._active.bound() makes)
        _policy: Policy | None

    def __str__(self) -> str:
        explain = self.explain  # type: ignore[attr-defined]  # the class this mixes into defines it
        return str(explain())


class Message(Readable):
    """Mixin for a message to send (a script, a warning, a summary): ``str()`` is the message itself, ready to
    paste; ``explain(lang)`` says what it is made of."""

    __slots__ = ()

    def __str__(self) -> str:
        return str(self.text)  # type: ignore[attr-defined]  # the class this mixes into defines it
