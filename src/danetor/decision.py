"""The DANETOR check as a function: :func:`check` → :class:`Decision`.

The rule set is compiled through durable_rules ahead of time and ships as a verified table, loaded on the first
call; the 27 possible decisions are built then and every later call is a dictionary lookup that returns a frozen, shared
:class:`Decision`.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping
from types import MappingProxyType
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, ConfigDict, PlainSerializer

from . import texts
from ._deprecated import renamed
from ._result import Readable
from ._sync import Lock
from .errors import InvalidInput
from .questions import ANSWER_LABELS, QUESTIONS, VERDICT_LABELS
from .rules import danetor as _rules
from .rules.danetor import Answer, Verdict
from .text import Lang, Text, as_lang
from .words import as_enum

__all__ = ["ANSWER_WORDS", "Decision", "DecisionExplanation", "Flip", "as_answer", "check"]


# -- texts (by key) -------------------------------------------------------------------------------------

EXPLAIN: dict[str, Text] = {
    "verdict": Text.of("danetor.explain.verdict"),
    "answers": Text.of("danetor.explain.answers"),
    "answer": Text.of("danetor.explain.answer"),
    "why": Text.of("danetor.explain.why"),
    "flip": Text.of("danetor.explain.flip"),
    "change": Text.of("danetor.explain.change"),
    "or": Text.of("danetor.explain.or"),
    "no_flip": Text.of("danetor.explain.no_flip"),
    "clarify": Text.of("danetor.explain.clarify"),
}


_QUESTION_IDS = tuple(q.id for q in QUESTIONS)

#: Every string :func:`check` accepts (after trimming and lower-casing), and the answer it means.
ANSWER_WORDS: Mapping[str, Answer] = MappingProxyType(
    {
        "yes": Answer.YES,
        "no": Answer.NO,
        "unknown": Answer.UNKNOWN,
        "да": Answer.YES,
        "нет": Answer.NO,
        "не знаю": Answer.UNKNOWN,
    }
)
_ALLOWED = (*ANSWER_WORDS, "True", "False", "None")
_MISSING: Any = object()

#: The spellings already seen, exactly as given → the answer: check()'s fast path, one dict lookup per answer.
#: Answer members and the common spellings are there from the start; every other string that normalises to an
#: answer is added when first seen, up to _SEEN_MAX entries (so a caller sending endless variants cannot grow it
#: without bound). Only str keys: an int 1 must not find the entry of True.
_SEEN: dict[str, Answer] = {a: a for a in Answer}
for _word, _answer in ANSWER_WORDS.items():
    for _form in {_word, _word.upper(), _word.capitalize(), _word.title()}:
        _SEEN[_form] = _answer
_SEEN_MAX = 4096


def as_answer(value: Any, argument: str = "answer") -> Answer:
    """Normalise one answer: an :class:`Answer`, ``True``/``False``, ``None`` (unknown) or a word in
    :data:`ANSWER_WORDS` (any case, surrounding spaces ignored). Anything else raises :class:`InvalidInput`."""
    if type(value) is Answer:
        return value
    if value is None:
        return Answer.UNKNOWN
    if value is True:
        return Answer.YES
    if value is False:
        return Answer.NO
    if value is _MISSING:
        raise InvalidInput(argument, value, _ALLOWED, missing=True)
    if isinstance(value, str):  # every spelling danetor.words accepts: "Да", " no ", "y", "не знаю"…
        answer = as_enum(value, Answer, argument, shown=_ALLOWED)
        if type(value) is str and len(_SEEN) < _SEEN_MAX:
            _SEEN[value] = answer
        return answer
    raise InvalidInput(argument, value, _ALLOWED)


class Flip(BaseModel):
    """A single changed answer that would change the verdict: question *question* answered *answer*
    gives *verdict*."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    question: str
    answer: Answer
    verdict: Verdict


_Answers = Annotated[
    Mapping[str, Answer],
    AfterValidator(lambda m: MappingProxyType(dict(m))),
    PlainSerializer(dict, return_type=dict[str, Answer]),
]


