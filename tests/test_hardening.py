"""Hard inputs and hard exits (issue 19): nothing hangs, nothing leaks a traceback, nothing reaches a terminal raw.

One regression test (or more) per item of the issue, through the library and the command:

1. huge numbers are refused before any conversion; 2. the output layer (closed, full, broken, unencodable);
3. Ctrl-C at any moment, and at every kind of prompt; 4. deep nesting (also tests/test_records.py);
5. unencodable and invisible text; 6. errors that cannot fail; 7. terminal escapes; 8. fork during a first call;
9. exact restore and 10. shared trackers (tests/test_records.py); 11. invisible text; 12. the limit's hint.
"""

from __future__ import annotations

import errno
import json
import os
import pty
import random
import re
import select
import signal
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from decimal import Decimal, localcontext
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import danetor as d
from danetor import numbers
from danetor.errors import InvalidInput, preview
from danetor.numbers import MAX_MAGNITUDE, NumberError, NumberProblem, parse_typed

EXE = Path(sys.executable).with_name("danetor")
ASK = ["ask", "--client", "yes", "--company", "no", "--eba", "no", "--lang", "en"]
POSIX = pytest.mark.skipif(os.name != "posix", reason="POSIX streams and signals")


def _run(args, *, timeout=60, env=None, **kwargs):
    """The console script in a child process (a generous timeout: it only catches a hang)."""
    kwargs.setdefault("stdin", subprocess.DEVNULL)
    kwargs.setdefault("capture_output", "stdout" not in kwargs and "stderr" not in kwargs)
    return subprocess.run(
        [str(EXE), *args], timeout=timeout, env={**os.environ, **(env or {})}, check=False, **kwargs
    )


# -- 1, 12: numbers ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "typed, problem",
    [
        ("1e9999999", NumberProblem.TOO_LARGE),  # a ten-character argument once spun for a minute
        ("1e999999", NumberProblem.TOO_LARGE),
        ("1e26", NumberProblem.TOO_LARGE),  # once refused as "must be more than zero"
        ("1e15", NumberProblem.TOO_LARGE),
        ("1" * 5000, NumberProblem.TOO_LARGE),
        ("1e-9999999", NumberProblem.TOO_PRECISE),
        ("0.001", NumberProblem.TOO_PRECISE),
        ("0.1" + "0" * 5000 + "1", NumberProblem.TOO_PRECISE),
        ("0e99999999", NumberProblem.NOT_POSITIVE),
        ("-5", NumberProblem.NOT_POSITIVE),
        ("nan", NumberProblem.NOT_FINITE),
        ("-Infinity", NumberProblem.NOT_FINITE),
    ],
)
def test_a_typed_number_out_of_bounds_names_why(typed, problem):
    with pytest.raises(NumberError) as info:
        parse_typed(typed)
    assert info.value.problem is problem


@pytest.mark.parametrize(
    "typed, value",
    [
        ("15000", "15000"),
        ("1e3", "1000"),
        ("1.5e2", "150"),
        ("999999999999999.99", "999999999999999.99"),
        (".5", "0.5"),
        ("5.", "5"),
        ("+7", "7"),
        ("000012.50", "12.5"),
        ("1000000000000000000000e-7", "100000000000000"),
    ],
)
def test_a_typed_number_in_bounds_is_exact(typed, value):
    assert parse_typed(typed) == Decimal(value)


@pytest.mark.parametrize("typed", ["by agreement", "", "1,5,5", "e5", "1e", "--5", "1.2.3", "٣"])
def test_words_are_not_numbers(typed):
    assert parse_typed(typed) is None


_digits = st.text("0123456789", min_size=0, max_size=40)
typed_numbers = st.builds(
    lambda sign, whole, point, fraction, e, esign, exponent: (
        sign + whole + (point + fraction if point else "") + ((e + esign + exponent) if e else "")
    ),
    st.sampled_from(["", "+", "-"]),
    _digits | st.text("0", max_size=3000) | st.just("1" + "0" * 2000),
    st.sampled_from(["", "."]),
    _digits,
    st.sampled_from(["", "e", "E"]),
    st.sampled_from(["", "+", "-"]),
    st.integers(0, 10**12).map(str),
)


