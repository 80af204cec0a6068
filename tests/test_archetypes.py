"""The five archetypes: scoring rule exhaustive against an oracle (ties!), API forms, bad input, texts, document."""

import itertools
from collections import Counter

import pytest
from hypothesis import given
from hypothesis import strategies as st

import danetor.archetypes as api
import danetor.playbooks.archetypes as texts
from danetor.archetypes import AGREE_WORDS, STATEMENT_IDS, ArchetypeAssessment, assess_archetype
from danetor.errors import InvalidInput
from danetor.playbooks.document import to_markdown, to_terminal
from danetor.rules.archetypes import ARCHETYPES, MAX_POINTS, QUIZ, Archetype, ArchetypeOutcome
from danetor.shipped import compiled
from danetor.text import Text
from strategies import texts_in as all_texts
from strategies import ty_forms, user_text

TYPES = ("servant", "formalist", "know_it_all", "nice_guy", "blue_bird")
IMPERFECT = TYPES[:4]


def oracle(scores: dict[str, int]) -> tuple[str, tuple[str, ...]]:
    """The documented scoring rule, written independently: (outcome, archetypes named)."""
    if not any(scores.values()):
        return "none", ()
    top = max(scores[a] for a in IMPERFECT)
    if scores["blue_bird"] > top:
        return "blue_bird", ("blue_bird",)
    leaders = tuple(a for a in IMPERFECT if scores[a] == top)  # top >= 1 here, and >= the blue birds
    return (leaders[0], leaders) if len(leaders) == 1 else ("tie", leaders)


def agreed_for(scores: dict[str, int]) -> set[str]:
    """Some set of statement ids that gives exactly *scores*."""
    return {s.id for a in TYPES for s in [q for q in QUIZ if q.archetype == a][: scores[a]]}


SCORE_VECTORS = [dict(zip(TYPES, v, strict=True)) for v in itertools.product(range(MAX_POINTS + 1), repeat=5)]


def test_three_statements_per_archetype():
    assert MAX_POINTS == 3
    assert Counter(s.archetype for s in QUIZ) == {a: 3 for a in TYPES}
    assert len(set(STATEMENT_IDS)) == len(STATEMENT_IDS) == 15


def test_quiz_order_never_puts_one_archetype_twice_in_a_row():
    assert all(a.archetype != b.archetype for a, b in itertools.pairwise(QUIZ))
    assert [s.archetype for s in QUIZ[:5]] == list(TYPES)


def test_rule_set_is_exhaustive_and_matches_the_oracle():
    table = compiled(ARCHETYPES)
    assert len(table) == len(SCORE_VECTORS) == 4**5
    for scores in SCORE_VECTORS:
        row = table.lookup(*(str(scores[a]) for a in TYPES))
        assert row.outcome == oracle(scores)[0], scores
        assert row.rule == row.outcome


@pytest.mark.parametrize("scores", SCORE_VECTORS[::7] + SCORE_VECTORS[-3:])
def test_api_matches_the_oracle(scores):
    result = assess_archetype(agreed_for(scores))
    outcome, named = oracle(scores)
    assert result.outcome == outcome
    assert result.archetypes == named
    assert dict(result.scores) == scores


def test_api_exhaustive_over_every_answer_sheet():
    """All 2^15 ways to answer: the counts and the outcome match the oracle."""
    archetype_of = {s.id: s.archetype for s in QUIZ}
    for mask in range(1 << len(STATEMENT_IDS)):
        agreed = [s for i, s in enumerate(STATEMENT_IDS) if mask >> i & 1]
        scores = {a: 0 for a in TYPES}
        for s in agreed:
            scores[archetype_of[s]] += 1
        result = assess_archetype(agreed)
        assert (result.outcome, result.archetypes) == oracle(scores)
        assert result.agreed == tuple(agreed)


# -- ties, spelled out -----------------------------------------------------------------------------------
def s(**kw) -> dict[str, int]:
    return {a: kw.get(a, 0) for a in TYPES}


