"""The 30 rules: faithful to the source, grouped, the self-audit against an oracle, bad input, texts, document."""

import re
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

import danetor.playbooks.rules30 as texts
import danetor.rules30 as api
from danetor.errors import InvalidInput
from danetor.playbooks.document import to_markdown, to_terminal
from danetor.playbooks.rules30 import RULES30, ManagerRule, RuleGroup
from danetor.rules30 import RulesAudit, audit_rules, rule30
from danetor.text import Text
from house_style import source_words
from strategies import texts_in as all_texts

TY = re.compile(
    r"\b(ты|тебя|тебе|тобой|тобою|твой|твоя|твоё|твое|твои|твоего|твоей|твоим|твоих|твоему|твою)\b",
    re.IGNORECASE,
)

# The source's list (shared/sources/002_…txt), copied as it stands, non-breaking spaces included.
SOURCE_RULES = (
    "Клиент никогда не\xa0должен звонить сам.",
    "Митинг-реппорты отправляются после каждой встречи.",
    "Прежде, чем креативная группа начнёт что-то придумывать, убедитесь, что все правильно поняли задачу.",
    "Прежде, чем дизайнер начнёт что-то рисовать, нужно на\xa0это что-то подготовить задание в\xa0любой доступной форме.",
    "Дизайнер не\xa0должен придумывать, что написать на\xa0макете, в\xa0момент создания макета.",
    "Отвечать на\xa0письма нужно в\xa0этот же день или\xa0уведомлять, что ответите позже.",
    "Нельзя динамить сроки.",
    "Если сроки сдвигаются, это нужно обсудить с\xa0клиентом как можно раньше.",
    "Клиент прав, но\xa0не всегда, и\xa0в этом случае ему нужно объяснить почему и\xa0где именно.",
    "Нельзя опаздывать на\xa0встречи.",
    "За идею нужно биться до\xa0конца, только в\xa0том случае, когда вы уверены в\xa0ней на\xa0100%.",
    "Не нужно начинать что-то описывать, если нет идеи.",
    "Вы всегда должны верить в\xa0то, что продаёте.",
    "На звонки нужно отвечать всегда.",
    "Нельзя допускать к\xa0себе неуважительное отношение клиента.",
    "Вы обучаете клиента, а\xa0не он вас.",
    "Нельзя обещать клиенту то, что вы не\xa0в силах сделать.",
    "Важно помнить, что вы продаёте продукт и\xa0оказываете услуги одновременно.",
    "Каждый участник проекта должен знать дэдлайн и\xa0к чему он привязан.",
    "Вас должны рекомендовать другим.",
    "При общении с\xa0подрядчиками нужно выбирать самый быстрый и\xa0удобный вид связи.",
    "Не будьте постоянно уверены в\xa0том, что все понимают, что делают, переспрашивайте.",
    "Поздравляйте клиентов с\xa0Днем рождения.",
    "Держите в\xa0голове полную картину проекта и\xa0вникайте в\xa0мелочи.",
    "Не держите людей за\xa0дураков.",
    "Перед началом работ всегда встречайтесь с\xa0клиентом лично.",
    "Узнайте как можно больше о\xa0человеке, который будет принимать работу агентства.",
    "Всегда имейте запасной вариант.",
    "Никогда не\xa0форвардите креативной группе письма клиентов, обрабатывайте и\xa0обсуждайте каждый комментарий.",
    "Не бывает плохих комментариев, либо вы что-то не\xa0поняли, либо клиент неправильно выразил свои мысли.",
)

# Our grouping, written out independently of the module.
GROUPS = {
    "client": {1, 2, 6, 10, 14, 23, 26, 27},
    "deadlines": {7, 8, 17, 19, 28},
    "team": {3, 4, 5, 21, 22, 24, 29},
    "stance": {9, 11, 12, 13, 15, 16, 18, 20, 25, 30},
}


def test_thirty_rules_numbered_in_order():
    assert [r.number for r in RULES30] == list(range(1, 31))


#: the source's mistakes, quoted as they stand and marked with the right form (issue 16)
SIC = re.compile(r" \[sic: [^\]]*\]")


@pytest.mark.parametrize("number", range(1, 31))
def test_russian_is_the_source_word_for_word(number):
    """Word for word, mistakes included: without its «[sic: …]» marks, each rule is the source’s text (in our
    typography: «ё», no-break spaces)."""
    assert source_words(SIC.sub("", RULES30[number - 1].text.ru)) == source_words(SOURCE_RULES[number - 1])


