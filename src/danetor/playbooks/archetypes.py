"""The five manager archetypes: texts (ru/en), the self-assessment statements and the printable document.

Source: shared/sources/000_…txt, chapters of «Отчаянные аккаунт-менеджеры»: «Подвид № 1. «Обслуга»» …
«Подвид № 4. «Хорошие ребята»», «Подвид «Синяя птица», и как в неё превратиться» and the growth direction the book
gives each one. The book's summary (003_…txt) names the same types, calling the «формалисты» «пофигисты»
(«равнодушные к заказчикам “пофигисты”»): the same type, described by the same trait — indifference to the client.
Source 004 has a similar list under other names («Равнодушные», «Угодливые», «Дружественные», «Сверхкомпетентные»);
we show them as other names and take the traits from the book.

Ours, not the book's: the wording of the self-assessment statements (each paraphrases a trait the book gives),
the scoring rule and its tie rules. The book itself only asks «Узнали ли вы себя в каком-либо подвиде?».

Fixed texts only; the rule set is :mod:`danetor.rules.archetypes`, which imports these texts. :func:`document`
imports the rule set lazily to keep the import graph acyclic.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from ..text import Lang, Text, book_source
from .document import Bullets, Checklist, Diagram, Document, Heading, Note, Paragraph, Quote, Steps, Table

__all__ = [
    "ALSO_CALLED",
    "ARCHETYPE_IDS",
    "ARCHETYPE_NAMES",
    "ARCHETYPE_SHORT",
    "EXPLAIN",
    "GROWTH",
    "GROWTH_SHORT",
    "OUTCOME_LABELS",
    "RULE_WHY",
    "SOURCE",
    "STATEMENTS",
    "TITLE",
    "TRAITS",
    "Statement",
    "document",
]

#: the archetypes in the book's order (the values of :class:`danetor.rules.archetypes.Archetype`)
ARCHETYPE_IDS: tuple[str, ...] = ("servant", "formalist", "know_it_all", "nice_guy", "blue_bird")


class Statement(BaseModel):
    """One self-assessment statement: agreeing with it gives one point to *archetype*."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    archetype: str
    text: Text


TITLE = Text(ru="Пять типажей аккаунт-менеджеров", en="The five account manager archetypes")
SOURCE = book_source(
    Text(
        ru="главы о подвидах клиентских менеджеров и о «синей птице»",
        en="the chapters on the kinds of client managers and on the “blue bird”",
    )
)