@pytest.mark.parametrize(
    ("scores", "outcome", "named"),
    [
        (s(), "none", ()),
        (s(blue_bird=1), "blue_bird", ("blue_bird",)),
        (s(blue_bird=3, servant=2, nice_guy=2), "blue_bird", ("blue_bird",)),
        (s(blue_bird=2, servant=2), "servant", ("servant",)),  # equal points: the imperfect archetype wins
        (s(blue_bird=3, know_it_all=3), "know_it_all", ("know_it_all",)),
        (s(servant=2, formalist=2), "tie", ("servant", "formalist")),
        (s(servant=1, formalist=1, know_it_all=1, nice_guy=1, blue_bird=1), "tie", IMPERFECT),
        (s(formalist=3, nice_guy=3, blue_bird=3), "tie", ("formalist", "nice_guy")),
        (s(formalist=1, nice_guy=2, blue_bird=2), "nice_guy", ("nice_guy",)),
        (s(servant=3, formalist=3, know_it_all=2), "tie", ("servant", "formalist")),
    ],
)
def test_ties(scores, outcome, named):
    result = assess_archetype(agreed_for(scores))
    assert result.outcome == outcome
    assert result.archetypes == named
    assert result.growth("en") == tuple(texts.GROWTH[a].en for a in named)


def test_full_mapping_with_words():
    answers = {sid: "нет" for sid in STATEMENT_IDS}
    answers.update({"nice_guy_friends": "Да", "nice_guy_no_last": True, "blue_bird_help": "agree"})
    result = assess_archetype(answers)
    assert result.outcome is ArchetypeOutcome.NICE_GUY
    assert result.agreed == ("nice_guy_friends", "blue_bird_help", "nice_guy_no_last")


@given(st.sets(st.sampled_from(STATEMENT_IDS)), st.data())
def test_mapping_and_collection_forms_agree(agreed, data):
    yes = [w for w, v in AGREE_WORDS.items() if v] + [True]
    no = [w for w, v in AGREE_WORDS.items() if not v] + [False]
    answers = {sid: data.draw(st.sampled_from(yes if sid in agreed else no)) for sid in STATEMENT_IDS}
    assert assess_archetype(answers) == assess_archetype(agreed) == assess_archetype(sorted(agreed))


def test_repeated_ids_count_once():
    assert assess_archetype(["servant_everything", "servant_everything"]).scores[Archetype.SERVANT] == 1


def test_json_round_trip():
    result = assess_archetype({"servant_everything", "formalist_cover"})
    dumped = result.model_dump(mode="json")
    assert dumped == {
        "agreed": ["servant_everything", "formalist_cover"],
        "scores": {"servant": 1, "formalist": 1, "know_it_all": 0, "nice_guy": 0, "blue_bird": 0},
        "outcome": "tie",
        "archetypes": ["servant", "formalist"],
        "rule": "tie",
    }
    assert ArchetypeAssessment.model_validate(dumped) == result


def test_result_is_frozen():
    result = assess_archetype(set())
    with pytest.raises(ValueError):
        result.outcome = ArchetypeOutcome.TIE  # type: ignore[misc]
    with pytest.raises(TypeError):
        result.scores[Archetype.SERVANT] = 3  # type: ignore[index]


def test_explain_golden_en():
    assert assess_archetype({"know_it_all_show", "know_it_all_irritate", "blue_bird_expert"}).explain(
        "en"
    ) == (
        "Result: The Know-it-alls (“the smartest one here”).\n"
        "Scores: Servants: 0; Formalists: 0; Know-it-alls: 2; Nice Guys: 0; Blue Birds: 1.\n"
        "Why: The Know-it-alls score more than each of the other three imperfect archetypes, and at least as much "
        "as the Blue Birds.\n"
        "What the archetype is like (Know-it-alls): " + texts.TRAITS["know_it_all"].en + "\n"
        "Where to grow (Know-it-alls): Your expertise and your care for the company’s interests are excellent. How "
        "is your empathy, your wish to help clients? A high IQ and knowing the technology and the business "
        "processes are no reason to think others fools. Try to be a little more forgiving of clients and of what "
        "they do not know."
    )


