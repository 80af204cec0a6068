"""The five source texts split into passages (paragraphs and list items), normalised and fingerprinted: what the
coverage map (``src/danetor/coverage.toml``) is checked against, in ``tests/test_coverage.py``.

A *passage* is one paragraph or one list item. Every passage carries the nearest section heading above it, the
article (or book chapter) it belongs to, and, for a list item, the lead-in line that introduces its list.

How the plain-text sources are laid out (checked line by line; they differ per file):

* **One line is one paragraph, in every file.** 000, 001 and 003 have no blank lines at all; 002 and 004 put a blank
  line between paragraphs. No paragraph is ever wrapped over two lines, so the splitter works line by line and never
  joins lines. (:func:`check_layout` verifies this assumption: it reports any two adjacent non-blank, non-item,
  non-heading lines in a blank-separated file, which is what a wrapped paragraph would look like.)
* **List items** start with a marker: ``-``, ``–``, ``—``, ``─`` (000, 001, 003), ``•`` (002, 004, indented) or
  a number ``N.`` / ``N)`` (002's 30 rules, 004's qualities). The marker is not part of the passage text; the
  number of a numbered item is kept in ``number``.
* **Headings** are not marked up. A line is a heading when it is not a list item, is at most
  :data:`HEADING_MAX` characters long, and does not end in sentence punctuation (``. ! ? : ; … , ) - *``), closing
  quotes ignored: so «“Мягкая сила”» and «Подвид № 1. «Обслуга» или «чего изволите»» are headings, while
  «Хороший вопрос. Хотя и неприятный.» and «Пример кейса:» (a lead-in) are not. Two small per-file tables
  correct the rule where it cannot see the difference: :data:`FORCE_HEADING` (titles that end in a question mark)
  and :data:`NOT_HEADING` (signatures such as «Юрий Федорченко», and one English sentence without its full stop).
  Both are keyed by the *normalised* text, so typographic edits to a source do not break them.
* **Articles.** 000 and 004 are compilations of several texts. :data:`ARTICLE_STARTS` names the headings that open
  a new article (or, in 000, the book excerpt); every passage records the article it belongs to.

Normalisation (what the fingerprint is taken of): Unicode NFKD; combining marks dropped (so «ё» → «е», «й» → «и»,
«чтó» → «что»); Latin look-alike letters inside a Cyrillic word mapped to Cyrillic (001's «Cопровождение» has a Latin
«C»); every kind of quotation mark → ``"``; every dash, hyphen and box-drawing line → ``-``; «…» → ``...``; the list
marker removed; whitespace (including no-break spaces) collapsed to one space and removed before ``. , ; : ! ? )``
and inside dotted abbreviations («т. п.» = «т.п.»); a lone Latin look-alike letter in Russian text mapped to Cyrillic
(000's «Trello c тайм-трекером»); case folded. The fingerprint is the first 12 hex digits of the SHA-256 of the UTF-8 normalised text.

Identity: a passage's id is ``<source>:<fingerprint>``; when the same normalised text occurs more than once in one
file (000 has «работа с возражениями;» twice), later occurrences get ``#2``, ``#3``… in document order.

The sources are found beside the project, ``Path(__file__).parents[2] / "shared" / "sources"``, or where
``$DANETOR_SOURCES`` says (see :data:`SOURCES`); the tests that need them skip cleanly when they are absent.
"""

from __future__ import annotations

import hashlib
import os
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

__all__ = [
    "ARTICLE_STARTS",
    "FORCE_HEADING",
    "HEADING_MAX",
    "NOT_HEADING",
    "SOURCES",
    "SOURCE_IDS",
    "Passage",
    "check_layout",
    "fingerprint",
    "normalise",
    "source_files",
    "split_file",
    "split_sources",
]

#: the source texts, beside the project: ``../shared/sources`` from the project root (``$DANETOR_SOURCES`` overrides it,
#: e.g. for a git worktree that does not sit beside ``shared/``)
SOURCES = Path(
    os.environ.get("DANETOR_SOURCES") or Path(__file__).resolve().parents[2] / "shared" / "sources"
)
#: the five source ids; the file is ``<id>_<hash>.txt``
SOURCE_IDS = ("000", "001", "002", "003", "004")
#: a heading is never longer than this (the longest real one is 79 characters; 004's unpunctuated sentence is 87)
HEADING_MAX = 80
#: characters that end a sentence or a lead-in: a line ending in one of them is not a heading
TERMINAL = frozenset(".!?:;…,)-*")
#: closing quotes and brackets that are looked through when finding a line's last character
CLOSERS = "»”\"’'"

_ITEM = re.compile(r"^\s*(?P<marker>[-–—─•]|(?P<number>\d{1,3})[.)])\s+(?P<text>\S.*?)\s*$")

# -- normalisation ----------------------------------------------------------------------------------------------

