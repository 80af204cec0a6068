"""Interviewing an account manager: the question bank, the plan fitted into N minutes, the score, the card and the
sheet (the command is tests/test_cli_interview.py).

The bank is checked against the source's order through the coverage map (a map in file order: each question's
passage must come after the one before); the fitting and the scoring by Hypothesis against plain-Python oracles.
"""

from __future__ import annotations

import json
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from danetor import (
    InterviewPlan,
    InterviewScore,
    InterviewTrait,
    InterviewVerdict,
    interview_plan,
    score_interview,
    texts,
)
from danetor.coverage import coverage_map
from danetor.errors import InvalidInput
from danetor.interview import BLOCK_IDS, OURS, TRAIT_NUMBERS, minimum_minutes
from danetor.playbooks import catalog
from danetor.playbooks.document import Checklist, Lines, Table, to_markdown, to_terminal
from danetor.playbooks.interview_sheet import sheet
from danetor.rules.archetypes import Archetype
from danetor.rules.interview import BLOCKS, INGREDIENTS, TRAITS, VERDICT, Ingredients, Lead
from danetor.shipped import compiled
from danetor.text import Lang
from strategies import interview_blocks, interview_ticks

LANGS = tuple(Lang)
FULL = sum(q.minutes for b in BLOCKS for q in b.questions)

#: the source's blocks and how many questions each has (issue 16 lists them)
SOURCE_BLOCKS = {
    "favourites": 3,
    "company": 5,
    "specialist": 5,
    "multitasking": 7,
    "projective": 3,
    "cases": 2,
    "stress": 5,
    "projection": 2,
    "stress_case": 1,
    "newspaper": 1,
}


# -- the bank --------------------------------------------------------------------------------------------------


def test_the_bank_has_every_block_and_question_of_the_source():
    assert {b.id: len(b.questions) for b in BLOCKS} == SOURCE_BLOCKS
    assert BLOCK_IDS == tuple(SOURCE_BLOCKS)


def test_the_questions_are_in_the_source_order():
    """Each question's passage (the coverage map says which) comes after the previous one's in the source file."""
    coverage = coverage_map()
    order = {p.id: n for n, p in enumerate(coverage.passages)}
    seen = []
    for block in BLOCKS:
        for q in block.questions:
            found = coverage.encoding(block.question_key(q, "text"))
            assert len(found) == 1, block.question_key(q, "text")
            seen.append(order[found[0].id])
    assert seen == sorted(seen) and len(set(seen)) == len(seen)


@pytest.mark.parametrize("lang", LANGS)
def test_the_plan_holds_every_block_and_question_in_order_in_both_languages(lang):
    plan = interview_plan(lang=lang)
    assert [b.id for b in plan.blocks] == list(BLOCK_IDS)
    assert [b.number for b in plan.blocks] == list(range(1, len(BLOCKS) + 1))
    for planned, block in zip(plan.blocks, BLOCKS, strict=True):
        assert [q.id for q in planned.questions] == [f"{block.id}.{q.id}" for q in block.questions]
        for pq, q in zip(planned.questions, block.questions, strict=True):
            assert pq.text == texts.get(block.question_key(q, "text"), lang.value)
            assert pq.reveals == texts.get(block.question_key(q, "reveals"), lang.value)
    assert plan.minutes == plan.full_minutes == FULL and plan.dropped == () and plan.limit is None


def test_every_block_has_one_main_question_and_every_trait_is_watched_somewhere():
    for block in BLOCKS:
        assert [q.priority for q in block.questions].count(1) == 1
    watched = {t for b in BLOCKS for t in b.traits}
    assert watched == set(InterviewTrait)
    assert [t.archetype for t in TRAITS] == sorted((t.archetype for t in TRAITS), key=list(Archetype).index)


def test_the_source_remarks_are_where_the_source_makes_them():
    remarks = {(b.id, q.id): q.source_says for b in BLOCKS for q in b.questions if q.source_says}
    assert remarks == {
        ("favourites", "q1"): "good",
        ("favourites", "q2"): "poor",
        ("favourites", "q3"): "guidance",
    }


