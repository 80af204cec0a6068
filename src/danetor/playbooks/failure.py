"""What is said when handling a failure (отработка провала): the fixed ru/en texts and the printable document.

Only fixed texts live here. The user's own words (what happened, the fix, …) are inserted by
:func:`danetor.failure.failure_plan` as data: a template below is only ever formatted with them as *arguments*.

The third-party texts never apologise: not «извин…», «простит…», «прошу прощения», "apolog…" or "sorry" — the book
says that when a third party is to blame, expressing regret is enough. The tests check every such text.
"""

from __future__ import annotations

from collections.abc import Callable

from ..failure import (
    CHANNEL_VIA,
    CLIENT_KNOWS_LINE,
    EXAMPLE,
    FAULT_LABELS,
    INFORM_CLIENT_KNOWS,
    INFORM_CLIENT_KNOWS_WHAT,
    INFORM_WHAT,
    LABELS,
    NOT_DECIDED,
    PLAN_TITLE,
    REMEDY_INTRO,
    REMEDY_LINE,
    REMEDY_PART_NAMES,
    REMEDY_PARTS,
    STEPS,
    STILL_MISSING,
    StepTexts,
)
from ..rules.failure import STEP_CHANNEL, STEP_THREE, FailureStep, Fault, RemedyPart, as_fault, step_order
from ..text import Lang, Text, book_source
from .document import (
    Block,
    Checklist,
    Diagram,
    Document,
    Heading,
    Note,
    Paragraph,
    Quote,
    Steps,
    Table,
    wrap_label,
)

__all__ = [
    "BOOK_QUOTE",
    "CHANNEL_VIA",
    "CLIENT_KNOWS_LINE",
    "CLIENT_KNOWS_NOTE",
    "EXAMPLE",
    "FAULT_LABELS",
    "INFORM_CLIENT_KNOWS",
    "INFORM_CLIENT_KNOWS_WHAT",
    "INFORM_WHAT",
    "LABELS",
    "NOT_DECIDED",
    "PLAN_TITLE",
    "REMEDY_INTRO",
    "REMEDY_LINE",
    "REMEDY_PARTS",
    "REMEDY_PART_NAMES",
    "STEPS",
    "STILL_MISSING",
    "StepTexts",
    "document",
    "mermaid",
    "step_title",
    "step_todo",
]


#: The passage of the book's summary (shared/sources/003; Russian word for word up to typography; the English is ours).
BOOK_QUOTE = Text.of("failure.book_quote")

#: The "client already knows" adaptation, said where it is used. Ours, not the book's.
CLIENT_KNOWS_NOTE = Text.of("failure.client_knows_note")
_WHY_IS_OURS = Text.of("failure.why_is_ours")
_DOC_TITLE = Text.of("failure.doc_title")
_DOC_FAULT_TITLE = Text.of("failure.doc_fault_title")
_SOURCE = book_source(Text.of("failure.source"))
_INTRO = Text.of("failure.intro")
_H_STEPS = Text.of("failure.h_steps")
_H_DETAIL = Text.of("failure.h_detail")
_H_STEP_THREE = Text.of("failure.h_step_three")
_H_REMEDY = Text.of("failure.h_remedy")
_H_CLIENT_KNOWS = Text.of("failure.h_client_knows")
_STEP_THREE_BOTH = Text.of("failure.step_three_both")
_WITH_CHANNEL = Text.of("failure.with_channel")
_FOR_FAULT = Text.of("failure.for_fault")

#: Who speaks at each step in the diagram (the client, while venting; the manager otherwise).
_CLIENT_SPEAKS = frozenset({FailureStep.VENT})


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def _upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]


def step_title(
    step: FailureStep, lang: Lang, *, client_knows: bool = False, with_channel: bool = False
) -> str:
    """The title of *step* in *lang*, with its channel ("… by phone") when *with_channel*."""
    texts = INFORM_CLIENT_KNOWS if client_knows and step is FailureStep.INFORM else STEPS[step]
    title = texts.title(lang)
    channel = STEP_CHANNEL.get(step)
    if with_channel and channel is not None:
        title = _WITH_CHANNEL(lang).format(title=title, via=CHANNEL_VIA[channel](lang))
    return title


def step_todo(step: FailureStep, lang: Lang) -> str:
    """The generic to-do of *step* (no user details), with its sample phrase if it has one."""
    texts = STEPS[step]
    todo = texts.todo(lang)
    if texts.example is not None:
        todo += " " + EXAMPLE(lang).format(example=texts.example(lang))
    return todo


def mermaid(fault: Fault | str | None, lang: Lang) -> str:
    """A Mermaid sequence diagram of the conversation; both forms of step 3, each under a note naming whose fault it
    is, when *fault* is None."""
    m, c = LABELS["manager"](lang), LABELS["client"](lang)
    lines = ["sequenceDiagram", f"    participant M as {m}", f"    participant C as {c}"]
    faults = tuple(Fault) if fault is None else (as_fault(fault),)
    orders = {f: step_order(f) for f in faults}
    base = orders[faults[0]]
    for i, step in enumerate(base):
        number = i + 1
        variants = {f: orders[f][i] for f in faults}
        if len(set(variants.values())) == 1:
            arrow = "C-->>M" if step in _CLIENT_SPEAKS else "M->>C"
            lines.append(f"    {arrow}: {_message(number, step, lang)}")
            continue
        for f, variant in variants.items():  # a note over both names the case (no «alt» box: a word of code)
            lines.append(f"    Note over M,C: {FAULT_LABELS[f](lang)}")
            lines.append(f"    M->>C: {_message(number, variant, lang)}")
    return "\n".join(lines)