ARCHETYPE_NAMES: dict[str, Text] = {
    "servant": Text(ru="«Обслуга» («чего изволите»)", en="The Servants (“what would you like?”)"),
    "formalist": Text(ru="«Формалисты» («моя хата с краю»)", en="The Formalists (“not my problem”)"),
    "know_it_all": Text(ru="«Знайки» («типа самый умный»)", en="The Know-it-alls (“the smartest one here”)"),
    "nice_guy": Text(ru="«Хорошие ребята» («давайте дружить»)", en="The Nice Guys (“let's be friends”)"),
    "blue_bird": Text(ru="«Синие птицы»", en="The Blue Birds"),
}
ARCHETYPE_SHORT: dict[str, Text] = {
    "servant": Text(ru="Обслуга", en="Servants"),
    "formalist": Text(ru="Формалисты", en="Formalists"),
    "know_it_all": Text(ru="Знайки", en="Know-it-alls"),
    "nice_guy": Text(ru="Хорошие ребята", en="Nice Guys"),
    "blue_bird": Text(ru="Синие птицы", en="Blue Birds"),
}
#: the names the other sources use for the same type
ALSO_CALLED: dict[str, Text] = {
    "servant": Text(
        ru="«обслуга, готовая безропотно выполнять любые пожелания клиента» (003); «угодливые» (004)",
        en="“servants, ready to do whatever the client wishes without a murmur” (003); “the obsequious” (004)",
    ),
    "formalist": Text(
        ru="«равнодушные к заказчикам “пофигисты”» (003); «равнодушные» (004)",
        en="“couldn't-care-lesses, indifferent to the client” (003); “the indifferent” (004)",
    ),
    "know_it_all": Text(
        ru="«надменные “знайки”» (003); «сверхкомпетентные менеджеры» (004)",
        en="“arrogant know-it-alls” (003); “over-competent managers” (004)",
    ),
    "nice_guy": Text(
        ru="«общительные “хорошие ребята”» (003); «дружественные менеджеры» (004)",
        en="“sociable nice guys” (003); “friendly managers” (004)",
    ),
    "blue_bird": Text(
        ru="«идеальный аккаунт-менеджер» (003)",
        en="“the ideal account manager” (003)",
    ),
}
#: the traits the book gives each type
TRAITS: dict[str, Text] = {
    "servant": Text(
        ru="Чувствуют, что должны всё делать для клиента и ради клиента: всегда идти навстречу, выполнять все "
        "просьбы. Экстремально клиентоориентированы, но не ценят и не уважают себя, поэтому клиенты часто ими "
        "помыкают. Через несколько лет работы — фрустрация, обида на клиентов и выгорание; финансовые "
        "результаты чаще всего неудовлетворительные.",
        en="Feel they must do everything for the client and for the client's sake: always meet them halfway, do "
        "every favour asked. Extremely client-oriented, but they neither value nor respect themselves, so "
        "clients often push them around. After a few years: frustration, resentment of clients and burnout; "
        "the financial results are usually poor.",
    ),
    "formalist": Text(
        ru="Низкая вовлеченность в рабочий процесс и равнодушие к клиенту: работают работу, но без лишнего "
        "энтузиазма. Пересылают запросы клиента исполнителям, не вникая в суть. Боятся не столько неудачи, "
        "сколько наказания за нее, поэтому перестраховываются, замедляя работу, и стараются не брать на себя "
        "ответственность.",
        en="Low engagement with the work and indifference to the client: they do the job, without much "
        "enthusiasm. They forward the client's requests to the people doing the work without going into them. "
        "They fear punishment for a failure more than the failure itself, so they over-insure, slowing the work "
        "down, and avoid taking responsibility.",
    ),
    "know_it_all": Text(
        ru="Хорошая профессиональная экспертиза, часто психологическая сила. Любят выказывать экспертность к "
        "месту и не к месту и транслируют свое превосходство над клиентом: «вы все дураки, а я знаю, как надо». "
        "У многих клиентов вызывают раздражение, но бывают эффективны со сложными клиентами.",
        en="Strong professional expertise, often psychologically strong too. They like to show off their "
        "expertise whether it fits or not, and signal their superiority over the client: “you are all fools, "
        "and I know how it should be done”. Many clients find them irritating, though they can work well with "
        "difficult clients.",
    ),
    "nice_guy": Text(
        ru="Приятные в общении коммуникаторы, настроенные на контакт с клиентом; часто понимают под этим дружбу и "
        "пытаются «задружиться». Нехватку экспертизы компенсируют эмоциональным интеллектом и находчивостью. "
        "Сказать клиенту «нет» могут, но избегают этого до последнего: друзьям трудно отказать.",
        en="Pleasant communicators set on building contact with the client, which they often take to mean "
        "friendship. They make up for a lack of expertise with emotional intelligence and resourcefulness. They "
        "can say “no” to a client, but put it off to the very last: it is hard to refuse a friend.",
    ),
    "blue_bird": Text(
        ru="Эксперты в решении задач клиента, любят учиться и саморазвиваться. Их главная мотивация — помочь "
        "клиенту; они считывают его потребности, настроение и намерения, то есть обладают высокой эмпатией. "
        "Строят партнерство на равных и соблюдают баланс интересов клиента и своей компании: вежливо, но "
        "твердо отстаивают свою позицию.",
        en="Experts at solving the client's problems who love to learn and grow. Their main motivation is to "
        "help the client; they read the client's needs, mood and intentions, that is, they have high empathy. "
        "They build a partnership of equals and keep the balance between the client's interests and their "
        "company's: politely but firmly, they stand their ground.",
    ),
}
#: the book's growth direction for each type (the blue bird is the goal; see the text)
GROWTH: dict[str, Text] = {
    "servant": Text(
        ru="Научитесь уважать себя и соблюдать интересы компании. Помните: клиент — не ваш господин. Клиент и его "
        "мнение важны, но не закон для вас. Недостаток уважения к себе — вот ваше поле для роста.",
        en="Learn to respect yourself and to look after your company's interests. Remember: the client is not "
        "your master. The client and their opinion matter, but they are not law for you. Your lack of "
        "self-respect is where you need to grow.",
    ),
    "formalist": Text(
        ru="Здесь автор честно признается, что не знает, что посоветовать: если желания помогать людям нет, вряд "
        "ли что-то можно сделать. Вам самому надо понять, тем ли вы занимаетесь в жизни. Если вы подходите к "
        "работе формально, без души, быть может, она просто не для вас? Или, может быть, вы выгорели?",
        en="Here the author admits he does not know what to advise: if the wish to help people is missing, "
        "little can be done. You need to work out for yourself whether this is the right work for you. If you "
        "approach it as a formality, without heart, perhaps it is simply not for you? Or perhaps you have "
        "burned out?",
    ),
    "know_it_all": Text(
        ru="С экспертностью и с соблюдением интересов компании у вас всё отлично. Как у вас с эмпатией, с "
        "желанием помочь клиентам? Высокий IQ, знание технологий и бизнес-процессов — еще не повод считать "
        "других глупцами. Попробуйте относиться немного снисходительнее к клиентам и их непросвещенности.",
        en="Your expertise and your care for the company's interests are excellent. How is your empathy, your "
        "wish to help clients? A high IQ and knowing the technology and the business processes are no reason to "
        "think others fools. Try to be a little more forgiving of clients and of what they do not know.",
    ),
    "nice_guy": Text(
        ru="Вам проще всех стать «синей птицей»: желание помочь у вас уже есть, а ему невозможно научить. "
        "Наращивайте экспертизу — вам очень нужно это делать. Но главное — научитесь находить правильный "
        "баланс между дружбой с клиентом и рабочими моментами: отказывать клиенту, бывает, приходится.",
        en="You have the easiest road to becoming a “blue bird”: you already want to help, and that cannot be "
        "taught. Build up your expertise; you really need to. But above all, learn to find the right balance "
        "between friendship with the client and the work itself: sometimes you do have to say no.",
    ),
    "blue_bird": Text(
        ru="Отдельного направления роста для «синих птиц» книга не дает: это и есть цель. «Синими птицами» не "
        "рождаются, ими становятся в результате работы над собой. Сохраняйте все три навыка — экспертизу, "
        "желание помочь и партнерство на равных с балансом интересов — и развивайте ассертивность и "
        "проактивность (так советует краткое содержание книги).",
        en="The book gives the blue birds no growth direction of their own: they are the goal. Blue birds are "
        "not born, they are made, by working on yourself. Keep all three skills (expertise, the wish to help, "
        "and a partnership of equals that balances both sides' interests) and keep developing assertiveness and "
        "proactivity, as the book's summary advises.",
    ),
}
#: a few words on each type's growth (the diagram's arrows)
GROWTH_SHORT: dict[str, Text] = {
    "servant": Text(ru="уважение к себе и интересы компании", en="self-respect and the company's interests"),
    "formalist": Text(ru="понять, ваша ли это работа", en="ask whether this work is for you"),
    "know_it_all": Text(ru="эмпатия и желание помочь", en="empathy and the wish to help"),
    "nice_guy": Text(ru="экспертиза и баланс дружбы и дела", en="expertise; balance friendship and work"),
}

