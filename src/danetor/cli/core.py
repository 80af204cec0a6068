"""The parts every ``danetor`` subcommand shares: the parser, argument types, output, prompts and ``main()``.

Parsing is argparse, from the standard library: it imports in a few milliseconds, and start-up matters for a command
run many times a day. Only the subcommand named on the command line is built in full; the others are one-line
stubs that are enough for ``danetor --help``. The interactive prompts use questionary, imported only when a prompt is
actually shown. The rule engine is imported only by the commands that decide, so ``danetor --help`` touches neither.

Exit codes: 0 on success; 2 for bad input (one line on stderr, never a traceback); 130 on Ctrl-C, or Ctrl-D at a
prompt; 1 when the output cannot be written.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import os
import re
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from decimal import Decimal, InvalidOperation
from typing import IO, Any

from .. import __version__
from ..errors import DanetorError, InvalidInput

__all__ = [
    "COMMANDS",
    "Context",
    "Out",
    "UsageError",
    "build_parser",
    "default_lang",
    "main",
    "run",
    "use_color",
]

ANSWER_CHOICES = "yes, no, unknown, да, нет, не знаю"

#: Every subcommand, in ``--help`` order, and the module (in this package) that builds and runs it. Each module
#: has ``add_<name>(ctx)``, which adds the subparser with all its arguments and sets its ``handler``.
COMMANDS: dict[str, str] = {
    "ask": "decide",
    "script": "scripts",
    "channel": "decide",
    "failure": "decide",
    "boiling": "forms",
    "kam": "forms",
    "temperament": "forms",
    "archetype": "forms",
    "audit": "forms",
    "playbook": "forms",
    "texts": "forms",
}


class UsageError(DanetorError):
    """Bad command-line input: shown as one line (already prefixed with the command), exit code 2."""

    def show(self, file: IO[str] | None = None) -> None:
        print(" ".join(str(self).split()), file=file or sys.stderr)


class _Parser(argparse.ArgumentParser):
    """argparse, but errors are one line with no usage dump, raised instead of exiting."""

    options_title = "options"
    positionals_title = "positional arguments"

    def __init__(self, *args: Any, parents: Sequence[argparse.ArgumentParser] = (), **kwargs: Any) -> None:
        # no abbreviated flags: `--la ru` would otherwise be read as --lang by argparse but not by _prescan
        kwargs.setdefault("allow_abbrev", False)
        super().__init__(*args, **kwargs)
        # titles first, parents after: argparse files a parent's options under a group of the same title, so
        # the shared --lang lands among this parser's options in every language
        self._optionals.title = self.options_title
        self._positionals.title = self.positionals_title
        for parent in parents:
            self._add_container_actions(parent)
            self._defaults.update(parent._defaults)

    def error(self, message: str):  # type: ignore[override]
        raise UsageError(f"{self.prog}: {message}")

    def _get_values(self, action: argparse.Action, arg_strings: list[str]) -> Any:
        # Python 3.11 turns `--flag=--` into an empty value without calling the type: refuse it like any bad value
        if arg_strings == ["--"] and action.nargs in (None, argparse.OPTIONAL):
            name = "/".join(action.option_strings) or action.metavar or action.dest
            self.error(f"argument {name}: expected a value, not --")
        return super()._get_values(action, arg_strings)


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


def _prescan(argv: Sequence[str]) -> tuple[str | None, str | None]:
    """The --lang value and the subcommand, read before the parser exists: the help text itself is in that
    language, and only that subcommand is built in full."""
    lang = command = None
    skip = False
    for i, arg in enumerate(argv):
        if skip:
            skip = False
            continue
        value = None
        if arg == "--lang":
            skip = True
            if i + 1 < len(argv):
                value = argv[i + 1]
        elif arg.startswith("--lang="):
            value = arg.split("=", 1)[1]
        elif command is None and not arg.startswith("-"):
            command = arg
        if value is not None and value.strip().lower() in ("ru", "en"):
            lang = value.strip().lower()
    return lang, command


# -- argument types --------------------------------------------------------------------------------------------


class BadValue(argparse.ArgumentTypeError):
    """A bad value for an argument type: in English for the one-line error (``str()``), and in the prompt's
    language under a prompt (:meth:`text`). *key* names the text in ``CLI``; *fields* fill it."""

    def __init__(self, key: str, **fields: str) -> None:
        self.key, self.fields = key, fields
        super().__init__(self.text("en"))

    def text(self, lang: str) -> str:
        return _texts()[self.key](lang).format(**self.fields)


def nonblank(value: str) -> str:
    if not value.strip():
        raise BadValue("bad_blank")
    return value


_GROUPED = re.compile(r"[0-9]{1,3}(,[0-9]{3})+(\.[0-9]+)?")  # 1,000 or 1,000,000.50: commas group thousands
_DECIMAL_COMMA = re.compile(r"[0-9]+,[0-9]{1,2}")  # 1500,50: a decimal comma, as Russian writes it


def _number(value: str) -> int | Decimal | None:
    """A number as people type it ("15000", "15 000", "1,000", "1500.50", "1500,50"), exactly, or ``None`` when
    *value* is words. A number that is not finite ("nan", "inf") raises :class:`BadValue`."""
    text = value.replace(" ", "").replace("\u00a0", "").replace("\u202f", "")
    if _GROUPED.fullmatch(text):
        text = text.replace(",", "")
    elif _DECIMAL_COMMA.fullmatch(text):
        text = text.replace(",", ".")
    try:
        number = Decimal(text)
    except InvalidOperation:
        return None
    if not number.is_finite():
        raise BadValue("bad_not_finite", value=value)
    return int(number) if number == number.to_integral_value() else number


def price(value: str) -> int | Decimal | str:
    """A positive amount ("15000", "15 000", "1,000", "1500,50") becomes an exact number; words ("by agreement")
    are kept as typed."""
    nonblank(value)
    number = _number(value)
    if number is not None and number <= 0:
        raise BadValue("bad_price", value=value)
    return value if number is None else number


def hours(value: str) -> int | Decimal | str:
    """A positive number of hours becomes an exact number; words ("two days of a designer") are kept as typed."""
    nonblank(value)
    number = _number(value)
    if number is not None and number <= 0:
        raise BadValue("bad_hours", value=value)
    return value if number is None else number


def completer(values: Callable[[], Iterable[str]]) -> Callable[..., list[str]]:
    """An argcomplete completer for an argument whose values come from the library: *values* is called only when
    the shell asks for completions, so building the parser imports nothing more."""

    def complete(prefix: str = "", **_: Any) -> list[str]:
        return [v for v in values() if v.startswith(prefix)]

    return complete


def choice(allowed: Iterable[str], *, aliases: Mapping[str, str] | None = None) -> Callable[[str], str]:
    """A case-insensitive choice among *allowed* (``-`` and ``_`` are the same); *aliases* map other words to one."""
    allowed = tuple(allowed)
    aliases = {k.lower(): v for k, v in (aliases or {}).items()}

    def parse(value: str) -> str:
        key = " ".join(value.lower().split()).replace("-", "_")
        for option in allowed:
            if key == option.lower().replace("-", "_"):
                return option
        if key in aliases:
            return aliases[key]
        shown = ", ".join(option.replace("_", "-") for option in allowed)
        raise BadValue("bad_choice", value=value, allowed=shown)

    parse.values = tuple(option.replace("_", "-") for option in allowed)  # type: ignore[attr-defined]
    return parse


def _complete_choices(parser: argparse.ArgumentParser) -> None:
    """Give every argument whose type lists its values (``choice()``) a completer for them, in every subparser."""
    for action in parser._actions:
        values = getattr(action.type, "values", None)
        if values is not None and not hasattr(action, "completer"):
            action.completer = completer(lambda values=values: values)  # type: ignore[attr-defined]
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                _complete_choices(sub)


# -- the parser ------------------------------------------------------------------------------------------------


class Context:
    """What a command module needs to add its subparser: the texts in the chosen language, the formatter, the
    shared ``--lang`` option, and the subparsers action to add to."""

    def __init__(self, lang: str, sub: argparse._SubParsersAction, common: _Parser, formatter: type) -> None:
        from ..playbooks.cli import CLI

        self.lang = lang
        self.texts = CLI
        self.sub = sub
        self.common = common
        self.formatter = formatter

    def t(self, key: str) -> str:
        return self.texts[key](self.lang)

    def command(self, parent: argparse._SubParsersAction, name: str, key: str | None = None) -> _Parser:
        """A subparser with its help line, description, examples (``<key>_description``, ``<key>_epilog`` when
        they exist) and a translated ``-h/--help``."""
        key = key or name
        parser = parent.add_parser(
            name,
            help=self.t(key),
            description=self.t(f"{key}_description") if f"{key}_description" in self.texts else self.t(key),
            epilog=self.t(f"{key}_epilog") if f"{key}_epilog" in self.texts else None,
            formatter_class=self.formatter,
            parents=[self.common],
            add_help=False,
        )
        parser.add_argument("-h", "--help", action="help", help=self.t("help"))
        return parser

    def json_flag(self, parser: argparse.ArgumentParser) -> None:
        parser.add_argument("--json", action="store_true", help=self.t("json"))


def build_parser(lang: str, only: str | None = None) -> _Parser:
    """The ``danetor`` parser in *lang*. With *only* (a subcommand name, or ``""`` for none), only that subcommand
    is built in full and the others are stubs (their help line only); with ``None``, every subcommand is built."""
    from ..playbooks.cli import CLI

    def t(key: str) -> str:
        return CLI[key](lang)

    class fmt(argparse.RawDescriptionHelpFormatter):
        def add_usage(self, usage, actions, groups, prefix=None):
            return super().add_usage(usage, actions, groups, prefix=t("usage") if prefix is None else prefix)

    _Parser.options_title = t("options")
    _Parser.positionals_title = t("positionals")
    common = _Parser(add_help=False)
    common.add_argument("--lang", type=str.lower, choices=("ru", "en"), default=None, help=t("lang"))

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
    ctx = Context(lang, sub, common, fmt)
    for name, module in COMMANDS.items():
        if only is None or only == name:
            getattr(importlib.import_module(f"{__package__}.{module}"), f"add_{name}")(ctx)
        else:
            sub.add_parser(name, help=t(name), add_help=False)
    return parser


# -- output ----------------------------------------------------------------------------------------------------


class Out:
    """Where output goes, and whether it may be coloured."""

    def __init__(self, stream: IO[str], color: bool) -> None:
        self.stream = stream
        self.color = color

    def style(self, text: str, code: str) -> str:
        return f"\x1b[{code}m{text}\x1b[0m" if self.color else text

    def line(self, text: str = "") -> None:
        print(text, file=self.stream)

    def json(self, document: Any) -> None:
        import json

        self.line(json.dumps(document, ensure_ascii=False))

    def explained(self, text: str) -> None:
        """An ``explain()`` text: its first line as a heading, the rest as it is."""
        lines = text.splitlines()
        if lines:
            self.line(self.style(lines[0], "1"))
        for line in lines[1:]:
            self.line(line)

    def result(self, model: Any, lang: str, *, as_json: bool) -> int:
        """A library result: its JSON document, or its ``explain(lang)`` text. Returns the exit code, 0."""
        if as_json:
            self.json(model.model_dump(mode="json"))
        else:
            self.explained(model.explain(lang))
        return 0

    def message(self, title: str, text: str) -> None:
        """A message to send, set apart by rules, unindented so that it pastes as is."""
        self.line()
        self.line(self.style(f"── {title} " + "─" * max(0, 56 - len(title)), "2"))
        self.line(text)
        self.line(self.style("─" * 60, "2"))


def usage_error(command: str, exc: InvalidInput, flags: Mapping[str, str] | None = None) -> UsageError:
    """A library :class:`InvalidInput` as a one-line CLI error naming the flag instead of the argument."""
    flags = flags or {}
    flag = flags.get(exc.argument, "--" + exc.argument.replace("_", "-"))
    detail = str(exc).removeprefix(f"{exc.argument}: ")
    return UsageError(f"danetor {command}: {flag}: {detail}")


# -- prompts ---------------------------------------------------------------------------------------------------


def interactive(stdin: IO[str]) -> bool:
    isatty = getattr(stdin, "isatty", None)
    return bool(isatty and isatty())


def need_prompt(args: argparse.Namespace, stdin: IO[str], command: str, missing: str) -> None:
    """Raise the one-line error for input that is missing and cannot be asked for (``--json``, or stdin is not a
    terminal); return when it can be asked."""
    if getattr(args, "json", False):
        raise UsageError(f"danetor {command}: --json needs every input as a flag; missing {missing}")
    if not interactive(stdin):
        raise UsageError(
            f"danetor {command}: missing {missing}; stdin is not a terminal, so it cannot be asked"
        )


def _texts():
    from ..playbooks.cli import CLI

    return CLI


def ask_text(
    prompt: str, lang: str, *, required: bool = True, parse: Callable[[str], Any] | None = None
) -> Any:
    """Ask for one line of text. A required answer must not be blank; *parse* (an argument type) checks it as the
    flag would, and its message is shown under the prompt. A blank optional answer gives ``None``."""
    import questionary

    cli = _texts()

    def validate(value: str) -> bool | str:
        if not value.strip():
            return True if not required else cli["not_blank"](lang)
        if parse is not None:
            try:
                parse(value)
            except BadValue as exc:
                return exc.text(lang)
            except argparse.ArgumentTypeError as exc:
                return str(exc)
        return True

    answer = questionary.text(prompt, validate=validate, **_screen()).unsafe_ask()
    if not answer.strip():
        return None
    return parse(answer) if parse is not None else answer


def _prompt_stream() -> IO[str]:
    """Where prompts are drawn: the terminal. When stdout is redirected (``danetor script no > msg.txt``) but
    stderr is still the terminal, prompts go to stderr, and stdout gets only the result."""
    return sys.stderr if not sys.stdout.isatty() and sys.stderr.isatty() else sys.stdout


def _screen() -> dict[str, Any]:
    """The prompt library's output for :func:`_prompt_stream` (its own default when that is stdout)."""
    if _prompt_stream() is sys.stderr:
        from prompt_toolkit.output import create_output

        return {"output": create_output(stdout=sys.stderr)}
    return {}


