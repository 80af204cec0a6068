"""What is said when handling a failure (отработка провала): the fixed ru/en texts and the printable document.

Only fixed texts live here. The user's own words (what happened, the fix, …) are inserted by
:func:`danetor.failure.failure_plan` as data: a template below is only ever formatted with them as *arguments*.

The third-party texts never apologise: not «извин…», «простит…», «прошу прощения», "apolog…" or "sorry" — the book
says that when a third party is to blame, expressing regret is enough. The tests check every such text.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from pydantic import BaseModel, ConfigDict

from ..rules.channels import Channel
from ..rules.failure import STEP_CHANNEL, STEP_THREE, FailureStep, Fault, RemedyPart, as_fault, step_order
from ..text import Lang, Text, book_source
from .document import Checklist, Diagram, Document, Heading, Note, Paragraph, Quote, Steps, Table

__all__ = [
    "BOOK_QUOTE",
    "CHANNEL_VIA",
    "CLIENT_KNOWS_LINE",
    "CLIENT_KNOWS_NOTE",
    "EXAMPLE",
    "FAULT_LABELS",
    "INFORM_CLIENT_KNOWS",
    "INFORM_CLIENT_KNOWS_WHAT",
    "INFORM_WHAT",
    "LABELS",
    "NOT_DECIDED",
    "PLAN_TITLE",
    "REMEDY_INTRO",
    "REMEDY_LINE",
    "REMEDY_PARTS",
    "REMEDY_PART_NAMES",
    "STEPS",
    "STILL_MISSING",
    "StepTexts",
    "document",
    "mermaid",
    "step_title",
    "step_todo",
]


class StepTexts(BaseModel):
    """The fixed texts of one step: a title, why it matters, what to do, and (step 3) a phrase to say."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    title: Text
    why: Text
    todo: Text
    example: Text | None = None


#: Each step's texts, as the book gives it (the client has not heard yet; no user details).
STEPS: Mapping[FailureStep, StepTexts] = MappingProxyType(
    {
        FailureStep.INFORM: StepTexts(
            title=Text(ru="Первым сообщите клиенту о случившемся", en="Be the first to tell the client"),
            why=Text(
                ru="Клиент должен узнать о провале от вас, а не от других. Лучше сделать это устно, по телефону, "
                "чтобы сразу оценить реакцию заказчика.",
                en="The client should hear about the failure from you, not from someone else. Tell them by "
                "phone rather than in writing, so that you hear their reaction at once.",
            ),
            todo=Text(
                ru="Позвоните клиенту, пока он не узнал о случившемся от других, и коротко расскажите, что "
                "произошло. Не ограничивайтесь письмом: по телефону вы сразу услышите, как клиент реагирует.",
                en="Call the client before they hear about it from anyone else, and tell them briefly what "
                "happened. Don't settle for an email: on the phone you hear at once how the client takes it.",
            ),
        ),
        FailureStep.VENT: StepTexts(
            title=Text(ru="Дайте клиенту выпустить пар", en="Let the client vent"),
            why=Text(
                ru="Клиенту нужно высказать все, что он думает о вас и вашей фирме. Пока он этого не сделал, "
                "к разговору о том, что делать дальше, он не готов.",
                en="The client needs to say everything they think of you and your firm. Until they have, they "
                "are not ready to talk about what happens next.",
            ),
            todo=Text(
                ru="Позвольте клиенту высказать все, что он думает о вас и вашей фирме. Выслушайте до конца: "
                "не перебивайте и не оправдывайтесь.",
                en="Let the client say everything they think of you and your firm. Hear them out: don't "
                "interrupt and don't make excuses.",
            ),
        ),
        FailureStep.APOLOGIZE: StepTexts(
            title=Text(ru="Принесите извинения", en="Apologise"),
            why=Text(
                ru="Провал случился по вине вашей компании. Клиент должен услышать, что компания и вы лично "
                "признаете свою вину.",
                en="The failure is your company's fault. The client needs to hear that the company, and you "
                "personally, accept the blame.",
            ),
            todo=Text(
                ru="Принесите извинения от лица компании и от себя лично.",
                en="Apologise on behalf of the company and personally.",
            ),
            example=Text(
                ru="Приношу извинения от лица нашей компании и от себя лично",
                en="I apologise on behalf of our company, and personally too",
            ),
        ),
        FailureStep.REGRET: StepTexts(
            title=Text(ru="Выразите сожаление", en="Express regret"),
            why=Text(
                ru="В случившемся виновата третья сторона, поэтому брать вину на себя не нужно: достаточно "
                "выразить сожаление.",
                en="A third party is to blame for what happened, so there is no need to take the blame: "
                "expressing regret is enough.",
            ),
            todo=Text(
                ru="Выразите сожаление о случившемся, не беря вину на себя.",
                en="Express regret about what happened, without taking the blame.",
            ),
            example=Text(
                ru="Мне очень жаль, что так получилось",
                en="I really regret that this has happened",
            ),
        ),
        FailureStep.REMEDY: StepTexts(
            title=Text(ru="Расскажите, как вы исправите ситуацию", en="Say how you will put it right"),
            why=Text(
                ru="Клиенту важно знать, что ситуацию исправят, его потери компенсируют и что эта ситуация не "
                "повторится впредь.",
                en="The client needs to know that the situation will be put right, their losses made good, and "
                "that it will not happen again.",
            ),
            todo=Text(
                ru="Расскажите клиенту, что вы сделаете для исправления ситуации и компенсации его потерь и "
                "какие шаги предпримете, чтобы эта ситуация не повторилась впредь.",
                en="Tell the client what you will do to fix the situation and compensate their losses, and "
                "what steps you will take so that it does not happen again.",
            ),
        ),
    }
)

