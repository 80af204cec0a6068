"""The PDFs of the printable playbook, printed by headless Chromium at the end of ``mkdocs build``.

For each language (``ru``, ``en``) the build writes into ``site/pdf/``:

* ``danetor-<lang>.pdf``: the DANETOR wall card (``paper/wall.html``), one A4 page;
* ``cheatsheet-<lang>.pdf``: the cheat sheet of the four core tools (``paper/cheatsheet.html``), one A4 page;
* ``playbook-<lang>.pdf``: the book (``print_page.html``): a cover, the contents with page numbers, every card.

**The page numbers of the contents: a second pass.** The book is printed once; ``pdftotext`` reads each page back,
and the page each card's title opens is that card's page. The book is then printed again with those numbers in
the address (``print_page.html?danetor-pages=<section>:<page>,…``), which a small script of the site
(``assets/javascripts/danetor-print.js``) writes into the contents; the numbers are read back from the second PDF
and must be the same (a contents that grew a page would shift them: then the book is printed once more). We chose
this over a paged-media polyfill (paged.js): the book is then laid out by Chromium's own fragmentation, the same
engine that prints a card from the site, with no second layout engine to vendor, to keep in step with Mermaid's
asynchronous drawing, or to slow the print of a 60-page book; and the numbers are *measured* on the PDF that is
shipped, so they cannot disagree with it.

**No near-empty pages.** Every card starts on a new page, so a card that runs a few lines over leaves a page almost
blank. The same reading back measures how much of each card's last page is used; a card whose last page is under
30 % used is printed again set tighter (``?danetor-fit=<section>:<level>``: less space around its blocks, never a
smaller type), one level at a time, and set back as designed if even the tightest level saves no page.

Needs ``chromium`` (or ``chromium-browser``, ``google-chrome``; ``DANETOR_CHROMIUM`` names another) and
poppler's ``pdftotext``, ``pdfinfo`` and ``pdftoppm``. When one is missing the build fails with :class:`PaperError`, one line
that says what to install; ``DANETOR_PDF=off`` builds the site without the PDFs.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
import time
import urllib.parse
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

__all__ = [
    "CHROMIUM_FLAGS",
    "Book",
    "PaperError",
    "Printed",
    "build",
    "enabled",
    "find_tools",
    "norm",
    "page_texts",
    "print_pdf",
    "title_pages",
]

INSTALL = "apt-get install -y chromium poppler-utils"
CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
#: headless, and quiet on a machine without a network (no background connections, no first-run work)
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-pdf-header-footer",
)
#: how long (virtual time) a page may take to draw its diagrams before it is printed
BUDGET_MS = 10000
#: how many times the book is printed at most, to fit the cards and to get contents numbers that match their pages
MAX_PASSES = 6
#: a card's last page with less of its body used than this is a spill page, to be avoided by setting the card tighter
SPILL = 0.30
#: the levels of tightness a card can be set in (0: as designed; each level: less space around blocks)
FIT_LEVELS = 2


class PaperError(Exception):
    """A PDF could not be made; the message is one line that says why and what to do."""


def enabled(environ: os._Environ | dict | None = None) -> bool:
    """False when ``DANETOR_PDF`` is ``off`` (or ``0``, ``no``, ``false``): the site is built without PDFs."""
    value = (environ if environ is not None else os.environ).get("DANETOR_PDF", "on").strip().lower()
    return value not in ("off", "0", "no", "false")


def find_tools(environ: os._Environ | dict | None = None) -> dict[str, str]:
    """Chromium, pdftotext and pdfinfo, or :class:`PaperError` naming what to install."""
    environ = environ if environ is not None else os.environ
    found: dict[str, str] = {}
    named = environ.get("DANETOR_CHROMIUM")
    chromium = shutil.which(named) if named else next(filter(None, map(shutil.which, CHROMIUM_NAMES)), None)
    missing = []
    if chromium:
        found["chromium"] = chromium
    else:
        missing.append(named or "chromium")
    for tool in ("pdftotext", "pdfinfo", "pdftoppm"):
        path = shutil.which(tool)
        if path:
            found[tool] = path
        else:
            missing.append(tool)
    if missing:
        raise PaperError(
            f"the PDFs need {' and '.join(missing)}, which {'is' if len(missing) == 1 else 'are'} not installed: "
            f"run `{INSTALL}` (as root), or set DANETOR_PDF=off to build the site without the PDFs"
        )
    return found


def print_pdf(chromium: str, url: str, pdf: Path, scratch: Path, *, budget_ms: int = BUDGET_MS) -> Path:
    """Print the page at *url* to *pdf* with headless Chromium (a fresh profile in *scratch*)."""
    profile = Path(tempfile.mkdtemp(prefix="profile-", dir=scratch))
    pdf.unlink(missing_ok=True)
    try:
        done = subprocess.run(
            [
                chromium,
                *CHROMIUM_FLAGS,
                f"--user-data-dir={profile}",
                f"--virtual-time-budget={budget_ms}",
                f"--print-to-pdf={pdf}",
                url,
            ],
            capture_output=True,
            check=False,
            text=True,
            timeout=300,
        )
    except subprocess.TimeoutExpired as error:
        raise PaperError(f"Chromium did not finish printing {url} within {error.timeout:.0f} s") from None
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    if not pdf.is_file() or pdf.stat().st_size == 0:
        last = (done.stderr.strip().splitlines() or ["no message"])[-1]
        raise PaperError(f"Chromium printed no PDF of {url} (exit code {done.returncode}): {last}")
    return pdf


def page_texts(pdftotext: str, pdf: Path) -> list[str]:
    """The text of each page of *pdf*."""
    text = subprocess.run([pdftotext, str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    pages = text.split("\f")
    if pages and not pages[-1].strip():
        pages.pop()
    return pages


def norm(text: str) -> str:
    """Whitespace collapsed and hyphens dropped, so that a title matches its printed lines: pdftotext joins a word
    hyphenated at a line end without its hyphen, and keeps a space after a dash or slash a line broke at."""
    return re.sub(r"([–—/])\s+", r"\1", re.sub(r"-\s*", "", " ".join(text.split())))


def title_pages(pages: Sequence[str], titles: Sequence[tuple[str, str]]) -> dict[str, int]:
    """The page (1-based) each title opens, in order: ``{section id: page}``. *titles* are ``(section id, title)``
    in the order they are printed; each is looked for from the page after the previous one, at a page's top."""
    found: dict[str, int] = {}
    start = 0
    normed = [norm(page) for page in pages]
    for section, title in titles:
        want = norm(title)
        page = next((i for i in range(start, len(normed)) if normed[i].startswith(want)), None)
        if page is None:
            raise PaperError(f"the title {title!r} opens no page of the book after page {start}")
        found[section] = page + 1
        start = page + 1
    return found


