"""Which grammatical form a typed phrase is in, so that a message puts it in a sentence that fits.

People type a request, an alternative, a concession or a service in whatever form the prompt suggests to them:
«переделать баннеры» (an infinitive), «скидка 30 %» (nominative), «скидку 30 %» (accusative); "redo the banners"
(a verb phrase), "a 30% discount" (a noun phrase). Each slot of a message has a sentence (a *frame*) for each form,
and :func:`frame` picks the one that reads correctly with what was typed. The user's words are never changed.

    >>> classify("переделать баннеры", "ru"), classify("скидка 30 %", "ru"), classify("скидку 30 %", "ru")
    (<Form.INF: 'inf'>, <Form.NOM: 'nom'>, <Form.ACC: 'acc'>)
    >>> classify("утвердите проект", "ru"), classify("сделайте скидку", "ru")
    (<Form.FINITE: 'finite'>, <Form.OTHER: 'other'>)
    >>> classify("redo the banners", "en"), classify("a 30% discount", "en"), classify("weekend support", "en")
    (<Form.VERB: 'verb'>, <Form.NOUN: 'noun'>, <Form.OTHER: 'other'>)
    >>> frame("скидку 30 %", "ru"), frame("скидка 30 %", "ru"), frame("redo the banners", "en")
    ('obj', 'any', 'inf')

**Forms.** Russian: ``inf`` (an infinitive phrase), ``nom`` (a noun phrase whose head is unmistakably
nominative), ``acc`` (unmistakably accusative, or a person's accusative: «скидку», «нового дизайнера»),
``nom_acc`` (a noun phrase whose nominative and accusative are the same: «баннеры», «круг правок»), ``finite``
(the «вы» form of a future: «утвердите проект», «пришлёте тексты»), ``other`` (a clause, an imperative, a question,
a prepositional phrase). English: ``verb`` (a bare verb phrase), ``noun`` (a noun phrase), ``other`` (a gerund, a
to-infinitive, a clause, "please …", "no …", and any phrase whose first word could be a verb or a noun with nothing
after it to tell: "discount on the next order", "weekend support").

**Frames.** ``inf`` continues a verb that wants an infinitive («готовы …», "we can …"); ``obj`` is the object of a
verb («Вы просите …», "asking for …"); ``any`` stands after a colon («Другой вариант: …», "Another option: …") and
reads with every form but the Russian accusative; ``finite`` (the delay warning only) follows «если Вы не …».
"Other" is the safe answer: it always goes to ``any``. So the rules say ``verb``, ``noun``, ``inf`` or ``acc``
only when the phrase shows it (an object or a particle after a verb; a determiner or a number before a noun).

The rules are endings and short word lists, with no dictionary: a call costs a few microseconds and importing
this module about a millisecond, where pymorphy3 would add about 50 ms to every start (the start-up budget of
``danetor script`` is 1.3 × the pydantic floor; benchmarks/bench_startup.py). On the labelled phrases in
tests/spec/phrases.toml they do as well as pymorphy3, and tests/test_phrase.py shows that no labelled phrase is
put in a frame that does not fit it.
"""

from __future__ import annotations

import re
from enum import StrEnum

__all__ = ["FITS", "FRAMES", "Form", "classify", "frame"]


class Form(StrEnum):
    """The grammatical form of a typed phrase (see the module's docstring)."""

    INF = "inf"
    NOM = "nom"
    ACC = "acc"
    NOM_ACC = "nom_acc"
    FINITE = "finite"
    VERB = "verb"
    NOUN = "noun"
    OTHER = "other"


#: the frames a slot has; every slot has ``inf``, ``obj`` and ``any``, and the delay warning's action ``finite``
FRAMES = ("finite", "inf", "obj", "any")

#: the frames that read correctly with each form, best first: a slot uses the first of them it has
FITS: dict[Form, tuple[str, ...]] = {
    Form.INF: ("inf", "any"),
    Form.ACC: ("obj",),
    Form.NOM_ACC: ("obj", "any"),
    Form.NOM: ("any",),
    Form.FINITE: ("finite", "any"),
    Form.OTHER: ("any",),
    Form.VERB: ("inf", "any"),
    Form.NOUN: ("obj", "any"),
}


# -- tokens -------------------------------------------------------------------------------------------------

