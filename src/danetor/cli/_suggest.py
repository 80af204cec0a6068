"""Which of the allowed names a mistyped one probably meant: "did you mean" for subcommands, options and values.

:func:`closest` gives one or two candidates, best first, or none: an exact match once the Russian keyboard layout
is undone (``фыл`` → ``ask``, a typo Russian users make daily), an unambiguous prefix (``--cl`` → ``--client``),
then :mod:`difflib` similarity of the names without their dashes, and for two- and three-letter words (where
difflib is harsh: ``ry`` scores 0.5 against ``ru``) one edit away. A second candidate is kept only when it scores
close to the first, so the suggestion never turns into the whole list.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable

__all__ = ["closest", "from_layout"]

_RU = "йцукенгшщзхъфывапролджэячсмитьбю."
_EN = "qwertyuiop[]asdfghjkl;'zxcvbnm,./"
_LAYOUT = str.maketrans(_RU + _RU.upper(), _EN + _EN.upper())


def from_layout(word: str) -> str:
    """*word* as it was meant when typed with the Russian layout on (``фыл`` → ``ask``)."""
    return word.translate(_LAYOUT)


def _bare(name: str) -> str:
    return name.lstrip("-").lower().replace("_", "-")


def _one_edit(a: str, b: str) -> bool:
    """*a* and *b* differ by one substitution, insertion, deletion or swap of neighbours (difflib's ratio is too
    harsh on two- and three-letter words: "ry" scores 0.5 against "ru")."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and a[diff[0]] == b[diff[1]]
            and a[diff[1]] == b[diff[0]]
        )
    short, long = sorted((a, b), key=len)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


def closest(word: str, candidates: Iterable[str], *, n: int = 2, cutoff: float = 0.6) -> list[str]:
    """Up to *n* of *candidates* that *word* probably meant, best first; ``[]`` when none is close.

    Order of evidence: the word typed in the Russian layout matches a candidate exactly; the word is a prefix of
    candidates (at least two characters); difflib similarity of the names without dashes; failing that, one edit
    away (for short words). A second candidate is kept only when it scores within 0.1 of the first (no
    "--request or --free?" noise).
    """
    candidates = list(dict.fromkeys(candidates))
    bare = {c: _bare(c) for c in candidates}
    typed = _bare(word.split("=", 1)[0])
    if not typed:
        return []
    layout = _bare(from_layout(word.split("=", 1)[0]))
    exact = [c for c in candidates if bare[c] == layout and layout != typed]
    if exact:
        return exact[:1]
    prefixed = [c for c in candidates if len(typed) >= 2 and bare[c].startswith(typed)]
    if 0 < len(prefixed) <= n:
        return prefixed
    scored = sorted(
        ((difflib.SequenceMatcher(None, typed, bare[c]).ratio(), c) for c in candidates),
        key=lambda pair: -pair[0],
    )
    scored = [(s, c) for s, c in scored if s >= cutoff]
    if not scored:  # one edit away, for words of two or three letters (not for a single digit or letter)
        return [c for c in candidates if len(typed) >= 2 and _one_edit(typed, bare[c])][:n]
    best = scored[0][0]
    return [c for s, c in scored[:n] if s >= best - 0.1]
