"""The words of the empathic no, of "selling" the extra, and of the other replies to a client (ru and en).

Only fixed texts live here; :mod:`danetor.scripts` puts the user's words into them. Every template is one of
*our* strings: user text is only ever passed to ``template.format(...)`` as an argument, never used as a template.

Sources: «Отчаянные аккаунт-менеджеры» (shared/sources/003_…txt), sections «Искусство продавать» (sell the extra
for loyalty: «Вообще эта услуга стоит у нас столько-то, но лично для вас, в качестве исключения, мы сделаем это
бесплатно»), «Алгоритм ДАНЕТОР» (the empathic no right after it: understanding → firm, polite refusal with the
reason → alternative), «Мягкая сила» (be brief, dilute refusals with small concessions, explain that pressure on
price and speed costs quality) and «Эффективные коммуникации» (address the client with «вы», never «ты»).

**«Вы» or «вы».** Every client-facing message here is written to one client, in writing (an email or a chat
message), so we follow the business-letter convention and capitalise the polite pronoun when it addresses that
one person: «Вы», «Вас», «Вам», «Вами», «Ваш» and all their forms, everywhere, with no exceptions. Notes for the
manager (``clarify_note``) use no second-person pronoun of their own; the DANETOR questions they list keep the
book's lower-case «вы», which addresses the reader, not the client.

**Grammar of the user's words.** So that any wording fits, each user text has one grammatical shape, and every
template is written for it:

* ``request``, ``alternative``, ``concession``: an infinitive phrase, what *we* would do
  (ru «переделать баннеры за выходные», en "redo the banners over the weekend");
* ``reason``: a clause (ru «вся команда занята запуском», en "the whole team is busy with a launch");
* ``service``: a noun phrase (ru «срочная доработка баннеров», en "an urgent rework of the banners");
* ``client``: a name as the client should be greeted («Анна», "Anna").

User text is always placed at the end of a sentence or of a clause, so a user's own final punctuation is kept
and our full stop is dropped after it.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import TYPE_CHECKING

from ..letter import GREETING, GREETING_PLAIN, SIGNOFF
from ..rules.danetor import Answer
from ..rules.scripts import RESPONSES, Audience, Currency, PartKind, ScriptKind, Tone
from ..scripts import (
    CLARIFY_ITEMS,
    CURRENCY,
    FRAMES,
    HOURS,
    HOURS_OF_WORK,
    LIST_ITEM,
    PART_LABELS,
    PART_LINE,
    PART_ORDER,
    PART_PURPOSES,
    REQUIRED_PARTS,
    SCRIPT_TITLES,
    SLOT_FIELDS,
    TERMS,
    USER_SLOTS,
    VALUE,
    VARIANTS,
    WORDINGS,
    Wording,
    check_wordings,
)
from ..text import Lang, Text, book_source, condition_text

if TYPE_CHECKING:  # pragma: no cover
    from collections.abc import Callable

    from ..decision import Decision
    from ..scripts import Script
    from .document import Block, Document

__all__ = [
    "AUDIENCE_LABELS",
    "CLARIFY_ITEMS",
    "CURRENCY",
    "DOC",
    "EXAMPLE",
    "FRAMES",
    "GREETING",
    "GREETING_PLAIN",
    "HOURS",
    "HOURS_OF_WORK",
    "LIST_ITEM",
    "PART_LABELS",
    "PART_ORDER",
    "PART_PURPOSES",
    "REQUIRED_PARTS",
    "SCRIPT_TITLES",
    "SIGNOFF",
    "SLOT_FIELDS",
    "TERMS",
    "TONE_LABELS",
    "USER_SLOTS",
    "VALUE",
    "VARIANTS",
    "WORDINGS",
    "Audience",
    "Currency",
    "PartKind",
    "ScriptKind",
    "Tone",
    "Wording",
    "all_texts",
    "document",
]


# -- the wordings ------------------------------------------------------------------------------------------


check_wordings(placeholders=False)

# -- fixed pieces ----------------------------------------------------------------------------------------------


# -- labels and explanations ----------------------------------------------------------------------------------


TONE_LABELS: MappingProxyType[Tone, Text] = MappingProxyType(
    {
        Tone.STANDARD: Text.of("scripts.tone_labels.standard"),
        Tone.BRIEF: Text.of("scripts.tone_labels.brief"),
    }
)

AUDIENCE_LABELS: MappingProxyType[Audience, Text] = MappingProxyType(
    {
        Audience.CLIENT: Text.of("scripts.audience_labels.client"),
        Audience.MANAGER: Text.of("scripts.audience_labels.manager"),
    }
)


def all_texts() -> list[tuple[str, Text]]:
    """Every fixed text of this module with a name saying where it is (for tests and reviews)."""
    out: list[tuple[str, Text]] = []
    for kind, tones in WORDINGS.items():
        for tone, wordings in tones.items():
            for i, wording in enumerate(wordings):
                out += [(f"wording/{kind}/{tone}/{i}/{slot}", t) for slot, t in wording.slots.items()]
    out += [("greeting", GREETING), ("greeting_plain", GREETING_PLAIN), ("signoff", SIGNOFF)]
    out += [(f"value/{k}", t) for k, t in VALUE.items()]
    out += [(f"hours/{k}", t) for k, t in HOURS.items()]
    out += [(f"currency/{k}", t) for k, t in CURRENCY.items()]
    out.append(("hours_of_work", HOURS_OF_WORK))
    out += [(f"terms/{k}", t) for k, t in TERMS.items()]
    out += [(f"clarify/{k}", t) for k, t in CLARIFY_ITEMS.items()]
    out.append(("list_item", LIST_ITEM))
    out += [(f"title/{k}", t) for k, t in SCRIPT_TITLES.items()]
    out += [(f"label/{k}", t) for k, t in PART_LABELS.items()]
    out += [(f"purpose/{k}", t) for k, t in PART_PURPOSES.items()]
    out += [(f"tone/{k}", t) for k, t in TONE_LABELS.items()]
    out += [(f"audience/{k}", t) for k, t in AUDIENCE_LABELS.items()]
    out += [(f"doc/{k}", t) for k, t in DOC.items()]
    return out


# -- the printable playbook --------------------------------------------------------------------------------

#: fixed texts of :func:`document` (the examples in it are generated by calling the functions)
DOC: MappingProxyType[str, Text] = MappingProxyType(
    {
        "title": Text.of("scripts.doc.title"),
        "source": book_source(Text.of("scripts.doc.source")),
        "intro": Text.of("scripts.doc.intro"),
        "no_heading": Text.of("scripts.doc.no_heading"),
        "no_quote": Text.of("scripts.doc.no_quote"),
        "no_parts": Text.of("scripts.doc.no_parts"),
        "no_required": Text.of("scripts.doc.no_required"),
        "soft_heading": Text.of("scripts.doc.soft_heading"),
        "soft_quote": Text.of("scripts.doc.soft_quote"),
        "soft_ours": Text.of("scripts.doc.soft_ours"),
        "sell_heading": Text.of("scripts.doc.sell_heading"),
        "sell_quote": Text.of("scripts.doc.sell_quote"),
        "sell_parts": Text.of("scripts.doc.sell_parts"),
        "confirm_heading": Text.of("scripts.doc.confirm_heading"),
        "confirm_text": Text.of("scripts.doc.confirm_text"),
        "undecided_heading": Text.of("scripts.doc.undecided_heading"),
        "undecided_text": Text.of("scripts.doc.undecided_text"),
        "respond_heading": Text.of("scripts.doc.respond_heading"),
        "respond_text": Text.of("scripts.doc.respond_text"),
        "col_verdict": Text.of("scripts.doc.col_verdict"),
        "col_when": Text.of("scripts.doc.col_when"),
        "col_message": Text.of("scripts.doc.col_message"),
        "col_needs": Text.of("scripts.doc.col_needs"),
        "col_part": Text.of("scripts.doc.col_part"),
        "col_text": Text.of("scripts.doc.col_text"),
        "example": Text.of("scripts.doc.example"),
        "example_brief": Text.of("scripts.doc.example_brief"),
        "example_client": Text.of("scripts.doc.example_client"),
        "example_manager": Text.of("scripts.doc.example_manager"),
        "message": Text.of("scripts.doc.message"),
        "address": Text.of("scripts.doc.address"),
        "any": Text.of("scripts.doc.any"),
        "or": Text.of("scripts.doc.or"),
        "and": Text.of("scripts.doc.and"),
        "nothing": Text.of("scripts.doc.nothing"),
    }
)

#: the worked examples' inputs, in both languages (the messages themselves are generated)
EXAMPLE: MappingProxyType[str, Text] = MappingProxyType(
    {
        "client": Text.of("scripts.example.client"),
        "request": Text.of("scripts.example.request"),
        "reason": Text.of("scripts.example.reason"),
        "alternative": Text.of("scripts.example.alternative"),
        "concession": Text.of("scripts.example.concession"),
        "service": Text.of("scripts.example.service"),
        "paid_request": Text.of("scripts.example.paid_request"),
    }
)


def _mermaid_label(text: str) -> str:
    """Our own fixed text, made safe for a quoted Mermaid label."""
    return text.replace('"', "'")


def _example_undecided(check: Callable[..., Decision]) -> Decision | None:
    """The undecided decision the card's examples answer: the client and the EBA unknown, the company yes (and a
    company policy's own questions yes); under a policy whose rules decide that, the first undecided combination
    with something to ask the client; ``None`` when the rules never leave a verdict undecided."""
    import itertools

    from .._active import ACTIVE
    from ..decision import questions
    from ..rules.danetor import Verdict
    from ..scripts import CLARIFY_ITEMS

    ids = [q.id for q in questions()]
    book = {**dict.fromkeys(ids, Answer.YES), "client": Answer.UNKNOWN, "eba": Answer.UNKNOWN}
    policy = ACTIVE.get()
    for answers in itertools.chain(
        [book], (dict(zip(ids, c)) for c in itertools.product(Answer, repeat=len(ids)))
    ):
        decision = check(**answers)
        asked = [
            q for q in decision.to_clarify if (CLARIFY_ITEMS if policy is None else policy.clarify).get(q)
        ]
        if decision.verdict is Verdict.UNDECIDED and asked:
            return decision
    return None


def document() -> Document:
    """The empathic no, selling the extra, confirming paid work and asking for what is missing, as a printable
    :class:`~danetor.playbooks.document.Document`.

    Generated from the data the code runs on: the part lists from :data:`PART_ORDER`, the routing table from
    ``danetor.scripts.RESPONSES`` and ``NEEDS`` (no diagram: it would only repeat the table), and every example message by calling
    :func:`danetor.scripts.empathic_no`, :func:`~danetor.scripts.sell_extra`, :func:`~danetor.scripts.confirm` and
    :func:`~danetor.scripts.respond` in both languages.
    """
    from .. import scripts as s  # the functions live there and import this module: import them late
    from ..decision import check
    from .book import blocks as book_blocks
    from .document import Bullets, Diagram, Document, Heading, Message, Note, Paragraph, Quote, Steps, Table

    optional = Text.of("scripts.card.optional")

    def steps(kind: ScriptKind) -> Steps:
        items = []
        for part in PART_ORDER[kind]:

            def one(lang: Lang, part: PartKind = part) -> str:
                line = PART_LINE(lang).format(
                    label=PART_LABELS[part](lang), purpose=PART_PURPOSES[part](lang)
                )
                return line if part in REQUIRED_PARTS[kind] else f"{line} ({optional(lang)})"

            items.append(Text(ru=one(Lang.RU), en=one(Lang.EN)))
        return Steps(items=tuple(items))

    def parts_diagram(kind: ScriptKind) -> Diagram:
        def one(lang: Lang) -> str:
            order = PART_ORDER[kind]
            lines = ["flowchart LR"]
            for part in order:
                shape = '["{}"]' if part in REQUIRED_PARTS[kind] else '("{}")'
                lines.append(f"    {part.value}" + shape.format(_mermaid_label(PART_LABELS[part](lang))))
            required = [p for p in order if p in REQUIRED_PARTS[kind]]
            for a, b in zip(required, required[1:]):
                lines.append(f"    {a.value} --> {b.value}")
            for i, part in enumerate(order):
                if part in REQUIRED_PARTS[kind]:
                    continue
                before = next(p for p in reversed(order[:i]) if p in REQUIRED_PARTS[kind])
                after = next(p for p in order[i + 1 :] if p in REQUIRED_PARTS[kind])
                lines.append(f"    {before.value} -.-> {part.value} -.-> {after.value}")
            return "\n".join(lines)

        return Diagram(mermaid=Text(ru=one(Lang.RU), en=one(Lang.EN)))

    def example(make: Callable[[Lang], Script]) -> list[Block]:
        ru, en = make(Lang.RU), make(Lang.EN)
        rows = tuple(
            (PART_LABELS[a.kind], Text(ru=a.text, en=b.text)) for a, b in zip(ru.parts, en.parts, strict=True)
        )
        return [
            Table(header=(DOC["col_part"], DOC["col_text"]), rows=rows),
            Paragraph(text=DOC["message"]),
            Message(text=Text(ru=ru.text, en=en.text)),
        ]

    ex = {k: v for k, v in EXAMPLE.items()}

    def no(lang: Lang) -> Script:
        return s.empathic_no(
            ex["request"](lang),
            ex["reason"](lang),
            ex["alternative"](lang),
            lang=lang,
            client=ex["client"](lang),
            variant=0,
        )

    def no_brief(lang: Lang) -> Script:
        return s.empathic_no(
            ex["request"](lang), ex["reason"](lang), ex["alternative"](lang), lang=lang,
            concession=ex["concession"](lang), pressure=True, tone=Tone.BRIEF, variant=0,
        )  # fmt: skip

    def sell(lang: Lang) -> Script:
        return s.sell_extra(
            ex["service"](lang), price=15000, hours=6, lang=lang, client=ex["client"](lang), variant=0
        )

    def paid(lang: Lang) -> Script:
        return s.confirm(
            ex["paid_request"](lang), price=9000, hours=4, lang=lang, client=ex["client"](lang), variant=0
        )

    undecided = _example_undecided(check)

    def ask(lang: Lang) -> Script:
        assert undecided is not None, "asked for only when there is an undecided example"
        return s.respond(
            undecided, request=ex["request"](lang), lang=lang, client=ex["client"](lang), variant=0
        )

    def note(lang: Lang) -> Script:
        assert undecided is not None, "asked for only when there is an undecided example"
        return s.respond(
            undecided, request=ex["request"](lang), lang=lang, audience=Audience.MANAGER, variant=0
        )

    def needs(kind: ScriptKind, lang: Lang) -> str:
        groups = s.NEEDS[kind]
        if not groups:
            return DOC["nothing"](lang)
        return DOC["and"](lang).join(
            DOC["or"](lang).join(Text.of(f"scripts.doc.field.{field}")(lang) for field in group)
            for group in groups
        )

    def route_rows() -> tuple[tuple[Text, Text, Text], ...]:
        rows = []
        for rule in RESPONSES.rules:
            kind = ScriptKind(rule.then)
            rows.append(
                (
                    condition_text(RESPONSES, rule),
                    SCRIPT_TITLES[kind],
                    Text(ru=needs(kind, Lang.RU), en=needs(kind, Lang.EN)),
                )
            )
        return tuple(rows)

    blocks = [
        Paragraph(text=DOC["intro"]),
        Heading(text=DOC["no_heading"]),
        Quote(text=DOC["no_quote"]),
        Paragraph(text=DOC["no_parts"]),
        steps(ScriptKind.EMPATHIC_NO),
        parts_diagram(ScriptKind.EMPATHIC_NO),
        Note(text=DOC["no_required"], style="warning"),
        Paragraph(text=DOC["example"]),
        *example(no),
        Heading(text=DOC["soft_heading"]),
        Quote(text=DOC["soft_quote"]),
        Note(text=DOC["soft_ours"], style="ours"),
        Paragraph(text=DOC["example_brief"]),
        *example(no_brief),
        Heading(text=DOC["sell_heading"]),
        Quote(text=DOC["sell_quote"]),
        Paragraph(text=DOC["sell_parts"]),
        steps(ScriptKind.SELL_EXTRA),
        Paragraph(text=DOC["example"]),
        *example(sell),
        Heading(text=DOC["confirm_heading"]),
        Paragraph(text=DOC["confirm_text"]),
        steps(ScriptKind.CONFIRMATION),
        Paragraph(text=DOC["example"]),
        *example(paid),
        Heading(text=DOC["undecided_heading"]),
        Paragraph(text=DOC["undecided_text"]),
        Bullets(items=(SCRIPT_TITLES[ScriptKind.CLARIFY], SCRIPT_TITLES[ScriptKind.CLARIFY_NOTE])),
        *((Paragraph(text=DOC["example_client"]), *example(ask)) if undecided is not None else ()),
        *((Paragraph(text=DOC["example_manager"]), *example(note)) if undecided is not None else ()),
        Note(text=Text.of("scripts.doc.ours_messages"), style="ours"),
        Heading(text=DOC["respond_heading"]),
        Paragraph(text=DOC["respond_text"]),
        Table(header=(DOC["col_when"], DOC["col_message"], DOC["col_needs"]), rows=route_rows()),
        Note(text=DOC["address"], style="info"),
        *book_blocks("scripts"),
    ]
    return Document(id="scripts", title=DOC["title"], source=DOC["source"], blocks=tuple(blocks))
