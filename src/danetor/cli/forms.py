"""The playbooks in the terminal: ``danetor boiling``, ``kam``, ``temperament``, ``archetype``, ``audit`` and
``playbook list|show``.

Each form takes its inputs as flags (for scripts, with ``--json``) or, when they are missing and stdin is a terminal,
asks for them: a list to tick, a choice, or one statement at a time. Input that is missing and cannot be asked for is a
one-line error naming the flags, never a silent default.
"""

from __future__ import annotations

import argparse
import re
import shutil
from collections.abc import Callable
from typing import IO

from ..errors import InvalidInput
from .core import (
    BadValue,
    Context,
    Out,
    UsageError,
    checkbox,
    completer,
    confirm,
    enum_choice,
    need_prompt,
    select,
    usage_error,
)

_DIGITS = re.compile(r"[0-9]+")


def numbers(low: int, high: int) -> Callable[[str], list[int]]:
    """An argument type for lists of numbers in *low*..*high*: ``"1,4,9"``, ``"3-5"``, ``"1-3, 7"``."""

    def parse(value: str) -> list[int]:
        out: list[int] = []
        for part in value.replace(" ", "").split(","):
            if not part:
                continue
            first, dash, last = part.partition("-")
            if not _DIGITS.fullmatch(first) or (dash and not _DIGITS.fullmatch(last)):
                raise BadValue("err_numbers_bad", value=value, low=low, high=high)
            a, b = int(first), int(last) if dash else int(first)
            for n in (a, b):
                if not low <= n <= high:
                    raise BadValue("err_numbers_outside", value=value, n=n, low=low, high=high)
            if b < a:
                raise BadValue("err_numbers_backwards", value=value, a=a, b=b)
            out.extend(range(a, b + 1))
        if not out:
            raise BadValue("err_numbers_none", value=value, low=low, high=high)
        return out

    return parse


def _none_flag(parser: argparse.ArgumentParser, dest: str, ctx: Context, key: str) -> None:
    parser.add_argument("--none", dest=dest, action="store_true", help=ctx.t(key))


def _numbers_option(parser: argparse.ArgumentParser, ctx: Context, flag: str, high: int, key: str) -> None:
    """A repeatable list-of-numbers flag (1..*high*) and its ``--none`` (``<flag>_none``), as the self-assessments
    take their answers; help texts ``flag_<flag>`` and ``flag_none_<key>``."""
    parser.add_argument(
        f"--{flag}", action="append", type=numbers(1, high), metavar="NUMBERS", help=ctx.t(f"flag_{flag}")
    )
    _none_flag(parser, f"{flag}_none", ctx, f"flag_none_{key}")


def _numbers_given(args: argparse.Namespace, command: str, flag: str) -> list[int] | None:
    """The numbers given with ``--<flag>`` (all its uses together), ``[]`` for ``--none``, or ``None`` when
    neither was given (then they are asked for)."""
    given = getattr(args, flag)
    chosen = None if given is None else [n for part in given for n in part]
    if getattr(args, f"{flag}_none"):
        if chosen:
            raise _conflict(command, f"--{flag}")
        return []
    return chosen


def _conflict(command: str, flags: str) -> UsageError:
    return UsageError(f"danetor {command}", "err_none_conflict", flags=flags)


# -- boiling ---------------------------------------------------------------------------------------------------

_SIGNALS = ("irritation", "avoids_meetings", "short_late_replies")


def add_boiling(ctx: Context) -> None:
    from ..playbooks.boiling import SIGNAL_LABELS

    parser = ctx.command(ctx.sub, "boiling")
    for signal in _SIGNALS:
        parser.add_argument(
            "--" + signal.replace("_", "-"), action="store_true", help=SIGNAL_LABELS[signal](ctx.lang)
        )
    _none_flag(parser, "no_signs", ctx, "flag_none_signs")
    ctx.json_flag(parser)
    parser.set_defaults(handler=cmd_boiling)


def cmd_boiling(args: argparse.Namespace, lang: str, out: Out, stdin: IO[str]) -> int:
    from ..boiling import boiling_check
    from ..playbooks.boiling import SIGNAL_QUESTIONS
    from ..playbooks.cli import CLI

    observed = {signal: getattr(args, signal) for signal in _SIGNALS}
    flags = ", ".join("--" + s.replace("_", "-") for s in _SIGNALS)
    if args.no_signs and any(observed.values()):
        raise _conflict("boiling", flags)
    if not args.no_signs and not any(observed.values()):
        need_prompt(args, stdin, "boiling", CLI["missing_signs"].format(flags=flags))
        ticked = checkbox(CLI["pick_signs"](lang), [(SIGNAL_QUESTIONS[s](lang), s) for s in _SIGNALS], lang)
        observed = {signal: signal in ticked for signal in _SIGNALS}
    advice = boiling_check(**observed)
    return out.result(advice, lang, as_json=args.json)


# -- kam -------------------------------------------------------------------------------------------------------


