"""Paper made for its reader, not the site printed: the DANETOR wall card and the cheat sheet of the four core tools.

Both are :class:`~danetor.playbooks.document.Document` s like the cards, built from the same data: the questions,
the rule and the verdict labels of the DANETOR rule set, the parts of the empathic no and of "selling" the extra,
the four steps of handling a failure, the channel matrix and its escalation. Nothing on them is typed twice; the
few words that frame them are the registry's ``paper.*`` texts.

* :func:`wall_card`: one A4 page to pin up, read from a step away. The three questions and the rule first and
  largest, then what to do on each verdict (the empathic no and its three parts; selling the extra), and "don't
  know" as a small note marked as our own addition (the book has only yes and no).
* :func:`cheat_sheet`: the four core tools on one A4 page: the DANETOR check, the empathic no, the four failure
  steps (apology against regret), and the channel matrix with its escalation.

The docs site renders each with :func:`~danetor.playbooks.document.to_markdown` (``sections=True``) on a page of its
own, which the build prints to ``site/pdf/``; the tests read those PDFs back.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import MappingProxyType

from ..questions import VERDICT_LABELS
from ..rules import danetor as rules
from ..rules.scripts import PartKind, ScriptKind
from ..scripts import PART_LABELS, PART_ORDER, PART_PURPOSES, REQUIRED_PARTS, SCRIPT_TITLES
from ..text import Text, book_source
from .document import Block, Document, Heading, Note, Paragraph, Quote, Steps, Table

__all__ = ["PAPER", "cheat_sheet", "part_steps", "section", "wall_card"]


def _t(key: str) -> Text:
    return Text.of(f"paper.{key}")


def part_steps(kind: ScriptKind, *, required_only: bool = True) -> Steps:
    """The parts of a message of *kind*, in order, each as «label — what to do» (the required ones only, unless
    *required_only* is false)."""

    def line(part: PartKind) -> Text:
        return Text.build(
            lambda lang: _t("part")(lang).format(
                label=PART_LABELS[part](lang), purpose=PART_PURPOSES[part](lang)
            )
        )

    parts = [p for p in PART_ORDER[kind] if not required_only or p in REQUIRED_PARTS[kind]]
    return Steps(items=tuple(line(p) for p in parts))


def section(doc: Document, heading_key: str) -> tuple[Block, ...]:
    """The blocks of *doc* under its heading with text key *heading_key*, up to the next heading."""
    blocks = doc.blocks
    start = next(
        (i for i, b in enumerate(blocks) if isinstance(b, Heading) and b.text.key == heading_key), None
    )
    if start is None:
        raise KeyError(f"{doc.id} has no heading {heading_key!r}")
    end = next((i for i in range(start + 1, len(blocks)) if isinstance(blocks[i], Heading)), len(blocks))
    return blocks[start + 1 : end]


def _rule(columns: tuple[int, ...]) -> tuple[Block, ...]:
    """The rule in force, for a sheet (:func:`danetor.playbooks.danetor.rule_blocks`): the book's sentence as the
    paragraph a sheet sets large (not a quotation, set small and in italics); under a company's own rules, its note,
    then its rules with only *columns* of the card's rule table (verdict, when, why, what next), so that they fit."""
    from .danetor import rule_blocks

    out: list[Block] = []
    for block in rule_blocks(table=False):
        if isinstance(block, Quote):
            out.append(Paragraph(text=block.text))
        elif isinstance(block, Table):
            out.append(
                Table(
                    header=tuple(block.header[i] for i in columns),
                    rows=tuple(tuple(row[i] for i in columns) for row in block.rows),
                )
            )
        else:
            out.append(block)
    return tuple(out)


def wall_card() -> Document:
    """The DANETOR wall card: the questions and the rule in force, what to do on each verdict, and "don't know"
    (ours). A company's card says whose it is first, asks its questions too, and prints its rules under the
    book's sentence."""
    from ..decision import ruleset
    from .catalog import company_blocks
    from .danetor import TEXTS, questions_blocks

    return Document(
        id="wall",
        title=Text.of(ruleset().title),
        source=TEXTS["source"],
        blocks=(
            *company_blocks(),
            *questions_blocks(),
            Heading(text=TEXTS["rules"]),
            *_rule(columns=(0, 1)),  # the verdict and when: what to do on each is below
            Heading(text=VERDICT_LABELS[rules.Verdict.REFUSE]),
            Paragraph(text=TEXTS["then_refuse"]),
            part_steps(ScriptKind.EMPATHIC_NO),
            Heading(text=VERDICT_LABELS[rules.Verdict.ACCEPT]),
            Paragraph(text=TEXTS["then_accept"]),
            Quote(text=_t("sell_example")),
            Heading(text=VERDICT_LABELS[rules.Verdict.UNDECIDED]),
            Paragraph(text=_t("wall.then_undecided")),
            Note(text=_t("wall.unknown"), style="ours"),
        ),
    )


def cheat_sheet() -> Document:
    """The cheat sheet: the DANETOR check, the empathic no (and selling the extra), the four failure steps with
    apology against regret, and the channel matrix with the escalation of an urgent question."""
    from ..channels import ACTIONS
    from ..decision import ruleset
    from ..rules.channels import ESCALATION
    from . import channels, failure
    from .catalog import company_blocks
    from .danetor import TEXTS, questions_blocks

    # the book's sentence, then what to do on each verdict; under a company's own rules, when each verdict holds
    rule = _rule(columns=(0, 1))  # the verdict and when (what to do next: the two tools beside it)
    if not any(isinstance(b, Table) for b in rule):
        rule = (
            *rule,
            Table(
                header=(TEXTS["verdict"], TEXTS["next"]),
                rows=(
                    (VERDICT_LABELS[rules.Verdict.REFUSE], TEXTS["then_refuse"]),
                    (VERDICT_LABELS[rules.Verdict.ACCEPT], TEXTS["then_accept"]),
                    (VERDICT_LABELS[rules.Verdict.UNDECIDED], _t("cheatsheet.undecided")),
                ),
            ),
        )
    failure_doc = failure.document()
    channels_doc = channels.document()
    steps = next(b for b in section(failure_doc, "failure.h_steps") if isinstance(b, Steps))
    apology = next(b for b in section(failure_doc, "failure.h_step_three") if isinstance(b, Table))
    matrix = next(b for b in section(channels_doc, "channels.doc.matrix") if isinstance(b, Table))
    escalation = Steps(items=tuple(ACTIONS[s.id] for s in ESCALATION.states if s.on))
    return Document(
        id="cheatsheet",
        title=_t("cheatsheet.title"),
        source=book_source(_t("cheatsheet.source")),
        blocks=(
            *company_blocks(),
            Heading(text=Text.of(ruleset().title)),
            questions_blocks()[1],
            *rule,
            Heading(text=SCRIPT_TITLES[ScriptKind.EMPATHIC_NO]),
            part_steps(ScriptKind.EMPATHIC_NO),
            Paragraph(text=_t("cheatsheet.sell")),
            part_steps(ScriptKind.SELL_EXTRA),
            Heading(text=failure_doc.title),
            steps,
            Table(header=apology.header, rows=apology.rows),
            Heading(text=channels_doc.title),
            Table(header=matrix.header[:2], rows=tuple(row[:2] for row in matrix.rows)),
            Paragraph(text=Text.of("channels.doc.escalation")),
            escalation,
        ),
    )


#: every paper product by name, in the order the build prints them
PAPER: Mapping[str, Callable[[], Document]] = MappingProxyType({"wall": wall_card, "cheatsheet": cheat_sheet})
