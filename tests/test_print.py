"""Paper, read back as a reader would. The README's docs command (``mkdocs build``, run once per session: see
conftest.py) prints six PDFs through headless Chromium: for each language the DANETOR wall card, the cheat sheet
and the book. Poppler reads them back (``pdfinfo``; ``pdftotext -bbox`` for each word's position and size;
``pdftoppm`` for how much of each page is used): page counts and size, the key texts (taken from the library, not
typed here), font sizes, the contents' page numbers, near-empty pages, headings left at the foot of a page, and
the words of the code that must not reach a manager's copy. Every page of every PDF is kept as a PNG under
test-artifacts/ for a person to look at.

Also in a real browser: a card printed alone from its own page, the site's search from file://, and every table
of every card on a 390 px wide screen.

Needs Debian's ``chromium`` and ``poppler-utils``, which the README's test command installs. Without them the
tests fail with a message that says what to install; they never skip.
"""

from __future__ import annotations

import html
import importlib.util
import json
import pkgutil
import re
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

import danetor
from danetor import texts
from danetor.playbooks import catalog
from danetor.playbooks.document import Bullets, Checklist, Diagram, Note, Paragraph, Steps
from danetor.questions import QUESTIONS, VERDICT_LABELS
from danetor.text import Lang
from pdfread import MM, Page, Pdf, Word, page_margins_mm, squash

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "test-artifacts"
STYLESHEET = ROOT / "docs" / "overrides" / "assets" / "stylesheets" / "danetor.css"
LANG_DIRS = {Lang.RU: "", Lang.EN: "en/"}
#: the cover's and the contents' titles, as mkdocs.yml and docs/mkdocs.en.yml set them
COVER_TITLE = {Lang.RU: "Плейбук аккаунт-менеджера", Lang.EN: "The account manager's playbook"}
TOC_TITLE = {Lang.RU: "Содержание", Lang.EN: "Contents"}
SITE_NAME = {
    Lang.RU: "danetor — плейбук аккаунт-менеджера",
    Lang.EN: "danetor — the account manager's playbook",
}
#: the issue's limits
SPILL, MAX_SPILL_PAGES = 0.30, 3
WALL_QUESTIONS_PT, WALL_MIN_PT, CHEAT_MIN_PT, BODY_MIN_PT, SMALL_MIN_PT = 16, 10, 9, 10, 9
#: pdftotext rounds positions; a size read back is exact to a few hundredths of a point
TOLERANCE = 0.05


