"""Validating documents against the shipped JSON Schemas (:mod:`danetor.schemas`) with jsonschema, the reference
implementation of draft 2020-12 (a test dependency only: the package never imports it).

``tests/clirun.py`` calls :func:`check_output` on every ``--json`` run of the command, so every JSON document the
CLI tests produce is validated; :data:`VALIDATED` counts them by schema.
"""

from __future__ import annotations

import functools
import json
from collections import Counter
from typing import Any

from danetor import schemas

#: how many documents were validated, by schema name (this process)
VALIDATED: Counter[str] = Counter()


@functools.cache
def validator(name: str):
    from jsonschema import Draft202012Validator

    schema = schemas.load(name)
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def problems(name: str, doc: Any) -> list[str]:
    """Every way *doc* breaks schema *name*, each as ``path: message`` (none: it is valid)."""
    errors = sorted(validator(name).iter_errors(doc), key=lambda e: list(map(str, e.absolute_path)))
    return [f"{'/'.join(map(str, e.absolute_path)) or '(root)'}: {e.message}" for e in errors]


def check(name: str, doc: Any) -> None:
    """Fail, naming every problem, unless *doc* is valid against schema *name*."""
    found = problems(name, doc)
    assert not found, f"not valid against the {name} schema:\n" + "\n".join(found[:10])
    VALIDATED[name] += 1


def check_output(argv: tuple[str, ...] | list[str], stdout: str) -> None:
    """``danetor ARGV`` printed *stdout* with exit code 0: when ARGV asks for ``--json``, it must be exactly one JSON
    document, valid against the schema of that command."""
    if "--json" not in argv or any(a in ("-h", "--help", "--version") for a in argv):
        return
    name = schemas.output_for(argv)
    assert name is not None, f"danetor {' '.join(argv)}: no schema describes this command's --json output"
    assert stdout.endswith("\n") and stdout.count("\n") == 1, f"danetor {' '.join(argv)}: not one line"
    try:
        doc = json.loads(stdout)
    except ValueError as exc:
        raise AssertionError(f"danetor {' '.join(argv)} --json printed no JSON: {exc}") from None
    check(name, doc)