_S = Statement
#: the self-assessment, grouped by archetype here; :data:`danetor.rules.archetypes.QUIZ` gives the asking order
STATEMENTS: tuple[Statement, ...] = (
    _S(
        id="servant_everything",
        archetype="servant",
        text=Text(
            ru="Я считаю, что для клиента нужно делать всё — буквально что угодно.",
            en="I believe I should do everything for the client — literally anything.",
        ),
    ),
    _S(
        id="servant_always_yes",
        archetype="servant",
        text=Text(
            ru="Я всегда иду клиенту навстречу и выполняю все его просьбы.",
            en="I always meet the client halfway and do everything they ask.",
        ),
    ),
    _S(
        id="servant_resentment",
        archetype="servant",
        text=Text(
            ru="Клиенты часто мной помыкают, и у меня копится обида на них: «я же к ним со всей душой, а они…»",
            en="Clients often push me around, and I resent them for it: “I give them my all, and they…”",
        ),
    ),
    _S(
        id="formalist_indifferent",
        archetype="formalist",
        text=Text(
            ru="Я делаю свою работу, но без лишнего энтузиазма: клиент мне, в общем, безразличен.",
            en="I do my job, without much enthusiasm: I don't really care about the client.",
        ),
    ),
    _S(
        id="formalist_forward",
        archetype="formalist",
        text=Text(
            ru="Запросы клиента я обычно пересылаю исполнителям как есть, не вникая в суть.",
            en="I usually forward the client's requests to the people doing the work as they are, without going "
            "into them.",
        ),
    ),
    _S(
        id="formalist_cover",
        archetype="formalist",
        text=Text(
            ru="Больше неудачи я опасаюсь наказания за нее от руководства, поэтому перестраховываюсь и стараюсь не "
            "брать на себя ответственность.",
            en="I fear being punished for a failure more than the failure itself, so I play it safe and avoid "
            "taking responsibility.",
        ),
    ),
    _S(
        id="know_it_all_show",
        archetype="know_it_all",
        text=Text(
            ru="Я люблю показать свою экспертность — и к месту, и не к месту.",
            en="I like to show off my expertise, whether it fits or not.",
        ),
    ),
    _S(
        id="know_it_all_superior",
        archetype="know_it_all",
        text=Text(
            ru="Я исхожу из того, что знаю, как надо, лучше клиента, и даю ему это понять.",
            en="I start from knowing better than the client how things should be done, and I let them see it.",
        ),
    ),
    _S(
        id="know_it_all_irritate",
        archetype="know_it_all",
        text=Text(
            ru="Многие клиенты раздражаются, общаясь со мной.",
            en="Many clients get irritated dealing with me.",
        ),
    ),
    _S(
        id="nice_guy_friends",
        archetype="nice_guy",
        text=Text(
            ru="С клиентом я стараюсь подружиться: для меня хорошие отношения с ним — это дружба.",
            en="I try to make friends with the client: to me, a good relationship means friendship.",
        ),
    ),
    _S(
        id="nice_guy_charm",
        archetype="nice_guy",
        text=Text(
            ru="Нехватку знаний в предметной области я восполняю общительностью и находчивостью.",
            en="I make up for what I lack in subject knowledge with people skills and resourcefulness.",
        ),
    ),
    _S(
        id="nice_guy_no_last",
        archetype="nice_guy",
        text=Text(
            ru="Сказать клиенту «нет» я могу, но избегаю этого до последнего: друзьям трудно отказать.",
            en="I can say “no” to a client, but I put it off to the very last: it is hard to refuse a friend.",
        ),
    ),
    _S(
        id="blue_bird_expert",
        archetype="blue_bird",
        text=Text(
            ru="Я хорошо разбираюсь в задачах клиента и постоянно учусь и развиваюсь.",
            en="I know the client's problems well, and I keep learning and growing.",
        ),
    ),
    _S(
        id="blue_bird_help",
        archetype="blue_bird",
        text=Text(
            ru="Моя главная мотивация — помочь клиенту: я ищу для него оптимальные решения и считываю его "
            "потребности и настроение.",
            en="My main motivation is to help the client: I look for the best solutions for them and read their "
            "needs and mood.",
        ),
    ),
    _S(
        id="blue_bird_partner",
        archetype="blue_bird",
        text=Text(
            ru="Я держусь с клиентом на равных и соблюдаю баланс его интересов и интересов своей компании: не даю "
            "лишних скидок, не делаю бесплатных работ и вежливо, но твердо отстаиваю свою позицию.",
            en="I deal with the client as an equal and keep the balance between their interests and my company's: "
            "no needless discounts, no free work, and I stand my ground politely but firmly.",
        ),
    ),
)
del _S

