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

from collections.abc import Mapping
from datetime import timedelta
from types import MappingProxyType

from pydantic import BaseModel, ConfigDict, Field

from ..text import Lang, Text, as_lang, book_source
from .document import Checklist, Diagram, Document, Heading, Note, Paragraph, Quote, Steps, Table

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

#: Situation value → label (lower case, for use inside sentences).
SITUATION_LABELS: Mapping[str, Text] = MappingProxyType(
    {
        "non_urgent": Text.of("channels.situation_labels.non_urgent"),
        "urgent": Text.of("channels.situation_labels.urgent"),
        "incident": Text.of("channels.situation_labels.incident"),
        "presentation": Text.of("channels.situation_labels.presentation"),
        "interim_report": Text.of("channels.situation_labels.interim_report"),
        "final_report": Text.of("channels.situation_labels.final_report"),
    }
)

#: Channel value → label (lower case).
CHANNEL_LABELS: Mapping[str, Text] = MappingProxyType(
    {
        "email": Text.of("channels.channel_labels.email"),
        "messenger": Text.of("channels.channel_labels.messenger"),
        "phone": Text.of("channels.channel_labels.phone"),
        "video_call": Text.of("channels.channel_labels.video_call"),
        "meeting": Text.of("channels.channel_labels.meeting"),
    }
)

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


