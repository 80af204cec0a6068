"""The 30 rules of a good account manager as a typed checklist (ru/en), and the printable document.

Source: shared/sources/002_…txt, «30 правил для хорошего аккаунт-менеджера». The Russian is the source's text as it
stands (its wording, including «дэдлайн», is kept); the English is our translation.

Ours, not the source's: the four groups (the source gives one numbered list) and the self-audit built on it
(:func:`danetor.rules30.audit_rules`). The document says so in an ``ours`` note.
"""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field

from ..text import Text
from .document import Checklist, Document, Heading, Note, Paragraph, Table

__all__ = ["EXPLAIN", "GROUP_TITLES", "RULES30", "ManagerRule", "RuleGroup", "document"]


class RuleGroup(StrEnum):
    """Our grouping of the 30 rules (the source has one list)."""

    CLIENT = "client"
    DEADLINES = "deadlines"
    TEAM = "team"
    STANCE = "stance"


class ManagerRule(BaseModel):
    """One of the 30 rules: its number in the source, our group, and its text."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    number: int = Field(ge=1, le=30)
    group: RuleGroup
    text: Text


GROUP_TITLES: dict[str, Text] = {
    RuleGroup.CLIENT: Text.of("rules30.group_titles.client"),
    RuleGroup.DEADLINES: Text.of("rules30.group_titles.deadlines"),
    RuleGroup.TEAM: Text.of("rules30.group_titles.team"),
    RuleGroup.STANCE: Text.of("rules30.group_titles.stance"),
}

_C, _D, _T, _S = RuleGroup.CLIENT, RuleGroup.DEADLINES, RuleGroup.TEAM, RuleGroup.STANCE
_RULES: tuple[tuple[RuleGroup, Text], ...] = (
    (_C, Text.of("rules30.rule.1")),
    (_C, Text.of("rules30.rule.2")),
    (_T, Text.of("rules30.rule.3")),
    (_T, Text.of("rules30.rule.4")),
    (_T, Text.of("rules30.rule.5")),
    (_C, Text.of("rules30.rule.6")),
    (_D, Text.of("rules30.rule.7")),
    (_D, Text.of("rules30.rule.8")),
    (_S, Text.of("rules30.rule.9")),
    (_C, Text.of("rules30.rule.10")),
    (_S, Text.of("rules30.rule.11")),
    (_S, Text.of("rules30.rule.12")),
    (_S, Text.of("rules30.rule.13")),
    (_C, Text.of("rules30.rule.14")),
    (_S, Text.of("rules30.rule.15")),
    (_S, Text.of("rules30.rule.16")),
    (_D, Text.of("rules30.rule.17")),
    (_S, Text.of("rules30.rule.18")),
    (_D, Text.of("rules30.rule.19")),
    (_S, Text.of("rules30.rule.20")),
    (_T, Text.of("rules30.rule.21")),
    (_T, Text.of("rules30.rule.22")),
    (_C, Text.of("rules30.rule.23")),
    (_T, Text.of("rules30.rule.24")),
    (_S, Text.of("rules30.rule.25")),
    (_C, Text.of("rules30.rule.26")),
    (_C, Text.of("rules30.rule.27")),
    (_D, Text.of("rules30.rule.28")),
    (_T, Text.of("rules30.rule.29")),
    (_S, Text.of("rules30.rule.30")),
)

#: the 30 rules, in the source's order
RULES30: tuple[ManagerRule, ...] = tuple(
    ManagerRule(number=n, group=g, text=text) for n, (g, text) in enumerate(_RULES, 1)
)
del _C, _D, _T, _S, _RULES

#: fixed templates for :meth:`danetor.rules30.RulesAudit.explain` (only our own values go in)
EXPLAIN: dict[str, Text] = {
    "score": Text.of("rules30.explain.score"),
    "group": Text.of("rules30.explain.group"),
    "broken": Text.of("rules30.explain.broken"),
    "rule": Text.of("rules30.explain.rule"),
    "all_kept": Text.of("rules30.explain.all_kept"),
    "weakest": Text.of("rules30.explain.weakest"),
}

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
    blocks: list = [Paragraph(text=_INTRO)]
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
    return Document(id="rules30", title=_TITLE, source=_SOURCE, blocks=tuple(blocks))
