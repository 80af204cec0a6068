"""Every input of the corpus (tests/spec/corpus.toml) rendered into every slot of every message kind, variant and
tone, in its language: the sentence that carries it, one line each. ``tests/golden/corpus.txt`` pins the result;
``test_corpus_outputs.py`` regenerates it and compares, so that a change of wording or of the sentence chosen for a
form shows up in review as a diff of that file. Regenerate on purpose with::

    .venv/bin/python tests/corpus_outputs.py --write

Each line is ``<where> │ <sentence>``; the other slots of a message hold fixed, ordinary inputs.
"""

from __future__ import annotations

import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path

HERE = Path(__file__).parent
CORPUS = tomllib.loads((HERE / "spec" / "corpus.toml").read_text(encoding="utf-8"))
GOLDEN = HERE / "golden" / "corpus.txt"

#: the other slots of a message, ordinary and fixed
FIXED = {
    "ru": {
        "request": "переделать баннеры за выходные",
        "reason": "вся команда занята запуском другого проекта",
        "alternative": "внести правки в понедельник",
        "concession": "подготовить эскизы уже в пятницу",
        "deadline": "до пятницы",
        "consequence": "старт работ будет задержан",
        "result": "рост продаж на 30 % за квартал",
    },
    "en": {
        "request": "redo the banners over the weekend",
        "reason": "the whole team is busy with another launch",
        "alternative": "make the changes on Monday",
        "concession": "prepare the sketches by Friday",
        "deadline": "by Friday",
        "consequence": "the start of work will be delayed",
        "result": "a 30% rise in sales this quarter",
    },
}


def renders(text: str, lang: str) -> Iterator[tuple[str, str]]:
    """(where, sentence) for *text* in every slot that takes the user's words."""
    from danetor import check
    from danetor.expectations import landing_message
    from danetor.restart import restart_message
    from danetor.scripts import Tone, confirm, empathic_no, respond, sell_extra
    from danetor.soft_power import agreements_summary, delay_warning

    f = FIXED[lang]
    undecided = check("unknown", "unknown", "yes")
    for tone in Tone:
        for v in range(3):
            at = f"{tone.value}.{v}"
            for slot, part in (("request", 0), ("concession", 3), ("alternative", 4)):
                values = {
                    "request": f["request"],
                    "concession": f["concession"],
                    "alternative": f["alternative"],
                }
                values[slot] = text
                no = empathic_no(
                    values["request"], f["reason"], values["alternative"], concession=values["concession"],
                    pressure=True, lang=lang, tone=tone, variant=v,
                )  # fmt: skip
                yield f"no.{at}.{slot}", no.parts[part].text
            yield (
                f"extra.{at}.service",
                sell_extra(text, price=15000, hours=6, lang=lang, tone=tone, variant=v).parts[0].text,
            )
            yield (
                f"confirm.{at}.request",
                confirm(text, price=9000, lang=lang, tone=tone, variant=v).parts[0].text,
            )
            yield (
                f"clarify.{at}.request",
                respond(undecided, request=text, lang=lang, tone=tone, variant=v).parts[0].text,
            )
    for v in range(3):
        note = respond(undecided, request=text, lang=lang, audience="manager", variant=v)
        yield f"note.{v}.request", note.parts[0].text
    yield "warning.action", delay_warning(text, f["deadline"], f["consequence"], lang=lang).sentence
    for stage in ("warn", "confirm", "reality"):
        reality = f["result"] if stage == "reality" else None
        yield (
            f"landing.{stage}.result",
            landing_message(stage, result=text, reality=reality, lang=lang).text.split("\n\n")[1],
        )
    yield (
        "landing.reality.reality",
        landing_message("reality", result=f["result"], reality=text, lang=lang).text.split("\n\n")[1],
    )
    yield "restart.situation", restart_message(situation=text, lang=lang).parts[1].text
    agreements = agreements_summary([text], conversation=text, lang=lang)
    yield "agreements", agreements.subject + " ⏎ " + agreements.text.split("\n\n")[1].replace("\n", " ⏎ ")


def render() -> str:
    out: list[str] = []
    for lang in ("ru", "en"):
        for entry in CORPUS[lang]:
            out.append(f"## {lang} [{entry['form']}] {entry['text']}")
            for where, sentence in renders(entry["text"], lang):
                out.append(f"{where} │ {sentence}".replace("\u00a0", "⍽"))
            out.append("")
    return "\n".join(out)


if __name__ == "__main__":
    if "--write" in sys.argv:
        GOLDEN.write_text(render(), encoding="utf-8")
        print(f"wrote {GOLDEN}")
    else:
        sys.stdout.write(render())
