"""The documents ``danetor … --json`` prints that are not one library result: the models behind them.

Most commands print one library result (``failure --json`` prints a :class:`~danetor.failure.Plan`); these print
a pair or a list, and have a model here, so that every ``--json`` output has a model and a JSON Schema
(:mod:`danetor.schemas`):

* :class:`AskResult`, ``danetor ask --json``: the decision and the message drafted for it;
* :class:`PlaybookEntry`, one item of ``danetor playbook list --json``;
* :class:`TextEntry`, one item of ``danetor texts --json``.

``danetor channel --json`` prints a :class:`~danetor.channels.ChannelResult`, which lives with the advice and the
checklists it pairs (so that this module, which ``ask`` imports, does not import the channels).

``danetor playbook list --json`` builds its items through :class:`PlaybookEntry`. Two commands write the shape
their model describes as plain dicts, because start-up matters more there than the model costs: ``ask --json``
(the model would import the scripts even when no message is drafted: about 3 % more instructions, on a command
held to 1.15× the pydantic floor) and ``texts --json`` (which never imports pydantic: 5× the instructions). The
tests check that every document they print is valid against the schema and reads back through its model
unchanged. A program that reads the command's JSON can parse it with these models too
(``AskResult.model_validate_json(line)``).
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict

from .decision import Decision
from .scripts import Script
from .text import Text

__all__ = ["AskResult", "PlaybookEntry", "TextEntry"]


class AskResult(BaseModel):
    """What ``danetor ask --json`` prints: the decision, and the message drafted for it (``null`` when no flag
    asked for a message)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    decision: Decision
    message: Script | None


class PlaybookEntry(BaseModel):
    """One playbook in ``danetor playbook list --json``: its name (what ``danetor playbook show`` takes) and its
    title in both languages."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str
    title: Text


class TextEntry(BaseModel):
    """One text in ``danetor texts --json``: its key, its kind and both versions."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    key: str
    kind: Literal["message", "note", "label", "quote"]
    ru: str
    en: str
