"""The KAM quadrant: rule set exhaustive against an oracle, API forms, bad input, texts and the document."""

import re

import pytest
from hypothesis import given

import danetor.kam as api
import danetor.playbooks.kam as texts
from danetor.errors import InvalidInput
from danetor.kam import ATTRACTIVENESS_WORDS, RELATIONSHIP_WORDS, KamAdvice, kam_quadrant
from danetor.playbooks.document import to_markdown, to_terminal
from danetor.rules.kam import KAM, Attractiveness, Quadrant, Relationship
from danetor.rules.kam_practice import practices_for
from danetor.shipped import compiled
from strategies import texts_in as all_texts
from strategies import user_text

# -- the oracle, written from the source (004) and the McDonald-Woodburn layout, independently of the rule set --
ORACLE = {
    ("high", "strong"): ("strategic", "Invest mindshare and ensure profitability."),
    ("high", "weak"): ("star", "Invest time & money. Need not be profitable yet."),
    ("low", "strong"): ("status", "Maintain the status quo."),
    ("low", "weak"): ("streamline", "Manage for profitability."),
}
ATTRACTIVENESS_FORMS = {
    "high": [Attractiveness.HIGH, True, "high", "HIGH", " High ", "высокая", "Высокая"],
    "low": [Attractiveness.LOW, False, "low", "Low", "низкая", "НИЗКАЯ "],
}
RELATIONSHIP_FORMS = {
    "strong": [Relationship.STRONG, True, "strong", "Strong", "high", "сильные", " СИЛЬНЫЕ"],
    "weak": [Relationship.WEAK, False, "weak", "WEAK", "low", "слабые"],
}

TY = re.compile(
    r"\b(ты|тебя|тебе|тобой|тобою|твой|твоя|твоё|твое|твои|твоего|твоей|твоим|твоих|твоему|твою)\b",
    re.IGNORECASE,
)


def test_table_is_exhaustive_and_matches_the_oracle():
    table = compiled(KAM)
    assert len(table) == len(ORACLE) == 4
    for (a, r), (quadrant, _) in ORACLE.items():
        row = table.lookup(a, r)
        assert row.outcome == quadrant
        assert row.rule == quadrant


@pytest.mark.parametrize(("a", "r"), list(ORACLE))
def test_api_matches_the_oracle_for_every_accepted_form(a, r):
    quadrant, action_en = ORACLE[(a, r)]
    for a_form in ATTRACTIVENESS_FORMS[a]:
        for r_form in RELATIONSHIP_FORMS[r]:
            advice = kam_quadrant(a_form, r_form)
            assert advice.quadrant == quadrant
            assert advice.attractiveness == a and advice.relationship == r
            assert advice.action("en") == action_en  # the source’s own words


def test_every_quadrant_is_reached_exactly_once():
    assert sorted(q for q, _ in ORACLE.values()) == sorted(q.value for q in Quadrant)


def test_word_tables_cover_exactly_the_forms_tested():
    assert {w for forms in ATTRACTIVENESS_FORMS.values() for w in forms if isinstance(w, str)} >= set(
        ATTRACTIVENESS_WORDS
    )
    assert {w for forms in RELATIONSHIP_FORMS.values() for w in forms if isinstance(w, str)} >= set(
        RELATIONSHIP_WORDS
    )


def test_results_are_frozen_and_shared():
    advice = kam_quadrant("high", "strong")
    assert advice is kam_quadrant(Attractiveness.HIGH, True)
    with pytest.raises(ValueError):
        advice.quadrant = Quadrant.STAR  # type: ignore[misc]


def test_json_round_trip():
    for a, r in ORACLE:
        advice = kam_quadrant(a, r)
        dumped = advice.model_dump(mode="json")
        assert dumped == {
            "attractiveness": a,
            "relationship": r,
            "quadrant": ORACLE[(a, r)][0],
            "rule": ORACLE[(a, r)][0],
            "practices": [p.id for p in practices_for(ORACLE[(a, r)][0])],
        }
        assert KamAdvice.model_validate(dumped) == advice


def test_explain_golden_ru():
    """The quadrant and its action, then the KAM practices for it (tests/test_kam_practice.py has those)."""
    assert (
        kam_quadrant("high", "weak")
        .explain("ru")
        .startswith(
            "Квадрант: Star (клиент-«звезда»).\n"
            "Привлекательность клиента\xa0— высокая; отношения\xa0— слабые.\n"
            "Что делать: Вкладывайте время и деньги. Прибыльным клиент пока может и не быть.\n"
            "Почему: Клиент привлекателен, но отношения с ним пока слабые: это «звезда», в которую стоит вложиться.\n"
        )
    )


def test_explain_golden_en():
    assert (
        kam_quadrant("low", "strong")
        .explain("en")
        .startswith(
            "Quadrant: Status.\n"
            "Account attractiveness: low; relationship: strong.\n"
            "What to do: Maintain the status quo.\n"
            "Why: The relationship is strong but the account itself is not very attractive: keep what you have.\n"
        )
    )


# -- bad input: one test per case ------------------------------------------------------------------------
def test_bad_attractiveness_word():
    with pytest.raises(InvalidInput, match=r'attractiveness: "medium" is not allowed; use one of: high, low'):
        kam_quadrant("medium", "strong")


def test_bad_relationship_word():
    with pytest.raises(InvalidInput, match=r'relationship: "so-so" is not allowed; use one of: strong, weak'):
        kam_quadrant("high", "so-so")