def say(text: str) -> None:
    """Help shown between prompts, on the same screen as the prompts."""
    print(text, file=_prompt_stream())


def ask_price_or_hours(lang: str) -> dict[str, Any]:
    """Ask for what an extra is usually worth: the price (which may be skipped), then the hours (which may be
    skipped only when a price was given). Returns ``{"price": …, "hours": …}``."""
    cli = _texts()
    amount = ask_text(cli["ask_price_optional"](lang), lang, required=False, parse=price)
    key = "ask_hours" if amount is not None else "ask_hours_required"
    return {"price": amount, "hours": ask_text(cli[key](lang), lang, required=amount is None, parse=hours)}


def confirm(prompt: str, lang: str, *, default: bool = True) -> bool:
    """A yes/no question, answered in the prompt's language (a choice, so «да» and «нет» read as they should)."""
    cli = _texts()
    options = [(cli["choice_yes"](lang), True), (cli["choice_no"](lang), False)]
    return bool(select(prompt, options, lang, default=default))


def select(prompt: str, options: Sequence[tuple[str, Any]], lang: str, *, default: Any = None) -> Any:
    import questionary

    choices = [questionary.Choice(label, value=value) for label, value in options]
    chosen = next((c for c in choices if default is not None and c.value == default), None)
    return questionary.select(
        prompt, choices=choices, default=chosen, instruction=_texts()["instruction"](lang), **_screen()
    ).unsafe_ask()


