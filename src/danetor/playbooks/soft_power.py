"""Texts of the «мягкая сила» (soft power) playbook, the message templates it uses, and its document.

The techniques are the book's, from the section «“Мягкая сила”» (shared/sources/003_…txt). The examples in
:func:`document` are produced by :func:`danetor.soft_power.delay_warning` and
:func:`danetor.soft_power.agreements_summary` themselves; the first one reproduces the book's own example.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from ..text import Lang, Text, book_source
from .document import Bullets, Checklist, Diagram, Document, Heading, Note, Paragraph, Quote, Table

__all__ = [
    "DELAY_EXAMPLE",
    "DELAY_TEMPLATE",
    "INTRO",
    "MINDSET",
    "QUOTES",
    "SOURCE",
    "SUMMARY_EXAMPLE",
    "SUMMARY_TEXTS",
    "TECHNIQUES",
    "TITLE",
    "Technique",
    "document",
]


class Technique(BaseModel):
    """One soft-power technique: an id for code and the book's advice in both languages."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    text: Text


TITLE = Text(ru="«Мягкая сила» с трудными клиентами", en="Soft power with difficult clients")
SOURCE = book_source(Text(ru="раздел «Мягкая сила»", en="section “Soft power”"))

INTRO = Text(
    ru="Твердость в отношениях с клиентом не должна превращаться в жесткость. Менеджер должен быть сильным, "
    "но это должна быть «мягкая сила» — сила, сочетающаяся с доброжелательностью, терпением, вежливостью. "
    "Особенно важно придерживаться ее с агрессивными клиентами-манипуляторами: никогда не показывайте им, что "
    "они нужны вам больше, чем вы им.",
    en="Firmness with a client must not turn into harshness. A manager has to be strong, but with “soft "
    "power”: strength combined with goodwill, patience and courtesy. It matters most with aggressive, "
    "manipulative clients: never show them that you need them more than they need you.",
)

#: The book's techniques for difficult and manipulative clients, in the book's order.
TECHNIQUES: tuple[Technique, ...] = (
    Technique(
        id="brevity",
        text=Text(
            ru="Будьте немногословны: многословие — признак «острой потребности».",
            en="Say little: talking too much is a sign that you badly need the client.",
        ),
    ),
    Technique(
        id="concessions",
        text=Text(
            ru="«Разбавляйте» свои отказы небольшими уступками.",
            en="Soften your refusals with small concessions.",
        ),
    ),
    Technique(
        id="pressure_hurts_quality",
        text=Text(
            ru="Объясните клиенту, что своим давлением на исполнителей он вредит самому себе: если заказ будет "
            "выполнен быстро и дешево, это неминуемо скажется на качестве продукта или услуги.",
            en="Explain to the client that by pressuring the people doing the work they hurt themselves: if the "
            "job is done fast and cheap, the quality of the product or service will inevitably suffer.",
        ),
    ),
    Technique(
        id="regulate_in_writing",
        text=Text(
            ru="Максимально подробно регламентируйте порядок взаимодействия и все соглашения фиксируйте письменно.",
            en="Set out the rules of working together in as much detail as you can, and put every agreement in "
            "writing.",
        ),
    ),
    Technique(
        id="agreements_after_talk",
        text=Text(
            ru="По результатам устного общения высылайте клиенту список достигнутых договоренностей, иначе потом "
            "можете услышать, что он имел в виду совсем другое.",
            en="After every spoken conversation, send the client the list of what was agreed; otherwise you may "
            "later hear that they meant something else entirely.",
        ),
    ),
    Technique(
        id="warn_of_delays",
        text=Text(
            ru="Сообщайте клиенту о требующихся с его стороны шагах и предупреждайте о последствиях проволочек.",
            en="Tell the client which steps are needed from their side, and warn them of what delays will cause.",
        ),
    ),
)

