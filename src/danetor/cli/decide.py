"""``danetor ask``, ``danetor channel`` and ``danetor failure``: the decisions, with their messages."""

from __future__ import annotations

import argparse
from typing import IO, TYPE_CHECKING, Any, NoReturn

from ..errors import InvalidInput
from .core import (
    ANSWER_CHOICES,
    Context,
    Out,
    UsageError,
    _asked,
    _screen,
    ask_text,
    completer,
    confirm,
    enum_choice,
    hours,
    interactive,
    need_prompt,
    nonblank,
    price,
    say,
    select,
    usage_error,
)

if TYPE_CHECKING:  # pragma: no cover - annotations only: the CLI imports the library lazily (start-up)
    from ..decision import Decision
    from ..questions import Question
    from ..rules.danetor import Answer
    from ..scripts import Script

QUESTION_IDS = ("client", "company", "eba")


def _answer(flag: str) -> enum_choice:
    return enum_choice("danetor.rules.danetor:Answer", shown=ANSWER_CHOICES.split(", "))


# -- ask -------------------------------------------------------------------------------------------------------


def add_ask(ctx: Context) -> None:
    t = ctx.t
    ask = ctx.command(ctx.sub, "ask")
    for q in QUESTION_IDS:
        ask.add_argument(f"--{q}", type=_answer(f"--{q}"), metavar="ANSWER", help=t(f"flag_{q}"))
    for question in ctx.policy.extra_questions if ctx.policy is not None else ():  # a company policy's own
        flags = list(dict.fromkeys((_flag(question.id), f"--{question.id}")))
        ask.add_argument(
            *flags,
            dest=question.id,
            type=_answer(flags[0]),
            metavar="ANSWER",
            help=f"{question.short(ctx.lang)}: yes | no | unknown",
        )
    ask.add_argument("--request", type=nonblank, metavar="TEXT", help=t("flag_request"))
    ask.add_argument("--reason", type=nonblank, metavar="TEXT", help=t("flag_reason"))
    ask.add_argument("--alternative", type=nonblank, metavar="TEXT", help=t("flag_alternative"))
    kind = ask.add_mutually_exclusive_group()
    kind.add_argument("--free", dest="free", action="store_const", const=True, help=t("flag_free"))
    kind.add_argument("--paid", dest="free", action="store_const", const=False, help=t("flag_paid"))
    ask.add_argument("--service", type=nonblank, metavar="TEXT", help=t("flag_service"))
    ask.add_argument("--price", type=price, metavar="AMOUNT", help=t("flag_price"))
    ask.add_argument("--hours", type=hours, metavar="N", help=t("flag_hours"))
    ask.add_argument("--name", type=nonblank, metavar="NAME", help=t("flag_name"))
    ask.add_argument("--from", dest="sender", type=nonblank, metavar="NAME", help=t("flag_from"))
    ask.add_argument("--brief", action="store_true", help=t("flag_brief"))
    ctx.json_flag(ask)
    ask.set_defaults(handler=cmd_ask)


def _flag(question_id: str) -> str:
    """The flag of a question: ``--within-contract`` for ``within_contract`` (its ``--within_contract`` works too)."""
    return "--" + question_id.replace("_", "-")


def _print_decision(out: Out, decision: Decision, lang: str) -> None:
    from ..decision import questions
    from ..playbooks.cli import CLI
    from ..questions import ANSWER_LABELS

    asked = questions()
    out.line(out.style(CLI["title"](lang), "1"))
    width = max(len(q.short(lang)) for q in asked)
    for q in asked:
        out.line(f"  {q.short(lang).ljust(width)}  {ANSWER_LABELS[decision.answers[q.id]](lang)}")
    out.line()
    parts = decision.explanation(lang)
    mark, code = _VERDICT_STYLE[decision.verdict.value]
    out.line(out.style(f"{mark} {parts.verdict}", code))
    out.line(parts.why)
    if parts.clarify:
        out.line(out.style(parts.clarify, "1"))
    out.line(parts.change)


_VERDICT_STYLE = {"accept": ("✔", "1;32"), "refuse": ("✘", "1;31"), "undecided": ("?", "1;33")}


def _ask_question(question: Question, n: int, total: int, lang: str) -> Answer:
    import questionary

    from ..playbooks.cli import CLI
    from ..rules.danetor import Answer

    choices = [
        questionary.Choice(CLI["choice_yes"](lang), value=Answer.YES),
        questionary.Choice(CLI["choice_no"](lang), value=Answer.NO),
        questionary.Choice(CLI["choice_unknown"](lang), value=Answer.UNKNOWN),
        questionary.Choice(CLI["choice_help"](lang), value="help"),
    ]
    header = CLI["question_n"](lang).format(n=n, total=total)
    while True:
        value = _asked(
            questionary.select(
                f"{header}. {question.text(lang)}",
                choices=choices,
                instruction=CLI["instruction"](lang),
                **_screen(),
            ),
            stop_keys=True,
        )
        if value != "help":
            answer: Answer = value  # questionary's answer (Any): one of the choices' values above
            return answer
        say("\n" + question.help(lang) + "\n")


