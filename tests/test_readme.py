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


def test_the_docs_command_installs_what_the_pdfs_need():
    """The docs command runs on a fresh machine: it installs the browser that prints the PDFs and the poppler
    tools that read them back, then builds."""
    docs = next(c.strip() for c in fenced("bash") if "mkdocs build" in c)
    assert docs.startswith("apt-get update && apt-get install -y chromium poppler-utils && ")
    assert docs.endswith(".venv/bin/pip install '.[docs]' && .venv/bin/mkdocs build")
    for pdf in ("danetor-ru.pdf", "cheatsheet-en.pdf", "playbook-ru.pdf"):
        assert pdf in README
