"""The channel-by-situation matrix: exhaustive against the book’s table; bad input; checklists; document."""

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from danetor.channels import (
    Channel,
    ChannelAdvice,
    Situation,
    as_channel,
    channel_for,
    checklist_for,
)
from danetor.errors import GapError, InvalidInput, OverlapError
from danetor.playbooks import channels as texts
from danetor.playbooks.document import Checklist, Diagram, Steps, Table, to_markdown, to_terminal
from danetor.rules.channels import CHANNELS, ESCALATION, ChannelAdviceKind, EscalationEvent, EscalationState
from danetor.rules.model import Eq, Rule, RuleSet
from danetor.shipped import compiled
from danetor.text import Text
from strategies import texts_in, ty_forms, user_text

# The book's scheme («Эффективные коммуникации», 003_…txt), written out here independently of the library:
# situation -> (channels used together, equal alternatives, fallback "at worst", escalation on no reaction)
BOOK = {
    "non_urgent": (("email",), ("messenger",), None, ()),
    "urgent": (("email", "messenger"), (), None, (("no_reaction", "phone"),)),
    "incident": (("email",), (), None, ()),
    "presentation": (("meeting",), (), "video_call", ()),
    "interim_report": (("email",), (), None, ()),
    "final_report": (("meeting",), (), None, ()),
}
# channel -> the discipline that applies to it
DISCIPLINE = {
    "email": "email",
    "messenger": "email",
    "phone": "phone",
    "video_call": "meeting",
    "meeting": "meeting",
}
SITUATION_VALUES = ["non_urgent", "urgent", "incident", "presentation", "interim_report", "final_report"]


def test_enums_are_the_contract():
    assert [s.value for s in Situation] == SITUATION_VALUES
    assert [c.value for c in Channel] == ["email", "messenger", "phone", "video_call", "meeting"]


@pytest.mark.parametrize("situation", list(Situation))
def test_every_situation_matches_the_book(situation):
    channels, alternatives, fallback, escalation = BOOK[situation.value]
    advice = channel_for(situation)
    assert advice.situation is situation
    assert [c.value for c in advice.channels] == list(channels)
    assert [c.value for c in advice.alternatives] == list(alternatives)
    assert (advice.fallback.value if advice.fallback else None) == fallback
    assert [(e.trigger, e.channel.value) for e in advice.escalation] == list(escalation)
    assert advice.rule == situation.value
    assert advice.why == Text.of(CHANNELS.rule(situation.value).why)
    assert advice.why.ru.strip() and advice.why.en.strip()


@pytest.mark.parametrize("value", SITUATION_VALUES)
def test_string_value_gives_the_same_shared_result(value):
    assert channel_for(value) is channel_for(Situation(value))
    assert channel_for(f"  {value.upper()} ") is channel_for(Situation(value))


def test_compiled_table_is_total_and_matches_the_book():
    table = compiled(CHANNELS)
    assert len(table) == len(Situation)
    want = {
        "non_urgent": "email_or_messenger",
        "urgent": "email_and_messenger_then_phone",
        "incident": "email",
        "presentation": "meeting_or_video_call",
        "interim_report": "email",
        "final_report": "meeting",
    }
    assert {key[0]: row.outcome for key, row in table.rows.items()} == want
    assert {key[0]: row.rule for key, row in table.rows.items()} == {s: s for s in want}


def _variant(rules):
    return RuleSet(
        name="channels_variant",
        title=CHANNELS.title,
        inputs=CHANNELS.inputs,
        outcome=ChannelAdviceKind,
        rules=rules,
    )


def test_a_missing_situation_is_a_gap_at_compile_time():
    with pytest.raises(GapError, match="final_report"):
        compiled(_variant(CHANNELS.rules[:-1]))


def test_a_situation_with_two_rules_is_an_overlap_at_compile_time():
    extra = Rule(
        id="urgent_again", when=Eq(field="situation", value="urgent"), then="email", why=CHANNELS.rules[0].why
    )
    with pytest.raises(OverlapError, match="urgent"):
        compiled(_variant((*CHANNELS.rules, extra)))


# -- bad input: one test per case ------------------------------------------------------------------------