def cmd_ask(args: argparse.Namespace, lang: str, out: Out, stdin: IO[str]) -> int:
    from ..decision import check, questions

    asked = questions()  # the book's three, then a company policy's own
    answers: dict[str, Any] = {q.id: getattr(args, q.id) for q in asked}
    missing = [q.id for q in asked if answers[q.id] is None]
    if missing:
        flags = ", ".join(_flag(q) for q in missing)
        need_prompt(args, stdin, "ask", f"{flags} ({ANSWER_CHOICES})")
        for n, question in enumerate(asked, 1):
            if answers[question.id] is None:
                answers[question.id] = _ask_question(question, n, len(asked), lang)
    decision = check(**answers)

    message = None
    wants_message = any(
        getattr(args, name) is not None
        for name in ("request", "reason", "alternative", "free", "service", "price", "hours")
    )
    if wants_message and not args.json and interactive(stdin):
        # in a terminal: the verdict first, then whatever the message still needs is asked for
        _print_decision(out, decision, lang)
        message = _respond(decision, args, lang, ask_missing=True)
        out.message(_message_title(message, lang), message.text)
        return 0
    if wants_message:
        message = _respond(decision, args, lang)
    elif not args.json and interactive(
        stdin
    ):  # in a terminal, asked or given: offer the draft for the verdict
        _print_decision(out, decision, lang)
        out.line()
        message = _interactive_message(decision, args, lang)
        if message is not None:
            out.message(_message_title(message, lang), message.text)
        return 0

    if (
        args.json
    ):  # a danetor.outputs.AskResult, built as a dict: the model would import the scripts (start-up)
        out.json(
            {
                "decision": decision.model_dump(mode="json"),
                "message": None if message is None else message.model_dump(mode="json"),
            }
        )
        return 0
    _print_decision(out, decision, lang)
    if message is not None:
        out.message(_message_title(message, lang), message.text)
    return 0


def _respond(
    decision: Decision, args: argparse.Namespace, lang: str, *, ask_missing: bool = False, **overrides: Any
) -> Script:
    """The message for *decision* from the flags (and *overrides*). With *ask_missing*, an input the message needs
    and the flags left out is asked for, and the message tried again."""
    from ..scripts import respond

    values: dict[str, Any] = {
        "request": args.request,
        "reason": args.reason,
        "alternative": args.alternative,
        "free": args.free,
        "service": args.service,
        "price": args.price,
        "hours": args.hours,
        "client": args.name,
        "sender": args.sender,
        "tone": "brief" if args.brief else "standard",
    }
    values.update(overrides)
    for _ in range(len(values)):  # each round asks for one more missing input
        try:
            return respond(decision, lang=lang, **values)
        except InvalidInput as exc:
            asked = _ask_missing(exc, values, lang) if ask_missing and exc.value is None else None
            if asked is None:
                _refuse(exc, values)
            values.update(asked)
    return respond(decision, lang=lang, **values)


def _ask_missing(exc: InvalidInput, values: dict[str, Any], lang: str) -> dict[str, Any] | None:
    """Ask for the input *exc* says is missing; ``None`` when it is not one that can be asked for."""
    from ..playbooks.cli import CLI
    from .core import ask_price_or_hours

    if exc.argument == "free":
        options = [(CLI["choice_free"](lang), True), (CLI["choice_paid"](lang), False)]
        return {"free": select(CLI["pick_free"](lang), options, lang)}
    if exc.argument == "price or hours":
        return ask_price_or_hours(lang)
    keys = {
        "request": "ask_confirm_request" if values.get("free") is False else "ask_request",
        "reason": "ask_reason",
        "alternative": "ask_alternative",
        "service": "ask_service",
    }
    if exc.argument not in keys:
        return None
    return {exc.argument: ask_text(CLI[keys[exc.argument]](lang), lang, parse=nonblank)}


def _refuse(exc: InvalidInput, values: dict[str, Any]) -> NoReturn:
    """Raise the one-line error for a message input the flags got wrong or left out."""
    if exc.argument == "free" and values["free"] is None:
        raise UsageError("danetor ask", "err_free_or_paid") from None
    raise usage_error("ask", exc, {"client": "--name", "sender": "--from", "free": "--free/--paid"}) from None


def _message_title(message: Script, lang: str) -> str:
    from ..playbooks.cli import CLI

    return CLI["note" if message.audience == "manager" and message.kind == "clarify_note" else "message"](
        lang
    )


def _offer(key: str, lang: str) -> bool:
    from ..playbooks.cli import CLI

    return confirm(CLI[key](lang), lang)


