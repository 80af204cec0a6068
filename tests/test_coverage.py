"""The coverage map (danetor/coverage.toml) against the sources and against the cards.

Where the source texts are present beside the project (../shared/sources, or $DANETOR_SOURCES), they are split into
paragraphs and list items (tests/source_passages.py) and every passage must be in the map, with nothing stale; every
quote the cards print must be made of fragments of the passages it encodes; every source typo a card quotes must be
in the source and marked [sic] on the card. Without the sources those tests skip, and the rest still run: every key
the map names exists and is rendered on some card; every card shows the citation of what it encodes, by title; every
text that is the project's own is marked so on the card; no card prints a file id.
"""

from __future__ import annotations

import re
from functools import cache

import pytest

import source_passages as sp
from danetor import texts
from danetor.coverage import CoverageMap, coverage_map
from danetor.playbooks import catalog
from danetor.playbooks.document import to_markdown, to_terminal
from danetor.text import Lang

COVERAGE = coverage_map()
#: the topics issue 16 added: every text of theirs that is not a label (nor the words of an explanation or an error)
#: is cited or ours
NEW_TOPICS = ("interview", "tips", "job", "agency", "kam_practice", "book")
LANGS = tuple(Lang)

needs_sources = pytest.mark.skipif(
    not sp.SOURCES.is_dir(), reason=f"the source texts are not beside the project ({sp.SOURCES})"
)


@cache
def passages() -> dict[str, sp.Passage]:
    return {p.id: p for found in sp.split_sources(sp.SOURCES).values() for p in found}


def _collapse(text: str) -> str:
    return " ".join(text.split())


@cache
def markdown(name: str, lang: Lang) -> str:
    return to_markdown(catalog.document(name), lang)


def _strip(line: str) -> str:
    return re.sub(r"^(?:> ?|- \[ \] |- |\d+\. |#+ |!!! \w+ )", "", line.strip())


@cache
def segments(name: str, lang: Lang) -> tuple[tuple[str, bool], ...]:
    """The card's rendered text in pieces (a paragraph, a list item, a line of a table cell, a note), each with
    whether it is marked as the project's own as a whole: a note headed as our addition, a cell under a header marked
    ours, or an item of a list whose lead-in paragraph is marked ours."""
    ours_title = texts.get("common.note_title.ours", lang)
    mark = f"({texts.get('cite.ours', lang)})"
    lines = markdown(name, lang).splitlines()
    out: list[tuple[str, bool]] = []
    lead_marked = False  # the last paragraph before a list ends with the mark
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith("!!! "):
            ours = f'"{ours_title}"' in line
            body = []
            i += 1
            while i < len(lines) and (lines[i].startswith("    ") or not lines[i].strip()):
                body.append(lines[i].strip())
                i += 1
            out.append((_collapse(" ".join(body)), ours))
            lead_marked = False
            continue
        if line.startswith("|"):
            rows = []
            while i < len(lines) and lines[i].startswith("|"):
                rows.append([c.replace("\\|", "|") for c in re.split(r"(?<!\\)\|", lines[i].strip())[1:-1]])
                i += 1
            header, body = [_collapse(h) for h in rows[0]], rows[2:]
            out += [(h, False) for h in header]
            for row in body:
                for head, cell in zip(header, row, strict=True):
                    out += [(_collapse(piece), head.endswith(mark)) for piece in cell.split("<br>")]
            lead_marked = False
            continue
        if line.startswith(">"):
            body = []
            while i < len(lines) and lines[i].startswith(">"):
                body.append(_strip(lines[i]))
                i += 1
            out.append((_collapse(" ".join(body)), False))
            lead_marked = False
            continue
        if line.strip():
            item = bool(re.match(r"^(?:- |\d+\. )", line))
            text = _collapse(_strip(line))
            out.append((text, item and lead_marked))
            if not item:
                lead_marked = text.endswith((mark, mark + ":"))
        i += 1
    return tuple(out)


@cache
def plain(name: str, lang: Lang) -> str:
    """The card's text in one line, case folded (a card may capitalise a label)."""
    return " ".join(text for text, _ in segments(name, lang)).casefold()


def _rendered_text(key: str, lang: Lang) -> str | None:
    """The text of *key* as it would be found on a card (case folded); ``None`` for a template (it has
    placeholders)."""
    entry = texts.entry(key)
    text = entry.ru if lang is Lang.RU else entry.en
    return None if texts.placeholders(text) else _collapse(text).casefold()


