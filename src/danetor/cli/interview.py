"""``danetor interview``: an interview plan from the source's method (``--block``, ``--minutes``), its printable
sheet (``--sheet``), and ``danetor interview score``, the candidate's archetype profile from the traits ticked in
each block (as flags, or ticked at the prompt, one list per block)."""

from __future__ import annotations

import argparse
import shutil
from typing import IO

from ..errors import InvalidInput
from .core import (
    BadValue,
    Context,
    Out,
    UsageError,
    checkbox,
    choice,
    completer,
    need_prompt,
    usage_error,
)


def _block_ids() -> tuple[str, ...]:
    from ..interview import BLOCK_IDS

    return BLOCK_IDS


def positive_minutes(value: str) -> int:
    """A positive whole number of minutes."""
    text = value.strip()
    if not text.isdigit() or int(text) <= 0:
        raise BadValue("bad_minutes", value=value)
    return int(text)


def traits(value: str) -> list[str]:
    """Traits as the sheet numbers them or by id, separated by commas: ``14,17`` or ``blue-bird.expert,3``."""
    from ..interview import TRAIT_NUMBERS
    from ..rules.interview import InterviewTrait

    out: list[str] = []
    for part in value.replace(" ", "").split(","):
        if not part:
            continue
        key = part.lower().replace("-", "_")
        if key.isdigit() and 1 <= int(key) <= len(TRAIT_NUMBERS):
            out.append(list(TRAIT_NUMBERS)[int(key) - 1].value)
        elif key in {t.value for t in InterviewTrait}:
            out.append(key)
        else:
            raise BadValue("bad_trait", value=part, high=str(len(TRAIT_NUMBERS)))
    if not out:
        raise BadValue("bad_no_trait", value=value)
    return out


def _trait_ids() -> list[str]:
    from ..rules.interview import InterviewTrait

    return [t.value.replace("_", "-") for t in InterviewTrait]


def _flag(block_id: str) -> str:
    return "--" + block_id.replace("_", "-")


def add_interview(ctx: Context) -> None:
    from ..interview import BLOCK_IDS

    t = ctx.t
    parser = ctx.command(ctx.sub, "interview")
    parser.add_argument(
        "--block", action="append", type=choice(BLOCK_IDS), metavar="BLOCK", help=t("flag_interview_block")
    )
    parser.add_argument("--minutes", type=positive_minutes, metavar="N", help=t("flag_minutes"))
    form = parser.add_mutually_exclusive_group()
    form.add_argument("--json", action="store_true", help=t("json"))
    form.add_argument("--sheet", action="store_true", help=t("flag_sheet"))
    actions = parser.add_subparsers(
        dest="action", metavar="ACTION", title=t("commands"), parser_class=type(parser)
    )
    score = ctx.command(actions, "score", "interview_score")
    from ..rules.interview import BLOCKS
    from ..text import Text

    for number, block in enumerate(BLOCKS, 1):
        flag = score.add_argument(
            _flag(block.id),
            dest=f"seen_{block.id}",
            action="append",
            type=traits,
            metavar="TRAITS",
            help=t("flag_traits").format(number=number, title=Text.of(block.key("title"))(ctx.lang)),
        )
        flag.completer = completer(_trait_ids)  # type: ignore[attr-defined]  # argcomplete's
    score.add_argument("--none", dest="nothing", action="store_true", help=t("flag_none_traits"))
    ctx.json_flag(score)
    parser.set_defaults(handler=cmd_interview)


def cmd_interview(args: argparse.Namespace, lang: str, out: Out, stdin: IO[str]) -> int:
    if args.action == "score":
        plan_flags = [
            f for f, v in (("--block", args.block), ("--minutes", args.minutes), ("--sheet", args.sheet)) if v
        ]
        if plan_flags:
            raise UsageError("danetor interview", "err_plan_flags", flags=", ".join(plan_flags))
        return _score(args, lang, out, stdin)
    from ..interview import interview_plan

    try:
        plan = interview_plan(args.block, args.minutes, lang=lang)
    except InvalidInput as exc:
        raise usage_error("interview", exc, {"blocks": "--block", "minutes": "--minutes"}) from None
    if args.sheet:
        from ..playbooks.document import to_terminal
        from ..playbooks.interview_sheet import sheet

        width = shutil.get_terminal_size((100, 24)).columns
        doc = sheet({q.id for q in plan.questions})
        out.ours(to_terminal(doc, lang, color=out.color, width=min(width, 100) - 2))
        return 0
    return out.result(plan, lang, as_json=args.json)


def _score(args: argparse.Namespace, lang: str, out: Out, stdin: IO[str]) -> int:
    from ..interview import score_interview
    from ..playbooks.cli import CLI
    from ..playbooks.interview import trait_line
    from ..rules.interview import BLOCKS
    from ..text import Text

    given = {b.id: getattr(args, f"seen_{b.id}") for b in BLOCKS}
    seen = {block: [t for part in parts for t in part] for block, parts in given.items() if parts is not None}
    if args.nothing and seen:
        flags = ", ".join(_flag(b) for b in seen)
        raise UsageError("danetor interview score", "err_none_conflict", flags=flags)
    if not args.nothing and not seen:
        need_prompt(args, stdin, "interview score", CLI["missing_traits"])
        for number, block in enumerate(BLOCKS, 1):
            prompt = CLI["pick_traits"](lang).format(number=number, title=Text.of(block.key("title"))(lang))
            seen[block.id] = checkbox(prompt, [(trait_line(t)(lang), t.value) for t in block.traits], lang)
    try:
        result = score_interview(seen)
    except InvalidInput as exc:  # pragma: no cover - the flags' type already checks every trait
        raise usage_error("interview score", exc) from None
    return out.result(result, lang, as_json=args.json)