_TOKEN = re.compile(r"[^\W\d_]+(?:[-'’/][^\W\d_]+)*|\d+(?:[.,:\u00a0 ]\d+)*|\S", re.UNICODE)
_CYR = re.compile(r"[а-яё]", re.IGNORECASE)
_LAT = re.compile(r"^[a-z]", re.IGNORECASE)


def _words(text: str) -> list[str]:
    return [t.lower().replace("ё", "е") for t in _TOKEN.findall(text)]


def _is_word(t: str) -> bool:
    return t[:1].isalpha()


# -- Russian ------------------------------------------------------------------------------------------------

# words that may stand before the verb or the noun without changing the form of the phrase
_RU_SKIP = frozenset(
    "срочно бесплатно еще также тоже опять снова сегодня завтра сразу уже хотя бы дополнительно заранее быстро "
    "быстрее максимально обязательно просто лишь только раз оперативно хоть как-то все-таки всё-таки не "
    "немедленно поскорее пожалуйста все".replace("ё", "е").split()
)
_RU_PREP = frozenset(
    [
        "о",
        "об",
        "обо",
        "на",
        "в",
        "во",
        "до",
        "к",
        "ко",
        "для",
        "за",
        "с",
        "со",
        "без",
        "про",
        "по",
        "от",
        "из",
        "у",
        "при",
        "через",
        "после",
        "перед",
        "около",
        "над",
        "под",
        "между",
        "ради",
        "вместо",
        "кроме",
    ]
)
# a clause or a question: a pronoun, a conjunction, a modal word or a common finite verb near the start
_RU_CLAUSE = frozenset(
    [
        "чтобы",
        "мы",
        "вы",
        "я",
        "он",
        "она",
        "они",
        "нам",
        "вам",
        "мне",
        "им",
        "ему",
        "ей",
        "можно",
        "нужно",
        "нужна",
        "нужен",
        "нужны",
        "надо",
        "хотим",
        "хочет",
        "хотят",
        "хотел",
        "хотела",
        "просит",
        "просят",
        "прошу",
        "пусть",
        "давайте",
        "если",
        "когда",
        "как",
        "что",
        "ли",
        "бы",
        "хочу",
        "может",
        "могли",
        "сможете",
        "сделаете",
        "почему",
        "зачем",
        "где",
        "куда",
        "сколько",
        "отчего",
    ]
)
# nouns (and a few other words) that end like an infinitive
_RU_NOT_INF = frozenset(
    [
        "мать",
        "дочь",
        "печать",
        "кровать",
        "тетрадь",
        "благодать",
        "рать",
        "знать",
        "опять",
        "пять",
        "шесть",
        "девять",
        "десять",
        "двадцать",
        "тридцать",
        "путь",
        "суть",
        "ртуть",
        "сеть",
        "треть",
        "плеть",
        "четверть",
        "смерть",
        "плоть",
        "нить",
        "прыть",
        "медь",
        "власть",
        "часть",
        "масть",
        "честь",
        "месть",
        "весть",
        "лесть",
        "жесть",
        "шерсть",
        "пасть",
        "страсть",
        "снасть",
        "напасть",
        "запасть",
        "повесть",
        "совесть",
        "ведомость",
        "речь",
        "ночь",
        "печь",
        "дочь",
        "мощь",
        "помощь",
    ]
)
# infinitives that end like a noun in -ость/-есть
_RU_INF_STH = frozenset(
    ["есть", "съесть", "учесть", "прочесть", "счесть", "сесть", "пересесть", "класть", "красть"]
)
# indeclinable nouns that end in -у/-ю
_RU_INDECL = frozenset(
    ["меню", "интервью", "шоу", "рагу", "кенгуру", "ревю", "гуру", "табу", "ню", "фондю", "кешью", "авеню"]
)
# animate masculine nouns common in agency work: their -а/-я form is the accusative of a person
_RU_ANIMATE = [
    "дизайнер",
    "менеджер",
    "копирайтер",
    "разработчик",
    "программист",
    "верстальщик",
    "фотограф",
    "видеограф",
    "оператор",
    "редактор",
    "корректор",
    "иллюстратор",
    "аниматор",
    "аналитик",
    "маркетолог",
    "таргетолог",
    "специалист",
    "консультант",
    "юрист",
    "тестировщик",
    "стажер",
    "помощник",
    "сотрудник",
    "человек",
    "исполнитель",
    "подрядчик",
    "курьер",
    "переводчик",
    "модератор",
    "артдиректор",
    "арт-директор",
    "продюсер",
    "режиссер",
    "смм-щик",
    "эсэмэмщик",
    "фрилансер",
    "проджект",
    "project-менеджер",
]
_RU_ANIMATE_ACC = frozenset(w + "а" for w in _RU_ANIMATE)
# endings of a person's accusative whatever the stem: специалиста, верстальщика, переводчика, маркетолога
_RU_ANIMATE_ACC_END = ("иста", "щика", "чика", "олога", "графа")

