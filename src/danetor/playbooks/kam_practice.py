"""KAM practice on the KAM card: what key customers expect of their suppliers, the roles of a key account manager,
and the best practices, with the quadrants each applies to (our mapping, marked so).

Source: shared/sources/004_…txt, DemandFarm's blog on key account management (in English: the English of each
quote is the source's, the Russian our translation). The practices and their quadrants are
:mod:`danetor.rules.kam_practice`; ``danetor kam`` shows the ones that apply to the quadrant it names.
"""

from __future__ import annotations

from ..rules.kam import Quadrant
from ..rules.kam_practice import GROUPS, PRACTICES, PracticeGroup
from ..text import Text
from .cite import cited, ours
from .document import Block, Bullets, Heading, Note, Paragraph, Quote, Source, Table

__all__ = ["QUOTES", "blocks"]


def _t(key: str) -> Text:
    return Text.of(f"kam_practice.{key}")


#: the source's words for each group of practices, in its order
QUOTES: dict[PracticeGroup, tuple[str, ...]] = {
    PracticeGroup.SELECT: (
        "practice.criteria",
        "practice.start_small",
        "practice.under_100",
        "practice.same_criteria",
        "practice.no_golf_buddies",
        "practice.potential",
    ),
    PracticeGroup.RELATIONSHIP: ("practice.loyalty", "practice.trusted_partner", "practice.org_chart"),
    PracticeGroup.OPPORTUNITY: ("practice.grow_existing", "practice.relevant_cross_sell"),
}


def blocks() -> tuple[Block, ...]:
    """The KAM practice sections of the KAM card."""
    out: list[Block] = [
        Heading(text=_t("expect.title")),
        Source(text=cited("demandfarm", _t("section.expect"))),
        Quote(text=_t("expect.intro")),
        Bullets(
            items=tuple(
                _t(f"expect.{k}") for k in ("marketplace", "strategies", "their_customers", "value", "money")
            )
        ),
        Paragraph(text=ours(_t("expect.ask"))),
        Heading(text=_t("roles.title")),
        Source(text=cited("demandfarm", _t("section.roles"))),
        Quote(text=_t("roles.intro")),
        Quote(text=_t("roles.implementation")),
        Paragraph(text=_t("roles.implementation.title")),
        Bullets(
            items=tuple(_t(f"roles.implementation.{k}") for k in ("expert", "value_developer", "accountable"))
        ),
        Quote(text=_t("roles.facilitation")),
        Paragraph(text=_t("roles.facilitation.title")),
        Note(text=_t("roles.facilitation.missing"), style="ours"),
        Source(text=cited("demandfarm", _t("section.definition"))),
        Quote(text=_t("definition")),
        Quote(text=_t("roles.internal")),
        Heading(text=_t("practice.title")),
        Source(text=cited("demandfarm", _t("section.practices"))),
        Quote(text=_t("practice.why")),
        Paragraph(text=_t("practice.lead")),
    ]
    for group in GROUPS:
        if group in QUOTES:
            out.append(Paragraph(text=_t(f"practice.group.{group.value}")))
            out.append(Bullets(items=tuple(_t(k) for k in QUOTES[group])))
    out += [
        Note(text=_t("language_note"), style="ours"),
        Heading(text=_t("card.mapping")),
        Note(text=_t("practice.quadrants.note"), style="ours"),
        Table(
            header=(_t("card.practice_col"), ours(_t("card.quadrants_col")), ours(_t("card.why_col"))),
            rows=tuple(
                (
                    Text.of(p.short),
                    Text(
                        ru=", ".join(q.value.capitalize() for q in Quadrant if q in p.quadrants),
                        en=", ".join(q.value.capitalize() for q in Quadrant if q in p.quadrants),
                    ),
                    Text.of(p.reason),
                )
                for p in PRACTICES
            ),
        ),
    ]
    return tuple(out)