def test_the_source_mistakes_are_marked_sic_with_the_right_form():
    marked = {r.number: SIC.findall(r.text.ru) for r in RULES30 if SIC.search(r.text.ru)}
    assert marked == {
        2: [" [sic: митинг-репорты]"],
        3: [" [sic: Прежде чем]"],
        4: [" [sic: Прежде чем]", " [sic: нужно подготовить на это задание]"],
        19: [" [sic: дедлайн]"],
        23: [" [sic: с днём рождения]"],
    }


def test_groups_partition_the_rules():
    assert set().union(*GROUPS.values()) == set(range(1, 31))
    assert sum(len(g) for g in GROUPS.values()) == 30
    for rule in RULES30:
        assert rule.number in GROUPS[rule.group.value]


def test_the_doers_rules_from_the_issue_are_in_the_team_group():
    # issue 8: working with the people who do the work — 30 rules nos. 3-5, 29
    assert {3, 4, 5, 29} <= {r.number for r in RULES30 if r.group is RuleGroup.TEAM}


def test_rule30_lookup():
    assert rule30(29).text.en.startswith("Never forward clients’ emails")
    assert rule30("7") is RULES30[6]


# -- the audit against an oracle -------------------------------------------------------------------------
def oracle(kept: set[int]) -> dict:
    broken = set(range(1, 31)) - kept
    shares = {g: Fraction(len(nums & broken), len(nums)) for g, nums in GROUPS.items()}
    top = max(shares.values())
    return {
        "kept": sorted(kept),
        "broken": sorted(broken),
        "score": len(kept),
        "percent": int(Fraction(100 * len(kept), 30) + Fraction(1, 2)),  # half up
        "groups": {g: (sorted(nums & kept), sorted(nums & broken)) for g, nums in GROUPS.items()},
        "weakest": [g for g in GROUPS if shares[g] == top] if broken else [],
    }


def check(audit: RulesAudit, kept: set[int]) -> None:
    want = oracle(kept)
    assert list(audit.kept) == want["kept"]
    assert list(audit.broken) == want["broken"]
    assert audit.score == want["score"] and audit.total == 30
    assert audit.percent == want["percent"]
    assert {g.group.value: (list(g.kept), list(g.broken)) for g in audit.groups} == want["groups"]
    assert [g.group.value for g in audit.groups] == list(GROUPS)
    assert [g.value for g in audit.weakest] == want["weakest"]
    assert [r.number for r in audit.broken_rules()] == want["broken"]


@given(st.sets(st.integers(1, 30)))
def test_audit_matches_the_oracle(kept):
    check(audit_rules(kept), kept)


@given(st.lists(st.integers(1, 30)), st.data())
def test_audit_ignores_order_repeats_and_digit_strings(kept, data):
    mixed = [data.draw(st.sampled_from([n, str(n), f" {n} "])) for n in kept]
    assert audit_rules(mixed) == audit_rules(set(kept))


@pytest.mark.parametrize("k", range(31))
def test_every_score_and_its_percentage(k):
    audit = audit_rules(range(1, k + 1))
    assert audit.score == k
    assert audit.percent == int(Fraction(100 * k, 30) + Fraction(1, 2))


def test_edge_cases():
    check(audit_rules([]), set())
    check(audit_rules(range(1, 31)), set(range(1, 31)))
    assert audit_rules(range(1, 31)).weakest == ()
    assert [g.value for g in audit_rules([]).weakest] == list(
        GROUPS
    )  # everything broken: a tie of all groups


def test_json_round_trip():
    audit = audit_rules({1, 7, 29})
    dumped = audit.model_dump(mode="json")
    assert dumped["kept"] == [1, 7, 29] and dumped["score"] == 3 and dumped["percent"] == 10
    assert RulesAudit.model_validate(dumped) == audit


def test_explain_golden_en():
    kept = set(range(1, 31)) - {7, 14, 29}
    assert audit_rules(kept).explain("en") == (
        "You keep 27 of the 30 rules (90%).\n"
        "Keeping in touch with the client: 7 of 8.\n"
        "  you break: No. 14. Always answer calls.\n"
        "Deadlines and promises: 4 of 5.\n"
        "  you break: No. 7. Never string people along on deadlines.\n"
        "Working with the people who do the work: 6 of 7.\n"
        "  you break: No. 29. Never forward clients’ emails to the creative team as they are: work through and "
        "discuss every comment.\n"
        "Stance and attitude: 10 of 10.\n"
        "Most to work on: Deadlines and promises."
    )


def test_explain_golden_ru_all_kept():
    assert (
        audit_rules(range(1, 31)).explain("ru")
        == "Вы соблюдаете 30 из 30 правил (100%).\nВсе правила соблюдаются."
    )


# -- bad input: one test per case ------------------------------------------------------------------------
def test_zero_is_not_a_rule():
    with pytest.raises(InvalidInput, match=r"kept: 0 is not allowed; use one of: 1\.\.30"):
        audit_rules([0])