def add_kam(ctx: Context) -> None:
    parser = ctx.command(ctx.sub, "kam")
    from ..kam import ATTRACTIVENESS_WORDS, RELATIONSHIP_WORDS

    parser.add_argument(
        "--attractiveness",
        type=enum_choice("danetor.rules.kam:Attractiveness", shown=tuple(ATTRACTIVENESS_WORDS)),
        metavar="high|low",
        help=ctx.t("flag_attractiveness"),
    )
    parser.add_argument(
        "--relationship",
        type=enum_choice("danetor.rules.kam:Relationship", shown=tuple(RELATIONSHIP_WORDS)),
        metavar="strong|weak",
        help=ctx.t("flag_relationship"),
    )
    ctx.json_flag(parser)
    parser.set_defaults(handler=cmd_kam)


def cmd_kam(args: argparse.Namespace, lang: str, out: Out, stdin: IO[str]) -> int:
    from ..kam import kam_quadrant
    from ..playbooks.cli import CLI
    from ..playbooks.kam import ATTRACTIVENESS_VALUES, RELATIONSHIP_VALUES

    values = {"attractiveness": args.attractiveness, "relationship": args.relationship}
    labels = {"attractiveness": ATTRACTIVENESS_VALUES, "relationship": RELATIONSHIP_VALUES}
    missing = [name for name, value in values.items() if value is None]
    if missing:
        allowed = {"attractiveness": "high, low", "relationship": "strong, weak"}
        need_prompt(args, stdin, "kam", ", ".join(f"--{name} ({allowed[name]})" for name in missing))
    for name in missing:
        values[name] = select(
            CLI[f"pick_{name}"](lang), [(text(lang), key) for key, text in labels[name].items()], lang
        )
    advice = kam_quadrant(**values)
    return out.result(advice, lang, as_json=args.json)


# -- temperament -----------------------------------------------------------------------------------------------


def add_temperament(ctx: Context) -> None:
    parser = ctx.command(ctx.sub, "temperament")
    name = parser.add_argument(
        "name",
        nargs="?",
        type=enum_choice("danetor.temperament:Temperament"),
        metavar="TEMPERAMENT",
        help=ctx.t("flag_temperament"),
    )
    name.completer = completer(_temperaments)  # type: ignore[attr-defined]  # argcomplete's
    ctx.json_flag(parser)
    parser.set_defaults(handler=cmd_temperament)


def _temperaments() -> list[str]:
    from ..temperament import Temperament

    return [t.value for t in Temperament]


def cmd_temperament(args: argparse.Namespace, lang: str, out: Out, stdin: IO[str]) -> int:
    from ..playbooks.cli import CLI
    from ..playbooks.temperament import TEMPERAMENTS
    from ..temperament import temperament_advice

    name = args.name
    if name is None:
        need_prompt(args, stdin, "temperament", f"TEMPERAMENT ({', '.join(TEMPERAMENTS)})")
        name = select(
            CLI["pick_temperament"](lang),
            [(text.name(lang), key) for key, text in TEMPERAMENTS.items()],
            lang,
        )
    try:
        advice = temperament_advice(name)
    except InvalidInput as exc:
        raise usage_error("temperament", exc, {"temperament": "TEMPERAMENT"}) from None
    return out.result(advice, lang, as_json=args.json)


# -- archetype -------------------------------------------------------------------------------------------------


def add_archetype(ctx: Context) -> None:
    from ..archetypes import STATEMENT_IDS

    parser = ctx.command(ctx.sub, "archetype")
    _numbers_option(parser, ctx, "agree", len(STATEMENT_IDS), "agree")
    ctx.json_flag(parser)
    parser.set_defaults(handler=cmd_archetype)


def cmd_archetype(args: argparse.Namespace, lang: str, out: Out, stdin: IO[str]) -> int:
    from ..archetypes import STATEMENT_IDS, assess_archetype
    from ..playbooks.cli import CLI
    from ..rules.archetypes import STATEMENTS
    from ..text import Text

    agreed = _numbers_given(args, "archetype", "agree")
    if agreed is not None:
        ids = {STATEMENT_IDS[n - 1] for n in agreed}
    else:
        need_prompt(
            args, stdin, "archetype", CLI["missing_numbers"].format(flag="agree", n=len(STATEMENT_IDS))
        )
        texts = {s.id: Text.of(s.text) for s in STATEMENTS}
        ids = set()
        for n, statement in enumerate(STATEMENT_IDS, 1):
            prompt = CLI["statement_n"](lang).format(
                n=n, total=len(STATEMENT_IDS), text=texts[statement](lang)
            )
            if confirm(prompt, lang, default=False):
                ids.add(statement)
    assessment = assess_archetype(ids)
    return out.result(assessment, lang, as_json=args.json)


# -- audit -----------------------------------------------------------------------------------------------------


def add_audit(ctx: Context) -> None:
    parser = ctx.command(ctx.sub, "audit")
    _numbers_option(parser, ctx, "kept", 30, "kept")
    ctx.json_flag(parser)
    parser.set_defaults(handler=cmd_audit)