@settings(max_examples=500, deadline=None)
@given(typed_numbers)
def test_the_limit_check_comes_before_any_conversion(typed):
    """Whatever number is typed, the one Decimal made holds at most 17 digits: the size is read off the text
    first. The result, when there is one, is the exact value and within bounds."""
    made = []

    class Recording(Decimal):
        def __new__(cls, value="0", context=None):
            made.append(value)
            return Decimal.__new__(Decimal, value)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(numbers, "Decimal", Recording)
        try:
            number = parse_typed(typed)
        except NumberError:
            number = None
    assert all(len(str(v)) <= 17 for v in made), made
    if number is not None:
        assert 0 < number < Decimal(10) ** MAX_MAGNITUDE and number == number.quantize(Decimal("0.01"))
        with localcontext() as ctx:
            ctx.prec = 10_000
            assert number == Decimal(typed)  # the exact value typed, for a number this small


@pytest.mark.parametrize(
    "price",
    [10**1_000_000, 10**15, 1e26, float("inf"), Decimal("1e9999999"), Decimal("1e26"), Decimal("sNaN")],
    ids=["int-1e1000000", "int-1e15", "float-1e26", "inf", "Decimal-1e9999999", "Decimal-1e26", "sNaN"],
)
def test_the_library_refuses_a_huge_price_in_constant_time(price):
    """An int of a million digits is refused by its size, never turned into text (which Python would refuse)."""
    with pytest.raises(InvalidInput) as info:
        d.sell_extra("an audit", price=price, lang="en")
    assert info.value.argument == "price"
    if isinstance(price, float) and price == float("inf") or isinstance(price, Decimal) and price.is_nan():
        assert "finite" in str(info.value)
    else:
        assert "10¹⁵" in str(info.value) and "more than zero" not in str(info.value)


def test_the_library_still_rounds_to_the_cent():
    assert (
        d.sell_extra("an audit", price=Decimal("99.999"), currency="USD", lang="en").text.count("$100") == 1
    )


@pytest.mark.parametrize("flag", ["--price", "--hours"])
@pytest.mark.parametrize(
    "typed", ["1e9999999", "1e999999", "9" * 100_000], ids=["1e9999999", "1e999999", "9x100000"]
)
def test_the_command_refuses_a_huge_number_at_once(flag, typed):
    result = _run(["script", "extra", "--service", "s", flag, typed, "--lang", "en"], text=True)
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.count("\n") == 1 and "is too large; use a number less than" in result.stderr
    assert len(result.stderr) < 300  # the value is shown bounded


# -- 2: the output layer -------------------------------------------------------------------------------------


