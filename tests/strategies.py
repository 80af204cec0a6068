"""Hypothesis strategies shared by the test suite (one place, as in the house style).

Append new strategies at the end of this file; do not rewrite it.
"""

import re

from hypothesis import strategies as st

from danetor import Answer
from danetor.text import _VISIBLE

#: every form check() accepts for one answer, tagged with the answer it means
ANSWER_FORMS = {
    Answer.YES: [Answer.YES, True, "yes", "YES", " Yes ", "да", "ДА", "Да"],
    Answer.NO: [Answer.NO, False, "no", "No", "нет", "НЕТ", " нет"],
    Answer.UNKNOWN: [Answer.UNKNOWN, None, "unknown", "Unknown", "не знаю", "Не  знаю", "НЕ ЗНАЮ"],
}

answers = st.sampled_from(list(Answer))


def answer_form(answer: Answer):
    """Any accepted spelling of *answer*."""
    return st.sampled_from(ANSWER_FORMS[answer])


#: any printable user text, including the nasty ones a template engine would evaluate
NASTY = [
    "{0.__class__}",
    "{{7*7}}",
    "%s",
    "%(x)s",
    "${x}",
    "<b>x</b>",
    "<script>alert(1)</script>",
    "{}",
    "\\n",
]
user_text = st.one_of(
    st.sampled_from(NASTY),
    # a text with at least one visible character, by the library's own definition (a text of only zero-width or
    # format characters is refused; tests/test_hardening.py tests that definition)
    st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=60).filter(
        lambda s: s.strip() and re.search(_VISIBLE, s)
    ),
    st.builds(lambda a, b: a + b, st.sampled_from(NASTY), st.text(min_size=1, max_size=10).filter(str.strip)),
)


# -- channels and escalation (issue 3) -------------------------------------------------------------------------

#: the escalation events by value
ESCALATION_EVENT_VALUES = ["sent", "reply", "no_reaction", "call_answered", "summary_sent"]

#: one step fed to an escalation tracker: ("send", event, seconds since the previous step) or ("tick", None, seconds)
escalation_op = st.one_of(
    st.tuples(st.just("send"), st.sampled_from(ESCALATION_EVENT_VALUES), st.floats(0, 5000, allow_nan=False)),
    st.tuples(st.just("tick"), st.none(), st.floats(0, 5000, allow_nan=False)),
)
escalation_ops = st.lists(escalation_op, max_size=14)

#: a positive, finite wait in seconds
escalation_wait = st.floats(min_value=0.001, max_value=10_000, allow_nan=False, allow_infinity=False)


# -- «вы», not «ты»: shared checks for Russian texts (appended by the part-B playbooks) ---------------------
import re as _re

#: pronoun forms of «ты»; a quoted «ты» (the book's own word, as in "«вы», not «ты»") is not a use of it
TY_FORMS = _re.compile(
    r"(?<![\w-])(ты|тебя|тебе|тобой|тобою|твой|твоя|твоё|твое|твои|твоего|твоей|твоему|твоим|твоих|твоими|твою|"
    r"твоём|твоем)(?![\w-])",
    _re.IGNORECASE,
)


def ty_forms(text: str) -> list[str]:
    """Every «ты» form used in *text* (quoted «ты» excepted); an empty list means the text keeps to «вы»."""
    return TY_FORMS.findall(text.replace("«ты»", ""))


def texts_in(obj, _seen=None):
    """Every danetor Text reachable from *obj* (modules' public constants, dicts, tuples, pydantic models)."""
    from pydantic import BaseModel

    from danetor.text import Text

    seen = set() if _seen is None else _seen
    if id(obj) in seen:
        return
    seen.add(id(obj))
    if isinstance(obj, Text):
        yield obj
    elif isinstance(obj, BaseModel):
        for name in type(obj).model_fields:
            yield from texts_in(getattr(obj, name), seen)
    elif isinstance(obj, dict):
        for value in obj.values():
            yield from texts_in(value, seen)
    elif isinstance(obj, (tuple, list)):
        for value in obj:
            yield from texts_in(value, seen)