def cmd_audit(args: argparse.Namespace, lang: str, out: Out, stdin: IO[str]) -> int:
    from ..playbooks.cli import CLI
    from ..playbooks.rules30 import GROUP_TITLES, RULES30, RuleGroup
    from ..rules30 import audit_rules

    kept = _numbers_given(args, "audit", "kept")
    if kept is None:
        need_prompt(args, stdin, "audit", CLI["missing_numbers"].format(flag="kept", n=30))
        kept = []
        for group in RuleGroup:
            rules = [r for r in RULES30 if r.group is group]
            kept += checkbox(
                CLI["pick_kept"](lang).format(group=GROUP_TITLES[group](lang)),
                [(f"{r.number}. {r.text(lang)}", r.number) for r in rules],
                lang,
            )
    audit = audit_rules(kept)
    return out.result(audit, lang, as_json=args.json)


# -- playbook --------------------------------------------------------------------------------------------------


def add_playbook(ctx: Context) -> None:
    t = ctx.t
    playbook = ctx.command(ctx.sub, "playbook")
    actions = playbook.add_subparsers(
        dest="action", metavar="ACTION", title=t("commands"), parser_class=type(playbook)
    )
    listing = ctx.command(actions, "list", "playbook_list")
    ctx.json_flag(listing)
    show = ctx.command(actions, "show", "playbook_show")
    name = show.add_argument("name", nargs="?", metavar="NAME", help=t("flag_playbook"))
    name.completer = completer(_playbook_names)  # type: ignore[attr-defined]  # argcomplete's
    form = show.add_mutually_exclusive_group()
    form.add_argument("--json", action="store_true", help=t("json"))
    form.add_argument("--markdown", action="store_true", help=t("flag_markdown"))
    playbook.set_defaults(handler=cmd_playbook)


def _playbook_names() -> tuple[str, ...]:
    from ..playbooks import catalog

    return catalog.names()


def cmd_playbook(args: argparse.Namespace, lang: str, out: Out, stdin: IO[str]) -> int:
    from ..playbooks import catalog
    from ..playbooks.document import to_markdown, to_terminal

    if args.action is None:
        raise UsageError("danetor playbook", "err_missing_value", name="ACTION", choices="list, show")
    if args.action == "list":
        docs = [catalog.document(name) for name in catalog.names()]
        if args.json:
            from ..outputs import PlaybookEntry

            out.json([PlaybookEntry(name=d.id, title=d.title).model_dump(mode="json") for d in docs])
            return 0
        width = max(len(d.id) for d in docs)
        for d in docs:
            out.line(f"{out.style(d.id.ljust(width), '1')}  {d.title(lang)}")
        return 0
    name = args.name
    if name is None:
        need_prompt(args, stdin, "playbook show", f"NAME ({', '.join(catalog.names())})")
        from ..playbooks.cli import CLI

        options = [(f"{n}: {catalog.document(n).title(lang)}", n) for n in catalog.names()]
        name = select(CLI["pick_playbook"](lang), options, lang)
    try:
        doc = catalog.document(name)
    except InvalidInput as exc:
        raise UsageError("danetor playbook show", error=exc, names={"name": "NAME"}) from None
    if args.json:
        out.json(doc.model_dump(mode="json"))
    elif args.markdown:
        out.ours(to_markdown(doc, lang))
    else:
        width = shutil.get_terminal_size((100, 24)).columns
        out.ours(to_terminal(doc, lang, color=out.color, width=min(width, 100) - 2))
    return 0


# -- texts -----------------------------------------------------------------------------------------------------


def add_texts(ctx: Context) -> None:
    from ..texts import KINDS

    t = ctx.t
    parser = ctx.command(ctx.sub, "texts")
    prefix = parser.add_argument("prefix", nargs="?", default="", metavar="PREFIX", help=t("flag_prefix"))
    prefix.completer = completer(_text_topics)  # type: ignore[attr-defined]  # argcomplete's
    parser.add_argument("--kind", choices=KINDS, default=None, help=t("flag_kind"))
    ctx.json_flag(parser)
    parser.set_defaults(handler=cmd_texts)


def _text_topics() -> tuple[str, ...]:
    from ..texts import topics

    return topics()


def cmd_texts(args: argparse.Namespace, lang: str, out: Out, stdin: IO[str]) -> int:
    """Every text under PREFIX: key, kind and both versions (a translator needs both, whatever --lang is)."""
    from .. import texts

    prefix = args.prefix.strip()
    found = [e for e in texts.entries(prefix) if args.kind is None or e.kind == args.kind]
    if not found and not any(e.key.startswith(prefix) for e in texts.entries(prefix)):
        raise UsageError("danetor texts", "texts_none", prefix=prefix, topics=", ".join(texts.topics()))
    if args.json:  # each item as danetor.outputs.TextEntry describes it (built as a dict: no pydantic here)
        out.json([{"key": e.key, "kind": e.kind, "ru": e.ru, "en": e.en} for e in found])
        return 0
    for e in found:
        out.line(f"{out.style(e.key, '1')}  {out.style(e.kind, '2')}")
        for code, text in (("ru", e.ru), ("en", e.en)):
            first, *rest = text.split("\n")
            out.line(f"  {code}  {first}")
            for line in rest:
                out.line(f"      {line}")
    return 0