#: How to hold yourself with a difficult client (the book's advice around the techniques).
MINDSET: tuple[Text, ...] = (
    Text(
        ru="С трудным клиентом полезно представить себя психиатром на приеме: врач сохраняет спокойствие, "
        "потому что это его работа и рассказы о зеленых человечках не противоречат его ожиданиям. Возьмите эту "
        "модель поведения на вооружение (ни в коем случае не переводя клиентов в ранг душевнобольных).",
        en="With a difficult client, picture yourself as a psychiatrist seeing a patient: the doctor stays calm "
        "because it is the job, and stories about little green men are just what they expect. Adopt that "
        "stance (without ever treating clients as mentally ill).",
    ),
    Text(
        ru="Не спешите навешивать на сложного клиента ярлык «неадекватности». Может быть, причина в вас — в "
        "неумении объяснять, налаживать контакты, общаться.",
        en="Don't rush to label a difficult client “unreasonable”. Perhaps the cause lies with you: in how you "
        "explain, build rapport and communicate.",
    ),
    Text(
        ru="Совершенно неадекватные клиенты встречаются не так уж часто; обычно это лишь «периоды "
        "неадекватности», вызванные стрессовыми ситуациями. Такие моменты лучше просто переждать, и "
        "сотрудничество вернется в нормальное русло.",
        en="Truly unreasonable clients are not that common; usually it is only a “period of unreasonableness” "
        "brought on "
        "by stress. Such moments are best simply waited out, and the work gets back on track.",
    ),
)

#: Quotations from the book (Russian original, our English translation).
QUOTES: tuple[Text, ...] = (
    Text(
        ru="Гнуться, но не ломаться. Четко обозначать свою позицию и отстаивать ее, не поддаваясь на "
        "психологическое давление со стороны клиента. При этом оставаться корректным… Объяснять, не закипая, "
        "если клиент не понимает, и делать это столько, сколько нужно.",
        en="Bend, but don't break. State your position clearly and stand by it, without giving in to the "
        "client's psychological pressure. And stay courteous all the while… Explain without boiling over if "
        "the client doesn't understand, as many times as it takes.",
    ),
    Text(
        ru="Ваш заказчик склонен валить с больной головы на здоровую или «забывать» свои обещания? Прописывайте "
        "все в электронных письмах, и в случае каких-либо претензий или разбирательств вы будете прикрыты.",
        en="Does your client tend to shift the blame onto others, or “forget” their promises? Put everything in "
        "emails, and if there is ever a complaint or a dispute, you will be covered.",
    ),
)

#: The delay warning, after the book's «Если вы не утвердите проект до пятницы, старт работ будет задержан».
#: ``{action}`` is a verb phrase in the «вы» form (ru) / a bare verb phrase (en); the closing punctuation is
#: added by the code unless the consequence already ends with one.
DELAY_TEMPLATE = Text(
    ru="Если вы не {action} {deadline}, {consequence}",
    en="If you don't {action} {deadline}, {consequence}",
)

#: The book's own example, as arguments to :func:`danetor.soft_power.delay_warning`.
DELAY_EXAMPLE: dict[str, Text] = {
    "action": Text(ru="утвердите проект", en="approve the project"),
    "deadline": Text(ru="до пятницы", en="by Friday"),
    "consequence": Text(ru="старт работ будет задержан", en="the start of work will be delayed"),
}

#: The fixed parts of the list of agreements sent after a spoken conversation.
SUMMARY_TEXTS: dict[str, Text] = {
    "subject_label": Text(ru="Тема: ", en="Subject: "),
    "subject": Text(ru="Договоренности по итогам разговора", en="What we agreed"),
    "subject_on": Text(
        ru="Договоренности по итогам разговора: {conversation}",
        en="What we agreed: {conversation}",
    ),
    "lead": Text(
        ru="По итогам нашего разговора фиксирую договоренности:",
        en="Following our conversation, here is what we agreed:",
    ),
    "lead_on": Text(
        ru="По итогам нашего разговора ({conversation}) фиксирую договоренности:",
        en="Following our conversation ({conversation}), here is what we agreed:",
    ),
    "close": Text(
        ru="Пожалуйста, подтвердите, что все записано верно, или поправьте, если что-то понято иначе.",
        en="Please confirm that this is right, or correct me if anything was understood differently.",
    ),
}

