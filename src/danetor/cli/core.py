"""The parts every ``danetor`` subcommand shares: the parser, argument types, output, prompts and ``main()``.

Parsing is argparse, from the standard library: it imports in a few milliseconds, and start-up matters for a command
run many times a day. Only the subcommand named on the command line is built in full; the others are one-line
stubs that are enough for ``danetor --help``. The interactive prompts use questionary, imported only when a prompt is
actually shown. The rule engine is imported only by the commands that decide, so ``danetor --help`` touches neither.

A company policy (issue 18) is applied to the whole run: ``--policy FILE`` on the command line, or else the
``DANETOR_POLICY`` environment variable. It is read before the parser is built, so that ``danetor ask`` has a flag
for each of the policy's questions and every text is the company's; a file that fails its checks is one error line,
exit 2, and nothing runs. A flag still beats the policy, and the policy beats the book.

Exit codes: 0 on success; 2 for bad input (one line on stderr, never a traceback); 130 on Ctrl-C, or Ctrl-D at a
prompt; 1 when the output cannot be written.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import io
import os
import re
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from decimal import Decimal
from enum import StrEnum
from typing import IO, Any, NoReturn, TextIO, cast

from .. import __version__
from ..errors import DanetorError, InvalidInput, printable, shown
from ..text import Text
from ._argparse_i18n import language
from ._suggest import closest

__all__ = [
    "COMMANDS",
    "Context",
    "Out",
    "UsageError",
    "build_parser",
    "default_lang",
    "main",
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
    "interview": "interview",
    "playbook": "forms",
    "texts": "forms",
    "policy": "policy",
    "schema": "schema",
}

#: the environment variable that names a company policy file (the option --policy beats it)
POLICY_ENV = "DANETOR_POLICY"


class UsageError(DanetorError):
    """Bad command-line input: one line, ``<prog>: <message>``, in the user's language; exit code 2.

    The message is one of three things, so that nothing ever parses English text:

    * a ``cli.*`` text, *key*, filled with *fields* (a field that is a text is read in the same language);
    * a library error, *error* (:class:`InvalidInput`), worded by the library, its arguments renamed to the flags
      the user typed (*names*);
    * a message argparse made, *raw*, already in the language the parser was run in.
    """

    def __init__(
        self,
        prog: str,
        key: str | None = None,
        *,
        error: InvalidInput | None = None,
        names: Mapping[str, str] | None = None,
        raw: str | None = None,
        **fields: Any,
    ) -> None:
        self.prog, self.key, self.error, self.names, self.raw, self.fields = (
            prog,
            key,
            error,
            names,
            raw,
            fields,
        )
        super().__init__(self.render("en"))

    def render(self, lang: str = "en") -> str:
        if self.raw is not None:
            body = self.raw
        elif self.error is not None:
            body = self.error.render(lang, self.names)
        else:
            assert self.key is not None, "a UsageError has a key, an error or a raw message"
            values = {k: _field(k, v, lang) for k, v in self.fields.items()}
            body = _texts()[self.key](lang).format(**values)
        return printable(" ".join(f"{self.prog}: {body}".split()))  # a typed value reaches no terminal raw

    def show(self, file: IO[str] | None = None, lang: str = "en") -> None:
        print(self.render(lang), file=file or sys.stderr)


def _flag_name(action: argparse.Action) -> str:
    return "/".join(action.option_strings) or str(action.metavar or action.dest)


class _Parser(argparse.ArgumentParser):
    """argparse, but errors are one line with no usage dump, raised instead of exiting, in the user's language;
    and a mistyped subcommand, option or value gets a "did you mean" (:mod:`danetor.cli._suggest`)."""

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

    def error(self, message: str) -> NoReturn:
        raise UsageError(self.prog, raw=message)

    def _get_values(self, action: argparse.Action, arg_strings: list[str]) -> Any:
        # Python 3.11 turns `--flag=--` into an empty value without calling the type: refuse it like any bad value
        if arg_strings == ["--"] and action.nargs in (None, argparse.OPTIONAL):
            raise UsageError(self.prog, "err_dashdash", argument=_flag_name(action))
        return super()._get_values(action, arg_strings)

    def _suggest(
        self,
        value: str,
        candidates: Sequence[str],
        *,
        choices: str = "err_choices",
        listed: str | None = None,
    ) -> dict[str, Any]:
        """The "did you mean" part as fields of a message: the close names, or when nothing is close, the allowed
        values (*listed*, or else the candidates)."""
        found = closest(value, candidates)
        shown = listed if listed is not None else ", ".join(dict.fromkeys(candidates))
        return {"tail": Text.build(lambda lang: _suggestion(found, shown, choices, self.prog, lang))}

    # a mistyped subcommand, or a value argparse checks against choices= (such as --lang)
    def _check_value(self, action: argparse.Action, value: Any) -> None:
        choices = action.choices
        if choices is None or value in choices:
            return
        names = [str(c) for c in choices]
        if isinstance(action, argparse._SubParsersAction):
            raise UsageError(
                self.prog,
                "err_unknown_command_tail",
                value=value,
                **self._suggest(value, names, choices="err_commands"),
            )
        raise UsageError(
            self.prog,
            "err_bad_choice_tail",
            argument=_flag_name(action),
            value=value,
            **self._suggest(value, names),
        )

    # a bad value of one of our types: argparse wraps its ArgumentTypeError; take the facts back, name the flag
    def _get_value(self, action: argparse.Action, arg_string: str) -> Any:
        try:
            return super()._get_value(action, arg_string)
        except argparse.ArgumentError as exc:
            cause = exc.__context__
            if isinstance(cause, BadValue):
                if cause.key == "bad_choice":
                    raise UsageError(
                        self.prog,
                        "err_bad_choice_tail",
                        argument=_flag_name(action),
                        value=cause.fields["value"],
                        **self._suggest(
                            cause.fields["value"], cause.candidates, listed=cause.fields["allowed"]
                        ),
                    ) from None
                raise UsageError(
                    self.prog, "err_bad_value", argument=_flag_name(action), detail=cause.as_text()
                ) from None
            raise

    # a mistyped option (or a stray word), refused by the parser it was given to: its prog names the subcommand
    def parse_known_args(
        self, args: Iterable[str] | None = None, namespace: Any = None
    ) -> tuple[Any, list[str]]:
        namespace, extras = super().parse_known_args(args, namespace)
        if extras:
            word = extras[0]
            if word.startswith("-") and len(word) > 1:
                options = [o for o in self._option_string_actions if o.startswith("--") or len(o) == 2]
                typed = word.split("=", 1)[0]
                found = closest(typed, options)
                raise UsageError(
                    self.prog,
                    "err_unknown_option_tail",
                    value=typed,
                    tail=Text.build(
                        lambda lang: (
                            _suggestion(found, "", "", self.prog, lang)
                            if found
                            else _texts()["err_see_help"](lang).format(prog=self.prog)
                        )
                    ),
                )
            raise UsageError(self.prog, "err_extra_argument", value=word)
        return namespace, extras


def _suggestion(found: Sequence[str], shown: str, choices: str, prog: str, lang: str) -> str:
    """ "; did you mean X?" for the close names *found*; else, with *choices* (a text key), the list *shown*."""
    cli = _texts()
    if found:
        return cli["err_did_you_mean"](lang).format(closest=cli["err_or"](lang).join(found))
    if choices:
        return cli[choices](lang).format(choices=shown)
    return ""


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


def _prescan(argv: Sequence[str]) -> tuple[str | None, str | None, str | None]:
    """The --lang value, the subcommand and the --policy file, read before the parser exists: the help text itself
    is in that language, only that subcommand is built in full, and the policy is in force while it is built."""
    lang = command = policy = None
    skip = False
    for i, arg in enumerate(argv):
        if skip:
            skip = False
            continue
        value = None
        if arg in ("--lang", "--policy"):
            skip = True
            if i + 1 < len(argv):
                value = argv[i + 1]
        elif arg.startswith(("--lang=", "--policy=")):
            value = arg.split("=", 1)[1]
        elif command is None and not arg.startswith("-"):
            command = arg
        if arg.startswith("--policy"):
            policy = value if value is not None else policy
        elif value is not None and value.strip().lower() in ("ru", "en"):
            lang = value.strip().lower()
    return lang, command, policy


def policy_path(given: str | None, environ: Mapping[str, str]) -> str | None:
    """The policy file to apply: the one given with --policy, else the one DANETOR_POLICY names, else none."""
    if given:
        return given
    return environ.get(POLICY_ENV) or None


# -- argument types --------------------------------------------------------------------------------------------


def _field(name: str, value: Any, lang: str) -> Any:
    """A field of an error text in *lang*: a text in the language; the user's own value bounded and escaped."""
    if isinstance(value, Text):
        return value(lang)
    if name == "value" and isinstance(value, str):
        return shown(value)
    return value


