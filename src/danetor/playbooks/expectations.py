"""Texts of the «приземлить» playbook (prevention, the three landing stages, message drafts) and its document.

The stage order, the steps and the diagram in :func:`document` are read off the sequence
:data:`danetor.rules.expectations.LANDING`; the message examples are produced by
:func:`danetor.expectations.landing_message` itself, so the printed page and the code cannot drift apart.
Templates here are our own fixed texts; user values are passed to ``str.format`` as arguments only.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from ..rules.expectations import LANDING, STAGE_ORDER, LandingStage, LandingState
from ..text import Lang, Text, book_source
from .document import Checklist, Diagram, Document, Heading, Note, Paragraph, Steps, Table

__all__ = [
    "EXAMPLE",
    "INTRO",
    "LANDING_INTRO",
    "PREVENTION",
    "SOURCE",
    "STAGES",
    "STATE_LABELS",
    "TITLE",
    "StageText",
    "document",
]


class StageText(BaseModel):
    """What one landing stage is called, what the book says to do, and our message template for it."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    label: Text
    #: the book's instruction for this stage
    advice: Text
    #: our message draft; ``{result}`` (and for the reality stage ``{reality}``) are filled with the caller's
    #: values, each already closed with a full stop
    template: Text


TITLE = Text(ru="Как «приземлить» завышенные ожидания", en="Bringing inflated expectations down to earth")
SOURCE = book_source(Text(ru="раздел «Конфликты с клиентами»", en="section “Conflicts with clients”"))

INTRO = Text(
    ru="Часто причиной конфликтов с клиентами становятся их завышенные ожидания. Чтобы предотвратить такие "
    "ситуации, работайте над формированием ожиданий клиента заранее.",
    en="Inflated expectations are a common cause of conflict with clients. To prevent it, shape the client's "
    "expectations from the start.",
)

#: Prevention first: the book's three things to do before expectations can inflate.
PREVENTION: tuple[Text, ...] = (
    Text(
        ru="Несколько раз устно обсудите с клиентом планируемые результаты.",
        en="Talk the planned results through with the client, aloud, several times.",
    ),
    Text(ru="Опишите эти результаты письменно.", en="Describe those results in writing."),
    Text(ru="Зафиксируйте их в договоре.", en="Put them in the contract."),
)

LANDING_INTRO = Text(
    ru="Если ложные надежды у клиента породили своими обещаниями сотрудники вашей компании или вы сами, "
    "клиента придется «приземлить». Лучше делать это постепенно: в три захода, каждый спустя время после "
    "предыдущего.",
    en="If promises made by your colleagues, or by you, have given the client false hopes, you will have to "
    "bring them down to earth. It is better done gradually: in three passes, each some time after the last.",
)

STAGES: dict[LandingStage, StageText] = {
    LandingStage.WARN: StageText(
        label=Text(ru="Предупредить о риске", en="Warn of the risk"),
        advice=Text(
            ru="Сначала предупредите: компания делает все возможное, но есть риск, что результаты будут ниже "
            "ожидавшихся.",
            en="First, warn: the company is doing everything it can, but there is a risk that the results will "
            "fall short of what was expected.",
        ),
        template=Text(
            ru="Хочу заранее предупредить вас о риске. Речь о результате: {result} Мы делаем все возможное, "
            "но есть риск, что результаты будут ниже ожидавшихся. Я буду держать вас в курсе.",
            en="I want to warn you early about a risk. It concerns this result: {result} We are doing everything "
            "we can, but there is a risk that the results will fall short of what we expected. I will keep you "
            "posted.",
        ),
    ),
    LandingStage.CONFIRM: StageText(
        label=Text(ru="Сказать, что опасения подтверждаются", en="Say the fears are being confirmed"),
        advice=Text(
            ru="Спустя время скажите, что опасения все больше подтверждаются.",
            en="Some time later, say that the fears are being confirmed more and more.",
        ),
        template=Text(
            ru="Возвращаюсь к риску, о котором мы говорили. Речь о результате: {result} К сожалению, опасения "
            "все больше подтверждаются. Мы продолжаем делать все возможное.",
            en="Coming back to the risk we talked about. It concerns this result: {result} Unfortunately, our "
            "fears are being confirmed more and more. We are still doing everything we can.",
        ),
    ),
    LandingStage.REALITY: StageText(
        label=Text(ru="Поставить перед лицом реальности", en="Face the reality"),
        advice=Text(
            ru="Лишь на третьем «заходе» поставьте клиента перед лицом реальности.",
            en="Only on the third pass, bring the client face to face with reality.",
        ),
        template=Text(
            ru="Пришло время посмотреть правде в глаза. Результат, которого мы ожидали: {result} "
            "Реалистичный результат: {reality} Давайте обсудим, как действовать дальше.",
            en="It is time to face the facts. The result we expected: {result} The realistic result: {reality} "
            "Let's discuss how to go on from here.",
        ),
    ),
}

