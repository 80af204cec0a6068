"""``danetor script ACTION``: the message drafts of :mod:`danetor.scripts`, :mod:`danetor.soft_power`,
:mod:`danetor.restart` and :mod:`danetor.expectations`, one action each.

Each action is declared once, as a list of :class:`Field`: that declaration makes its flags, says which inputs are
required, asks for the missing ones in a terminal, and maps a library error back to its flag.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import dataclass
from typing import IO, Any

from ..errors import InvalidInput
from .core import (
    Context,
    Out,
    UsageError,
    ask_price_or_hours,
    ask_text,
    choice,
    enum_choice,
    hours,
    interactive,
    need_prompt,
    nonblank,
    price,
    select,
    usage_error,
)


@dataclass(frozen=True)
class Field:
    """One input of an action: its library keyword, its flag, its help and prompt texts (keys of ``CLI``)."""

    name: str
    flag: str
    help: str
    prompt: str | None = None  # asked in a terminal when missing; None: never asked
    required: bool = False
    parse: Callable[[str], Any] = nonblank
    metavar: str = "TEXT"
    positional: bool = False
    repeat: bool = False  # the flag may be given several times; the values form a list, in order

    @property
    def dest(self) -> str:
        return self.name if self.positional else self.flag.lstrip("-").replace("-", "_")


_CLIENT = Field("client", "--name", "flag_name", metavar="NAME")
_SENDER = Field("sender", "--from", "flag_from", metavar="NAME")
_BRIEF = "brief"
_VARIANT = "variant"
_CURRENCY = "currency"
_PRESSURE = "pressure"


@dataclass(frozen=True)
class Action:
    module: str  # in the danetor package
    function: str
    fields: tuple[Field, ...]
    switches: tuple[str, ...] = ()  # of _BRIEF, _VARIANT, _CURRENCY, _PRESSURE


ACTIONS: dict[str, Action] = {
    "no": Action(
        "scripts",
        "empathic_no",
        (
            Field("request", "--request", "flag_request", "ask_request", required=True),
            Field("reason", "--reason", "flag_reason", "ask_reason", required=True),
            Field("alternative", "--alternative", "flag_alternative", "ask_alternative", required=True),
            Field("concession", "--concession", "flag_concession"),
            _CLIENT,
            _SENDER,
        ),
        (_PRESSURE, _BRIEF, _VARIANT),
    ),
    "extra": Action(
        "scripts",
        "sell_extra",
        (
            Field("service", "--service", "flag_service", "ask_service", required=True),
            Field("price", "--price", "flag_price", parse=price, metavar="AMOUNT"),
            Field("hours", "--hours", "flag_extra_hours", parse=hours, metavar="N"),
            _CLIENT,
            _SENDER,
        ),
        (_CURRENCY, _BRIEF, _VARIANT),
    ),
    "confirm": Action(
        "scripts",
        "confirm",
        (
            Field("request", "--request", "flag_confirm_request", "ask_confirm_request", required=True),
            Field("price", "--price", "flag_price", parse=price, metavar="AMOUNT"),
            Field("hours", "--hours", "flag_hours", parse=hours, metavar="N"),
            _CLIENT,
            _SENDER,
        ),
        (_CURRENCY, _BRIEF, _VARIANT),
    ),
    "warning": Action(
        "soft_power",
        "delay_warning",
        (
            Field("action", "--action", "flag_action", "ask_action", required=True),
            Field("deadline", "--deadline", "flag_deadline", "ask_deadline", required=True),
            Field("consequence", "--consequence", "flag_consequence", "ask_consequence", required=True),
            _CLIENT,
            _SENDER,
        ),
    ),
    "agreements": Action(
        "soft_power",
        "agreements_summary",
        (
            Field("items", "--item", "flag_item", "ask_item", required=True, repeat=True),
            Field("conversation", "--conversation", "flag_conversation"),
            _CLIENT,
            _SENDER,
        ),
    ),
    "restart": Action(
        "restart",
        "restart_message",
        (Field("situation", "--situation", "flag_restart_situation"), _CLIENT, _SENDER),
    ),
    "landing": Action(
        "expectations",
        "landing_message",
        (
            Field(
                "stage",
                "STAGE",
                "flag_stage",
                "pick_stage",
                required=True,
                parse=enum_choice("danetor.rules.expectations:LandingStage"),
                metavar="STAGE",
                positional=True,
            ),
            Field("result", "--result", "flag_result", "ask_result", required=True),
            Field("reality", "--reality", "flag_reality", "ask_reality"),
            _CLIENT,
            _SENDER,
        ),
    ),
}


def add_script(ctx: Context) -> None:
    t = ctx.t
    script = ctx.command(ctx.sub, "script")
    actions = script.add_subparsers(
        dest="script_action", metavar="ACTION", title=t("commands"), parser_class=type(script)
    )
    for name, action in ACTIONS.items():
        parser = ctx.command(actions, name, f"script_{name}")
        for field in action.fields:
            if field.positional:
                parser.add_argument(
                    field.dest, nargs="?", type=field.parse, metavar=field.metavar, help=t(field.help)
                )
            else:
                parser.add_argument(
                    field.flag,
                    dest=field.dest,
                    type=field.parse,
                    metavar=field.metavar,
                    action="append" if field.repeat else "store",
                    help=t(field.help),
                )
        if _PRESSURE in action.switches:
            parser.add_argument("--pressure", action="store_true", help=t("flag_pressure"))
        if _CURRENCY in action.switches:
            parser.add_argument(
                "--currency",
                type=enum_choice("danetor.rules.scripts:Currency"),
                default=None,
                metavar="RUB|USD|EUR",
                help=t("flag_currency"),
            )
        if _BRIEF in action.switches:
            parser.add_argument("--brief", action="store_true", help=t("flag_brief"))
        if _VARIANT in action.switches:
            parser.add_argument(
                "--variant", type=choice(("0", "1", "2")), metavar="0|1|2", help=t("flag_variant")
            )
        ctx.json_flag(parser)
    script.set_defaults(handler=cmd_script)


def _prompt(field: Field, lang: str) -> Any:
    from ..playbooks.cli import CLI

    if field.name == "stage":
        from ..playbooks.expectations import STAGES

        return select(
            CLI["pick_stage"](lang),
            [(f"{stage.value}: {text.label(lang)}", stage.value) for stage, text in STAGES.items()],
            lang,
        )
    prompt = field.prompt
    assert prompt is not None, f"{field.name} is required, so it has a prompt"
    if field.repeat:
        items: list[str] = []
        while True:
            item = ask_text(CLI[prompt](lang).format(n=len(items) + 1), lang, required=not items)
            if item is None:
                return items
            items.append(item)
    return ask_text(CLI[prompt](lang), lang, parse=field.parse)


def _flag(field: Field) -> str:
    """How an error names *field*: its flag, or its metavar and values when it is positional."""
    values = getattr(field.parse, "values", None)
    if field.positional:
        return f"{field.metavar} ({', '.join(values)})" if values else field.metavar
    return field.flag


def _defaults(name: str) -> dict[str, Any]:
    """The values the flags of action *name* take when not given (for an action chosen at the prompt)."""
    action = ACTIONS[name]
    values: dict[str, Any] = {f.dest: None for f in action.fields}
    values.update({"pressure": False, "brief": False, "variant": None, "currency": None, "json": False})
    return values


def cmd_script(args: argparse.Namespace, lang: str, out: Out, stdin: IO[str]) -> int:
    import importlib

    from ..playbooks.cli import CLI

    name = args.script_action
    if name is None:
        need_prompt(args, stdin, "script", f"ACTION ({', '.join(ACTIONS)})")
        name = select(
            CLI["pick_action"](lang), [(f"{a}: {CLI[f'script_{a}'](lang)}", a) for a in ACTIONS], lang
        )
        args = argparse.Namespace(**{**_defaults(name), **vars(args), "script_action": name})
    action = ACTIONS[name]
    command = f"script {name}"
    values: dict[str, Any] = {f.name: getattr(args, f.dest) for f in action.fields}

    missing = [f for f in action.fields if f.required and values[f.name] is None]
    if name == "extra" and values["price"] is None and values["hours"] is None:
        missing.append(Field("price or hours", "--price or --hours", "flag_price"))
    if missing:
        need_prompt(args, stdin, command, ", ".join(_flag(f) for f in missing))
        for field in action.fields:
            if field.required and values[field.name] is None:
                values[field.name] = _prompt(field, lang)
        if name == "extra" and values["price"] is None and values["hours"] is None:
            values.update(ask_price_or_hours(lang))
    if name == "landing" and values["stage"] != "reality" and values["reality"] is not None:
        raise UsageError(f"danetor {command}", "err_reality_only")
    if name == "landing" and values["stage"] == "reality" and values["reality"] is None:
        need_prompt(args, stdin, command, CLI["missing_reality"])
        values["reality"] = ask_text(CLI["ask_reality"](lang), lang)

    kwargs = {k: v for k, v in values.items() if v is not None}
    if _BRIEF in action.switches:
        kwargs["tone"] = "brief" if args.brief else "standard"
    if _VARIANT in action.switches and args.variant is not None:
        kwargs["variant"] = int(args.variant)
    if _CURRENCY in action.switches:
        currency = args.currency
        if currency is None and not args.json and interactive(stdin) and kwargs.get("price") is not None:
            # a price is about to be written: in a terminal, ask what it is in (the company policy's currency by
            # default, else rubles, the book's)
            from .._active import ACTIVE

            policy = ACTIVE.get()
            options = [(c, c) for c in ("RUB", "USD", "EUR")]
            default = "RUB" if policy is None else policy.currency.value
            currency = select(CLI["pick_currency"](lang), options, lang, default=default)
        kwargs["currency"] = currency  # None: the company policy's currency, else the book's roubles
    if _PRESSURE in action.switches:
        kwargs["pressure"] = args.pressure
    function = getattr(importlib.import_module(f"danetor.{action.module}"), action.function)
    flags = {f.name: _flag(f) for f in action.fields}
    flags["price or hours"] = "--price/--hours"
    try:
        message = function(lang=lang, **kwargs)
    except InvalidInput as exc:
        raise usage_error(command, exc, flags) from None
    if args.json:
        out.json(message.model_dump(mode="json"))
    else:
        out.message(CLI["message"](lang), message.text)
    return 0
