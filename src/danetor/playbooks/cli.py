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
        "  danetor ask                                   задать три вопроса по очереди\n"
        "  danetor ask --client yes --company no --eba no --json\n"
        "  danetor ask --lang en --help\n\n"
        "Язык по умолчанию берется из LC_ALL, LC_MESSAGES или LANG (ru…) — иначе английский.",
        en="Examples:\n"
        "  danetor ask                                   ask the three questions one by one\n"
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
    "usage": Text(ru="использование: ", en="usage: "),
    # -- ask ---------------------------------------------------------------------------------------------------
    "ask": Text(
        ru="алгоритм ДАНЕТОР: отказать ли клиенту, и текст ответа",
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
    "ask_price": Text(
        ru="Сколько это обычно стоит? (например, 15000 или «два рабочих дня»)",
        en="What does it usually cost? (e.g. 15000 or “two working days”)",
    ),
    "not_blank": Text(ru="Нужен непустой ответ", en="Please give a non-blank answer"),
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
    "playbook_show": Text(ru="показать плейбук", en="show a playbook"),
    "flag_playbook": Text(
        ru="имя плейбука (см. danetor playbook list)", en="the playbook's name (see danetor playbook list)"
    ),
    "flag_markdown": Text(ru="вывести Markdown (как на сайте)", en="print Markdown (as on the site)"),
    # -- output ------------------------------------------------------------------------------------------------
    "title": Text(ru="Алгоритм ДАНЕТОР", en="The DANETOR check"),
    "message": Text(ru="Текст для клиента", en="Message to the client"),
    "note": Text(ru="Заметка для вас", en="Note for you"),
}