_QUOTES = dict.fromkeys(map(ord, "«»„“”‟\"'‘’‚‛‹›`´"), '"')
_DASHES = dict.fromkeys(map(ord, "-‐‑‒–—―─━−﹘﹣－"), "-")
_LATIN_TO_CYRILLIC = str.maketrans("aceopxykmthb", "асеорхукмтнв")
_CYRILLIC = re.compile(r"[а-яё]")
_WORD = re.compile(r"\w+")
_SPACE_BEFORE = re.compile(r"\s+([.,;:!?)])")
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"), None)
_LONE_LATIN = re.compile(r"(?<![\w-])[aceopxy](?![\w-])")
_DOTTED = re.compile(r"(?<!\w)(\w)\. (?=\w\.)")


def _cyrillic_lookalikes(word: re.Match[str]) -> str:
    w = word.group(0)
    return w.translate(_LATIN_TO_CYRILLIC) if _CYRILLIC.search(w) else w


def normalise(text: str) -> str:
    """The canonical form of *text* that fingerprints are taken of (see the module docstring)."""
    s = unicodedata.normalize("NFKD", text.translate(_INVISIBLE))
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.casefold()
    s = s.translate(_QUOTES).translate(_DASHES).replace("…", "...")
    s = _WORD.sub(_cyrillic_lookalikes, s)
    if _CYRILLIC.search(
        s
    ):  # a lone Latin look-alike letter in Russian text («Trello c тайм-трекером») is «с»
        s = _LONE_LATIN.sub(lambda m: m.group(0).translate(_LATIN_TO_CYRILLIC), s)
    s = " ".join(s.split())
    s = _SPACE_BEFORE.sub(r"\1", s)
    s = _DOTTED.sub(r"\1.", s)  # «т. п.», «т. е.» and «т.п.» alike
    return s.strip()


def fingerprint(text: str) -> str:
    """The first 12 hex digits of the SHA-256 of the normalised *text*."""
    return hashlib.sha256(normalise(text).encode("utf-8")).hexdigest()[:12]


# -- per-file corrections to the heading rule (keyed by normalised text) ------------------------------------------

#: lines the rule would take for paragraphs (they end in «?») that are in fact titles
FORCE_HEADING: dict[str, frozenset[str]] = {
    "000": frozenset(
        normalise(t)
        for t in (
            "Как стать идеальным аккаунт-менеджером, и чего хотят клиенты?",
            "Чего же хотят клиенты?",
            "Почему важны все три канала связи?",
            "Аккаунт менеджер — кто это, какие у него обязанности и сколько он зарабатывает?",
        )
    ),
    "001": frozenset({normalise("Аккаунт-менеджер в рекламном агентстве: что входит в обязанности?")}),
    "004": frozenset(
        normalise(t) for t in ("What is the role of a key account manager?", "What is Account Management?")
    ),
}
#: lines the rule would take for headings that are in fact paragraphs (signatures, an unpunctuated sentence)
NOT_HEADING: dict[str, frozenset[str]] = {
    "000": frozenset({normalise("Роман Кумар Виас, основатель Qmarketing и сооснователь Qlean.ru")}),
    "001": frozenset({normalise("Юрий Федорченко")}),
    "004": frozenset(
        normalise(t)
        for t in (
            "Василий Орленко,руководитель отдела по работе с партнерами",
            "One should keep the following best practices in mind to succeed with their KAM strategy",
        )
    ),
}
#: headings that open a new article (or the book excerpt); a passage's ``article`` is the last one above it
ARTICLE_STARTS: dict[str, tuple[str, ...]] = {
    "000": tuple(
        normalise(t)
        for t in (
            "Как собеседовать аккаунт менеджера",
            "Как стать идеальным аккаунт-менеджером, и чего хотят клиенты?",
            "Аккаунт-менеджер: проверка на прочность",
            "Для чего нужен аккаунт-менеджер: кейс по организации работы в сложном проекте",
            "Аккаунт менеджер — кто это, какие у него обязанности и сколько он зарабатывает?",
            "10 практических советов начинающему аккаунт-менеджеру",
        )
    ),
    "001": (normalise("Аккаунт-менеджер в рекламном агентстве: что входит в обязанности?"),),
    "002": (normalise("Аккаунт-менеджер"), normalise("30 правил для хорошего аккаунт-менеджера")),
    "003": (normalise('"Отчаянные аккаунт-менеджеры" за 10 минут'),),
    "004": tuple(
        normalise(t)
        for t in (
            "Аккаунт-менеджер",
            "Conclusion",
            "Подбор кандидатов",
            "Key Account Management Strategy Analysis",
            "Чем я занимаюсь",
            "Обязанности",
            "Мой старт в digital",
            "Key Account Management Best Practices",
            "Что думают профессионалы",
            "Что ты должен знать и уметь, чтобы быть управляющим бизнес аккаунтом",
            "Тройственность позиции: Знание-Коммуникация-Организация",
            "Статьи в тему",
            "Типы аккаунт менеджеров",
            "What is Account Management?",
            "Как работает «аккаунт»",
            "Должностные обязанности аккаунт-менеджера",
            "Добавить комментарий",
            "Adblock",
        )
    ),
}