def _paper():
    """The docs build's printing module (docs/paper.py): the tests drive Chromium and poppler as the build does."""
    spec = importlib.util.spec_from_file_location(
        "danetor_docs_paper", Path(__file__).parents[1] / "docs" / "paper.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


PAPER = _paper()


@pytest.fixture(scope="module")
def tools() -> dict[str, str]:
    try:
        return PAPER.find_tools()
    except PAPER.PaperError as exc:
        pytest.fail(str(exc))


@pytest.fixture(scope="module")
def site(tools, built_site) -> Path:
    assert built_site.returncode == 0, built_site.stderr[-3000:]
    return built_site.site


@pytest.fixture(scope="module")
def pdfs(site) -> dict[tuple[str, Lang], Pdf]:
    """The six PDFs of the build, by (product, language); each page also kept as a PNG under test-artifacts/."""
    book_margins = page_margins_mm(STYLESHEET)
    out = {}
    for lang in Lang:
        for product, stem in (("wall", "danetor"), ("cheatsheet", "cheatsheet"), ("book", "playbook")):
            path = site / "pdf" / f"{stem}-{lang.value}.pdf"
            assert path.is_file(), f"the build wrote no {path.name}"
            out[(product, lang)] = Pdf(path, margins_mm=book_margins if product == "book" else (0, 0, 0, 0))
    with ThreadPoolExecutor(max_workers=4) as pool:
        pngs = dict(
            zip(out, pool.map(lambda pdf: pdf.png(ARTIFACTS / pdf.path.stem), out.values()), strict=True)
        )
    for key, pdf in out.items():
        assert len(pngs[key]) == pdf.count, key
    return out


# -- reading helpers ------------------------------------------------------------------------------------------------


def printed(pdf: Pdf, text: str, pages: list[Page] | None = None) -> bool:
    return any(p.find(text) is not None for p in (pages or pdf.pages))


def starts(page: Page, text: str) -> bool:
    return squash(page.text).startswith(squash(text))


def card_pages(book: Pdf, lang: Lang) -> dict[str, list[Page]]:
    """Each card's pages in the book: from the page its title opens to the page before the next one's."""
    firsts, at = [], 2
    for name in catalog.names():
        title = catalog.document(name).title(lang)
        at = next((i for i in range(at, book.count) if starts(book.pages[i], title)), None)
        assert at is not None, f"{name}: its title opens no page of the book"
        firsts.append(at)
        at += 1
    ends = [*firsts[1:], book.count]
    return {name: book.pages[a:b] for name, a, b in zip(catalog.names(), firsts, ends, strict=True)}


def body_lines(page: Page, margins_mm) -> list[list[Word]]:
    """The lines of the page's body area (the running footer, in the bottom margin, left out)."""
    bottom = page.height - margins_mm[2] * MM
    return Page(page.number, page.width, page.height, [w for w in page.words if w.y1 <= bottom]).lines()


# -- every PDF ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", list(Lang))
def test_every_pdf_is_a4_and_the_card_and_sheet_are_one_page(pdfs, lang):
    for product in ("wall", "cheatsheet", "book"):
        assert pdfs[(product, lang)].is_a4, (product, pdfs[(product, lang)].info.get("Page size"))
    assert pdfs[("wall", lang)].count == 1
    assert pdfs[("cheatsheet", lang)].count == 1


@pytest.mark.parametrize("lang", list(Lang))
def test_no_site_chrome_on_paper(pdfs, lang):
    for product in ("wall", "cheatsheet", "book"):
        text = " ".join(p.text for p in pdfs[(product, lang)].pages)
        assert SITE_NAME[lang] not in text, product
        for chrome in ("Made with", "English Русский", "Русский English", "PDF"):
            assert chrome not in text, (product, chrome)


# -- the wall card ---------------------------------------------------------------------------------------------


def _wall_texts(lang: Lang) -> list[str]:
    """What the wall card must say, from the library: the questions, the rule, the three verdicts, the three parts
    of the empathic no and the mark of our own addition."""
    from danetor.playbooks.paper import part_steps
    from danetor.rules.scripts import ScriptKind

    out = [q.text(lang) for q in QUESTIONS]
    out.append(texts.get("danetor.card.rule_quote", lang.value))
    out += [label(lang) for label in VERDICT_LABELS.values()]
    out += [item(lang) for item in part_steps(ScriptKind.EMPATHIC_NO).items]
    out.append(texts.get("common.note_title.ours", lang.value))
    return out


@pytest.mark.parametrize("lang", list(Lang))
def test_the_wall_card_holds_the_questions_the_rule_and_what_to_do(pdfs, lang):
    page = pdfs[("wall", lang)].pages[0]
    for text in _wall_texts(lang):
        assert page.find(text) or page.find(text[:1].upper() + text[1:]), text


@pytest.mark.parametrize("lang", list(Lang))
def test_on_the_wall_card_the_questions_are_the_largest_text_and_nothing_is_small(pdfs, lang):
    page = pdfs[("wall", lang)].pages[0]
    questions = [w for q in QUESTIONS for w in page.find(q.text(lang))]
    rule = page.find(texts.get("danetor.card.rule_quote", lang.value))
    assert min(w.size for w in questions) >= WALL_QUESTIONS_PT
    assert min(w.size for w in rule) >= WALL_QUESTIONS_PT
    largest = max(w.size for w in page.words)
    assert largest <= min(w.size for w in questions) + TOLERANCE, [
        w.text for w in page.words if w.size == largest
    ]
    small = [(w.text, round(w.size, 2)) for w in page.words if w.size < WALL_MIN_PT - TOLERANCE]
    assert not small, small


# -- the cheat sheet ---------------------------------------------------------------------------------------------


def _cheat_texts(lang: Lang) -> list[str]:
    """The four tools, from the library: the questions, the rule and the verdicts; the parts of the empathic no;
    the four failure steps and apology against regret; the channel matrix and its escalation."""
    from danetor.channels import ACTIONS, SITUATION_LABELS
    from danetor.playbooks.failure import step_title
    from danetor.playbooks.paper import part_steps
    from danetor.rules.channels import ESCALATION
    from danetor.rules.failure import Fault, step_order
    from danetor.rules.scripts import ScriptKind

    out = [q.text(lang) for q in QUESTIONS]
    out.append(texts.get("danetor.card.rule_quote", lang.value))
    out += [label(lang) for label in VERDICT_LABELS.values()]
    out += [item(lang) for item in part_steps(ScriptKind.EMPATHIC_NO).items]
    out += [step_title(s, lang, with_channel=True) for f in Fault for s in step_order(f)]
    out += [label(lang) for label in SITUATION_LABELS.values()]
    out += [ACTIONS[s.id](lang) for s in ESCALATION.states if s.on]
    return out


@pytest.mark.parametrize("lang", list(Lang))
def test_the_cheat_sheet_holds_the_four_tools(pdfs, lang):
    page = pdfs[("cheatsheet", lang)].pages[0]
    for text in _cheat_texts(lang):
        assert page.find(text) or page.find(text[:1].upper() + text[1:]), text


@pytest.mark.parametrize("lang", list(Lang))
def test_nothing_on_the_cheat_sheet_is_below_9_pt(pdfs, lang):
    page = pdfs[("cheatsheet", lang)].pages[0]
    small = [(w.text, round(w.size, 2)) for w in page.words if w.size < CHEAT_MIN_PT - TOLERANCE]
    assert not small, small


# -- the book ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", list(Lang))
def test_the_book_is_a_cover_the_contents_and_every_card_each_on_a_new_page(pdfs, lang):
    book = pdfs[("book", lang)]
    cards = card_pages(book, lang)  # each card's title opens a page, in catalog order
    assert list(cards)[-2:] == ["danetor-table", "sources"]  # the appendix, then the bibliography close it
    assert starts(Page(1, 0, 0, [Word(w.text.lower(), 0, 0, 0, 0, 0) for w in book.pages[0].words]),
                  ("danetor " + COVER_TITLE[lang]).lower())  # fmt: skip
    assert starts(book.pages[1], TOC_TITLE[lang])
    first = next(iter(cards.values()))[0].number
    assert book.count == first - 1 + sum(len(pages) for pages in cards.values())


def _contents(book: Pdf, lang: Lang) -> dict[str, int]:
    """The contents as printed: each line that ends in a number, title → number."""
    first_card = catalog.document(catalog.names()[0]).title(lang)
    pages = []
    for page in book.pages[1:]:
        if starts(page, first_card):
            break
        pages.append(page)
    entries = {}
    for page in pages:
        for line in page.lines():
            if len(line) > 1 and line[-1].text.isdigit():
                entries[squash(" ".join(w.text for w in line[:-1]))] = int(line[-1].text)
    return entries


@pytest.mark.parametrize("lang", list(Lang))
def test_the_contents_numbers_are_the_pages_the_titles_are_printed_on(pdfs, lang):
    book = pdfs[("book", lang)]
    contents = _contents(book, lang)
    cards = card_pages(book, lang)
    for name, pages in cards.items():
        title = squash(catalog.document(name).title(lang))
        assert title in contents, (name, sorted(contents))
        assert contents[title] == pages[0].number, (name, contents[title], pages[0].number)
    # the cards and nothing else: the site's reference pages (CLI, API, texts, house style, JSON) stay off paper
    assert len(contents) == len(cards), sorted(
        set(contents) - {squash(catalog.document(n).title(lang)) for n in cards}
    )
    # and the number in the footer of each page is its page number
    for page in book.pages[1:]:
        footer = [w.text for w in page.words if w.y0 > page.height - book.margins_mm[2] * MM]
        assert footer == [str(page.number)], (page.number, footer)


@pytest.mark.parametrize("lang", list(Lang))
def test_the_book_has_at_most_three_near_empty_pages(pdfs, lang):
    book = pdfs[("book", lang)]
    body = book.pages[2:]  # the cover and the contents aside
    assert body and all(0 <= p.fill <= 1 for p in body)
    assert sum(p.fill >= 0.9 for p in body) > len(body) // 3  # the measure is real: most pages are full
    spill = [(p.number, round(p.fill, 2)) for p in body if p.fill < SPILL]
    assert len(spill) <= MAX_SPILL_PAGES, spill


@pytest.mark.parametrize("lang", list(Lang))
def test_book_type_sizes(pdfs, lang):
    """Nothing below 9 pt (tables, diagram labels); the text of every card, its paragraphs, steps, lists and
    notes, at 10 pt or more."""
    book = pdfs[("book", lang)]
    small = [
        (p.number, w.text, round(w.size, 2))
        for p in book.pages
        for w in p.words
        if w.size < SMALL_MIN_PT - TOLERANCE
    ]
    assert not small, small[:20]
    checked = missed = 0
    for name, pages in card_pages(book, lang).items():
        for block in catalog.document(name).blocks:
            if isinstance(block, (Paragraph, Note)):
                items = [block.text(lang)]
            elif isinstance(block, (Steps, Bullets, Checklist)):
                items = [item(lang) for item in block.items]
            else:
                continue
            for item in items:
                head = item.split("\n")[0]
                head = head[:60].rsplit(" ", 1)[0] if len(head) > 60 else head
                places = [found for page in pages for found in page.find_all(head)]
                if not places:
                    missed += 1
                    continue
                checked += 1
                # a text can also be quoted in a table (an example's parts): as text, it is printed at 10 pt
                sizes = [min(w.size for w in found) for found in places]
                assert max(sizes) >= BODY_MIN_PT - TOLERANCE, (name, item[:60], sizes)
    assert checked > 200 and missed < checked / 10, (checked, missed)


@pytest.mark.parametrize("lang", list(Lang))
def test_no_page_ends_with_a_heading(pdfs, lang):
    """A heading (larger than the text, at the left edge of the text) is never the last line of a page."""
    book = pdfs[("book", lang)]
    left = book.margins_mm[3] * MM
    headings = 0
    for page in book.pages[2:]:
        lines = body_lines(page, book.margins_mm)
        heads = [ln for ln in lines if abs(ln[0].x0 - left) < 3 and max(w.size for w in ln) >= 11]
        headings += len(heads)
        if lines and lines[-1] in heads:
            pytest.fail(f"page {page.number} ends with the heading {' '.join(w.text for w in lines[-1])!r}")
    assert headings > 50  # the reader finds the headings


def developer_words() -> tuple[set[str], list[re.Pattern]]:
    """Every name of the code: the public API (``danetor.__all__``), every module, every rule id and state of the
    built-in rule sets and sequences, every text key; and the source-file numbers (``источник 003``)."""
    from danetor.shipped import BUILTIN, builtin_definition

    names = set(danetor.__all__)
    for module in pkgutil.walk_packages(danetor.__path__, "danetor."):
        names |= {module.name, module.name.rsplit(".", 1)[-1]}
    for builtin in BUILTIN:
        definition = builtin_definition(builtin)
        names.add(builtin)
        names |= {r.id for r in getattr(definition, "rules", ())}
        names |= {s.id for s in getattr(definition, "states", ())}
    names |= {e.key for e in texts.entries()}
    patterns = [
        re.compile(r"(?:источник\w*|sources?)\s+0\d\d", re.IGNORECASE),
        re.compile(r"\(0\d\d(?:\s*[/,;]\s*0\d\d)*\)"),
        re.compile(r"\b[A-Za-z_][\w.]*\(\)"),  # a call: respond()
    ]
    return names, patterns


def _code_shaped(name: str) -> bool:
    """A name no prose would use: with an underscore or a dot, in CamelCase, or in capitals with a digit."""
    return bool(re.search(r"[_.]|[a-z][A-Z]|^[A-Z0-9]+\d", name))


#: the project's own name, on the cover and where a card says what the library does: a name, not code
PRODUCT = "danetor"


@pytest.mark.parametrize("lang", list(Lang))
def test_no_developer_word_on_paper(pdfs, lang):
    names, patterns = developer_words()
    assert {
        "check",
        "respond",
        "delay_warning",
        "ExpectationLanding",
        "refuse",
        "danetor.card.rule_quote",
    } <= names
    for product in ("wall", "cheatsheet", "book"):
        for page in pdfs[(product, lang)].pages:
            text = " ".join(page.text.split())
            for pattern in patterns:
                assert not pattern.search(text), (product, page.number, pattern.search(text).group(0))
            for word in re.findall(r"[A-Za-z_][\w.]*[\w]|[A-Za-z]", text):
                if word == PRODUCT and product == "book" and page.number == 1:
                    continue  # the product's name, on the book's cover only; a card never talks of software
                assert word != PRODUCT, (product, page.number, word)
                if word not in names:
                    continue
                # in English a plain word ("check", "failure", "Answer") is English; code-shaped names are code
                # in both languages, and in the Russian text every Latin name of the code is one
                assert lang is Lang.EN and not _code_shaped(word), (product, page.number, word)


# -- a card printed alone, the search, a phone ----------------------------------------------------------------------


def _chromium(tools, tmp: Path, url: str, *args: str) -> subprocess.CompletedProcess:
    profile = tmp / f"profile-{abs(hash((url, args)))}"
    return subprocess.run(
        [tools["chromium"], *PAPER.CHROMIUM_FLAGS, f"--user-data-dir={profile}", *args, url],
        capture_output=True,
        check=False,
        text=True,
        timeout=180,
    )


SEARCH = {Lang.RU: "ДАНЕТОР", Lang.EN: "DANETOR"}


@pytest.fixture(scope="module")
def browser(tools, site, tmp_path_factory) -> dict:
    """One parallel round of Chromium: the DANETOR card printed alone from its page (in Russian), the home page
    opened with a search query in both languages, and every card on a 390 px wide screen (their DOM dumped)."""
    tmp = tmp_path_factory.mktemp("browser")
    card = tmp / "danetor-ru.pdf"
    pages = [
        (site / LANG_DIRS[lang] / "playbooks" / f"{n}.html").as_uri()
        for n in catalog.names()
        for lang in Lang
    ]
    harness = tmp / "phone.html"
    harness.write_text(_PHONE.replace("PAGES", json.dumps(pages)), encoding="utf-8")
    jobs = {
        "card": (_chromium, tools, tmp, (site / "playbooks" / "danetor.html").as_uri(), "--virtual-time-budget=5000",
                 "--no-pdf-header-footer", f"--print-to-pdf={card}"),
        "phone": (_chromium, tools, tmp, harness.as_uri(), "--allow-file-access-from-files",
                  "--virtual-time-budget=120000", "--window-size=800,900", "--dump-dom"),
    }  # fmt: skip
    for lang in Lang:
        url = (site / LANG_DIRS[lang] / "index.html").as_uri() + "?q=" + SEARCH[lang]
        jobs[("search", lang)] = (_chromium, tools, tmp, url, "--virtual-time-budget=5000", "--dump-dom")
    with ThreadPoolExecutor(max_workers=4) as pool:
        futures = {key: pool.submit(*job) for key, job in jobs.items()}
        done = {key: f.result() for key, f in futures.items()}
    assert card.is_file(), done["card"].stderr[-2000:]
    out = {key: value.stdout for key, value in done.items() if key != "card"}
    out["card"] = Pdf(card)
    return out


def _words(pages: list[Page]) -> str:
    return squash(" ".join(w.text for p in pages for w in p.words if not w.text.isdigit()))


def test_a_card_printed_alone_is_the_card(browser, pdfs):
    card = browser["card"]
    assert card.is_a4
    title = catalog.document("danetor").title(Lang.RU)
    assert starts(card.pages[0], title)
    book = card_pages(pdfs[("book", Lang.RU)], Lang.RU)["danetor"]
    assert _words(card.pages) == _words(book)
    assert SITE_NAME[Lang.RU] not in " ".join(p.text for p in card.pages)
    assert any(isinstance(b, Diagram) for b in catalog.document("danetor").blocks)
    assert printed(card, "≥ 2 «нет»") and "flowchart" not in " ".join(p.text for p in card.pages)  # drawn


@pytest.mark.parametrize("lang", list(Lang))
def test_search_works_from_file_url(browser, site, lang):
    """Opened from file:// with no network, the offline search finds the DANETOR card."""
    dom = browser[("search", lang)]
    results = re.search(r'<ol class="md-search-result__list"[^>]*>(.*?)</ol>', dom, re.DOTALL)
    assert results, dom[-2000:]
    assert (site / LANG_DIRS[lang] / "playbooks" / "danetor.html").as_uri() + "?h=" in results.group(1)


#: Loads each page, one after another, in a frame 390 px wide (a phone), and reports the width of each table's
#: scrolling box against the width of what it holds, and the page's own width against the screen's.
_PHONE = """<!doctype html><html><body><pre id="out">pending</pre><script>
var pages = PAGES, results = {}, i = 0;
function next() {
  if (i >= pages.length) { document.getElementById("out").textContent = JSON.stringify(results); return; }
  var url = pages[i++], frame = document.createElement("iframe");
  frame.style.cssText = "width:390px;height:844px;border:0";
  frame.onload = function () {
    setTimeout(function () {
      var doc = frame.contentDocument, tables = [];
      doc.querySelectorAll(".md-typeset__scrollwrap").forEach(function (w) {
        var style = getComputedStyle(w);
        tables.push({box: w.clientWidth, content: w.scrollWidth, overflow: style.overflowX,
                     cue: style.backgroundImage, scrollbar: style.scrollbarWidth});
      });
      results[url] = {screen: doc.documentElement.clientWidth, page: doc.documentElement.scrollWidth,
                      tables: tables};
      frame.remove();
      next();
    }, 200);
  };
  frame.src = url;
  document.body.appendChild(frame);
}
next();
</script></body></html>"""


def test_on_a_phone_no_table_is_clipped(browser):
    """On a 390 px screen no page is wider than the screen, and almost every table of every card fits its box.
    A table that cannot (a word longer than its column) scrolls, and says so: its scroll bar is not hidden and a
    shadow at its edge shows there is more."""
    found = re.search(r'<pre id="out">(.*?)</pre>', browser["phone"], re.DOTALL)
    results = json.loads(html.unescape(found.group(1)))
    assert len(results) == 2 * len(catalog.names())
    tables = scrolling = 0
    for url, page in results.items():
        assert page["screen"] <= 390 and page["page"] <= page["screen"], (url, page)
        for table in page["tables"]:
            tables += 1
            if table["content"] > table["box"]:
                scrolling += 1
                assert table["overflow"] in ("auto", "scroll"), (url, table)
                assert table["scrollbar"] != "none" and "radial-gradient" in table["cue"], (url, table)
    assert tables > 40 and scrolling <= tables // 10, (tables, scrolling)


# -- the cards of issue 16, on paper ------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", list(Lang))
def test_the_cards_of_issue_16_are_on_paper(pdfs, lang):
    """The interview card and its sheet, the tips, the job, the agency case, KAM practice and the sources: each on
    its own pages, with its key texts (every question of the bank, the warnings where a source departs from the book,
    the quadrant mapping, the counts of the coverage map)."""
    from danetor.coverage import coverage_map
    from danetor.rules.interview import BLOCKS

    book = pdfs[("book", lang)]
    cards = card_pages(book, lang)
    for block in BLOCKS:
        for q in block.questions:
            question = texts.get(block.question_key(q, "text"), lang.value)
            assert printed(book, question, cards["interview"]), question
            assert printed(book, question, cards["interview-sheet"]), question
    assert printed(book, texts.get("interview.sheet.candidate", lang.value), cards["interview-sheet"])
    for key in ("tips.be_a_friend.note", "tips.pad_deadlines.note"):
        assert printed(book, texts.get(key, lang.value)[:80], cards["tips"]), key
    for key in ("agency.channels.vs_book", "agency.big_project.voice.vs_book", "agency.big_project.market"):
        assert printed(book, texts.get(key, lang.value)[:80], cards["agency"]), key
    assert printed(book, texts.get("kam_practice.practice.quadrants.note", lang.value), cards["kam"])
    for key in ("job.kco.title", "job.vacancy.tasks.1", "job.candidate.quality.6", "job.day.typical"):
        assert printed(book, texts.get(key, lang.value)[:60], cards["job"]), key
    rows = [" ".join(w.text for w in line) for page in cards["sources"] for line in page.lines()]
    for c in coverage_map().counts().values():  # a row of the counts table: the three numbers in their cells
        assert any(f" {c.items} {c.encoded} {c.left_out}" in f" {row}" for row in rows), c


ACME = ROOT / "tests" / "data" / "acme.toml"  # the sample policy: a fourth question and rules of its own


@pytest.fixture(scope="module")
def company_pdfs(company_site) -> dict[tuple[str, Lang], Pdf]:
    """The six PDFs of the company's build (DANETOR_POLICY=tests/data/acme.toml), each page kept as a PNG."""
    out = {}
    for lang in Lang:
        for product, stem in (("wall", "danetor"), ("cheatsheet", "cheatsheet"), ("book", "playbook")):
            path = company_site / "pdf" / f"{stem}-{lang.value}.pdf"
            assert path.is_file(), f"the company's build wrote no {path.name}"
            margins = page_margins_mm(STYLESHEET) if product == "book" else (0, 0, 0, 0)
            out[(product, lang)] = Pdf(path, margins_mm=margins)
    for pdf in out.values():
        pdf.png(ARTIFACTS / f"acme-{pdf.path.stem}")
    return out


@pytest.mark.parametrize("lang", list(Lang))
def test_a_company_s_paper_keeps_the_same_limits(company_pdfs, lang):
    """Under a policy with a fourth question and its own rules: each sheet one page, the wall card's questions (all
    four) largest at 16 pt or more and nothing under 10 pt, nothing under 9 pt on the cheat sheet, the book's
    contents right and at most three near-empty pages."""
    from danetor.decision import questions
    from danetor.policy import Policy

    with Policy.load(ACME).applied():
        asked = questions()
        assert len(asked) == 4
        wall, cheat, book = (company_pdfs[(p, lang)] for p in ("wall", "cheatsheet", "book"))
        assert wall.count == 1 and cheat.count == 1
        page = wall.pages[0]
        words = [w for q in asked for w in page.find(q.text(lang))]
        assert min(w.size for w in words) >= WALL_QUESTIONS_PT - TOLERANCE
        assert max(w.size for w in page.words) <= min(w.size for w in words) + TOLERANCE
        assert not [w.text for w in page.words if w.size < WALL_MIN_PT - TOLERANCE]
        assert not [w.text for w in cheat.pages[0].words if w.size < CHEAT_MIN_PT - TOLERANCE]
        contents, cards = _contents(book, lang), card_pages(book, lang)
        assert {squash(catalog.document(n).title(lang)): p[0].number for n, p in cards.items()} == contents
        spill = [(p.number, round(p.fill, 2)) for p in book.pages[2:] if p.fill < SPILL]
        assert len(spill) <= MAX_SPILL_PAGES, spill