@POSIX
@pytest.mark.parametrize(
    "args", [ASK, ["playbook", "show", "kam"], ["--help"], ["--version"], ["texts", "cli"]]
)
def test_a_closed_stdout_is_one_line_and_exit_1(args):
    result = subprocess.run(
        ["sh", "-c", '"$0" "$@" >&-', str(EXE), *args],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 1, result.stderr
    assert result.stderr == "danetor: cannot write the output: the standard output is closed\n"


@POSIX
@pytest.mark.parametrize(
    "args", [ASK, ["--help"], ["--version"], [*ASK, "--json"], ["playbook", "show", "kam"]]
)
def test_a_full_stdout_is_one_line_and_exit_1(args):
    with open("/dev/full", "w", encoding="utf-8") as full:
        result = _run(args, stdout=full, stderr=subprocess.PIPE, text=True)
    assert result.returncode == 1
    assert result.stderr == "danetor: cannot write the output: no space left on the device\n"


@POSIX
def test_why_the_output_failed_is_in_the_users_language():
    with open("/dev/full", "w", encoding="utf-8") as full:
        result = _run([*ASK, "--lang", "ru"], stdout=full, stderr=subprocess.PIPE, text=True)
    assert result.returncode == 1
    assert result.stderr == "danetor: не удаётся записать вывод: на устройстве не осталось места\n"


@pytest.mark.parametrize(
    ("error", "en"),
    [
        (OSError(errno.EIO, "Input/output error"), "an input/output error"),
        (PermissionError(errno.EACCES, "Permission denied"), "permission denied"),
        (OSError(errno.EROFS, "Read-only file system"), "the file system is read-only"),
        (OSError(errno.EBADF, "Bad file descriptor"), "the output stream is closed"),
        (UnicodeEncodeError("ascii", "é", 0, 1, "no"), "the output’s encoding cannot carry this text"),
        (
            OSError(errno.ENOTCONN, "Transport endpoint is not connected"),
            "Transport endpoint is not connected",
        ),
    ],
)
def test_each_output_failure_is_worded_in_either_language(error, en):
    from danetor.cli.core import _why_not_written

    assert _why_not_written(error, "en") == en
    ru = _why_not_written(error, "ru")
    assert (
        ru == en if getattr(error, "errno", None) == errno.ENOTCONN else re.search("[а-я]", ru)
    )  # system or ours


@POSIX
@pytest.mark.parametrize("args", [ASK, ["texts"], ["playbook", "show", "kam"], ["--help"]])
def test_a_broken_pipe_ends_quietly_with_141(args):
    read, write = os.pipe()
    os.close(read)  # the reader is gone before the first byte
    try:
        result = _run(args, stdout=write, stderr=subprocess.PIPE, text=True)
    finally:
        os.close(write)
    assert result.returncode == 141 and result.stderr == ""


@POSIX
def test_a_reader_that_stops_early_ends_the_command_quietly():
    proc = subprocess.Popen([str(EXE), "texts"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    proc.stdout.readline()
    proc.stdout.close()  # like `| head -1`
    err = proc.stderr.read().decode()
    proc.wait(60)
    assert proc.returncode in (0, 141) and err == ""


@POSIX
def test_a_closed_stderr_still_exits_with_the_right_code():
    result = subprocess.run(
        ["sh", "-c", '"$0" "$@" 2>&-', str(EXE), "ask", "--client", "maybe"],
        capture_output=True,
        timeout=60,
        check=False,
        stdin=subprocess.DEVNULL,
    )
    assert result.returncode == 2 and b"Traceback" not in result.stdout


def test_text_the_encoding_cannot_carry_is_replaced_and_the_exit_code_kept():
    args = ["ask", "--client", "yes", "--company", "no", "--eba", "no", "--lang", "ru"]
    result = _run(args, env={"PYTHONIOENCODING": "ascii"})
    assert result.returncode == 0 and result.stderr == b""
    assert b"?" in result.stdout and b"\xd0" not in result.stdout  # Cyrillic replaced, nothing else lost


@pytest.mark.parametrize("encoding", ["ascii", "latin-1", "utf-8"])
def test_json_is_utf8_whatever_the_encoding(encoding):
    args = ["failure", "--fault", "ours", "--fix", "вернули сайт ✓", "--lang", "ru", "--json"]
    result = _run(args, env={"PYTHONIOENCODING": encoding})
    assert result.returncode == 0
    document = json.loads(result.stdout.decode("utf-8"))  # valid UTF-8, never lossy
    assert document["fix"] == "вернули сайт ✓"


# -- 3: signals -----------------------------------------------------------------------------------------------


def _spawn(args, **kwargs):
    """The console script with SIGINT held back while Python itself starts: it arrives the moment the entry point
    has its handler (what happens before that line is Python's own start-up, outside the command's reach)."""
    return subprocess.Popen(
        [str(EXE), *args],
        preexec_fn=lambda: signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT}),  # noqa: PLW1509 - one call, no lock taken
        **kwargs,
    )


def _interrupt_at(delay, expected):
    proc = _spawn(ASK, stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL)
    time.sleep(delay)
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=60)
    return proc.returncode, out.decode(), err.decode()


