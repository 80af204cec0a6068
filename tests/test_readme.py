"""The README's set-up commands are the ones CI runs, and its Python tour runs."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def fenced(language: str) -> list[str]:
    return re.findall(rf"```{language}\n(.*?)```", README, flags=re.DOTALL)


def test_ci_runs_the_readme_test_command_verbatim():
    commands = [block.strip() for block in fenced("bash")]
    test_command = next(c for c in commands if "pytest" in c)
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert test_command in ci


def test_readme_python_examples_run():
    blocks = fenced("python")
    assert blocks, "the README has a Python tour"
    for block in blocks:
        exec(compile(block, "README.md", "exec"), {})