class BadValue(argparse.ArgumentTypeError):
    """A bad value for one of our argument types: a ``cli.*`` text (*key*) and its *fields*. The parser turns it
    into a one-line error in the user's language naming the flag; under a prompt it is shown in the prompt's
    language (:meth:`text`). *candidates* are the names a "did you mean" may suggest (for a choice)."""

    def __init__(self, key: str, candidates: Sequence[str] = (), **fields: Any) -> None:
        self.key, self.fields, self.candidates = key, fields, tuple(candidates)
        super().__init__(self.text("en"))

    def text(self, lang: str) -> str:
        values = {k: _field(k, v, lang) for k, v in self.fields.items()}
        return _texts()[self.key](lang).format(**values)

    def as_text(self) -> Text:
        return Text.build(self.text)


def nonblank(value: str) -> str:
    if not value.strip():
        raise BadValue("bad_blank")
    return value


_GROUPED = re.compile(r"[0-9]{1,3}(,[0-9]{3})+(\.[0-9]+)?")  # 1,000 or 1,000,000.50: commas group thousands
_DECIMAL_COMMA = re.compile(r"[0-9]+,[0-9]{1,2}")  # 1500,50: a decimal comma, as Russian writes it


def _number(value: str) -> int | Decimal | None:
    """A number as people type it ("15000", "15 000", "1,000", "1500.50", "1500,50", "1e3"), exactly, or ``None``
    when *value* is words. A number that is not finite ("nan", "inf"), not positive, 10¹⁵ or more, or has more
    than two decimal places raises :class:`BadValue` naming the limit; all of that is read off the text before
    any conversion (:func:`danetor.numbers.parse_typed`), so no argument, however written, costs more than its
    length."""
    from ..numbers import NumberError, parse_typed

    text = value.replace(" ", "").replace("\u00a0", "").replace("\u202f", "")
    if _GROUPED.fullmatch(text):
        text = text.replace(",", "")
    elif _DECIMAL_COMMA.fullmatch(text):
        text = text.replace(",", ".")
    try:
        number = parse_typed(text)
    except NumberError as exc:
        raise BadValue(f"bad_number_{exc.problem.value}", value=value) from None
    if number is None:
        return None
    return int(number) if number == number.to_integral_value() else number


