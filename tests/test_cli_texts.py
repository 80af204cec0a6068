"""Every text the command shows exists in both languages, and every text key the code names exists: a missing key
would be a traceback in some rarely taken branch, so this is checked by reading the code, not by running it."""

import ast
from pathlib import Path

import pytest

from danetor.playbooks.cli import CLI
from danetor.text import Text

CLI_DIR = Path(__file__).resolve().parents[1] / "src" / "danetor" / "cli"


def named_keys() -> set[str]:
    """Every string literal the CLI code passes where a text key goes: CLI[...], texts[...], t(...),
    BadValue(...), a Field's help and prompt, and ctx.command(..., key)."""
    keys: set[str] = set()
    for path in CLI_DIR.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Subscript) and isinstance(node.slice, ast.Constant):
                target = node.value
                if (isinstance(target, ast.Name) and target.id == "CLI") or (
                    isinstance(target, ast.Attribute) and target.attr == "texts"
                ):
                    keys.add(node.slice.value)
            elif isinstance(node, ast.Call):
                func = node.func
                name = (
                    func.id
                    if isinstance(func, ast.Name)
                    else func.attr
                    if isinstance(func, ast.Attribute)
                    else ""
                )
                args = [
                    a.value for a in node.args if isinstance(a, ast.Constant) and isinstance(a.value, str)
                ]
                if name in ("t", "BadValue") and args:
                    keys.add(args[0])
                elif name == "Field" and len(node.args) >= 3:
                    keys.update(a for a in args[2:4])
                elif name == "command" and len(node.args) == 3 and isinstance(node.args[2], ast.Constant):
                    keys.add(node.args[2].value)
    return keys


def test_the_code_names_many_keys():
    assert (
        len(named_keys()) > 60
    )  # the reader finds them (a broken reader would pass the next test vacuously)


def test_every_key_the_code_names_exists():
    missing = sorted(k for k in named_keys() if k not in CLI)
    assert not missing, missing


@pytest.mark.parametrize("key", sorted(CLI))
def test_every_text_is_in_both_languages(key):
    text = CLI[key]
    assert isinstance(text, Text) and text.key is not None  # a text of the registry, by key
    assert text.ru.strip() and text.en.strip()
