"""The mechanical rules of the house style (docs: «Редакционные правила» / "House style"), as a checker.

``violations(text, lang, kind)`` lists every rule *text* breaks, with the offending snippet. The registry walker
(``test_house_style.py``) calls it for every text of the registry, in both languages; its own tests show that each
rule catches what it should and lets through what it should.

What is not ours is not checked: code (anything in backticks, and the lines of a command example: a line that
starts with ``danetor ``, ``$ `` or ``--``, or ends with a backslash), a word marked ``[sic]`` (a quotation keeps
the source's spelling), and of course the user's own words, which are not in the registry at all.

The «ё» rule needs pymorphy3 (a test dependency only): a word written with «е» breaks it when every reading of it
has «ё» («еще» → «ещё»). A word with readings both ways («все»/«всё», «чем»/«чём») must be decided in
:data:`YO_DECIDED` — always «ё», always «е», or «ё» in the contexts given there — so that a new ambiguous word
cannot slip through unread.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

NBSP = "\u00a0"

# -- what is exempt --------------------------------------------------------------------------------------------

_CODE = re.compile(r"`[^`]*`|^[ \t]*(?:\$ |danetor |python |pip |--).*$|^.*\\$", re.MULTILINE)
#: a word the source spells in its own way, kept and marked: «word [sic]», or «words [sic: the right form]»
_SIC_MARK = re.compile(r"\[sic(?::\s*([^\]]*))?\]")


def _drop_sic(text: str) -> str:
    """*text* without the words marked ``[sic]`` and the marks: one word before a bare mark; before «[sic: X]», as
    many words as X has, and one more (the source's form may be split: «из за [sic: из-за]»)."""
    out, pos = [], 0
    for m in _SIC_MARK.finditer(text):
        words = 1 + (len(m.group(1).split()) if m.group(1) else 0)
        before = text[pos : m.start()].rstrip()
        for _ in range(words):
            before = before.rstrip()
            cut = max(before.rfind(" "), before.rfind("\n"), before.rfind("\u00a0"))
            before = before[: cut + 1] if cut >= 0 else ""
        out.append(before)
        pos = m.end()
    out.append(text[pos:])
    return "".join(out)


def prose(text: str) -> str:
    """*text* without code and without the words marked ``[sic]``: a command line goes, and inline code becomes
    the word "code", so that the punctuation around it is still checked (``«`x` — …»`` needs its no-break space)."""
    text = _CODE.sub(lambda m: "code" if m.group(0).startswith("`") else "", text)
    return _drop_sic(text)


def _snippet(text: str, start: int, end: int) -> str:
    return text[max(0, start - 15) : end + 15].replace(NBSP, "⍽").replace("\n", "⏎")


def _hits(rx: re.Pattern[str], text: str) -> list[str]:
    return [_snippet(text, m.start(), m.end()) for m in rx.finditer(text)]


# -- Russian -----------------------------------------------------------------------------------------------------

_CYR = "А-Яа-яЁё"
#: the «вы» forms; in a message to a client each of them is capitalised («Вы», «Вас», «Вашему»…)
VY_FORMS = (
    "вы", "вас", "вам", "вами", "ваш", "ваша", "ваше", "ваши", "вашего", "вашей", "вашему", "вашим", "вашими",
    "ваших", "вашем", "вашу",
)  # fmt: skip
RU_LOWER_VY = re.compile(rf"(?<![{_CYR}])(?:{'|'.join(VY_FORMS)})(?![{_CYR}])")
#: quotes that Russian text does not use («ёлочки» outside, „лапки“ inside; “ only closes a „)
RU_FOREIGN_QUOTES = re.compile(r"[\"”‘’']")
#: a hyphen or an en dash standing between words as a dash
RU_FAKE_DASH = re.compile(r"(?<=\S)[ \u00a0][-–][ \u00a0](?=\S)")
#: an initial, then an ordinary space, then a capital (Б. Шпирт, А. С. Пушкин)
RU_INITIAL = re.compile(rf"(?<![{_CYR}A-Za-z])[А-ЯЁA-Z]\.[ ]?(?=[А-ЯЁA-Z])")
#: «№» before a number without a no-break space («№5», «№ 5», «№{n}»; the sign named on its own is fine)
RU_NUMERO = re.compile(r"№ ?(?=[\d{])")
#: what follows a number after a no-break space: %, a currency sign, a unit, a month
RU_UNITS = (
    r"%|₽|\$|€|руб|коп|тыс\b|млн\b|млрд\b|час|ч\b|мин\b|минут|сек|дн[еяи]|день|дней|недел|месяц|мес\b|год|лет\b|"
    r"шт\b|стр\b|пт\b|pt\b|см\b|мм\b|км\b|кг\b|МБ|ГБ|px\b|"
    r"январ|феврал|март|апрел|ма[йя]\b|июн|июл|август|сентябр|октябр|ноябр|декабр"
)
RU_NUMBER_UNIT = re.compile(rf"(?<=\d)(?: |)(?=(?:{RU_UNITS}))")
#: thousands set apart by an ordinary space (15 000 is written 15⍽000)
RU_THOUSANDS = re.compile(r"(?<![\d.,])\d{1,3}(?: \d{3})+(?!\d)")
#: three full stops for an ellipsis
ELLIPSIS = re.compile(r"\.\.\.")


def _quote_nesting(text: str, outer: tuple[str, str], inner: tuple[str, str]) -> list[str]:
    """Quotes that are not *outer* at depth 0 and *inner* at depth 1, or that do not balance."""
    bad: list[str] = []
    stack: list[str] = []
    for i, ch in enumerate(text):
        if ch in (outer[0], inner[0]):
            want = outer[0] if not stack else inner[0]
            if ch != want:
                bad.append(_snippet(text, i, i + 1))
            stack.append(ch)
        elif ch in (outer[1], inner[1]):
            opener = outer[0] if ch == outer[1] else inner[0]
            if not stack or stack[-1] != opener:
                bad.append(_snippet(text, i, i + 1))
                continue
            stack.pop()
    if stack:
        bad.append("unbalanced: " + _snippet(text, 0, 40))
    return bad


def _spaced_dash(text: str, dash: str) -> list[str]:
    """A *dash* between words must have a no-break space before it and a space (or the line's end) after it;
    a dash that starts a line (a list mark) or stands between digits without spaces (a range) is fine."""
    bad: list[str] = []
    for i, ch in enumerate(text):
        if ch != dash:
            continue
        before, after = text[i - 1 : i], text[i + 1 : i + 2]
        line_start = text.rfind("\n", 0, i) + 1
        if not text[line_start:i].strip():  # the dash starts its line (a list mark, indented or not)
            continue
        if before.isalnum() and after.isalnum():  # a range (10–12) or a compound (client–contractor)
            continue
        if before in "«„“‘" and after in "»“”’":  # the dash itself, quoted
            continue
        lead = text[i - 2 : i - 1]
        if before != NBSP or not lead or lead.isspace() or after not in ("", " ", "\n"):
            bad.append(_snippet(text, i, i + 1))
    return bad


# -- «ё» ----------------------------------------------------------------------------------------------------------

#: Words that pymorphy3 reads both with «е» and with «ё». Each is decided here, once, for all our texts:
#: ``"ё"``: in our texts the word is always the «ё» one; ``"е"``: always the «е» one; a regular expression: the
#: contexts where it is the «ё» one (anywhere else it stays «е»). Reviewed occurrence by occurrence.
YO_DECIDED: dict[str, str] = {
    # всё = everything; все = all (people, things): «всё» in these contexts, «все» elsewhere
    "все": r"(?<![А-Яа-яЁё])[Вв]се(?=(?: (?:возможное|равно|же|больше|меньше|ещё|верно|записано|в порядке|"
    r"понятно|хорошо|потеряно|получится|готово|сделано|ли)\b| в (?:электронных|письм)|, что (?:он|она|они) "
    r"думае?т)|[.!?])",
    # о чём, в чём, кое в чём, при чём; «чем» in comparisons and in «прежде чем»
    "чем": r"(?<![А-Яа-яЁё])(?:[Оо]|[Вв]|[Пп]ри|[Кк]ое в|[Нн]и при|[Нн]и о) чем(?![А-Яа-яЁё])",
    "нее": r"(?<![А-Яа-яЁё])(?:за|после|от|для|у|без|до|из|с|на|в|о|про|через|к) нее(?![А-Яа-яЁё])",
    "счета": r"(?<=[ое]го )счета(?![А-Яа-яЁё])",
    "берет": "ё",  # берёт (never the beret)
    "объем": "ё",
    "признаете": "ё",  # present: «вы лично признаёте свою вину»
    "признается": "ё",  # present: «автор честно признаётся»
    "узнает": "е",  # future: «клиент узнает о случившемся»
    "перед": "е",
    "тем": "е",
    "тема": "е",
    "теме": "е",
    "тему": "е",
    "черт": "е",  # plural genitive of «черта»
    "лет": "е",
    "склонен": "е",
    "эмпатически": "е",
    "вудберн": "е",  # Woodburn
    "дисклеймера": "е",
    "самое": "е",
    "черта": "е",
    "черту": "е",
    "темы": "е",
    "счетов": "е",  # the plural of «счёт» has no «ё»: «счета», «счетов»
    "мер": "е",
    "аккаунтера": "е",
    "аккаунтеров": "е",
    "уравновешенны": "е",
    "всем": r"(?<![А-Яа-яЁё])(?:[Вв]о|[Пп]ри|[Оо]бо) всем(?![А-Яа-яЁё])",
    "нем": r"(?<![А-Яа-яЁё])(?:о|при|в) нем(?![А-Яа-яЁё])",
    "все-таки": "ё",
}

_WORD = re.compile(r"[А-Яа-яЁё]+(?:-[А-Яа-яЁё]+)*")


@functools.cache
def _morph():
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


@functools.cache
def yo_readings(word: str) -> tuple[frozenset[str], frozenset[str]]:
    """(the readings of *word* with «ё», those without), *word* in lower case and without «ё»."""
    parses = _morph().parse(word)
    return (
        frozenset(p.word for p in parses if "ё" in p.word),
        frozenset(p.word for p in parses if "ё" not in p.word),
    )


def yo_violations(text: str) -> list[str]:
    """Words of *text* written with «е» that our «ё» policy writes with «ё», and ambiguous words not decided."""
    bad: list[str] = []
    for m in _WORD.finditer(text):
        word = m.group(0)
        low = word.lower()
        if "ё" in low or "е" not in low:
            continue
        decided = YO_DECIDED.get(low)
        if decided is None and "-" in low:  # «кое-что», «во-первых»: each part on its own
            parts = [p for p in low.split("-") if "е" in p and p not in YO_DECIDED]
            if any(yo_readings(p)[0] and not yo_readings(p)[1] for p in parts):
                bad.append(f"{word}: write «ё» ({_snippet(text, m.start(), m.end())})")
            continue
        if decided == "е":
            continue
        if decided == "ё":
            bad.append(f"{word}: write «ё» ({_snippet(text, m.start(), m.end())})")
            continue
        if decided is not None:
            continue  # decided by context, below
        yo, no = yo_readings(low)
        if yo and not no:
            bad.append(f"{word} → {'/'.join(sorted(yo))} ({_snippet(text, m.start(), m.end())})")
        elif yo:
            bad.append(f"{word}: ambiguous ({'/'.join(sorted(yo | no))}), decide it in YO_DECIDED")
    for word, rule in YO_DECIDED.items():
        if rule not in ("ё", "е"):
            bad += [f"{word} → ё here: {s}" for s in _hits(re.compile(rule), text)]
    return bad


# -- English -----------------------------------------------------------------------------------------------------

#: straight quotes and apostrophes (“double” outside, ‘single’ inside, ’ as the apostrophe)
EN_STRAIGHT = re.compile(r"[\"']")
#: a Russian quotation inside English text, with its own „лапки“ («„Отчаянные аккаунт-менеджеры“ за 10 минут»)
_RU_QUOTED = re.compile(rf"«[^«»]*[{_CYR}][^«»]*»")
#: «ёлочки» in English only around Russian words («вы», «Отчаянные аккаунт-менеджеры»)
EN_GUILLEMETS = re.compile(rf"«(?![^»]*[{_CYR}])[^»]*»")
#: an em dash between words, or a spaced hyphen as a dash (English uses the spaced en dash, see _spaced_dash; an
#: em dash that starts a line is a list mark, as in Russian)
EN_WRONG_DASH = re.compile(r"(?<!^)(?<!\n)—|(?<=\S)[ \u00a0]-[ \u00a0](?=\S)")
#: American spellings (our English is British, with -ise)
EN_AMERICAN = re.compile(
    r"\b(?:colors?|colored|apologiz\w*|organiz\w*|recogniz\w*|prioritiz\w*|finaliz\w*|optimiz\w*|localiz\w*|"
    r"normaliz\w*|realiz\w*|summariz\w*|emphasiz\w*|minimiz\w*|maximiz\w*|categoriz\w*|capitaliz\w*|"
    r"personaliz\w*|criticiz\w*|characteriz\w*|behaviors?|favor\w*|honor\w*|labor|centers?|centered|"
    r"catalogs?|rubles?|analyz\w*|canceled|canceling|traveled|traveling|labeled|labeling|modeling|modeled|"
    r"defense|offense|gray|judgment|toward)\b",
    re.IGNORECASE,
)
#: % closes up to its number; a number and its unit word take a no-break space
EN_NUMBER_UNIT = re.compile(
    r"\d (?=%)|\d(?: |)(?=(?:hours?|minutes?|days?|weeks?|months?|years?|roubles?|pt)\b)"
)


def _en_quote_nesting(text: str) -> list[str]:
    """“…” outside, ‘…’ inside, balanced; a ’ after a letter is an apostrophe (client’s, clients’, don’t)."""
    bad: list[str] = []
    stack: list[str] = []
    for i, ch in enumerate(text):
        if ch == "“" or ch == "‘":
            want = "“" if not stack else "‘"
            if ch != want:
                bad.append(_snippet(text, i, i + 1))
            stack.append(ch)
        elif ch == "”":
            if not stack or stack[-1] != "“":
                bad.append(_snippet(text, i, i + 1))
                continue
            stack.pop()
        elif ch == "’" and stack and stack[-1] == "‘":
            nxt = text[i + 1 : i + 2]
            if not nxt.isalpha():  # closing the inner quote, not an apostrophe inside a word
                stack.pop()
    if stack:
        bad.append("unbalanced: " + _snippet(text, 0, 40))
    return bad


# -- the rules ------------------------------------------------------------------------------------------------


Rule = Callable[[str, str], list[str]]

RULES_RU: dict[str, Rule] = {
    "«Вы» with a capital in a message to a client": lambda t, kind: (
        _hits(RU_LOWER_VY, t) if kind == "message" else []
    ),
    "«ё» where the word has it": lambda t, kind: yo_violations(t),
    "quotes: «ёлочки», „лапки“ inside": lambda t, kind: (
        _hits(RU_FOREIGN_QUOTES, t) + _quote_nesting(t, ("«", "»"), ("„", "“"))
    ),
    "a dash is an em dash, not a hyphen or an en dash": lambda t, kind: _hits(RU_FAKE_DASH, t),
    "a no-break space before an em dash, a space after it": lambda t, kind: _spaced_dash(t, "—"),
    "a no-break space after an initial": lambda t, kind: _hits(RU_INITIAL, t),
    "a no-break space after №": lambda t, kind: _hits(RU_NUMERO, t),
    "a no-break space between a number and its unit, %, currency or month": lambda t, kind: _hits(
        RU_NUMBER_UNIT, t
    ),
    "no-break spaces between groups of thousands": lambda t, kind: _hits(RU_THOUSANDS, t),
    "an ellipsis is one character": lambda t, kind: _hits(ELLIPSIS, t),
}

RULES_EN: dict[str, Rule] = {
    "curly quotes and apostrophes": lambda t, kind: _hits(EN_STRAIGHT, t),
    "quotes: “double”, ‘single’ inside": lambda t, kind: (
        _en_quote_nesting(_RU_QUOTED.sub("«…»", t)) + _hits(EN_GUILLEMETS, t)
    ),
    "a dash is a spaced en dash with a no-break space before it": lambda t, kind: (
        _hits(EN_WRONG_DASH, t) + _spaced_dash(t, "–")
    ),
    "British spelling": lambda t, kind: _hits(EN_AMERICAN, t),
    "% closed up; a no-break space before a unit": lambda t, kind: _hits(EN_NUMBER_UNIT, t),
    "an ellipsis is one character": lambda t, kind: _hits(ELLIPSIS, t),
    "a no-break space after an initial": lambda t, kind: _hits(RU_INITIAL, t),
    "a no-break space after №": lambda t, kind: _hits(RU_NUMERO, t),
}


def violations(text: str, lang: str, kind: str, *, nested: bool = False) -> dict[str, list[str]]:
    """Every rule of the house style that *text* (in *lang*, of *kind*) breaks, with the offending snippets.
    *nested*: the code puts *text* inside quotes of its own («раздел «{heading}»»), so its quotes are the inner
    ones."""
    text = prose(text)
    if nested:
        text = f"«{text}»" if lang == "ru" else f"“{text}”"
    if text in ("—", "–"):  # a table cell that means "nothing"
        return {}
    rules = RULES_RU if lang == "ru" else RULES_EN
    found: dict[str, list[str]] = {}
    for name, rule in rules.items():
        hits = rule(text, kind)
        if hits:
            found[name] = hits
    if lang == "en":  # Russian words quoted in English keep the Russian spelling rules
        for word in _WORD.findall(text):
            hits = yo_violations(word)
            if hits:
                found.setdefault("«ё» where the word has it", []).extend(hits)
    return found


# -- quotations --------------------------------------------------------------------------------------------------

_DASHES = re.compile(r"\s*[—–]\s+|\s+-\s+")
_QUOTES = re.compile(r"[«»„“”\"]")


def source_words(text: str) -> str:
    """*text* reduced to its words, for comparing a quotation with its source: a quotation keeps the source's
    words but takes our typography, so quotes, dashes, «ё», no-break spaces and the space before «%» are set aside
    (and «[sic]» marks, which are ours)."""
    text = re.sub(r"\s*\[sic[^\]]*\]", "", text).replace("ё", "е").replace("Ё", "Е").replace(NBSP, " ")
    text = _QUOTES.sub('"', _DASHES.sub(" — ", text))
    return re.sub(r" (?=%)", "", re.sub(r"[ \t]+", " ", text))


# -- the site's own pages ---------------------------------------------------------------------------------------

_FENCED = re.compile(r"^```.*?^```[ \t]*$", re.MULTILINE | re.DOTALL)
_HTML_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_LINK_TARGET = re.compile(r"(?<=\])\([^)]*\)")
#: a wrong example, struck through on purpose (the house-style page shows what not to write)
_STRUCK = re.compile(r"<s>.*?</s>", re.DOTALL)
#: an example in the other language: ``<span lang="en">…</span>`` on a Russian page, and the other way round
_SPAN = re.compile(r'<span lang="(ru|en)">(.*?)</span>', re.DOTALL)
_TAG = re.compile(r"</?[a-z][^>\n]*>")


def markdown_prose(page: str, lang: str) -> list[tuple[str, str]]:
    """The prose of a hand-written docs page, as (text, language) pieces: the page in its own *lang*, and each
    ``<span lang="…">`` example in the language it names. Left out: fenced code, HTML comments (the generator's
    placeholders), link targets and tags, and wrong examples struck through (``<s>…</s>``). ``&nbsp;`` is read as
    the no-break space it stands for."""
    page = _STRUCK.sub("", _HTML_COMMENT.sub("", _FENCED.sub("", page))).replace("&nbsp;", NBSP)
    pieces = [(m.group(2), m.group(1)) for m in _SPAN.finditer(page)]
    page = _SPAN.sub(lambda m: "example", page)
    return [(_TAG.sub("", _LINK_TARGET.sub("", text)), code) for text, code in [(page, lang), *pieces]]