def price(value: str) -> int | Decimal | str:
    """A positive amount ("15000", "15 000", "1,000", "1500,50") becomes an exact number; words ("by agreement")
    are kept as typed."""
    nonblank(value)
    number = _number(value)
    return value if number is None else number


def hours(value: str) -> int | Decimal:
    """A positive number of hours ("6", "1,5", "1.5") becomes an exact number; anything else («три», "0", "inf") is
    refused with the value named: hours are counted, and the message says the number."""
    nonblank(value)
    try:
        number = _number(value)
    except BadValue as exc:
        if exc.key in ("bad_number_too_large", "bad_number_too_precise"):
            raise  # the limit is the news
        number = None
    if number is None or number <= 0:
        raise BadValue("bad_hours", value=value) from None
    return number


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
        shown = [option.replace("_", "-") for option in allowed]
        raise BadValue("bad_choice", [*shown, *aliases], value=value, allowed=", ".join(shown))

    parse.values = tuple(option.replace("_", "-") for option in allowed)  # type: ignore[attr-defined]  # completion
    return parse


class enum_choice:  # used like a function: type=enum_choice(Fault)
    """An argument type for a member of an enum, read by the library's one normaliser
    (:func:`danetor.words.as_enum`): the value in any case, hyphens or spaces for underscores, and the enum's other
    words (Russian ones, short forms). A miss is a :class:`BadValue` whose "did you mean" looks at every word the
    enum accepts; *shown* lists the values the error names (by default the enum's values, hyphenated).

    *enum* may be given as ``"module:Name"``, imported on first use, so that building a parser imports no rule
    data the command does not run.
    """

    __name__ = "choice"

    def __init__(self, enum: type[StrEnum] | str, *, shown: Sequence[str] | None = None) -> None:
        self._enum = enum
        self._shown = tuple(shown) if shown is not None else None

    @property
    def enum(self) -> type[StrEnum]:
        if isinstance(self._enum, str):
            module, _, name = self._enum.partition(":")
            enum: type[StrEnum] = getattr(importlib.import_module(module), name)
            self._enum = enum
            return enum
        return self._enum

    @property
    def values(self) -> tuple[str, ...]:
        """The words to complete and to name in an error: *shown*, or else the values, hyphenated."""
        return self._shown or tuple(m.value.replace("_", "-") for m in self.enum)

    def __call__(self, value: str) -> StrEnum:
        from ..words import as_enum, normal, spellings

        try:
            return as_enum(value, self.enum, "value")
        except InvalidInput:
            values = {normal(v) for v in self.values}  # "third_party" is "third-party": suggest it once
            raise BadValue(
                "bad_choice",
                [*self.values, *(w for w in spellings(self.enum) if normal(w) not in values)],
                value=value,
                allowed=", ".join(self._shown or self.values),
            ) from None