#: keyed by :class:`danetor.rules.archetypes.ArchetypeOutcome` values
OUTCOME_LABELS: dict[str, Text] = {
    **ARCHETYPE_NAMES,
    "tie": Text(ru="поровну между несколькими типажами", en="a tie between several archetypes"),
    "none": Text(ru="не определить", en="cannot tell"),
}

_RULE_WINS = Text(
    ru="У типажа {name} больше баллов, чем у каждого из трех других неидеальных типажей, и не меньше, чем у "
    "«синих птиц».",
    en="{name} score more than each of the other three imperfect archetypes, and at least as much as the Blue "
    "Birds.",
)
#: the rule texts of the rule set (keyed by rule id)
RULE_WHY: dict[str, Text] = {
    "none": Text(
        ru="Ни у одного типажа нет ни одного балла: типаж не определить. Ответьте еще раз, как можно честнее.",
        en="No archetype has a single point: the archetype cannot be told. Answer again, as honestly as you can.",
    ),
    "blue_bird": Text(
        ru="У «синих птиц» строго больше баллов, чем у каждого из четырех других типажей.",
        en="The Blue Birds score strictly more than each of the other four archetypes.",
    ),
    **{
        a: Text(
            ru=_RULE_WINS.ru.format(name=ARCHETYPE_SHORT[a].ru.join("«»")),
            en=_RULE_WINS.en.format(name="The " + ARCHETYPE_SHORT[a].en),
        )
        for a in ARCHETYPE_IDS[:4]
    },
    "tie": Text(
        ru="У двух или больше неидеальных типажей поровну наибольших баллов, и не меньше, чем у «синих птиц». "
        "Результат называет их все, с направлением роста для каждого.",
        en="Two or more imperfect archetypes share the top score, at least as high as the Blue Birds'. The result "
        "names them all, with the growth direction for each.",
    ),
}