_INF_END = ("ть", "ти", "чь", "ться", "тись", "чься")
# imperatives in -ите whose «вы» future differs (пришлите → пришлёте): the common ones in agency work, and the
# endings of the verbs of writing, sending, saying and showing («подпишите», «вышлите», «расскажите»)
_RU_IMPERATIVE_ITE = frozenset(["примите", "поймите", "возьмите", "начните", "снимите", "отмените"])
_RU_IMPERATIVE_ITE_END = ("шлите", "пишите", "жите", "чите", "щите", "мите", "ните")


def _ru_inf(w: str) -> bool:
    if w in _RU_NOT_INF:
        return False
    if w.endswith(("ость", "есть")) and w not in _RU_INF_STH:
        return False
    if w.endswith(("ости", "ети")) and not w.endswith("ести"):
        return False  # новости, соцсети: plural nouns
    return w.endswith(_INF_END) and len(w) > 3


def _ru_noun_form(w: str) -> Form:
    """The form of a phrase whose first content word is *w* (a noun, an adjective or a numeral word)."""
    w = w.rsplit("-", 1)[-1]  # «SEO-аудит», «пресс-релиз»: the last part inflects
    if not _CYR.search(w):
        return Form.NOM_ACC  # Latin or an abbreviation: does not inflect
    if w in _RU_INDECL:
        return Form.NOM_ACC
    if w.endswith(("ую", "юю")):
        return Form.ACC  # срочную, синюю
    if w.endswith(("ого", "его")) and w != "его":
        return Form.ACC  # нового (дизайнера): animate accusative or genitive object
    if w.endswith(("у", "ю")):
        return Form.ACC  # скидку, неделю, одну
    if w.endswith(("ая", "яя")):
        return Form.NOM  # срочная, синяя
    if w in _RU_ANIMATE_ACC or w.endswith(_RU_ANIMATE_ACC_END):
        return Form.ACC  # дизайнера, стилиста, верстальщика
    if w.endswith(("а", "я")):
        return Form.NOM  # скидка, неделя, презентация
    return Form.NOM_ACC  # -ый/-ий/-ой/-ое/-ее/-ые/-ие, a consonant, -ь, -о, -е, -ы, -и


def _classify_ru(text: str) -> Form:
    toks = [t for t in _words(text) if t not in "«»\"'„“”‘’()"]
    words = [t for t in toks if _is_word(t) or t[:1].isdigit()]
    if not words:
        return Form.OTHER
    if any(w in _RU_CLAUSE for w in words[:3]):
        return Form.OTHER
    # an infinitive after adverbs, «не» or a short prepositional phrase («за выходные переделать …»)
    i = 0
    while i < len(words) and words[i] in _RU_SKIP:
        i += 1
    if i == len(words):
        return Form.OTHER
    first = words[i]
    if first in _RU_PREP:
        head = words[i : i + 5]
        for w in head[1:]:
            if _ru_inf(w):
                return Form.INF
        return Form.OTHER
    if _ru_inf(first):
        return Form.INF
    if first.endswith(("йте", "ьте")) and len(first) > 4:
        return Form.OTHER  # сделайте, отправьте: an imperative («если Вы не сделайте» would be wrong)
    if first.endswith(("ете", "ите")) and len(first) > 4:
        # пришлёте, утвердите, оплатите: the «вы» form of the future, which «если Вы не …» takes; but пришлите,
        # напишите, примите are imperatives whose future is пришлёте, напишете, примете
        return (
            Form.OTHER
            if first in _RU_IMPERATIVE_ITE or first.endswith(_RU_IMPERATIVE_ITE_END)
            else Form.FINITE
        )
    if first[:1].isdigit():
        # «30 % скидки», «3 баннера»: nominative = accusative; «20 % скидку»: the noun says accusative
        for w in words[i + 1 : i + 3]:
            if _CYR.search(w):
                return Form.ACC if _ru_noun_form(w) is Form.ACC else Form.NOM_ACC
        return Form.NOM_ACC
    if _LAT.match(first) and not _CYR.search(first):  # «SEO-аудит» inflects in its Russian part
        # «Black Friday лендинг»: the first Russian word decides; «SMM на месяц»: nothing inflects
        for w in words[i + 1 :]:
            if _CYR.search(w):
                return Form.NOM_ACC if w in _RU_PREP else _ru_noun_form(w)
        return Form.NOM_ACC
    return _ru_noun_form(first)