def _constant(values: Iterable[str]) -> Callable[[], Iterable[str]]:
    """*values*, when called: what :func:`completer` takes, for values known when the parser is built."""
    return lambda: values


def _complete_choices(parser: argparse.ArgumentParser) -> None:
    """Give every argument whose type lists its values (``choice()``) a completer for them, in every subparser."""
    for action in parser._actions:
        values = getattr(action.type, "values", None)
        if values is not None and not hasattr(action, "completer"):
            action.completer = completer(_constant(values))  # type: ignore[attr-defined]  # argcomplete's
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                _complete_choices(sub)


# -- the parser ------------------------------------------------------------------------------------------------


class Context:
    """What a command module needs to add its subparser: the texts in the chosen language, the formatter, the
    shared ``--lang`` option, and the subparsers action to add to."""

    def __init__(
        self,
        lang: str,
        sub: argparse._SubParsersAction[_Parser],
        common: _Parser,
        formatter: type[argparse.HelpFormatter],
        policy: Any = None,
    ) -> None:
        from ..playbooks.cli import CLI

        #: the company policy in force for this run, or None (what ask adds a flag for each question of)
        self.policy = policy
        self.lang = lang
        self.texts = CLI
        self.sub = sub
        self.common = common
        self.formatter = formatter

    def t(self, key: str) -> str:
        return self.texts[key](self.lang)

    def command(
        self, parent: argparse._SubParsersAction[_Parser], name: str, key: str | None = None
    ) -> _Parser:
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


#: the widest help a command prints, whatever the terminal's width (lines longer than this are hard to read)
HELP_WIDTH = 100


class HelpFormatter(argparse.RawDescriptionHelpFormatter):
    """argparse's help, at most :data:`HELP_WIDTH` columns wide (or the terminal's width, when narrower). A
    description or epilog keeps its own line breaks and its indented lines (the examples, which must stay as
    typed); each of its other lines is wrapped at the width, between words."""

    def __init__(
        self, prog: str, indent_increment: int = 2, max_help_position: int = 24, width: int | None = None
    ):
        import shutil

        if width is None:
            width = shutil.get_terminal_size().columns - 2
        super().__init__(prog, indent_increment, max_help_position, min(width, HELP_WIDTH - 2))

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        import textwrap

        lines = []
        for line in text.splitlines():
            if not line.strip() or line[:1].isspace():
                lines.append(indent + line if line.strip() else "")
            else:
                lines += textwrap.wrap(
                    line, width, initial_indent=indent, subsequent_indent=indent, break_on_hyphens=False
                )
        return "\n".join(lines)


def build_parser(lang: str, only: str | None = None, policy: Any = None) -> _Parser:
    """The ``danetor`` parser in *lang*. With *only* (a subcommand name, or ``""`` for none), only that subcommand
    is built in full and the others are stubs (their help line only); with ``None``, every subcommand is built.
    *policy* is the company policy in force (its questions get their flags)."""
    from ..playbooks.cli import CLI

    def t(key: str) -> str:
        return CLI[key](lang)

    class fmt(HelpFormatter):
        def add_usage(
            self,
            usage: str | None,
            actions: Iterable[argparse.Action],
            groups: Iterable[argparse._MutuallyExclusiveGroup],
            prefix: str | None = None,
        ) -> None:
            return super().add_usage(usage, actions, groups, prefix=t("usage") if prefix is None else prefix)

        def _get_help_string(self, action: argparse.Action) -> str:
            # a help text is ours, with a literal «%» in its examples («скидку 30 %»); argparse would read it as a
            # format: keep only %(name)s fields as fields
            return re.sub(r"%(?!\()", "%%", super()._get_help_string(action) or "")

    _Parser.options_title = t("options")
    _Parser.positionals_title = t("positionals")
    common = _Parser(add_help=False)
    common.add_argument("--lang", type=str.lower, choices=("ru", "en"), default=None, help=t("lang"))
    common.add_argument("--policy", metavar="FILE", default=None, help=t("flag_policy"))

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
    ctx = Context(lang, sub, common, fmt, policy)
    for name, module in COMMANDS.items():
        if only is None or only == name:
            _add_command(ctx, name, module)
        else:  # its help line only; its parser is built if it is ever used (about 0.5 M instructions each)
            sub._choices_actions.append(sub._ChoicesPseudoAction(name, (), t(name)))
            sub._name_parser_map[name] = _Unbuilt(ctx, name, module)  # type: ignore[assignment]  # built on first use
    return parser


