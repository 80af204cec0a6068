"""Reading a printed PDF back as a reader would: pages, words with their positions and sizes, and how much of each
page's body is used. Poppler does the reading (``pdfinfo``, ``pdftotext -bbox``, ``pdftoppm``); nothing else.

* **Font sizes.** ``pdftotext -bbox`` gives each word's box; its height is the font size times the font's ascent
  plus descent, which the PDF states in each embedded font's descriptor (``/Ascent``, ``/Descent``, in 1/1000 em).
  A word's size is its height over the largest such factor among the PDF's fonts, so that with several fonts a size
  is never overstated.
* **Fill.** A page's body area is the page less its margins (``@page`` in the site's stylesheet), which also holds
  the running footer with the page number. The page is rendered in grey at 40 dpi, and its fill is how far down the
  body area the lowest inked row reaches: text, rules, table borders, diagrams and ruled lines alike.
"""

from __future__ import annotations

import html
import re
import subprocess
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

__all__ = ["MM", "Page", "Pdf", "Word", "page_margins_mm", "squash"]

#: points per millimetre
MM = 72 / 25.4

_PAGE = re.compile(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', re.DOTALL)
_WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>')


def squash(text: str) -> str:
    """A text as the stream of its letters: no whitespace, no hyphens (a word broken at a line end reads the same
    as whole); quotes and dashes kept."""
    return re.sub(r"[\s\u00ad-]+", "", text)


@dataclass(frozen=True)
class Word:
    text: str
    x0: float
    y0: float
    x1: float
    y1: float
    size: float  # points


@dataclass
class Page:
    number: int  # 1-based
    width: float
    height: float
    words: list[Word]
    fill: float = 0.0  # share of the body area's height used, 0..1

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)

    def find(self, text: str) -> list[Word] | None:
        """The words that print *text*, read as a person reads them, or None. A text runs on to the right along its
        line, then on to the next line at the start of a run of words that lies under what it has covered so far:
        so a sentence is found across its line breaks (and a word hyphenated at a line end), and a table cell's
        text across its own lines, not through the cell beside it. Whitespace and hyphens are not compared."""
        return next(iter(self.find_all(text)), None)

    def find_all(self, text: str) -> list[list[Word]]:
        """Every place the page prints *text* (see :meth:`find`), top to bottom."""
        want = squash(text)
        if not want:
            return []
        runs = self._runs()
        out = []
        for line_no, line in enumerate(runs):
            for run_no, run in enumerate(line):
                for start in range(len(run)):
                    found = self._follow(runs, line_no, run_no, start, want)
                    if found:
                        out.append(found)
        return out

    def _runs(self, gap: float = 0.45) -> list[list[list[Word]]]:
        """Each line's words split into runs where a gap wider than *gap* em (about two spaces) separates them:
        table cells, columns, a diagram's labels."""
        out = []
        for line in self.lines():
            runs = [[line[0]]]
            for word in line[1:]:
                if word.x0 - runs[-1][-1].x1 > gap * max(word.size, runs[-1][-1].size):
                    runs.append([word])
                else:
                    runs[-1].append(word)
            out.append(runs)
        return out

    @staticmethod
    def _follow(runs, line_no: int, run_no: int, start: int, want: str) -> list[Word] | None:
        found: list[Word] = []
        rest = want
        position = (line_no, run_no, start)
        while rest:
            line_no, run_no, start = position
            for word in runs[line_no][run_no][start:]:
                piece = squash(word.text)
                if not piece:
                    continue
                if rest.startswith(piece):
                    found.append(word)
                    rest = rest[len(piece) :]
                    if not rest:
                        return found
                elif piece.startswith(
                    rest
                ):  # the text ends inside this word (a colon or a closing mark after it)
                    return [*found, word]
                elif found and found[-1].y1 == word.y1:  # the next cell, too close to tell apart: on down
                    break
                else:
                    return None
            # on to the next line down that has a run under what was found so far (the lines of a column beside
            # this one, not aligned with it, come between)
            left, right = min(w.x0 for w in found), max(w.x1 for w in found)
            last = found[-1]
            for nxt in range(line_no + 1, len(runs)):
                if runs[nxt][0][0].y1 - last.y1 > 2.5 * (last.y1 - last.y0):
                    return None
                under = [i for i, r in enumerate(runs[nxt]) if r[0].x0 < right and r[-1].x1 > left]
                if under:
                    position = (nxt, under[0], 0)
                    break
            else:
                return None
        return found

    def lines(self, tolerance: float = 2.0) -> list[list[Word]]:
        """The page's words grouped into lines (by baseline), top to bottom."""
        out: list[list[Word]] = []
        for word in sorted(self.words, key=lambda w: (w.y1, w.x0)):
            if out and abs(out[-1][-1].y1 - word.y1) <= tolerance:
                out[-1].append(word)
            else:
                out.append([word])
        return [sorted(line, key=lambda w: w.x0) for line in out]