#: Step 1 when the client already knows (someone else told them first). Ours, not the book's.
INFORM_CLIENT_KNOWS = StepTexts(
    title=Text(
        ru="Сразу позвоните клиенту и признайте провал",
        en="Call the client at once and acknowledge the failure",
    ),
    why=Text(
        ru="Первым сообщить уже не получится: клиент узнал о случившемся не от вас. Не ждите, пока он позвонит "
        "сам: ваш звонок показывает, что вы не прячетесь от проблемы, а по телефону вы сразу оцените реакцию "
        "заказчика.",
        en="You can no longer be the first: the client has heard about it from someone else. Don't wait for "
        "them to call you: your call shows you are not hiding from the problem, and on the phone you "
        "hear their reaction straight away.",
    ),
    todo=Text(
        ru="Клиент уже знает о случившемся от других. Позвоните ему сразу, не дожидаясь его звонка, признайте "
        "провал и коротко расскажите, что произошло. Не ограничивайтесь письмом: по телефону вы сразу услышите, "
        "как клиент реагирует.",
        en="The client has already heard about it from someone else. Call them at once, without waiting for "
        "them to call you, acknowledge the failure and tell them briefly what happened. Don't settle for an "
        "email: on the phone you hear at once how the client takes it.",
    ),
)

#: Step 1's to-do when the caller said what happened (``{what}`` is the caller's text, inserted verbatim).
INFORM_WHAT = Text(
    ru="Позвоните клиенту, пока он не узнал о случившемся от других, и расскажите, что произошло: «{what}». "
    "Не ограничивайтесь письмом: по телефону вы сразу услышите, как клиент реагирует.",
    en="Call the client before they hear about it from anyone else, and tell them what happened: “{what}”. "
    "Don't settle for an email: on the phone you hear at once how the client takes it.",
)
INFORM_CLIENT_KNOWS_WHAT = Text(
    ru="Клиент уже знает о случившемся от других. Позвоните ему сразу, не дожидаясь его звонка, признайте "
    "провал и расскажите, что произошло: «{what}». Не ограничивайтесь письмом: по телефону вы сразу услышите, "
    "как клиент реагирует.",
    en="The client has already heard about it from someone else. Call them at once, without waiting for them "
    "to call you, acknowledge the failure and tell them what happened: “{what}”. Don't settle for an email: "
    "on the phone you hear at once how the client takes it.",
)

#: How a step-3 phrase is offered.
EXAMPLE = Text(ru="Например: «{example}».", en="For example: “{example}.”")

