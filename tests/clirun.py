"""Running the ``danetor`` command in-process: with flags (``run``), or answering its prompts (``interact``).

``interact`` feeds keystrokes to questionary through prompt_toolkit's pipe input, the way prompt_toolkit tests its
own prompts; stdin is a fake terminal so that the command agrees to ask. The real-terminal tests (tmux) are in
``test_cli_tty.py``.

Every successful ``--json`` run is validated against the shipped JSON Schema of its command
(:func:`jsonschemas.check_output`), so a test that asks for JSON also proves the schema describes it.
"""

from __future__ import annotations

import io

from danetor.cli import main
from jsonschemas import check_output

#: keystrokes
ENTER, DOWN, UP, SPACE = "\r", "\x1b[B", "\x1b[A", " "


class Tty(io.StringIO):
    """A stream that says it is a terminal."""

    def isatty(self):
        return True


def run(*argv, env=None, stdin=None, stdout=None):
    """Run ``danetor ARGV``; return (exit code, stdout, stderr)."""
    out, err = stdout or io.StringIO(), io.StringIO()
    code = main(
        list(argv), stdout=out, stderr=err, stdin=stdin or io.StringIO(), environ=env or {"LANG": "C"}
    )
    if code == 0:
        check_output(argv, out.getvalue())
    return code, out.getvalue(), err.getvalue()


def interact(*argv, keys: str, env=None):
    """Run ``danetor ARGV`` as in a terminal, typing *keys* into its prompts; return (code, stdout, stderr)."""
    from prompt_toolkit.application import create_app_session
    from prompt_toolkit.input import create_pipe_input
    from prompt_toolkit.output import DummyOutput

    with create_pipe_input() as pipe, create_app_session(input=pipe, output=DummyOutput()):
        pipe.send_text(keys)
        pipe.close()  # once the keys run out a prompt reads end of input (Ctrl-D) instead of waiting forever
        return run(*argv, env=env, stdin=Tty())