@POSIX
def test_ctrl_c_at_any_moment_of_ask_is_quiet(record_property):
    """300 runs, SIGINT at seeded offsets over the run's whole length: exit 130 with nothing but a newline on stderr
    and at most a prefix of the output, or the complete output and 0. Never a traceback, never a false message; a
    signal before the first byte of output always gives 130."""
    started = time.perf_counter()
    full = _run(ASK, text=True)
    window = (time.perf_counter() - started) * 1.2
    rng = random.Random(19)
    delays = [rng.uniform(0, window) for _ in range(300)]
    with ThreadPoolExecutor(max_workers=2) as pool:
        outcomes = list(pool.map(lambda delay: _interrupt_at(delay, full.stdout), delays))
    counts = {"interrupted": 0, "complete": 0}
    for code, out, err in outcomes:
        assert "Traceback" not in err and err.strip() == "", err
        if code == 0:
            assert out == full.stdout
            counts["complete"] += 1
        else:
            # 130 from the handler; -2 (killed by SIGINT, which a shell shows as 130 too) once Python has begun to
            # shut down after a complete run and its default handler is back
            assert code in (130, -signal.SIGINT) and full.stdout.startswith(out), (code, out)
            assert code == 130 or out == full.stdout, (code, out)  # -2 only once all was written
            counts["interrupted"] += 1
    record_property("ask_sigint_outcomes", counts)
    assert counts["interrupted"] > 50  # the offsets really fell inside the run


class _Pty:
    """The console script on a pseudo-terminal, as a person runs it."""

    def __init__(self, args, *, block=True):
        self.master, slave = pty.openpty()
        env = {**os.environ, "TERM": "xterm-256color", "NO_COLOR": "1", "LANG": "C.UTF-8", "COLUMNS": "100"}
        self.proc = subprocess.Popen(
            [str(EXE), *args],
            stdin=slave,
            stdout=slave,
            stderr=slave,
            env=env,
            start_new_session=True,
            preexec_fn=(lambda: signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})) if block else None,  # noqa: PLW1509
        )
        os.close(slave)
        self.screen = b""

    def read(self, timeout=0.05):
        while select.select([self.master], [], [], timeout)[0]:
            try:
                chunk = os.read(self.master, 65536)
            except OSError:  # the child is gone
                return
            if not chunk:
                return
            self.screen += chunk
            timeout = 0.01

    def wait_for(self, needle: bytes, timeout=30):
        deadline = time.monotonic() + timeout
        while needle not in self.screen and time.monotonic() < deadline:
            self.read(0.1)
        assert needle in self.screen, self.screen[-500:]

    def finish(self, timeout=30):
        deadline = time.monotonic() + timeout
        while self.proc.poll() is None and time.monotonic() < deadline:
            self.read(0.05)
        self.read(0.05)
        os.close(self.master)
        if self.proc.poll() is None:
            self.proc.kill()
            raise AssertionError("the command did not end: the interrupt was lost")
        return self.proc.returncode


PROMPTS = {
    "text": (["script", "no", "--lang", "en"], b"client want"),
    "select": (["ask", "--lang", "en"], b"Question 1 of 3"),
    "checkbox": (["boiling", "--lang", "en"], b"What have you"),
}


@POSIX
@pytest.mark.parametrize("kind", sorted(PROMPTS))
@pytest.mark.parametrize("how", ["sigint", "ctrl-d", "ctrl-c"])
def test_a_waiting_prompt_stops_with_130(kind, how):
    args, prompt = PROMPTS[kind]
    term = _Pty(args, block=False)
    term.wait_for(prompt)
    if how == "sigint":
        term.proc.send_signal(signal.SIGINT)  # from outside, as `kill -INT` or a closing terminal would
    else:
        os.write(term.master, b"\x04" if how == "ctrl-d" else b"\x03")
    assert term.finish() == 130
    assert b"Traceback" not in term.screen