class Decision(Readable, BaseModel):
    """The result of :func:`check`: frozen, JSON-serialisable, and able to explain itself."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    verdict: Verdict
    #: question id → answer, in question order (read-only).
    answers: _Answers
    #: id of the rule that decided (``refuse``, ``accept`` or ``undecided``).
    rule: str
    #: for an UNDECIDED verdict: the unknown answers that could still change it, in question order.
    to_clarify: tuple[str, ...] = ()
    #: every single changed answer (to yes or no) that would change the verdict.
    flips: tuple[Flip, ...] = ()

    def explanation(self, lang: Lang | str = Lang.RU) -> DecisionExplanation:
        """The explanation as separate lines, for renderers that lay them out themselves."""
        lang = as_lang(lang)
        short = {q.id: q.short(lang) for q in QUESTIONS}
        clarify = None
        if self.to_clarify:
            clarify = EXPLAIN["clarify"](lang).format(questions=", ".join(short[q] for q in self.to_clarify))
        if self.flips:
            changes = EXPLAIN["or"](lang).join(
                EXPLAIN["change"](lang).format(
                    question=short[f.question],
                    answer=ANSWER_LABELS[f.answer](lang),
                    verdict=VERDICT_LABELS[f.verdict](lang),
                )
                for f in self.flips
            )
            change = EXPLAIN["flip"](lang).format(changes=changes)
        else:
            change = EXPLAIN["no_flip"](lang)
        return DecisionExplanation(
            lang=lang,
            verdict=EXPLAIN["verdict"](lang).format(verdict=VERDICT_LABELS[self.verdict](lang)),
            answers=EXPLAIN["answers"](lang).format(
                answers="; ".join(
                    EXPLAIN["answer"](lang).format(question=short[q], answer=ANSWER_LABELS[a](lang))
                    for q, a in self.answers.items()
                )
            ),
            why=EXPLAIN["why"](lang).format(why=texts.get(_rules.DANETOR.rule(self.rule).why, lang.value)),
            clarify=clarify,
            change=change,
        )

    def explain(self, lang: Lang | str = Lang.RU) -> str:
        """Why this verdict, in plain words, and what single changed answer would change it."""
        return str(self.explanation(lang))


class DecisionExplanation(BaseModel):
    """A decision explained in one language, line by line (``str()`` joins the lines)."""

    model_config = ConfigDict(
        frozen=True, extra="forbid", defer_build=True
    )  # built on the first explanation()

    lang: Lang
    verdict: str
    answers: str
    why: str
    #: what to clarify first (only for an undecided verdict)
    clarify: str | None = None
    #: which single changed answer would change the verdict, or that none would
    change: str

    def __str__(self) -> str:
        lines = [self.verdict, self.answers, self.why, self.clarify, self.change]
        return "\n".join(line for line in lines if line)


_decisions: dict[tuple[Answer, Answer, Answer], Decision] = {}
_build_lock = Lock()  # fork-safe (danetor._sync)


def _build() -> dict[tuple[Answer, Answer, Answer], Decision]:
    """Compile DANETOR through the engine and build all 27 decisions (once per process)."""
    with _build_lock:
        if _decisions:
            return _decisions
        from .shipped import builtin_table

        table = builtin_table("danetor")  # the shipped table, read by name: no need to build the rule set

        def verdict(key: tuple[Answer, ...]) -> Verdict:
            return Verdict(table.lookup(*key).outcome)

        def could_change(key: tuple[Answer, ...], i: int) -> bool:
            """Is unknown answer *i* pivotal for some resolution of the other unknowns?"""
            unknown = [j for j, a in enumerate(key) if a is Answer.UNKNOWN and j != i]
            for fill in itertools.product((Answer.YES, Answer.NO), repeat=len(unknown)):
                base = list(key)
                for j, a in zip(unknown, fill, strict=True):
                    base[j] = a
                outcomes = {verdict(tuple(base[:i] + [a] + base[i + 1 :])) for a in (Answer.YES, Answer.NO)}
                if len(outcomes) > 1:
                    return True
            return False

        built = {}
        for key in itertools.product(tuple(Answer), repeat=len(_QUESTION_IDS)):
            row = table.lookup(*key)
            v = Verdict(row.outcome)
            to_clarify = ()
            if v is Verdict.UNDECIDED:
                to_clarify = tuple(
                    q
                    for i, q in enumerate(_QUESTION_IDS)
                    if key[i] is Answer.UNKNOWN and could_change(key, i)
                )
            flips = tuple(
                Flip(question=q, answer=a, verdict=verdict(key[:i] + (a,) + key[i + 1 :]))
                for i, q in enumerate(_QUESTION_IDS)
                for a in (Answer.YES, Answer.NO)
                if a is not key[i] and verdict(key[:i] + (a,) + key[i + 1 :]) is not v
            )
            built[key] = Decision(
                verdict=v,
                answers=dict(zip(_QUESTION_IDS, key, strict=True)),
                rule=row.rule,
                to_clarify=to_clarify,
                flips=flips,
            )
        _decisions.update(built)
        return _decisions


def check(client: Any = _MISSING, company: Any = _MISSING, eba: Any = _MISSING) -> Decision:
    """Run the DANETOR check.

    Each argument is the answer to one question (see :data:`danetor.QUESTIONS`): an :class:`Answer`,
    ``True``/``False``, ``None`` for "don't know", or one of the words ``"yes"``, ``"no"``, ``"unknown"``,
    ``"да"``, ``"нет"``, ``"не знаю"`` (any case). Anything else, or a missing argument, raises
    :class:`~danetor.errors.InvalidInput` (a ``ValueError``) naming the argument and the allowed values.

    >>> check("yes", "no", "no").verdict
    <Verdict.REFUSE: 'refuse'>
    """
    try:  # the fast path: answers spelled as seen before, and the decisions built
        return _decisions[(_SEEN[client], _SEEN[company], _SEEN[eba])]
    except (KeyError, TypeError):  # a new spelling, a bool or None, bad input, or the very first call
        pass
    answers, problems = [], []
    for value, argument in ((client, "client"), (company, "company"), (eba, "eba")):
        try:
            answers.append(as_answer(value, argument))
        except InvalidInput as exc:  # every bad or missing answer is named, not only the first
            problems.append(exc)
    if problems:
        raise InvalidInput.of(problems)
    key = (answers[0], answers[1], answers[2])
    try:
        return _decisions[key]
    except KeyError:
        return _build()[key]


#: names renamed in 0.2.0, still importable with a DeprecationWarning
__getattr__ = renamed(__name__, {"Explanation": "DecisionExplanation"}, globals())