# -- fitting into N minutes ------------------------------------------------------------------------------------


@given(blocks=interview_blocks, extra=st.integers(0, FULL), lang=st.sampled_from(LANGS))
def test_a_plan_fits_its_minutes_and_drops_the_lowest_priorities_first(blocks, extra, lang):
    ids = {b.strip().lower().replace("-", "_") for b in blocks}
    chosen = [b for b in BLOCKS if b.id in ids]
    limit = minimum_minutes(blocks) + extra
    plan = interview_plan(blocks, limit, lang=lang)
    assert [b.id for b in plan.blocks] == [b.id for b in chosen]  # every block chosen, in the source's order
    assert plan.minutes <= limit and plan.limit == limit
    assert plan.minutes == sum(q.minutes for q in plan.questions)
    questions = {f"{b.id}.{q.id}": q for b in chosen for q in b.questions}
    kept = {q.id for q in plan.questions}
    assert kept | set(plan.dropped) == set(questions) and not kept & set(plan.dropped)
    for block in plan.blocks:  # the main question of every block stays
        assert any(q.priority == 1 for q in block.questions)
    if plan.dropped:
        lowest = min(questions[d].priority for d in plan.dropped)
        assert all(q.priority <= lowest for q in plan.questions)  # nothing above a dropped priority is kept
        # dropping stopped as soon as the plan fitted: the last question dropped would not have fitted back
        assert plan.minutes + questions[plan.dropped[-1]].minutes > limit
        # within one priority, from the end of the plan backwards
        order = list(questions)
        for p in (4, 3, 2):
            same = [d for d in plan.dropped if questions[d].priority == p]
            assert same == sorted(same, key=order.index, reverse=True)
    else:
        assert plan.minutes == sum(q.minutes for q in questions.values())


@given(blocks=interview_blocks)
def test_fewer_minutes_than_the_main_questions_need_is_a_clear_error(blocks):
    floor = minimum_minutes(blocks)
    with pytest.raises(
        InvalidInput, match=rf"minutes: {floor - 1} is not allowed; use one of: at least {floor}"
    ):
        interview_plan(blocks, floor - 1)
    assert interview_plan(blocks, floor).minutes == floor


@pytest.mark.parametrize("minutes", [0, -5, 2.5, "45", True])
def test_minutes_must_be_a_positive_whole_number(minutes):
    with pytest.raises(InvalidInput, match="minutes: .* a positive whole number of minutes"):
        interview_plan(None, minutes)


@pytest.mark.parametrize(
    ("blocks", "needle"),
    [
        (["nope"], 'blocks: "nope" is not allowed; use one of: favourites, company'),
        ([], "name at least one block"),
        ("stress", "a list of block ids"),
        ([3], "blocks: 3 is not allowed"),
    ],
)
def test_bad_blocks_are_named(blocks, needle):
    with pytest.raises(InvalidInput, match=needle):
        interview_plan(blocks)


# -- the plan's JSON and its explanation ---------------------------------------------------------------------------


def test_the_plan_json_shape():
    plan = interview_plan(["favourites", "cases"], 20, lang="en")
    data = json.loads(json.dumps(plan.model_dump(mode="json")))
    assert set(data) == {"lang", "limit", "blocks", "minutes", "full_minutes", "dropped", "ours"}
    assert data["ours"] == list(OURS)
    block = data["blocks"][0]
    assert set(block) == {
        "id", "number", "title", "title_source", "label", "purpose", "purpose_source", "how", "good", "poor",
        "questions", "dropped", "traits", "minutes",
    }  # fmt: skip
    question = block["questions"][0]
    assert set(question) == {
        "id", "number", "label", "text", "ask", "instruction", "source_says", "source_says_is", "reveals", "good",
        "poor", "after", "adapt", "minutes", "priority", "written",
    }  # fmt: skip
    assert all(t in {x.value for x in InterviewTrait} for t in block["traits"])
    assert InterviewPlan.model_validate(data) == plan