def test_thirty_one_is_not_a_rule():
    with pytest.raises(InvalidInput, match=r"kept: 31 is not allowed"):
        audit_rules([1, 31])


def test_negative_is_not_a_rule():
    with pytest.raises(InvalidInput, match=r"kept: -1 is not allowed"):
        audit_rules([-1])


def test_float_is_not_a_rule_number():
    with pytest.raises(InvalidInput, match=r"kept: 3\.0 is not allowed"):
        audit_rules([3.0])


def test_bool_is_not_a_rule_number():
    with pytest.raises(InvalidInput, match=r"kept: True is not allowed"):
        audit_rules([True])


def test_words_are_not_rule_numbers():
    with pytest.raises(InvalidInput, match=r'kept: "seven" is not allowed'):
        audit_rules(["seven"])


def test_a_bare_string_is_refused():
    with pytest.raises(
        InvalidInput, match=r'kept: "1,2,3" is not allowed; use one of: an iterable of rule numbers'
    ):
        audit_rules("1,2,3")  # type: ignore[arg-type]


def test_a_non_iterable_is_refused():
    with pytest.raises(InvalidInput, match=r"kept: 5 is not allowed"):
        audit_rules(5)  # type: ignore[arg-type]


def test_rule30_out_of_range():
    with pytest.raises(InvalidInput, match=r"number: 42 is not allowed"):
        rule30(42)


def test_bad_lang_in_explain():
    with pytest.raises(InvalidInput, match=r'lang: "es" is not allowed'):
        audit_rules([]).explain("es")


def test_rule_model_refuses_numbers_outside_the_list():
    with pytest.raises(ValueError):
        ManagerRule(number=31, group=RuleGroup.TEAM, text=Text(ru="x", en="x"))


@given(st.integers().filter(lambda n: not 1 <= n <= 30))
def test_any_other_integer_is_refused(n):
    with pytest.raises(InvalidInput):
        audit_rules([n])


# -- texts -----------------------------------------------------------------------------------------------
def test_every_text_has_both_languages_and_russian_uses_vy():
    found = list(all_texts(vars(texts))) + list(all_texts(texts.document()))
    assert len(found) > 40
    for text in found:
        assert text.ru.strip() and text.en.strip()
        assert not TY.search(text.ru), text.ru


def test_module_all_is_exact():
    for module in (api, texts):
        assert all(hasattr(module, name) for name in module.__all__)
    assert set(api.__all__) == {"GroupAudit", "RulesAudit", "audit_rules", "rule30"}


# -- the document ----------------------------------------------------------------------------------------
def test_document_renders_in_both_languages():
    doc = texts.document()
    assert doc.id == "rules30"
    for lang in ("ru", "en"):
        md = to_markdown(doc, lang)
        assert md.count("- [ ] ") == 30
        assert to_terminal(doc, lang).count("[ ] ") == 30


def test_document_first_group_golden_ru():
    md = to_markdown(texts.document(), "ru")
    assert (
        "## Связь с клиентом\n\n"
        "- [ ] 1. Клиент никогда не должен звонить сам.\n"
        "- [ ] 2. Митинг-реппорты [sic: митинг-репорты] отправляются после каждой встречи.\n"
        "- [ ] 6. Отвечать на письма нужно в этот же день или уведомлять, что ответите позже.\n"
        "- [ ] 10. Нельзя опаздывать на встречи.\n"
        "- [ ] 14. На звонки нужно отвечать всегда.\n"
        "- [ ] 23. Поздравляйте клиентов с Днем рождения [sic: с днём рождения].\n"
        "- [ ] 26. Перед началом работ всегда встречайтесь с клиентом лично.\n"
        "- [ ] 27. Узнайте как можно больше о человеке, который будет принимать работу агентства.\n"
    ) in md


def test_document_group_table_golden_en():
    md = to_markdown(texts.document(), "en")
    assert (
        "| Group | Rules |\n"
        "|---|---|\n"
        "| Keeping in touch with the client | 1, 2, 6, 10, 14, 23, 26, 27 |\n"
        "| Deadlines and promises | 7, 8, 17, 19, 28 |\n"
        "| Working with the people who do the work | 3, 4, 5, 21, 22, 24, 29 |\n"
        "| Stance and attitude | 9, 11, 12, 13, 15, 16, 18, 20, 25, 30 |\n"
    ) in md


def test_document_says_what_is_ours():
    md = to_markdown(texts.document(), "ru")
    assert '!!! info "Это наше дополнение, не из источника"' in md
    assert "Деление на четыре группы и самопроверка со счётом\xa0— наши" in md


def test_non_ascii_digits_are_refused():
    with pytest.raises(InvalidInput, match=r'kept: "²" is not allowed'):
        audit_rules(["²"])
