"""KAM practice: the best practices of key account management, and which quadrant of the KAM matrix each applies to.

Source: shared/sources/004_…txt, the English passages of a key-account-management blog (DemandFarm): «Developing Key
relationships» (what key customers expect their suppliers to understand), «What is the role of a key account
manager?» and «Key Account Management Best Practices» (choosing the key accounts, the relationship, looking for
opportunity).

The source ties none of these practices to a quadrant. Every mapping below is the project's own, with its reason
(``why``), and is shown as ours wherever it is shown: on the KAM card and in ``danetor kam``. A practice of scope
``portfolio`` decides which customers are key accounts at all, so it applies in every quadrant.

Texts are under ``kam_practice.`` in the text registry (the practice's quote, our short wording of it, our reason).
"""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field

from .kam import Quadrant

__all__ = ["GROUPS", "PRACTICES", "Practice", "PracticeGroup", "Scope", "practices_for"]


class Scope(StrEnum):
    """What a practice is about: choosing the key accounts (the whole portfolio), or working with one account."""

    PORTFOLIO = "portfolio"
    ACCOUNT = "account"


class PracticeGroup(StrEnum):
    """The source's sections, in its order."""

    EXPECT = "expect"
    SELECT = "select"
    RELATIONSHIP = "relationship"
    OPPORTUNITY = "opportunity"


#: the groups in the source's order
GROUPS: tuple[PracticeGroup, ...] = tuple(PracticeGroup)


class Practice(BaseModel):
    """One practice: our short wording of the source's (``short``), the quadrants it applies to, and why (ours:
    ``reason``). The source's own words are on the KAM card, in its section."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    group: PracticeGroup
    scope: Scope
    quadrants: tuple[Quadrant, ...] = Field(min_length=1)
    #: our reason for the quadrants (the source ties no practice to a quadrant)
    why: str

    @property
    def short(self) -> str:
        """The key of our short wording of the practice."""
        return f"kam_practice.practice.{self.id}.short"

    @property
    def reason(self) -> str:
        """The key of our reason for its quadrants."""
        return f"kam_practice.practice.why.{self.why}"


_ALL = tuple(Quadrant)
_ATTRACTIVE = (Quadrant.STRATEGIC, Quadrant.STAR)

PRACTICES: tuple[Practice, ...] = (
    Practice(
        id="expect", group=PracticeGroup.EXPECT, scope=Scope.ACCOUNT, quadrants=_ATTRACTIVE, why="expect"
    ),
    Practice(id="criteria", group=PracticeGroup.SELECT, scope=Scope.PORTFOLIO, quadrants=_ALL, why="select"),
    Practice(
        id="start_small", group=PracticeGroup.SELECT, scope=Scope.PORTFOLIO, quadrants=_ALL, why="select"
    ),
    Practice(id="under_100", group=PracticeGroup.SELECT, scope=Scope.PORTFOLIO, quadrants=_ALL, why="select"),
    Practice(
        id="same_criteria", group=PracticeGroup.SELECT, scope=Scope.PORTFOLIO, quadrants=_ALL, why="select"
    ),
    Practice(
        id="no_golf_buddies",
        group=PracticeGroup.SELECT,
        scope=Scope.PORTFOLIO,
        quadrants=(Quadrant.STATUS,),
        why="no_golf_buddies",
    ),
    Practice(
        id="potential",
        group=PracticeGroup.SELECT,
        scope=Scope.PORTFOLIO,
        quadrants=(Quadrant.STAR, Quadrant.STATUS),
        why="potential",
    ),
    Practice(
        id="loyalty",
        group=PracticeGroup.RELATIONSHIP,
        scope=Scope.ACCOUNT,
        quadrants=_ATTRACTIVE,
        why="relationship",
    ),
    Practice(
        id="trusted_partner",
        group=PracticeGroup.RELATIONSHIP,
        scope=Scope.ACCOUNT,
        quadrants=_ATTRACTIVE,
        why="relationship",
    ),
    Practice(
        id="org_chart",
        group=PracticeGroup.RELATIONSHIP,
        scope=Scope.ACCOUNT,
        quadrants=_ATTRACTIVE,
        why="relationship",
    ),
    Practice(
        id="grow_existing",
        group=PracticeGroup.OPPORTUNITY,
        scope=Scope.ACCOUNT,
        quadrants=_ATTRACTIVE,
        why="grow_existing",
    ),
    Practice(
        id="relevant_cross_sell",
        group=PracticeGroup.OPPORTUNITY,
        scope=Scope.ACCOUNT,
        quadrants=(Quadrant.STRATEGIC, Quadrant.STAR, Quadrant.STATUS),
        why="relevant_cross_sell",
    ),
)


def practices_for(quadrant: Quadrant | str) -> tuple[Practice, ...]:
    """The practices that apply to *quadrant*, in the source's order (our mapping)."""
    q = Quadrant(quadrant)
    return tuple(p for p in PRACTICES if q in p.quadrants)