@pytest.mark.parametrize("lang", LANGS)
def test_the_explanation_marks_what_is_ours(lang):
    plan = interview_plan(minutes=60, lang=lang)
    text = plan.explain()
    ours = texts.get("cite.ours", lang.value)
    for q in plan.questions:
        assert q.text in text
        assert f"{texts.get('interview.label.reveals', lang.value)} ({ours}): {q.reveals}" in text
        if q.source_says:
            assert f"{texts.get('interview.label.source_says', lang.value)}: {q.source_says}" in text
    for dropped in plan.dropped:
        assert dropped in text.splitlines()[2]


# -- the score ------------------------------------------------------------------------------------------------


def _oracle(ticks):
    """Each (block, trait) once; blue bird when the blue birds lead strictly and all three ingredients are seen."""
    numbers = {n: t.id for n, t in enumerate(TRAITS, 1)}
    pairs = set()
    for block, traits in ticks.items():
        for t in traits:
            pairs.add((block, numbers[t] if isinstance(t, int) else InterviewTrait(t)))
    scores = {a: 0 for a in Archetype}
    for _, t in pairs:
        scores[Archetype(t.value.split(".")[0])] += 1
    shown = {t for _, t in pairs}
    have = all(any(t in shown for t in ts) for ts in INGREDIENTS.values())
    blue = scores[Archetype.BLUE_BIRD]
    if not pairs:
        verdict = InterviewVerdict.UNKNOWN
    elif have and all(blue > p for a, p in scores.items() if a is not Archetype.BLUE_BIRD):
        verdict = InterviewVerdict.BLUE_BIRD
    else:
        verdict = InterviewVerdict.NOT_BLUE_BIRD
    return scores, verdict


@given(ticks=interview_ticks())
def test_the_score_counts_each_tick_once_and_finds_the_blue_bird(ticks):
    result = score_interview(ticks)
    scores, verdict = _oracle(ticks)
    assert dict(result.scores) == scores
    assert result.verdict is verdict and result.blue_bird == (verdict is InterviewVerdict.BLUE_BIRD)
    top = max(scores.values())
    assert result.leaders == tuple(a for a in Archetype if top and scores[a] == top)
    assert list(result.seen) == [b for b in BLOCK_IDS if b in result.seen]
    data = json.loads(json.dumps(result.model_dump(mode="json")))
    assert set(data) == {"seen", "scores", "leaders", "ingredients", "verdict", "blue_bird", "rule"}
    assert InterviewScore.model_validate(data) == result


def test_the_verdict_rule_set_covers_every_input_once():
    table = compiled(VERDICT)
    for lead in Lead:
        for ingredients in Ingredients:
            row = table.lookup(lead.value, ingredients.value)
            expected = (
                "unknown"
                if lead is Lead.NONE
                else "blue_bird"
                if (lead, ingredients) == (Lead.BLUE_BIRD, Ingredients.ALL)
                else "not_blue_bird"
            )
            assert row.outcome == expected


def test_the_blue_bird_needs_all_three_ingredients_not_just_points():
    expert_only = {"specialist": ["blue_bird.expert"], "multitasking": ["blue_bird.expert"]}
    result = score_interview(expert_only)
    assert result.leaders == (Archetype.BLUE_BIRD,) and not result.blue_bird
    assert result.ingredients == {"expert": True, "motivation": False, "partnership": False}
    assert score_interview({"specialist": [14, 15, 17]}).blue_bird


def test_a_tie_with_another_archetype_is_not_the_blue_bird():
    tie = {"specialist": [14, 15, 17], "company": [4, 5, 6]}
    result = score_interview(tie)
    assert result.scores[Archetype.BLUE_BIRD] == 3 and not result.blue_bird
    assert result.verdict is InterviewVerdict.NOT_BLUE_BIRD


