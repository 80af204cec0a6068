"""The generator of the shipped JSON Schemas (build time only; ``python -m danetor.compile`` runs it).

Each schema comes from its model through pydantic's generator, in *serialization* mode: it describes what
``model_dump(mode="json")`` writes, which is what the command prints and what ``to_json()`` saves. Two rules are
added to pydantic's:

* every field is required (pydantic's ``json_schema_serialization_defaults_required``, applied to every model,
  nested ones included, rather than set on each): a document always has every key, defaults included;
* a property carries no ``title`` of its own (it would only repeat the key), and docstrings lose their Sphinx
  roles (``:class:`~danetor.text.Text``` reads `Text`).

Every model forbids extra keys, so every object has ``"additionalProperties": false``. The file is the schema with
``$schema``, ``$id``, ``$comment``, ``title`` and ``description`` first, indented, one key per line, so that a
change to a model shows as the lines it changed. The drift test compares the files with what is generated now
(another version of pydantic may word a schema differently: then the build step writes it anew).

This module sits on top, beside the CLI and the docs: it imports every model the command prints, the playbook
documents included.
"""

from __future__ import annotations

import importlib
import json
import re
from typing import Any

from pydantic import TypeAdapter
from pydantic.json_schema import GenerateJsonSchema

from . import DIALECT, OUTPUTS, RECORDS, id_of, names, title

__all__ = ["generate", "render", "schema"]

_ROLE = re.compile(r":[a-z]+:`~?([^`]+)`")
_LITERAL = re.compile(r"``([^`]+)``")


class _Generator(GenerateJsonSchema):
    """pydantic's generator, with every written key required and no property titles."""

    def field_is_required(self, field: Any, total: bool) -> bool:
        if self.mode == "serialization":  # every key is written, defaults included
            return field.get("serialization_exclude_if") is None and not field.get("serialization_exclude")
        return super().field_is_required(field, total)  # pragma: no cover - only serialization is generated

    def field_title_should_be_set(self, schema: Any) -> bool:
        return False


def _clean(text: str) -> str:
    """A docstring as a description: Sphinx roles and double backquotes as Markdown code."""

    def role(match: re.Match[str]) -> str:  # ``:class:`~a.b.C``` reads `C`, ``:func:`a.b``` reads `a.b`
        target = match.group(1)
        return f"`{target.rsplit('.', 1)[-1] if '~' in match.group(0) else target}`"

    return _LITERAL.sub(r"`\1`", _ROLE.sub(role, text)).strip()


def _descriptions(node: Any) -> Any:
    if isinstance(node, dict):
        return {
            k: _clean(v) if k == "description" and isinstance(v, str) else _descriptions(v)
            for k, v in node.items()
        }
    if isinstance(node, list):
        return [_descriptions(v) for v in node]
    return node


def _resolve(path: str) -> Any:
    module, _, name = path.partition(":")
    return getattr(importlib.import_module(module), name)


def _what(name: str) -> tuple[Any, str]:
    """The type of schema *name*'s document, and the description of a list."""
    if name in OUTPUTS:
        _command, model, many = OUTPUTS[name]
        tp = _resolve(model)
        # list[tp], spelled so that a type checker reads tp as the value it is
        return (list.__class_getitem__(tp) if many else tp), f"A list of `{tp.__name__}`." if many else ""
    return _resolve(RECORDS[name]).record, ""


def schema(name: str) -> dict[str, Any]:
    """Schema *name*, generated now from its model."""
    tp, list_description = _what(name)
    doc = _descriptions(TypeAdapter(tp).json_schema(mode="serialization", schema_generator=_Generator))
    description = doc.pop("description", list_description)
    doc.pop("title", None)
    head = {
        "$schema": DIALECT,
        "$id": id_of(name),
        "$comment": "Generated from danetor's models by `python -m danetor.compile`; do not edit.",
        "title": title(name),
        "description": description,
    }
    return {**head, **doc}


def render(name: str) -> str:
    """The file content of schema *name*."""
    return json.dumps(schema(name), ensure_ascii=False, indent=2) + "\n"


def generate() -> dict[str, str]:
    """Every schema's file content, by name."""
    return {name: render(name) for name in names()}
