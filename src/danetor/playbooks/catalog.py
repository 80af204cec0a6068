"""The registry of printable playbooks: every name the docs site, the print page and ``danetor playbook show`` know.

Each entry maps a playbook name to the module that builds its :class:`~danetor.playbooks.document.Document`
with a ``document()`` function. Modules are imported lazily, on the first :func:`document` call for that name,
so listing the catalog costs nothing. Adding a playbook is one line in :data:`MODULES`; the docs site then gets
a page for it (in both languages, in the navigation and on the print page) without further changes.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

from .._active import ACTIVE
from ..errors import InvalidInput
from ..text import Text
from .document import Block, Document, Note

__all__ = ["MODULES", "company_blocks", "company_note", "document", "names"]

#: playbook name → module with a ``document() -> Document`` function, in the order the playbook is printed.
MODULES: Mapping[str, str] = MappingProxyType(
    {
        "danetor": "danetor.playbooks.danetor",
        "scripts": "danetor.playbooks.scripts",
        "failure": "danetor.playbooks.failure",
        "channels": "danetor.playbooks.channels",
        "expectations": "danetor.playbooks.expectations",
        "boiling": "danetor.playbooks.boiling",
        "soft-power": "danetor.playbooks.soft_power",
        "restart": "danetor.playbooks.restart",
        "temperament": "danetor.playbooks.temperament",
        "negotiation": "danetor.playbooks.negotiation",
        "doers": "danetor.playbooks.doers",
        "rules30": "danetor.playbooks.rules30",
        "archetypes": "danetor.playbooks.archetypes",
        "kam": "danetor.playbooks.kam",
        "job": "danetor.playbooks.job",
        "interview": "danetor.playbooks.interview",
        "interview-sheet": "danetor.playbooks.interview_sheet",
        "tips": "danetor.playbooks.tips",
        "agency": "danetor.playbooks.agency",
        # the appendix and the bibliography close the book
        "danetor-table": "danetor.playbooks.danetor_table",
        "sources": "danetor.playbooks.sources",
    }
)


def names() -> tuple[str, ...]:
    """Every playbook name, in print order."""
    return tuple(MODULES)


def document(name: Any) -> Document:
    """The :class:`Document` of playbook *name* (one of :func:`names`, any case, surrounding spaces ignored).

    Built afresh on every call from the rules as they are now, and under a company policy with the company's
    notes on it at the end (and its questions, rules, channels and wordings throughout). An unknown name raises
    :class:`~danetor.errors.InvalidInput` naming the argument and the known names.
    """
    key = name.strip().lower() if isinstance(name, str) else None
    if key is None or key not in MODULES:
        raise InvalidInput("name", name, names())
    doc = importlib.import_module(MODULES[key]).document()
    if not isinstance(doc, Document) or doc.id != key:  # pragma: no cover - a broken registration
        raise TypeError(f"{MODULES[key]}.document() must return the Document with id {key!r}")
    policy = ACTIVE.get()
    notes = policy.notes.get(key, ()) if policy is not None else ()
    if notes and policy is not None:
        name = policy.name
        doc = doc.model_copy(update={"blocks": (*doc.blocks, *(company_note(n, name) for n in notes))})
    return doc


def company_blocks() -> tuple[Block, ...]:
    """What a printed card of a company's book says first: whose edition it is («Версия компании: …»), when a
    company policy with a name is in force; nothing otherwise (for the wall card and the cheat sheet, whose covers
    are their first lines)."""
    from .document import Paragraph

    policy = ACTIVE.get()
    if policy is None or policy.name is None:
        return ()
    return (Paragraph(text=Text.of("docs.cover.company").format(company=policy.name)),)


def company_note(text: Text, company: str | None) -> Note:
    """A company's own note, titled with its name."""
    if company is None:
        return Note(text=text, style="company")
    title = Text.of("common.note_title.company").format(company=company)
    return Note(text=text, style="company", title=title)
