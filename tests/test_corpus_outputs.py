"""The corpus of typed inputs (tests/spec/corpus.toml) in every slot of every message kind, variant and tone.

* the rendering is pinned (tests/golden/corpus.txt): any change of a wording, or of the sentence chosen for a form,
  shows up in review;
* every rendered sentence carries the user's text verbatim (trimmed of its own final punctuation);
* the corpus covers what the issue asks: at least 30 inputs per language, every form, numbers with %, currency and
  dates, trailing punctuation, a very long request.
"""

from __future__ import annotations

import re

import pytest

from corpus_outputs import CORPUS, GOLDEN, render, renders
from strategies import trimmed


def test_the_corpus_rendering_matches_the_pinned_file():
    """Regenerate on purpose with `.venv/bin/python tests/corpus_outputs.py --write` and read the diff."""
    assert render() == GOLDEN.read_text(encoding="utf-8")


CASES = [(lang, e["text"]) for lang in ("ru", "en") for e in CORPUS[lang]]


@pytest.mark.parametrize(("lang", "text"), CASES, ids=[f"{lang}:{t[:40]}" for lang, t in CASES])
def test_every_sentence_carries_the_users_words_verbatim(lang, text):
    lines = list(renders(text, lang))
    assert len(lines) == 2 * 3 * 6 + 3 + 1 + 4 + 1 + 1
    for where, sentence in lines:
        assert trimmed(text) in sentence, where


def test_the_corpus_covers_what_the_issue_asks():
    for lang, forms in (("ru", {"inf", "nom", "acc", "nom_acc"}), ("en", {"verb", "noun"})):
        entries = CORPUS[lang]
        assert len(entries) >= 30
        assert forms <= {e["form"] for e in entries}
        texts = [e["text"] for e in entries]
        assert any("%" in t for t in texts)
        assert any(re.search(r"[₽$€£]|roubles", t) for t in texts)
        assert any(re.search(r"\d+ (марта|сентября|March|April)", t) for t in texts)
        assert any(t.rstrip()[-1] in ".!?…" for t in texts)
        assert max(len(t) for t in texts) > 200
