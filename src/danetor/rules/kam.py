"""The KAM quadrant as a rule set: account attractiveness × relationship strength → quadrant.

Source: shared/sources/004_…txt, «Key Account Management Strategy Analysis» — "a framework like the KAM quadrant
helps us in knowing the account attractiveness and the strength of the relationship in that account", with four
quadrants: Strategic (invest mindshare and ensure profitability), Star (invest time & money; need not be
profitable yet), Status (maintain the status quo), Streamline (manage for profitability).

Ours, not the source's: the two levels per axis, and the placement of the quadrants (the source does not draw the
matrix; we follow the usual McDonald–Woodburn layout it cites). Its texts are under ``kam.`` in the text registry.
"""

from __future__ import annotations

from enum import StrEnum

from .model import AllOf, Eq, Input, Rule, RuleSet

__all__ = ["KAM", "Attractiveness", "Quadrant", "Relationship"]


class Attractiveness(StrEnum):
    """How attractive the account is to us."""

    HIGH = "high"
    LOW = "low"


class Relationship(StrEnum):
    """How strong our relationship in the account is."""

    STRONG = "strong"
    WEAK = "weak"


class Quadrant(StrEnum):
    """The four quadrants of the KAM matrix."""

    STRATEGIC = "strategic"
    STAR = "star"
    STATUS = "status"
    STREAMLINE = "streamline"


def _cell(quadrant: Quadrant, attractiveness: Attractiveness, relationship: Relationship) -> Rule:
    return Rule(
        id=quadrant.value,
        when=AllOf(
            of=(
                Eq(field="attractiveness", value=attractiveness.value),
                Eq(field="relationship", value=relationship.value),
            )
        ),
        then=quadrant.value,
        why=f"kam.quadrant_why.{quadrant.value}",
    )


KAM = RuleSet(
    name="kam",
    title="kam.title",
    inputs=(
        Input(
            name="attractiveness",
            type=Attractiveness,
            label="kam.attractiveness_label",
            values={a.value: f"kam.attractiveness_values.{a.value}" for a in Attractiveness},
        ),
        Input(
            name="relationship",
            type=Relationship,
            label="kam.relationship_label",
            values={r.value: f"kam.relationship_values.{r.value}" for r in Relationship},
        ),
    ),
    outcome=Quadrant,
    rules=(
        _cell(Quadrant.STRATEGIC, Attractiveness.HIGH, Relationship.STRONG),
        _cell(Quadrant.STAR, Attractiveness.HIGH, Relationship.WEAK),
        _cell(Quadrant.STATUS, Attractiveness.LOW, Relationship.STRONG),
        _cell(Quadrant.STREAMLINE, Attractiveness.LOW, Relationship.WEAK),
    ),
)
