"""The book's ideas that issue 16 adds to the existing cards, each where it belongs, with its citation.

* the five archetypes card: what clients want (the book's chapter «Чего же хотят клиенты?»); the partnership of
  equals, not friendship, and «80–90 % прогиб»; how to become a blue bird: assertiveness, proactivity (not rushing
  to react), helping the client formulate their requirements, no working in rush mode;
* the scripts card: client orientation is not never saying no; "to sell is to help the client choose";
* soft power, boiling and the doers: three of the book's own sentences that the summary quotes.

Sources: shared/sources/003_…txt (the summary of the book; its pull quotes are the book's words) and 000_…txt (the
book's chapters). The texts are the registry's ``book.*``; each card appends :func:`blocks` of its name.
"""

from __future__ import annotations

from ..text import Text
from .cite import cited, ours
from .document import Block, Bullets, Heading, Note, Paragraph, Quote, Source

__all__ = ["blocks"]


def _t(key: str) -> Text:
    return Text.of(f"book.{key}")


def _summary(section: str) -> Source:
    return Source(text=cited("summary", _t(f"section.{section}")))


def blocks(card: str) -> tuple[Block, ...]:
    """The blocks issue 16 adds to *card* (a catalog name); empty for a card it adds nothing to."""
    if card == "archetypes":
        return (
            Heading(text=_t("archetypes.clients_want.title")),
            Source(text=cited("book", _t("chapter.clients_want"), kind="chapter")),
            Quote(text=_t("archetypes.clients_want.headache")),
            Quote(text=_t("archetypes.clients_want.employee")),
            Quote(text=_t("archetypes.clients_want.owner")),
            Quote(text=_t("archetypes.clients_want.give_it")),
            Quote(text=_t("archetypes.clients_want.spoken_and_unspoken")),
            Quote(text=_t("archetypes.clients_want.same_for_all")),
            Paragraph(text=ours(_t("archetypes.clients_want.negotiation"))),
            Heading(text=_t("archetypes.partnership.title")),
            _summary("main_ideas"),
            Bullets(items=(_t("archetypes.partnership.idea"), _t("archetypes.partnership.fear"))),
            _summary("relationship"),
            Quote(text=_t("archetypes.partnership.text")),
            Quote(text=_t("archetypes.partnership.bend")),
            _summary("ideal"),
            Quote(text=_t("archetypes.partnership.bend_80_90")),
            Note(text=_t("archetypes.partnership.servant"), style="ours"),
            Heading(text=_t("archetypes.path.title")),
            _summary("main_ideas"),
            Quote(text=_t("archetypes.path.idea")),
            _summary("ideal"),
            Quote(text=_t("archetypes.path.features")),
            Note(text=_t("archetypes.path.features.note"), style="ours"),
            Bullets(
                items=tuple(
                    _t(f"archetypes.path.{k}")
                    for k in ("assertiveness", "proactivity", "formulate", "no_rush")
                )
            ),
            Paragraph(text=ours(_t("archetypes.path.more"))),
        )
    if card == "scripts":
        return (
            Heading(text=_t("scripts.not_refusal.title")),
            _summary("main_ideas"),
            Quote(text=_t("scripts.not_refusal.idea")),
            _summary("selling"),
            Quote(text=_t("scripts.not_refusal.text")),
            Quote(text=_t("scripts.sell.tell_value")),
            Quote(text=_t("scripts.sell.help_choose")),
            _summary("soft_power"),
            Quote(text=_t("scripts.not_refusal.what_it_is")),
        )
    if card == "soft-power":
        return (_summary("danetor"), Quote(text=_t("soft_power.fear")))
    if card == "boiling":
        return (_summary("communication"), Quote(text=_t("boiling.quote.cup")))
    if card == "doers":
        return (_summary("communication"), Quote(text=_t("doers.quote.business")))
    return ()