#: Step 4 in a plan: the three parts, each with the caller's text or :data:`NOT_DECIDED`.
REMEDY_INTRO = Text(ru="Расскажите клиенту, что вы сделаете:", en="Tell the client what you will do:")
REMEDY_LINE = Text(ru="— {part}: {value}", en="— {part}: {value}")
REMEDY_PARTS: Mapping[RemedyPart, Text] = MappingProxyType(
    {
        RemedyPart.FIX: Text(ru="для исправления ситуации", en="to fix the situation"),
        RemedyPart.COMPENSATION: Text(ru="для компенсации его потерь", en="to compensate their losses"),
        RemedyPart.PREVENTION: Text(
            ru="чтобы эта ситуация не повторилась впредь", en="so that it does not happen again"
        ),
    }
)
REMEDY_PART_NAMES: Mapping[RemedyPart, Text] = MappingProxyType(
    {
        RemedyPart.FIX: Text(ru="исправление ситуации", en="the fix"),
        RemedyPart.COMPENSATION: Text(ru="компенсация потерь", en="the compensation"),
        RemedyPart.PREVENTION: Text(ru="меры против повторения", en="the prevention"),
    }
)
NOT_DECIDED = Text(ru="(пока не определено)", en="(not decided yet)")
STILL_MISSING = Text(ru="Еще не определено: {parts}.", en="Not decided yet: {parts}.")

FAULT_LABELS: Mapping[Fault, Text] = MappingProxyType(
    {
        Fault.OURS: Text(ru="виновата ваша компания", en="your company is at fault"),
        Fault.THIRD_PARTY: Text(ru="виновата третья сторона", en="a third party is at fault"),
    }
)

#: The first line of a plan's text.
PLAN_TITLE = Text(ru="Отработка провала: {fault}", en="Handling a failure: {fault}")
CLIENT_KNOWS_LINE = Text(
    ru="Клиент уже знает о случившемся, поэтому шаг 1 — звонок сразу, чтобы признать провал (это наша "
    "адаптация, не из книги).",
    en="The client already knows, so step 1 becomes a call made at once to acknowledge the failure (our "
    "adaptation, not the book's).",
)
LABELS: Mapping[str, Text] = MappingProxyType(
    {
        "todo": Text(ru="Что сделать", en="What to do"),
        "why": Text(ru="Зачем", en="Why"),
        "how": Text(ru="Как", en="How"),
        "step": Text(ru="Шаг", en="Step"),
        "number": Text(ru="№", en="No."),
        "who": Text(ru="Кто виноват", en="Who is at fault"),
        "say": Text(ru="Что сказать", en="What to say"),
        "manager": Text(ru="Аккаунт-менеджер", en="Account manager"),
        "client": Text(ru="Клиент", en="Client"),
    }
)

#: How a step's channel is said ("by phone"); covers every channel in STEP_CHANNEL.
CHANNEL_VIA: Mapping[Channel, Text] = MappingProxyType({Channel.PHONE: Text(ru="по телефону", en="by phone")})

#: The book's passage (Russian verbatim; the English is ours).
BOOK_QUOTE = Text(
    ru="Главное – правильно “отработать” свой провал. Во-первых, первым сообщите клиенту о случившемся. Лучше "
    "сделать это устно, по телефону, чтобы сразу оценить реакцию заказчика. Во-вторых, позвольте клиенту "
    "выпустить пар, высказав все, что он думает о вас и вашей фирме. В-третьих, принесите извинения от лица "
    "компании и от себя лично. (Если в случившемся виновата третья сторона, извиняться не нужно – достаточно "
    "выразить сожаление.) Наконец, расскажите клиенту, чтó вы сделаете для исправления ситуации и компенсации "
    "его потерь и какие шаги предпримете, чтобы эта ситуация не повторилась впредь.",
    en="The main thing is to “work through” your failure properly. First, be the first to tell the client what "
    "happened. It is better to do it out loud, by phone, so that you can gauge the client's reaction at once. "
    "Second, let the client let off steam and say everything they think of you and your firm. Third, "
    "apologise on behalf of the company and personally. (If a third party is to blame for what happened, "
    "there is no need to apologise: expressing regret is enough.) Finally, tell the client what you will do "
    "to fix the situation and compensate their losses, and what steps you will take so that it never happens "
    "again.",
)

