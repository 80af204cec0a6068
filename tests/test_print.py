"""The printed playbook, in a real browser: headless Chromium prints the print-all page and the playbook cards to
PDF; poppler reads them back. Checks the page count, that each card starts on its own page, that no table is split
across pages, that the key texts and the drawn diagram are on paper and the site chrome is not, and that search
works from file://. The first page of each PDF is kept as a PNG under test-artifacts/ for a person to look at.

Needs Debian's ``chromium`` and ``poppler-utils``, which the README's test command installs. Without them the
tests fail with a message that says what to install; they never skip.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from danetor.playbooks import catalog
from danetor.playbooks.document import Diagram, Table
from danetor.questions import QUESTIONS, VERDICT_LABELS
from danetor.text import Lang

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "test-artifacts"
LANG_DIRS = {Lang.RU: "", Lang.EN: "en/"}
TOC_TITLE = {Lang.RU: "Содержание", Lang.EN: "Contents"}
COVER_TITLE = {Lang.RU: "Плейбук аккаунт-менеджера", Lang.EN: "The account manager's playbook"}
SITE_NAME = {
    Lang.RU: "danetor — плейбук аккаунт-менеджера",
    Lang.EN: "danetor — the account manager's playbook",
}
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def _tool(*names: str) -> str:
    for name in names:
        path = shutil.which(name)
        if path:
            return path
    pytest.fail(f"{' or '.join(names)} not found: apt-get install -y chromium poppler-utils")


@pytest.fixture(scope="module")
def tools() -> dict[str, str]:
    return {
        "chromium": _tool("chromium", "chromium-browser"),
        "pdftotext": _tool("pdftotext"),
        "pdftoppm": _tool("pdftoppm"),
        "pdfinfo": _tool("pdfinfo"),
    }


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("site")
    done = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--site-dir", str(out)],
        cwd=ROOT,
        capture_output=True,
        check=False,
        text=True,
        env=dict(os.environ, NO_MKDOCS_2_WARNING="1"),
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    return out


def _chromium(tools, tmp: Path, url: str, *args: str) -> subprocess.CompletedProcess:
    profile = tmp / f"profile-{abs(hash((url, args)))}"
    return subprocess.run(
        [
            tools["chromium"],
            *CHROMIUM_FLAGS,
            f"--user-data-dir={profile}",
            "--virtual-time-budget=5000",
            *args,
            url,
        ],
        capture_output=True,
        check=False,
        text=True,
        timeout=120,
    )


def _print(tools, tmp: Path, page: Path, pdf: Path) -> Path:
    done = _chromium(tools, tmp, page.as_uri(), "--no-pdf-header-footer", f"--print-to-pdf={pdf}")
    assert pdf.is_file() and pdf.stat().st_size > 0, done.stderr[-2000:]
    return pdf


class Printed:
    """One printed PDF: its pages' text (whitespace collapsed) and page count."""

    def __init__(self, tools, pdf: Path):
        text = subprocess.run(
            [tools["pdftotext"], str(pdf), "-"], capture_output=True, text=True, check=True
        ).stdout
        self.pdf = pdf
        # whitespace collapsed, and the page number in the bottom margin dropped
        self.pages = [re.sub(r" ?\d+$", "", _norm(page)) for page in text.split("\f")]
        if self.pages and not self.pages[-1]:
            self.pages.pop()
        info = subprocess.run([tools["pdfinfo"], str(pdf)], capture_output=True, text=True, check=True).stdout
        self.count = int(re.search(r"^Pages:\s+(\d+)", info, re.MULTILINE).group(1))
        self.size = re.search(r"^Page size:\s+(.*)$", info, re.MULTILINE).group(1)

    @property
    def text(self) -> str:
        return " ".join(self.pages)

    def png(self, tools, name: str) -> Path:
        ARTIFACTS.mkdir(exist_ok=True)
        stem = ARTIFACTS / name
        subprocess.run(
            [
                tools["pdftoppm"],
                "-png",
                "-r",
                "60",
                "-f",
                "1",
                "-l",
                "1",
                "-singlefile",
                str(self.pdf),
                str(stem),
            ],
            check=True,
        )
        return stem.with_suffix(".png")


SEARCH = {Lang.RU: "ДАНЕТОР", Lang.EN: "DANETOR"}


