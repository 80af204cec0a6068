"""Every text the ``danetor`` command shows: help, prompts, headings. Fixed texts only, in ru and en.

Error messages are not here: they come from the library's exceptions and from argparse, in English, and always
name the flag and the allowed values (they are read by scripts as much as by people).
"""

from __future__ import annotations

from ..text import Text

__all__ = ["CLI"]

CLI: dict[str, Text] = {
    # -- top level ---------------------------------------------------------------------------------------------
    "description": Text(
        ru="danetor — отказать ли клиенту и как это сказать. Инструменты книги Бориса Шпирта "
        "«Отчаянные аккаунт-менеджеры» в виде проверенных правил.",
        en="danetor: should I say no to this client, and how do I say it? The tools of Boris Shpirt's book "
        "«Отчаянные аккаунт-менеджеры» as verified rules.",
    ),
    "epilog": Text(
        ru="Примеры:\n"
        "  danetor ask                                   # задать три вопроса по очереди\n"
        "  danetor ask --client yes --company no --eba no --json\n"
        "  danetor ask --lang en --help\n\n"
        "Язык по умолчанию берется из LC_ALL, LC_MESSAGES или LANG: если значение начинается с ru — русский, "
        "иначе английский.",
        en="Examples:\n"
        "  danetor ask                                   # ask the three questions one by one\n"
        "  danetor ask --client yes --company no --eba no --json\n"
        "  danetor ask --lang ru --help\n\n"
        "The default language comes from LC_ALL, LC_MESSAGES or LANG (ru… gives Russian); otherwise English.",
    ),
    "lang": Text(ru="язык вывода: ru или en", en="output language: ru or en"),
    "version": Text(ru="показать версию и выйти", en="show the version and exit"),
    "help": Text(ru="показать эту справку и выйти", en="show this help and exit"),
    "json": Text(ru="вывести один JSON-документ (для скриптов)", en="print one JSON document (for scripts)"),
    "commands": Text(ru="команды", en="commands"),
    "options": Text(ru="параметры", en="options"),
    "positionals": Text(ru="аргументы", en="positional arguments"),
    "usage": Text(ru="использование: ", en="usage: "),
    # -- ask ---------------------------------------------------------------------------------------------------
    "ask": Text(
        ru="алгоритм ДАНЕТОР: отказать ли клиенту и что ему ответить",
        en="the DANETOR check: should I say no, and the message to send",
    ),
    "ask_description": Text(
        ru="Три вопроса книги: польза клиенту, польза компании, рост «эмоционального банковского счета». "
        "Два и больше «нет» — отказать. Не переданные флагами ответы спрашиваются по очереди (в терминале).",
        en="The book's three questions: good for the client, good for the company, growth of the “emotional "
        "bank account”. Two or more “no” answers mean refuse. Answers not given as flags are asked one by one "
        "(in a terminal).",
    ),
    "ask_epilog": Text(
        ru="Примеры:\n"
        "  danetor ask\n"
        "  danetor ask --client yes --company no --eba no\n"
        "  danetor ask --client да --company нет --eba нет \\\n"
        '      --request "переделать баннеры бесплатно за выходные" \\\n'
        '      --reason "команда занята запуском другого проекта" \\\n'
        '      --alternative "сделаем в понедельник и вторник"\n'
        "  danetor ask --client yes --company no --eba unknown --json",
        en="Examples:\n"
        "  danetor ask\n"
        "  danetor ask --client yes --company no --eba no\n"
        "  danetor ask --client yes --company no --eba no \\\n"
        '      --request "redo the banners for free over the weekend" \\\n'
        '      --reason "the team is busy with another launch" \\\n'
        '      --alternative "we can do it on Monday and Tuesday"\n'
        "  danetor ask --client yes --company no --eba unknown --json",
    ),
    "flag_client": Text(
        ru="польза клиенту: yes | no | unknown", en="good for the client: yes | no | unknown"
    ),
    "flag_company": Text(
        ru="польза компании: yes | no | unknown", en="good for the company: yes | no | unknown"
    ),
    "flag_eba": Text(
        ru="рост ЭБС покроет издержки: yes | no | unknown",
        en="trust gained covers the cost: yes | no | unknown",
    ),
    "flag_request": Text(ru="о чем просит клиент", en="what the client asks for"),
    "flag_reason": Text(
        ru="причина отказа (для текста отказа)", en="the reason for the refusal (for the message)"
    ),
    "flag_alternative": Text(
        ru="что вы предлагаете взамен (для текста отказа)", en="what you offer instead (for the message)"
    ),
    "flag_free": Text(
        ru="согласие — это бесплатная экстра-услуга: «продать» ее за лояльность",
        en="the yes is a free extra: “sell” it for loyalty",
    ),
    "flag_paid": Text(
        ru="согласие — это платная работа: простое подтверждение",
        en="the yes is paid work: a plain confirmation",
    ),
    "flag_service": Text(
        ru="что именно вы делаете бесплатно (для «продажи» экстра-услуги)",
        en="what you do for free (to sell the extra)",
    ),
    "flag_price": Text(
        ru="сколько это обычно стоит (число или текст)", en="what it usually costs (a number or text)"
    ),
    "flag_hours": Text(ru="сколько часов работы это занимает", en="how many hours of work it takes"),
    "flag_name": Text(
        ru="имя клиента для обращения в сообщении", en="the client's name, to address the message"
    ),
    "flag_brief": Text(
        ru="коротко: для напористого клиента или холерика", en="brief: for a pushy or choleric client"
    ),
    # -- interactive -------------------------------------------------------------------------------------------
    "question_n": Text(ru="Вопрос {n} из {total}", en="Question {n} of {total}"),
    "choice_yes": Text(ru="Да", en="Yes"),
    "choice_no": Text(ru="Нет", en="No"),
    "choice_unknown": Text(ru="Не знаю", en="Don't know"),
    "choice_help": Text(ru="? Что это значит", en="? What does this mean"),
    "instruction": Text(ru="(стрелки и Enter)", en="(arrows and Enter)"),
    "offer_refusal": Text(ru="Составить эмпатический отказ?", en="Draft an empathic refusal?"),
    "ask_request": Text(ru="О чем просит клиент?", en="What does the client ask for?"),
    "ask_reason": Text(ru="Почему вы отказываете? (причина)", en="Why are you refusing? (the reason)"),
    "ask_alternative": Text(ru="Что вы предложите взамен?", en="What will you offer instead?"),
    "offer_extra": Text(
        ru="Это бесплатная экстра-услуга? Составить сообщение, которое ее «продаст»?",
        en="Is this a free extra? Draft a message that “sells” it?",
    ),
    "offer_clarify": Text(
        ru="Составить клиенту вопрос о недостающем?",
        en="Draft a message asking the client for what is missing?",
    ),
    "ask_service": Text(ru="Что вы сделаете бесплатно?", en="What will you do for free?"),
    "not_blank": Text(ru="Нужен непустой ответ", en="Please give a non-blank answer"),
    # -- bad values (the English is the one-line error; a prompt shows the text in its language) --------------
    "bad_blank": Text(ru="не может быть пустым", en="must not be blank"),
    "bad_choice": Text(
        ru="«{value}» не подходит; возможные значения: {allowed}",
        en='"{value}" is not allowed; use one of: {allowed}',
    ),
    "bad_price": Text(
        ru="«{value}» не подходит: нужна сумма больше нуля или слова",
        en='"{value}" is not allowed; use a positive amount, or words',
    ),
    "bad_hours": Text(
        ru="«{value}» не подходит: нужно число часов больше нуля или слова",
        en='"{value}" is not allowed; use a positive number of hours, or words',
    ),
    "bad_not_finite": Text(
        ru="«{value}» — не конечное число: нужно число больше нуля или слова",
        en='"{value}" is not a finite number; use a positive number, or words',
    ),
    # -- channel -----------------------------------------------------------------------------------------------
    "channel": Text(
        ru="по какому каналу связаться с клиентом в этой ситуации",
        en="which channel to use with the client in this situation",
    ),
    "channel_description": Text(
        ru="Схема каналов из книги: какой канал для какой ситуации, эскалация и правила для каждого канала.",
        en="The book's channel scheme: which channel for which situation, escalation, and the rules for "
        "each channel.",
    ),
    "channel_epilog": Text(
        ru="Ситуации: non_urgent, urgent, incident, presentation, interim_report, final_report\n\n"
        "Примеры:\n  danetor channel urgent\n  danetor channel presentation --difficult\n"
        "  danetor channel final_report --json",
        en="Situations: non_urgent, urgent, incident, presentation, interim_report, final_report\n\n"
        "Examples:\n  danetor channel urgent\n  danetor channel presentation --difficult\n"
        "  danetor channel final_report --json",
    ),
    "flag_situation": Text(ru="ситуация (см. список ниже)", en="the situation (see the list below)"),
    "flag_difficult": Text(
        ru="трудный клиент: добавить правила письменной фиксации договоренностей",
        en="a difficult client: add the rules for putting agreements in writing",
    ),
    "pick_situation": Text(ru="Какая ситуация?", en="What is the situation?"),
    "checklist": Text(ru="Правила", en="Checklist"),
    # -- failure -----------------------------------------------------------------------------------------------
    "failure": Text(
        ru="как отработать провал: четыре шага по книге",
        en="how to handle a failure: the book's four steps",
    ),
    "failure_description": Text(
        ru="Отработка провала: первым сообщить по телефону, дать выпустить пар, извиниться (или выразить "
        "сожаление, если виновата третья сторона), рассказать об исправлении, компенсации и профилактике.",
        en="Handling a failure: tell the client first, by phone; let them vent; apologise (or express regret "
        "when a third party is at fault); say how you will fix it, compensate and prevent it.",
    ),
    "failure_epilog": Text(
        ru="Примеры:\n  danetor failure --fault ours\n  danetor failure --fault third-party --client-knows\n"
        '  danetor failure --fault ours --fix "перезапустим рассылку сегодня" --json',
        en="Examples:\n  danetor failure --fault ours\n  danetor failure --fault third-party --client-knows\n"
        '  danetor failure --fault ours --fix "we resend the mailing today" --json',
    ),
    "flag_fault": Text(
        ru="чья вина: ours (наша) или third-party (третьей стороны)",
        en="whose fault: ours or third-party",
    ),
    "flag_client_knows": Text(
        ru="клиент уже знает о провале от кого-то другого",
        en="the client has already heard from someone else",
    ),
    "flag_what_happened": Text(ru="что случилось", en="what happened"),
    "flag_fix": Text(ru="как вы исправите ситуацию", en="how you will fix it"),
    "flag_compensation": Text(ru="как компенсируете потери клиента", en="how you will compensate the client"),
    "flag_prevention": Text(
        ru="что сделаете, чтобы это не повторилось", en="what you will change so it does not recur"
    ),
    "pick_fault": Text(ru="Кто виноват в провале?", en="Who is at fault?"),
    "fault_ours": Text(ru="Мы (наша компания)", en="We are (our company)"),
    "fault_third_party": Text(ru="Третья сторона", en="A third party"),
    # -- playbook ----------------------------------------------------------------------------------------------
    "playbook": Text(ru="плейбуки книги: список и просмотр", en="the book's playbooks: list and show"),
    "playbook_description": Text(
        ru="Все плейбуки, сгенерированные из тех же правил, что и библиотека, — те же, что на печатных карточках.",
        en="Every playbook, generated from the same rules the library runs: the same as on the printed cards.",
    ),
    "playbook_epilog": Text(
        ru="Примеры:\n  danetor playbook list\n  danetor playbook show failure\n"
        "  danetor playbook show danetor --markdown > danetor.md",
        en="Examples:\n  danetor playbook list\n  danetor playbook show failure\n"
        "  danetor playbook show danetor --markdown > danetor.md",
    ),
    "playbook_list": Text(ru="список плейбуков", en="list the playbooks"),
    "playbook_list_description": Text(
        ru="Имена и названия всех плейбуков; имя передается в danetor playbook show.",
        en="The name and title of every playbook; pass the name to danetor playbook show.",
    ),
    "playbook_list_epilog": Text(
        ru="Примеры:\n  danetor playbook list\n  danetor playbook list --json",
        en="Examples:\n  danetor playbook list\n  danetor playbook list --json",
    ),
    "playbook_show": Text(ru="показать плейбук", en="show a playbook"),
    "playbook_show_description": Text(
        ru="Плейбук целиком: в терминале, в Markdown (как на сайте) или в JSON (документ со всеми блоками).",
        en="A whole playbook: in the terminal, as Markdown (as on the site) or as JSON (the document with every "
        "block).",
    ),
    "playbook_show_epilog": Text(
        ru="Примеры:\n  danetor playbook show failure\n  danetor playbook show kam --lang en\n"
        "  danetor playbook show danetor --markdown > danetor.md",
        en="Examples:\n  danetor playbook show failure\n  danetor playbook show kam --lang ru\n"
        "  danetor playbook show danetor --markdown > danetor.md",
    ),
    "flag_playbook": Text(
        ru="имя плейбука (см. danetor playbook list)", en="the playbook's name (see danetor playbook list)"
    ),
    "flag_markdown": Text(ru="вывести Markdown (как на сайте)", en="print Markdown (as on the site)"),
    # -- script ----------------------------------------------------------------------------------------------
    "script": Text(
        ru="готовый текст для клиента: отказ, «продажа» экстра-услуги, предупреждение и другие",
        en="a message ready to send: a refusal, selling an extra, a warning and more",
    ),
    "script_description": Text(
        ru="Черновики сообщений клиенту по книге. Обязательные поля, не переданные флагами, спрашиваются "
        "по очереди (в терминале); с --json или без терминала их нужно передать флагами.",
        en="Message drafts for the client, after the book. Required fields not given as flags are asked one by "
        "one (in a terminal); with --json, or with no terminal, give them as flags.",
    ),
    "script_epilog": Text(
        ru="Примеры:\n"
        '  danetor script no --request "переделать баннеры за выходные" \\\n'
        '      --reason "команда занята запуском" --alternative "сделать это в понедельник"\n'
        '  danetor script extra --service "срочная доработка баннеров" --price 15000\n'
        '  danetor script warning --action "утвердите проект" --deadline "до пятницы" \\\n'
        '      --consequence "старт работ будет задержан"\n'
        "  danetor script no --help",
        en="Examples:\n"
        '  danetor script no --request "redo the banners over the weekend" \\\n'
        '      --reason "the team is busy with a launch" --alternative "make the changes on Monday"\n'
        '  danetor script extra --service "an urgent rework of the banners" --price 500 --currency USD\n'
        '  danetor script warning --action "approve the project" --deadline "by Friday" \\\n'
        '      --consequence "the start of work will be delayed"\n'
        "  danetor script no --help",
    ),
    "script_no": Text(
        ru="эмпатическое «нет»: понимание, отказ с причиной, альтернатива",
        en="the empathic no: understanding, a refusal with its reason, an alternative",
    ),
    "script_no_epilog": Text(
        ru="Пример:\n"
        '  danetor script no --request "переделать баннеры за выходные" \\\n'
        '      --reason "вся команда занята запуском" --alternative "внести правки в понедельник" \\\n'
        '      --concession "подготовить эскизы уже в пятницу" --name "Анна Сергеевна"',
        en="Example:\n"
        '  danetor script no --request "redo the banners over the weekend" \\\n'
        '      --reason "the whole team is busy with a launch" --alternative "make the changes on Monday" \\\n'
        '      --concession "have the sketches ready on Friday" --name "Anna"',
    ),
    "script_extra": Text(
        ru="«продать» бесплатную экстра-услугу: сколько она обычно стоит и что клиент получит ее бесплатно, в качестве исключения",
        en="sell a free extra: what it is usually worth, and that it is free as an exception",
    ),
    "script_extra_epilog": Text(
        ru="Нужна цена (--price), часы (--hours) или и то и другое.\n\nПример:\n"
        '  danetor script extra --service "срочная доработка баннеров" --price 15000 --hours 6',
        en="Give the price (--price), the hours (--hours) or both.\n\nExample:\n"
        '  danetor script extra --service "an urgent rework of the banners" --price 500 --currency USD',
    ),
    "script_confirm": Text(
        ru="согласие на платную работу: да, условия, следующий шаг",
        en="yes to paid work: the yes, the terms, the next step",
    ),
    "script_confirm_epilog": Text(
        ru='Пример:\n  danetor script confirm --request "сделать лендинг к акции" --price 40000',
        en='Example:\n  danetor script confirm --request "build a landing page for the sale" --price 900 --currency EUR',
    ),
    "script_warning": Text(
        ru="«мягкая сила»: предупредить о последствиях задержки со стороны клиента",
        en="soft power: warn of what the client's delay will cause",
    ),
    "script_warning_epilog": Text(
        ru="Текст строится по примеру книги: «Если вы не утвердите проект до пятницы, старт работ будет "
        "задержан».\n\nПример:\n"
        '  danetor script warning --action "утвердите проект" --deadline "до пятницы" \\\n'
        '      --consequence "старт работ будет задержан"',
        en="The message follows the book's example: “If you do not approve the project by Friday, the start of "
        "work will be delayed.”\n\nExample:\n"
        '  danetor script warning --action "approve the project" --deadline "by Friday" \\\n'
        '      --consequence "the start of work will be delayed"',
    ),
    "script_agreements": Text(
        ru="письмо со списком договоренностей после устного разговора",
        en="the email listing what was agreed in a spoken conversation",
    ),
    "script_agreements_epilog": Text(
        ru="Пример:\n"
        '  danetor script agreements --item "макет к среде" --item "тексты от клиента к понедельнику" \\\n'
        '      --conversation "звонок 12 марта"',
        en="Example:\n"
        '  danetor script agreements --item "the mock-up by Wednesday" \\\n'
        '      --item "the texts from the client by Monday" --conversation "the call on 12 March"',
    ),
    "script_restart": Text(
        ru="предложение «перезагрузить» отношения с постоянным клиентом",
        en="propose restarting the relationship with a regular client",
    ),
    "script_restart_epilog": Text(
        ru='Пример:\n  danetor script restart --situation "согласования стали занимать недели" --name "Олег"',
        en='Example:\n  danetor script restart --situation "approvals have started to take weeks" --name "Oleg"',
    ),
    "script_landing": Text(
        ru="«приземлить» завышенные ожидания: сообщение для одного из трех этапов",
        en="bring inflated expectations down to earth: the message for one of the three stages",
    ),
    "script_landing_epilog": Text(
        ru="Этапы по порядку, каждый спустя время после предыдущего: warn (предупредить о риске), "
        "confirm (опасения подтверждаются), reality (поставить перед лицом реальности; нужен --reality).\n\n"
        "Пример:\n"
        '  danetor script landing warn --result "рост продаж на 30% за квартал"\n'
        '  danetor script landing reality --result "рост продаж на 30% за квартал" --reality "рост на 10%"',
        en="The stages in order, each some time after the last: warn (warn of the risk), confirm (the fears "
        "are being confirmed), reality (face the reality; needs --reality).\n\n"
        "Example:\n"
        '  danetor script landing warn --result "30% more sales this quarter"\n'
        '  danetor script landing reality --result "30% more sales this quarter" --reality "10% more"',
    ),
    "flag_concession": Text(
        ru="небольшая уступка, смягчающая отказ (что вы все же сделаете)",
        en="a small concession that softens the refusal (what you will do after all)",
    ),
    "flag_pressure": Text(
        ru="клиент давит на цену или сроки: добавить, что это скажется на качестве",
        en="the client is pressing on price or speed: add that it would cost quality",
    ),
    "flag_variant": Text(
        ru="вариант формулировки: 0, 1 или 2 (по умолчанию выбирается по входным данным)",
        en="the wording: 0, 1 or 2 (by default, chosen from the inputs)",
    ),
    "flag_currency": Text(
        ru="валюта числовой цены: RUB, USD или EUR", en="the currency of a numeric price: RUB, USD or EUR"
    ),
    "flag_extra_hours": Text(
        ru="сколько часов работы это занимает (число или текст)",
        en="how many hours of work it takes (a number or text)",
    ),
    "flag_confirm_request": Text(ru="что вы сделаете для клиента", en="what you will do for the client"),
    "flag_action": Text(
        ru="что должен сделать клиент, в форме на «вы»: «утвердите проект»",
        en="what the client must do: “approve the project”",
    ),
    "flag_deadline": Text(ru="к какому сроку: «до пятницы»", en="by when: “by Friday”"),
    "flag_consequence": Text(
        ru="что будет иначе: «старт работ будет задержан»",
        en="what happens otherwise: “the start of work will be delayed”",
    ),
    "flag_item": Text(
        ru="одна договоренность (флаг можно повторять; порядок сохраняется)",
        en="one agreement (repeat the flag; the order is kept)",
    ),
    "flag_conversation": Text(
        ru="какой разговор: «звонок 12 марта»", en="which conversation: “the call on 12 March”"
    ),
    "flag_restart_situation": Text(
        ru="что именно не так в отношениях (необязательно)", en="what exactly is wrong (optional)"
    ),
    "flag_stage": Text(ru="этап: warn, confirm или reality", en="the stage: warn, confirm or reality"),
    "flag_result": Text(ru="результат, на который надеется клиент", en="the result the client hopes for"),
    "flag_reality": Text(
        ru="реалистичный результат (только для этапа reality)",
        en="the realistic result (the reality stage only)",
    ),
    "ask_hours": Text(
        ru="Сколько часов работы это занимает? (Enter — пропустить)",
        en="How many hours of work does it take? (Enter to skip)",
    ),
    "ask_price_optional": Text(
        ru="Сколько это обычно стоит? (Enter — пропустить)", en="What does it usually cost? (Enter to skip)"
    ),
    "ask_hours_required": Text(
        ru="Тогда сколько часов работы это занимает?", en="Then how many hours of work does it take?"
    ),
    "pick_action": Text(ru="Какое сообщение подготовить?", en="Which message do you need?"),
    "pick_playbook": Text(ru="Какой плейбук показать?", en="Which playbook?"),
    "pick_free": Text(
        ru="Это бесплатная экстра-услуга или платная работа?", en="Is it a free extra or paid work?"
    ),
    "choice_free": Text(
        ru="Бесплатная экстра-услуга («продать» ее за лояльность)", en="A free extra (sell it for loyalty)"
    ),
    "choice_paid": Text(
        ru="Платная работа (подтвердить с условиями)", en="Paid work (confirm it with the terms)"
    ),
    "ask_confirm_request": Text(ru="Что вы сделаете для клиента?", en="What will you do for the client?"),
    "ask_action": Text(
        ru="Что должен сделать клиент? (на «вы»: «утвердите проект»)",
        en="What must the client do? (“approve the project”)",
    ),
    "ask_deadline": Text(ru="К какому сроку? («до пятницы»)", en="By when? (“by Friday”)"),
    "ask_consequence": Text(
        ru="Что будет, если клиент не успеет?", en="What happens if the client does not?"
    ),
    "ask_item": Text(
        ru="Договоренность №{n} (пустая строка — закончить)", en="Agreement {n} (an empty line to finish)"
    ),
    "ask_result": Text(ru="На какой результат надеется клиент?", en="What result does the client hope for?"),
    "ask_reality": Text(ru="Каков реалистичный результат?", en="What is the realistic result?"),
    "pick_stage": Text(ru="Какой этап?", en="Which stage?"),
    # -- the forms ---------------------------------------------------------------------------------------------
    "instruction_checkbox": Text(
        ru="(стрелки, пробел — отметить, Enter — готово)", en="(arrows, space to tick, Enter when done)"
    ),
    "boiling": Text(
        ru="признаки «закипания» клиента: что делать и насколько срочно",
        en="signs of a client coming to the boil: what to do, and how urgently",
    ),
    "boiling_description": Text(
        ru="Отметьте признаки, которые вы заметили, флагами или в списке (в терминале). Без признаков — --none.",
        en="Tick the signs you have noticed, as flags or in a list (in a terminal). No signs: --none.",
    ),
    "boiling_epilog": Text(
        ru="Примеры:\n  danetor boiling\n  danetor boiling --short-late-replies\n"
        "  danetor boiling --irritation --avoids-meetings --json",
        en="Examples:\n  danetor boiling\n  danetor boiling --short-late-replies\n"
        "  danetor boiling --irritation --avoids-meetings --json",
    ),
    "flag_none_signs": Text(ru="ни одного признака не замечено", en="no sign noticed"),
    "pick_signs": Text(ru="Что вы заметили?", en="What have you noticed?"),
    "kam": Text(
        ru="квадрант KAM: что делать с ключевым клиентом",
        en="the KAM quadrant: what to do with a key account",
    ),
    "kam_description": Text(
        ru="Привлекательность клиента × сила отношений → Strategic, Star, Status или Streamline и действие.",
        en="Account attractiveness × relationship strength → Strategic, Star, Status or Streamline, and the "
        "action.",
    ),
    "kam_epilog": Text(
        ru="Примеры:\n  danetor kam\n  danetor kam --attractiveness high --relationship weak\n"
        "  danetor kam --attractiveness низкая --relationship сильные --json",
        en="Examples:\n  danetor kam\n  danetor kam --attractiveness high --relationship weak\n"
        "  danetor kam --attractiveness low --relationship strong --json",
    ),
    "flag_attractiveness": Text(
        ru="привлекательность клиента: high | low (высокая | низкая)",
        en="account attractiveness: high | low",
    ),
    "flag_relationship": Text(
        ru="сила отношений: strong | weak (сильные | слабые)", en="relationship strength: strong | weak"
    ),
    "pick_attractiveness": Text(ru="Какова привлекательность клиента?", en="How attractive is the account?"),
    "pick_relationship": Text(ru="Насколько сильны ваши отношения?", en="How strong is your relationship?"),
    "temperament": Text(
        ru="как говорить, вести переговоры и отчитываться с учетом темперамента клиента",
        en="how to talk, negotiate and report, by the client's temperament",
    ),
    "temperament_epilog": Text(
        ru="Темпераменты: choleric, sanguine, phlegmatic, melancholic (или холерик, сангвиник, флегматик, "
        "меланхолик).\n\nПримеры:\n  danetor temperament холерик\n  danetor temperament phlegmatic --json",
        en="Temperaments: choleric, sanguine, phlegmatic, melancholic.\n\nExamples:\n"
        "  danetor temperament choleric\n  danetor temperament phlegmatic --json",
    ),
    "flag_temperament": Text(ru="темперамент клиента", en="the client's temperament"),
    "pick_temperament": Text(ru="Какой темперамент у клиента?", en="What is the client's temperament?"),
    "archetype": Text(
        ru="самопроверка: какой вы типаж аккаунт-менеджера и куда расти",
        en="self-assessment: which account manager archetype you are, and where to grow",
    ),
    "archetype_description": Text(
        ru="Пятнадцать утверждений; отметьте те, с которыми согласны. В терминале они задаются по одному; "
        "флагом --agree передаются номера утверждений (1–15), с которыми вы согласны.",
        en="Fifteen statements; mark the ones you agree with. In a terminal they are asked one by one; "
        "--agree takes the numbers (1–15) you agree with.",
    ),
    "archetype_epilog": Text(
        ru="Примеры:\n  danetor archetype\n  danetor archetype --agree 1,4,9\n  danetor archetype --none --json\n"
        "  danetor playbook show archetypes   # утверждения, ключ и правило подсчета",
        en="Examples:\n  danetor archetype\n  danetor archetype --agree 1,4,9\n  danetor archetype --none --json\n"
        "  danetor playbook show archetypes   # the statements, the key and the scoring rule",
    ),
    "flag_agree": Text(
        ru="номера утверждений, с которыми вы согласны: 1,4,9 или 3-5 (флаг можно повторять)",
        en="the numbers of the statements you agree with: 1,4,9 or 3-5 (repeat the flag if you like)",
    ),
    "flag_none_agree": Text(
        ru="вы не согласны ни с одним утверждением", en="you agree with none of the statements"
    ),
    "statement_n": Text(ru="{n}/{total}. {text} Согласны?", en="{n}/{total}. {text} Agree?"),
    "audit": Text(
        ru="самоаудит по 30 правилам хорошего аккаунт-менеджера",
        en="a self-audit against the 30 rules of a good account manager",
    ),
    "audit_description": Text(
        ru="Отметьте правила, которые вы соблюдаете: в терминале — списком по группам, флагом --kept — номерами. "
        "Остальные считаются нарушенными.",
        en="Mark the rules you keep: in a terminal as a list per group, or as numbers with --kept. The others "
        "count as broken.",
    ),
    "audit_epilog": Text(
        ru="Примеры:\n  danetor audit\n  danetor audit --kept 1-12,14,20-30\n  danetor audit --none --json\n"
        "  danetor playbook show rules30   # все 30 правил",
        en="Examples:\n  danetor audit\n  danetor audit --kept 1-12,14,20-30\n  danetor audit --none --json\n"
        "  danetor playbook show rules30   # all 30 rules",
    ),
    "flag_kept": Text(
        ru="номера правил, которые вы соблюдаете: 1,2,5 или 1-12 (флаг можно повторять)",
        en="the numbers of the rules you keep: 1,2,5 or 1-12 (repeat the flag if you like)",
    ),
    "flag_none_kept": Text(ru="вы не соблюдаете ни одного правила", en="you keep none of the rules"),
    "pick_kept": Text(ru="{group}: какие правила вы соблюдаете?", en="{group}: which rules do you keep?"),
    # -- output ------------------------------------------------------------------------------------------------
    "title": Text(ru="Алгоритм ДАНЕТОР", en="The DANETOR check"),
    "message": Text(ru="Текст для клиента", en="Message to the client"),
    "note": Text(ru="Заметка для вас", en="Note for you"),
}
