"""The agency case, a worked example: how one agency's account manager organised a big project.

Source: shared/sources/000_…txt, Ф. Михайлов (account manager at the agency Mello), «Для чего нужен аккаунт-менеджер:
кейс по организации работы в сложном проекте» (a bank's online advertising, from June 2019). The card follows the
case in the author's words: who the account manager is, the expected difficulties, the tools (the task board,
sprints and stand-ups, time tracking), the communication with the client and its channels, the two effectiveness
criteria, the results, the four tips to the client and the ten-point list for a big project.

Where the agency's practice differs from the book, a warning note says how (ours): urgent matters go straight to
the phone, where the book writes first and calls only when there is no reaction; more talking by voice, where the
book calls only when writing will not do; the contractor as "a tool", where the book has a partnership of equals.
"""

from __future__ import annotations

from ..text import Text
from .cite import cited, ours
from .document import Bullets, Document, Heading, Note, Paragraph, Quote, Steps

__all__ = ["BIG_PROJECT", "DIFFERS", "TITLE", "document"]

TITLE = Text.of("agency.title")

#: the ten-point list for a big project, in the author's order
BIG_PROJECT: tuple[str, ...] = (
    "record",
    "checklists",
    "priorities",
    "trello",
    "voice",
    "feedback",
    "joint_calls",
    "immerse",
    "tests",
    "market",
)
#: the notes that say where the case differs from the book
DIFFERS: tuple[str, ...] = ("comm.roles.vs_book", "channels.vs_book", "big_project.voice.vs_book")


def _t(key: str) -> Text:
    return Text.of(f"agency.{key}")


def _items(prefix: str, n: int) -> Bullets:
    return Bullets(items=tuple(_t(f"{prefix}.{i}") for i in range(1, n + 1)))


def _differs(key: str) -> Note:
    return Note(text=ours(_t(key)), style="warning")


def document() -> Document:
    """The case, section by section, with the notes on where it differs from the book."""
    blocks = (
        Paragraph(text=ours(_t("summary"))),
        Quote(text=_t("intro")),
        Quote(text=_t("who")),
        Paragraph(text=_t("does.title")),
        _items("does", 8),
        Quote(text=_t("without")),
        Heading(text=_t("client.title")),
        Quote(text=_t("client")),
        Paragraph(text=_t("risks.title")),
        _items("risks", 5),
        Quote(text=_t("directions")),
        Heading(text=_t("tools.title")),
        Quote(text=_t("tools.board")),
        Paragraph(text=_t("tools.card.title")),
        _items("tools.card", 6),
        Quote(text=_t("tools.board.why")),
        Quote(text=_t("tools.time")),
        _items("tools.time", 3),
        Quote(text=_t("tools.time.why")),
        Quote(text=_t("tools.standups")),
        Quote(text=_t("tools.sprints")),
        Quote(text=_t("tools.retro")),
        Heading(text=_t("comm.title")),
        Quote(text=_t("comm.win_win")),
        Bullets(items=(_t("comm.roles.1"), _t("comm.roles.2"))),
        _differs("comm.roles.vs_book"),
        Quote(text=_t("comm.client_competent")),
        Heading(text=_t("channels.title")),
        Quote(text=_t("channels.main")),
        Paragraph(text=_t("channels.calls.title")),
        _items("channels.calls", 4),
        Quote(text=_t("channels.telegram")),
        Quote(text=_t("channels.phone")),
        Quote(text=_t("channels.why")),
        _differs("channels.vs_book"),
        Heading(text=_t("criteria.heading")),
        Paragraph(text=_t("criteria.title")),
        Steps(items=(_t("criteria.result"), _t("criteria.time"))),
        Quote(text=_t("hours")),
        Paragraph(text=_t("results.title")),
        _items("results", 8),
        Heading(text=_t("client_tips.heading")),
        Paragraph(text=_t("client_tips.title")),
        Bullets(
            items=tuple(_t(f"client_tips.{k}") for k in ("trust", "interest", "channels", "same_direction"))
        ),
        Quote(text=_t("client_tips.why")),
        Note(text=_t("client_tips.note"), style="ours"),
        Heading(text=_t("big_project.heading")),
        Paragraph(text=_t("big_project.title")),
        Steps(items=tuple(_t(f"big_project.{k}") for k in BIG_PROJECT)),
        _differs("big_project.voice.vs_book"),
        Note(text=_t("big_project.agrees"), style="ours"),
        Quote(text=_t("trained")),
    )
    return Document(id="agency", title=TITLE, source=cited("mello"), blocks=blocks)
