"""The KAM quadrant as a rule set: account attractiveness × relationship strength → quadrant.

Source: shared/sources/004_…txt, «Key Account Management Strategy Analysis» — "a framework like the KAM quadrant
helps us in knowing the account attractiveness and the strength of the relationship in that account", with four
quadrants: Strategic (invest mindshare and ensure profitability), Star (invest time & money; need not be
profitable yet), Status (maintain the status quo), Streamline (manage for profitability).

Ours, not the source's: the two levels per axis, and the placement of the quadrants (the source does not draw the
matrix; we follow the usual McDonald–Woodburn layout it cites). See :mod:`danetor.playbooks.kam`.
"""

from __future__ import annotations

from enum import StrEnum

from ..playbooks.kam import (
    ATTRACTIVENESS_LABEL,
    ATTRACTIVENESS_VALUES,
    QUADRANT_WHY,
    RELATIONSHIP_LABEL,
    RELATIONSHIP_VALUES,
    TITLE,
)
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
        why=QUADRANT_WHY[quadrant.value],
    )


KAM = RuleSet(
    name="kam",
    title=TITLE,
    inputs=(
        Input(
            name="attractiveness",
            type=Attractiveness,
            label=ATTRACTIVENESS_LABEL,
            values=ATTRACTIVENESS_VALUES,
        ),
        Input(name="relationship", type=Relationship, label=RELATIONSHIP_LABEL, values=RELATIONSHIP_VALUES),
    ),
    outcome=Quadrant,
    rules=(
        _cell(Quadrant.STRATEGIC, Attractiveness.HIGH, Relationship.STRONG),
        _cell(Quadrant.STAR, Attractiveness.HIGH, Relationship.WEAK),
        _cell(Quadrant.STATUS, Attractiveness.LOW, Relationship.STRONG),
        _cell(Quadrant.STREAMLINE, Attractiveness.LOW, Relationship.WEAK),
    ),
)