# -- English ------------------------------------------------------------------------------------------------

_EN_DET = frozenset(
    [
        "a",
        "an",
        "the",
        "our",
        "your",
        "their",
        "his",
        "her",
        "its",
        "my",
        "this",
        "that",
        "these",
        "those",
        "some",
        "any",
        "another",
        "each",
        "every",
        "no",
        "all",
        "both",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "more",
        "extra",
        "additional",
        "free",
        "new",
        "several",
        "half",
        "full",
        "few",
        "many",
        "much",
        "second",
        "third",
        "next",
        "other",
        "urgent",
        "dedicated",
        "weekly",
        "monthly",
    ]
)
_EN_OBJECT_START = frozenset(
    [
        "a",
        "an",
        "the",
        "our",
        "your",
        "their",
        "his",
        "her",
        "its",
        "my",
        "this",
        "that",
        "these",
        "those",
        "some",
        "any",
        "another",
        "each",
        "every",
        "all",
        "both",
        "it",
        "them",
        "us",
        "him",
        "me",
        "everything",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "more",
        "extra",
        "additional",
        "half",
        "every",
    ]
)
_EN_NEGATIVE = frozenset(["no", "none", "neither", "nothing", "without"])
_EN_PARTICLE = frozenset(["up", "out", "down", "back", "over", "off", "forward", "away", "through"])
_EN_PREP = frozenset(
    [
        "of",
        "for",
        "to",
        "on",
        "in",
        "by",
        "with",
        "at",
        "from",
        "about",
        "after",
        "before",
        "under",
        "over",
        "per",
        "as",
        "into",
    ]
)
_EN_SKIP = frozenset(["also", "just", "still", "even", "only", "again", "not", "quickly", "urgently"])
_EN_CLAUSE = frozenset(
    [
        "we",
        "you",
        "i",
        "they",
        "he",
        "she",
        "it",
        "can",
        "could",
        "would",
        "will",
        "shall",
        "should",
        "may",
        "might",
        "must",
        "that",
        "if",
        "when",
        "whether",
        "is",
        "are",
        "do",
        "does",
        "did",
        "please",
        "to",
        "let",
    ]
)
_EN_FINITE = frozenset(
    [
        "wants",
        "want",
        "asks",
        "needs",
        "need",
        "would",
        "will",
        "can",
        "could",
        "is",
        "are",
        "was",
        "were",
        "has",
        "have",
    ]
)
# common verbs of agency work: a number after one of these starts its object ("write 5 posts")
_EN_VERBS = frozenset(
    [
        "add",
        "adjust",
        "agree",
        "allow",
        "animate",
        "approve",
        "arrange",
        "assign",
        "bring",
        "build",
        "call",
        "cancel",
        "change",
        "charge",
        "check",
        "clean",
        "compress",
        "cover",
        "create",
        "cut",
        "deliver",
        "design",
        "do",
        "draft",
        "drop",
        "edit",
        "email",
        "extend",
        "finish",
        "fix",
        "format",
        "get",
        "give",
        "help",
        "hold",
        "host",
        "include",
        "keep",
        "launch",
        "let",
        "localise",
        "localize",
        "lower",
        "make",
        "move",
        "offer",
        "optimise",
        "optimize",
        "pay",
        "plan",
        "post",
        "prepare",
        "print",
        "produce",
        "provide",
        "publish",
        "push",
        "put",
        "rebuild",
        "record",
        "redesign",
        "redo",
        "reduce",
        "refund",
        "remove",
        "rename",
        "replace",
        "reprint",
        "reschedule",
        "resend",
        "reshoot",
        "resize",
        "retouch",
        "review",
        "revise",
        "rewrite",
        "rework",
        "run",
        "schedule",
        "send",
        "set",
        "shift",
        "shoot",
        "shorten",
        "sign",
        "speed",
        "split",
        "start",
        "stop",
        "support",
        "swap",
        "switch",
        "take",
        "test",
        "throw",
        "transfer",
        "translate",
        "update",
        "upgrade",
        "upload",
        "waive",
        "write",
        "stay",
        "discuss",
        "access",
        "process",
        "address",
        "skip",
        "halve",
        "double",
        "reshoot",
        "develop",
        "approve",
        "postpone",
        "replace",
        "prioritise",
        "prioritize",
        "spread",
        "have",
        "get",
    ]
)
_EN_ING_VERBS = frozenset(
    ["bring", "sing", "string", "swing", "ring", "sting", "fling", "wring", "cling", "spring", "ping"]
)
# verbs that as often start a noun phrase ("a call", "design changes", "discount on …"): a verb only when an
# object, a particle or a number follows
_EN_NOUNLIKE = frozenset(
    [
        "access",
        "brief",
        "call",
        "change",
        "check",
        "clean",
        "copy",
        "cover",
        "credit",
        "cut",
        "delay",
        "deposit",
        "design",
        "discount",
        "draft",
        "drop",
        "edit",
        "email",
        "estimate",
        "fix",
        "format",
        "help",
        "hold",
        "host",
        "increase",
        "launch",
        "move",
        "offer",
        "order",
        "plan",
        "post",
        "print",
        "push",
        "record",
        "refund",
        "repair",
        "report",
        "request",
        "return",
        "review",
        "rewrite",
        "rework",
        "redesign",
        "run",
        "rush",
        "schedule",
        "set",
        "shift",
        "shoot",
        "sketch",
        "speed",
        "split",
        "start",
        "stop",
        "support",
        "swap",
        "switch",
        "test",
        "transfer",
        "update",
        "upgrade",
        "upload",
        "visit",
    ]
)


