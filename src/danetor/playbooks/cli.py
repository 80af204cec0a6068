"""Every text the ``danetor`` command shows (help, prompts, headings): the registry's ``cli.*`` texts, by name.

``CLI["usage"]`` is ``Text.of("cli.usage")``; ``"usage" in CLI`` says whether the registry has that text; iterating
gives every name. The texts themselves live in ``danetor/texts/cli.toml``.

Error messages are not here: they come from the library's exceptions and from argparse, in English, and always
name the flag and the allowed values (they are read by scripts as much as by people).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from .. import texts
from ..text import Text

__all__ = ["CLI"]

_PREFIX = "cli."


class _CliTexts(Mapping[str, Text]):
    """The ``cli.*`` texts of the registry, by their name after ``cli.``."""

    def __getitem__(self, name: str) -> Text:
        try:
            texts.entry(_PREFIX + name)
        except texts.TextKeyError:
            raise KeyError(name) from None
        return Text.of(_PREFIX + name)

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and (_PREFIX + name) in texts.keys(_PREFIX + name)

    def __iter__(self) -> Iterator[str]:
        return (key.removeprefix(_PREFIX) for key in texts.keys(_PREFIX))

    def __len__(self) -> int:
        return len(texts.keys(_PREFIX))


CLI: Mapping[str, Text] = _CliTexts()