#: a text this short is only taken as shown when it is a whole piece of the card (a heading, an item, a cell):
#: inside a longer text it may just be the same words
SHORT = 40


def shows(segment: str, text: str) -> bool:
    """Whether the card piece *segment* shows *text* (both case folded)."""
    if len(text) >= SHORT:
        return text in segment
    segment = re.sub(r"^\d+[.)] ", "", segment)
    # the whole piece; or the piece begins with it; or it follows a label («Хороший ответ: …»)
    return segment == text or segment.startswith((text + " ", text + ":")) or f": {text} " in f"{segment} "


def cards_showing(key: str, lang: Lang) -> list[str]:
    text = _rendered_text(key, lang)
    if text is None:
        return []
    return [
        name
        for name in catalog.names()
        if text in plain(name, lang) and any(shows(s.casefold(), text) for s, _ in segments(name, lang))
    ]


# -- the map itself ---------------------------------------------------------------------------------------------


def test_the_map_loads_and_counts_every_source():
    counts = COVERAGE.counts()
    assert list(counts) == list(sp.SOURCE_IDS)
    assert sum(c.items for c in counts.values()) == len(COVERAGE.passages) > 500
    for c in counts.values():
        assert c.items == c.encoded + c.left_out
    assert all(p.not_encoded.strip() for p in COVERAGE.passages if p.not_encoded)


def test_a_passage_needs_exactly_one_status():
    good = COVERAGE.passages[0].model_dump()
    both = dict(good, encoded_by=("tips.intro",), not_encoded="x", cite="cite.tips")
    with pytest.raises(ValueError, match="exactly one of encoded_by and not_encoded"):
        CoverageMap(passages=(both,), own={})
    uncited = dict(good, encoded_by=("tips.intro",), not_encoded=None, cite=None)
    with pytest.raises(ValueError, match="needs its citation"):
        CoverageMap(passages=(uncited,), own={})
    with pytest.raises(ValueError, match="mapped twice"):
        CoverageMap(passages=(good, good), own={})
    with pytest.raises(ValueError, match="rest on passages the map does not have"):
        CoverageMap(passages=(good,), own={"tips.intro": ("009:000000000000",)})


def test_every_key_the_map_names_exists():
    named = {k for p in COVERAGE.passages for k in p.encoded_by} | set(COVERAGE.own)
    named |= {p.cite for p in COVERAGE.passages if p.cite}
    missing = sorted(k for k in named if k not in set(texts.keys()))
    assert not missing, missing


def test_no_text_is_both_encoded_and_ours():
    encoded = {k for p in COVERAGE.passages for k in p.encoded_by}
    assert not sorted(encoded & set(COVERAGE.own))


def test_every_text_of_the_new_cards_is_cited_or_ours():
    encoded = {k for p in COVERAGE.passages for k in p.encoded_by}
    loose = [
        e.key
        for topic in NEW_TOPICS
        for e in texts.entries(topic + ".")
        if e.kind != "label"
        and e.key.split(".")[1]
        not in ("explain", "error")  # what an explanation or an error says, not a card
        and e.key not in encoded | set(COVERAGE.own)
    ]
    assert not loose, loose


# -- against the sources ----------------------------------------------------------------------------------------


@needs_sources
def test_every_passage_of_the_sources_is_in_the_map_and_nothing_else():
    found = passages()
    mapped = {p.id: p for p in COVERAGE.passages}
    assert sorted(set(found) - set(mapped)) == [], "passages of the sources missing from the map"
    assert sorted(set(mapped) - set(found)) == [], "passages in the map that are no longer in the sources"
    files = {sid: path.name for sid, path in sp.source_files(sp.SOURCES).items()}
    for pid, entry in mapped.items():
        assert entry.file == files[entry.source], pid
        assert sp.normalise(entry.heading) == sp.normalise(found[pid].heading), pid


@needs_sources
def test_the_sources_keep_one_paragraph_to_a_line():
    assert sp.check_layout(sp.SOURCES) == []