#: fixed templates for :meth:`danetor.archetypes.ArchetypeAssessment.explain` (only our own values go in)
EXPLAIN: dict[str, Text] = {
    "result": Text(ru="Результат: {outcome}.", en="Result: {outcome}."),
    "scores": Text(ru="Баллы: {scores}.", en="Scores: {scores}."),
    "score": Text(ru="{name} — {points}", en="{name}: {points}"),
    "why": Text(ru="Почему: {why}", en="Why: {why}"),
    "growth": Text(ru="Куда расти ({name}): {growth}", en="Where to grow ({name}): {growth}"),
    "traits": Text(ru="Каков типаж ({name}): {traits}", en="What the archetype is like ({name}): {traits}"),
}

_INTRO = Text(
    ru="Кто вы по отношению к клиенту? Автор книги сгруппировал клиентских менеджеров в четыре подвида — "
    "«Обслуга», «Формалисты», «Знайки» и «Хорошие ребята» — и описал идеал, «синюю птицу». Каждому из четырех "
    "чего-то не хватает, чтобы стать «синей птицей». Клиент хочет увидеть в вас всего две вещи: что вы МОЖЕТЕ "
    "решить его задачи и что вы ХОТИТЕ их решить.",
    en="Who are you in relation to the client? The author groups client managers into four kinds (the Servants, "
    "the Formalists, the Know-it-alls and the Nice Guys) and describes the ideal, the “blue bird”. Each of the "
    "four lacks something to become a blue bird. The client wants to see just two things in you: that you CAN "
    "solve their problems, and that you WANT to.",
)
_QUOTE = Text(
    ru="Узнали ли вы себя в каком-либо подвиде? Если не узнали ни в одном из перечисленных, то, может быть, вы "
    "идеальный аккаунт-менеджер?",
    en="Did you recognise yourself in any of these kinds? If you recognised yourself in none of them, then "
    "perhaps you are the ideal account manager?",
)
_TYPES_HEADING = Text(ru="Типажи", en="The archetypes")
_TRAITS_HEAD = (
    Text(ru="Типаж", en="Archetype"),
    Text(ru="Каков он", en="What it is like"),
    Text(ru="Другие названия", en="Other names"),
)
_GROWTH_HEAD = (Text(ru="Типаж", en="Archetype"), Text(ru="Куда расти", en="Where to grow"))
_GROWTH_HEADING = Text(ru="Куда расти каждому типажу", en="Where each archetype should grow")
_QUIZ_HEADING = Text(ru="Самопроверка", en="Self-assessment")
_QUIZ_INTRO = Text(
    ru="Отметьте утверждения, с которыми вы согласны. Отвечайте честно: это проверка для вас, а не для "
    "руководителя.",
    en="Tick the statements you agree with. Be honest: this check is for you, not for your manager.",
)
_SCORING_HEADING = Text(ru="Как считать", en="How to score")
_SCORING_FIRST = Text(
    ru="Каждое утверждение, с которым вы согласны, дает один балл своему типажу (у каждого типажа от 0 до {n} "
    "баллов). Ключ — в таблице ниже.",
    en="Each statement you agree with gives one point to its archetype (each archetype scores from 0 to {n}). "
    "The key is in the table below.",
)
_KEY_HEAD = (Text(ru="Типаж", en="Archetype"), Text(ru="Утверждения", en="Statements"))
_DIAGRAM_HEADING = Text(ru="Путь к «синей птице»", en="The road to the blue bird")
_OURS_NOTE = Text(
    ru="Утверждения самопроверки — наши формулировки черт, которые описывает книга; сама книга только "
    "спрашивает, узнали ли вы себя. Правило подсчета и правила для ничьих — тоже наши. При равенстве баллов "
    "неидеальный типаж берет верх над «синей птицей»: книга называет «синей птицей» того, кто не узнал себя ни "
    "в одном из четырех подвидов. Если поровну у нескольких неидеальных типажей, результат называет их все.",
    en="The self-assessment statements are our wording of the traits the book describes; the book itself only "
    "asks whether you recognise yourself. The scoring rule and the tie rules are ours too. On equal points an "
    "imperfect archetype wins over the blue bird: the book calls a blue bird someone who recognises themselves "
    "in none of the four kinds. When several imperfect archetypes tie, the result names them all.",
)
_NAMES_NOTE = Text(
    ru="В кратком содержании книги (источник 003) «формалисты» названы «пофигистами», «равнодушными к "
    "заказчикам»: это тот же типаж с той же главной чертой — равнодушием к клиенту. Мы держимся названия из "
    "глав книги. В источнике 004 похожие типажи названы «равнодушными», «угодливыми», «дружественными» и "
    "«сверхкомпетентными»; черты здесь взяты из книги.",
    en="The book's summary (source 003) calls the Formalists “пофигисты” (couldn't-care-lesses), “indifferent "
    "to the client”: the same type, with the same defining trait, indifference to the client. We keep the name "
    "from the book's chapters. Source 004 calls similar types “the indifferent”, “the obsequious”, “the "
    "friendly” and “the over-competent”; the traits here are the book's.",
)


