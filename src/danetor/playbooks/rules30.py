"""The 30 rules of a good account manager as a typed checklist (ru/en), and the printable document.

Source: shared/sources/002_…txt, «30 правил для хорошего аккаунт-менеджера». The Russian is the source's text as it
stands, its mistakes included, each marked «[sic: …]» with the right form («дэдлайн [sic: дедлайн]»); the English is
our translation. Rules 1 and 14 sit beside the book's "call only when writing won't do": a note (ours) says how we
read them.

Ours, not the source's: the four groups (the source gives one numbered list) and the self-audit built on it
(:func:`danetor.rules30.audit_rules`). The document says so in an ``ours`` note.
"""

from __future__ import annotations

from ..rules30 import EXPLAIN, GROUP_TITLES, RULES30, ManagerRule, RuleGroup
from ..text import Text
from .document import Block, Checklist, Document, Heading, Note, Paragraph, Table

__all__ = ["EXPLAIN", "GROUP_TITLES", "RULES30", "ManagerRule", "RuleGroup", "document"]


_INTRO = Text.of("rules30.intro")
_OURS_NOTE = Text.of("rules30.ours_note")
_TRANSLATION_NOTE = Text.of("rules30.translation_note")
_GROUPS_HEAD = (Text.of("rules30.groups_head.1"), Text.of("rules30.groups_head.2"))
_TITLE = Text.of("rules30.title")
_SOURCE = Text.of("rules30.source")


def _item(rule: ManagerRule) -> Text:
    return Text(ru=f"{rule.number}. {rule.text.ru}", en=f"{rule.number}. {rule.text.en}")


def document() -> Document:
    """The 30 rules as a printable checklist, grouped, generated from :data:`RULES30`."""
    blocks: list[Block] = [Paragraph(text=_INTRO)]
    for group in RuleGroup:
        blocks.append(Heading(text=GROUP_TITLES[group]))
        blocks.append(Checklist(items=tuple(_item(r) for r in RULES30 if r.group is group)))
    numbers = {g: ", ".join(str(r.number) for r in RULES30 if r.group is g) for g in RuleGroup}
    blocks.append(
        Table(
            header=_GROUPS_HEAD,
            rows=tuple((GROUP_TITLES[g], Text(ru=numbers[g], en=numbers[g])) for g in RuleGroup),
        )
    )
    blocks.append(Note(text=_TRANSLATION_NOTE, style="info"))
    blocks.append(Note(text=_OURS_NOTE, style="ours"))
    blocks.append(Note(text=Text.of("rules30.note.calls"), style="ours"))
    return Document(id="rules30", title=_TITLE, source=_SOURCE, blocks=tuple(blocks))