@pytest.mark.parametrize(
    ("seen", "needle"),
    [
        ({"nope": [1]}, 'seen: "nope" is not allowed; use one of: favourites'),
        ({"stress": [19]}, r"seen\['stress'\]: 19 is not allowed; use one of: a trait number 1..18"),
        ({"stress": ["blue_bird.genius"]}, "blue_bird.genius"),
        ({"stress": "14"}, "a list of traits"),
        (["stress"], "a mapping block id"),
    ],
)
def test_bad_score_input_is_named(seen, needle):
    with pytest.raises(InvalidInput, match=needle):
        score_interview(seen)


@pytest.mark.parametrize("lang", LANGS)
def test_the_score_explains_itself(lang):
    result = score_interview({"company": ["formalist.forwards"], "stress": [14]})
    text = result.explain(lang)
    assert texts.get("interview.verdict.labels.not_blue_bird", lang.value) in text
    assert texts.get("interview.trait.formalist.forwards", lang.value) in text
    assert texts.get("interview.score.hire.formalist", lang.value) in text
    assert texts.get("interview.score.hire.blue_bird", lang.value) not in text  # ahead, but not the blue bird
    assert texts.get("interview.score.hire.note", lang.value) in text
    assert score_interview({}).explain(lang).splitlines()[-1] == texts.get(
        "interview.explain.seen_none", lang.value
    )


# -- the card and the sheet ----------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_the_card_has_a_table_per_block_with_its_questions_and_our_columns_marked(lang):
    doc = catalog.document("interview")
    ours = f"({texts.get('cite.ours', lang.value)})"
    tables = [
        b
        for b in doc.blocks
        if isinstance(b, Table) and b.header[0](lang) == texts.get("interview.label.number", lang.value)
    ]
    per_block = [
        t
        for t in tables
        if len(t.header) == 4 and t.header[1](lang) == texts.get("interview.label.question", lang.value)
    ]
    assert [len(t.rows) for t in per_block] == list(SOURCE_BLOCKS.values())
    for table in per_block:
        assert all(h(lang).endswith(ours) for h in table.header[2:])
        assert not table.header[1](lang).endswith(ours)  # the questions are the source's
    md = to_markdown(doc, lang)
    for block in BLOCKS:
        for q in block.questions:
            assert texts.get(block.question_key(q, "text"), lang.value) in md


@given(blocks=interview_blocks, extra=st.integers(0, 40))
def test_the_sheet_of_a_plan_has_its_questions_room_for_notes_and_the_traits(blocks, extra):
    plan = interview_plan(blocks, minimum_minutes(blocks) + extra, lang="ru")
    doc = sheet({q.id for q in plan.questions})
    questions = [b for b in doc.blocks if isinstance(b, Checklist) and re.match(r"\d+\) ", b.items[0]("ru"))]
    assert len(questions) == len(plan.questions)
    text = to_terminal(doc, "ru")
    for q in plan.questions:
        assert " ".join(q.text.split())[:40] in " ".join(text.split())
    for d in plan.dropped:
        block, qid = d.split(".")
        key = next(b for b in BLOCKS if b.id == block).question_key(
            next(q for b in BLOCKS if b.id == block for q in b.questions if q.id == qid), "text"
        )
        assert texts.get(key, "ru") not in " ".join(text.split()) or any(
            texts.get(key, "ru") == q.text for q in plan.questions
        )
    assert sum(isinstance(b, Lines) for b in doc.blocks) >= len(plan.questions)
    for block in plan.blocks:
        for t in block.traits:
            assert f"{TRAIT_NUMBERS[t]}. [" in text


def test_the_catalog_sheet_holds_the_whole_bank():
    doc = catalog.document("interview-sheet")
    assert sum(
        isinstance(b, Checklist) and bool(re.match(r"\d+\) ", b.items[0]("en"))) for b in doc.blocks
    ) == sum(SOURCE_BLOCKS.values())