STATE_LABELS: dict[LandingState, Text] = {
    LandingState.INFLATED: Text(ru="Ожидания завышены", en="Expectations inflated"),
    LandingState.WARNED: Text(ru="Клиент предупрежден о риске", en="Client warned of the risk"),
    LandingState.CONFIRMED: Text(ru="Опасения подтверждаются", en="Fears being confirmed"),
    LandingState.LANDED: Text(ru="Клиент «приземлен»", en="Client down to earth"),
}

#: The example values the printed page fills the templates with (placeholders, not a real case).
EXAMPLE: dict[str, Text] = {
    "result": Text(ru="‹ожидаемый результат›", en="‹the expected result›"),
    "reality": Text(ru="‹реалистичный результат›", en="‹the realistic result›"),
}

_WHY_NO_INTERVAL = Text(
    ru="Книга говорит «спустя время», но не называет срок между этапами; danetor его не навязывает. "
    "Выберите промежуток под ритм проекта.",
    en="The book says “some time later” but names no interval between the stages, and danetor does not "
    "enforce one. Choose a gap that fits the project's rhythm.",
)
_OURS_WORDING = Text(
    ru="Содержание каждого этапа — из книги; формулировки писем ниже — наши.",
    en="What each stage says comes from the book; the wording of the drafts below is ours.",
)
_ORDER_NOTE = Text(
    ru="Порядок строгий: этап нельзя пропустить или повторить. В коде это `ExpectationLanding`: этап не по "
    "порядку вызывает ошибку с указанием ожидаемого этапа.",
    en="The order is strict: no stage can be skipped or repeated. In code this is `ExpectationLanding`: a stage "
    "out of order raises an error naming the stage expected.",
)


def _diagram() -> Diagram:
    """A state diagram drawn from the sequence's own states and transitions."""

    def chart(lang: Lang) -> str:
        lines = ["stateDiagram-v2"]
        for state in LANDING.states:
            lines.append(f'    state "{STATE_LABELS[LandingState(state.id)](lang)}" as {state.id}')
        lines.append(f"    [*] --> {LANDING.initial}")
        for state in LANDING.states:
            for event, target in state.on.items():
                number = STAGE_ORDER.index(LandingStage(event)) + 1
                lines.append(
                    f"    {state.id} --> {target}: {number}. {STAGES[LandingStage(event)].label(lang)}"
                )
        for final in LANDING.final:
            lines.append(f"    {final} --> [*]")
        return "\n".join(lines)

    return Diagram(mermaid=Text(ru=chart(Lang.RU), en=chart(Lang.EN)))


def document() -> Document:
    """The printable playbook: prevention, the three stages (from the sequence), the drafts (from the code)."""
    from ..expectations import landing_message

    def drafts(lang: Lang) -> list[str]:
        return [
            landing_message(
                stage,
                result=EXAMPLE["result"](lang),
                reality=EXAMPLE["reality"](lang) if stage is LandingStage.REALITY else None,
                lang=lang,
            ).text
            for stage in STAGE_ORDER
        ]

    ru, en = drafts(Lang.RU), drafts(Lang.EN)
    return Document(
        id="expectations",
        title=TITLE,
        source=SOURCE,
        blocks=(
            Paragraph(text=INTRO),
            Heading(text=Text(ru="Профилактика", en="Prevention")),
            Checklist(items=PREVENTION),
            Heading(text=Text(ru="«Приземление» в три этапа", en="Landing in three stages")),
            Paragraph(text=LANDING_INTRO),
            Steps(
                items=tuple(
                    Text(
                        ru=f"{STAGES[s].label.ru}. {STAGES[s].advice.ru}",
                        en=f"{STAGES[s].label.en}. {STAGES[s].advice.en}",
                    )
                    for s in STAGE_ORDER
                )
            ),
            _diagram(),
            Note(text=_WHY_NO_INTERVAL, style="info"),
            Note(text=_ORDER_NOTE, style="info"),
            Heading(text=Text(ru="Черновики сообщений", en="Message drafts")),
            Note(text=_OURS_WORDING, style="ours"),
            Table(
                header=(Text(ru="Этап", en="Stage"), Text(ru="Черновик", en="Draft")),
                rows=tuple(
                    (
                        Text(ru=f"{i}. {STAGES[s].label.ru}", en=f"{i}. {STAGES[s].label.en}"),
                        Text(ru=ru[i - 1], en=en[i - 1]),
                    )
                    for i, s in enumerate(STAGE_ORDER, 1)
                ),
            ),
        ),
    )