def _add_command(ctx: Context, name: str, module: str) -> None:
    getattr(importlib.import_module(f"{__package__}.{module}"), f"add_{name}")(ctx)


class _Unbuilt:
    """A subcommand the command line did not name (as :func:`_prescan` read it): listed with its help line, but
    its parser is only built if argparse does reach it after all, and then in full."""

    def __init__(self, ctx: Context, name: str, module: str) -> None:
        self.ctx, self.name, self.module = ctx, name, module

    def parse_known_args(self, args: Any = None, namespace: Any = None) -> Any:
        sub = self.ctx.sub
        del sub._name_parser_map[self.name]
        sub._choices_actions[:] = [a for a in sub._choices_actions if a.dest != self.name]
        _add_command(self.ctx, self.name, self.module)
        return sub._name_parser_map[self.name].parse_known_args(args, namespace)


# -- output ----------------------------------------------------------------------------------------------------


#: styling as Out.style() writes it: a private-use character stands for ESC "[" until the line is written, so
#: that an ESC in the user's own text can never pass for ours
_MARK = "\ue000"
_STYLED = _MARK + r"[0-9;]*m"  # the patterns here are compiled on first use (re's cache), not at import
#: what may not reach a terminal raw in output: every control character but newline and tab, DEL, the C1
#: controls, lone surrogates and bidirectional overrides (see danetor.errors.UNSAFE, which also escapes newlines)
_TERMINAL_UNSAFE = "[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
#: styling in a text of ours that arrives already rendered (a playbook for the terminal): only SGR sequences pass
_SGR = r"\x1b\[[0-9;]*m"


def _escaped(match: re.Match[str]) -> str:
    return match.group().encode("unicode_escape", "backslashreplace").decode("ascii")


def terminal_safe(text: str) -> str:
    """*text* as it may reach a terminal: newlines and tabs as they are, every other control or escape character
    shown escaped (``\\x1b[2J``, ``\\r``, ``\\x07``), so a user's text can neither clear the screen, retitle the
    window, nor hide what comes before it."""
    return re.sub(_TERMINAL_UNSAFE, _escaped, text)


def terminal_width(stream: IO[str], environ: Mapping[str, str] | None = None) -> int | None:
    """The width of the terminal *stream* writes to (``COLUMNS`` wins, as for every terminal program); ``None``
    when it is not a terminal: then lines are written as they are."""
    isatty = getattr(stream, "isatty", None)
    if not (isatty and isatty()):
        return None
    environ = os.environ if environ is None else environ
    columns = environ.get("COLUMNS", "")
    if columns.isdigit() and int(columns) > 0:
        return int(columns)
    try:
        return os.get_terminal_size(stream.fileno()).columns
    except (AttributeError, OSError, ValueError):
        return None