#: Example arguments for :func:`danetor.soft_power.agreements_summary` on the printed page.
SUMMARY_EXAMPLE: dict[str, tuple[Text, ...] | Text] = {
    "items": (
        Text(ru="‹договоренность 1›", en="‹agreement 1›"),
        Text(ru="‹договоренность 2›", en="‹agreement 2›"),
    ),
    "conversation": Text(ru="‹звонок 12 марта›", en="‹call on 12 March›"),
}

_OURS_WORDING = Text(
    ru="Фраза-предупреждение — по образцу книги; формулировки письма с договоренностями — наши.",
    en="The warning follows the book's own example; the wording of the list-of-agreements email is ours.",
)
_CHANNELS = Text(
    ru="Как писать письма и проводить звонки (одно письмо — один вопрос, вопросы к звонку заранее, резюме по "
    "итогам) — в плейбуке «Каналы коммуникации».",
    en="How to write emails and run calls (one email, one question; questions prepared before a call; a "
    "summary afterwards) is in the communication channels playbook.",
)
_FLOW = {
    "talk": Text(ru="Устный разговор", en="Spoken conversation"),
    "list": Text(ru="Список договоренностей письмом", en="List of agreements by email"),
    "confirm": Text(ru="Клиент подтверждает или поправляет", en="Client confirms or corrects"),
    "record": Text(ru="Письменная договоренность", en="Agreement in writing"),
}


def _diagram() -> Diagram:
    def chart(lang: Lang) -> str:
        f = {k: v(lang) for k, v in _FLOW.items()}
        return "\n".join(
            [
                "flowchart LR",
                f'    talk["{f["talk"]}"] --> list["{f["list"]}"]',
                f'    list --> confirm["{f["confirm"]}"]',
                f'    confirm --> record["{f["record"]}"]',
            ]
        )

    return Diagram(mermaid=Text(ru=chart(Lang.RU), en=chart(Lang.EN)))


def document() -> Document:
    """The printable soft-power playbook; the two examples are produced by the library's own helpers."""
    from ..soft_power import agreements_summary, delay_warning

    def warning(lang: Lang) -> str:
        return delay_warning(**{k: v(lang) for k, v in DELAY_EXAMPLE.items()}, lang=lang).text

    def summary(lang: Lang) -> str:
        return agreements_summary(
            [item(lang) for item in SUMMARY_EXAMPLE["items"]],  # type: ignore[union-attr]
            conversation=SUMMARY_EXAMPLE["conversation"](lang),  # type: ignore[operator]
            lang=lang,
        ).email

    return Document(
        id="soft-power",
        title=TITLE,
        source=SOURCE,
        blocks=(
            Paragraph(text=INTRO),
            Quote(text=QUOTES[0]),
            Heading(text=Text(ru="Приемы", en="Techniques")),
            Checklist(items=tuple(t.text for t in TECHNIQUES)),
            Heading(text=Text(ru="Как держаться", en="How to hold yourself")),
            Bullets(items=MINDSET),
            Heading(
                text=Text(
                    ru="Предупреждение о последствиях проволочек", en="Warning of what delays will cause"
                )
            ),
            Paragraph(
                text=Text(
                    ru="Пример из книги (так его строит `delay_warning`):",
                    en="The book's example (as `delay_warning` builds it):",
                )
            ),
            Quote(text=Text(ru=warning(Lang.RU), en=warning(Lang.EN))),
            Heading(
                text=Text(
                    ru="Список договоренностей после разговора", en="The list of agreements after a talk"
                )
            ),
            Quote(text=QUOTES[1]),
            _diagram(),
            Paragraph(
                text=Text(
                    ru="Черновик письма (так его строит `agreements_summary`):",
                    en="A draft email (as `agreements_summary` builds it):",
                )
            ),
            Table(
                header=(Text(ru="Письмо", en="Email"),),
                rows=((Text(ru=summary(Lang.RU), en=summary(Lang.EN)),),),
            ),
            Note(text=_OURS_WORDING, style="ours"),
            Note(text=_CHANNELS, style="info"),
        ),
    )