# -- rule sets for the compilers (issue 12) -------------------------------------------------------------------
from enum import StrEnum as _StrEnum


class Tri(_StrEnum):
    """A three-valued input for generated rule sets."""

    LOW = "low"
    MID = "mid"
    HIGH = "high"


class Outcome(_StrEnum):
    """The outcomes of generated rule sets."""

    A = "a"
    B = "b"
    C = "c"


FIELDS = ("x", "y", "z")


def conditions(fields=FIELDS, depth: int = 2):
    """Any condition of the vocabulary over *fields* (Tri values), nested up to *depth*; no Otherwise."""
    from danetor.rules.model import AllOf, AnyOf, AtLeast, Eq, Not

    values = st.sampled_from([m.value for m in Tri])
    eq = st.builds(lambda f, v: Eq(field=f, value=v), st.sampled_from(fields), values)
    at_least = st.lists(st.sampled_from(fields), min_size=1, max_size=len(fields), unique=True).flatmap(
        lambda fs: st.builds(
            lambda n, v: AtLeast(n=n, fields=tuple(fs), value=v), st.integers(1, len(fs)), values
        )
    )
    leaf = st.one_of(eq, at_least)
    if depth <= 0:
        return leaf
    inner = conditions(fields, depth - 1)
    return st.one_of(
        leaf,
        st.builds(lambda of: AllOf(of=tuple(of)), st.lists(inner, min_size=1, max_size=3)),
        st.builds(lambda of: AnyOf(of=tuple(of)), st.lists(inner, min_size=1, max_size=3)),
        st.builds(lambda of: Not(of=of), inner),
    )


@st.composite
def rulesets(draw, fields=FIELDS):
    """A random rule set over *fields*: often with gaps or overlaps, sometimes ending in an 'otherwise' rule."""
    from danetor.rules.model import Input, Otherwise, Rule, RuleSet

    t = "test.text"
    n = draw(st.integers(1, 4))
    rules = [
        Rule(
            id=f"r{i}", when=draw(conditions(fields)), then=draw(st.sampled_from(list(Outcome))).value, why=t
        )
        for i in range(n)
    ]
    if draw(st.booleans()):
        rules.append(
            Rule(id="rest", when=Otherwise(), then=draw(st.sampled_from(list(Outcome))).value, why=t)
        )
    return RuleSet(
        name="generated",
        title=t,
        inputs=tuple(Input(name=f, type=Tri, label=t, values={m.value: t for m in Tri}) for f in fields),
        outcome=Outcome,
        rules=tuple(rules),
    )


@st.composite
def sequences(draw):
    """A random sequence over the Tri values as events: some states unreachable, some dead ends."""
    from danetor.rules.model import Sequence, Step

    n = draw(st.integers(1, 5))
    ids = [f"s{i}" for i in range(n)]
    states = tuple(
        Step(
            id=s,
            on=draw(
                st.dictionaries(st.sampled_from([m.value for m in Tri]), st.sampled_from(ids), max_size=3)
            ),
        )
        for s in ids
    )
    return Sequence(name="generated", events=Tri, states=states, initial=ids[0], final=(ids[-1],))


# -- interviewing an account manager (issue 16) --------------------------------------------------------------------


def _interview():
    from danetor.rules.interview import BLOCKS, TRAITS

    return BLOCKS, TRAITS


#: a non-empty choice of interview blocks, as ids in any order and spelling (``stress-case``, ``Stress_Case``)
interview_blocks = st.lists(
    st.sampled_from([b.id for b in _interview()[0]]), min_size=1, max_size=12
).flatmap(
    lambda ids: st.tuples(*(st.sampled_from([i, i.upper(), i.replace("_", "-")]) for i in ids)).map(list)
)