@POSIX
def test_ctrl_c_at_any_moment_of_a_prompt_command_is_quiet(record_property):
    """300 runs of a command that prompts, on a terminal, SIGINT at seeded offsets from its start to well into
    the wait at the prompt: always exit 130, never a traceback, and never lost (the command would wait for ever)."""
    started = time.perf_counter()
    probe = _Pty(PROMPTS["text"][0])
    probe.wait_for(PROMPTS["text"][1])
    window = (time.perf_counter() - started) * 1.5
    probe.proc.send_signal(signal.SIGINT)
    probe.finish()
    rng = random.Random(1913)

    def once(delay):
        term = _Pty(PROMPTS["text"][0])
        deadline = time.monotonic() + delay
        while time.monotonic() < deadline:
            term.read(0.01)
        term.proc.send_signal(signal.SIGINT)
        return term.finish(), term.screen

    with ThreadPoolExecutor(max_workers=2) as pool:
        outcomes = list(pool.map(once, [rng.uniform(0, window) for _ in range(300)]))
    for code, screen in outcomes:
        assert code == 130 and b"Traceback" not in screen and b"Error" not in screen, screen[-300:]
    record_property("prompt_sigint_runs", len(outcomes))


# -- 5, 11: text is text -------------------------------------------------------------------------------------

SLOTS = {
    "empathic_no": lambda v: d.empathic_no(v, "the team is busy", "next month", lang="en"),
    "empathic_no/reason": lambda v: d.empathic_no("a redesign", v, "next month", lang="en"),
    "sell_extra": lambda v: d.sell_extra(v, price=1000, lang="en"),
    "confirm": lambda v: d.confirm(v, price=1000, lang="en"),
    "failure_plan/fix": lambda v: d.failure_plan("ours", fix=v, lang="en"),
    "failure_plan/what_happened": lambda v: d.failure_plan("ours", what_happened=v, lang="en"),
    "delay_warning": lambda v: d.delay_warning(v, "Friday", "the launch moves", lang="en"),
    "agreements_summary": lambda v: d.agreements_summary([v], lang="en"),
    "landing_message": lambda v: d.landing_message("warn", result=v, lang="en"),
}


@pytest.mark.parametrize("slot", sorted(SLOTS))
@pytest.mark.parametrize(
    "value, hint",
    [
        ("a\ud800b", "lone surrogate"),
        ("\udcff", "lone surrogate"),
        ("\u200b", "no visible character"),
        ("\ufeff\u200d", "no visible character"),
        ("\x00\x01", "no visible character"),
        ("\u3164\u2800", "no visible character"),
    ],
)
def test_every_user_text_slot_refuses_what_is_not_text(slot, value, hint):
    with pytest.raises(InvalidInput) as info:
        SLOTS[slot](value)
    assert hint in str(info.value)


@pytest.mark.parametrize("slot", sorted(SLOTS))
def test_tabs_newlines_and_odd_but_visible_text_pass(slot):
    result = SLOTS[slot]("line one\n\tline two \x1b[2J ✓")
    result.model_dump_json()  # what it accepted it can also write


def test_an_argument_the_command_cannot_decode_is_an_error_naming_it():
    result = subprocess.run(
        [
            os.fsencode(EXE),
            b"script",
            b"no",
            b"--request",
            b"\xff",
            b"--reason",
            b"r",
            b"--alternative",
            b"a",
        ],
        capture_output=True,
        timeout=60,
        check=False,
        stdin=subprocess.DEVNULL,
    )
    assert result.returncode == 2 and result.stdout == b""
    err = result.stderr.decode("utf-8")
    assert (
        err.startswith("danetor script no: --request:") and "lone surrogate" in err and err.count("\n") == 1
    )


# -- 6: errors that cannot fail ------------------------------------------------------------------------------


class _Hostile:
    def __repr__(self):
        raise RuntimeError("a __repr__ that raises")


def _nested(depth):
    value: list = []
    for _ in range(depth):
        value = [value]
    return value


