"""``danetor policy``: write a company policy file, check one, show the one in force (issue 18)."""

from __future__ import annotations

import argparse
from typing import IO, Any

from .core import Context, Out, UsageError

ACTIONS = ("init", "check", "show")


def add_policy(ctx: Context) -> None:
    t = ctx.t
    policy = ctx.command(ctx.sub, "policy")
    actions = policy.add_subparsers(
        dest="action", metavar="ACTION", title=t("commands"), parser_class=type(policy)
    )
    init = ctx.command(actions, "init", "policy_init")
    init.add_argument("file", nargs="?", metavar="FILE", help=t("flag_policy_init_file"))
    init.add_argument("--force", action="store_true", help=t("flag_force"))
    check = ctx.command(actions, "check", "policy_check")
    check.add_argument("file", nargs="?", metavar="FILE", help=t("flag_policy_check_file"))
    check.add_argument("--with-durable", action="store_true", help=t("flag_with_durable"))
    ctx.json_flag(check)
    show = ctx.command(actions, "show", "policy_show")
    ctx.json_flag(show)
    policy.set_defaults(handler=cmd_policy)


def cmd_policy(args: argparse.Namespace, lang: str, out: Out, stdin: IO[str]) -> int:
    if args.action is None:
        raise UsageError("danetor policy", "err_missing_value", name="ACTION", choices=", ".join(ACTIONS))
    return {"init": _init, "check": _check, "show": _show}[args.action](args, lang, out)


# -- init ------------------------------------------------------------------------------------------------------


def _init(args: argparse.Namespace, lang: str, out: Out) -> int:
    from ..playbooks.cli import CLI
    from ..policy import init_template

    text = init_template(lang)
    if args.file is None or args.file == "-":
        out.verbatim(text.rstrip("\n"))
        return 0
    try:
        with open(args.file, "x" if not args.force else "w", encoding="utf-8") as f:
            f.write(text)
    except FileExistsError:
        raise UsageError("danetor policy init", "err_policy_exists", file=args.file) from None
    except OSError as exc:
        raise UsageError(
            "danetor policy init", "err_cannot_write_file", file=args.file, reason=exc.strerror or str(exc)
        ) from None
    out.line(CLI["policy_written"](lang).format(file=args.file))
    return 0


# -- check -----------------------------------------------------------------------------------------------------


def _check(args: argparse.Namespace, lang: str, out: Out) -> int:
    from ..playbooks.cli import CLI
    from ..policy import Policy, PolicyCheck, PolicyFinding

    if args.file is None:
        raise UsageError("danetor policy check", "err_missing_value", name="FILE", choices="policy.toml")
    policy = Policy.load(args.file)
    durable = _durable(policy) if args.with_durable else None
    with policy.applied():  # the differences are worded as the company words them
        differences = [(d.path, d.text(lang)) for d in policy.differences()]
        warnings = [(d.path, d.text(lang)) for d in policy.warnings()]
    differs = durable is not None and durable.available and not durable.same
    if args.json:
        document = PolicyCheck(
            file=args.file,
            valid=True,
            differences=tuple(PolicyFinding(path=p, text=x) for p, x in differences),
            warnings=tuple(PolicyFinding(path=p, text=x) for p, x in warnings),
            durable=durable,
        )
        out.json(document.model_dump(mode="json"))
        return 1 if differs else 0
    out.line(out.style(CLI["policy_valid"](lang).format(file=args.file), "1;32"))
    if differences:
        out.line(CLI["policy_differs"](lang))
        for path, text in differences:
            out.line(f"  - {out.style(path, '1')}: {text}")
    else:
        out.line(CLI["policy_same"](lang))
    if warnings:
        out.line(out.style(CLI["policy_warnings"](lang), "1;33"))
        for path, text in warnings:
            out.line(f"  ! {out.style(path, '1')}: {text}")
    if durable is not None:
        if not durable.available:
            out.line(out.style(CLI["policy_durable_missing"](lang).format(reason=durable.reason), "1;33"))
        elif durable.same:
            out.line(CLI["policy_durable_same"](lang).format(count=durable.combinations))
        else:
            out.line(
                out.style(
                    CLI["policy_durable_differs"](lang).format(
                        count=len(durable.differences), cases="; ".join(durable.differences[:8])
                    ),
                    "1;31",
                )
            )
    return 1 if differs else 0


def _durable(policy: Any) -> Any:
    """The policy's rule set compiled through durable_rules too (in a worker process), compared with the table the
    pure-Python compiler made when the policy loaded (a :class:`~danetor.policy.DurableComparison`)."""
    from ..compile import DurableProcess, durable_missing
    from ..errors import DanetorError
    from ..policy import DurableComparison

    reason = durable_missing()
    if reason:
        return DurableComparison(available=False, reason=reason, same=None, combinations=None, differences=())
    ours = policy.table
    try:
        with DurableProcess() as durable:
            theirs = durable.compile(policy.ruleset)
    except DanetorError as exc:  # durable_rules found a gap or an overlap the reference compiler did not
        return DurableComparison(
            available=True, reason=None, same=False, combinations=len(ours.rows), differences=(str(exc),)
        )
    differences = [
        ", ".join(f"{name}={value}" for name, value in zip(ours.inputs, key, strict=True))
        + f": {row.outcome} ({row.rule}) / {theirs.rows.get(key)}"
        for key, row in ours.rows.items()
        if theirs.rows.get(key) != row
    ]
    differences += [", ".join(key) for key in theirs.rows if key not in ours.rows]
    return DurableComparison(
        available=True,
        reason=None,
        same=not differences and ours == theirs,
        combinations=len(ours.rows),
        differences=tuple(differences),
    )


# -- show ------------------------------------------------------------------------------------------------------


def _show(args: argparse.Namespace, lang: str, out: Out) -> int:
    from ..policy import Policy
    from .core import policy_path

    path = policy_path(args.policy_file, args.environ)
    policy = Policy.load(path) if path is not None else None
    shown = policy if policy is not None else Policy.book()
    if args.json:
        out.json(shown.summary().model_dump(mode="json", by_alias=True))
        return 0
    with shown.applied():
        out.explained(shown.explain(lang))
    return 0