@st.composite
def interview_ticks(draw, *, watched_only: bool = False):
    """What an interviewer ticked: block id → traits, each given as a member, its id or its number (1…).
    With *watched_only*, only the traits each block lists (what the prompt offers)."""
    blocks, traits = _interview()
    numbers = {t.id: n for n, t in enumerate(traits, 1)}
    out = {}
    for block in draw(st.lists(st.sampled_from(blocks), unique_by=lambda b: b.id, max_size=len(blocks))):
        pool = list(block.traits) if watched_only else [t.id for t in traits]
        chosen = draw(st.lists(st.sampled_from(pool), unique=True, max_size=len(pool)))
        out[block.id] = [draw(st.sampled_from([t, t.value, numbers[t]])) for t in chosen]
    return out


# -- a company policy's wordings and channel names (issue 18) ------------------------------------------------------

#: a mark no text of the registry contains: what an override carries, so that a test can find where it shows
POLICY_MARK = "ЖЖqz"


@st.composite
def policy_overrides(draw, keys: list[str]):
    """A valid policy (as parsed TOML data) that overrides one text of *keys*, or renames one channel, with a text
    carrying :data:`POLICY_MARK` and the original's placeholders; and what it overrides: ``(data, key, langs)``,
    *langs* being the languages the override is given in (among those the policy declares)."""
    from danetor import texts

    channel = draw(st.none() | st.sampled_from(["email", "messenger", "phone", "video_call", "meeting"]))
    key = f"channels.channel_labels.{channel}" if channel is not None else draw(st.sampled_from(keys))
    declared = draw(st.lists(st.sampled_from(["ru", "en"]), min_size=1, max_size=2, unique=True))
    langs = draw(st.lists(st.sampled_from(declared), min_size=1, max_size=len(declared), unique=True))
    fields = sorted(texts.placeholders(texts.entry(key).ru))
    words = draw(st.text(alphabet="абвгдеёжзabcdefxyz ,.!«»—", min_size=0, max_size=12))
    given = {
        lang: f"{POLICY_MARK}{lang}{words}" + "".join(f" {{{f}}}" for f in draw(st.permutations(fields)))
        for lang in langs
    }
    data: dict = {"languages": declared}
    if channel is not None:
        data["channels"] = {"names": {channel: given}}
    else:
        data["wordings"] = {key: given}
    return data, key, tuple(langs)


# -- the words of a message (issue 14) --------------------------------------------------------------------------


def trimmed(text: str) -> str:
    """A phrase as a message puts it into our sentence: stripped, and without its own final ``. ! ? …``."""
    return text.strip().rstrip(".!?… \t\n\u00a0")


#: user text that goes into one of our sentences (a request, a reason…): something is left once trimmed
phrase_text = user_text.filter(lambda s: trimmed(s) != "")

#: phrases people type, in every form the recogniser knows, to mix with the nasty ones
typed_phrases = st.sampled_from(
    [
        "переделать баннеры за выходные",
        "скидка 30 % на следующий заказ",
        "скидку 30 % на следующий заказ",
        "бесплатный дополнительный круг правок",
        "утвердите проект",
        "о скидке",
        "redo the banners over the weekend",
        "a 30% discount on the next order",
        "redoing the banners",
        "weekend support",
    ]
)

#: a phrase for any slot: typed as people type it, or anything at all
any_phrase = st.one_of(typed_phrases, phrase_text)


@st.composite
def outcome_tables(draw):
    """A decision over 1 to 4 three-valued questions, as (number of questions, outcome of each combination): the
    outcomes drawn from a few values, often the same, and often independent of some question (as real rules are)."""
    import itertools

    n = draw(st.integers(min_value=1, max_value=4))
    matters = draw(st.lists(st.booleans(), min_size=n, max_size=n))
    outcomes = draw(st.sampled_from([2, 3, 5]))
    table: dict[tuple, int] = {}
    for combo in itertools.product(range(3), repeat=n):
        seen = tuple(v for v, m in zip(combo, matters, strict=True) if m)
        if seen not in table:
            table[seen] = draw(st.integers(min_value=0, max_value=outcomes - 1))
    return n, {c: table[tuple(v for v, m in zip(c, matters, strict=True) if m)]
               for c in itertools.product(range(3), repeat=n)}  # fmt: skip