def test_none_is_not_a_level():
    with pytest.raises(InvalidInput, match=r"attractiveness: None is not allowed"):
        kam_quadrant(None, "weak")


def test_numbers_are_not_levels():
    with pytest.raises(InvalidInput, match=r"relationship: 1 is not allowed"):
        kam_quadrant("low", 1)


def test_crossed_enums_are_refused():
    # a Relationship is not an Attractiveness, even if a word could be
    with pytest.raises(InvalidInput, match=r'attractiveness: "strong" is not allowed'):
        kam_quadrant(Relationship.STRONG, "weak")


def test_bad_lang_in_explain():
    with pytest.raises(InvalidInput, match=r'lang: "de" is not allowed; use one of: ru, en'):
        kam_quadrant("low", "weak").explain("de")


def test_missing_argument_is_a_type_error():
    with pytest.raises(TypeError):
        kam_quadrant("high")  # type: ignore[call-arg]


@given(user_text)
def test_any_other_text_is_refused(value):
    if " ".join(value.lower().split()) in ATTRACTIVENESS_WORDS:
        assert (
            kam_quadrant(value, "weak").attractiveness
            == ATTRACTIVENESS_WORDS[" ".join(value.lower().split())]
        )
    else:
        with pytest.raises(InvalidInput) as err:
            kam_quadrant(value, "weak")
        assert err.value.argument == "attractiveness"
        assert err.value.allowed == (*ATTRACTIVENESS_WORDS, "True", "False")


# -- texts -----------------------------------------------------------------------------------------------
def test_every_text_has_both_languages_and_russian_uses_vy():
    found = list(all_texts(vars(texts))) + list(all_texts(texts.document()))
    assert len(found) > 20
    for text in found:
        assert text.ru.strip() and text.en.strip()
        assert not TY.search(text.ru), text.ru


def test_each_quadrant_has_name_action_and_why():
    for q in Quadrant:
        for table in (texts.QUADRANT_NAMES, texts.QUADRANT_ACTIONS, texts.QUADRANT_WHY):
            assert q.value in table
    assert set(texts.QUADRANT_NAMES) == {q.value for q in Quadrant}


def test_module_all_is_exact():
    for module in (api, texts):
        assert all(hasattr(module, name) for name in module.__all__)
    assert set(api.__all__) == {"KamAdvice", "kam_quadrant", "ATTRACTIVENESS_WORDS", "RELATIONSHIP_WORDS"}


# -- the document ----------------------------------------------------------------------------------------
def test_document_renders_in_both_languages():
    doc = texts.document()
    assert doc.id == "kam"
    for lang in ("ru", "en"):
        assert to_markdown(doc, lang).startswith("# ")
        assert to_terminal(doc, lang).strip()
    assert "Invest mindshare and ensure profitability." in to_terminal(doc, "en")
    assert "Поддерживайте статус-кво." in to_terminal(doc, "ru")


def test_document_table_golden_en():
    md = to_markdown(texts.document(), "en")
    assert (
        "| Account attractiveness | Relationship | Quadrant | What to do |\n"
        "|---|---|---|---|\n"
        "| high | strong | Strategic | Invest mindshare and ensure profitability. |\n"
        "| high | weak | Star | Invest time & money. Need not be profitable yet. |\n"
        "| low | strong | Status | Maintain the status quo. |\n"
        "| low | weak | Streamline | Manage for profitability. |\n"
    ) in md


def test_document_chart_golden_en():
    md = to_markdown(texts.document(), "en")
    assert (
        "```mermaid\n" + texts.CHART_SETUP + "\n"
        "quadrantChart\n"
        "    title KAM quadrant\n"
        '    x-axis "Weak relationship" --> "Strong relationship"\n'
        '    y-axis "Low attractiveness" --> "High attractiveness"\n'
        '    quadrant-1 "Strategic"\n'
        '    quadrant-2 "Star"\n'
        '    quadrant-3 "Streamline"\n'
        '    quadrant-4 "Status"\n'
        "```\n"
    ) in md


def test_document_says_what_is_ours():
    md = to_markdown(texts.document(), "ru")
    assert '!!! info "Это наше дополнение, не из источника"' in md
    assert "Макдональда и Вудберн" in md


@pytest.mark.parametrize("a", list(Attractiveness))
@pytest.mark.parametrize("r", list(Relationship))
def test_document_table_agrees_with_the_api(a, r):
    advice = kam_quadrant(a, r)
    md = to_markdown(texts.document(), "ru")
    row = (
        f"| {texts.ATTRACTIVENESS_VALUES[a].ru} | {texts.RELATIONSHIP_VALUES[r].ru} | {advice.name('ru')} | "
        f"{advice.action('ru')} |"
    )
    assert row in md


def test_document_chart_quotes_every_label_ru():
    md = to_markdown(texts.document(), "ru")
    # Mermaid numbers the quadrants 1 = top right, 2 = top left, 3 = bottom left, 4 = bottom right
    corners = {1: ("high", "strong"), 2: ("high", "weak"), 3: ("low", "weak"), 4: ("low", "strong")}
    for n, (a, r) in corners.items():
        assert f'    quadrant-{n} "{kam_quadrant(a, r).quadrant.value.capitalize()}"\n' in md
    assert '    x-axis "Слабые отношения" --> "Сильные отношения"\n' in md
