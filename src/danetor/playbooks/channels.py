"""The channels playbook: what is said about channels, in Russian and English, and its printable document.

Source: «Отчаянные аккаунт-менеджеры», «Эффективные коммуникации» (shared/sources/003_…txt: the channel
scheme, the email and call discipline, meetings and negotiations, «Мягкая сила» for difficult clients) and the
«30 правил для хорошего аккаунт-менеджера» (002_…txt: rule 2, meeting reports; rule 6, reply the same day;
rule 10, never be late).

The texts are keyed by the plain string values of the enums in :mod:`danetor.rules.channels` (a ``StrEnum``
member looks them up directly), so the rules can take their labels from here without an import cycle; tests
check that every key matches its enum. :func:`document` builds the printable playbook from the rule set, the
advice table, the escalation sequence and the checklists themselves: nothing in it is typed twice.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import timedelta
from types import MappingProxyType

from pydantic import BaseModel, ConfigDict, Field

from ..text import Lang, Text, as_lang, book_source
from .document import Checklist, Diagram, Document, Heading, Note, Paragraph, Quote, Steps, Table

__all__ = [
    "ACTIONS",
    "CHANNEL_LABELS",
    "CHECKLISTS",
    "EVENT_LABELS",
    "EXPLAIN",
    "SITUATION_LABEL",
    "SITUATION_LABELS",
    "STATE_LABELS",
    "WHY",
    "ChannelChecklist",
    "describe_advice",
    "describe_duration",
    "document",
]

SITUATION_LABEL = Text(ru="ситуация", en="situation")

#: Situation value → label (lower case, for use inside sentences).
SITUATION_LABELS: Mapping[str, Text] = MappingProxyType(
    {
        "non_urgent": Text(ru="несрочный вопрос", en="non-urgent question"),
        "urgent": Text(ru="срочный вопрос", en="urgent question"),
        "incident": Text(
            ru="нештатная ситуация, не требующая участия клиента",
            en="incident that needs no action from the client",
        ),
        "presentation": Text(
            ru="презентация предлагаемого подхода или решения",
            en="presenting a proposed approach or solution",
        ),
        "interim_report": Text(ru="отчет о промежуточных итогах работы", en="interim progress report"),
        "final_report": Text(ru="отчет о завершении проекта", en="project completion report"),
    }
)

#: Channel value → label (lower case).
CHANNEL_LABELS: Mapping[str, Text] = MappingProxyType(
    {
        "email": Text(ru="электронная почта", en="email"),
        "messenger": Text(ru="мессенджер", en="messenger"),
        "phone": Text(ru="телефонный звонок", en="phone call"),
        "video_call": Text(ru="видеоконференция", en="video call"),
        "meeting": Text(ru="личная встреча", en="in-person meeting"),
    }
)

#: Situation value (= rule id of the matrix) → why the book's scheme advises what it does.
WHY: Mapping[str, Text] = MappingProxyType(
    {
        "non_urgent": Text(
            ru="Несрочный вопрос решайте письменно — по электронной почте или в мессенджере: звонить клиенту "
            "стоит лишь тогда, когда никак нельзя обойтись письменным сообщением.",
            en="Handle a non-urgent question in writing, by email or messenger: call the client only when a "
            "written message really will not do.",
        ),
        "urgent": Text(
            ru="Срочный запрос отправляйте сразу и по почте, и в мессенджер; в случае отсутствия реакции — "
            "звонок. Звонок здесь — следующий шаг, а не первый: звонить стоит, когда письменным сообщением "
            "не обойтись.",
            en="Send an urgent request by email and messenger at once; if there is no reaction, call. The "
            "call is the next step, not the first: call when writing will not do.",
        ),
        "incident": Text(
            ru="О нештатной ситуации, которая не требует участия клиента, сообщите по электронной почте: "
            "клиент узнает о случившемся, но действовать ему не нужно.",
            en="Report an incident that needs nothing from the client by email: the client learns what "
            "happened, but has nothing to do.",
        ),
        "presentation": Text(
            ru="Предлагаемый подход или решение представляйте на личной встрече, в крайнем случае — по "
            "видеоконференции: при встрече можно задействовать приемы невербальной коммуникации и показать, "
            "что вы с клиентом — одна команда.",
            en="Present a proposed approach or solution at an in-person meeting, or at worst on a video "
            "call: face to face you can use body language and show that you and the client are one team.",
        ),
        "interim_report": Text(
            ru="Промежуточные итоги отправляйте по электронной почте: написанное в письме зафиксировано, и в "
            "случае претензий или разбирательств вы будете прикрыты.",
            en="Send interim results by email: what is in an email is on record, so you are covered if "
            "claims or disputes come up.",
        ),
        "final_report": Text(
            ru="Об итогах проекта отчитывайтесь на личной встрече, а после нее, как после каждой встречи, "
            "отправьте митинг-репорт.",
            en="Report on a completed project at an in-person meeting and, as after every meeting, send a "
            "meeting report afterwards.",
        ),
    }
)


class ChannelChecklist(BaseModel):
    """The discipline for one channel (or for difficult clients): a title, where it comes from, the items."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str
    title: Text
    source: Text
    items: tuple[Text, ...] = Field(min_length=1)

    def block(self) -> Checklist:
        """The items as a printable :class:`~danetor.playbooks.document.Checklist`."""
        return Checklist(items=self.items)

    def render(self, lang: Lang | str = Lang.RU) -> str:
        """The checklist as plain text: the title, then one ``- [ ]`` line per item."""
        lang = as_lang(lang)
        return "\n".join([self.title(lang), *("- [ ] " + item(lang) for item in self.items)])


