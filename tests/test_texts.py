"""The text registry (danetor.texts) and the Text value type (danetor.text).

* every key resolves in both languages with the same placeholders, and the list of keys is pinned;
* a broken text file is refused with the file and the key named; an edited one is read as edited;
* the shipped JSON is what the TOML compiles to;
* every key the code or the rule data names exists, and no text hides in the code;
* importing the package reads no text; the overrides of one context never leak into another.
"""

from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import BaseModel

import danetor
from danetor import texts
from danetor.rules.model import RuleSet
from danetor.shipped import BUILTIN, builtin_definition
from danetor.text import Lang, Text, book_source
from strategies import user_text

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src" / "danetor"
PINNED = Path(__file__).parent / "golden" / "text_keys.txt"
ALL = list(texts.entries())


# -- every text ------------------------------------------------------------------------------------------------


def test_the_registry_is_not_empty_and_keys_are_unique():
    assert len(ALL) > 700
    assert len({e.key for e in ALL}) == len(ALL)


@pytest.mark.parametrize("entry", ALL, ids=[e.key for e in ALL])
def test_every_text_resolves_in_both_languages_with_the_same_placeholders(entry):
    assert entry.kind in texts.KINDS
    assert texts.get(entry.key, "ru") == entry.ru and texts.get(entry.key, "en") == entry.en
    assert entry.ru.strip() and entry.en.strip()
    assert texts.placeholders(entry.ru) == texts.placeholders(entry.en)
    assert entry.key.split(".")[0] in texts.topics()


def test_the_list_of_keys_is_pinned():
    """Adding, renaming or re-kinding a text is a visible decision: regenerate with
    `python -c "from danetor import texts; print('\\n'.join(f'{e.key} {e.kind}' for e in texts.entries()))" >
    tests/golden/text_keys.txt` and review the diff."""
    current = [f"{e.key} {e.kind}" for e in ALL]
    assert current == PINNED.read_text(encoding="utf-8").splitlines()


def test_the_shipped_json_is_what_the_toml_compiles_to():
    from danetor.compile import build_texts

    assert build_texts(check=True, out=open(__import__("os").devnull, "w")) == [], (
        "src/danetor/_compiled/texts/ is stale: run `python -m danetor.compile` and commit it"
    )


# -- a broken file is refused, naming the file and the key ------------------------------------------------------

BAD = {
    "kind": (
        '["t.a"]\nkind = "shout"\nru = "а"\nen = "a"\n',
        "kind 'shout' is not one of message, note, label, quote",
    ),
    "placeholders": (
        '["t.a"]\nkind = "note"\nru = "{x} и {y}"\nen = "{x}"\n',
        "ru and en must carry the same placeholders; ru has ['x', 'y'], en has ['x']",
    ),
    "blank": ('["t.a"]\nkind = "note"\nru = "  "\nen = "a"\n', "ru must be a non-blank string"),
    "missing": ('["t.a"]\nkind = "note"\nru = "а"\n', "missing ['en']"),
    "unknown field": ('["t.a"]\nkind = "note"\nru = "а"\nen = "a"\nde = "A"\n', "unknown ['de']"),
    "other topic": ('["u.a"]\nkind = "note"\nru = "а"\nen = "a"\n', "must start with 't.'"),
    "malformed placeholder": ('["t.a"]\nkind = "note"\nru = "{x"\nen = "{x"\n', "a placeholder is malformed"),
    "malformed toml": ('["t.a"\nkind = "note"\n', "line 1"),
}


@pytest.mark.parametrize("case", sorted(BAD))
def test_a_broken_text_file_is_refused_naming_the_file_and_the_key(case):
    source, message = BAD[case]
    with pytest.raises(texts.TextsError) as info:
        texts.compile_topic("t", source.encode("utf-8"))
    assert message in str(info.value)
    assert "t.toml" in str(info.value)
    if case != "malformed toml":
        assert "t.a" in str(info.value) or "u.a" in str(info.value)


def test_an_edited_toml_is_read_as_edited_before_it_is_compiled(tmp_path, monkeypatch):
    (tmp_path / "src").mkdir()
    (tmp_path / "out").mkdir()
    monkeypatch.setattr(texts, "SOURCE", str(tmp_path / "src"))
    monkeypatch.setattr(texts, "COMPILED", str(tmp_path / "out"))
    monkeypatch.setattr(texts, "_topics", {})
    toml = tmp_path / "src" / "t.toml"
    toml.write_text('["t.a"]\nkind = "note"\nru = "старое"\nen = "old"\n', encoding="utf-8")
    compiled = texts.compile_topic("t")
    (tmp_path / "out" / "t.json").write_text(json.dumps(compiled), encoding="utf-8")
    assert texts.get("t.a", "en") == "old"
    toml.write_text('["t.a"]\nkind = "note"\nru = "новое"\nen = "new"\n', encoding="utf-8")
    monkeypatch.setattr(texts, "_topics", {})
    assert texts.get("t.a", "en") == "new"  # the JSON no longer matches its TOML: the TOML itself is read


