"""JSON Schemas of what danetor writes: every ``danetor … --json`` document and every saved tracker record.

The schemas are generated from the models by the build step (``python -m danetor.compile``) and ship in the
package beside this module, one file per name: ``<name>.schema.json``, JSON Schema draft 2020-12, with an ``$id``
that carries the version (``urn:danetor:schema:2:ask``). Every key a document always has is required, and no other
key is allowed.

* :data:`OUTPUTS`: the ``--json`` output of each command, named by the command's words (``ask``,
  ``script-no``, ``playbook-show``);
* :data:`RECORDS`: what each tracker's ``to_json()`` writes (``escalation-record`` …), the record as written
  today, ``schema_version`` :data:`VERSION`. The trackers' ``from_json()`` also restores the records danetor
  0.1.0 wrote, which this schema does not describe.

>>> from danetor import schemas
>>> schemas.load("ask")["$id"]
'urn:danetor:schema:2:ask'
>>> schemas.output_for(["script", "no", "--request", "…", "--json"])
'script-no'

:data:`VERSION` changes when a document that the schema of one version accepts would no longer be accepted, or
would mean something else (a key removed, renamed or retyped, a value no longer allowed); records then carry the
new ``schema_version``, and ``from_json()`` keeps reading the older ones. Additions (a key, an allowed value, a
command) keep the version; since a schema refuses keys it does not list, validate a document against the schema
of the danetor that wrote it (``danetor schema NAME``, or :func:`load`).

Importing this module imports neither pydantic nor any other part of danetor; :func:`load` reads one file. The generator is
:mod:`danetor.schemas._build` (build time only: it imports pydantic's schema generator and every model).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from typing import Any

__all__ = [
    "DIALECT",
    "OUTPUTS",
    "RECORDS",
    "VERSION",
    "id_of",
    "load",
    "names",
    "output_for",
    "text",
    "title",
]

#: The version of danetor's JSON formats: the ``schema_version`` every tracker record carries (danetor 0.1.0
#: wrote version 1, without the field), and the version in every schema's ``$id``.
VERSION = 2

#: The JSON Schema dialect of every shipped schema (what pydantic writes).
DIALECT = "https://json-schema.org/draft/2020-12/schema"

#: Every ``--json`` output: schema name → (the command's words, the model of the document as
#: ``"module:Name"``, and whether the document is a list of them).
OUTPUTS: dict[str, tuple[tuple[str, ...], str, bool]] = {
    "ask": (("ask",), "danetor.outputs:AskResult", False),
    "channel": (("channel",), "danetor.channels:ChannelResult", False),
    "failure": (("failure",), "danetor.failure:Plan", False),
    "boiling": (("boiling",), "danetor.boiling:BoilingAdvice", False),
    "kam": (("kam",), "danetor.kam:KamAdvice", False),
    "temperament": (("temperament",), "danetor.temperament:TemperamentAdvice", False),
    "archetype": (("archetype",), "danetor.archetypes:ArchetypeAssessment", False),
    "audit": (("audit",), "danetor.rules30:RulesAudit", False),
    "interview": (("interview",), "danetor.interview:InterviewPlan", False),
    "interview-score": (("interview", "score"), "danetor.interview:InterviewScore", False),
    "playbook-list": (("playbook", "list"), "danetor.outputs:PlaybookEntry", True),
    "playbook-show": (("playbook", "show"), "danetor.playbooks.document:Document", False),
    "texts": (("texts",), "danetor.outputs:TextEntry", True),
    "policy-check": (("policy", "check"), "danetor.policy:PolicyCheck", False),
    "policy-show": (("policy", "show"), "danetor.policy:PolicySummary", False),
    "script-no": (("script", "no"), "danetor.scripts:Script", False),
    "script-extra": (("script", "extra"), "danetor.scripts:Script", False),
    "script-confirm": (("script", "confirm"), "danetor.scripts:Script", False),
    "script-warning": (("script", "warning"), "danetor.soft_power:DelayWarning", False),
    "script-agreements": (("script", "agreements"), "danetor.soft_power:AgreementsSummary", False),
    "script-restart": (("script", "restart"), "danetor.restart:RestartMessage", False),
    "script-landing": (("script", "landing"), "danetor.expectations:LandingMessage", False),
}

#: Every saved tracker record: schema name → the tracker as ``"module:Name"`` (its ``record`` is the model).
RECORDS: dict[str, str] = {
    "escalation-record": "danetor.channels:Escalation",
    "expectation-landing-record": "danetor.expectations:ExpectationLanding",
    "failure-case-record": "danetor.failure:FailureCase",
}

_HERE = os.path.dirname(os.path.abspath(__file__))


def names() -> tuple[str, ...]:
    """Every schema's name: the outputs in the command's order, then the records."""
    return (*OUTPUTS, *RECORDS)


def id_of(name: str) -> str:
    """The ``$id`` of schema *name*: ``urn:danetor:schema:<VERSION>:<name>``."""
    return f"urn:danetor:schema:{VERSION}:{name}"


def title(name: str) -> str:
    """What schema *name* describes: ``danetor script no --json``, ``Escalation.to_json()``."""
    if _check(name) in OUTPUTS:
        return f"danetor {' '.join(OUTPUTS[name][0])} --json"
    return f"{RECORDS[name].rpartition(':')[2]}.to_json()"


def _check(name: Any) -> str:
    if not isinstance(name, str) or name not in OUTPUTS and name not in RECORDS:
        from ..errors import InvalidInput

        raise InvalidInput("name", name, names())
    return name


def text(name: str) -> str:
    """The shipped schema *name* as it is written in the package (JSON text)."""
    with open(os.path.join(_HERE, f"{_check(name)}.schema.json"), encoding="utf-8") as f:
        return f.read()


def load(name: str) -> dict[str, Any]:
    """The shipped schema *name*, parsed (a fresh dict on every call). An unknown name raises
    :class:`~danetor.errors.InvalidInput` listing the names."""
    schema: dict[str, Any] = json.loads(text(name))
    return schema


def output_for(argv: Iterable[str]) -> str | None:
    """The name of the schema of ``danetor ARGV``'s ``--json`` output (``None`` when the words name no command
    that has one). ``--lang`` and ``--policy`` and their values may come anywhere; the command's words come first."""
    words: list[str] = []
    skip = False
    for arg in argv:
        if skip:
            skip = False
        elif arg in ("--lang", "--policy"):
            skip = True
        elif not arg.startswith(("--lang=", "--policy=")):
            words.append(arg)
    by_command = {command: name for name, (command, _model, _many) in OUTPUTS.items()}
    return by_command.get(tuple(words[:2])) or by_command.get(tuple(words[:1]))