@pytest.fixture(scope="module")
def browser(tools, site, tmp_path_factory) -> dict[tuple[str, Lang], object]:
    """One parallel round of Chromium: the print-all page printed in both languages, the DANETOR card printed alone
    (in Russian), and the home page opened with a search query in both languages (its DOM dumped)."""
    tmp = tmp_path_factory.mktemp("pdf")
    jobs = {}
    with ThreadPoolExecutor(max_workers=4) as pool:
        for lang in Lang:
            pages = [("print_page", "print_page.html")]
            if (
                lang is Lang.RU
            ):  # the card alone once; both languages' cards are also in their print-all pages
                pages.append(("danetor", "playbooks/danetor.html"))
            for key, page in pages:
                pdf = tmp / f"{key}-{lang}.pdf"
                jobs[(key, lang)] = pool.submit(_print, tools, tmp, site / LANG_DIRS[lang] / page, pdf)
            url = (site / LANG_DIRS[lang] / "index.html").as_uri() + "?q=" + SEARCH[lang]
            jobs[("search", lang)] = pool.submit(_chromium, tools, tmp, url, "--dump-dom")
        done = {key: job.result() for key, job in jobs.items()}
    result: dict[tuple[str, Lang], object] = {}
    for (key, lang), value in done.items():
        if key == "search":
            result[(key, lang)] = value.stdout
        else:
            result[(key, lang)] = Printed(tools, value)
            assert result[(key, lang)].png(tools, f"{key}-{lang}").is_file()
    return result


@pytest.fixture(scope="module")
def printed(browser) -> dict[tuple[str, Lang], Printed]:
    return {key: value for key, value in browser.items() if isinstance(value, Printed)}


def _card_pages(book: Printed, lang: Lang) -> dict[str, list[str]]:
    """Each card's pages in the print-all PDF: from the page its title starts to the page the next one does."""
    titles = [_norm(catalog.document(name).title(lang)) for name in catalog.names()]
    starts = [next(i for i, page in enumerate(book.pages) if page.startswith(title)) for title in titles]
    assert starts == sorted(starts) and starts[0] == 2, (
        "cards must follow the cover and contents, in catalog order"
    )
    ends = [*starts[1:], len(book.pages)]
    return {name: book.pages[a:b] for name, a, b in zip(catalog.names(), starts, ends, strict=True)}


def _norm(text: str) -> str:
    """Whitespace collapsed, hyphens dropped: pdftotext joins a word hyphenated at a line end without its hyphen
    (``митинг-`` / ``репорт`` → ``митингрепорт``), so compare words without hyphens on both sides. A line may also
    break after an en dash or a slash (``3–`` / ``5 лет``, ``проекта/`` / ``руководителем``), which pdftotext keeps
    as a space: no space after those either."""
    return re.sub(r"([–/])\s+", r"\1", re.sub(r"-\s*", "", " ".join(text.split())))


@pytest.mark.parametrize("lang", list(Lang))
def test_pdfs_are_a4(printed, lang):
    for (name, pdf_lang), pdf in printed.items():
        if pdf_lang is lang:
            assert "(A4)" in pdf.size, (name, pdf.size)


@pytest.mark.parametrize("lang", list(Lang))
def test_print_page_has_cover_contents_and_every_card_on_its_own_page(printed, lang):
    book = printed[("print_page", lang)]
    cards = _card_pages(book, lang)  # each card starts on a page of its own, in catalog order
    # page count: the cover, the contents, then the cards
    assert book.count == len(book.pages) == 2 + sum(len(pages) for pages in cards.values())
    assert book.pages[0].lower().startswith(_norm("danetor " + COVER_TITLE[lang]).lower())
    assert book.pages[1].startswith(_norm(TOC_TITLE[lang]))
    for name in catalog.names():
        assert _norm(catalog.document(name).title(lang)) in book.pages[1]
    # the DANETOR card printed alone has as many pages and the same text as in the book
    if ("danetor", lang) in printed:
        card = printed[("danetor", lang)]
        assert card.count == len(cards["danetor"])
        assert card.text == " ".join(cards["danetor"])
        assert card.pages[0].startswith(_norm(catalog.document("danetor").title(lang)))