class Out:
    """The one way the command writes its result. On a terminal every line is wrapped at the terminal's width,
    between words, with the line's indent kept (a word is never broken, a long one runs over), and every control
    or escape character a user's text carries is shown escaped (:func:`terminal_safe`); the message block meant for
    pasting is never wrapped. Anywhere else, text is written as it is: it is data there. ``--json`` goes out as
    UTF-8 bytes, whatever the locale; human text in an encoding that cannot carry it gets replacement characters
    (:func:`tolerant`)."""

    def __init__(self, stream: IO[str], color: bool, width: int | None = None) -> None:
        self.stream = stream
        self.color = color
        self.width = width
        isatty = getattr(stream, "isatty", None)
        self.tty = bool(isatty and isatty())

    def style(self, text: str, code: str) -> str:
        return f"{_MARK}{code}m{text}{_MARK}0m" if self.color else text

    def _write(self, text: str, *, ours: bool = False) -> None:
        """Write *text* and a newline. On a terminal, a user's control characters are escaped first; then the
        styling marks become escape sequences (in *ours*, a text we rendered, its SGR sequences are kept)."""
        if self.tty:
            if ours:
                parts = re.split(_SGR, text)
                styles = re.findall(_SGR, text)
                text = "".join(
                    terminal_safe(p) + (styles[i] if i < len(styles) else "") for i, p in enumerate(parts)
                )
            else:
                text = terminal_safe(text)
        self.stream.write(text.replace(_MARK, "\x1b[") + "\n")

    def line(self, text: str = "") -> None:
        if self.width:
            text = "\n".join(self._wrap(part) for part in text.split("\n"))
        self._write(text)

    def _wrap(self, line: str) -> str:
        width = (
            self.width - 1 if self.width else 0
        )  # one column spare: a line ending on the last column wraps
        plain = re.sub(_STYLED, "", line)
        if len(plain) <= width or width < 20:
            return line
        import textwrap

        indent = " " * (len(plain) - len(plain.lstrip(" ")))
        hanging = indent + ("  " if plain.lstrip().startswith(("- ", "• ", "✔ ", "✘ ", "? ")) else "")
        return textwrap.fill(
            line.lstrip(" "),
            width=width,
            initial_indent=indent,
            subsequent_indent=hanging,
            break_long_words=False,
            break_on_hyphens=False,
        )

    def verbatim(self, text: str = "") -> None:
        """A line written exactly as it is, never wrapped (a message to paste); escaped only on a terminal."""
        self._write(text)

    def ours(self, text: str) -> None:
        """A text we rendered ourselves, styling included (a playbook for the terminal), as it is."""
        self._write(text.rstrip("\n"), ours=True)

    def json(self, document: Any) -> None:
        """One JSON document on one line, as UTF-8 whatever the output's encoding (never lossy)."""
        import json

        data = json.dumps(document, ensure_ascii=False)
        buffer = getattr(self.stream, "buffer", None)
        if buffer is None:  # a text-only stream (the tests' StringIO)
            self.stream.write(data + "\n")
            return
        self.stream.flush()
        buffer.write(data.encode("utf-8") + b"\n")

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
        """A message to send, set apart by rules, unindented and not wrapped, so that it pastes as is."""
        self.line()
        self.line(self.style(f"── {title} " + "─" * max(0, 56 - len(title)), "2"))
        self.verbatim(text)
        self.line(self.style("─" * 60, "2"))


def tolerant(stream: IO[str] | None) -> None:
    """Let *stream* write any text: a character its encoding cannot carry becomes a replacement character (``?``)
    instead of an error. Only for human text; ``--json`` writes UTF-8 bytes (:meth:`Out.json`)."""
    reconfigure = getattr(stream, "reconfigure", None)
    if reconfigure is not None and getattr(stream, "errors", "strict") == "strict":
        try:
            reconfigure(errors="replace")
        except (ValueError, OSError):  # pragma: no cover - a stream already written to in an odd state
            pass


def usage_error(command: str, exc: InvalidInput, flags: Mapping[str, str] | None = None) -> UsageError:
    """A library :class:`InvalidInput` as a one-line CLI error naming the flags instead of the arguments."""
    flags = dict(flags or {})
    for argument in exc.arguments:
        flags.setdefault(argument, "--" + argument.replace("_", "-"))
    return UsageError(f"danetor {command}", error=exc, names=flags)


# -- prompts ---------------------------------------------------------------------------------------------------


def interactive(stdin: IO[str]) -> bool:
    isatty = getattr(stdin, "isatty", None)
    return bool(isatty and isatty())


def need_prompt(args: argparse.Namespace, stdin: IO[str], command: str, missing: str | Text) -> None:
    """Raise the one-line error for input that is missing and cannot be asked for (``--json``, or stdin is not a
    terminal); return when it can be asked. *missing* names the flags (a text when it has words)."""
    if getattr(args, "json", False):
        raise UsageError(f"danetor {command}", "err_json_needs_flags", missing=missing)
    if not interactive(stdin):
        raise UsageError(f"danetor {command}", "err_not_a_terminal", missing=missing)