_BOOK = book_source(Text(ru="раздел «Эффективные коммуникации»", en="section “Effective communication”"))


def _technique(technique_id: str) -> Text:
    from .soft_power import TECHNIQUES

    return next(t.text for t in TECHNIQUES if t.id == technique_id)


#: Checklist id → checklist. ``email``, ``phone``, ``meeting`` discipline channels; ``difficult_client`` is
#: added for every channel when the client is a difficult one.
CHECKLISTS: Mapping[str, ChannelChecklist] = MappingProxyType(
    {
        "email": ChannelChecklist(
            id="email",
            title=Text(ru="Электронная почта и переписка", en="Email and written messages"),
            source=Text(
                ru=_BOOK.ru + "; «30 правил для хорошего аккаунт-менеджера», правило 6",
                en=_BOOK.en + "; “30 rules for a good account manager”, rule 6",
            ),
            items=(
                Text(ru="В переписке стремитесь к краткости.", en="Keep your messages short."),
                Text(ru="Каждое письмо посвящайте одному вопросу.", en="One question per email."),
                Text(ru="Укажите этот вопрос в теме письма.", en="Name that question in the subject line."),
                Text(
                    ru="Хотите обсудить несколько предметов — пишите несколько писем.",
                    en="Several things to discuss? Write several emails.",
                ),
                Text(
                    ru="Отвечайте на письма в тот же день или сообщите, что ответите позже.",
                    en="Reply the same day, or tell the client you will reply later.",
                ),
            ),
        ),
        "phone": ChannelChecklist(
            id="phone",
            title=Text(ru="Телефонный звонок", en="Phone calls"),
            source=_BOOK,
            items=(
                Text(
                    ru="Звоните клиенту лишь тогда, когда никак нельзя обойтись письменным сообщением.",
                    en="Call the client only when a written message really will not do.",
                ),
                Text(
                    ru="Заранее составьте список вопросов для обсуждения.",
                    en="List the questions to discuss in advance.",
                ),
                Text(
                    ru="Согласуйте с клиентом время, продолжительность и тему разговора.",
                    en="Agree the time, length and topic of the call with the client.",
                ),
                Text(
                    ru="Во время беседы записывайте ответы клиента.",
                    en="Take notes of the client's answers during the call.",
                ),
                Text(
                    ru="По итогам обсуждения вышлите клиенту для подтверждения резюме с выводами.",
                    en="Afterwards, send the client a summary of the conclusions to confirm.",
                ),
            ),
        ),
        "meeting": ChannelChecklist(
            id="meeting",
            title=Text(ru="Встречи и переговоры", en="Meetings and negotiations"),
            source=Text(
                ru=_BOOK.ru + "; «30 правил для хорошего аккаунт-менеджера», правила 2 и 10",
                en=_BOOK.en + "; “30 rules for a good account manager”, rules 2 and 10",
            ),
            items=(
                Text(ru="Не опаздывайте на встречи.", en="Never be late for a meeting."),
                Text(
                    ru="Внушите себе, что катастрофы не будет, если переговоры ни к чему не приведут: так вы "
                    "будете держаться уверенно и независимо, и собеседник не сможет вами манипулировать.",
                    en="Tell yourself it is no disaster if the talks lead nowhere: you will stay confident "
                    "and independent, and the other side cannot manipulate you.",
                ),
                Text(
                    ru="Подчеркивайте, что вы с партнером — одна команда: «мы с вами», «мы вместе».",
                    en="Keep stressing that you and the client are one team: “you and I”, “together”.",
                ),
                Text(
                    ru="Садитесь не напротив клиента, а под прямым углом к нему.",
                    en="Sit at a right angle to the client, not across the table.",
                ),
                Text(
                    ru="После каждой встречи отправляйте митинг-репорт.",
                    en="Send a meeting report after every meeting.",
                ),
            ),
        ),
        "difficult_client": ChannelChecklist(
            id="difficult_client",
            title=Text(ru="С трудными клиентами", en="With difficult clients"),
            source=book_source(
                Text(
                    ru="разделы «Эффективные коммуникации» и «Мягкая сила»",
                    en="sections “Effective communication” and “Soft power”",
                )
            ),
            # the soft-power techniques for writing things down, worded once (playbooks.soft_power), and the
            # book's reason for email from the channel scheme
            items=(
                *(_technique(t) for t in ("regulate_in_writing", "agreements_after_talk")),
                Text(
                    ru="Прописывайте все в электронных письмах: в случае претензий или разбирательств вы "
                    "будете прикрыты.",
                    en="Put everything in emails: if claims or disputes come up, you are covered.",
                ),
                _technique("warn_of_delays"),
            ),
        ),
    }
)