def _assert_lists_situations(err):
    assert err.argument == "situation"
    assert err.allowed == tuple(SITUATION_VALUES)
    for value in SITUATION_VALUES:
        assert value in str(err)


def test_unknown_situation_string():
    with pytest.raises(InvalidInput) as info:
        channel_for("urgentt")
    _assert_lists_situations(info.value)
    assert '"urgentt"' in str(info.value)


def test_russian_words_name_situations_and_an_unknown_one_is_a_value_error():
    assert channel_for("срочный вопрос").situation is Situation.URGENT  # the one normaliser (danetor.words)
    assert channel_for("Промежуточный отчёт").situation is Situation.INTERIM_REPORT
    with pytest.raises(ValueError):
        channel_for("очень срочный вопрос")


def test_empty_situation():
    with pytest.raises(InvalidInput) as info:
        channel_for("")
    _assert_lists_situations(info.value)


def test_none_situation():
    with pytest.raises(InvalidInput) as info:
        channel_for(None)
    _assert_lists_situations(info.value)


def test_number_situation():
    with pytest.raises(InvalidInput) as info:
        channel_for(1)
    _assert_lists_situations(info.value)


def test_channel_given_as_situation():
    with pytest.raises(InvalidInput) as info:
        channel_for(Channel.EMAIL)
    _assert_lists_situations(info.value)


def test_unknown_channel_for_checklist():
    with pytest.raises(InvalidInput) as info:
        checklist_for("fax")
    assert info.value.argument == "channel"
    assert info.value.allowed == ("email", "messenger", "phone", "video_call", "meeting")


def test_situation_given_as_channel():
    with pytest.raises(InvalidInput):
        as_channel(Situation.URGENT)


def test_difficult_client_must_be_a_bool():
    with pytest.raises(InvalidInput) as info:
        channel_for("urgent").checklists_for(difficult_client="yes")
    assert info.value.argument == "difficult_client"


@given(user_text)
def test_any_text_is_a_situation_or_a_clear_error(text):
    from danetor.words import as_enum, normal, spellings

    if text.strip().lower() in SITUATION_VALUES:
        assert channel_for(text).situation.value == text.strip().lower()
    elif normal(text) in {normal(w) for w in spellings(Situation)}:  # another word for one («срочный», which
        # Hypothesis draws from the constants of the code it has seen, so only in some runs)
        assert channel_for(text).situation is as_enum(text, Situation, "situation")
    else:
        with pytest.raises(InvalidInput) as info:
            channel_for(text)
        assert info.value.value == text  # the user’s string, verbatim
        _assert_lists_situations(info.value)


# -- the result model ------------------------------------------------------------------------------------


def test_advice_is_frozen():
    advice = channel_for("urgent")
    with pytest.raises(ValidationError):
        advice.fallback = Channel.PHONE


def test_advice_json_round_trip():
    advice = channel_for("urgent")
    assert advice.model_dump(mode="json") == {
        "situation": "urgent",
        "advice": "email_and_messenger_then_phone",
        "rule": "urgent",
        "channels": ["email", "messenger"],
        "alternatives": [],
        "fallback": None,
        "escalation": [{"trigger": "no_reaction", "channel": "phone"}],
        "why": {"ru": advice.why.ru, "en": advice.why.en},
    }
    assert ChannelAdvice.model_validate_json(advice.model_dump_json()) == advice


def test_explain_golden_ru():
    assert channel_for("urgent").explain("ru") == (
        "Ситуация: срочный вопрос.\n"
        "Канал: электронная почта и мессенджер одновременно; нет реакции за время ожидания\xa0— "
        "телефонный звонок.\n"
        "Почему: Срочный запрос отправляйте сразу и по почте, и в мессенджер; в случае отсутствия реакции\xa0— "
        "звонок. Звонок здесь\xa0— следующий шаг, а не первый: звонить стоит, когда письменным сообщением не "
        "обойтись."
    )


def test_explain_golden_en():
    assert channel_for("presentation").explain("en") == (
        "Situation: presenting a proposed approach or solution.\n"
        "Channel: in-person meeting; failing that, video call.\n"
        "Why: Present a proposed approach or solution at an in-person meeting, or at worst on a video call: "
        "face to face you can use body language and show that you and the client are one team."
    )


