"""Shell completion (argcomplete): the installed command completes subcommands, flags and the values the library
accepts, in a real subprocess, as the shell hook would ask for them."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from danetor.channels import Situation
from danetor.playbooks import catalog
from danetor.temperament import Temperament

EXE = Path(sys.executable).with_name("danetor")


def complete(line: str, tmp_path) -> set[str]:
    out = tmp_path / "completions"
    env = dict(
        os.environ,
        _ARGCOMPLETE="1",
        COMP_LINE=line,
        COMP_POINT=str(len(line)),
        _ARGCOMPLETE_IFS="\n",
        _ARGCOMPLETE_STDOUT_FILENAME=str(out),
    )
    done = subprocess.run(
        [str(EXE)], env=env, capture_output=True, text=True, timeout=30, stdin=subprocess.DEVNULL
    )
    assert done.returncode == 0, done.stderr
    return {c.strip() for c in out.read_text(encoding="utf-8").split("\n") if c.strip()}


@pytest.mark.parametrize(
    "line, expected",
    [
        ("danetor sc", {"schema", "script"}),
        ("danetor scr", {"script"}),
        ("danetor schema e", {"escalation-record", "expectation-landing-record"}),
        (
            "danetor schema script-",
            {
                f"script-{a}"
                for a in ("no", "extra", "confirm", "warning", "agreements", "restart", "landing")
            },
        ),
        ("danetor a", {"ask", "archetype", "audit"}),
        ("danetor script ", {"no", "extra", "confirm", "warning", "agreements", "restart", "landing"}),
        ("danetor script landing ", {"warn", "confirm", "reality"}),
        ("danetor script extra --currency ", {"RUB", "USD", "EUR"}),
        ("danetor script no --variant ", {"0", "1", "2"}),
        ("danetor failure --fault ", {"ours", "third-party"}),
        ("danetor --lang ", {"ru", "en"}),
        ("danetor kam --relationship s", {"strong"}),
        ("danetor kam --attractiveness ", {"high", "low", "высокая", "низкая"}),
        ("danetor ask --c", {"--client", "--company"}),
        ("danetor ask --client ", {"yes", "no", "unknown", "да", "нет", "не\\ знаю"}),
        ("danetor channel ", {s.value for s in Situation}),
        ("danetor temperament ", {t.value for t in Temperament}),
        ("danetor playbook show ", set(catalog.names())),
        ("danetor in", {"interview"}),
        ("danetor interview --block stress", {"stress", "stress-case"}),
        ("danetor interview ", {"score"}),
        ("danetor interview score --stress blue-bird.e", {"blue-bird.expert", "blue-bird.empathy"}),
    ],
)
def test_completions(line, expected, tmp_path):
    got = complete(line, tmp_path)
    assert expected <= got, (line, got)
    assert not {c for c in got if not c.startswith("-")} - expected - {"--"}, (line, got)


def test_a_normal_run_does_not_import_argcomplete():
    code = (
        "import io, sys; from danetor.cli import main; "
        "main(['ask', '--client', 'yes', '--company', 'no', '--eba', 'no', '--json'], stdout=io.StringIO()); "
        "print('argcomplete' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"