def _assert_tables_whole(doc, pages: list[str], lang: Lang) -> None:
    for block in doc.blocks:
        if isinstance(block, Table):
            cells = [_norm(c(lang)) for c in block.header] + [
                _norm(c(lang)) for row in block.rows for c in row
            ]
            missing = {i: [cell for cell in cells if cell not in page] for i, page in enumerate(pages)}
            assert any(not m for m in missing.values()), f"{doc.id}: table split across pages: {missing}"


@pytest.mark.parametrize("lang", list(Lang))
@pytest.mark.parametrize("name", catalog.names())
def test_no_table_is_split_across_pages(printed, name, lang):
    doc = catalog.document(name)
    _assert_tables_whole(doc, _card_pages(printed[("print_page", lang)], lang)[name], lang)
    if (name, lang) in printed:
        _assert_tables_whole(doc, printed[(name, lang)].pages, lang)


@pytest.mark.parametrize("lang", list(Lang))
def test_danetor_card_key_texts_and_drawn_diagram(printed, lang):
    text = " ".join(_card_pages(printed[("print_page", lang)], lang)["danetor"])
    for q in QUESTIONS:
        assert _norm(q.text(lang)) in text
        assert _norm(q.short(lang)) in text
    for label in VERDICT_LABELS.values():
        assert _norm(label(lang)) in text
    assert (
        _norm({Lang.RU: "Все 27 комбинаций ответов", Lang.EN: "All 27 combinations of answers"}[lang]) in text
    )
    # the diagram was drawn (its labels are SVG text in the PDF), not printed as source
    assert _norm({Lang.RU: "≥ 2 «нет»", Lang.EN: "≥ 2 «no»"}[lang]) in text
    doc = catalog.document("danetor")
    assert any(isinstance(b, Diagram) for b in doc.blocks)
    assert "flowchart TD" not in text and "q_client" not in text


@pytest.mark.parametrize("lang", list(Lang))
def test_no_site_chrome_on_paper(printed, lang):
    for (name, pdf_lang), pdf in printed.items():
        if pdf_lang is lang:
            assert _norm(SITE_NAME[lang]) not in pdf.text, name
            for chrome in ("Made with", "English Русский", "Русский English"):
                assert chrome not in pdf.text, (name, chrome)


@pytest.mark.parametrize("lang", list(Lang))
def test_search_works_from_file_url(browser, site, lang):
    """Opened from file:// with no network, the offline search finds the DANETOR card."""
    dom = browser[("search", lang)]
    results = re.search(r'<ol class="md-search-result__list"[^>]*>(.*?)</ol>', dom, re.DOTALL)
    assert results, dom[-2000:]
    assert (site / LANG_DIRS[lang] / "playbooks" / "danetor.html").as_uri() + "?h=" in results.group(1)


@pytest.mark.parametrize("lang", list(Lang))
def test_the_cards_of_issue_16_are_on_paper(printed, lang):
    """The interview card and its sheet, the tips, the job, the agency case, KAM practice and the sources: each on
    its own pages, with its key texts (every question of the bank, the warnings where a source departs from the book,
    the quadrant mapping, the counts of the coverage map)."""
    from danetor import texts
    from danetor.coverage import coverage_map
    from danetor.rules.interview import BLOCKS

    cards = {
        name: " ".join(pages) for name, pages in _card_pages(printed[("print_page", lang)], lang).items()
    }
    for block in BLOCKS:
        for q in block.questions:
            question = _norm(texts.get(block.question_key(q, "text"), lang.value))
            assert question in cards["interview"] and question in cards["interview-sheet"], question
    assert _norm(texts.get("interview.sheet.candidate", lang.value)) in cards["interview-sheet"]
    for key in ("tips.be_a_friend.note", "tips.pad_deadlines.note"):
        assert _norm(texts.get(key, lang.value))[:80] in cards["tips"], key
    for key in ("agency.channels.vs_book", "agency.big_project.voice.vs_book", "agency.big_project.market"):
        assert _norm(texts.get(key, lang.value))[:80] in cards["agency"], key
    assert _norm(texts.get("kam_practice.practice.quadrants.note", lang.value)) in cards["kam"]
    for key in ("job.kco.title", "job.vacancy.tasks.1", "job.candidate.quality.6", "job.day.typical"):
        assert _norm(texts.get(key, lang.value))[:60] in cards["job"], key
    counts = coverage_map().counts()
    for c in counts.values():
        assert f"{c.items} {c.encoded} {c.left_out}" in cards["sources"]
