"""The beginner's tips: ten tips for a beginner account manager, each in its author's words, and where a tip meets
the book, a note that says how.

Source: shared/sources/000_…txt, the article «10 практических советов начинающему аккаунт-менеджеру» by «Лизка»
(head of the account managers' department at Webline Promotion). Two tips conflict with the book: «Будьте другом»
(the book's ideal is a partnership of equals, not friendship) and «Увеличивайте дедлайны» (the book shapes the
client's expectations in the open). Those carry a warning note; the notes that say a tip agrees with the book are
ours too, and marked so.
"""

from __future__ import annotations

from ..text import Text
from .cite import cited, ours
from .document import Block, Bullets, Document, Heading, Note, Quote, built

__all__ = ["CONFLICTS", "TIPS", "TITLE", "document"]

TITLE = Text.of("tips.title")

#: the tips in the author's order: id → the keys of its quotes after the gist, and whether it conflicts with the
#: book (a warning note), agrees with it (an ours note), or has no note
TIPS: tuple[tuple[str, tuple[str, ...], str | None], ...] = (
    ("be_yourself", ("roles",), None),
    ("be_a_friend", ("small_talk",), "conflict"),
    ("learn", ("saying",), "agrees"),
    ("memory", (), "agrees"),
    ("read_between_lines", ("example",), "agrees"),
    ("team_in_love", (), "agrees"),
    ("pad_deadlines", (), "conflict"),
    ("client_base", (), "agrees"),
    ("good_hardware", (), None),
    ("dont_overstrain", (), "agrees"),
)
#: the tips that conflict with the book
CONFLICTS: tuple[str, ...] = tuple(tip for tip, _, note in TIPS if note == "conflict")

_CLIENT_BASE_ITEMS = 6


def _t(key: str) -> Text:
    return Text.of(f"tips.{key}")


def document() -> Document:
    """The ten tips, each with the author's words and, where it meets the book, a note on how."""
    blocks: list[Block] = [Quote(text=_t("intro")), Note(text=_t("note.conflicts"), style="ours")]
    for n, (tip, extra, note) in enumerate(TIPS, 1):
        blocks.append(Heading(text=built(lambda lang, n=n, tip=tip: f"{n}. {_t(f'{tip}.title')(lang)}")))
        blocks.append(Quote(text=_t(f"{tip}.gist")))
        blocks += [Quote(text=_t(f"{tip}.{key}")) for key in extra]
        if tip == "client_base":
            blocks.append(
                Bullets(items=tuple(_t(f"client_base.list.{i}") for i in range(1, _CLIENT_BASE_ITEMS + 1)))
            )
        if note == "conflict":
            blocks.append(Note(text=ours(_t(f"{tip}.note")), style="warning"))
        elif note == "agrees":
            blocks.append(Note(text=_t(f"{tip}.note"), style="ours"))
    return Document(id="tips", title=TITLE, source=cited("tips"), blocks=tuple(blocks))
