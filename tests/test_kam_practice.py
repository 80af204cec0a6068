"""KAM practice (issue 16): the practices of DemandFarm's blog, the quadrants each applies to (our mapping), what
``kam_quadrant`` says about them, and the KAM card's sections. Every quadrant is checked: the input space is four."""

from __future__ import annotations

import pytest

from danetor import Quadrant, kam_quadrant, texts
from danetor.playbooks import catalog
from danetor.playbooks.document import Table, to_markdown
from danetor.rules.kam import Attractiveness, Relationship
from danetor.rules.kam_practice import GROUPS, PRACTICES, PracticeGroup, Scope, practices_for
from danetor.text import Lang

CELLS = [(a, r) for a in Attractiveness for r in Relationship]


def test_every_practice_has_its_texts_and_at_least_one_quadrant():
    assert len(PRACTICES) == 12 and len({p.id for p in PRACTICES}) == 12
    for p in PRACTICES:
        assert p.quadrants
        for key in (p.short, p.reason):
            assert texts.entry(key).ru and texts.entry(key).en


def test_the_practices_keep_the_source_order():
    order = [p.group for p in PRACTICES]
    assert order == sorted(order, key=list(GROUPS).index)
    assert [g.value for g in GROUPS] == ["expect", "select", "relationship", "opportunity"]


def test_choosing_the_key_accounts_applies_in_every_quadrant():
    general = [p for p in PRACTICES if p.scope is Scope.PORTFOLIO and len(p.quadrants) == len(Quadrant)]
    assert [p.id for p in general] == ["criteria", "start_small", "under_100", "same_criteria"]
    for q in Quadrant:
        assert set(general) <= set(practices_for(q))


@pytest.mark.parametrize(("a", "r"), CELLS)
@pytest.mark.parametrize("lang", list(Lang))
def test_kam_names_the_practices_of_its_quadrant_and_says_the_mapping_is_ours(a, r, lang):
    advice = kam_quadrant(a, r)
    chosen = practices_for(advice.quadrant)
    assert advice.practices == tuple(p.id for p in chosen)
    text = advice.explain(lang)
    for p in PRACTICES:
        line = texts.get("kam_practice.explain.item", lang.value).format(
            practice=texts.get(p.short, lang.value)
        )
        assert (line in text.splitlines()) == (p in chosen), p.id
    assert texts.get("kam_practice.explain.practices", lang.value) in text
    assert texts.get("kam_practice.explain.why", lang.value).format(why="") in text


def test_streamline_gets_only_the_selection_rules_and_status_the_ones_about_it():
    assert {p.group for p in practices_for(Quadrant.STREAMLINE)} == {PracticeGroup.SELECT}
    assert "no_golf_buddies" in kam_quadrant("low", "strong").practices
    assert "no_golf_buddies" not in kam_quadrant("high", "strong").practices


def test_an_advice_built_without_practices_explains_without_them():
    advice = kam_quadrant("high", "strong").model_copy(update={"practices": ()})
    assert texts.get("kam_practice.explain.practices", "en") not in advice.explain("en")


@pytest.mark.parametrize("lang", list(Lang))
def test_the_kam_card_shows_the_practices_the_expectations_and_the_roles(lang):
    doc = catalog.document("kam")
    md = to_markdown(doc, lang)
    for key in (
        "kam_practice.expect.title",
        "kam_practice.roles.title",
        "kam_practice.practice.title",
        "kam_practice.practice.quadrants.note",
        "kam_practice.roles.facilitation.missing",
    ):
        assert texts.get(key, lang.value) in md, key
    table = next(b for b in doc.blocks if isinstance(b, Table) and len(b.rows) == len(PRACTICES))
    for row, p in zip(table.rows, PRACTICES, strict=True):
        assert row[0](lang) == texts.get(p.short, lang.value)
        assert row[1](lang) == ", ".join(q.value.capitalize() for q in Quadrant if q in p.quadrants)
        assert row[2](lang) == texts.get(p.reason, lang.value)
    ours = texts.get("cite.ours", lang.value)
    assert table.header[1](lang).endswith(f"({ours})") and table.header[2](lang).endswith(f"({ours})")