def _interactive_message(decision: Decision, args: argparse.Namespace, lang: str) -> Script | None:
    """Offer the right draft for the verdict, then ask only for what that message needs."""
    verdict = decision.verdict.value
    if verdict == "refuse":
        return _respond(decision, args, lang, ask_missing=True) if _offer("offer_refusal", lang) else None
    if verdict == "accept":
        return (
            _respond(decision, args, lang, free=True, ask_missing=True)
            if _offer("offer_extra", lang)
            else None
        )
    if not _offer("offer_clarify", lang):
        return None
    try:
        return _respond(decision, args, lang, audience="client")
    except UsageError as exc:  # only a company's own questions are open: nothing to ask the client, note them
        if exc.error is None or exc.error.argument != "audience":
            raise
        return _respond(decision, args, lang, audience="manager")


# -- channel ---------------------------------------------------------------------------------------------------


def add_channel(ctx: Context) -> None:
    channel = ctx.command(ctx.sub, "channel")
    situation = channel.add_argument(
        "situation",
        nargs="?",
        type=enum_choice("danetor.rules.channels:Situation"),
        metavar="SITUATION",
        help=ctx.t("flag_situation"),
    )
    situation.completer = completer(_situations)  # type: ignore[attr-defined]  # argcomplete's
    difficult = channel.add_mutually_exclusive_group()
    difficult.add_argument("--difficult", action="store_true", default=None, help=ctx.t("flag_difficult"))
    difficult.add_argument(
        "--not-difficult", dest="difficult", action="store_false", help=ctx.t("flag_not_difficult")
    )
    ctx.json_flag(channel)
    channel.set_defaults(handler=cmd_channel)


def _situations() -> list[str]:
    from ..channels import Situation

    return [s.value for s in Situation]


def cmd_channel(args: argparse.Namespace, lang: str, out: Out, stdin: IO[str]) -> int:
    from ..channels import Situation, as_situation, channel_for
    from ..playbooks.channels import SITUATION_LABELS
    from ..playbooks.cli import CLI

    if args.situation is None:
        allowed = ", ".join(s.value for s in Situation)
        if args.json or not interactive(stdin):
            raise UsageError("danetor channel", "err_missing_value", name="SITUATION", choices=allowed)
        situation = select(
            CLI["pick_situation"](lang), [(SITUATION_LABELS[s](lang), s) for s in Situation], lang
        )
    else:
        situation = as_situation(args.situation, "SITUATION")  # already a Situation (enum_choice)
    difficult = args.difficult
    if (
        difficult is None and not args.json and interactive(stdin)
    ):  # in a terminal: does it change the checklists?
        difficult = confirm(CLI["ask_difficult"](lang), lang, default=False)
    advice = channel_for(situation)
    checklists = advice.checklists_for(difficult_client=bool(difficult))
    if args.json:
        from ..channels import ChannelResult

        out.json(ChannelResult(advice=advice, checklists=checklists).model_dump(mode="json"))
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


# -- failure ---------------------------------------------------------------------------------------------------


def add_failure(ctx: Context) -> None:
    t = ctx.t
    failure = ctx.command(ctx.sub, "failure")
    failure.add_argument(
        "--fault",
        type=enum_choice("danetor.rules.failure:Fault"),
        metavar="ours|third-party",
        help=t("flag_fault"),
    )
    knows = failure.add_mutually_exclusive_group()
    knows.add_argument("--client-knows", action="store_true", default=None, help=t("flag_client_knows"))
    knows.add_argument(
        "--client-doesnt-know", dest="client_knows", action="store_false", help=t("flag_no_client_knows")
    )
    for name in ("what-happened", "fix", "compensation", "prevention"):
        failure.add_argument(
            f"--{name}", type=nonblank, metavar="TEXT", help=t("flag_" + name.replace("-", "_"))
        )
    ctx.json_flag(failure)
    failure.set_defaults(handler=cmd_failure)


def cmd_failure(args: argparse.Namespace, lang: str, out: Out, stdin: IO[str]) -> int:
    from ..failure import failure_plan
    from ..playbooks.cli import CLI

    fault = args.fault
    if fault is None:
        need_prompt(args, stdin, "failure", "--fault (ours, third-party)")
        fault = select(
            CLI["pick_fault"](lang),
            [(CLI["fault_ours"](lang), "ours"), (CLI["fault_third_party"](lang), "third_party")],
            lang,
        )
    details = {
        "client_knows": args.client_knows,
        "what_happened": args.what_happened,
        "fix": args.fix,
        "compensation": args.compensation,
        "prevention": args.prevention,
    }
    if not args.json and interactive(
        stdin
    ):  # in a terminal, ask for what shapes the plan; each may be skipped
        if details["client_knows"] is None:
            details["client_knows"] = confirm(CLI["ask_client_knows"](lang), lang, default=False)
        for name in ("what_happened", "fix", "compensation", "prevention"):
            if details[name] is None:
                details[name] = ask_text(CLI[f"ask_{name}"](lang), lang, required=False, parse=nonblank)
    details["client_knows"] = bool(details["client_knows"])
    plan = failure_plan(fault, lang=lang, **details)
    if args.json:
        out.json(plan.model_dump(mode="json"))
        return 0
    out.explained(plan.text)
    return 0
