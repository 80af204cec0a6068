"""The DANETOR check as a function: :func:`check` → :class:`Decision`.

The rule set is compiled through durable_rules ahead of time and ships as a verified table, loaded on the first
call; the 27 possible decisions are built then and every later call is a dictionary lookup that returns a frozen, shared
:class:`Decision`.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Annotated, Any

from pydantic import AfterValidator, BaseModel, ConfigDict, PlainSerializer

from . import texts
from ._deprecated import renamed
from ._result import Readable
from ._sync import Lock
from .errors import InvalidInput
from .questions import ANSWER_LABELS, QUESTIONS, VERDICT_LABELS, Question
from .rules import danetor as _rules
from .rules.danetor import Answer, Verdict
from .text import Lang, Text, as_lang
from .texts import POLICY as ACTIVE
from .words import as_enum

if TYPE_CHECKING:  # pragma: no cover
    from .policy import Policy
    from .rules.model import RuleSet

__all__ = [
    "ANSWER_WORDS",
    "Decision",
    "DecisionExplanation",
    "Flip",
    "as_answer",
    "check",
    "questions",
    "ruleset",
]


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
        """The explanation as separate lines, for renderers that lay them out themselves (in the wording of the
        policy the decision was made under, if any)."""
        from ._active import using

        lang = as_lang(lang)
        # the company policy the decision was made under (a private ``_policy``, on the class danetor._active.bound
        # makes), or None for the book: its questions, rules and wordings explain it wherever it is read
        policy = getattr(self, "_policy", None)
        with using(policy):
            return self._explanation(lang, policy)

    def _explanation(self, lang: Lang, policy: Any) -> DecisionExplanation:
        short = {q.id: q.short(lang) for q in (QUESTIONS if policy is None else policy.questions)}
        rules = _rules.DANETOR if policy is None else policy.ruleset
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
            why=EXPLAIN["why"](lang).format(why=texts.get(rules.rule(self.rule).why, lang.value)),
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


_decisions: dict[tuple[Answer, ...], Decision] = {}
_build_lock = Lock()  # fork-safe (danetor._sync)


def _decide(
    table: Any, ids: tuple[str, ...], key: tuple[Answer, ...], cls: type[Decision] = Decision
) -> Decision:
    """The decision for the answers *key* (one per question of *ids*, in order) from the verified *table*."""

    def verdict(answers: tuple[Answer, ...]) -> Verdict:
        return Verdict(table.lookup(*answers).outcome)

    def could_change(i: int) -> bool:
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

    row = table.lookup(*key)
    v = Verdict(row.outcome)
    to_clarify: tuple[str, ...] = ()
    if v is Verdict.UNDECIDED:
        to_clarify = tuple(q for i, q in enumerate(ids) if key[i] is Answer.UNKNOWN and could_change(i))
    flips = tuple(
        Flip(question=q, answer=a, verdict=verdict(key[:i] + (a,) + key[i + 1 :]))
        for i, q in enumerate(ids)
        for a in (Answer.YES, Answer.NO)
        if a is not key[i] and verdict(key[:i] + (a,) + key[i + 1 :]) is not v
    )
    return cls(
        verdict=v,
        answers=dict(zip(ids, key, strict=True)),
        rule=row.rule,
        to_clarify=to_clarify,
        flips=flips,
    )


def _build() -> dict[tuple[Answer, ...], Decision]:
    """Build all 27 decisions of the book from its shipped table (once per process)."""
    with _build_lock:
        if _decisions:
            return _decisions
        from .shipped import builtin_table

        table = builtin_table("danetor")  # the shipped table, read by name: no need to build the rule set
        built = {
            key: _decide(table, _QUESTION_IDS, key)
            for key in itertools.product(tuple(Answer), repeat=len(_QUESTION_IDS))
        }
        _decisions.update(built)
        return _decisions


def _policy_decision(policy: Policy, key: tuple[Answer, ...]) -> Decision:
    """The decision for *key* under *policy*: made from its verified table on first use, then shared."""
    cache = policy._decisions
    found = cache.get(key)
    if found is None:
        from ._active import bound

        found = _decide(policy.table, policy.question_ids, key, bound(Decision))
        found._policy = policy
        found = cache.setdefault(key, found)
    return found


_UNKNOWN_QUESTION = Text.of("errors.hint.unknown_question")


def check(
    client: Any = _MISSING,
    company: Any = _MISSING,
    eba: Any = _MISSING,
    *,
    policy: Any = None,
    **answers: Any,
) -> Decision:
    """Run the DANETOR check.

    Each argument is the answer to one question (see :data:`danetor.QUESTIONS`): an :class:`Answer`,
    ``True``/``False``, ``None`` for "don't know", or one of the words ``"yes"``, ``"no"``, ``"unknown"``,
    ``"да"``, ``"нет"``, ``"не знаю"`` (any case). Anything else, or a missing argument, raises
    :class:`~danetor.errors.InvalidInput` (a ``ValueError``) naming the argument and the allowed values.

    Under a company policy (*policy*, or the one in force: ``with policy:``) the check runs the policy's rule
    set, and the answers to its extra questions are keyword arguments named by their ids, each required and read
    like the others (``check("yes", "no", "yes", contract="no")``). A keyword that names no question is refused.

    >>> check("yes", "no", "no").verdict
    <Verdict.REFUSE: 'refuse'>
    """
    if policy is None:
        policy = ACTIVE.get()
        if policy is None and not answers:
            try:  # the fast path: answers spelled as seen before, and the decisions built
                return _decisions[(_SEEN[client], _SEEN[company], _SEEN[eba])]
            except (KeyError, TypeError):  # a new spelling, a bool or None, bad input, or the very first call
                pass
    ids = _QUESTION_IDS if policy is None else policy.question_ids
    given = {"client": client, "company": company, "eba": eba, **answers}
    if policy is not None and len(given) == len(ids):
        try:  # the fast path under a policy: spellings seen before, and this decision made before
            made: Decision = policy._decisions[
                tuple(_SEEN[given[q]] for q in ids)
            ]  # policy is duck-typed: Any
            return made
        except (KeyError, TypeError):
            pass
    key, problems = [], []
    for q in ids:
        try:
            key.append(as_answer(given.get(q, _MISSING), q))
        except InvalidInput as exc:  # every bad or missing answer is named, not only the first
            problems.append(exc)
    for name, value in answers.items():
        if name not in ids:
            problems.append(InvalidInput(name, value, ids, _UNKNOWN_QUESTION))
    if problems:
        raise InvalidInput.of(problems)
    answers_key = tuple(key)
    if policy is not None:
        return _policy_decision(policy, answers_key)
    try:
        return _decisions[answers_key]
    except KeyError:
        return _build()[answers_key]


def questions(policy: Any = None) -> tuple[Question, ...]:
    """The DANETOR questions in force, in the order they are asked: the book's three (:data:`QUESTIONS`), then the
    extra questions of the company policy given, or else of the one in force."""
    policy = policy if policy is not None else ACTIVE.get()
    return QUESTIONS if policy is None else policy.questions


def ruleset(policy: Any = None) -> RuleSet:
    """The DANETOR rule set in force: the company policy's (given, or else in force), or the book's."""
    policy = policy if policy is not None else ACTIVE.get()
    return _rules.DANETOR if policy is None else policy.ruleset


#: names renamed in 0.2.0, still importable with a DeprecationWarning
__getattr__ = renamed(__name__, {"Explanation": "DecisionExplanation"}, globals())