def test_describe_every_situation_en():
    assert {s.value: channel_for(s).describe("en") for s in Situation} == {
        "non_urgent": "email or messenger",
        "urgent": "email and messenger together; no reaction in time → phone call",
        "incident": "email",
        "presentation": "in-person meeting; failing that, video call",
        "interim_report": "email",
        "final_report": "in-person meeting",
    }


# -- checklists ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("channel", list(Channel))
def test_every_channel_has_its_discipline(channel):
    checklist = checklist_for(channel)
    assert checklist.id == DISCIPLINE[channel.value]
    assert checklist_for(channel.value) is checklist
    assert len(checklist.items) >= 1


@pytest.mark.parametrize("situation", list(Situation))
def test_advice_checklists_cover_every_named_channel(situation):
    channels, alternatives, fallback, escalation = BOOK[situation.value]
    named = [*channels, *alternatives, *([fallback] if fallback else []), *(c for _, c in escalation)]
    want = list(dict.fromkeys(DISCIPLINE[c] for c in named))
    advice = channel_for(situation)
    assert [c.id for c in advice.checklists] == want
    assert [c.id for c in advice.checklists_for(difficult_client=True)] == [*want, "difficult_client"]


def _items(checklist_id, lang):
    return [item(lang) for item in texts.CHECKLISTS[checklist_id].items]


def test_email_discipline_is_the_books():
    items = _items("email", "ru")
    assert "Каждое письмо посвящайте одному вопросу." in items
    assert "Укажите этот вопрос в теме письма." in items
    assert "Отвечайте на письма в тот же день или сообщите, что ответите позже." in items


def test_phone_discipline_is_the_books_in_order():
    assert _items("phone", "en") == [
        "Call the client only when a written message really will not do.",
        "List the questions to discuss in advance.",
        "Agree the time, length and topic of the call with the client.",
        "Take notes of the client’s answers during the call.",
        "Afterwards, send the client a summary of the conclusions to confirm.",
    ]


def test_meeting_and_difficult_client_disciplines():
    assert "После каждой встречи отправляйте митинг-репорт." in _items("meeting", "ru")
    items = _items("difficult_client", "ru")
    assert any(i.startswith("По результатам устного общения высылайте клиенту список") for i in items)


def test_difficult_client_discipline_reuses_the_soft_power_wording():
    """One wording per piece of advice: the checklist quotes the soft-power techniques, not a copy of them."""
    from danetor.playbooks.channels import CHECKLISTS
    from danetor.playbooks.soft_power import TECHNIQUES

    items = CHECKLISTS["difficult_client"].items
    for technique in ("regulate_in_writing", "agreements_after_talk", "warn_of_delays"):
        assert next(t.text for t in TECHNIQUES if t.id == technique) in items


def test_checklist_render():
    assert checklist_for("phone").explain("en").splitlines()[:2] == [
        "Phone calls",
        "- [ ] Call the client only when a written message really will not do.",
    ]


# -- texts -----------------------------------------------------------------------------------------------


def test_text_tables_match_their_enums():
    assert set(texts.SITUATION_LABELS) == set(SITUATION_VALUES) == set(texts.WHY)
    assert set(texts.CHANNEL_LABELS) == {c.value for c in Channel}
    assert set(texts.EVENT_LABELS) == {e.value for e in EscalationEvent}
    assert set(texts.STATE_LABELS) == set(texts.ACTIONS) == {s.value for s in EscalationState}
    assert set(texts.CHECKLISTS) == {*DISCIPLINE.values(), "difficult_client"}


def _all_ru_text() -> str:
    parts = [to_markdown(texts.document(), "ru")]
    parts += [channel_for(s).explain("ru") for s in Situation]
    constants = (
        texts.SITUATION_LABELS,
        texts.CHANNEL_LABELS,
        texts.WHY,
        texts.CHECKLISTS,
        texts.EVENT_LABELS,
    )
    constants += (texts.STATE_LABELS, texts.ACTIONS, texts.EXPLAIN)
    parts += [t.ru for const in constants for t in texts_in(dict(const))]
    parts += [t.ru for t in texts_in(texts.document())]
    return "\n".join(parts)


def test_russian_addresses_the_client_with_vy():
    text = _all_ru_text()
    assert ty_forms(text) == []
    assert re.search(r"\bвы\b", text, re.IGNORECASE)