# -- the splitter --------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Passage:
    """One paragraph or list item of a source file."""

    source: str
    line: int
    kind: str  # "paragraph" | "item"
    text: str  # as in the file, without the list marker and surrounding whitespace
    heading: str = ""
    article: str = ""
    lead: str = ""  # for an item: the line ending in «:» or «-» that introduces its list, if any
    marker: str = ""
    number: int | None = None
    norm: str = ""
    fingerprint: str = ""
    occurrence: int = 1
    extra: dict = field(default_factory=dict, compare=False, repr=False)

    @property
    def id(self) -> str:
        base = f"{self.source}:{self.fingerprint}"
        return base if self.occurrence == 1 else f"{base}#{self.occurrence}"

    @property
    def excerpt(self) -> str:
        t = " ".join(self.text.split())
        return t if len(t) <= 60 else t[:59].rstrip() + "…"


def _last_char(text: str) -> str:
    t = text.rstrip().rstrip(CLOSERS).rstrip()
    return t[-1:] if t else ""


def is_heading(text: str, source: str) -> bool:
    """Whether the (non-item) line *text* of *source* is a heading."""
    n = normalise(text)
    if n in FORCE_HEADING.get(source, ()):
        return True
    if n in NOT_HEADING.get(source, ()):
        return False
    stripped = text.strip()
    return (
        0 < len(stripped) <= HEADING_MAX
        and any(c.isalpha() for c in stripped)
        and _last_char(stripped) not in TERMINAL
    )


def source_files(directory: Path) -> dict[str, Path]:
    """Source id → file, for the five sources found in *directory* (missing ones are an error)."""
    found: dict[str, Path] = {}
    for sid in SOURCE_IDS:
        matches = sorted(directory.glob(f"{sid}_*.txt"))
        if len(matches) != 1:
            raise FileNotFoundError(f"expected one {sid}_*.txt in {directory}, found {len(matches)}")
        found[sid] = matches[0]
    return found


def split_text(text: str, source: str) -> tuple[list[Passage], list[tuple[int, str]]]:
    """The passages of one source's *text*, and its headings as (line, text)."""
    passages: list[Passage] = []
    headings: list[tuple[int, str]] = []
    heading = article = lead = ""
    previous_kind = "blank"
    seen: Counter[str] = Counter()
    starts = ARTICLE_STARTS.get(source, ())
    for number, raw in enumerate(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"), 1):
        if not raw.strip():
            continue  # blank lines separate, but never end a list: 002 and 004 put blanks between items too
        m = _ITEM.match(raw)
        if m:
            kind, body = "item", m.group("text")
            marker = m.group("marker")
            num = int(m.group("number")) if m.group("number") else None
        elif is_heading(raw, source):
            heading = raw.strip()
            if normalise(heading) in starts:
                article = heading
            headings.append((number, heading))
            lead, previous_kind = "", "heading"
            continue
        else:
            kind, body, marker, num = "paragraph", raw.strip(), "", None
        if kind == "paragraph":
            lead = body if _last_char(body) in (":", "-") else ""
        n = normalise(body)
        fp = hashlib.sha256(n.encode("utf-8")).hexdigest()[:12]
        seen[fp] += 1
        passages.append(
            Passage(
                source=source,
                line=number,
                kind=kind,
                text=body,
                heading=heading,
                article=article,
                lead=lead if kind == "item" else "",
                marker=marker,
                number=num,
                norm=n,
                fingerprint=fp,
                occurrence=seen[fp],
            )
        )
        previous_kind = kind
    del previous_kind
    return passages, headings


def split_file(path: Path, source: str) -> tuple[list[Passage], list[tuple[int, str]]]:
    """The passages and headings of the source file at *path*."""
    return split_text(path.read_text(encoding="utf-8"), source)


def split_sources(directory: Path) -> dict[str, list[Passage]]:
    """Source id → its passages, in document order."""
    return {sid: split_file(path, sid)[0] for sid, path in source_files(directory).items()}


def check_layout(directory: Path) -> list[str]:
    """Places where the one-line-per-paragraph assumption might not hold (expected: none)."""
    problems = []
    for sid, path in source_files(directory).items():
        lines = path.read_text(encoding="utf-8").split("\n")
        if not any(not line.strip() for line in lines[:-1]):
            continue  # no blank lines at all: every line is its own paragraph by construction
        for i in range(1, len(lines)):
            a, b = lines[i - 1], lines[i]
            if not a.strip() or not b.strip():
                continue
            if _ITEM.match(a) or _ITEM.match(b) or is_heading(a, sid) or is_heading(b, sid):
                continue
            problems.append(f"{sid}:{i}-{i + 1}: two adjacent paragraph lines (a wrapped paragraph?)")
    return problems