def page_fills(pdftoppm: str, pdf: Path, margins_mm: tuple[float, float, float, float]) -> list[float]:
    """For each page of *pdf*: how far down its body area (the page less *margins_mm*, top, right, bottom, left)
    the lowest inked pixel row reaches, 0..1."""
    dpi = 30
    out = subprocess.run(
        [pdftoppm, "-gray", "-r", str(dpi), str(pdf)], capture_output=True, check=True
    ).stdout
    top, _right, bottom, _left = margins_mm
    fills = []
    while out:
        header = re.match(rb"P5\s+(\d+)\s+(\d+)\s+(\d+)\s", out)
        if not header:
            raise PaperError(f"pdftoppm wrote no page image of {pdf}")
        width, height = int(header.group(1)), int(header.group(2))
        pixels, out = out[header.end() : header.end() + width * height], out[header.end() + width * height :]
        body_top, body_bottom = round(top * dpi / 25.4), height - round(bottom * dpi / 25.4)
        lowest = next(
            (
                r
                for r in range(body_bottom - 1, body_top - 1, -1)
                if min(pixels[r * width : (r + 1) * width]) < 200
            ),
            None,
        )
        fills.append(0.0 if lowest is None else (lowest + 1 - body_top) / (body_bottom - body_top))
    return fills


def page_margins(css: Path) -> tuple[float, float, float, float]:
    """The margins of the book's pages (top, right, bottom, left, in mm): the first ``@page`` rule of *css*."""
    rule = re.search(r"@page\s*\{[^}]*?margin:\s*([^;]+);", css.read_text(encoding="utf-8"))
    if not rule:
        raise PaperError(f"{css} has no @page margin")
    values = [float(v.removesuffix("mm")) for v in rule.group(1).split()]
    return tuple((values * 4)[:4] if len(values) == 1 else (values + values[1:2])[:4])


@dataclass
class Book:
    """One language's paper: where its site is, and the (section id, title) of every card in print order."""

    lang: str
    site: Path
    titles: list[tuple[str, str]]
    #: the book's page margins (top, right, bottom, left, mm), to measure how much of each page is used
    margins_mm: tuple[float, float, float, float] = (15, 15, 16, 15)


@dataclass
class Printed:
    """What the build wrote, for the log and for the tests."""

    pdf: Path
    pages: int
    seconds: float
    passes: int = 1
    numbers: dict[str, int] = field(default_factory=dict)
    fit: dict[str, int] = field(default_factory=dict)


def _query(numbers: dict[str, int], fit: dict[str, int]) -> str:
    """The print page's address parameters: the contents' page numbers, and the cards set tighter."""
    params = {}
    if numbers:
        params["danetor-pages"] = ",".join(f"{section}:{page}" for section, page in numbers.items())
    if fit:
        params["danetor-fit"] = ",".join(f"{section}:{level}" for section, level in fit.items())
    return "?" + urllib.parse.urlencode(params, safe=":,") if params else ""