#: Escalation event value → label.
EVENT_LABELS: Mapping[str, Text] = MappingProxyType(
    {
        "sent": Text(ru="запрос отправлен", en="request sent"),
        "reply": Text(ru="клиент ответил", en="the client replied"),
        "no_reaction": Text(ru="нет реакции за время ожидания", en="no reaction within the wait"),
        "call_answered": Text(ru="разговор состоялся", en="you talked on the phone"),
        "summary_sent": Text(ru="резюме отправлено", en="summary sent"),
    }
)

#: Escalation state value → label.
STATE_LABELS: Mapping[str, Text] = MappingProxyType(
    {
        "not_sent": Text(ru="запрос еще не отправлен", en="not sent yet"),
        "waiting": Text(ru="ждем реакции", en="waiting for a reaction"),
        "call": Text(ru="пора звонить", en="call due"),
        "summary": Text(ru="нужно резюме разговора", en="summary due"),
        "resolved": Text(ru="вопрос решен", en="resolved"),
    }
)

#: Escalation state value → what to do now.
ACTIONS: Mapping[str, Text] = MappingProxyType(
    {
        "not_sent": Text(
            ru="Отправьте срочный запрос одновременно по электронной почте и в мессенджер.",
            en="Send the urgent request by email and messenger at the same time.",
        ),
        "waiting": Text(
            ru="Ждите реакции клиента. Если до конца времени ожидания ее не будет — позвоните.",
            en="Wait for the client to react. If there is no reaction by the end of the wait, call.",
        ),
        "call": Text(
            ru="Реакции нет — позвоните клиенту. Заранее составьте список вопросов, во время разговора "
            "записывайте ответы.",
            en="No reaction: call the client. List your questions first and take notes of the answers during "
            "the call.",
        ),
        "summary": Text(
            ru="По итогам разговора вышлите клиенту для подтверждения резюме с выводами.",
            en="Send the client a summary of the call's conclusions to confirm.",
        ),
        "resolved": Text(
            ru="Клиент отреагировал, вопрос решен: больше ничего делать не нужно.",
            en="The client has reacted and the question is settled: nothing more to do.",
        ),
    }
)

