"""The interactive `danetor ask`, driven in a real terminal (tmux), as a person would use it."""

import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

EXE = Path(sys.executable).with_name("danetor")

if shutil.which("tmux") is None:  # the README’s test command installs it
    raise RuntimeError("tmux not found: apt-get install -y tmux (the README’s test command does)")


class Screen:
    def __init__(self, command: list[str], env: dict[str, str], width: int = 120):
        self.name = f"danetor-{uuid.uuid4().hex[:8]}"
        self.width = width
        shell_env = " ".join(f"{k}={v}" for k, v in env.items())
        cmd = f"env {shell_env} {' '.join(command)}; echo EXIT=$?; sleep 60"
        for attempt in range(5):  # the tmux server can refuse a new session while another one is starting
            done = subprocess.run(
                ["tmux", "new-session", "-d", "-s", self.name, "-x", str(width), "-y", "50", cmd],
                capture_output=True,
                text=True,
            )
            if done.returncode == 0:
                break
            time.sleep(0.2 * (attempt + 1))
        else:
            raise AssertionError(f"tmux would not start a session: {done.stderr}")

    def text(self, joined: bool = True) -> str:
        """The screen; *joined*: lines the terminal wrapped are joined back (tmux’s -J)."""
        return subprocess.run(
            ["tmux", "capture-pane", "-p", *(["-J"] if joined else []), "-S", "-200", "-t", self.name],
            capture_output=True,
            text=True,
            check=True,
        ).stdout

    def wait_for(self, needle: str, timeout: float = 15) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            screen = self.text()
            if needle in screen:
                return screen
            time.sleep(0.1)
        raise AssertionError(f"{needle!r} never appeared on screen:\n{self.text()}")

    def keys(self, *keys: str) -> None:
        for key in keys:
            subprocess.run(["tmux", "send-keys", "-t", self.name, key], check=True)
            time.sleep(0.15)

    def type(self, text: str) -> None:
        subprocess.run(["tmux", "send-keys", "-t", self.name, "-l", text], check=True)
        time.sleep(0.15)
        self.keys("Enter")

    def close(self) -> None:
        subprocess.run(["tmux", "kill-session", "-t", self.name], capture_output=True)


@pytest.fixture
def screen():
    screens = []

    def start(*args: str, lang: str = "C.UTF-8", width: int = 120) -> Screen:
        s = Screen([str(EXE), *args], {"LANG": lang, "TERM": "xterm-256color", "NO_COLOR": "1"}, width=width)
        screens.append(s)
        return s

    yield start
    for s in screens:
        s.close()


CASES = {
    "ru": {
        "lang": "ru_RU.UTF-8",
        "q": ["Вопрос 1 из 3", "Вопрос 2 из 3", "Вопрос 3 из 3"],
        "help": "Эмоциональный банковский счёт (ЭБС)\xa0— понятие Стивена Кови",
        "verdict": "✘ Вердикт: отказать.",
        "offer": "Составить эмпатический отказ?",
        "prompts": ["Что клиент просит сделать?", "Почему вы отказываете?", "Что вы предложите взамен?"],
        "answers": [
            "переделать баннеры бесплатно за выходные",
            "команда занята запуском другого проекта",
            "сделать это в понедельник и вторник",
        ],
        "title": "Текст для клиента",
        "message_word": "Ваш",
    },
    "en": {
        "lang": "en_US.UTF-8",
        "q": ["Question 1 of 3", "Question 2 of 3", "Question 3 of 3"],
        "help": "The emotional bank account is Stephen Covey’s term",
        "verdict": "✘ Verdict: refuse.",
        "offer": "Draft an empathic refusal?",
        "prompts": [
            "What does the client want you to do?",
            "Why are you refusing?",
            "What will you offer instead?",
        ],
        "answers": [
            "redo the banners for free over the weekend",
            "the team is busy with another launch",
            "do it on Monday and Tuesday",
        ],
        "title": "Message to the client",
        "message_word": "you",
    },
}


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_refuse_to_empathic_no_session(screen, lang):
    case = CASES[lang]
    s = screen("ask", lang=case["lang"])
    s.wait_for(case["q"][0])
    s.keys("Enter")  # question 1: yes (the first choice)
    s.wait_for(case["q"][1])
    s.keys("Down", "Enter")  # question 2: no
    s.wait_for(case["q"][2])
    s.keys("Down", "Down", "Down", "Enter")  # question 3: help first
    s.wait_for(case["help"])
    s.keys("Down", "Enter")  # then: no
    s.wait_for(case["verdict"])
    s.wait_for(case["offer"])
    s.keys("Enter")  # yes, draft it (the default)
    for prompt, answer in zip(case["prompts"], case["answers"]):
        s.wait_for(prompt)
        s.type(answer)
    final = s.wait_for("EXIT=")
    assert "EXIT=0" in final
    assert case["title"] in final
    message = final.split(case["title"], 1)[1].split("─" * 60, 1)[0]
    for answer in case["answers"]:  # the user’s words, verbatim, inside the message block
        assert answer in message
    assert case["message_word"] in message
    assert "Traceback" not in final