def test_explain_golden_ru_none():
    assert assess_archetype(set()).explain("ru") == (
        "Результат: не определить.\n"
        "Баллы: Обслуга\xa0— 0; Формалисты\xa0— 0; Знайки\xa0— 0; Хорошие ребята\xa0— 0; Синие птицы\xa0— 0.\n"
        "Почему: Ни у одного типажа нет ни одного балла: типаж не определить. Ответьте ещё раз, как можно честнее."
    )


def test_explain_names_every_tied_archetype():
    text = assess_archetype({"servant_everything", "nice_guy_friends"}).explain("ru")
    assert text.splitlines()[0] == (
        "Результат: поровну между несколькими типажами: «Обслуга» («чего изволите»), «Хорошие ребята» "
        "(«давайте дружить»)."
    )
    assert text.count("Куда расти") == 2


# -- the book's growth directions, faithful ---------------------------------------------------------------
@pytest.mark.parametrize(
    ("archetype", "phrase"),
    [
        ("servant", "Клиент и его мнение важны, но не закон для вас."),
        ("servant", "Недостаток уважения к себе\xa0— вот ваше поле для роста."),
        ("formalist", "быть может, она просто не для вас? Или, может быть, вы выгорели?"),
        ("know_it_all", "относиться немного снисходительнее к клиентам и их непросвещённости"),
        ("nice_guy", "научитесь находить правильный баланс между дружбой с клиентом и рабочими моментами"),
        ("blue_bird", "книга не даёт"),
    ],
)
def test_growth_directions_keep_the_books_words(archetype, phrase):
    assert phrase in texts.GROWTH[archetype].ru


# -- bad input: one test per case ------------------------------------------------------------------------
def test_unknown_statement_id_in_a_collection():
    with pytest.raises(
        InvalidInput, match=r'agreed: "servant_x" is not allowed; use one of: servant_everything, '
    ):
        assess_archetype({"servant_x"})


def test_unknown_statement_id_in_a_mapping():
    answers = dict.fromkeys(STATEMENT_IDS, False) | {"bogus": True}
    with pytest.raises(InvalidInput, match=r'answers: "bogus" is not allowed.*\(unknown statement id\)'):
        assess_archetype(answers)


def test_missing_answer_in_a_mapping():
    answers = dict.fromkeys(STATEMENT_IDS[1:], False)
    with pytest.raises(
        InvalidInput, match=r"answers\['servant_everything'\]: missing; it is required, use one of: agree"
    ):
        assess_archetype(answers)


def test_bad_answer_in_a_mapping():
    answers = dict.fromkeys(STATEMENT_IDS, "no") | {"blue_bird_help": "maybe"}
    with pytest.raises(
        InvalidInput,
        match=r"""answers\['blue_bird_help'\]: "maybe" is not allowed; use one of: agree, disagree""",
    ):
        assess_archetype(answers)


def test_none_as_an_answer():
    answers = dict.fromkeys(STATEMENT_IDS, "no") | {"blue_bird_help": None}
    with pytest.raises(InvalidInput, match=r"answers\['blue_bird_help'\]: None is not allowed"):
        assess_archetype(answers)


def test_a_bare_string_is_not_a_collection_of_ids():
    with pytest.raises(
        InvalidInput, match=r'answers: "servant_everything" is not allowed; use one of: a mapping'
    ):
        assess_archetype("servant_everything")  # type: ignore[arg-type]


def test_non_string_ids_are_refused():
    with pytest.raises(InvalidInput, match=r"agreed: 3 is not allowed"):
        assess_archetype([3])  # type: ignore[list-item]


def test_none_is_not_an_answer_sheet():
    with pytest.raises(InvalidInput, match=r"answers: None is not allowed"):
        assess_archetype(None)  # type: ignore[arg-type]


def test_bad_lang_in_explain():
    with pytest.raises(InvalidInput, match=r'lang: "xx" is not allowed'):
        assess_archetype(set()).explain("xx")


