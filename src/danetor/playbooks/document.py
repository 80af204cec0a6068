"""Printable playbook content as typed blocks, and the renderers every consumer shares.

Every playbook (DANETOR, channels, failure handling, scripts, the book's other playbooks) describes itself as a
:class:`Document`: a title, where in the book it comes from, and a list of blocks, each text in ru and en. The
docs site, the printable cards and ``danetor playbook show`` all render the *same* document with the renderers
below (:func:`to_markdown`, :func:`to_terminal`), so paper, terminal and code cannot drift apart.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Callable
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from ..text import Lang, Text, as_lang

__all__ = [
    "COMPACT_CHART",
    "Block",
    "Bullets",
    "Checklist",
    "Diagram",
    "Document",
    "Heading",
    "Lines",
    "Message",
    "Note",
    "Paragraph",
    "Quote",
    "Source",
    "Steps",
    "Table",
    "strip_ansi",
    "to_markdown",
    "to_terminal",
    "wrap_label",
]


def built(fn: Callable[..., str]) -> Text:
    """:meth:`Text.build` for a lambda that binds loop variables by default arguments (``lambda lang, n=n: …``,
    as ruff's B023 wants): it is called with the language only. Typed ``Callable[..., str]`` because mypy cannot
    infer such a lambda against ``Callable[[Lang], str]``."""
    return Text.build(fn)


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Heading(_Frozen):
    kind: Literal["heading"] = "heading"
    text: Text


class Paragraph(_Frozen):
    kind: Literal["paragraph"] = "paragraph"
    text: Text


class Steps(_Frozen):
    """An ordered list: do these in this order."""

    kind: Literal["steps"] = "steps"
    items: tuple[Text, ...] = Field(min_length=1)


class Bullets(_Frozen):
    kind: Literal["bullets"] = "bullets"
    items: tuple[Text, ...] = Field(min_length=1)


class Checklist(_Frozen):
    """Items to tick off (rendered with boxes on paper)."""

    kind: Literal["checklist"] = "checklist"
    items: tuple[Text, ...] = Field(min_length=1)


class Table(_Frozen):
    kind: Literal["table"] = "table"
    header: tuple[Text, ...] = Field(min_length=1)
    rows: tuple[tuple[Text, ...], ...] = Field(min_length=1)


class Note(_Frozen):
    """A side remark. ``style="ours"`` marks an adaptation that is ours, not the book's; ``style="company"`` a
    company policy's own note (issue 18), under the *title* that names the company."""

    kind: Literal["note"] = "note"
    text: Text
    style: Literal["info", "warning", "ours", "company"] = "info"
    title: Text | None = None


class Quote(_Frozen):
    """A quotation from the book (Russian original; ``en`` is our translation). A *key* quote is the sentence a card
    turns on (the DANETOR rule): on paper it is printed large and bold, not as an aside."""

    kind: Literal["quote"] = "quote"
    text: Text
    key: bool = False


class Source(_Frozen):
    """Where the section that follows comes from (a citation by title and section), printed like the card's own
    source line. A card drawn from several sources cites each section where it starts."""

    kind: Literal["source"] = "source"
    text: Text


class Lines(_Frozen):
    """Blank lines to write on (an interview sheet's notes): ruled lines on paper, underscores in the terminal.
    *label* says what goes there."""

    kind: Literal["lines"] = "lines"
    count: int = Field(ge=1, le=20)
    label: Text | None = None


class Message(_Frozen):
    """A message ready to send, shown as the client will see it: its paragraphs and its line breaks kept (the
    numbered questions of a clarify message stay one per line)."""

    kind: Literal["message"] = "message"
    text: Text


class Diagram(_Frozen):
    """A Mermaid diagram (rendered as a diagram on the site, as its source in the terminal)."""

    kind: Literal["diagram"] = "diagram"
    mermaid: Text


Block = Annotated[
    Heading
    | Paragraph
    | Steps
    | Bullets
    | Checklist
    | Table
    | Note
    | Quote
    | Message
    | Diagram
    | Source
    | Lines,
    Field(discriminator="kind"),
]


class Document(_Frozen):
    """One playbook as printable content."""

    id: str = Field(pattern=r"^[a-z][a-z0-9_-]*$")
    title: Text
    source: Text
    blocks: tuple[Block, ...] = Field(min_length=1)


# -- Markdown (docs site, printable cards) -------------------------------------------------------------------

_NOTE_TITLE = {
    "info": Text.of("common.note_title.info"),
    "warning": Text.of("common.note_title.warning"),
    "ours": Text.of("common.note_title.ours"),
    "company": Text.of("common.note_title.company_unnamed"),
}
_SOURCE = Text.of("common.source")


def _md_cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", "<br>")


def to_markdown(doc: Document, lang: Lang | str, *, heading_level: int = 1, sections: bool = False) -> str:
    """Render *doc* as Markdown for mkdocs-material (admonitions, Mermaid fences, task lists).

    With *sections*, each heading and the blocks up to the next one are wrapped in
    ``<section class="danetor-section">`` (parsed as Markdown inside), so that a page made for paper can place
    each part of the document on its own (the wall card's grid, the cheat sheet's four tools)."""
    lang = as_lang(lang)
    h = "#" * heading_level
    out = [f"{h} {doc.title(lang)}", "", f"*{_SOURCE(lang)}: {doc.source(lang)}*", ""]
    section_open = False
    for block in doc.blocks:
        if isinstance(block, Heading):
            if sections:
                out += ["</section>", ""] if section_open else []
                out += ['<section class="danetor-section" markdown="1">', ""]
                section_open = True
            out += [f"{h}# {block.text(lang)}", ""]
        elif isinstance(block, Paragraph):
            out += [block.text(lang), ""]
        elif isinstance(block, Steps):
            out += [f"{i}. {item(lang)}" for i, item in enumerate(block.items, 1)] + [""]
        elif isinstance(block, Bullets):
            out += [f"- {item(lang)}" for item in block.items] + [""]
        elif isinstance(block, Checklist):
            out += [f"- [ ] {item(lang)}" for item in block.items] + [""]
        elif isinstance(block, Table):
            out.append("| " + " | ".join(_md_cell(c(lang)) for c in block.header) + " |")
            out.append("|" + "---|" * len(block.header))
            out += ["| " + " | ".join(_md_cell(c(lang)) for c in row) + " |" for row in block.rows]
            out.append("")
        elif isinstance(block, Note):
            kind = {"info": "note", "warning": "warning", "ours": "info", "company": "tip"}[block.style]
            title = (block.title or _NOTE_TITLE[block.style])(lang).replace('"', "'")
            out += [f'!!! {kind} "{title}"', ""]
            out += ["    " + line if line else "" for line in block.text(lang).splitlines()] + [""]
        elif isinstance(block, Quote):
            out += ["> " + line for line in block.text(lang).splitlines()]
            out += ["> { .danetor-key }", ""] if block.key else [""]
        elif isinstance(block, Message):
            out += ['<div class="danetor-message" markdown>', ""]
            for para in block.text(lang).split("\n\n"):
                out += ["<br>\n".join(para.split("\n")), ""]
            out += ["</div>", ""]
        elif isinstance(block, Diagram):
            out += ["```mermaid", block.mermaid(lang).rstrip(), "```", ""]
        elif isinstance(block, Source):
            out += [f"*{_SOURCE(lang)}: {block.text(lang)}*", ""]
        elif isinstance(block, Lines):
            if block.label is not None:
                out += [f"{block.label(lang)}:", ""]
            out += [f'<div class="danetor-lines" style="height: {1.8 * block.count:.1f}em"></div>', ""]
    if section_open:
        out += ["</section>", ""]
    return "\n".join(out).rstrip() + "\n"


#: The first line of a flowchart drawn left to right that must print at full size: Mermaid's spacing between its
#: boxes halved, so that four boxes fit the width of an A4 page without being scaled below 9 pt.
COMPACT_CHART = '%%{init: {"flowchart": {"rankSpacing": 28, "nodeSpacing": 24, "padding": 10}}}%%'


def wrap_label(text: str, width: int = 24) -> str:
    """A Mermaid node label, broken into as few lines of at most *width* characters as it needs, as even as they can
    be, at spaces (``<br/>``), with double quotes made single: a chart drawn left to right then stays narrow enough
    to print at full size."""
    text = text.replace('"', "'")
    lines = textwrap.wrap(text, width=width, break_long_words=False)
    for balanced in range(
        -(-len(text) // max(len(lines), 1)), width
    ):  # as even as the same number of lines allows
        even = textwrap.wrap(text, width=balanced, break_long_words=False)
        if len(even) == len(lines):
            lines = even
            break
    return "<br/>".join(lines) or text


# -- Terminal (danetor playbook show) ---------------------------------------------------------------------

_ANSI = re.compile(r"\x1b\[[0-9;]*m")


def _style(text: str, code: str, color: bool) -> str:
    return f"\x1b[{code}m{text}\x1b[0m" if color else text


def _wrap(text: str, width: int, first: str, rest: str) -> list[str]:
    lines: list[str] = []
    for i, para in enumerate(text.splitlines() or [""]):
        lines += textwrap.wrap(
            para, width=width, initial_indent=first if i == 0 else rest, subsequent_indent=rest
        ) or [first if i == 0 else rest]
    return lines


def to_terminal(doc: Document, lang: Lang | str, *, color: bool = False, width: int = 88) -> str:
    """Render *doc* as plain text for a terminal; *color* adds ANSI styles (off for pipes and ``NO_COLOR``)."""
    lang = as_lang(lang)
    width = max(40, width)
    out = [
        _style(doc.title(lang).upper(), "1", color),
        _style(f"{_SOURCE(lang)}: {doc.source(lang)}", "2", color),
        "",
    ]
    for block in doc.blocks:
        if isinstance(block, Heading):
            out += [_style(block.text(lang), "1;4", color), ""]
        elif isinstance(block, Paragraph):
            out += _wrap(block.text(lang), width, "", "") + [""]
        elif isinstance(block, Steps):
            for i, item in enumerate(block.items, 1):
                out += _wrap(item(lang), width, f"{i:>2}. ", "    ")
            out.append("")
        elif isinstance(block, (Bullets, Checklist)):
            mark = "[ ] " if isinstance(block, Checklist) else "• "
            for item in block.items:
                out += _wrap(item(lang), width, f"  {mark}", " " * (2 + len(mark)))
            out.append("")
        elif isinstance(block, Table):
            cells = [[c(lang) for c in block.header]] + [[c(lang) for c in row] for row in block.rows]
            widths = [max(len(r[i]) for r in cells) for i in range(len(block.header))]
            fits = sum(widths) + 3 * (len(widths) - 1) <= width
            if fits:
                for n, row in enumerate(cells):
                    line = " │ ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip()
                    out.append(_style(line, "1", color) if n == 0 else line)
                    if n == 0:
                        out.append("─┼─".join("─" * w for w in widths))
            else:  # too wide: one record per row, "header: value"
                for n, row in enumerate(cells[1:]):
                    if n:
                        out.append("")
                    for head, value in zip(cells[0], row, strict=True):
                        out += _wrap(value, width, f"{head}: ", "  ")
            out.append("")
        elif isinstance(block, Note):
            title = (block.title or _NOTE_TITLE[block.style])(lang)
            out += _wrap(f"{title}: {block.text(lang)}", width, "  ! ", "    ")
            out.append("")
        elif isinstance(block, Quote):
            out += [_style(line, "3", color) for line in _wrap(block.text(lang), width, "  « ", "    ")] + [
                ""
            ]
        elif isinstance(block, Message):
            for line in block.text(lang).split("\n"):
                out += _wrap(line, width - 4, "  │ ", "  │ ") if line else ["  │"]
            out.append("")
        elif isinstance(block, Diagram):
            continue  # diagrams are for the page; the steps they draw are always also given as text
        elif isinstance(block, Source):
            out += [
                _style(line, "2", color)
                for line in _wrap(f"{_SOURCE(lang)}: {block.text(lang)}", width, "", "")
            ]
            out.append("")
        elif isinstance(block, Lines):
            if block.label is not None:
                out.append(f"{block.label(lang)}:")
            out += ["_" * width] * block.count
            out.append("")
    return "\n".join(out).rstrip() + "\n"


def strip_ansi(text: str) -> str:
    return _ANSI.sub("", text)
