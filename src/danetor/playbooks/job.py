"""The duties and the job of an account manager: one card, each source in its own words under its own citation.

Sources (shared/sources/): 001 whole (Ю. Федорченко on the agency account manager: the duties, «что говорит
аккаунт-менеджер — говорит компания», keeping one's word, keeping the client informed, answering questions,
preventing conflicts); 002's job description (tasks, skills); 004's qualities of a candidate, duties, В. Орленко's
«Знание–Коммуникация–Организация», a typical day and a DD Planet account manager's account of hers, and a second
list of duties; and 000's lists of what an account manager does (the Demis Group article, «Аккаунт менеджер — кто
это…»). The sources' lists overlap; the card opens with our summary of them (marked ours) and keeps every list as
its source wrote it.
"""

from __future__ import annotations

from ..text import Text
from .cite import cited, joined, ours
from .document import Block, Bullets, Document, Heading, Note, Paragraph, Quote, Source, Steps

__all__ = ["GLANCE", "TITLE", "document"]

TITLE = Text.of("job.title")

#: our summary: the areas the sources' duty lists share
GLANCE: tuple[str, ...] = (
    "accompany",
    "inform",
    "organise",
    "conflicts",
    "documents",
    "develop",
    "loyalty",
    "analyse",
)


def _t(key: str) -> Text:
    return Text.of(f"job.{key}")


def _list(prefix: str, n: int, *, numbered: bool = False) -> Bullets | Steps:
    items = tuple(_t(f"{prefix}.{i}") for i in range(1, n + 1))
    return Steps(items=items) if numbered else Bullets(items=items)


def _named(prefix: str, names: tuple[str, ...]) -> Bullets:
    return Bullets(items=tuple(_t(f"{prefix}.{name}") for name in names))


def document() -> Document:
    """The duties and the job, source by source."""
    activities = (
        ("negotiation", 5),
        ("production", 5),
        ("documents", 2),
        ("finance", 2),
        ("growth", 2),
        ("retention", 3),
    )
    blocks: list[Block] = [
        Paragraph(text=ours(_t("summary"))),
        Heading(text=_t("glance.title")),
        Note(text=_t("glance.note"), style="ours"),
        Bullets(items=tuple(ours(_t(f"glance.{area}")) for area in GLANCE)),
        # 001, whole
        Heading(text=_t("agency.title")),
        Source(text=cited("fedorchenko")),
        Quote(text=_t("agency.intro")),
        Paragraph(text=_t("agency.company_speaks.title")),
        Quote(text=_t("agency.company_speaks")),
        Paragraph(text=_t("agency.duties.title")),
        _list("agency.duties", 9),
        Paragraph(text=_t("agency.team_expects.title")),
        _named("agency.team_expects", ("involved", "keep_word", "no_impossible")),
        Note(text=_t("agency.team_expects.rules"), style="ours"),
        Paragraph(text=_t("agency.informing.title")),
        Quote(text=_t("agency.informing.1")),
        Quote(text=_t("agency.informing.2")),
        Paragraph(text=_t("agency.answering.title")),
        Quote(text=_t("agency.answering.1")),
        Quote(text=_t("agency.answering.2")),
        Paragraph(text=_t("agency.preventing.title")),
        Quote(text=_t("agency.preventing.1")),
        Quote(text=_t("agency.preventing.2")),
        Note(text=_t("agency.preventing.book"), style="ours"),
        # 002, the job description
        Heading(text=_t("vacancy.title")),
        Source(text=cited("vacancy")),
        Paragraph(text=_t("vacancy.tasks.title")),
        _list("vacancy.tasks", 6),
        Paragraph(text=_t("vacancy.skills.title")),
        _list("vacancy.skills", 4),
        # 004, the qualities of a candidate
        Heading(text=_t("candidate.title")),
        Source(text=cited("agency_am", _t("candidate.title"))),
        Quote(text=_t("candidate.intro")),
        _list("candidate.quality", 6, numbered=True),
        Note(text=_t("candidate.quality.3.note"), style="ours"),
        Paragraph(text=ours(_t("candidate.interview"))),
        # 004, the duties
        Heading(text=_t("duties.heading")),
        Source(text=cited("agency_am", _t("duties.heading"))),
        Paragraph(text=_t("duties.title")),
        _list("duties", 13),
        Quote(text=_t("duties.universal")),
        Quote(text=_t("duties.always")),
        Paragraph(text=_t("duties.communication.title")),
        Quote(text=_t("duties.communication")),
        Paragraph(text=_t("duties.consulting.title")),
        Quote(text=_t("duties.consulting")),
        Paragraph(text=_t("duties.conflicts.title")),
        Quote(text=_t("duties.conflicts")),
        # 004, knowledge, communication, organisation
        Heading(text=_t("kco.title")),
        Source(text=cited("orlenko")),
        Paragraph(text=_t("kco.communication.title")),
        Quote(text=_t("kco.communication")),
        Note(text=_t("kco.communication.note"), style="ours"),
        Paragraph(text=_t("kco.knowledge.title")),
        Quote(text=_t("kco.knowledge")),
        Paragraph(text=_t("kco.organisation.title")),
        Quote(text=_t("kco.organisation")),
        Quote(text=_t("kco.blame")),
        # 004, a day in the job
        Heading(text=_t("day.title")),
        Source(text=cited("orlenko")),
        Quote(text=_t("day.typical")),
        Source(text=cited("ddplanet", _t("day.practice.section"))),
        Quote(text=_t("day.practice.intro")),
        Quote(text=_t("day.practice.client")),
        Quote(text=_t("day.practice.team")),
        Quote(text=_t("day.practice.hands_on")),
        # 004, a second list of duties
        Heading(text=_t("duties2.title")),
        Source(text=cited("am_duties")),
        _list("duties2", 17),
        # 000, the Demis Group article: the names, the three roles, the activities
        Heading(text=_t("activities.title")),
        Source(text=cited("demis")),
        Quote(text=_t("names")),
        Quote(text=_t("three_roles")),
        Quote(text=_t("activities.intro")),
    ]
    for group, n in activities:
        blocks += [Paragraph(text=_t(f"activities.{group}.title")), _list(f"activities.{group}", n)]
    blocks += [
        # 000, «Аккаунт менеджер — кто это…»: the two models and the list
        Heading(text=_t("models.title")),
        Source(text=cited("who_is")),
        Quote(text=_t("models.base")),
        Quote(text=_t("models.reactive")),
        Quote(text=_t("models.initiating")),
        Paragraph(text=_t("list.title")),
        _list("list", 4),
        Quote(text=_t("list.more")),
        Paragraph(text=ours(_t("agency_case"))),
    ]
    return Document(
        id="job",
        title=TITLE,
        source=joined(
            *(
                cited(source)
                for source in (
                    "fedorchenko",
                    "vacancy",
                    "agency_am",
                    "orlenko",
                    "ddplanet",
                    "am_duties",
                    "demis",
                    "who_is",
                )
            )
        ),
        blocks=tuple(blocks),
    )
