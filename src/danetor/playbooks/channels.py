"""The channels playbook: what is said about channels, in Russian and English, and its printable document.

Source: «Отчаянные аккаунт-менеджеры», «Эффективные коммуникации» (shared/sources/003_…txt: the channel
scheme, the email and call discipline, meetings and negotiations, «Мягкая сила» for difficult clients) and the
«30 правил для хорошего аккаунт-менеджера» (002_…txt: rule 2, meeting reports; rule 6, reply the same day;
rule 10, never be late).

The texts are keyed by the plain string values of the enums in :mod:`danetor.rules.channels` (a ``StrEnum``
member looks them up directly), so the rules can take their labels from here without an import cycle; tests
check that every key matches its enum. :func:`document` builds the printable playbook from the rule set, the
advice table, the escalation sequence and the checklists themselves: nothing in it is typed twice.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import timedelta
from types import MappingProxyType

from ..channels import (
    ACTIONS,
    CHANNEL_LABELS,
    CHECKLISTS,
    EVENT_LABELS,
    EXPLAIN,
    SITUATION_LABELS,
    STATE_LABELS,
    ChannelChecklist,
    describe_advice,
)
from ..text import Lang, Text, as_lang, book_source
from .document import Block, Checklist, Diagram, Document, Heading, Note, Paragraph, Quote, Steps, Table

__all__ = [
    "ACTIONS",
    "CHANNEL_LABELS",
    "CHECKLISTS",
    "EVENT_LABELS",
    "EXPLAIN",
    "SITUATION_LABEL",
    "SITUATION_LABELS",
    "STATE_LABELS",
    "WHY",
    "ChannelChecklist",
    "describe_advice",
    "describe_duration",
    "document",
]

SITUATION_LABEL = Text.of("channels.situation_label")


#: Situation value (= rule id of the matrix) → why the book's scheme advises what it does.
WHY: Mapping[str, Text] = MappingProxyType(
    {
        "non_urgent": Text.of("channels.why.non_urgent"),
        "urgent": Text.of("channels.why.urgent"),
        "incident": Text.of("channels.why.incident"),
        "presentation": Text.of("channels.why.presentation"),
        "interim_report": Text.of("channels.why.interim_report"),
        "final_report": Text.of("channels.why.final_report"),
    }
)


def describe_duration(wait: timedelta | float, lang: Lang | str) -> str:
    """A wait as a short duration: whole hours as «1 ч»/«1 h», else whole minutes, else seconds."""
    lang = as_lang(lang)
    seconds = wait.total_seconds() if isinstance(wait, timedelta) else float(wait)
    if seconds >= 3600 and seconds % 3600 == 0:
        return EXPLAIN["hours"](lang).format(n=int(seconds // 3600))
    if seconds >= 60 and seconds % 60 == 0:
        return EXPLAIN["minutes"](lang).format(n=int(seconds // 60))
    return EXPLAIN["seconds"](lang).format(n=f"{seconds:g}")


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _per_lang(build: Callable[..., str]) -> Text:
    """A :class:`Text` whose two versions are built by ``build(lang)``; *build* is called with the language only
    (``Callable[..., str]`` because mypy cannot infer a lambda that binds loop variables by default arguments)."""
    return Text(ru=build(Lang.RU), en=build(Lang.EN))


def _mermaid(lang: Lang) -> str:
    """The escalation sequence as a Mermaid state diagram, straight from its definition."""
    from ..rules.channels import ESCALATION

    lines = ["stateDiagram-v2"]
    lines += [f'    state "{_cap(STATE_LABELS[s.id](lang))}" as {s.id}' for s in ESCALATION.states]
    lines.append(f"    [*] --> {ESCALATION.initial}")
    for step in ESCALATION.states:
        for event, target in step.on.items():
            lines.append(f"    {step.id} --> {target}: {EVENT_LABELS[event](lang)}")
    lines += [f"    {f} --> [*]" for f in ESCALATION.final]
    return "\n".join(lines)


_DOC = {
    "title": Text.of("channels.doc.title"),
    "source": book_source(
        Text.of("channels.doc.source"),
        also=Text.of("channels.doc.source.also"),
    ),
    "quote": Text.of("channels.doc.quote"),
    "matrix": Text.of("channels.doc.matrix"),
    "col_situation": Text.of("channels.doc.col_situation"),
    "col_channel": Text.of("channels.doc.col_channel"),
    "col_why": Text.of("channels.doc.col_why"),
    "why_ours": Text.of("channels.doc.why_ours"),
    "incident": Text.of("channels.doc.incident"),
    "agency": Text.of("channels.doc.agency"),
    "escalation": Text.of("channels.doc.escalation"),
    "escalation_intro": Text.of("channels.doc.escalation_intro"),
    "escalation_ours": Text.of("channels.doc.escalation_ours"),
    "for_channels": Text.of("channels.doc.for_channels"),
    "for_difficult": Text.of("channels.doc.for_difficult"),
    "checklist_ours": Text.of("channels.doc.checklist_ours"),
}


def document() -> Document:
    """The whole channels playbook as a printable :class:`Document`, generated from the rule set, the advice
    table, the escalation sequence and the checklists."""
    from ..channels import channel_for, default_wait
    from ..rules.channels import CHANNEL_CHECKLIST, CHANNELS, ESCALATION

    rows: list[tuple[Text, Text, Text]] = []
    for rule in CHANNELS.rules:
        spec = channel_for(rule.id)  # the company's channels under a policy, the book's otherwise
        rows.append(
            (
                _per_lang(lambda lang, r=rule: _cap(SITUATION_LABELS[r.id](lang))),
                _per_lang(
                    lambda lang, s=spec: _cap(
                        describe_advice(s.channels, s.alternatives, s.fallback, s.escalation, lang)
                    )
                ),
                Text.of(rule.why),
            )
        )

    steps: list[Text] = []
    for step in ESCALATION.states:
        if not step.on:
            continue
        steps.append(
            _per_lang(
                lambda lang, st=step: EXPLAIN["next"](lang).format(
                    action=ACTIONS[st.id](lang),
                    moves="; ".join(
                        EXPLAIN["move"](lang).format(event=EVENT_LABELS[e](lang), state=STATE_LABELS[t](lang))
                        for e, t in st.on.items()
                    ),
                )
            )
        )

    checklist_blocks: list[Block] = []
    for checklist_id, checklist in CHECKLISTS.items():
        users = [c for c, cid in CHANNEL_CHECKLIST.items() if cid == checklist_id]
        checklist_blocks.append(Heading(text=checklist.title))
        if users:
            checklist_blocks.append(
                Paragraph(
                    text=_per_lang(
                        lambda lang, u=users: _DOC["for_channels"](lang).format(
                            channels=", ".join(CHANNEL_LABELS[c](lang) for c in u)
                        )
                    )
                )
            )
        else:
            checklist_blocks.append(Paragraph(text=_DOC["for_difficult"]))
        checklist_blocks.append(Checklist(items=checklist.items))

    return Document(
        id="channels",
        title=_DOC["title"],
        source=_DOC["source"],
        blocks=(
            Quote(text=_DOC["quote"]),
            Heading(text=_DOC["matrix"]),
            Table(header=(_DOC["col_situation"], _DOC["col_channel"], _DOC["col_why"]), rows=tuple(rows)),
            Note(text=_DOC["why_ours"], style="ours"),
            Note(text=_DOC["incident"], style="warning"),
            Note(text=_DOC["agency"], style="info"),
            Heading(text=_DOC["escalation"]),
            Paragraph(text=_DOC["escalation_intro"]),
            Steps(items=tuple(steps)),
            Diagram(mermaid=_per_lang(_mermaid)),
            Note(
                text=_per_lang(
                    lambda lang: _DOC["escalation_ours"](lang).format(
                        wait=describe_duration(default_wait(), lang)
                    )
                ),
                style="ours",
            ),
            *checklist_blocks,
            Note(text=_DOC["checklist_ours"], style="ours"),
        ),
    )