@needs_sources
def test_every_quote_is_made_of_the_passages_it_encodes():
    """A quote, cut at «…» and with its [sic: …] readings removed, is found piece by piece in the normalised text of
    the passages the map says it encodes (in the passage's own language: 004's English passages are quoted in
    English, with our Russian translation)."""
    found = passages()
    problems = []
    for entry in texts.entries():
        if entry.kind != "quote":
            continue
        sources = [found[p.id] for p in COVERAGE.encoding(entry.key)]
        if not sources:
            continue
        cyrillic = any(re.search("[а-яё]", p.norm) for p in sources)
        text = re.sub(r"\s*\[sic: [^\]]*\]", "", entry.ru if cyrillic else entry.en)
        haystack = " ".join(" ".join(re.sub(r"[^\w ]", " ", p.norm).split()) for p in sources)
        for fragment in re.split(r"…|\.\.\.", text):
            needle = " ".join(re.sub(r"[^\w ]", " ", sp.normalise(fragment)).split())
            if len(needle) >= 3 and needle not in haystack:
                problems.append(f"{entry.key}: {fragment.strip()[:70]!r}")
    assert not problems, problems


@needs_sources
def test_every_source_typo_quoted_is_in_the_source_and_marked_sic():
    found = passages()
    sics = [(p, form, reading) for p in COVERAGE.passages for form, reading in p.sic]
    assert len(sics) >= 15
    for p, form, reading in sics:
        assert sp.normalise(form) in found[p.id].norm, (p.id, form)
        quoted = [
            e
            for e in (texts.entry(k) for k in p.encoded_by)
            if f"[sic: {reading}]" in e.ru or f"[sic: {reading}]" in e.en
        ]
        assert quoted, (p.id, form, reading)
        for e in quoted:
            text = e.ru if f"[sic: {reading}]" in e.ru else e.en
            before = text[: text.index(f"[sic: {reading}]")]
            assert sp.normalise(before).endswith(sp.normalise(form).rstrip()), (e.key, form)


def test_every_sic_on_a_card_is_listed_in_the_map():
    listed = {(k, reading) for p in COVERAGE.passages for _, reading in p.sic for k in p.encoded_by}
    marked = {
        (e.key, reading)
        for e in texts.entries()
        for text in (e.ru, e.en)
        for reading in re.findall(r"\[sic: ([^\]]*)\]", text)
    }
    assert marked <= listed, sorted(marked - listed)


# -- against the cards ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_every_mapped_item_is_rendered_on_some_card(lang):
    mapped = sorted({k for p in COVERAGE.passages for k in p.encoded_by} | set(COVERAGE.own))
    unseen = [k for k in mapped if _rendered_text(k, lang) is not None and not cards_showing(k, lang)]
    assert not unseen, unseen


@pytest.mark.parametrize("lang", LANGS)
def test_every_card_cites_by_title_what_it_encodes(lang):
    """Every card shows the title of every source it encodes (the book and its chapter, the article and its heading);
    the title is the first quoted part of the citation, or all of it when it has none."""

    def title(cite: str) -> str:
        text = texts.get(cite, lang.value)
        found = re.search(r"«(?:[^«»]|«[^»]*»)*»|“[^”]*”", text)
        return _collapse(found.group(0) if found else text)

    missing = []
    for passage in COVERAGE.passages:
        for key in passage.encoded_by:
            text = _rendered_text(key, lang)
            if text is None or len(text) < SHORT:  # a short text may be the same words on another card
                continue
            for card in cards_showing(key, lang):
                head = _collapse(f"{catalog.document(card).source(lang)}")
                if title(passage.cite).casefold() not in plain(card, lang) + " " + head.casefold():
                    missing.append(f"{card}: {key} ({passage.cite})")
    assert not missing, sorted(set(missing))


@pytest.mark.parametrize("lang", LANGS)
def test_every_text_of_ours_is_marked_ours_wherever_it_is_shown(lang):
    mark = f"({texts.get('cite.ours', lang.value)})"
    unmarked = []
    for key in COVERAGE.own:
        text = _rendered_text(key, lang)
        if text is None:
            continue
        for card in cards_showing(key, lang):
            for segment, marked in segments(card, lang):
                segment = segment.casefold()
                if (
                    shows(segment, text)
                    and not marked
                    and f"{text} {mark}" not in segment
                    and f"{mark}: {text}" not in segment
                ):
                    unmarked.append(f"{card}: {key}")
    assert not unmarked, sorted(set(unmarked))


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", catalog.names())
def test_no_card_prints_a_file_id(name, lang):
    doc = catalog.document(name)
    for text in (to_markdown(doc, lang), to_terminal(doc, lang)):
        assert not re.search(r"(?i)(источник|source)\w* 00[0-4]\b|\b00[0-4]_[0-9a-f]{6,}", text), name
