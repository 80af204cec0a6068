"""The coverage map: every paragraph and list item of the five source texts, and what encodes it.

``danetor/coverage.toml`` (package data) has one ``[[passage]]`` per paragraph or list item of the sources, in their
order: the source file, the section heading above it, and a fingerprint of its normalised text (the first 12 hex
digits of the SHA-256; ``tests/source_passages.py`` says how the sources are split and normalised), so that the map
is checked against the sources themselves wherever they are present (``tests/test_coverage.py``). Each passage is
either ``encoded_by`` the text keys of the card items that encode it, with the citation the cards print for it
(``cite``), or ``not_encoded``, with the reason. A source typo that a card quotes is listed with its reading
(``sic``). The ``[own]`` table lists every text of the cards that is the project's own rather than a source's, with
the passages it rests on.

The file ids (``000`` … ``004``) live only here; the cards cite the sources by title and section.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, model_validator

from ._sync import Lock

__all__ = ["PATH", "Counts", "CoverageMap", "Passage", "coverage_map"]

#: the map, shipped with the package
PATH = Path(__file__).with_name("coverage.toml")


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Passage(_Frozen):
    """One paragraph or list item of a source, and what encodes it (or why nothing does)."""

    file: str = Field(pattern=r"^[0-9]{3}_[0-9a-f]+\.txt$")
    heading: str
    fingerprint: str = Field(pattern=r"^[0-9a-f]{12}$")
    #: the same normalised text's occurrence in its file (1 for the first)
    occurrence: int = Field(default=1, ge=1)
    #: the start of the passage, for people (the check ignores it)
    excerpt: str
    #: the citation the cards print for it (a ``cite.*`` text key)
    cite: str | None = None
    #: the text keys of the card items that encode it
    encoded_by: tuple[str, ...] = ()
    #: why it is knowingly left out
    not_encoded: str | None = None
    #: source typos a card quotes, with their reading: (as written, reading)
    sic: tuple[tuple[str, str], ...] = ()
    remark: str | None = None

    @model_validator(mode="after")
    def _one_status(self) -> Passage:
        if bool(self.encoded_by) == bool(self.not_encoded):
            raise ValueError(f"{self.id}: exactly one of encoded_by and not_encoded")
        if self.encoded_by and not self.cite:
            raise ValueError(f"{self.id}: an encoded passage needs its citation (cite)")
        return self

    @property
    def source(self) -> str:
        """The source's id, the file name's first three digits (``"003"``)."""
        return self.file[:3]

    @property
    def id(self) -> str:
        """``<source>:<fingerprint>``, with ``#<n>`` for a repeated text."""
        base = f"{self.source}:{self.fingerprint}"
        return base if self.occurrence == 1 else f"{base}#{self.occurrence}"


class Counts(_Frozen):
    """How much of one source the cards encode."""

    items: int
    encoded: int
    left_out: int


_Own = Annotated[Mapping[str, tuple[str, ...]], AfterValidator(lambda m: MappingProxyType(dict(m)))]


class CoverageMap(_Frozen):
    """The whole map."""

    passages: tuple[Passage, ...]
    #: the project's own texts on the cards → the ids of the passages each rests on (possibly none)
    own: _Own

    @model_validator(mode="after")
    def _unique(self) -> CoverageMap:
        ids = [p.id for p in self.passages]
        twice = sorted({i for i in ids if ids.count(i) > 1})
        if twice:
            raise ValueError(f"passages mapped twice: {twice}")
        unknown = sorted({r for rests in self.own.values() for r in rests} - set(ids))
        if unknown:
            raise ValueError(f"own texts rest on passages the map does not have: {unknown}")
        return self

    def sources(self) -> tuple[str, ...]:
        """The source ids, in order."""
        return tuple(dict.fromkeys(p.source for p in self.passages))

    def counts(self) -> dict[str, Counts]:
        """Per source: its passages, how many are encoded and how many left out."""
        out = {}
        for source in self.sources():
            mine = [p for p in self.passages if p.source == source]
            encoded = sum(1 for p in mine if p.encoded_by)
            out[source] = Counts(items=len(mine), encoded=encoded, left_out=len(mine) - encoded)
        return out

    def encoding(self, key: str) -> tuple[Passage, ...]:
        """The passages the text *key* encodes."""
        return tuple(p for p in self.passages if key in p.encoded_by)


_map: CoverageMap | None = None
_lock = Lock()  # fork-safe (danetor._sync)


def coverage_map() -> CoverageMap:
    """The shipped map, read and checked on the first call."""
    global _map
    if _map is None:
        with _lock:
            if _map is None:
                import tomllib

                data = tomllib.loads(PATH.read_text(encoding="utf-8"))
                _map = CoverageMap(passages=tuple(data["passage"]), own=data.get("own", {}))
    return _map