# -- the printable document --------------------------------------------------------------------------------


def test_document_is_generated_from_the_data():
    doc = texts.document()
    table = next(b for b in doc.blocks if isinstance(b, Table))
    assert [row[2] for row in table.rows] == [Text.of(rule.why) for rule in CHANNELS.rules]
    steps = next(b for b in doc.blocks if isinstance(b, Steps))
    assert len(steps.items) == len([s for s in ESCALATION.states if s.on])
    assert [b.items for b in doc.blocks if isinstance(b, Checklist)] == [
        c.items for c in texts.CHECKLISTS.values()
    ]
    diagram = next(b for b in doc.blocks if isinstance(b, Diagram))
    arrows = diagram.mermaid.en.count(" --> ")
    assert arrows == 1 + sum(len(s.on) for s in ESCALATION.states) + len(ESCALATION.final)
    assert any(b.kind == "note" and b.style == "ours" for b in doc.blocks)


def _section(markdown: str, start: str, end: str) -> str:
    return markdown[markdown.index(start) : markdown.index(end)]


GOLDEN_TABLE_RU = """\
## Какой канал в какой ситуации

| Ситуация | Канал | Почему |
|---|---|---|
| Несрочный вопрос | Электронная почта или мессенджер | Несрочный вопрос решайте письменно\xa0— по электронной почте или в мессенджере: звонить клиенту стоит лишь тогда, когда никак нельзя обойтись письменным сообщением. |
| Срочный вопрос | Электронная почта и мессенджер одновременно; нет реакции за время ожидания\xa0— телефонный звонок | Срочный запрос отправляйте сразу и по почте, и в мессенджер; в случае отсутствия реакции\xa0— звонок. Звонок здесь\xa0— следующий шаг, а не первый: звонить стоит, когда письменным сообщением не обойтись. |
| Нештатная ситуация, не требующая участия клиента | Электронная почта | О нештатной ситуации, которая не требует участия клиента, сообщите по электронной почте: клиент узнает о случившемся, но действовать ему не нужно. |
| Презентация предлагаемого подхода или решения | Личная встреча; в крайнем случае\xa0— видеоконференция | Предлагаемый подход или решение представляйте на личной встрече, в крайнем случае\xa0— по видеоконференции: при встрече можно задействовать приёмы невербальной коммуникации и показать, что вы с клиентом\xa0— одна команда. |
| Отчёт о промежуточных итогах работы | Электронная почта | Промежуточные итоги отправляйте по электронной почте: написанное в письме зафиксировано, и в случае претензий или разбирательств вы будете прикрыты. |
| Отчёт о завершении проекта | Личная встреча | Об итогах проекта отчитывайтесь на личной встрече, а после неё, как после каждой встречи, отправьте митинг-репорт. |

!!! info "Это наше дополнение, не из источника"

    Схема «ситуация — канал» взята из книги. Пояснения в столбце «Почему» — наши: книга причин не приводит, и мы собрали их из других её советов о переписке, звонках и встречах и из «30 правил» (митинг-репорт после встречи — правило 2).

"""

GOLDEN_ESCALATION_EN = """\
## Escalating an urgent question

An urgent request goes out by email and messenger at once. If the client replies, it is settled. If there is no reaction in time, call.

1. Send the urgent request by email and messenger at the same time. Next: request sent → waiting for a reaction.
2. Give the client time to react. Next: the client replied → resolved; no reaction in time → call due.
3. No reaction: call the client. List your questions first and note down the answers during the call. Next: the client replied → resolved; you talked on the phone → summary due.
4. Send the client a summary of the call’s conclusions for them to confirm. Next: summary sent → resolved.

```mermaid
stateDiagram-v2
    state "Not sent yet" as not_sent
    state "Waiting for a reaction" as waiting
    state "Call due" as call
    state "Summary due" as summary
    state "Resolved" as resolved
    [*] --> not_sent
    not_sent --> waiting: request sent
    waiting --> resolved: the client replied
    waiting --> call: no reaction in time
    call --> resolved: the client replied
    call --> summary: you talked on the phone
    summary --> resolved: summary sent
    resolved --> [*]
```

!!! info "Our addition, not the source’s"

    The book names no wait time: the default of 1 h is ours; set your own. The step after the call is ours too, but it comes from the book’s rules for calls: after the conversation, send a summary to confirm (by email). If the call does not get through, you stay at the call step: the book prescribes nothing further.

"""