def _texts() -> Mapping[str, Text]:
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

    answer = _asked(questionary.text(prompt, validate=validate, **_screen()))
    if not answer.strip():
        return None
    return parse(answer) if parse is not None else answer


def _asked(question: Any, *, stop_keys: bool = False) -> Any:
    """Show *question* and return the answer. Ctrl-C, a SIGINT from outside, and Ctrl-D all stop the command
    (exit 130): a text prompt knows them all; a choice or a list to tick is taught the last two here, which it
    would otherwise ignore. While it is shown, a SIGINT raises ``KeyboardInterrupt`` so the prompt gives the
    terminal back first (:class:`danetor.cli._entry.prompting`)."""
    if stop_keys:
        from prompt_toolkit.key_binding import KeyBindings, merge_key_bindings
        from prompt_toolkit.keys import Keys

        keys = KeyBindings()

        @keys.add(Keys.SIGINT, eager=True)
        @keys.add(Keys.ControlD, eager=True)
        def _stop(event: Any) -> None:
            event.app.exit(exception=KeyboardInterrupt, style="class:aborting")

        app = question.application
        app.key_bindings = merge_key_bindings([app.key_bindings, keys]) if app.key_bindings else keys
    entry = sys.modules.get("danetor.cli._entry")
    with entry.prompting() if entry is not None else contextlib.nullcontext():
        return question.unsafe_ask()


def _prompt_stream() -> TextIO:
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
    return _asked(
        questionary.select(
            prompt, choices=choices, default=chosen, instruction=_texts()["instruction"](lang), **_screen()
        ),
        stop_keys=True,
    )


def checkbox(prompt: str, options: Sequence[tuple[str, Any]], lang: str) -> list[Any]:
    import questionary

    choices = [questionary.Choice(label, value=value) for label, value in options]
    return list(
        _asked(
            questionary.checkbox(
                prompt, choices=choices, instruction=_texts()["instruction_checkbox"](lang), **_screen()
            ),
            stop_keys=True,
        )
    )


# -- entry points ----------------------------------------------------------------------------------------------


class _Closed(io.TextIOBase):
    """Where a message goes when its stream is closed (``2>&-``): nowhere."""

    def write(self, text: str) -> int:
        return len(text)


def main(
    argv: Sequence[str] | None = None,
    *,
    stdout: IO[str] | None = None,
    stderr: IO[str] | None = None,
    stdin: IO[str] | None = None,
    environ: Mapping[str, str] | None = None,
) -> int:
    """Run the command; return the exit code (never raises for bad input, Ctrl-C or a stream that fails).

    0 done; 1 the output could not be written (stdout closed or full); 2 bad input; 130 stopped by Ctrl-C, or by
    Ctrl-D at a prompt; 141 the reader went away (a broken pipe, as with ``| head -1``), as a Unix tool killed by
    SIGPIPE exits."""
    argv = list(sys.argv[1:] if argv is None else argv)
    out_stream = sys.stdout if stdout is None else stdout
    # _Closed is a TextIOBase, which serves as an IO[str] (typeshed keeps the two apart)
    err_stream: IO[str] = (sys.stderr if stderr is None else stderr) or cast("IO[str]", _Closed())
    stdin = stdin or sys.stdin
    environ = os.environ if environ is None else environ
    tolerant(err_stream)
    lang = "en"
    try:
        given, *_ = _prescan(argv)
        lang = given or default_lang(environ)
    except Exception:  # noqa: BLE001, S110 - the language is a nicety here; main() reports the real problem below
        pass
    if out_stream is None or getattr(out_stream, "closed", False):  # ``>&-``: Python gives no stdout at all
        _cannot_write(err_stream, lang, _texts()["err_stdout_closed"](lang))
        return 1
    tolerant(out_stream)
    try:
        code = _run(argv, out_stream, err_stream, stdin, environ)
        out_stream.flush()  # a full disk or a gone reader shows here, not at exit
        return code
    except BrokenPipeError:
        _quiet(out_stream)
        return 141
    except (OSError, UnicodeError) as exc:  # a full disk, /dev/full; an encoding that failed after all
        _quiet(out_stream)
        _cannot_write(err_stream, lang, _why_not_written(exc, lang))
        return 1


#: the output failures people meet, worded in the user's language (others keep the system's own words)
_ERRNO_TEXTS = {"ENOSPC": "no_space", "EDQUOT": "no_space", "EIO": "io", "EACCES": "denied", "EPERM": "denied",
                "EROFS": "read_only", "EBADF": "bad_stream"}  # fmt: skip