def _refit(fit: dict[str, int], starts: dict[str, int], fills: list[float]) -> dict[str, int]:
    """The next fit of the cards: a card of two pages or more whose last page is a spill page is set one level
    tighter; a card already at the tightest level that still spills goes back to its design (tightness that
    saves no page is only cramped)."""
    sections = list(starts)
    ends = [starts[s] - 1 for s in sections[1:]] + [len(fills)]
    out = dict(fit)
    for section, end in zip(sections, ends, strict=True):
        spills = end > starts[section] and fills[end - 1] < SPILL
        level = fit.get(section, 0)
        if level < 0:
            continue
        if spills and level < FIT_LEVELS:
            out[section] = level + 1
        elif spills and level >= FIT_LEVELS:
            out[section] = -1  # given up: printed as designed, and never tried again
    return out


def _pool(jobs, workers: int) -> list:
    with ThreadPoolExecutor(max_workers=workers) as pool:
        futures = [pool.submit(fn, *args) for fn, *args in jobs]
        return [f.result() for f in futures]


def build(books: Sequence[Book], out: Path, *, workers: int = 3, log=None) -> dict[str, Printed]:
    """Print every PDF of *books* into *out*: the wall card, the cheat sheet and the book of each language."""
    tools = find_tools()
    out.mkdir(parents=True, exist_ok=True)
    printed: dict[str, Printed] = {}
    with tempfile.TemporaryDirectory(prefix="danetor-pdf-") as tmp:
        scratch = Path(tmp)

        def one(name: str, page: Path, pdf: Path, query: str = "") -> tuple[str, Printed]:
            began = time.monotonic()
            print_pdf(tools["chromium"], page.as_uri() + query, pdf, scratch)
            pages = len(page_texts(tools["pdftotext"], pdf))
            return name, Printed(pdf, pages, time.monotonic() - began)

        jobs = []
        for book in books:
            jobs.append(
                (
                    one,
                    f"danetor-{book.lang}",
                    book.site / "paper" / "wall.html",
                    out / f"danetor-{book.lang}.pdf",
                )
            )
            jobs.append(
                (
                    one,
                    f"cheatsheet-{book.lang}",
                    book.site / "paper" / "cheatsheet.html",
                    out / f"cheatsheet-{book.lang}.pdf",
                )
            )
            jobs.append(
                (
                    one,
                    f"playbook-{book.lang}",
                    book.site / "print_page.html",
                    scratch / f"book-{book.lang}-1.pdf",
                )
            )
        printed.update(_pool(jobs, workers))

        # the book: set each card that leaves a near-empty last page tighter, and number the contents, until the
        # pages the contents give are the pages the titles are printed on
        state = {book.lang: {"fit": {}, "numbers": {}} for book in books}
        pending = {book.lang: book for book in books}
        for attempt in range(1, MAX_PASSES + 1):
            if attempt > 1:
                jobs = [
                    (one, lang, book.site / "print_page.html", scratch / f"book-{lang}-{attempt}.pdf",
                     _query(state[lang]["numbers"], state[lang]["fit"]))
                    for lang, book in pending.items()
                ]  # fmt: skip
                for lang, result in _pool(jobs, workers):
                    result.seconds += printed[f"playbook-{lang}"].seconds
                    result.passes = attempt
                    printed[f"playbook-{lang}"] = result
            for lang, book in list(pending.items()):
                result = printed[f"playbook-{lang}"]
                starts = title_pages(page_texts(tools["pdftotext"], result.pdf), book.titles)
                fills = page_fills(tools["pdftoppm"], result.pdf, book.margins_mm)
                fit = _refit(state[lang]["fit"], starts, fills)
                settled = fit == state[lang]["fit"] and starts == state[lang]["numbers"] and attempt > 1
                result.numbers, result.fit = dict(state[lang]["numbers"]), dict(state[lang]["fit"])
                state[lang] = {"fit": fit, "numbers": starts}
                if settled:
                    del pending[lang]
            if not pending:
                break
        if pending:
            raise PaperError(
                f"the {', '.join(pending)} book did not settle in {MAX_PASSES} prints (its cards' fit or its "
                "contents' page numbers kept changing)"
            )
        for book in books:
            name = f"playbook-{book.lang}"
            final = out / f"{name}.pdf"
            shutil.move(printed[name].pdf, final)
            printed[name].pdf = final
    if log is not None:
        for name, result in printed.items():
            tight = ", ".join(
                f"{s.split('-', 1)[-1]} ({level})" for s, level in result.fit.items() if level > 0
            )
            log.info(
                "PDF %s: %d page%s in %.1f s%s%s",
                result.pdf,
                result.pages,
                "" if result.pages == 1 else "s",
                result.seconds,
                f", {result.passes} prints to fit the cards and number the contents"
                if result.passes > 1
                else "",
                f"; set tighter: {tight}" if tight else "",
            )
    return printed
