"""The docs site: it builds strictly, its playbook pages are exactly what the library renders now, a changed rule
changes the page, and every Python example in the docs runs."""

from __future__ import annotations

import contextlib
import html
import importlib.util
import io
import os
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

from danetor.playbooks import catalog
from danetor.playbooks.document import (
    Bullets,
    Checklist,
    Diagram,
    Heading,
    Lines,
    Message,
    Note,
    Paragraph,
    Quote,
    Source,
    Steps,
    Table,
    to_markdown,
)
from danetor.text import Lang

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
LANG_DIRS = {Lang.RU: "", Lang.EN: "en/"}
ENV = dict(os.environ, NO_MKDOCS_2_WARNING="1")


def _load_hooks():
    spec = importlib.util.spec_from_file_location("danetor_docs_hooks", DOCS / "hooks.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


hooks = _load_hooks()


_BLOCK_TAGS = {"p", "div", "td", "th", "tr", "li", "ul", "ol", "br", "pre", "table", "section", "blockquote"}
_BLOCK_TAGS |= {f"h{i}" for i in range(1, 7)}


class _Text(HTMLParser):
    """The visible text of an HTML page (scripts and styles dropped), whitespace collapsed; block elements
    separate words, inline ones (code, em, a) do not."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self._skip += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self._skip -= 1
        elif tag in _BLOCK_TAGS:
            self.parts.append(" ")

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)


def visible_text(page: str) -> str:
    parser = _Text()
    parser.feed(page)
    return " ".join("".join(parser.parts).split())


def norm(text: str) -> str:
    """What a reader sees of a Markdown text: inline markup (code, bold, italics, links) dropped, whitespace
    collapsed."""
    text = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", text)
    text = text.replace("`", "").replace("**", "")
    text = re.sub(r"(?<![\w*])\*(\S(?:[^*]*\S)?)\*(?![\w*])", r"\1", text)
    return " ".join(text.split())


def document_texts(doc, lang: Lang) -> list[str]:
    """Every text a reader must find on the page for *doc* (diagrams are checked separately)."""
    texts = [doc.title(lang), doc.source(lang)]
    for block in doc.blocks:
        if isinstance(block, (Heading, Paragraph, Note, Quote, Message)):
            texts.append(block.text(lang))
        elif isinstance(block, (Steps, Bullets, Checklist)):
            texts += [item(lang) for item in block.items]
        elif isinstance(block, Table):
            texts += [c(lang) for c in block.header]
            texts += [c(lang) for row in block.rows for c in row]
        elif isinstance(block, Source):
            texts.append(block.text(lang))
        elif isinstance(block, Lines):
            texts += [block.label(lang)] if block.label is not None else []
        elif isinstance(block, Diagram):
            continue
        else:  # pragma: no cover - a new block kind needs a line here
            raise AssertionError(f"unchecked block kind {block.kind}")  # noqa: TRY004
    return texts


@pytest.fixture(scope="module")
def site(built_site) -> Path:
    """The real build command, strict (the session's one build: see conftest.py)."""
    assert built_site.returncode == 0, built_site.stderr
    assert "WARNING" not in built_site.stderr, built_site.stderr
    return built_site.site


# -- the build -------------------------------------------------------------------------------------------------


def test_the_docs_build_never_imports_durable_rules(site, built_site):
    modules = built_site.modules
    assert "danetor.playbooks.catalog" in modules  # the list is real: the build rendered the playbooks
    assert [
        m for m in modules if m.split(".")[0] in ("durable", "durable_rules_engine") or m == "danetor.engine"
    ] == []


def test_strict_build_makes_both_languages(site):
    for prefix in LANG_DIRS.values():
        for page in ("index.html", "print_page.html", "cli.html", "api.html", "search/search_index.js"):
            assert (site / prefix / page).is_file(), prefix + page
        for name in catalog.names():
            assert (site / prefix / "playbooks" / f"{name}.html").is_file()
    assert '<html lang="ru"' in (site / "index.html").read_text(encoding="utf-8")
    assert '<html lang="en"' in (site / "en" / "index.html").read_text(encoding="utf-8")


def test_site_is_offline(site):
    """Nothing is loaded from the network: no CDN scripts or fonts, Mermaid is shipped with the site."""
    for page in site.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        for tag in re.findall(r"<(?:script|link)\b[^>]*>", text):
            assert "http://" not in tag and "https://" not in tag or 'rel="alternate"' in tag, (page, tag)
    assert (site / "assets" / "javascripts" / "mermaid.min.js").is_file()
    assert (site / "en" / "assets" / "javascripts" / "mermaid.min.js").is_file()


def test_language_switcher_points_at_the_same_page(site):
    ru = (site / "playbooks" / "danetor.html").read_text(encoding="utf-8")
    en = (site / "en" / "playbooks" / "danetor.html").read_text(encoding="utf-8")
    assert 'href="../en/playbooks/danetor.html" hreflang="en" class="md-select__link"' in ru
    assert 'href="../../playbooks/danetor.html" hreflang="ru" class="md-select__link"' in en


# -- drift: the pages are what the library renders now ---------------------------------------------------------


@pytest.mark.parametrize("lang", list(Lang))
@pytest.mark.parametrize("name", catalog.names())
def test_placeholder_renders_exactly_the_document(name, lang):
    assert hooks.render(f"<!-- danetor:playbook {name} -->", lang) == to_markdown(
        catalog.document(name), lang
    )


@pytest.mark.parametrize("lang", list(Lang))
@pytest.mark.parametrize("name", catalog.names())
def test_built_page_shows_every_text_of_the_document(site, name, lang):
    doc = catalog.document(name)
    page = (site / LANG_DIRS[lang] / "playbooks" / f"{name}.html").read_text(encoding="utf-8")
    shown = visible_text(page)
    for text in document_texts(doc, lang):
        assert norm(text) in shown, text
    printed = visible_text((site / LANG_DIRS[lang] / "print_page.html").read_text(encoding="utf-8"))
    for text in document_texts(doc, lang):
        assert norm(text) in printed, text
    # diagrams go out as Mermaid source for the browser to draw
    sources = [
        html.unescape(s)
        for s in re.findall(r'<pre class="mermaid"[^>]*><code>(.*?)</code></pre>', page, re.DOTALL)
    ]
    diagrams = [b.mermaid(lang).strip() for b in doc.blocks if isinstance(b, Diagram)]
    assert [s.strip() for s in sources] == diagrams


def test_every_playbook_is_in_the_nav_in_catalog_order(site):
    for prefix in LANG_DIRS.values():
        index = (site / prefix / "index.html").read_text(encoding="utf-8")
        positions = [index.find(f'href="playbooks/{name}.html"') for name in catalog.names()]
        assert all(p >= 0 for p in positions) and positions == sorted(positions)


def test_changing_a_rule_text_changes_the_page(tmp_path, monkeypatch):
    """Build the English site in-process with a changed rule text: the card and the print page follow."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    import danetor.rules.danetor as rules
    from danetor import texts

    marker = "Drift-check marker: two no answers, so we refuse {0} %s"
    out = tmp_path / "en"
    with texts.overriding(
        {(rules.DANETOR.rules[0].why, "en"): marker}
    ):  # a rule’s text, reworded under its key
        build(load_config(str(DOCS / "mkdocs.en.yml"), site_dir=str(out)))
    card = visible_text((out / "playbooks" / "danetor.html").read_text(encoding="utf-8"))
    printed = visible_text((out / "print_page.html").read_text(encoding="utf-8"))
    assert marker in card and marker in printed


def test_unchanged_build_has_no_marker(site):
    assert "Drift-check marker" not in (site / "en" / "playbooks" / "danetor.html").read_text(
        encoding="utf-8"
    )


# -- placeholders ----------------------------------------------------------------------------------------------


def test_unknown_playbook_fails_the_build():
    from mkdocs.exceptions import PluginError

    with pytest.raises(PluginError, match=r'name: "nope" is not allowed; use one of: danetor'):
        hooks.render("<!-- danetor:playbook nope -->", "en", "x.md")


def test_unknown_placeholder_fails_the_build():
    from mkdocs.exceptions import PluginError

    with pytest.raises(PluginError, match="unknown placeholder"):
        hooks.render("<!-- danetor:whatever -->", "ru", "x.md")


def test_text_without_placeholders_is_untouched():
    text = "# Title\n\n<!-- an ordinary comment -->\n{0} %s {{x}}\n"
    assert hooks.render(text, "ru") == text


def test_playbook_list_links_every_playbook():
    listed = hooks.render("<!-- danetor:playbooks -->", "en", "index.md")
    assert listed == "".join(
        f"- [{catalog.document(n).title('en')}](playbooks/{n}.md)\n" for n in catalog.names()
    )


def test_subcommands_are_read_from_argparse_and_click_help():
    argparse_help = (
        "usage: x\n\noptions:\n  -h  help\n\ncommands:\n  COMMAND\n    ask    the check\n    show   a card\n"
    )
    click_help = "Usage: x\n\nOptions:\n  --help  Show.\n\nCommands:\n  ask   The check.\n  show  A card.\n"
    plain = "usage: x [--lang {ru,en}]\n\noptions:\n  --lang {ru,en}  language\n"
    russian = "команды:\n  COMMAND\n    ask    алгоритм\n\nПримеры:\n  danetor ask\n"
    choices = "positional arguments:\n  {ask,show}\n    ask   the check\n"
    assert hooks._subcommands(argparse_help) == ["ask", "show"]
    assert hooks._subcommands(russian) == ["ask"]
    assert hooks._subcommands(choices) == ["ask", "show"]
    assert hooks._subcommands(click_help) == ["ask", "show"]
    assert hooks._subcommands(plain) == []


def test_cli_page_is_the_cli_help(site):
    done = subprocess.run(
        [sys.executable, "-c", "from danetor.cli import main; main()", "--help"],
        capture_output=True,
        check=False,
        text=True,
        env=dict(ENV, LC_ALL="en_US.UTF-8", LANG="en_US.UTF-8", COLUMNS="100", NO_COLOR="1"),
    )
    page = visible_text((site / "en" / "cli.html").read_text(encoding="utf-8"))
    first = done.stdout.splitlines()[0]
    assert norm(first) in page


# -- every code example in the docs runs -----------------------------------------------------------------------

EXAMPLES = [
    pytest.param(code, id=f"{path.relative_to(DOCS)}:{n}")
    for path in sorted(DOCS.rglob("*.md"))
    for n, code in enumerate(
        re.findall(r"^```python\n(.*?)^```", path.read_text(encoding="utf-8"), re.MULTILINE | re.DOTALL)
    )
]


def test_docs_have_examples():
    assert len(EXAMPLES) >= 2


@pytest.mark.parametrize("code", EXAMPLES)
def test_code_example_runs(code):
    with contextlib.redirect_stdout(io.StringIO()) as out:
        exec(compile(code, "<docs example>", "exec"), {"__name__": "__docs__"})  # noqa: S102 - our own docs
    assert out.getvalue().strip()


def test_api_page_documents_every_public_name(site):
    import danetor

    for prefix in LANG_DIRS.values():
        page = (site / prefix / "api.html").read_text(encoding="utf-8")
        for name in danetor.__all__:
            if not name.startswith("_"):
                assert f'id="{name.lower()}"' in page.lower() or f"<code>{name}</code>" in page, name


def test_api_reference_turns_roles_into_code_and_escapes_html():
    def sample():
        """Returns a :class:`~danetor.Decision` for ``<b>x</b>`` & friends."""

    assert (
        hooks._doc_markdown(sample)
        == "Returns a `danetor.Decision` for `&lt;b&gt;x&lt;/b&gt;` &amp; friends."
    )


def test_cli_page_has_every_subcommand(site):
    """Both languages’ pages hold the help of every command, down to the actions (script no, playbook show…)."""
    commands = hooks._subcommands(hooks._run_cli([], Lang.EN))
    actions = {c: hooks._subcommands(hooks._run_cli([c], Lang.EN)) for c in commands}
    assert {"ask", "script", "boiling", "kam", "temperament", "archetype", "audit", "playbook"} <= set(
        commands
    )
    assert actions["script"] == ["no", "extra", "confirm", "warning", "agreements", "restart", "landing"]
    for prefix, lang in ((LANG_DIRS[Lang.RU], Lang.RU), (LANG_DIRS[Lang.EN], Lang.EN)):
        page = html.unescape((site / prefix / "cli.html").read_text(encoding="utf-8"))
        for command in commands:
            assert f"$ danetor {command} --help" in page, (lang, command)
            for action in actions[command]:
                assert f"$ danetor {command} {action} --help" in page, (lang, command, action)


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_the_texts_page_lists_every_key_with_both_versions(site, lang):
    from danetor import texts

    page = (site / LANG_DIRS[lang] / "texts.html").read_text(encoding="utf-8")
    entries = list(texts.entries())
    missing = [e.key for e in entries if f"<code>{e.key}</code>" not in page]
    assert not missing, missing[:10]
    sample = texts.entry("danetor.question.client.text")
    assert html.escape(sample.ru) in page and html.escape(sample.en) in page


# -- the company's book: the site built with a policy (issue 18) ----------------------------------------------------

ACME = ROOT / "tests" / "data" / "acme.toml"


COMPANY = {
    Lang.RU: {
        "cover": "Версия компании: ООО «Ромашка»",
        "wording": "Анна, здравствуйте!",
        "note": "Всё, что вне договора, согласуем с аккаунт-директором.",
        "note_title": "Так принято в компании ООО «Ромашка»",
        "question": "Это в рамках договора?",
        "channel": "Telegram",
    },
    Lang.EN: {
        "cover": "Edition for ООО «Ромашка»",
        "wording": "Dear Anna,",
        "note": "Anything outside the contract is agreed with the account director first.",
        "note_title": "How we do it at ООО «Ромашка»",
        "question": "Is it within the contract?",
        "channel": "Telegram",
    },
}


@pytest.mark.parametrize("lang", [Lang.RU, Lang.EN])
def test_the_company_site_shows_its_name_wordings_and_notes(company_site, lang):
    words = COMPANY[lang]
    root = company_site / LANG_DIRS[lang]
    printed = visible_text((root / "print_page.html").read_text(encoding="utf-8"))
    cover = printed[: printed.index(words["question"])]
    assert words["cover"] in cover  # the company's name on the cover of its book
    assert "ООО «Ромашка» · danetor" in (root / "index.html").read_text(
        encoding="utf-8"
    )  # and in the site's name
    for key in ("wording", "note", "note_title", "question", "channel"):
        assert words[key] in printed, key
    danetor_page = visible_text((root / "playbooks" / "danetor.html").read_text(encoding="utf-8"))
    assert words["note"] in danetor_page and words["question"] in danetor_page
    channels_page = visible_text((root / "playbooks" / "channels.html").read_text(encoding="utf-8"))
    assert words["channel"] in channels_page
    policy_page = visible_text((root / "policy.html").read_text(encoding="utf-8"))
    assert "acme.toml" in policy_page and "channels.names.messenger.ru" in policy_page


@pytest.mark.parametrize("lang", [Lang.RU, Lang.EN])
def test_the_books_site_has_no_company(site, lang):
    root = site / LANG_DIRS[lang]
    printed = visible_text((root / "print_page.html").read_text(encoding="utf-8"))
    assert COMPANY[lang]["cover"] not in printed and COMPANY[lang]["note"] not in printed
    assert "DANETOR_POLICY" in visible_text((root / "policy.html").read_text(encoding="utf-8"))


def test_a_bad_policy_fails_the_build_with_its_error(tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text('[channels.names]\ntelegram = { ru = "Telegram" }\n', encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(tmp_path / "site")],
        cwd=ROOT,
        capture_output=True,
        check=False,
        text=True,
        env={**ENV, "DANETOR_POLICY": str(bad)},
        timeout=300,
    )
    assert done.returncode != 0
    assert f"DANETOR_POLICY: {bad}: channels.names.telegram: unknown key" in done.stderr


def _message_lines(page: str) -> list[list[str]]:
    """Each message block of a built page, as the lines a reader sees (paragraphs and line breaks kept)."""
    out = []
    for block in re.findall(r'<div class="danetor-message">(.*?)</div>', page, re.DOTALL):
        text = re.sub(r"<br\s*/?>\s*", "\n", block)
        text = re.sub(r"</p>\s*<p>", "\n\n", text)
        text = html.unescape(re.sub(r"<[^>]+>", "", text))
        out.append([" ".join(line.split()) for line in text.strip().split("\n")])
    return out


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_messages_keep_their_line_breaks_on_the_site(site, lang):
    """A message on the site reads as it is sent: greeting, paragraphs, and the clarify message's numbered
    questions one per line (issue 14: they used to run together into one paragraph)."""
    doc = catalog.document("scripts")
    messages = [b.text(lang) for b in doc.blocks if isinstance(b, Message)]
    assert any("\n1. " in m and "\n2. " in m for m in messages)  # the clarify example has its list
    for prefix in ("", "print_"):
        name = "print_page.html" if prefix else "playbooks/scripts.html"
        page = (site / LANG_DIRS[lang] / name).read_text(encoding="utf-8")
        shown = _message_lines(page)
        for message in messages:
            assert [" ".join(line.split()) for line in message.split("\n")] in shown, message


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_the_json_page_shows_every_shipped_schema_as_shipped(site, lang):
    from danetor import schemas

    page = (site / LANG_DIRS[lang] / "json.html").read_text(encoding="utf-8")
    shown = visible_text(page)
    for name in schemas.names():
        doc = schemas.load(name)
        assert f'id="{name}"' in page, name  # its own heading
        assert doc["$id"] in shown and doc["title"] in shown, name
        for line in schemas.text(name).splitlines():  # the file, line by line, in the collapsed block
            assert " ".join(line.split()) in shown, (name, line)
    nav = html.unescape(page)
    assert "urn:danetor:schema:2:" in nav and ("Версии" if lang == "ru" else "Versions") in nav


def test_the_schema_reference_is_read_from_the_shipped_files(monkeypatch):
    from danetor import schemas

    monkeypatch.setattr(schemas, "text", lambda name: '{\n  "marker": "read from the file"\n}\n')
    monkeypatch.setattr(
        schemas,
        "load",
        lambda name: {
            "title": "t",
            "$id": "urn:x",
            "properties": {
                "a": {"type": "string"},
                "b": {"anyOf": [{"$ref": "#/$defs/Script"}, {"type": "null"}]},
                "c": {"type": "array", "items": {"enum": ["x", "y"]}},
            },
        },
    )
    out = hooks.schemas_reference("records")
    assert out.count('"marker": "read from the file"') == len(schemas.RECORDS)
    assert "- `a`: `string`" in out and "- `b`: `Script | null`" in out and '- `c`: `["x" | "y", …]`' in out
    with pytest.raises(KeyError):
        hooks.schemas_reference("everything")


# -- issue 17: the site's own fixes ------------------------------------------------------------------------------


def test_russian_anchors_are_transliterated():
    assert hooks.slugify("Задайте себе три вопроса", "-") == "zadayte-sebe-tri-voprosa"
    assert hooks.slugify("Эскалация срочного вопроса", "-") == "eskalatsiya-srochnogo-voprosa"
    assert hooks.slugify("Щедрость, объём и «ёлочки»", "-") == "shchedrost-obyom-i-yolochki"
    assert hooks.slugify("The DANETOR check", "-") == "the-danetor-check"


@pytest.mark.parametrize("name", catalog.names())
def test_every_heading_of_a_russian_page_has_a_readable_anchor(site, name):
    page = (site / "playbooks" / f"{name}.html").read_text(encoding="utf-8")
    ids = re.findall(r'<h[1-6] id="([^"]*)"', page)
    assert ids, name
    for anchor in ids:
        assert re.fullmatch(r"[a-z0-9]+(?:[-_][a-z0-9]+)*", anchor) and re.search("[a-z]{3}", anchor), anchor


def test_diagram_source_is_kept_out_of_the_search_index(site):
    sources = [b.mermaid(lang) for n in catalog.names() for b in catalog.document(n).blocks
               if isinstance(b, Diagram) for lang in Lang]  # fmt: skip
    assert sources  # the cards do have diagrams
    for prefix in LANG_DIRS.values():
        index = (site / prefix / "search" / "search_index.json").read_text(encoding="utf-8")
        for word in ("flowchart", "sequenceDiagram", "stateDiagram", "quadrantChart", "-->"):
            assert word not in index, (prefix, word)
        assert "ДАНЕТОР" in index.encode().decode("unicode_escape", errors="ignore") or "DANETOR" in index


@pytest.mark.parametrize("prefix", LANG_DIRS.values())
def test_the_404_page_works_from_disk(site, prefix):
    """Every link and script of the 404 page is relative to it, so that opened from file:// it is styled and
    its links lead somewhere."""
    page = site / prefix / "404.html"
    text = page.read_text(encoding="utf-8")
    targets = re.findall(r'(?:href|src)="([^"#]*)"', text)
    assert targets
    absolute = [t for t in targets if t.startswith("/") and not t.startswith("//")]
    assert not absolute, absolute[:5]
    for target in targets:
        if target and "://" not in target and not target.startswith(("data:", "mailto:")):
            assert (page.parent / target.split("?")[0]).resolve().exists(), target
    assert '"base": "."' in text or '"base":"."' in text


def test_the_print_page_switches_to_the_other_print_page(site):
    ru = (site / "print_page.html").read_text(encoding="utf-8")
    en = (site / "en" / "print_page.html").read_text(encoding="utf-8")
    assert 'href="en/print_page.html" hreflang="en" class="md-select__link"' in ru
    assert 'href="../print_page.html" hreflang="ru" class="md-select__link"' in en
    assert 'hreflang="en" class="md-select__link"' in ru and 'en/index.html" hreflang' not in ru


def test_the_api_page_shows_real_signatures_and_examples_as_code(site):
    for prefix in LANG_DIRS.values():
        page = (site / prefix / "api.html").read_text(encoding="utf-8")
        assert " at 0x" not in page
        assert "object object" not in page
        text = html.unescape(re.sub(r"<[^>]+>", "", page))
        assert (
            "check(client: Any, company: Any, eba: Any, *, policy: Any = None, **answers: Any) -> Decision"
            in text
        )
        assert "send(event: Any, *, at: Any) -> Move" in text
        assert "lang: Lang | str = Lang.RU" in text
        # every doctest line is inside a code block, none runs into the prose
        assert "&gt;&gt;&gt;" not in re.sub(r"<pre.*?</pre>", "", page, flags=re.DOTALL)
        blocks = re.findall(r"<pre.*?</pre>", page, flags=re.DOTALL)
        assert sum("&gt;&gt;&gt;" in b for b in blocks) >= 3


def test_api_signature_renders_a_sentinel_as_required_and_drops_self():
    sentinel = object()

    class Sample:
        def method(self, a: int, b: str = sentinel, *, c: Lang = Lang.EN, d=None) -> None:  # type: ignore
            """Do. More."""

    assert (
        hooks._signature("method", Sample.method)
        == "method(a: int, b: str, *, c: Lang = Lang.EN, d=None) -> None"
    )


def test_api_reference_puts_doctests_in_code_blocks():
    def sample():
        """Does a thing with ``x``.

        >>> sample()
        'a <b>'

        And then <more>.
        """

    assert hooks._doc_markdown(sample) == (
        "Does a thing with `x`.\n\n```pycon\n>>> sample()\n'a <b>'\n```\n\nAnd then &lt;more&gt;."
    )


def test_the_cli_page_wraps_at_100_columns(site):
    for prefix in LANG_DIRS.values():
        page = html.unescape((site / prefix / "cli.html").read_text(encoding="utf-8"))
        blocks = re.findall(r"<pre[^>]*>(.*?)</pre>", page, re.DOTALL)
        assert len(blocks) > 15
        for block in blocks:
            for line in re.sub(r"<[^>]+>", "", block).splitlines():
                assert len(line) <= 100, (prefix, len(line), line)


@pytest.mark.parametrize("lang", list(Lang))
@pytest.mark.parametrize("name", ["wall", "cheatsheet"])
def test_each_paper_page_is_built_with_its_pdf_link(site, name, lang):
    from danetor.playbooks.paper import PAPER

    page = (site / LANG_DIRS[lang] / "paper" / f"{name}.html").read_text(encoding="utf-8")
    shown = visible_text(page)
    for text in document_texts(PAPER[name](), lang):
        assert norm(text) in shown, text
    pdf = hooks.pdf_name(name, lang)
    assert f'href="{"../" * (1 + (lang is Lang.EN))}pdf/{pdf}"' in page
    assert (site / "pdf" / pdf).is_file()
    index = (site / LANG_DIRS[lang] / "index.html").read_text(encoding="utf-8")
    assert f'href="paper/{name}.html"' in index  # in the nav
    assert "danetor-section" in page and f"danetor-paper danetor-{name}" in page


def test_the_paper_placeholder_renders_the_document_in_sections():
    from danetor.playbooks.paper import PAPER

    for name, build in PAPER.items():
        out = hooks.render(f"<!-- danetor:paper {name} -->", "en", f"paper/{name}.md")
        doc = build()
        assert out.count('<section class="danetor-section"') == sum(
            isinstance(b, Heading) for b in doc.blocks
        )
        assert f"# {doc.title('en')}" in out and "*Source: " in out.split("</div>")[-1]


def test_the_build_fails_in_one_line_without_chromium(tmp_path):
    """Without a browser to print with, the build stops at once with one line that says what to install (no
    traceback, no half-built site); DANETOR_PDF=off builds the site without the PDFs."""
    done = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--site-dir", str(tmp_path / "site")],
        cwd=ROOT,
        capture_output=True,
        check=False,
        text=True,
        env=dict(ENV, DANETOR_CHROMIUM="no-such-browser-here"),
        timeout=120,
    )
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    errors = [line for line in done.stderr.splitlines() if "ERROR" in line]
    assert len(errors) == 1 and "apt-get install -y chromium poppler-utils" in errors[0], done.stderr
    assert "DANETOR_PDF=off" in errors[0]
    assert not (tmp_path / "site" / "index.html").exists()