#: Fixed templates (only our own values are ever formatted into them).
EXPLAIN: Mapping[str, Text] = MappingProxyType(
    {
        "situation": Text(ru="Ситуация: {situation}.", en="Situation: {situation}."),
        "channel": Text(ru="Канал: {channels}.", en="Channel: {channels}."),
        "why": Text(ru="Почему: {why}", en="Why: {why}"),
        "and": Text(ru=" и ", en=" and "),
        "or": Text(ru=" или ", en=" or "),
        "together": Text(ru="{channels} одновременно", en="{channels} together"),
        "fallback": Text(ru="{advice}; в крайнем случае — {channel}", en="{advice}; at worst, {channel}"),
        "escalate": Text(ru="{advice}; {trigger} — {channel}", en="{advice}; {trigger} → {channel}"),
        "state": Text(ru="Состояние: {state}.", en="State: {state}."),
        "action": Text(ru="Что делать: {action}", en="What to do: {action}"),
        "channels_now": Text(ru="Каналы: {channels}.", en="Channels: {channels}."),
        "next": Text(ru="{action} Дальше: {moves}.", en="{action} Next: {moves}."),
        "move": Text(ru="{event} → {state}", en="{event} → {state}"),
        "hours": Text(ru="{n} ч", en="{n} h"),
        "minutes": Text(ru="{n} мин", en="{n} min"),
        "seconds": Text(ru="{n} с", en="{n} s"),
    }
)


def describe_advice(channels, alternatives, fallback, escalation, lang: Lang | str) -> str:
    """One phrase for a piece of advice, e.g. «электронная почта и мессенджер одновременно; нет реакции за
    время ожидания — телефонный звонок». Arguments are channel values (or members) and escalation items."""
    lang = as_lang(lang)
    names = [CHANNEL_LABELS[c](lang) for c in channels]
    text = EXPLAIN["and"](lang).join(names)
    if len(names) > 1:
        text = EXPLAIN["together"](lang).format(channels=text)
    if alternatives:
        text = EXPLAIN["or"](lang).join([text, *(CHANNEL_LABELS[c](lang) for c in alternatives)])
    if fallback is not None:
        text = EXPLAIN["fallback"](lang).format(advice=text, channel=CHANNEL_LABELS[fallback](lang))
    for item in escalation:
        text = EXPLAIN["escalate"](lang).format(
            advice=text, trigger=EVENT_LABELS[item.trigger](lang), channel=CHANNEL_LABELS[item.channel](lang)
        )
    return text