def test_an_unknown_key_or_topic_is_a_clear_error():
    with pytest.raises(texts.TextKeyError, match=r"no text has the key 'danetor\.nope'.*danetor texts"):
        texts.get("danetor.nope", "en")
    with pytest.raises(texts.TextKeyError, match="there is no topic 'nosuch'"):
        texts.entry("nosuch.key")
    with pytest.raises(KeyError):  # a TextKeyError is a KeyError too
        Text.of("danetor.nope")("ru")


# -- the keys the code and the rule data name exist -------------------------------------------------------------


def _keys_named_in_code() -> set[str]:
    found = set()
    for path in SRC.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "of"
                and getattr(node.func.value, "id", "") == "Text"
                and node.args
                and isinstance(node.args[0], ast.Constant)
            ):
                found.add(node.args[0].value)
    return found


def _keys_in_rule_data() -> set[str]:
    found = set()
    for name in BUILTIN:
        definition = builtin_definition(name)
        if isinstance(definition, RuleSet):
            found.add(definition.title)
            for i in definition.inputs:
                found.add(i.label)
                found.update(i.values.values())
            found.update(r.why for r in definition.rules)
    from danetor.rules.model import WORDS

    return found | set(WORDS.values())


def _exists(key: str) -> bool:
    try:
        texts.entry(key)
    except texts.TextKeyError:
        return False
    return True


def test_every_key_the_code_names_exists():
    named = _keys_named_in_code()
    assert len(named) > 500  # the reader finds them
    missing = sorted(k for k in named if "{" not in k and not _exists(k))
    assert not missing, missing


def test_every_key_the_rule_data_names_exists():
    keys = _keys_in_rule_data()
    assert len(keys) > 50
    missing = sorted(k for k in keys if not _exists(k))
    assert not missing, missing


def test_every_text_of_every_document_resolves():
    from danetor.playbooks import catalog
    from danetor.playbooks.document import to_markdown

    for name in catalog.names():
        for lang in Lang:
            assert to_markdown(catalog.document(name), lang)


#: words the command and check() accept as input (the vocabulary of the input normalisers, not texts for a reader)
INPUT_WORDS = {
    "да", "нет", "не знаю", "согласен", "согласна", "не согласен", "не согласна", "высокая", "низкая", "сильные",
    "слабые", "холерик", "сангвиник", "флегматик", "меланхолик", "yes, no, unknown, да, нет, не знаю",
}  # fmt: skip


def test_no_text_for_a_reader_hides_in_the_code():
    """Every Russian string in the code is a text of the registry, except the words accepted as input and the word
    lists of the recogniser of typed phrases (danetor/_phrase.py: endings and words it reads, never shown)."""
    cyrillic = re.compile("[А-Яа-яЁё]")
    found = []
    for path in SRC.rglob("*.py"):
        if path.name in (
            "words.py",
            "_suggest.py",
            "_phrase.py",
        ):  # words a user types, a keyboard layout, the recogniser's word lists: not texts
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docstrings = {
            id(node.body[0].value)
            for node in ast.walk(tree)
            if isinstance(node, (ast.Module, ast.FunctionDef, ast.ClassDef, ast.AsyncFunctionDef))
            and node.body
            and isinstance(node.body[0], ast.Expr)
            and isinstance(node.body[0].value, ast.Constant)
        }
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and id(node) not in docstrings
                and cyrillic.search(node.value)
                and node.value not in INPUT_WORDS
            ):
                found.append(f"{path.relative_to(SRC)}:{node.lineno}: {node.value[:60]!r}")
    assert not found, found


def test_importing_the_package_reads_no_text():
    code = (
        "import importlib, pkgutil, danetor, danetor.texts as t\n"
        "for info in pkgutil.walk_packages(danetor.__path__, 'danetor.'):\n"
        "    importlib.import_module(info.name)\n"
        "print(sorted(t._topics))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True
    )
    assert out.stdout.strip() == "[]"


# -- overrides in context ---------------------------------------------------------------------------------------


def test_overrides_apply_in_their_context_only():
    key = "danetor.verdict.refuse"
    original = texts.get(key, "en")
    seen = {}
    barrier = threading.Barrier(2)

    def other_thread():
        barrier.wait()
        seen["other"] = texts.get(key, "en")

    thread = threading.Thread(target=other_thread)
    thread.start()
    with texts.overriding({(key, "en"): "decline"}):
        assert texts.get(key, "en") == "decline" and texts.get(key, "ru") == texts.entry(key).ru
        assert danetor.check("yes", "no", "no").explain("en").startswith("Verdict: decline.")
        barrier.wait()
        thread.join()
    assert seen["other"] == original
    assert texts.get(key, "en") == original