class ChannelChecklist(BaseModel):
    """The discipline for one channel (or for difficult clients): a title, where it comes from, the items."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str
    title: Text
    source: Text
    items: tuple[Text, ...] = Field(min_length=1)

    def block(self) -> Checklist:
        """The items as a printable :class:`~danetor.playbooks.document.Checklist`."""
        return Checklist(items=self.items)

    def render(self, lang: Lang | str = Lang.RU) -> str:
        """The checklist as plain text: the title, then one ``- [ ]`` line per item."""
        lang = as_lang(lang)
        return "\n".join([self.title(lang), *("- [ ] " + item(lang) for item in self.items)])


_BOOK = book_source(Text.of("channels.book"))


def _technique(technique_id: str) -> Text:
    from .soft_power import TECHNIQUES

    return next(t.text for t in TECHNIQUES if t.id == technique_id)


#: Checklist id → checklist. ``email``, ``phone``, ``meeting`` discipline channels; ``difficult_client`` is
#: added for every channel when the client is a difficult one.
CHECKLISTS: Mapping[str, ChannelChecklist] = MappingProxyType(
    {
        "email": ChannelChecklist(
            id="email",
            title=Text.of("channels.checklists.email.title"),
            source=Text.build(
                lambda lang: f"{_BOOK(lang)}; {Text.of('channels.checklists.email.also')(lang)}"
            ),
            items=(
                Text.of("channels.checklists.email.items.1"),
                Text.of("channels.checklists.email.items.2"),
                Text.of("channels.checklists.email.items.3"),
                Text.of("channels.checklists.email.items.4"),
                Text.of("channels.checklists.email.items.5"),
            ),
        ),
        "phone": ChannelChecklist(
            id="phone",
            title=Text.of("channels.checklists.phone.title"),
            source=_BOOK,
            items=(
                Text.of("channels.checklists.phone.items.1"),
                Text.of("channels.checklists.phone.items.2"),
                Text.of("channels.checklists.phone.items.3"),
                Text.of("channels.checklists.phone.items.4"),
                Text.of("channels.checklists.phone.items.5"),
            ),
        ),
        "meeting": ChannelChecklist(
            id="meeting",
            title=Text.of("channels.checklists.meeting.title"),
            source=Text.build(
                lambda lang: f"{_BOOK(lang)}; {Text.of('channels.checklists.meeting.also')(lang)}"
            ),
            items=(
                Text.of("channels.checklists.meeting.items.1"),
                Text.of("channels.checklists.meeting.items.2"),
                Text.of("channels.checklists.meeting.items.3"),
                Text.of("channels.checklists.meeting.items.4"),
                Text.of("channels.checklists.meeting.items.5"),
            ),
        ),
        "difficult_client": ChannelChecklist(
            id="difficult_client",
            title=Text.of("channels.checklists.difficult_client.title"),
            source=book_source(Text.of("channels.checklists.difficult_client.source")),
            # the soft-power techniques for writing things down, worded once (playbooks.soft_power), and the
            # book's reason for email from the channel scheme
            items=(
                *(_technique(t) for t in ("regulate_in_writing", "agreements_after_talk")),
                Text.of("channels.checklists.difficult_client.items.2"),
                _technique("warn_of_delays"),
            ),
        ),
    }
)

#: Escalation event value → label.
EVENT_LABELS: Mapping[str, Text] = MappingProxyType(
    {
        "sent": Text.of("channels.event_labels.sent"),
        "reply": Text.of("channels.event_labels.reply"),
        "no_reaction": Text.of("channels.event_labels.no_reaction"),
        "call_answered": Text.of("channels.event_labels.call_answered"),
        "summary_sent": Text.of("channels.event_labels.summary_sent"),
    }
)

#: Escalation state value → label.
STATE_LABELS: Mapping[str, Text] = MappingProxyType(
    {
        "not_sent": Text.of("channels.state_labels.not_sent"),
        "waiting": Text.of("channels.state_labels.waiting"),
        "call": Text.of("channels.state_labels.call"),
        "summary": Text.of("channels.state_labels.summary"),
        "resolved": Text.of("channels.state_labels.resolved"),
    }
)

#: Escalation state value → what to do now.
ACTIONS: Mapping[str, Text] = MappingProxyType(
    {
        "not_sent": Text.of("channels.actions.not_sent"),
        "waiting": Text.of("channels.actions.waiting"),
        "call": Text.of("channels.actions.call"),
        "summary": Text.of("channels.actions.summary"),
        "resolved": Text.of("channels.actions.resolved"),
    }
)

#: Fixed templates (only our own values are ever formatted into them).
EXPLAIN: Mapping[str, Text] = MappingProxyType(
    {
        "situation": Text.of("channels.explain.situation"),
        "channel": Text.of("channels.explain.channel"),
        "why": Text.of("channels.explain.why"),
        "and": Text.of("channels.explain.and"),
        "or": Text.of("channels.explain.or"),
        "together": Text.of("channels.explain.together"),
        "fallback": Text.of("channels.explain.fallback"),
        "escalate": Text.of("channels.explain.escalate"),
        "state": Text.of("channels.explain.state"),
        "action": Text.of("channels.explain.action"),
        "channels_now": Text.of("channels.explain.channels_now"),
        "next": Text.of("channels.explain.next"),
        "move": Text.of("channels.explain.move"),
        "hours": Text.of("channels.explain.hours"),
        "minutes": Text.of("channels.explain.minutes"),
        "seconds": Text.of("channels.explain.seconds"),
    }
)


def describe_advice(channels, alternatives, fallback, escalation, lang: Lang | str) -> str:
    """One phrase for a piece of advice, e.g. «электронная почта и мессенджер одновременно; нет реакции за
    время ожидания — телефонный звонок». Arguments are channel values (or members) and escalation items."""
    lang = as_lang(lang)
    names = [CHANNEL_LABELS[c](lang) for c in channels]
    text = EXPLAIN["and"](lang).join(names)
    if len(names) > 1:
        text = EXPLAIN["together"](lang).format(channels=text)
    if alternatives:
        text = EXPLAIN["or"](lang).join([text, *(CHANNEL_LABELS[c](lang) for c in alternatives)])
    if fallback is not None:
        text = EXPLAIN["fallback"](lang).format(advice=text, channel=CHANNEL_LABELS[fallback](lang))
    for item in escalation:
        text = EXPLAIN["escalate"](lang).format(
            advice=text, trigger=EVENT_LABELS[item.trigger](lang), channel=CHANNEL_LABELS[item.channel](lang)
        )
    return text


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


def _per_lang(build) -> Text:
    """A :class:`Text` whose two versions are built by ``build(lang)``."""
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
    from ..rules.channels import ADVICE, CHANNEL_CHECKLIST, CHANNELS, DEFAULT_WAIT, ESCALATION

    rows = []
    for rule in CHANNELS.rules:
        spec = ADVICE[rule.then]
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

    steps = []
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

    checklist_blocks = []
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
        checklist_blocks.append(checklist.block())

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
                        wait=describe_duration(DEFAULT_WAIT, lang)
                    )
                ),
                style="ours",
            ),
            *checklist_blocks,
            Note(text=_DOC["checklist_ours"], style="ours"),
        ),
    )