@pytest.mark.parametrize(
    "value",
    [10**5000, _Hostile(), _nested(100_000), "x" * 10_000_000, list(range(1_000_000)), {"k": _nested(50)}],
    ids=["huge-int", "hostile-repr", "deep-list", "10MB-string", "long-list", "nested-dict"],
)
def test_an_error_message_is_bounded_and_never_fails(value):
    with pytest.raises(InvalidInput) as info:
        d.check(value, "no", "no")
    message = str(info.value)
    assert len(message) < 600 and "client" in message
    assert len(preview(value)) <= 90


# -- 7: terminal escapes -------------------------------------------------------------------------------------


def test_escapes_in_an_error_are_shown_escaped_on_any_stream():
    result = _run(["ask", "--client", "\x1b]0;pwned\x07\x1b[2J\r", "--lang", "en"], text=True)
    assert result.returncode == 2
    assert "\x1b" not in result.stderr and "\x07" not in result.stderr and "\r" not in result.stderr
    assert "\\x1b]0;pwned\\x07\\x1b[2J\\r" in result.stderr


MESSAGE = [
    "script",
    "no",
    "--request",
    "a\x1b[2J\rb",
    "--reason",
    "busy\tnow",
    "--alternative",
    "later",
    "--lang",
    "en",
]


@POSIX
def test_user_text_on_a_terminal_is_shown_escaped_but_tabs_and_newlines_pass():
    term = _Pty(MESSAGE, block=False)
    assert term.finish() == 0
    screen = term.screen.decode("utf-8")
    assert "\x1b[2J" not in screen and "a\\x1b[2J\\rb" in screen and "busy\tnow" in screen


def test_user_text_in_a_pipe_or_in_json_stays_verbatim():
    piped = _run(MESSAGE)
    assert piped.returncode == 0 and "a\x1b[2J\rb" in piped.stdout.decode("utf-8")
    as_json = _run([*MESSAGE, "--json"])
    assert "a\x1b[2J\rb" in json.loads(as_json.stdout.decode("utf-8"))["text"]


# -- 8: fork during a first call -----------------------------------------------------------------------------

FORK_RACE = """
import faulthandler, os, sys, threading, time
import danetor  # imported, nothing called yet

def first_calls():
    danetor.check("yes", "no", "no").explain("en")
    danetor.channel_for("urgent").explain("ru")
    danetor.failure_plan("ours", lang="en")
    danetor.empathic_no("a redesign", "the team is busy", "next month", lang="en")

thread = threading.Thread(target=first_calls)
thread.start()
time.sleep(float(sys.argv[1]))
pid = os.fork()
if pid == 0:
    faulthandler.dump_traceback_later(20, exit=True)  # a hang shows where, and ends
    assert danetor.check("yes", "no", "no").verdict == "refuse"
    danetor.channel_for("urgent").explain("ru")
    danetor.failure_plan("ours", lang="en").explain("ru")
    str(danetor.empathic_no("a redesign", "the team is busy", "next month", lang="en"))
    danetor.Escalation(wait=5).send("sent", at=1.0)
    os._exit(0)
_, status = os.waitpid(pid, 0)
thread.join()
sys.exit(os.waitstatus_to_exitcode(status))
"""


@POSIX
def test_a_child_forked_during_another_threads_first_call_completes_its_own(tmp_path, record_property):
    script = tmp_path / "fork_race.py"
    script.write_text(FORK_RACE, encoding="utf-8")
    started = time.perf_counter()
    subprocess.run([sys.executable, str(script), "0"], check=True, capture_output=True, timeout=120)
    window = time.perf_counter() - started
    rng = random.Random(8)

    def once(delay):
        done = subprocess.run(
            [sys.executable, "-W", "ignore::DeprecationWarning", str(script), f"{delay:.4f}"],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        return delay, done.returncode, done.stderr[-800:]

    with ThreadPoolExecutor(max_workers=2) as pool:
        outcomes = list(pool.map(once, [rng.uniform(0, window) for _ in range(40)]))
    failed = [o for o in outcomes if o[1] != 0]
    record_property("fork_race_runs", len(outcomes))
    assert not failed, failed