# -- the Text value type ----------------------------------------------------------------------------------------


def test_a_text_by_key_reads_the_registry_in_each_language():
    text = Text.of("danetor.verdict.refuse")
    assert (text("ru"), text(Lang.EN)) == (texts.entry(text.key).ru, texts.entry(text.key).en)
    assert text == Text(ru=text.ru, en=text.en) and hash(text) == hash(Text(ru=text.ru, en=text.en))
    assert repr(text) == "Text.of('danetor.verdict.refuse')"


def test_texts_are_immutable():
    text = Text(ru="а", en="a")
    with pytest.raises(AttributeError):
        text._ru = "б"  # type: ignore[misc]


@given(ru=user_text, en=user_text)
def test_a_text_in_a_model_round_trips_as_ru_and_en(ru, en):
    class Holder(BaseModel):
        text: Text

    holder = Holder(text=Text(ru=ru, en=en))
    dumped = holder.model_dump()
    assert dumped == {"text": {"ru": ru, "en": en}}
    assert Holder.model_validate(dumped).text == holder.text
    assert Holder.model_validate_json(holder.model_dump_json()).text == holder.text


def test_a_composed_text_is_read_when_used():
    source = book_source(Text.of("danetor.card.source"))
    with texts.overriding({("cite.summary", "en"): "Our handbook"}):
        assert source("en").startswith("Our handbook, ")
    assert source("en").startswith(
        "«„Отчаянные аккаунт-менеджеры“ за 10\xa0минут» (“Desperate Account Managers”"
    )
    filled = Text.of("danetor.explain.verdict").format(verdict=Text.of("danetor.verdict.refuse"))
    assert filled("ru") == "Вердикт: отказать." and filled("en") == "Verdict: refuse."


@given(value=st.one_of(st.none(), st.integers(), st.just("   "), st.just("")))
def test_an_inline_text_needs_two_non_blank_strings(value):
    with pytest.raises(ValueError, match="must be a non-blank string"):
        Text(ru=value, en="x")  # type: ignore[arg-type]


# -- the import graph -------------------------------------------------------------------------------------------


def _import_graph() -> dict[str, set[str]]:
    modules = {}
    for path in SRC.rglob("*.py"):
        rel = path.relative_to(SRC.parent).with_suffix("")
        name = ".".join(rel.parts[:-1] if rel.name == "__init__" else rel.parts)
        modules[name] = path
    graph: dict[str, set[str]] = {m: set() for m in modules}
    for name, path in modules.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        tree = ast.parse(path.read_text(encoding="utf-8"))
        skip = {
            id(n)
            for node in ast.walk(tree)
            if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.dump(node.test)
            for b in node.body
            for n in ast.walk(b)
        }
        for node in ast.walk(tree):
            if id(node) in skip:
                continue
            targets: list[str] = []
            if isinstance(node, ast.Import):
                targets = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    parts = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                    base = ".".join(parts + ([node.module] if node.module else []))
                targets = [base, *(f"{base}.{a.name}" for a in node.names)]
            graph[name].update(t for t in targets if t in modules and t != name and name != "danetor")
    return graph


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    found = []
    counter = iter(range(10**6))

    def visit(v: str) -> None:
        index[v] = low[v] = next(counter)
        stack.append(v)
        on.add(v)
        for w in graph[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in graph:
        if v not in index:
            visit(v)
    return found


def test_the_package_has_no_import_cycles():
    graph = _import_graph()
    assert len(graph) > 40 and sum(len(v) for v in graph.values()) > 100  # the reader finds the imports
    assert _cycles(graph) == []


def test_imports_flow_one_way():
    """rule data → compiler → tables → API → renderers → CLI and docs: rule data imports no texts and no
    renderer; the API modules import no renderer; nothing but the CLI imports the CLI."""
    graph = _import_graph()
    rules = {m for m in graph if m.startswith("danetor.rules.")}
    bad = []
    for m, targets in graph.items():
        for t in targets:
            if m in rules and (
                t.startswith(("danetor.playbooks", "danetor.texts", "danetor.cli"))
                or t in ("danetor.text", "danetor.questions")
            ):
                bad.append(f"{m} -> {t}")
            # danetor.policy configures every layer, renderers included: it may name the playbooks a note is for
            if (
                m.count(".") == 1
                and m not in ("danetor.cli", "danetor.policy")
                and t.startswith("danetor.playbooks")
            ):
                bad.append(f"{m} -> {t}")
            if t.startswith("danetor.cli") and not m.startswith("danetor.cli"):
                bad.append(f"{m} -> {t}")
    assert not bad, bad


def test_the_graph_reader_finds_a_cycle():
    assert _cycles({"a": {"b"}, "b": {"a"}, "c": set()}) == [["a", "b"]]
