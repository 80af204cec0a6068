"""The ``danetor`` command.

Parsing is argparse, from the standard library: it imports in a few milliseconds, and start-up matters for a command
run many times a day. The interactive prompts use questionary, imported only when a prompt is actually shown. The
rule engine is imported only by the commands that decide, so ``danetor --help`` touches neither.

Exit codes: 0 on success; 2 for bad input (one line on stderr, never a traceback); 130 on Ctrl-C.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import sys
from collections.abc import Mapping, Sequence
from typing import IO, Any

from . import __version__
from .errors import DanetorError, InvalidInput

__all__ = ["main", "run", "default_lang", "use_color"]

QUESTION_IDS = ("client", "company", "eba")
ANSWER_CHOICES = "yes, no, unknown, да, нет, не знаю"


class UsageError(DanetorError):
    """Bad command-line input: shown as one line (already prefixed with the command), exit code 2."""

    def show(self, file: IO[str] | None = None) -> None:
        print(" ".join(str(self).split()), file=file or sys.stderr)


class _Parser(argparse.ArgumentParser):
    """argparse, but errors are one line with no usage dump, raised instead of exiting."""

    options_title = "options"

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._optionals.title = self.options_title

    def error(self, message: str):  # type: ignore[override]
        raise UsageError(f"{self.prog}: {message}")


# -- environment -----------------------------------------------------------------------------------------------


def default_lang(environ: Mapping[str, str] | None = None) -> str:
    """``ru`` when the first set of LC_ALL, LC_MESSAGES, LANG starts with ``ru``; otherwise ``en``."""
    environ = os.environ if environ is None else environ
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(var)
        if value:
            return "ru" if value.lower().startswith("ru") else "en"
    return "en"


def use_color(stream: IO[str], environ: Mapping[str, str] | None = None) -> bool:
    """Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org) or TERM is dumb."""
    environ = os.environ if environ is None else environ
    if environ.get("NO_COLOR"):
        return False
    if environ.get("TERM") == "dumb":
        return False
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


def _prescan_lang(argv: Sequence[str]) -> str | None:
    """The --lang value, read before the parser exists (the help text itself is in that language)."""
    for i, arg in enumerate(argv):
        value = None
        if arg == "--lang" and i + 1 < len(argv):
            value = argv[i + 1]
        elif arg.startswith("--lang="):
            value = arg.split("=", 1)[1]
        if value is not None and value.strip().lower() in ("ru", "en"):
            return value.strip().lower()
    return None


# -- parser ----------------------------------------------------------------------------------------------------


def _answer(flag: str):
    def parse(value: str):
        from .decision import ANSWER_WORDS

        answer = ANSWER_WORDS.get(" ".join(value.lower().split()))
        if answer is None:
            raise argparse.ArgumentTypeError(f'"{value}" is not allowed; use one of: {ANSWER_CHOICES}')
        return answer

    parse.__name__ = flag
    return parse


def _nonblank(value: str) -> str:
    if not value.strip():
        raise argparse.ArgumentTypeError("must not be blank")
    return value


def _number(value: str) -> int | float | None:
    try:
        number = float(value.replace(" ", "").replace("\u00a0", "").replace(",", "."))
    except ValueError:
        return None
    if number != number or number in (float("inf"), float("-inf")):
        return None
    return int(number) if number.is_integer() else number


def _price(value: str) -> int | float | str:
    """A number ("15000", "15 000", "1500.50") becomes a number; anything else is kept as typed."""
    _nonblank(value)
    number = _number(value)
    if number is not None and number < 0:
        raise argparse.ArgumentTypeError("must not be negative")
    return value if number is None else number


def _hours(value: str) -> int | float:
    number = _number(value)
    if number is None or number <= 0:
        raise argparse.ArgumentTypeError(f'"{value}" is not allowed; use a positive number of hours')
    return number


def build_parser(lang: str) -> _Parser:
    from .playbooks.cli import CLI

    def t(key: str) -> str:
        return CLI[key](lang)

    class fmt(argparse.RawDescriptionHelpFormatter):
        def add_usage(self, usage, actions, groups, prefix=None):
            return super().add_usage(usage, actions, groups, prefix=t("usage") if prefix is None else prefix)

    _Parser.options_title = t("options")
    common = _Parser(add_help=False)
    common.add_argument("--lang", choices=("ru", "en"), default=None, help=t("lang"))

    parser = _Parser(
        prog="danetor",
        description=t("description"),
        epilog=t("epilog"),
        formatter_class=fmt,
        parents=[common],
        add_help=False,
    )
    parser.add_argument("-h", "--help", action="help", help=t("help"))
    parser.add_argument("--version", action="version", version=f"danetor {__version__}", help=t("version"))
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", title=t("commands"), parser_class=_Parser)

    ask = sub.add_parser(
        "ask",
        help=t("ask"),
        description=t("ask_description"),
        epilog=t("ask_epilog"),
        formatter_class=fmt,
        parents=[common],
        add_help=False,
    )
    ask.add_argument("-h", "--help", action="help", help=t("help"))
    for q in QUESTION_IDS:
        ask.add_argument(f"--{q}", type=_answer(f"--{q}"), metavar="ANSWER", help=t(f"flag_{q}"))
    ask.add_argument("--request", type=_nonblank, metavar="TEXT", help=t("flag_request"))
    ask.add_argument("--reason", type=_nonblank, metavar="TEXT", help=t("flag_reason"))
    ask.add_argument("--alternative", type=_nonblank, metavar="TEXT", help=t("flag_alternative"))
    kind = ask.add_mutually_exclusive_group()
    kind.add_argument("--free", dest="free", action="store_const", const=True, help=t("flag_free"))
    kind.add_argument("--paid", dest="free", action="store_const", const=False, help=t("flag_paid"))
    ask.add_argument("--service", type=_nonblank, metavar="TEXT", help=t("flag_service"))
    ask.add_argument("--price", type=_price, metavar="AMOUNT", help=t("flag_price"))
    ask.add_argument("--hours", type=_hours, metavar="N", help=t("flag_hours"))
    ask.add_argument("--name", type=_nonblank, metavar="NAME", help=t("flag_name"))
    ask.add_argument("--brief", action="store_true", help=t("flag_brief"))
    ask.add_argument("--json", action="store_true", help=t("json"))
    ask.set_defaults(handler=cmd_ask)

    channel = sub.add_parser(
        "channel",
        help=t("channel"),
        description=t("channel_description"),
        epilog=t("channel_epilog"),
        formatter_class=fmt,
        parents=[common],
        add_help=False,
    )
    channel.add_argument("-h", "--help", action="help", help=t("help"))
    channel.add_argument("situation", nargs="?", metavar="SITUATION", help=t("flag_situation"))
    channel.add_argument("--difficult", action="store_true", help=t("flag_difficult"))
    channel.add_argument("--json", action="store_true", help=t("json"))
    channel.set_defaults(handler=cmd_channel)

    failure = sub.add_parser(
        "failure",
        help=t("failure"),
        description=t("failure_description"),
        epilog=t("failure_epilog"),
        formatter_class=fmt,
        parents=[common],
        add_help=False,
    )
    failure.add_argument("-h", "--help", action="help", help=t("help"))
    failure.add_argument("--fault", type=_fault, metavar="ours|third-party", help=t("flag_fault"))
    failure.add_argument("--client-knows", action="store_true", help=t("flag_client_knows"))
    for name in ("what-happened", "fix", "compensation", "prevention"):
        failure.add_argument(
            f"--{name}", type=_nonblank, metavar="TEXT", help=t("flag_" + name.replace("-", "_"))
        )
    failure.add_argument("--json", action="store_true", help=t("json"))
    failure.set_defaults(handler=cmd_failure)

    playbook = sub.add_parser(
        "playbook",
        help=t("playbook"),
        description=t("playbook_description"),
        epilog=t("playbook_epilog"),
        formatter_class=fmt,
        parents=[common],
        add_help=False,
    )
    playbook.add_argument("-h", "--help", action="help", help=t("help"))
    actions = playbook.add_subparsers(
        dest="action", metavar="ACTION", title=t("commands"), parser_class=_Parser
    )
    listing = actions.add_parser("list", help=t("playbook_list"), parents=[common], add_help=False)
    listing.add_argument("-h", "--help", action="help", help=t("help"))
    listing.add_argument("--json", action="store_true", help=t("json"))
    show = actions.add_parser("show", help=t("playbook_show"), parents=[common], add_help=False)
    show.add_argument("-h", "--help", action="help", help=t("help"))
    show.add_argument("name", metavar="NAME", help=t("flag_playbook"))
    form = show.add_mutually_exclusive_group()
    form.add_argument("--json", action="store_true", help=t("json"))
    form.add_argument("--markdown", action="store_true", help=t("flag_markdown"))
    playbook.set_defaults(handler=cmd_playbook)
    return parser


def _fault(value: str):
    normalised = value.strip().lower().replace("-", "_")
    if normalised not in ("ours", "third_party"):
        raise argparse.ArgumentTypeError(f'"{value}" is not allowed; use one of: ours, third-party')
    return normalised


# -- output helpers --------------------------------------------------------------------------------------------


class Out:
    """Where output goes, and whether it may be coloured."""

    def __init__(self, stream: IO[str], color: bool) -> None:
        self.stream = stream
        self.color = color

    def style(self, text: str, code: str) -> str:
        return f"\x1b[{code}m{text}\x1b[0m" if self.color else text

    def line(self, text: str = "") -> None:
        print(text, file=self.stream)


_VERDICT_STYLE = {"accept": ("✔", "1;32"), "refuse": ("✘", "1;31"), "undecided": ("?", "1;33")}


def _print_decision(out: Out, decision, lang: str) -> None:
    from .playbooks.cli import CLI
    from .rules.danetor import ANSWER_LABELS, QUESTIONS

    out.line(out.style(CLI["title"](lang), "1"))
    width = max(len(q.short(lang)) for q in QUESTIONS)
    for q in QUESTIONS:
        out.line(f"  {q.short(lang).ljust(width)}  {ANSWER_LABELS[decision.answers[q.id]](lang)}")
    out.line()
    parts = decision.explanation(lang)
    mark, code = _VERDICT_STYLE[decision.verdict.value]
    out.line(out.style(f"{mark} {parts.verdict}", code))
    out.line(parts.why)
    if parts.clarify:
        out.line(out.style(parts.clarify, "1"))
    out.line(parts.change)


def _print_message(out: Out, title: str, text: str) -> None:
    """The message, set apart by rules, unindented so that it pastes as is."""
    rule = "─" * 60
    out.line()
    out.line(out.style(f"── {title} " + "─" * max(0, 56 - len(title)), "2"))
    out.line(text)
    out.line(out.style(rule, "2"))


# -- interactive -----------------------------------------------------------------------------------------------


def _interactive(stdin: IO[str]) -> bool:
    isatty = getattr(stdin, "isatty", None)
    return bool(isatty and isatty())


def _ask_question(question, n: int, lang: str):
    import questionary

    from .playbooks.cli import CLI
    from .rules.danetor import Answer

    choices = [
        questionary.Choice(CLI["choice_yes"](lang), value=Answer.YES),
        questionary.Choice(CLI["choice_no"](lang), value=Answer.NO),
        questionary.Choice(CLI["choice_unknown"](lang), value=Answer.UNKNOWN),
        questionary.Choice(CLI["choice_help"](lang), value="help"),
    ]
    header = CLI["question_n"](lang).format(n=n, total=len(QUESTION_IDS))
    while True:
        value = questionary.select(
            f"{header}. {question.text(lang)}",
            choices=choices,
            instruction=CLI["instruction"](lang),
        ).unsafe_ask()
        if value != "help":
            return value
        print("\n" + question.help(lang) + "\n")


def _ask_text(key: str, lang: str) -> str:
    import questionary

    from .playbooks.cli import CLI

    return questionary.text(
        CLI[key](lang), validate=lambda s: bool(s.strip()) or CLI["not_blank"](lang)
    ).unsafe_ask()


def _confirm(key: str, lang: str) -> bool:
    import questionary

    from .playbooks.cli import CLI

    return bool(questionary.confirm(CLI[key](lang), default=True).unsafe_ask())


# -- commands --------------------------------------------------------------------------------------------------


def cmd_ask(args: argparse.Namespace, lang: str, out: Out, stdin: IO[str]) -> int:
    from .decision import check
    from .rules.danetor import QUESTIONS

    answers: dict[str, Any] = {q: getattr(args, q) for q in QUESTION_IDS}
    missing = [q for q in QUESTION_IDS if answers[q] is None]
    asked = False
    if missing:
        flags = ", ".join(f"--{q}" for q in missing)
        if args.json:
            raise UsageError(
                f"danetor ask: --json needs every answer as a flag; missing {flags} ({ANSWER_CHOICES})"
            )
        if not _interactive(stdin):
            raise UsageError(
                f"danetor ask: missing {flags} ({ANSWER_CHOICES}); stdin is not a terminal, so they cannot be asked"
            )
        for n, question in enumerate(QUESTIONS, 1):
            if answers[question.id] is None:
                answers[question.id] = _ask_question(question, n, lang)
        asked = True
    decision = check(**answers)

    message = None
    wants_message = any(
        getattr(args, name) is not None
        for name in ("request", "reason", "alternative", "free", "service", "price", "hours")
    )
    if wants_message:
        message = _respond(decision, args, lang)
    elif asked and not args.json:
        _print_decision(out, decision, lang)
        out.line()
        message = _interactive_message(decision, args, lang)
        if message is not None:
            _print_message(out, _message_title(message, lang), message.text)
        return 0

    if args.json:
        document = {
            "decision": decision.model_dump(mode="json"),
            "message": None if message is None else message.model_dump(mode="json"),
        }
        out.line(json.dumps(document, ensure_ascii=False))
        return 0
    _print_decision(out, decision, lang)
    if message is not None:
        _print_message(out, _message_title(message, lang), message.text)
    return 0


def _respond(decision, args: argparse.Namespace, lang: str, **overrides: Any):
    from .scripts import respond

    values = {
        "request": args.request,
        "reason": args.reason,
        "alternative": args.alternative,
        "free": args.free,
        "service": args.service,
        "price": args.price,
        "hours": args.hours,
        "client": args.name,
        "tone": "brief" if args.brief else "standard",
    }
    values.update(overrides)
    flags = {"client": "--name", "free": "--free/--paid"}
    try:
        return respond(decision, lang=lang, **values)
    except InvalidInput as exc:
        flag = flags.get(exc.argument, "--" + exc.argument.replace("_", "-"))
        detail = str(exc).removeprefix(f"{exc.argument}: ")
        raise UsageError(f"danetor ask: {flag}: {detail}") from None


def _message_title(message, lang: str) -> str:
    from .playbooks.cli import CLI

    return CLI["note" if message.audience == "manager" and message.kind == "clarify_note" else "message"](
        lang
    )


def _interactive_message(decision, args: argparse.Namespace, lang: str):
    """Offer the right draft for the verdict, asking only for what the message needs."""
    verdict = decision.verdict.value
    if verdict == "refuse":
        if not _confirm("offer_refusal", lang):
            return None
        return _respond(
            decision,
            args,
            lang,
            request=_ask_text("ask_request", lang),
            reason=_ask_text("ask_reason", lang),
            alternative=_ask_text("ask_alternative", lang),
        )
    if verdict == "accept":
        if not _confirm("offer_extra", lang):
            return None
        return _respond(
            decision,
            args,
            lang,
            free=True,
            service=_ask_text("ask_service", lang),
            price=_price(_ask_text("ask_price", lang)),
        )
    if not _confirm("offer_clarify", lang):
        return None
    return _respond(decision, args, lang, audience="client")


def _select(key: str, options: list[tuple[str, Any]], lang: str) -> Any:
    import questionary

    from .playbooks.cli import CLI

    choices = [questionary.Choice(label, value=value) for label, value in options]
    return questionary.select(
        CLI[key](lang), choices=choices, instruction=CLI["instruction"](lang)
    ).unsafe_ask()


def cmd_channel(args: argparse.Namespace, lang: str, out: Out, stdin: IO[str]) -> int:
    from .channels import Situation, as_situation, channel_for
    from .playbooks.channels import SITUATION_LABELS
    from .playbooks.cli import CLI

    if args.situation is None:
        allowed = ", ".join(s.value for s in Situation)
        if args.json or not _interactive(stdin):
            raise UsageError(f"danetor channel: missing SITUATION; use one of: {allowed}")
        situation = _select("pick_situation", [(SITUATION_LABELS[s](lang), s) for s in Situation], lang)
    else:
        situation = as_situation(args.situation, "SITUATION")
    advice = channel_for(situation)
    checklists = advice.checklists_for(difficult_client=args.difficult)
    if args.json:
        document = {
            "advice": advice.model_dump(mode="json"),
            "checklists": [c.model_dump(mode="json") for c in checklists],
        }
        out.line(json.dumps(document, ensure_ascii=False))
        return 0
    lines = advice.explain(lang).splitlines()
    out.line(lines[0])
    out.line(out.style(lines[1], "1"))
    for line in lines[2:]:
        out.line(line)
    for checklist in checklists:
        out.line()
        out.line(out.style(f"{CLI['checklist'](lang)}: {checklist.title(lang)}", "1"))
        for item in checklist.items:
            out.line(f"  [ ] {item(lang)}")
    return 0


def cmd_failure(args: argparse.Namespace, lang: str, out: Out, stdin: IO[str]) -> int:
    from .failure import failure_plan
    from .playbooks.cli import CLI

    fault = args.fault
    if fault is None:
        if args.json or not _interactive(stdin):
            raise UsageError("danetor failure: missing --fault; use one of: ours, third-party")
        fault = _select(
            "pick_fault",
            [(CLI["fault_ours"](lang), "ours"), (CLI["fault_third_party"](lang), "third_party")],
            lang,
        )
    plan = failure_plan(
        fault,
        lang=lang,
        client_knows=args.client_knows,
        what_happened=args.what_happened,
        fix=args.fix,
        compensation=args.compensation,
        prevention=args.prevention,
    )
    if args.json:
        out.line(json.dumps(plan.model_dump(mode="json"), ensure_ascii=False))
        return 0
    text = plan.text.splitlines()
    out.line(out.style(text[0], "1") if text else "")
    for line in text[1:]:
        out.line(line)
    return 0


def cmd_playbook(args: argparse.Namespace, lang: str, out: Out, stdin: IO[str]) -> int:
    from .playbooks import catalog
    from .playbooks.document import to_markdown, to_terminal

    if args.action is None:
        raise UsageError("danetor playbook: missing ACTION; use one of: list, show")
    if args.action == "list":
        docs = [catalog.document(name) for name in catalog.names()]
        if args.json:
            out.line(
                json.dumps([{"name": d.id, "title": d.title.model_dump()} for d in docs], ensure_ascii=False)
            )
            return 0
        width = max(len(d.id) for d in docs)
        for d in docs:
            out.line(f"{out.style(d.id.ljust(width), '1')}  {d.title(lang)}")
        return 0
    try:
        doc = catalog.document(args.name)
    except InvalidInput as exc:
        raise UsageError(f"danetor playbook show: NAME: {str(exc).removeprefix('name: ')}") from None
    if args.json:
        out.line(json.dumps(doc.model_dump(mode="json"), ensure_ascii=False))
    elif args.markdown:
        out.stream.write(to_markdown(doc, lang))
    else:
        width = shutil.get_terminal_size((100, 24)).columns
        out.stream.write(to_terminal(doc, lang, color=out.color, width=min(width, 100) - 2))
    return 0


# -- entry points ----------------------------------------------------------------------------------------------


def main(
    argv: Sequence[str] | None = None,
    *,
    stdout: IO[str] | None = None,
    stderr: IO[str] | None = None,
    stdin: IO[str] | None = None,
    environ: Mapping[str, str] | None = None,
) -> int:
    """Run the command; return the exit code (never raises for bad input or Ctrl-C)."""
    argv = list(sys.argv[1:] if argv is None else argv)
    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    stdin = stdin or sys.stdin
    environ = os.environ if environ is None else environ
    try:
        lang = _prescan_lang(argv) or default_lang(environ)
        parser = build_parser(lang)
        try:
            with contextlib.redirect_stdout(stdout):  # argparse prints --help/--version to sys.stdout
                args = parser.parse_args(argv)
        except SystemExit as exc:  # --help and --version print, then "exit" 0
            return int(exc.code or 0)
        if args.command is None:
            parser.print_help(stderr)
            return 2
        lang = args.lang or lang
        out = Out(stdout, use_color(stdout, environ))
        return args.handler(args, lang, out, stdin)
    except KeyboardInterrupt:
        print(file=stderr)
        return 130
    except DanetorError as exc:
        exc.show(stderr)
        return exc.exit_code
    except ValueError as exc:  # pydantic ValidationError and friends: still one line, still 2
        print(f"danetor: {' '.join(str(exc).split())}", file=stderr)
        return 2
    except BrokenPipeError:  # e.g. `danetor ... | head`
        return 0


def run() -> None:
    """Console-script entry point."""
    sys.exit(main())