def describe_duration(wait: timedelta | float, lang: Lang | str) -> str:
    """A wait as a short duration: whole hours as «1 ч»/«1 h», else whole minutes, else seconds."""
    lang = as_lang(lang)
    seconds = wait.total_seconds() if isinstance(wait, timedelta) else float(wait)
    if seconds >= 3600 and seconds % 3600 == 0:
        return EXPLAIN["hours"](lang).format(n=int(seconds // 3600))
    if seconds >= 60 and seconds % 60 == 0:
        return EXPLAIN["minutes"](lang).format(n=int(seconds // 60))
    return EXPLAIN["seconds"](lang).format(n=f"{seconds:g}")


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _per_lang(build) -> Text:
    """A :class:`Text` whose two versions are built by ``build(lang)``."""
    return Text(ru=build(Lang.RU), en=build(Lang.EN))


def _mermaid(lang: Lang) -> str:
    """The escalation sequence as a Mermaid state diagram, straight from its definition."""
    from ..rules.channels import ESCALATION

    lines = ["stateDiagram-v2"]
    lines += [f'    state "{_cap(STATE_LABELS[s.id](lang))}" as {s.id}' for s in ESCALATION.states]
    lines.append(f"    [*] --> {ESCALATION.initial}")
    for step in ESCALATION.states:
        for event, target in step.on.items():
            lines.append(f"    {step.id} --> {target}: {EVENT_LABELS[event](lang)}")
    lines += [f"    {f} --> [*]" for f in ESCALATION.final]
    return "\n".join(lines)


_DOC = {
    "title": Text(ru="Каналы коммуникации", en="Communication channels"),
    "source": book_source(
        Text(
            ru="разделы «Эффективные коммуникации» и «Мягкая сила»",
            en="sections “Effective communication” and “Soft power”",
        ),
        also=Text(
            ru="«30 правил для хорошего аккаунт-менеджера»", en="“30 rules for a good account manager”"
        ),
    ),
    "quote": Text(
        ru="Каналы коммуникации должны устраивать обе стороны, поэтому стоит обговорить с клиентом порядок "
        "взаимодействия в различных ситуациях.",
        en="Communication channels have to suit both sides, so agree with the client in advance how you will "
        "communicate in different situations.",
    ),
    "matrix": Text(ru="Какой канал в какой ситуации", en="Which channel for which situation"),
    "col_situation": Text(ru="Ситуация", en="Situation"),
    "col_channel": Text(ru="Канал", en="Channel"),
    "col_why": Text(ru="Почему", en="Why"),
    "why_ours": Text(
        ru="Схема «ситуация — канал» взята из книги. Пояснения в столбце «Почему» — наши: книга причин не "
        "приводит, и мы собрали их из других ее советов о переписке, звонках и встречах.",
        en="The situation-to-channel scheme is the book's. The reasons in the “Why” column are ours: the "
        "book gives none, so we drew them from its other advice on writing, calls and meetings.",
    ),
    "incident": Text(
        ru="Если нештатная ситуация — ваш собственный провал и клиент его почувствует, действуйте по "
        "правилам отработки провала: первым сообщите клиенту о случившемся, лучше устно, по телефону, чтобы "
        "сразу оценить его реакцию.",
        en="If the incident is your own failure and the client will feel it, follow the failure-handling "
        "steps: be the first to tell the client, preferably by phone, so that you hear the reaction at once.",
    ),
    "agency": Text(
        ru="Пример из практики одного агентства (кейс из статьи, не из книги): срочные задачи сразу "
        "обсуждали по телефону, рядовые ситуации — в чате, вопросы во внерабочее время — в запасном канале, "
        "Telegram.",
        en="One agency's practice (a case study, not the book): urgent tasks went straight to a phone call, "
        "routine matters to chat, and out-of-hours questions to a backup channel, Telegram.",
    ),
    "escalation": Text(ru="Эскалация срочного вопроса", en="Escalating an urgent question"),
    "escalation_intro": Text(
        ru="Срочный запрос уходит сразу по почте и в мессенджер. Ответил клиент — вопрос решен. Нет реакции "
        "за время ожидания — звоните.",
        en="An urgent request goes out by email and messenger at once. If the client replies, it is settled. "
        "If there is no reaction within the wait, call.",
    ),
    "escalation_ours": Text(
        ru="Книга не называет время ожидания: {wait} по умолчанию — наше решение, задайте свое. Шаг после "
        "звонка тоже наш, но взят из правил книги для звонков: по итогам разговора вышлите резюме для "
        "подтверждения (по электронной почте). Если дозвониться не удалось, вы остаетесь на шаге звонка: "
        "дальше книга ничего не предписывает.",
        en="The book names no wait time: the default of {wait} is ours; set your own. The step after the "
        "call is ours too, but it comes from the book's rules for calls: after the conversation, send a "
        "summary to confirm (by email). If the call does not get through, you stay at the call step: the "
        "book prescribes nothing further.",
    ),
    "for_channels": Text(ru="Для каналов: {channels}.", en="For: {channels}."),
    "for_difficult": Text(
        ru="Для любого канала, если клиент трудный.",
        en="For any channel, when the client is a difficult one.",
    ),
    "checklist_ours": Text(
        ru="Книга дает правила для писем, звонков и встреч. Правила для писем мы применяем и к мессенджеру, "
        "правила для встреч — и к видеоконференции, которая заменяет встречу.",
        en="The book gives rules for emails, calls and meetings. We apply the email rules to messengers too, "
        "and the meeting rules to a video call standing in for a meeting.",
    ),
}


def document() -> Document:
    """The whole channels playbook as a printable :class:`Document`, generated from the rule set, the advice
    table, the escalation sequence and the checklists."""
    from ..rules.channels import ADVICE, CHANNEL_CHECKLIST, CHANNELS, DEFAULT_WAIT, ESCALATION

    rows = []
    for rule in CHANNELS.rules:
        spec = ADVICE[rule.then]
        rows.append(
            (
                _per_lang(lambda lang, r=rule: _cap(SITUATION_LABELS[r.id](lang))),
                _per_lang(
                    lambda lang, s=spec: _cap(
                        describe_advice(s.channels, s.alternatives, s.fallback, s.escalation, lang)
                    )
                ),
                rule.why,
            )
        )

    steps = []
    for step in ESCALATION.states:
        if not step.on:
            continue
        steps.append(
            _per_lang(
                lambda lang, st=step: EXPLAIN["next"](lang).format(
                    action=ACTIONS[st.id](lang),
                    moves="; ".join(
                        EXPLAIN["move"](lang).format(event=EVENT_LABELS[e](lang), state=STATE_LABELS[t](lang))
                        for e, t in st.on.items()
                    ),
                )
            )
        )

    checklist_blocks = []
    for checklist_id, checklist in CHECKLISTS.items():
        users = [c for c, cid in CHANNEL_CHECKLIST.items() if cid == checklist_id]
        checklist_blocks.append(Heading(text=checklist.title))
        if users:
            checklist_blocks.append(
                Paragraph(
                    text=_per_lang(
                        lambda lang, u=users: _DOC["for_channels"](lang).format(
                            channels=", ".join(CHANNEL_LABELS[c](lang) for c in u)
                        )
                    )
                )
            )
        else:
            checklist_blocks.append(Paragraph(text=_DOC["for_difficult"]))
        checklist_blocks.append(checklist.block())

    return Document(
        id="channels",
        title=_DOC["title"],
        source=_DOC["source"],
        blocks=(
            Quote(text=_DOC["quote"]),
            Heading(text=_DOC["matrix"]),
            Table(header=(_DOC["col_situation"], _DOC["col_channel"], _DOC["col_why"]), rows=tuple(rows)),
            Note(text=_DOC["why_ours"], style="ours"),
            Note(text=_DOC["incident"], style="warning"),
            Note(text=_DOC["agency"], style="info"),
            Heading(text=_DOC["escalation"]),
            Paragraph(text=_DOC["escalation_intro"]),
            Steps(items=tuple(steps)),
            Diagram(mermaid=_per_lang(_mermaid)),
            Note(
                text=_per_lang(
                    lambda lang: _DOC["escalation_ours"](lang).format(
                        wait=describe_duration(DEFAULT_WAIT, lang)
                    )
                ),
                style="ours",
            ),
            *checklist_blocks,
            Note(text=_DOC["checklist_ours"], style="ours"),
        ),
    )
