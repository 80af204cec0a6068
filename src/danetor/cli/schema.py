"""``danetor schema [NAME]``: the JSON Schema of a ``--json`` output or of a saved tracker record, exactly as the
package ships it (:mod:`danetor.schemas`); without NAME, every name and what it describes."""

from __future__ import annotations

import argparse
from typing import IO

from .core import Context, Out, choice, completer


def _names() -> tuple[str, ...]:
    from ..schemas import names

    return names()


def add_schema(ctx: Context) -> None:
    parser = ctx.command(ctx.sub, "schema")
    name = parser.add_argument(
        "name", nargs="?", type=choice(_names()), metavar="NAME", help=ctx.t("flag_schema")
    )
    name.completer = completer(_names)  # type: ignore[attr-defined]  # argcomplete's
    parser.set_defaults(handler=cmd_schema)


def cmd_schema(args: argparse.Namespace, lang: str, out: Out, stdin: IO[str]) -> int:
    from .. import schemas

    if args.name is None:
        width = max(len(name) for name in schemas.names())
        for name in schemas.names():
            out.line(f"{out.style(name.ljust(width), '1')}  {schemas.title(name)}")
        return 0
    out.stream.write(schemas.text(args.name))
    return 0
