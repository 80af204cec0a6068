"""The rule vocabulary: type errors at definition time (with the rule id), rendering in both languages."""

from enum import StrEnum

import pytest
from pydantic import ValidationError

from danetor import texts
from danetor.rules.danetor import DANETOR, Answer, Verdict
from danetor.rules.model import (
    WORDS,
    AllOf,
    AnyOf,
    AtLeast,
    Eq,
    Input,
    Not,
    Otherwise,
    Rule,
    RuleSet,
    Sequence,
    Step,
)
from danetor.text import Lang, Text, resolver

T = "test.text"


def answer_input(name):
    return Input(name=name, type=Answer, label=f"test.{name}", values={a: T for a in Answer})


def make(*rules):
    return RuleSet(
        name="r", title=T, inputs=(answer_input("a"), answer_input("b")), outcome=Verdict, rules=rules
    )


@pytest.mark.parametrize(
    "rule, message",
    [
        (
            Rule(id="bad_field", when=Eq(field="zzz", value="yes"), then="accept", why=T),
            "rule 'bad_field': unknown input 'zzz'",
        ),
        (
            Rule(id="bad_value", when=Eq(field="a", value="maybe"), then="accept", why=T),
            "rule 'bad_value': a cannot be 'maybe'",
        ),
        (
            Rule(id="bad_outcome", when=Eq(field="a", value="yes"), then="perhaps", why=T),
            "rule 'bad_outcome': outcome 'perhaps' is not a Verdict",
        ),
        (
            Rule(id="nested", when=Not(of=Otherwise()), then="accept", why=T),
            "rule 'nested': 'otherwise' may only stand alone",
        ),
        (
            Rule(
                id="deep",
                when=AllOf(of=(Eq(field="a", value="yes"), AnyOf(of=(Eq(field="b", value="nah"),)))),
                then="accept",
                why=T,
            ),
            "rule 'deep': b cannot be 'nah'",
        ),
    ],
)
def test_type_errors_name_the_rule(rule, message):
    with pytest.raises(ValidationError, match=message):
        make(rule)


def test_duplicate_ids_and_two_otherwise_rules_are_rejected():
    r = Rule(id="x", when=Otherwise(), then="accept", why=T)
    with pytest.raises(ValidationError, match="rule ids repeat"):
        make(r, r)
    with pytest.raises(ValidationError, match="more than one 'otherwise' rule"):
        make(r, Rule(id="y", when=Otherwise(), then="refuse", why=T))


def test_at_least_bounds():
    with pytest.raises(ValidationError, match="n=3 is more than the 2 fields"):
        AtLeast(n=3, fields=("a", "b"), value="yes")
    with pytest.raises(ValidationError):
        AtLeast(n=0, fields=("a",), value="yes")
    with pytest.raises(ValidationError, match="fields repeat"):
        AtLeast(n=1, fields=("a", "a"), value="yes")


def test_input_labels_must_cover_the_enum_and_names_are_not_reserved():
    with pytest.raises(ValidationError, match="value labels"):
        Input(name="a", type=Answer, label=T, values={"yes": T})
    with pytest.raises(ValidationError, match="reserved"):
        Input(name="sid", type=Answer, label=T, values={a: T for a in Answer})


def test_texts_need_both_languages():
    with pytest.raises(ValueError, match="en must be a non-blank string"):
        Text(ru="только русский")  # type: ignore[call-arg]
    with pytest.raises(ValueError, match="ru must be a non-blank string"):
        Text(ru="   ", en="blank russian")


def test_rule_data_holds_text_keys_not_texts():
    with pytest.raises(ValidationError, match="string"):
        Rule(id="x", when=Otherwise(), then="accept", why=Text(ru="почему", en="why"))  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="pattern"):
        Rule(id="x", when=Otherwise(), then="accept", why="not a key")


def test_rule_set_is_frozen():
    with pytest.raises(ValidationError):
        DANETOR.name = "other"  # type: ignore[misc]


def test_render_danetor_conditions():
    refuse, accept, undecided = DANETOR.rules
    assert DANETOR.render_condition(refuse, resolver(Lang.RU)) == (
        "не меньше 2 из (польза клиенту, польза компании, рост ЭБС покроет издержки)\xa0— нет"
    )
    assert DANETOR.render_condition(accept, resolver("en")) == (
        "at least 2 of (good for the client, good for the company, trust gained covers the cost) are yes"
    )
    assert DANETOR.render_condition(undecided, resolver("ru")) == "во всех остальных случаях"


def test_render_compound_conditions():
    rs = make(
        Rule(
            id="x",
            when=AnyOf(
                of=(
                    AllOf(of=(Eq(field="a", value="yes"), Eq(field="b", value="no"))),
                    Not(of=Eq(field="a", value="no")),
                )
            ),
            then="accept",
            why=T,
        ),
        Rule(id="y", when=Otherwise(), then="refuse", why=T),
    )
    words = {
        "test.a": "A",
        "test.b": "B",
        "test.text": "t",
        **{k: texts.get(k, "en") for k in WORDS.values()},
    }
    assert rs.render_condition(rs.rules[0], words.__getitem__) == "(A is t and B is t) or not (A is t)"


def test_to_durable_expressions():
    assert Eq(field="a", value="yes").to_durable() == {"a": "yes"}
    assert Eq(field="a", value="yes").to_durable(negate=True) == {"$neq": {"a": "yes"}}
    assert AtLeast(n=2, fields=("a", "b"), value="no").to_durable() == {"$and": [{"a": "no"}, {"b": "no"}]}
    assert AtLeast(n=2, fields=("a", "b"), value="no").to_durable(negate=True) == {
        "$or": [{"$neq": {"a": "no"}}, {"$neq": {"b": "no"}}]
    }


class Ev(StrEnum):
    GO = "go"


def test_sequence_definition_errors():
    with pytest.raises(ValidationError, match="initial state 'nope'"):
        Sequence(name="s", events=Ev, initial="nope", states=(Step(id="a"),))
    with pytest.raises(ValidationError, match="unknown event 'jump'"):
        Sequence(name="s", events=Ev, initial="a", states=(Step(id="a", on={"jump": "a"}),))
    with pytest.raises(ValidationError, match="leads to unknown state 'b'"):
        Sequence(name="s", events=Ev, initial="a", states=(Step(id="a", on={"go": "b"}),))
    with pytest.raises(ValidationError, match="final state 'z'"):
        Sequence(name="s", events=Ev, initial="a", final=("z",), states=(Step(id="a"),))