def test_ctrl_c_in_a_prompt_exits_130(screen):
    s = screen("ask")
    s.wait_for("Question 1 of 3")
    s.keys("C-c")
    final = s.wait_for("EXIT=")
    assert "EXIT=130" in final and "Traceback" not in final


def test_non_interactive_stdin_never_hangs():
    result = subprocess.run(
        [str(EXE), "ask"], stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=20
    )
    assert result.returncode == 2
    assert "stdin is not a terminal" in result.stderr


def test_archetype_quiz_in_a_real_terminal(screen):
    """The self-assessment, answered key by key in Russian: each statement shows as its own question, the answers
    are scored as the library scores them, and the result names the archetype and where to grow."""
    from danetor import assess_archetype
    from danetor.archetypes import STATEMENT_IDS

    s = screen("archetype", lang="ru_RU.UTF-8")
    for n in range(1, len(STATEMENT_IDS) + 1):
        s.wait_for(f"{n}/{len(STATEMENT_IDS)}.")
        s.keys(*(("Up", "Enter") if n in (1, 2, 6) else ("Enter",)))  # «Нет» is highlighted first
    final = s.wait_for("EXIT=")
    assert "EXIT=0" in final and "Traceback" not in final
    expected = assess_archetype({STATEMENT_IDS[0], STATEMENT_IDS[1], STATEMENT_IDS[5]}).explain("ru")
    assert expected.splitlines()[0] in final
    assert "Куда расти" in final


def test_boiling_checkbox_in_a_real_terminal(screen):
    from danetor import boiling_check

    s = screen("boiling", "--lang", "en")
    s.wait_for("What have you noticed?")
    s.keys("Down", "Down", "Space", "Enter")  # only the short, late replies
    final = s.wait_for("EXIT=")
    assert "EXIT=0" in final
    assert boiling_check(short_late_replies=True).explain("en").splitlines()[1] in " ".join(final.split())


def test_prompts_stay_on_the_screen_when_stdout_is_redirected(screen, tmp_path):
    """`danetor script no ... > file`: the prompts are drawn on the terminal (stderr), the file gets the message."""
    from danetor import empathic_no

    target = tmp_path / "message.txt"
    s = screen(
        "script", "no", "--lang", "en", "--reason", "busy", "--alternative", "Monday", ">", str(target)
    )
    s.wait_for("What does the client want you to do?")
    s.type("redo")
    final = s.wait_for("EXIT=")
    assert "EXIT=0" in final
    written = target.read_text(encoding="utf-8")
    assert empathic_no("redo", "busy", "Monday", lang="en").text in written
    assert "What does the client want you to do?" not in written and "\x1b[" not in written


def test_ask_questions_stay_on_the_screen_when_stdout_is_redirected(screen, tmp_path):
    """`danetor ask > file`: the three questions and the offer are drawn on the terminal; the file gets the verdict."""
    target = tmp_path / "verdict.txt"
    s = screen("ask", "--lang", "en", ">", str(target))
    s.wait_for("Question 1 of 3")
    s.keys("Enter")  # yes
    s.wait_for("Question 2 of 3")
    s.keys("Down", "Enter")  # no
    s.wait_for("Question 3 of 3")
    s.keys("Down", "Enter")  # no
    s.wait_for("Draft an empathic refusal?")
    s.keys("Down", "Enter")  # no draft
    final = s.wait_for("EXIT=")
    assert "EXIT=0" in final
    written = target.read_text(encoding="utf-8")
    assert "✘ Verdict: refuse." in written
    assert "Question 1 of 3" not in written and "\x1b[" not in written


# -- the forms ask for what shapes the result ----------------------------------------------------------------------