def checkbox(prompt: str, options: Sequence[tuple[str, Any]], lang: str) -> list[Any]:
    import questionary

    choices = [questionary.Choice(label, value=value) for label, value in options]
    return list(
        questionary.checkbox(
            prompt, choices=choices, instruction=_texts()["instruction_checkbox"](lang), **_screen()
        ).unsafe_ask()
    )


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
        lang, command = _prescan(argv)
        lang = lang or default_lang(environ)
        if "_ARGCOMPLETE" in os.environ:  # the shell asks for completions (README: shell completion)
            import argcomplete

            full = build_parser(lang, only=None)
            _complete_choices(full)
            argcomplete.autocomplete(full)  # prints them and exits
        # only the subcommand named is built in full; with none (``danetor --help``), none is
        parser = build_parser(lang, only=command or "")
        try:
            with contextlib.redirect_stdout(stdout):  # argparse prints --help/--version to sys.stdout
                args = parser.parse_args(argv)
        except SystemExit as exc:  # --help and --version print, then "exit" 0
            return int(exc.code or 0)
        if args.command is None:
            raise UsageError(
                f"danetor: missing COMMAND; use one of: {', '.join(COMMANDS)} (danetor --help says more)"
            )
        lang = args.lang or lang
        out = Out(stdout, use_color(stdout, environ))
        try:
            return args.handler(args, lang, out, stdin)
        except InvalidInput as exc:  # a library check on a value the parser let through: name the command
            raise UsageError(f"danetor {args.command}: {exc}") from None
    except (KeyboardInterrupt, EOFError):  # Ctrl-C, or Ctrl-D at a prompt: the user stopped
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
    except OSError as exc:  # the output cannot be written (a full disk, /dev/full)
        print(f"danetor: cannot write the output: {exc.strerror or exc}", file=stderr)
        return 1


def run() -> None:
    """Console-script entry point."""
    sys.exit(main())