def _why_not_written(exc: BaseException, lang: str) -> str:
    """Why the output could not be written, in *lang* where we have the words for it."""
    import errno

    if isinstance(exc, UnicodeError):
        return _texts()["err_write_encoding"](lang)
    name = errno.errorcode.get(getattr(exc, "errno", None) or -1, "")
    if name in _ERRNO_TEXTS:
        return _texts()[f"err_write_{_ERRNO_TEXTS[name]}"](lang)
    return printable(getattr(exc, "strerror", None) or str(exc))


def _cannot_write(err: IO[str], lang: str, reason: str) -> None:
    try:
        print(f"danetor: {_texts()['err_cannot_write'](lang).format(reason=reason)}", file=err, flush=True)
    except (OSError, ValueError):  # stderr too is closed, full or gone: the exit code says it
        pass


def _quiet(stream: IO[str]) -> None:
    """After a failed write: nothing more goes to *stream*, not even what its buffer still holds at exit (which
    Python would otherwise report, with a traceback-like message and exit code 120)."""
    try:
        fileno = stream.fileno()
    except (AttributeError, OSError, ValueError, io.UnsupportedOperation):
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, fileno)
    finally:
        os.close(devnull)


def _run(
    argv: list[str], stdout: IO[str], stderr: IO[str], stdin: IO[str], environ: Mapping[str, str]
) -> int:
    """The command itself; errors of the user's making become a line on *stderr* and an exit code here, failures
    of the output stream go up to :func:`main`."""
    lang = "en"
    try:
        given, command, policy_given = _prescan(argv)
        lang = given or default_lang(environ)
        policy = None
        path = policy_path(policy_given, environ) if command != "policy" else None  # `policy` reads its own
        if path is not None:
            from ..policy import Policy

            policy = Policy.load(path)  # a file that fails its checks stops the run here: nothing is applied
        with policy.applied() if policy is not None else contextlib.nullcontext():
            with language(
                lang
            ):  # argparse speaks it too: its titles when the parser is built, its errors after
                if "_ARGCOMPLETE" in os.environ:  # the shell asks for completions (README: shell completion)
                    import argcomplete

                    full = build_parser(lang, only=None, policy=policy)
                    _complete_choices(full)
                    argcomplete.autocomplete(full)  # prints them and exits
                # only the subcommand named is built in full; with none (``danetor --help``), none is
                parser = build_parser(lang, only=command or "", policy=policy)
                printed = (
                    io.StringIO()
                )  # argparse prints --help/--version to sys.stdout, and ignores write errors
                try:
                    with contextlib.redirect_stdout(printed):
                        args = parser.parse_args(argv)
                except SystemExit as exc:  # --help and --version print, then "exit" 0
                    stdout.write(
                        printed.getvalue()
                    )  # through the output layer: a full or closed stdout is seen
                    return int(exc.code or 0)
            if args.command is None:
                raise UsageError("danetor", "err_missing_command", choices=", ".join(COMMANDS))
            lang = args.lang or lang
            args.environ = environ
            args.policy_file = policy_given  # (a subcommand's --policy default hides it)
            out = Out(stdout, use_color(stdout, environ), terminal_width(stdout, environ))
            try:
                return int(args.handler(args, lang, out, stdin))
            except InvalidInput as exc:  # a library check on a value the parser let through: name the command
                raise usage_error(args.command, exc) from None
    except (KeyboardInterrupt, EOFError):  # Ctrl-C, or Ctrl-D at a prompt: the user stopped
        _say(stderr, "")
        return 130
    except (UsageError, DanetorError) as exc:
        _say(stderr, exc.render(lang) if isinstance(exc, UsageError) else f"danetor: {exc.render(lang)}")
        return exc.exit_code
    except (
        UnicodeError
    ):  # an encoding problem is never the user's bad input; it is the output's (see tolerant())
        raise
    except ValueError as exc:  # pydantic ValidationError and friends: still one line, still 2
        _say(stderr, f"danetor: {printable(' '.join(str(exc).split()))}")
        return 2


def _say(stream: IO[str], line: str) -> None:
    """One line on stderr; a stderr that is closed or full loses it, and the exit code still tells."""
    try:
        print(line, file=stream, flush=True)
    except (OSError, ValueError):
        pass