def _message(number: int, step: FailureStep, lang: Lang) -> str:
    """A step as a message of the sequence diagram, broken into lines of at most 40 characters, so that a long step
    does not widen the chart until print scales its labels below 9 pt."""
    return wrap_label(f"{number}. {step_title(step, lang, with_channel=True)}", width=40)


def _both(fn: Callable[..., str]) -> Text:
    """A text whose two versions are ``fn(lang)``; ``fn`` is called with the language only (``Callable[..., str]``
    because mypy cannot infer a lambda that binds loop variables by default arguments)."""
    return Text(ru=fn(Lang.RU), en=fn(Lang.EN))


def _step_three_example(fault: Fault, lang: Lang) -> str:
    """The example of what to say at step 3 for *fault* (both step-3 steps have one)."""
    example = STEPS[STEP_THREE[fault]].example
    assert example is not None, f"step 3 of {fault.value} has no example"
    return example(lang)


def document(fault: Fault | str | None = None) -> Document:
    """The failure-handling playbook for print and terminal, generated from the sequences and texts above.

    With *fault* None it covers both kinds of fault (and quotes the book); with a *fault* it covers only that
    kind, so a third-party document never mentions an apology.
    """
    fault = None if fault is None else as_fault(fault)
    faults = tuple(Fault) if fault is None else (fault,)
    orders = {f: step_order(f) for f in faults}
    first = orders[faults[0]]

    def step_item(i: int, lang: Lang) -> str:
        variants = [orders[f][i] for f in faults]
        if len(set(variants)) == 1:
            return step_title(variants[0], lang, with_channel=True)
        return _STEP_THREE_BOTH(lang).format(
            ours=step_title(orders[Fault.OURS][i], lang, with_channel=True),
            third_party=_lower_first(step_title(orders[Fault.THIRD_PARTY][i], lang, with_channel=True)),
        )

    rows: list[tuple[Text, Text, Text, Text]] = []
    for i in range(len(first)):
        for f in faults:
            step = orders[f][i]
            if f is not faults[0] and step is orders[faults[0]][i]:
                continue  # the same step for both faults: one row
            shared = all(orders[g][i] is step for g in faults)

            def row_title(lang: Lang, step: FailureStep = step, f: Fault = f, shared: bool = shared) -> str:
                plain = step_title(step, lang, with_channel=True)
                return plain if shared else _FOR_FAULT(lang).format(title=plain, fault=FAULT_LABELS[f](lang))

            rows.append(
                (
                    Text(ru=str(i + 1), en=str(i + 1)),
                    _both(row_title),
                    _both(lambda lang, step=step: step_todo(step, lang)),
                    STEPS[step].why,
                )
            )

    blocks: list[Block] = [Paragraph(text=_INTRO)]
    if fault is None:
        blocks.append(Quote(text=BOOK_QUOTE))
    blocks += [
        Heading(text=_H_STEPS),
        Steps(items=tuple(_both(lambda lang, i=i: step_item(i, lang)) for i in range(len(first)))),
        Diagram(mermaid=_both(lambda lang: mermaid(fault, lang))),
        Heading(text=_H_DETAIL),
        Table(header=(LABELS["number"], LABELS["step"], LABELS["todo"], LABELS["why"]), rows=tuple(rows)),
        Note(style="ours", text=_WHY_IS_OURS),
    ]
    if fault is None:
        blocks += [
            Heading(text=_H_STEP_THREE),
            Table(
                header=(LABELS["who"], LABELS["step"], LABELS["say"]),
                rows=tuple(
                    (
                        FAULT_LABELS[f],
                        STEPS[STEP_THREE[f]].title,
                        # what to say, in the quotation marks of its language
                        _both(
                            lambda lang, f=f: ("«{}»" if Lang(lang) is Lang.RU else "“{}”").format(
                                _step_three_example(f, lang)
                            )
                        ),
                    )
                    for f in Fault
                ),
            ),
        ]
    blocks += [
        Heading(text=_H_REMEDY),
        Checklist(
            items=tuple(_both(lambda lang, p=p: _upper_first(REMEDY_PART_NAMES[p](lang))) for p in RemedyPart)
        ),
        Heading(text=_H_CLIENT_KNOWS),
        Note(
            style="ours",
            text=_both(
                lambda lang: (
                    CLIENT_KNOWS_NOTE(lang)
                    + "\n\n"
                    + INFORM_CLIENT_KNOWS.title(lang)
                    + ". "
                    + INFORM_CLIENT_KNOWS.todo(lang)
                )
            ),
        ),
    ]
    if fault is None:
        doc_id, title = "failure", _DOC_TITLE
    else:
        doc_id = "failure-" + fault.value.replace("_", "-")
        title = _both(lambda lang: _DOC_FAULT_TITLE(lang).format(fault=FAULT_LABELS[fault](lang)))
    return Document(id=doc_id, title=title, source=_SOURCE, blocks=tuple(blocks))