@given(user_text)
def test_any_other_answer_word_is_refused(value):
    answers = dict.fromkeys(STATEMENT_IDS, False)
    answers["formalist_forward"] = value
    if " ".join(value.lower().split()) in AGREE_WORDS:
        assess_archetype(answers)
    else:
        with pytest.raises(InvalidInput) as err:
            assess_archetype(answers)
        assert err.value.argument == "answers['formalist_forward']"


# -- texts -----------------------------------------------------------------------------------------------
def test_every_text_has_both_languages_and_russian_uses_vy():
    found = list(all_texts(vars(texts))) + list(all_texts(texts.document()))
    assert len(found) > 60
    for text in found:
        assert text.ru.strip() and text.en.strip()
        assert ty_forms(text.ru) == [], text.ru


def test_text_tables_cover_every_archetype_and_rule():
    for table in (
        texts.ARCHETYPE_NAMES,
        texts.ARCHETYPE_SHORT,
        texts.ALSO_CALLED,
        texts.TRAITS,
        texts.GROWTH,
    ):
        assert tuple(table) == TYPES
    assert tuple(texts.GROWTH_SHORT) == IMPERFECT
    assert set(texts.OUTCOME_LABELS) == {o.value for o in ArchetypeOutcome}
    assert set(texts.RULE_WHY) == {r.id for r in ARCHETYPES.rules}


def test_the_pofigisty_are_the_formalists():
    assert "„пофигисты“" in texts.ALSO_CALLED["formalist"].ru
    md = to_markdown(texts.document(), "ru")
    assert "«формалисты» названы «пофигистами»" in md


def test_module_all_is_exact():
    for module in (api, texts):
        assert all(hasattr(module, name) for name in module.__all__)
    assert set(api.__all__) == {"ArchetypeAssessment", "assess_archetype", "AGREE_WORDS", "STATEMENT_IDS"}


# -- the document ----------------------------------------------------------------------------------------
def test_document_renders_in_both_languages():
    doc = texts.document()
    assert doc.id == "archetypes"
    for lang in ("ru", "en"):
        assert to_markdown(doc, lang).startswith("# ")
        assert to_terminal(doc, lang).strip()


def test_document_key_golden_ru():
    md = to_markdown(texts.document(), "ru")
    assert (
        "| Типаж | Утверждения |\n"
        "|---|---|\n"
        "| «Обслуга» («чего изволите») | 1, 6, 11 |\n"
        "| «Формалисты» («моя хата с краю») | 2, 7, 12 |\n"
        "| «Знайки» («типа самый умный») | 3, 8, 13 |\n"
        "| «Хорошие ребята» («давайте дружить») | 4, 9, 14 |\n"
        "| «Синие птицы» | 5, 10, 15 |\n"
    ) in md


def test_document_checklist_is_the_quiz_in_order():
    md = to_markdown(texts.document(), "en")
    for n, statement in enumerate(QUIZ, 1):
        assert f"- [ ] {n}. {Text.of(statement.text).en}\n" in md


def test_document_diagram_golden_en():
    md = to_markdown(texts.document(), "en")
    assert (
        "```mermaid\n"
        "flowchart LR\n"
        '    blue_bird(("Blue Birds"))\n'
        '    servant["Servants"]\n'
        '    servant -->|"self-respect and the company’s interests"| blue_bird\n'
        '    formalist["Formalists"]\n'
        '    formalist -->|"ask whether this work is for you"| blue_bird\n'
        '    know_it_all["Know-it-alls"]\n'
        '    know_it_all -->|"empathy and the wish to help"| blue_bird\n'
        '    nice_guy["Nice Guys"]\n'
        '    nice_guy -->|"expertise; balance friendship and work"| blue_bird\n'
        "```\n"
    ) in md


def test_document_says_what_is_ours():
    md = to_markdown(texts.document(), "en")
    assert '!!! info "Our addition, not the source’s"' in md
    assert "The scoring rule and the tie rules are ours too." in md


def test_document_growth_table_is_the_books_growth_directions():
    md = to_markdown(texts.document(), "ru")
    assert "| Типаж | Куда расти |\n|---|---|\n" in md
    for a in TYPES:
        assert f"| {texts.ARCHETYPE_NAMES[a].ru} | {texts.GROWTH[a].ru} |\n" in md