FORMS = {
    "ru": {
        "lang": "ru_RU.UTF-8",
        "knows": "Клиент уже знает о случившемся?",
        "what": "Что случилось?",
        "fix": "Что вы сделаете, чтобы исправить ситуацию?",
        "compensation": "Чем вы возместите клиенту ущерб?",
        "prevention": "Что вы измените, чтобы это не повторилось?",
        "difficult": "Это трудный клиент",
        "checklist": "С трудными клиентами",
        "currency": "В какой валюте цена?",
        "offer": "Составить эмпатический отказ?",
    },
    "en": {
        "lang": "en_US.UTF-8",
        "knows": "Does the client already know what happened?",
        "what": "What happened?",
        "fix": "What will you do to fix the situation?",
        "compensation": "How will you make up for the client’s loss?",
        "prevention": "What will you change so that it does not happen again?",
        "difficult": "Is this a difficult client",
        "checklist": "With difficult clients",
        "currency": "Which currency is the price in?",
        "offer": "Draft an empathic refusal?",
    },
}


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_failure_asks_whether_the_client_knows_and_for_each_detail(screen, lang):
    from danetor import failure_plan

    case = FORMS[lang]
    s = screen("failure", "--fault", "ours", lang=case["lang"])
    s.wait_for(case["knows"])
    s.keys("Up", "Enter")  # yes, the client knows (the default is no)
    s.wait_for(case["what"])
    s.type("the banners went to print with a typo")
    s.wait_for(case["fix"])
    s.type("reprint them at our expense")
    s.wait_for(case["compensation"])
    s.keys("Enter")  # skipped
    s.wait_for(case["prevention"])
    s.type("add a proofreading step")
    final = s.wait_for("EXIT=")
    assert "EXIT=0" in final and "Traceback" not in final
    plan = failure_plan(
        "ours",
        lang=lang,
        client_knows=True,
        what_happened="the banners went to print with a typo",
        fix="reprint them at our expense",
        prevention="add a proofreading step",
    )
    screen_words = " ".join(final.split())
    for line in plan.text.splitlines()[:3]:
        assert " ".join(line.split()) in screen_words


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_channel_asks_whether_the_client_is_difficult(screen, lang):
    case = FORMS[lang]
    s = screen("channel", "urgent", lang=case["lang"])
    s.wait_for(case["difficult"])
    s.keys("Up", "Enter")  # yes
    final = s.wait_for("EXIT=")
    assert "EXIT=0" in final and case["checklist"] in final


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_extra_asks_the_currency(screen, lang):
    case = FORMS[lang]
    s = screen("script", "extra", "--service", "rework", "--price", "500", lang=case["lang"])
    s.wait_for(case["currency"])
    s.keys("Down", "Down", "Enter")  # EUR
    final = s.wait_for("EXIT=")
    assert "EXIT=0" in final and "€" in final


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_ask_with_every_answer_given_still_offers_the_draft(screen, lang):
    case = FORMS[lang]
    s = screen("ask", "--client", "yes", "--company", "no", "--eba", "no", lang=case["lang"])
    s.wait_for(case["offer"])
    s.keys("Down", "Enter")  # no draft
    final = s.wait_for("EXIT=")
    assert "EXIT=0" in final


# -- a company policy's fourth question (issue 18) ------------------------------------------------------------------

POLICY = Path(__file__).parent / "data" / "acme.toml"
FOURTH = {
    "ru": ("ru_RU.UTF-8", "Вопрос 4 из 4. Это в рамках договора?", "Загляните в приложение к договору",
           "✘ Вердикт: отказать.", "Вне договора или два «нет»: отказываем."),
    "en": ("en_US.UTF-8", "Question 4 of 4. Is it within the contract?", "Check the contract’s schedule",
           "✘ Verdict: refuse.", "Outside the contract, or two “no” answers: we refuse."),
}  # fmt: skip


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_the_policys_fourth_question_in_a_real_terminal(screen, lang):
    locale, question, help_, verdict, why = FOURTH[lang]
    s = screen("--policy", str(POLICY), "ask", lang=locale)
    for n in (1, 2, 3):
        s.wait_for(f"{n} {'из' if lang == 'ru' else 'of'} 4")
        s.keys("Enter")  # the book's three: yes
        time.sleep(0.2)
    s.wait_for(question)
    s.keys("Down", "Down", "Down", "Enter")  # help first
    s.wait_for(help_)
    s.keys("Down", "Enter")  # then: no
    s.wait_for(verdict)
    screen_text = s.wait_for(why)
    s.keys("Down", "Enter")  # no draft
    final = s.wait_for("EXIT=")
    assert "EXIT=0" in final and "Traceback" not in final
    assert "Telegram" not in screen_text  # nothing here names a channel


# -- lines wrap between words at the terminal's width --------------------------------------------------------------

WIDE = {
    "ask": ["ask", "--client", "yes", "--company", "no", "--eba", "no", "--json"],  # replaced below
    "channel": ["channel", "urgent", "--difficult"],
    "failure": [
        "failure", "--fault", "third-party", "--client-knows", "--what-happened", "x", "--fix", "y",
        "--compensation", "z", "--prevention", "w",
    ],
    "archetype": ["archetype", "--agree", "1,4,7"],
    "kam": ["kam", "--attractiveness", "high", "--relationship", "weak"],
    "temperament": ["temperament", "choleric"],
}  # fmt: skip


@pytest.mark.parametrize("width", [80, 120])
@pytest.mark.parametrize("command", sorted(WIDE))
@pytest.mark.parametrize("lang", ["ru", "en"])
def test_no_word_is_broken_at_the_terminal_edge(screen, command, width, lang):
    """Every line is wrapped by danetor between words, so the terminal never has to wrap one mid-word."""
    argv = (
        WIDE[command]
        if command != "ask"
        else ["ask", "--client", "yes", "--company", "no", "--eba", "unknown"]
    )
    s = screen(*argv, "--lang", lang, width=width)
    if command == "ask":
        s.wait_for("?")  # the offer of a draft
        s.keys("Down", "Enter")
    s.wait_for("EXIT=")
    lines = s.text(joined=False).splitlines()
    full = [line for line in lines if len(line.rstrip()) >= width]  # a line the terminal had to wrap
    assert not full, "\n".join(full)
    assert sum(len(line) > 0.6 * width for line in lines) >= 1  # there was long text to wrap