def _en_object_next(nxt: str | None) -> bool:
    return nxt is not None and (nxt in _EN_OBJECT_START or nxt in _EN_PARTICLE)


def _classify_en(text: str) -> Form:
    toks = [t for t in _words(text) if t not in "\"'“”‘’()«»"]
    words = [t for t in toks if _is_word(t) or t[:1].isdigit() or t in "$€£₽"]
    if not words:
        return Form.OTHER
    if words[0] in _EN_CLAUSE:
        return Form.OTHER
    if any(w in _EN_FINITE for w in words[1:4]):
        return Form.OTHER  # "the client wants a discount"
    i = 0
    while i < len(words) and (words[i] in _EN_SKIP or (words[i].endswith("ly") and len(words[i]) > 4)):
        i += 1
    if i == len(words):
        return Form.OTHER
    first = words[i]
    nxt = words[i + 1] if i + 1 < len(words) else None
    if first in _EN_PREP:
        return Form.OTHER  # "by Friday"
    if first in _EN_NEGATIVE:
        return Form.OTHER  # "no prepayment": "we can offer no prepayment" says the opposite
    if first in _EN_DET or first[:1].isdigit() or first in "$€£₽":
        return Form.NOUN
    if first.endswith("ing") and first not in _EN_ING_VERBS:
        return Form.OTHER  # a gerund ("redoing the banners") reads after a colon, not after "asking for"
    if nxt == "of":
        return Form.NOUN  # "rework of the landing page", "set of icons"
    if _en_object_next(nxt) or (
        nxt is not None and (nxt[:1].isdigit() or nxt in "$€£₽") and first in _EN_VERBS
    ):
        return Form.VERB  # "redo the banners", "set up …", "redoo the banners", "write 5 posts"
    if first in _EN_VERBS and first not in _EN_NOUNLIKE:
        return Form.VERB  # "give access to …", "finish on Monday", "bring in another copywriter"
    if first.endswith("s") and not first.endswith(("ss", "us", "is")) and first not in _EN_VERBS:
        return Form.NOUN  # a plural: "banners for the campaign", "updates to the price list"
    return Form.OTHER  # not sure: the colon frame fits either


# -- the entry points -----------------------------------------------------------------------------------------


def classify(text: str, lang: str) -> Form:
    """The form of *text* (a phrase a user typed) in *lang* (``"ru"`` or ``"en"``)."""
    if lang == "ru":
        return _classify_ru(text)
    if lang == "en":
        return _classify_en(text)
    raise ValueError(f"lang must be 'ru' or 'en', not {lang!r}")


def frame(text: str, lang: str, frames: tuple[str, ...] = ("inf", "obj", "any")) -> str:
    """The frame, of the *frames* a slot has, that reads correctly with *text* (see :data:`FITS`)."""
    for name in FITS[classify(text, lang)]:
        if name in frames:
            return name
    return "any"
