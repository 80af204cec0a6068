"""A snapshot of what every public function, every playbook and every command prints, in both languages.

``tests/golden/outputs.json`` holds the snapshot; ``test_golden_outputs.py`` regenerates it and compares, so a
change to any text, layout or result shows up in review as a diff of that file. Regenerate it on purpose with::

    .venv/bin/python tests/golden_outputs.py --write

The inputs are fixed and realistic; the exhaustive and property tests live beside each module.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

GOLDEN = Path(__file__).parent / "golden" / "outputs.json"
LANGS = ("ru", "en")

_WORDS = {
    "ru": {
        "request": "переделать баннеры за выходные",
        "reason": "вся команда занята запуском",
        "alternative": "внести правки в понедельник",
        "concession": "подготовить эскизы уже в пятницу",
        "service": "срочная верстка лендинга",
        "client": "Анна",
        "sender": "Мария Иванова",
        "action": "пришлете тексты",
        "deadline": "в среду",
        "consequence": "запуск сдвинется на неделю",
        "items": ["запуск 1 марта", "бюджет 200 000 ₽"],
        "conversation": "созвона 12 февраля",
        "situation": "после сорванного запуска",
        "result": "рост продаж в два раза за месяц",
        "reality": "рост на 10–15 % за квартал",
        "what": "баннеры ушли в печать с опечаткой",
        "fix": "перепечатаем тираж за наш счет",
        "compensation": "скидка 10 % на следующий заказ",
        "prevention": "добавим вычитку корректором",
    },
    "en": {
        "request": "redo the banners over the weekend",
        "reason": "the whole team is busy with a launch",
        "alternative": "make the changes on Monday",
        "concession": "have sketches ready by Friday",
        "service": "an urgent landing page layout",
        "client": "Anna",
        "sender": "Maria Ivanova",
        "action": "send the copy",
        "deadline": "by Wednesday",
        "consequence": "the launch will slip by a week",
        "items": ["launch on 1 March", "budget of 200,000 rubles"],
        "conversation": "our call on 12 February",
        "situation": "after the failed launch",
        "result": "sales doubling within a month",
        "reality": "growth of 10–15% over a quarter",
        "what": "the banners went to print with a typo",
        "fix": "reprint them at our expense",
        "compensation": "10% off the next order",
        "prevention": "add a proofreading step",
    },
}


def _dump(value) -> str:
    if hasattr(value, "model_dump"):
        value = value.model_dump(mode="json")
    return json.dumps(value, ensure_ascii=False, indent=1, sort_keys=True, default=str)


def _cases() -> Iterator[tuple[str, Callable[[], object]]]:
    import danetor as d
    from danetor.playbooks import catalog
    from danetor.playbooks.document import to_markdown, to_terminal
    from danetor.playbooks.paper import PAPER

    answers = ("yes", "no", "unknown")
    for a in answers:
        for b in answers:
            for c in answers:
                decision = d.check(a, b, c)
                yield f"check/{a}-{b}-{c}", lambda x=decision: _dump(x)
                for lang in LANGS:
                    yield f"check/{a}-{b}-{c}/explain/{lang}", lambda x=decision, lg=lang: x.explain(lg)
    for lang in LANGS:
        w = _WORDS[lang]
        for q in d.QUESTIONS:
            yield (
                f"question/{q.id}/{lang}",
                lambda q=q, lg=lang: "\n".join((q.text(lg), q.short(lg), q.help(lg))),
            )
        for tone in ("standard", "brief"):
            for variant in range(3):
                for extra in ({}, {"concession": w["concession"], "pressure": True, "sender": w["sender"]}):
                    key = f"empathic_no/{lang}/{tone}/{variant}/{'conc' if extra else 'plain'}"
                    yield (
                        key,
                        lambda w=w, lg=lang, t=tone, v=variant, e=extra: _dump(
                            d.empathic_no(
                                w["request"],
                                w["reason"],
                                w["alternative"],
                                lang=lg,
                                client=w["client"],
                                tone=t,
                                variant=v,
                                **e,
                            )
                        ),
                    )
                yield (
                    f"sell_extra/{lang}/{tone}/{variant}",
                    lambda w=w, lg=lang, t=tone, v=variant: _dump(
                        d.sell_extra(w["service"], price=15000, lang=lg, tone=t, variant=v)
                    ),
                )
                yield (
                    f"sell_extra_hours/{lang}/{tone}/{variant}",
                    lambda w=w, lg=lang, t=tone, v=variant: _dump(
                        d.sell_extra(
                            w["service"],
                            hours=3,
                            price=4500,
                            currency="EUR",
                            lang=lg,
                            tone=t,
                            variant=v,
                            client=w["client"],
                            sender=w["sender"],
                        )
                    ),
                )
                yield (
                    f"confirm/{lang}/{tone}/{variant}",
                    lambda w=w, lg=lang, t=tone, v=variant: _dump(
                        d.confirm(w["request"], price=20000, hours=5, lang=lg, tone=t, variant=v)
                    ),
                )
                for combo in ("yes-no-unknown", "unknown-unknown-unknown", "no-unknown-unknown"):
                    dec = d.check(*combo.split("-"))
                    for audience in ("client", "manager"):
                        key = f"respond/{lang}/{tone}/{variant}/{combo}/{audience}"
                        yield (
                            key,
                            lambda w=w, lg=lang, t=tone, v=variant, x=dec, au=audience: _dump(
                                d.respond(x, request=w["request"], lang=lg, tone=t, variant=v, audience=au)
                            ),
                        )
                yield (
                    f"respond/{lang}/{tone}/{variant}/refuse",
                    lambda w=w, lg=lang, t=tone, v=variant: _dump(
                        d.respond(
                            d.check("yes", "no", "no"),
                            request=w["request"],
                            reason=w["reason"],
                            alternative=w["alternative"],
                            lang=lg,
                            tone=t,
                            variant=v,
                            client=w["client"],
                        )
                    ),
                )
                yield (
                    f"respond/{lang}/{tone}/{variant}/free",
                    lambda w=w, lg=lang, t=tone, v=variant: _dump(
                        d.respond(
                            d.check("yes", "yes", "no"),
                            free=True,
                            service=w["service"],
                            price=9000,
                            lang=lg,
                            tone=t,
                            variant=v,
                        )
                    ),
                )
                yield (
                    f"respond/{lang}/{tone}/{variant}/paid",
                    lambda w=w, lg=lang, t=tone, v=variant: _dump(
                        d.respond(
                            d.check("yes", "yes", "yes"),
                            free=False,
                            request=w["request"],
                            price=9000,
                            lang=lg,
                            tone=t,
                            variant=v,
                        )
                    ),
                )
        for fault in ("ours", "third_party"):
            for knows in (False, True):
                yield (
                    f"failure_plan/{lang}/{fault}/{knows}",
                    lambda w=w, lg=lang, f=fault, k=knows: (
                        _dump(
                            d.failure_plan(
                                f,
                                lang=lg,
                                what_happened=w["what"],
                                fix=w["fix"],
                                compensation=w["compensation"],
                                prevention=w["prevention"],
                                client_knows=k,
                            )
                        )
                        + "\n"
                        + d.failure_plan(f, lang=lg, client_knows=k).explain()
                    ),
                )
        for situation in d.Situation:
            advice = d.channel_for(situation)
            yield f"channel_for/{situation.value}", lambda x=advice: _dump(x)
            yield (
                f"channel_for/{situation.value}/{lang}",
                lambda x=advice, lg=lang: x.explain(lg) + "\n" + x.describe(lg),
            )
        for channel in d.Channel:
            yield f"checklist/{channel.value}", lambda c=channel: _dump(d.checklist_for(c))
        for attr in ("high", "low"):
            for rel in ("strong", "weak"):
                yield (
                    f"kam/{attr}-{rel}/{lang}",
                    lambda a=attr, r=rel, lg=lang: (
                        _dump(d.kam_quadrant(a, r)) + "\n" + d.kam_quadrant(a, r).explain(lg)
                    ),
                )
        for bits in range(8):
            flags = {
                "irritation": bool(bits & 1),
                "avoids_meetings": bool(bits & 2),
                "short_late_replies": bool(bits & 4),
            }
            yield (
                f"boiling/{bits}/{lang}",
                lambda f=flags, lg=lang: (
                    _dump(d.boiling_check(**f)) + "\n" + d.boiling_check(**f).explain(lg)
                ),
            )
        for temperament in d.Temperament:
            yield (
                f"temperament/{temperament.value}/{lang}",
                lambda t=temperament, lg=lang: (
                    _dump(d.temperament_advice(t)) + "\n" + d.temperament_advice(t).explain(lg)
                ),
            )
        yield (
            f"audit/{lang}",
            lambda lg=lang: (
                _dump(d.audit_rules([1, 2, 3, 10, 14, 30]))
                + "\n"
                + d.audit_rules([1, 2, 3, 10, 14, 30]).explain(lg)
            ),
        )
        for stage in d.LandingStage:
            yield (
                f"landing/{stage.value}/{lang}",
                lambda s=stage, w=w, lg=lang: _dump(
                    d.landing_message(
                        s,
                        result=w["result"],
                        reality=w["reality"] if s.value == "reality" else None,
                        lang=lg,
                        client=w["client"],
                    )
                ),
            )
        yield (
            f"delay_warning/{lang}",
            lambda w=w, lg=lang: _dump(
                d.delay_warning(
                    w["action"],
                    w["deadline"],
                    w["consequence"],
                    lang=lg,
                    client=w["client"],
                    sender=w["sender"],
                )
            ),
        )
        yield (
            f"agreements/{lang}",
            lambda w=w, lg=lang: _dump(
                d.agreements_summary(
                    w["items"],
                    conversation=w["conversation"],
                    lang=lg,
                    client=w["client"],
                    sender=w["sender"],
                )
            ),
        )
        yield (
            f"restart/{lang}",
            lambda w=w, lg=lang: _dump(
                d.restart_message(situation=w["situation"], lang=lg, client=w["client"])
            ),
        )
        yield f"restart_plain/{lang}", lambda lg=lang: _dump(d.restart_message(lang=lg))
        for name in catalog.names():
            doc = catalog.document(name)
            yield f"playbook/{name}/md/{lang}", lambda x=doc, lg=lang: to_markdown(x, lg)
            yield f"playbook/{name}/term/{lang}", lambda x=doc, lg=lang: to_terminal(x, lg, color=False)
        for name, build in PAPER.items():  # the wall card and the cheat sheet, as their pages render them
            yield f"paper/{name}/md/{lang}", lambda b=build, lg=lang: to_markdown(b(), lg, sections=True)
        from danetor.archetypes import STATEMENT_IDS

        for picked in ((), STATEMENT_IDS[:3], STATEMENT_IDS[::2], STATEMENT_IDS[1::3], STATEMENT_IDS):
            yield (
                f"archetype/{len(picked)}-{picked[:1]}/{lang}",
                lambda p=picked, lg=lang: (
                    _dump(d.assess_archetype(set(p))) + "\n" + d.assess_archetype(set(p)).explain(lg)
                ),
            )
        for minutes in (None, 45):
            yield (
                f"interview_plan/{minutes}/{lang}",
                lambda m=minutes, lg=lang: (
                    _dump(d.interview_plan(minutes=m, lang=lg))
                    + "\n"
                    + d.interview_plan(minutes=m, lang=lg).explain()
                ),
            )
        for name, seen in (
            ("blue_bird", {"specialist": [14, 17], "stress": [16]}),
            ("formalist", {"company": ["formalist.forwards", "formalist.not_me"], "stress": [14]}),
            ("none", {}),
        ):
            yield (
                f"score_interview/{name}/{lang}",
                lambda s=seen, lg=lang: _dump(d.score_interview(s)) + "\n" + d.score_interview(s).explain(lg),
            )
    yield "rules30", lambda: _dump([r.model_dump(mode="json") for r in d.RULES30])


def _cli_cases() -> Iterator[tuple[str, tuple[str, ...]]]:
    from danetor.cli.core import COMMANDS

    for lang in LANGS:
        w = _WORDS[lang]
        yield f"cli/{lang}/help", ("--lang", lang, "--help")
        for command in COMMANDS:
            yield f"cli/{lang}/{command}/help", ("--lang", lang, command, "--help")
        for action in ("no", "extra", "confirm", "warning", "agreements", "restart", "landing"):
            yield f"cli/{lang}/script/{action}/help", ("--lang", lang, "script", action, "--help")
        yield (
            f"cli/{lang}/ask",
            (
                "--lang",
                lang,
                "ask",
                "--client",
                "yes",
                "--company",
                "no",
                "--eba",
                "no",
                "--request",
                w["request"],
                "--reason",
                w["reason"],
                "--alternative",
                w["alternative"],
            ),
        )
        yield (
            f"cli/{lang}/ask-undecided",
            ("--lang", lang, "ask", "--client", "yes", "--company", "no", "--eba", "unknown"),
        )
        yield f"cli/{lang}/channel", ("--lang", lang, "channel", "urgent", "--difficult")
        # --json, byte for byte, where the command builds the document from several results
        yield (
            f"cli/{lang}/ask-json",
            ("--lang", lang, "ask", "--client", "yes", "--company", "no", "--eba", "no", "--request", w["request"],
             "--reason", w["reason"], "--alternative", w["alternative"], "--json"),
        )  # fmt: skip
        yield f"cli/{lang}/channel-json", ("--lang", lang, "channel", "urgent", "--difficult", "--json")
        yield f"cli/{lang}/playbook-list-json", ("--lang", lang, "playbook", "list", "--json")
        yield f"cli/{lang}/texts-json", ("--lang", lang, "texts", "danetor.verdict", "--json")
        yield f"cli/{lang}/schema", ("--lang", lang, "schema")
        yield f"cli/{lang}/interview/score/help", ("--lang", lang, "interview", "score", "--help")
        yield (
            f"cli/{lang}/interview",
            ("--lang", lang, "interview", "--block", "specialist", "--block", "stress", "--minutes", "15"),
        )
        yield f"cli/{lang}/interview-sheet", ("--lang", lang, "interview", "--block", "cases", "--sheet")
        yield (
            f"cli/{lang}/interview-score",
            ("--lang", lang, "interview", "score", "--specialist", "14,17", "--stress", "16"),
        )
        yield f"cli/{lang}/failure", ("--lang", lang, "failure", "--fault", "third-party", "--client-knows")
        yield (
            f"cli/{lang}/script-no",
            (
                "--lang",
                lang,
                "script",
                "no",
                "--request",
                w["request"],
                "--reason",
                w["reason"],
                "--alternative",
                w["alternative"],
                "--name",
                w["client"],
            ),
        )
        yield (
            f"cli/{lang}/bad",
            ("--lang", lang, "ask", "--client", "maybe", "--company", "no", "--eba", "no"),
        )


def snapshot(policy: str | None = None) -> dict[str, str]:
    """Every output; with *policy* (a policy file), the library's under that policy in force, and the command's
    with ``DANETOR_POLICY`` naming it."""
    import contextlib

    sys.path.insert(0, str(Path(__file__).parent))
    from clirun import run

    applied = contextlib.nullcontext()
    if policy is not None:
        from danetor.policy import Policy

        applied = Policy.load(policy).applied()
    with applied:
        out = {key: make() for key, make in _cases()}
    env = {"LANG": "C", "COLUMNS": "100", **({"DANETOR_POLICY": policy} if policy is not None else {})}
    for key, argv in _cli_cases():
        code, stdout, stderr = run(*argv, env=env)
        out[key] = f"exit {code}\n--- stdout\n{_unwrapped_usage(stdout)}--- stderr\n{stderr}"
    return out


def _unwrapped_usage(text: str) -> str:
    """argparse wraps the usage synopsis differently from one Python to the next (3.13 breaks inside a group):
    the synopsis is pinned as one line."""
    lines = text.splitlines(keepends=True)
    if not lines or not lines[0].startswith(("usage:", "использование:")):
        return text
    end = next((i for i, line in enumerate(lines) if not line.strip()), len(lines))
    return " ".join(" ".join(lines[:end]).split()) + "\n" + "".join(lines[end:])


if __name__ == "__main__":
    if sys.argv[1:] != ["--write"]:
        sys.exit("usage: python tests/golden_outputs.py --write")
    GOLDEN.parent.mkdir(exist_ok=True)
    GOLDEN.write_text(
        json.dumps(snapshot(), ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
    )
    print(f"wrote {GOLDEN}")