def _mermaid_label(text: str) -> str:
    """A Mermaid label: our fixed texts, with the quote character Mermaid's grammar reserves escaped."""
    return text.replace('"', "#quot;")


def document() -> Document:
    """The archetypes as a printable document: table, self-assessment, scoring rule (from the verified rule set)
    and the growth diagram."""
    from ..rules.archetypes import ARCHETYPES, MAX_POINTS, QUIZ, Archetype

    number = {s.id: i for i, s in enumerate(QUIZ, 1)}
    key_rows = tuple(
        (
            ARCHETYPE_NAMES[a],
            Text(
                ru=", ".join(str(number[s.id]) for s in STATEMENTS if s.archetype == a),
                en=", ".join(str(number[s.id]) for s in STATEMENTS if s.archetype == a),
            ),
        )
        for a in Archetype
    )

    def chart(lang: Lang) -> str:
        goal = Archetype.BLUE_BIRD
        lines = ["flowchart LR", f'    {goal.value}(("{_mermaid_label(ARCHETYPE_SHORT[goal](lang))}"))']
        for a in Archetype:
            if a is goal:
                continue
            lines.append(f'    {a.value}["{_mermaid_label(ARCHETYPE_SHORT[a](lang))}"]')
            lines.append(f'    {a.value} -->|"{_mermaid_label(GROWTH_SHORT[a](lang))}"| {goal.value}')
        return "\n".join(lines)

    first = Text(ru=_SCORING_FIRST.ru.format(n=MAX_POINTS), en=_SCORING_FIRST.en.format(n=MAX_POINTS))
    return Document(
        id="archetypes",
        title=TITLE,
        source=SOURCE,
        blocks=(
            Paragraph(text=_INTRO),
            Heading(text=_TYPES_HEADING),
            Table(
                header=_TRAITS_HEAD,
                rows=tuple((ARCHETYPE_NAMES[a], TRAITS[a], ALSO_CALLED[a]) for a in Archetype),
            ),
            Heading(text=_GROWTH_HEADING),
            Table(header=_GROWTH_HEAD, rows=tuple((ARCHETYPE_NAMES[a], GROWTH[a]) for a in Archetype)),
            Heading(text=_DIAGRAM_HEADING),
            Diagram(mermaid=Text(ru=chart(Lang.RU), en=chart(Lang.EN))),
            Bullets(
                items=tuple(
                    Text(
                        ru=f"{ARCHETYPE_SHORT[a].ru}: {GROWTH_SHORT[a].ru}",
                        en=f"{ARCHETYPE_SHORT[a].en}: {GROWTH_SHORT[a].en}",
                    )
                    for a in GROWTH_SHORT
                )
            ),
            Heading(text=_QUIZ_HEADING),
            Quote(text=_QUOTE),
            Paragraph(text=_QUIZ_INTRO),
            Checklist(
                items=tuple(
                    Text(ru=f"{n}. {s.text.ru}", en=f"{n}. {s.text.en}") for n, s in enumerate(QUIZ, 1)
                )
            ),
            Heading(text=_SCORING_HEADING),
            Steps(items=(first, *(rule.why for rule in ARCHETYPES.rules))),
            Table(header=_KEY_HEAD, rows=key_rows),
            Note(text=_NAMES_NOTE, style="info"),
            Note(text=_OURS_NOTE, style="ours"),
        ),
    )