#: The "client already knows" adaptation, said where it is used. Ours, not the book's.
CLIENT_KNOWS_NOTE = Text(
    ru="Книга исходит из того, что о провале клиенту сообщаете вы, и первым. Если клиент уже узнал о "
    "случившемся от других, шаги и их порядок остаются прежними, а шаг 1 становится звонком сразу, чтобы "
    "признать провал.",
    en="The book assumes that you are the one who tells the client, and that you tell them first. If the "
    "client has already heard from someone else, the steps and their order stay the same, and step 1 becomes "
    "a call made at once to acknowledge the failure.",
)
_WHY_IS_OURS = Text(
    ru="Шаги, их порядок и совет звонить по телефону — из книги. Пояснения «зачем» к шагам 2–4, подсказки, как "
    "выполнить шаг, и примеры фраз — наши.",
    en="The steps, their order and the advice to phone are the book's. The reasons given for steps 2–4, the tips "
    "on how to carry out each step and the sample phrases are ours.",
)
_DOC_TITLE = Text(ru="Отработка провала", en="Handling a failure")
_DOC_FAULT_TITLE = Text(ru="Отработка провала: {fault}", en="Handling a failure: {fault}")
_SOURCE = book_source(Text(ru="раздел «Конфликты с клиентами»", en="section “Conflicts with clients”"))
_INTRO = Text(
    ru="Если клиент пострадал из-за провала, еще не все потеряно: главное — правильно «отработать» провал. "
    "Четыре шага, строго по порядку.",
    en="When a failure has hurt the client, all is not lost: what matters is handling it properly. Four steps, "
    "strictly in order.",
)
_H_STEPS = Text(ru="Четыре шага по порядку", en="Four steps, in order")
_H_DETAIL = Text(ru="Что делать на каждом шаге", en="What to do at each step")
_H_STEP_THREE = Text(ru="Шаг 3 зависит от того, кто виноват", en="Step 3 depends on who is at fault")
_H_REMEDY = Text(ru="Шаг 4: три части", en="Step 4 in three parts")
_H_CLIENT_KNOWS = Text(ru="Если клиент уже знает", en="If the client already knows")
_STEP_THREE_BOTH = Text(
    ru="{ours} (если виновата третья сторона — {third_party})",
    en="{ours} (if a third party is at fault: {third_party})",
)
_WITH_CHANNEL = Text(ru="{title} {via}", en="{title} {via}")
_FOR_FAULT = Text(ru="{title} ({fault})", en="{title} ({fault})")

#: Who speaks at each step in the diagram (the client, while venting; the manager otherwise).
_CLIENT_SPEAKS = frozenset({FailureStep.VENT})


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def _upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]


def step_title(
    step: FailureStep, lang: Lang, *, client_knows: bool = False, with_channel: bool = False
) -> str:
    """The title of *step* in *lang*, with its channel ("… by phone") when *with_channel*."""
    texts = INFORM_CLIENT_KNOWS if client_knows and step is FailureStep.INFORM else STEPS[step]
    title = texts.title(lang)
    channel = STEP_CHANNEL.get(step)
    if with_channel and channel is not None:
        title = _WITH_CHANNEL(lang).format(title=title, via=CHANNEL_VIA[channel](lang))
    return title


def step_todo(step: FailureStep, lang: Lang) -> str:
    """The generic to-do of *step* (no user details), with its sample phrase if it has one."""
    texts = STEPS[step]
    todo = texts.todo(lang)
    if texts.example is not None:
        todo += " " + EXAMPLE(lang).format(example=texts.example(lang))
    return todo


def mermaid(fault: Fault | str | None, lang: Lang) -> str:
    """A Mermaid sequence diagram of the conversation; both forms of step 3 (``alt``) when *fault* is None."""
    m, c = LABELS["manager"](lang), LABELS["client"](lang)
    lines = ["sequenceDiagram", f"    participant M as {m}", f"    participant C as {c}"]
    faults = tuple(Fault) if fault is None else (as_fault(fault),)
    orders = {f: step_order(f) for f in faults}
    base = orders[faults[0]]
    for i, step in enumerate(base):
        number = i + 1
        variants = {f: orders[f][i] for f in faults}
        if len(set(variants.values())) == 1:
            arrow = "C-->>M" if step in _CLIENT_SPEAKS else "M->>C"
            lines.append(f"    {arrow}: {number}. {step_title(step, lang, with_channel=True)}")
            continue
        for k, (f, variant) in enumerate(variants.items()):
            lines.append(f"    {'alt' if k == 0 else 'else'} {FAULT_LABELS[f](lang)}")
            lines.append(f"        M->>C: {number}. {step_title(variant, lang, with_channel=True)}")
        lines.append("    end")
    return "\n".join(lines)