def page_margins_mm(css: Path) -> tuple[float, float, float, float]:
    """The margins (top, right, bottom, left, in mm) of the first ``@page`` rule of the stylesheet *css*."""
    rule = re.search(r"@page\s*\{[^}]*?margin:\s*([^;]+);", css.read_text(encoding="utf-8"))
    assert rule, f"no @page margin in {css}"
    values = [float(v.removesuffix("mm")) for v in rule.group(1).split()]
    top, right, bottom, left = (values * 4)[:4] if len(values) == 1 else (values + values[1:2])[:4]
    return top, right, bottom, left


class Pdf:
    """A PDF as poppler reads it."""

    def __init__(self, path: Path, *, margins_mm: tuple[float, float, float, float] = (0, 0, 0, 0)):
        self.path = Path(path)
        self.margins_mm = margins_mm

    @cached_property
    def info(self) -> dict[str, str]:
        out = subprocess.run(["pdfinfo", str(self.path)], capture_output=True, text=True, check=True).stdout
        return {k.strip(): v.strip() for k, _, v in (line.partition(":") for line in out.splitlines()) if v}

    @property
    def count(self) -> int:
        return int(self.info["Pages"])

    @property
    def is_a4(self) -> bool:
        return "(A4)" in self.info.get("Page size", "")

    @cached_property
    def em_height(self) -> float:
        """The largest (ascent + descent) of the PDF's fonts, in em: a word's box height over this is its size."""
        data = self.path.read_bytes()
        ascents = [float(a) for a in re.findall(rb"/Ascent\s+(-?[\d.]+)", data)]
        descents = [float(d) for d in re.findall(rb"/Descent\s+(-?[\d.]+)", data)]
        assert ascents and len(ascents) == len(descents), f"{self.path}: no font descriptors"
        return max(a - d for a, d in zip(ascents, descents, strict=True)) / 1000

    @cached_property
    def pages(self) -> list[Page]:
        out = subprocess.run(
            ["pdftotext", "-bbox", str(self.path), "-"], capture_output=True, text=True, check=True
        ).stdout
        pages = []
        for n, (width, height, body) in enumerate(_PAGE.findall(out), 1):
            words = [
                Word(
                    html.unescape(t),
                    float(a),
                    float(b),
                    float(c),
                    float(d),
                    (float(d) - float(b)) / self.em_height,
                )
                for a, b, c, d, t in _WORD.findall(body)
            ]
            pages.append(Page(n, float(width), float(height), words))
        for page, fill in zip(pages, self._fills(), strict=True):
            page.fill = fill
        return pages

    def _fills(self) -> list[float]:
        """For each page: how far down its body area the lowest inked pixel row reaches (0..1)."""
        dpi = 40
        out = subprocess.run(
            ["pdftoppm", "-gray", "-r", str(dpi), str(self.path)], capture_output=True, check=True
        ).stdout
        top, _right, bottom, _left = self.margins_mm
        fills = []
        while out:
            header = re.match(rb"P5\s+(\d+)\s+(\d+)\s+(\d+)\s", out)
            assert header, "pdftoppm wrote no PGM"
            width, height = int(header.group(1)), int(header.group(2))
            start = header.end()
            pixels, out = out[start : start + width * height], out[start + width * height :]
            px_per_mm = dpi / 25.4
            body_top, body_bottom = round(top * px_per_mm), height - round(bottom * px_per_mm)
            lowest = None
            for row in range(body_bottom - 1, body_top - 1, -1):
                line = pixels[row * width : (row + 1) * width]
                if min(line) < 200:
                    lowest = row
                    break
            fills.append(0.0 if lowest is None else (lowest + 1 - body_top) / (body_bottom - body_top))
        return fills

    def png(self, stem: Path, dpi: int = 60) -> list[Path]:
        """Every page as a PNG: ``<stem>-01.png``, … (the test artefacts a person looks at)."""
        stem.parent.mkdir(parents=True, exist_ok=True)
        for old in stem.parent.glob(f"{stem.name}-*.png"):
            old.unlink()
        subprocess.run(["pdftoppm", "-png", "-r", str(dpi), str(self.path), str(stem)], check=True)
        return sorted(stem.parent.glob(f"{stem.name}-*.png"))