GOLDEN_EMAIL_RU = """\
## Электронная почта и переписка

Для каналов: электронная почта, мессенджер.

- [ ] В переписке стремитесь к краткости.
- [ ] Каждое письмо посвящайте одному вопросу.
- [ ] Укажите этот вопрос в теме письма.
- [ ] Хотите обсудить несколько предметов\xa0— пишите несколько писем.
- [ ] Отвечайте на письма в тот же день или сообщите, что ответите позже.

"""

GOLDEN_MERMAID_RU = """\
```mermaid
stateDiagram-v2
    state "Запрос ещё не отправлен" as not_sent
    state "Ждём реакции" as waiting
    state "Пора звонить" as call
    state "Нужно резюме разговора" as summary
    state "Вопрос решён" as resolved
    [*] --> not_sent
    not_sent --> waiting: запрос отправлен
    waiting --> resolved: клиент ответил
    waiting --> call: нет реакции за время ожидания
    call --> resolved: клиент ответил
    call --> summary: разговор состоялся
    summary --> resolved: резюме отправлено
    resolved --> [*]
```
"""


def test_markdown_golden_ru():
    md = to_markdown(texts.document(), "ru")
    assert md.startswith(
        "# Каналы коммуникации\n\n*Источник: «„Отчаянные аккаунт-менеджеры“ за 10\u00a0минут», краткое содержание книги "
        "Б.\u00a0Шпирта, разделы «Эффективные коммуникации»"
    )
    assert _section(md, "## Какой канал", "!!! warning") == GOLDEN_TABLE_RU
    assert _section(md, "## Электронная почта", "## Телефонный звонок") == GOLDEN_EMAIL_RU
    assert GOLDEN_MERMAID_RU in md


def test_markdown_golden_en():
    md = to_markdown(texts.document(), "en")
    assert md.startswith(
        "# Communication channels\n\n*Source: «„Отчаянные аккаунт-менеджеры“ за 10\xa0минут» (“Desperate Account Managers” in "
        "10\xa0minutes), a summary of B.\xa0Shpirt’s book, sections"
    )
    assert _section(md, "## Escalating", "## Email and written messages") == GOLDEN_ESCALATION_EN
    assert md.rstrip().endswith("and the meeting rules to a video call standing in for a meeting.")


def test_terminal_rendering_has_every_situation_and_item():
    out = to_terminal(texts.document(), "en", width=100)
    for situation in Situation:
        assert (
            texts.SITUATION_LABELS[situation].en[:1].upper() + texts.SITUATION_LABELS[situation].en[1:] in out
        )
    for checklist in texts.CHECKLISTS.values():
        assert checklist.title.en in out
    assert "```mermaid" not in out


def test_docstring_examples_run():
    import doctest

    import danetor.channels

    result = doctest.testmod(danetor.channels)
    assert result.attempted >= 3 and result.failed == 0


def test_duration_words():
    assert texts.describe_duration(3600, "ru") == "1 ч"
    assert texts.describe_duration(5400, "en") == "90 min"
    assert texts.describe_duration(0.5, "en") == "0.5 s"


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_advice_phrases_are_texts_in_both_languages(lang):
    for situation in Situation:
        advice = channel_for(situation)
        assert isinstance(advice.why, Text)
        assert advice.describe(lang).strip()


@given(st.sampled_from(list(Situation)), st.booleans())
def test_checklists_are_shared_objects(situation, difficult):
    lists = channel_for(situation).checklists_for(difficult_client=difficult)
    assert all(c is texts.CHECKLISTS[c.id] for c in lists)
    assert len({c.id for c in lists}) == len(lists)


@pytest.mark.parametrize(
    "spelling", ["non-urgent", "Non Urgent", " interim report ", "final-report", "INCIDENT"]
)
def test_situations_accept_hyphens_and_spaces(spelling):
    from danetor.channels import as_situation

    assert as_situation(spelling).value == "_".join(spelling.strip().lower().replace("-", " ").split())