def _both(fn) -> Text:
    return Text(ru=fn(Lang.RU), en=fn(Lang.EN))


def document(fault: Fault | str | None = None) -> Document:
    """The failure-handling playbook for print and terminal, generated from the sequences and texts above.

    With *fault* None it covers both kinds of fault (and quotes the book); with a *fault* it covers only that
    kind, so a third-party document never mentions an apology.
    """
    fault = None if fault is None else as_fault(fault)
    faults = tuple(Fault) if fault is None else (fault,)
    orders = {f: step_order(f) for f in faults}
    first = orders[faults[0]]

    def step_item(i: int, lang: Lang) -> str:
        variants = [orders[f][i] for f in faults]
        if len(set(variants)) == 1:
            return step_title(variants[0], lang, with_channel=True)
        return _STEP_THREE_BOTH(lang).format(
            ours=step_title(orders[Fault.OURS][i], lang, with_channel=True),
            third_party=_lower_first(step_title(orders[Fault.THIRD_PARTY][i], lang, with_channel=True)),
        )

    rows = []
    for i in range(len(first)):
        for f in faults:
            step = orders[f][i]
            if f is not faults[0] and step is orders[faults[0]][i]:
                continue  # the same step for both faults: one row
            shared = all(orders[g][i] is step for g in faults)

            def title(lang: Lang, step=step, f=f, shared=shared) -> str:
                plain = step_title(step, lang, with_channel=True)
                return plain if shared else _FOR_FAULT(lang).format(title=plain, fault=FAULT_LABELS[f](lang))

            rows.append(
                (
                    Text(ru=str(i + 1), en=str(i + 1)),
                    _both(title),
                    _both(lambda lang, step=step: step_todo(step, lang)),
                    STEPS[step].why,
                )
            )

    blocks: list = [Paragraph(text=_INTRO)]
    if fault is None:
        blocks.append(Quote(text=BOOK_QUOTE))
    blocks += [
        Heading(text=_H_STEPS),
        Steps(items=tuple(_both(lambda lang, i=i: step_item(i, lang)) for i in range(len(first)))),
        Diagram(mermaid=_both(lambda lang: mermaid(fault, lang))),
        Heading(text=_H_DETAIL),
        Table(header=(LABELS["number"], LABELS["step"], LABELS["todo"], LABELS["why"]), rows=tuple(rows)),
        Note(style="ours", text=_WHY_IS_OURS),
    ]
    if fault is None:
        blocks += [
            Heading(text=_H_STEP_THREE),
            Table(
                header=(LABELS["who"], LABELS["step"], LABELS["say"]),
                rows=tuple(
                    (
                        FAULT_LABELS[f],
                        STEPS[STEP_THREE[f]].title,
                        _both(lambda lang, f=f: "«" + STEPS[STEP_THREE[f]].example(lang) + "»"),
                    )
                    for f in Fault
                ),
            ),
        ]
    blocks += [
        Heading(text=_H_REMEDY),
        Checklist(
            items=tuple(_both(lambda lang, p=p: _upper_first(REMEDY_PART_NAMES[p](lang))) for p in RemedyPart)
        ),
        Heading(text=_H_CLIENT_KNOWS),
        Note(
            style="ours",
            text=_both(
                lambda lang: (
                    CLIENT_KNOWS_NOTE(lang)
                    + "\n\n"
                    + INFORM_CLIENT_KNOWS.title(lang)
                    + ". "
                    + INFORM_CLIENT_KNOWS.todo(lang)
                )
            ),
        ),
    ]
    if fault is None:
        doc_id, title = "failure", _DOC_TITLE
    else:
        doc_id = "failure-" + fault.value.replace("_", "-")
        title = _both(lambda lang: _DOC_FAULT_TITLE(lang).format(fault=FAULT_LABELS[fault](lang)))
    return Document(id=doc_id, title=title, source=_SOURCE, blocks=tuple(blocks))
