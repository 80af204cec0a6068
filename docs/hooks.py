"""mkdocs hooks: the playbook site is generated from the library at build time.

* ``on_config`` expands the nav entry ``playbooks/*.md`` into one page per playbook in
  :mod:`danetor.playbooks.catalog`, in catalog order.
* ``on_files`` adds those pages (``playbooks/<name>.md``) as generated files holding only a placeholder, so that
  registering a playbook in the catalog is all it takes to put it on the site, in the nav and on the print page.
* ``on_page_markdown`` fills the placeholders:

  - ``<!-- danetor:playbook NAME -->``: the playbook's document through :func:`~danetor.playbooks.document.to_markdown`
    (the same renderer as ``danetor playbook show``);
  - ``<!-- danetor:playbooks -->``: a list of links to every playbook page;
  - ``<!-- danetor:cli -->``: the output of ``danetor --help`` and of each subcommand's ``--help``;
  - ``<!-- danetor:api -->``: the API reference, generated from the code (signatures, fields and docstrings of every
    public name of ``danetor``);
  - ``<!-- danetor:texts -->``: every text of the registry, by key;
  - ``<!-- danetor:schemas outputs -->`` and ``<!-- danetor:schemas records -->``: the JSON Schemas the package
    ships (``danetor.schemas``), each read from its file;
  - ``<!-- danetor:policy init -->``: the file ``danetor policy init`` writes; ``<!-- danetor:policy show -->``:
    the company policy the site is built with and how it differs from the book.

* A company policy (issue 18): when ``DANETOR_POLICY`` names a policy file, the whole build applies it (its
  wordings, channels, questions, rules and notes on every page, through the same library calls), its name goes on
  the cover and in the site's name, and a file that fails its checks fails the build with the policy's own error.
* ``on_page_context`` points the language switcher at the same page in the other language.
* ``on_post_build`` builds the other languages (``extra.danetor.alternates``) into ``site_dir/<dir>``, so plain
  ``mkdocs build`` builds the whole bilingual site. Each language is a complete, ordinary mkdocs build, so the
  search, offline and print-site plugins work per language exactly as documented.
"""

from __future__ import annotations

import copy
import enum
import html
import inspect
import json
import logging
import os
import posixpath
import re
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File

from danetor.errors import InvalidInput, PolicyError
from danetor.playbooks import catalog
from danetor.playbooks.document import to_markdown
from danetor.playbooks.paper import PAPER
from danetor.text import Lang, Text

log = logging.getLogger("mkdocs.hooks.danetor")


def _sibling(name: str):
    """A module beside this file (mkdocs loads hooks by path, so ``docs/`` is not importable by name)."""
    import importlib.util

    key = f"danetor_docs_{name}"
    if key not in sys.modules:
        spec = importlib.util.spec_from_file_location(key, Path(__file__).with_name(f"{name}.py"))
        module = importlib.util.module_from_spec(spec)
        sys.modules[key] = module
        spec.loader.exec_module(module)
    return sys.modules[key]


paper = _sibling("paper")


class _HooksAfterPrintSite(logging.Filter):
    """print-site warns that it is not the last plugin when hooks come after it, because it only counts hooks
    given as a mapping (mkdocs takes a list). Our hooks only fill Markdown before print-site reads the pages,
    so that order is right; drop that one warning so ``mkdocs build --strict`` passes."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "'print-site' should be defined as the *last* plugin" not in record.getMessage()


logging.getLogger("mkdocs.plugins").addFilter(_HooksAfterPrintSite())

PLAYBOOK_DIR = "playbooks"
NAV_GLOB = f"{PLAYBOOK_DIR}/*.md"
PAPER_DIR = "paper"
PAPER_GLOB = f"{PAPER_DIR}/*.md"
#: the PDFs the build writes into site_dir/pdf: file name stem of each paper page, and of the book
PDF_NAMES = {"wall": "danetor", "cheatsheet": "cheatsheet", "book": "playbook"}
#: the site's own styles, whose first @page rule gives the book's margins
STYLESHEET = Path(__file__).with_name("overrides") / "assets" / "stylesheets" / "danetor.css"
PLACEHOLDER = re.compile(r"<!--\s*danetor:(?P<kind>[a-z]+)(?:\s+(?P<arg>[A-Za-z0-9_-]+))?\s*-->")

_CLI_TEXTS = {"missing": Text.of("docs.cli.missing"), "generated": Text.of("docs.cli.generated")}

# Runs the CLI's main() with the given arguments, whether main takes argv or reads sys.argv.
_CLI_RUNNER = """\
import inspect, sys
from danetor.cli import main
args = sys.argv[1:]
sys.argv = ["danetor", *args]
try:
    takes_args = bool(inspect.signature(main).parameters)
except (TypeError, ValueError):
    takes_args = False
try:
    rc = main(args) if takes_args else main()
except SystemExit as exit:
    rc = exit.code
sys.exit(rc or 0)
"""


def playbook_page(name: str) -> str:
    """The source path of playbook *name*'s page inside a language's docs_dir."""
    return f"{PLAYBOOK_DIR}/{name}.md"


def paper_page(name: str) -> str:
    """The source path of paper product *name*'s page (the wall card, the cheat sheet) inside a docs_dir."""
    return f"{PAPER_DIR}/{name}.md"


def pdf_name(name: str, lang: Lang | str) -> str:
    """The file name of a PDF in ``site/pdf/``: ``danetor-ru.pdf``, ``cheatsheet-en.pdf``, ``playbook-ru.pdf``."""
    return f"{PDF_NAMES[name]}-{Lang(lang).value}.pdf"


def _lang(config) -> Lang:
    return Lang(config.extra["danetor"]["lang"])


_policies: dict[str, object] = {}


def build_policy():
    """The company policy the build applies: the file ``DANETOR_POLICY`` names (read once per build process), or
    ``None``. A file that fails its checks fails the build, with its error."""
    path = os.environ.get("DANETOR_POLICY") or None
    if path is None:
        return None
    if path not in _policies:
        from danetor.policy import Policy

        try:
            _policies[path] = Policy.load(path)
        except PolicyError as error:
            raise PluginError(f"DANETOR_POLICY: {error}") from error
    return _policies[path]


def applied():
    """The build's company policy in force (a context manager), or nothing when there is none."""
    import contextlib

    policy = build_policy()
    return policy.applied() if policy is not None else contextlib.nullcontext()


def _expand_nav(items, lang: Lang):
    out = []
    for item in items:
        if item == NAV_GLOB:
            out.extend(playbook_page(name) for name in catalog.names())
        elif item == PAPER_GLOB:
            out.extend({Text.of(f"paper.nav.{name}")(lang): paper_page(name)} for name in PAPER)
        elif isinstance(item, dict):
            out.append(
                {
                    title: _expand_nav(sub, lang) if isinstance(sub, list) else sub
                    for title, sub in item.items()
                }
            )
        else:
            out.append(item)
    return out


#: Russian letters in Latin, for readable anchors (``#zadayte-sebe-tri-voprosa`` rather than ``#_2``)
_TRANSLIT = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
        (
            "a",
            "b",
            "v",
            "g",
            "d",
            "e",
            "yo",
            "zh",
            "z",
            "i",
            "y",
            "k",
            "l",
            "m",
            "n",
            "o",
            "p",
            "r",
            "s",
            "t",
            "u",
            "f",
            "kh",
            "ts",
            "ch",
            "sh",
            "shch",
            "",
            "y",
            "",
            "e",
            "yu",
            "ya",
        ),
        strict=True,
    )
)


def slugify(value: str, separator: str) -> str:
    """A heading's anchor: Russian transliterated into Latin letters, then Python-Markdown's own slug."""
    from markdown.extensions.toc import slugify as ascii_slug

    latin = "".join(_TRANSLIT.get(c.lower(), c) for c in value)
    return ascii_slug(latin, separator)


def mermaid_fence(source, language, css_class, options, md, **kwargs):
    """A Mermaid fence as pymdownx.superfences draws it, kept out of the search index (the diagram's source is no
    text to find: the steps it draws are on the page as text too)."""
    return f'<pre class="{css_class}" data-search-exclude><code>{html.escape(source)}</code></pre>'


def on_startup(command, dirty):
    # `mkdocs serve` rebuilds on every edit: print the PDFs only in `mkdocs build`
    _STATE["command"] = command


_STATE: dict[str, str] = {"command": "build"}


def on_config(config):
    if config.nav:
        config.nav = _expand_nav(config.nav, _lang(config))
    config.extra["danetor"]["_alternate"] = copy.deepcopy(list(config.extra.get("alternate") or []))
    policy = build_policy()
    if policy is not None and policy.name:  # the company's book: its name on the cover and in the site's name
        lang = _lang(config)
        config.extra["danetor"]["company"] = Text.of("docs.cover.company").format(company=policy.name)(lang)
        config.site_name = f"{policy.name} · {config.site_name}"
    config.mdx_configs.setdefault("toc", {})["slugify"] = slugify
    for fence in config.mdx_configs.get("pymdownx.superfences", {}).get("custom_fences", []):
        if fence.get("name") == "mermaid":
            fence["format"] = mermaid_fence
    return config


def on_files(files, config):
    pages = {playbook_page(name): f"playbook {name}" for name in catalog.names()}
    pages |= {paper_page(name): f"paper {name}" for name in PAPER}
    for uri, placeholder in pages.items():
        if files.get_file_from_path(uri) is None:
            files.append(File.generated(config, uri, content=f"<!-- danetor:{placeholder} -->\n"))
    return files


# -- placeholders ----------------------------------------------------------------------------------------------


def _playbook_links(lang: Lang, page_uri: str) -> str:
    here = posixpath.dirname(page_uri)
    lines = []
    for name in catalog.names():
        doc = catalog.document(name)
        target = posixpath.relpath(playbook_page(name), here or ".")
        lines.append(f"- [{doc.title(lang)}]({target})")
    return "\n".join(lines) + "\n"


def _run_cli(args: list[str], lang: Lang) -> str:
    env = dict(os.environ, COLUMNS="100", NO_COLOR="1", TERM="dumb", PYTHONIOENCODING="utf-8")
    env["LANG"] = env["LC_ALL"] = "ru_RU.UTF-8" if lang is Lang.RU else "en_US.UTF-8"
    done = subprocess.run(
        [sys.executable, "-c", _CLI_RUNNER, *args, "--help"],
        capture_output=True,
        check=False,
        text=True,
        encoding="utf-8",
        timeout=60,
        env=env,
    )
    if done.returncode != 0:
        raise PluginError(
            f"`danetor {' '.join([*args, '--help'])}` failed ({done.returncode}): {done.stderr}"
        )
    return done.stdout.rstrip()


def _subcommands(help_text: str) -> list[str]:
    """Subcommand names from a ``--help`` text, in any language: the entries listed under argparse's subcommand
    metavar (``COMMAND`` or ``{a,b}``) or in click's ``Commands:`` section."""
    names: list[str] = []
    for block in re.split(r"\n[ \t]*\n", help_text):
        lines = block.splitlines()
        if len(lines) < 2 or not lines[0].rstrip().endswith(":"):
            continue
        has_metavar = any(re.fullmatch(r"\s+(?:[A-Z][A-Z_]*|\{[a-z0-9_,-]+\})", line) for line in lines[1:])
        if not has_metavar and lines[0].strip().lower() != "commands:":
            continue
        for line in lines[1:]:
            choices = re.fullmatch(r"\s+\{([a-z0-9_,-]+)\}.*", line)
            if choices:
                names += [c for c in choices.group(1).split(",") if c not in names]
                continue
            entry = re.match(r"^ {2,4}([a-z][a-z0-9_-]*)(?:\s{2,}|$)", line)
            if entry and entry.group(1) not in names:
                names.append(entry.group(1))
    return names


def cli_reference(lang: Lang, *, depth: int = 2) -> str:
    """The CLI reference: ``danetor --help`` and each subcommand's ``--help`` (down to *depth* levels), as
    printed by the CLI itself in *lang*. The calls of one level run in parallel."""
    try:
        import danetor.cli  # noqa: F401
    except ImportError:
        return f'!!! note ""\n\n    {_CLI_TEXTS["missing"](lang)}\n'
    helps: dict[tuple[str, ...], str] = {}
    level: list[tuple[str, ...]] = [()]
    with ThreadPoolExecutor(max_workers=4) as pool:
        for _ in range(depth + 1):
            texts = list(pool.map(lambda path: _run_cli(list(path), lang), level))
            helps.update(zip(level, texts))
            level = [(*path, sub) for path, text in zip(level, texts) for sub in _subcommands(text)]
            if not level:
                break
    out = [_CLI_TEXTS["generated"](lang), ""]

    def add(path: tuple[str, ...]) -> None:  # depth first, in the CLI's own order
        command = " ".join(["danetor", *path])
        if path:
            out.extend(["#" * min(len(path) + 1, 4) + f" `{command}`", ""])
        out.extend(["```text", f"$ {command} --help", helps[path], "```", ""])
        for sub in _subcommands(helps[path]):
            if (*path, sub) in helps:
                add((*path, sub))

    add(())
    return "\n".join(out)


_ROLE = re.compile(r":[a-z]+(?::[a-z]+)?:`~?([^`]+)`")
_ADDRESS = re.compile(r" at 0x[0-9a-fA-F]+")


def _prose(text: str) -> str:
    """Docstring prose as Markdown: Sphinx roles become code, ``literals`` become code, HTML is escaped."""
    text = _ROLE.sub(lambda m: f"`{m.group(1)}`", text)
    text = text.replace("``", "`")
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _doc_markdown(obj) -> str:
    """An object's docstring as Markdown: its prose (see :func:`_prose`), and each doctest example (``>>>`` lines
    and the output under them, up to a blank line) as a code block of its own, never run into the prose."""
    doc = inspect.getdoc(obj) or ""
    out: list[str] = []
    prose: list[str] = []
    example: list[str] = []

    def flush_prose() -> None:
        if prose:
            out.append(_prose("\n".join(prose)))
            prose.clear()

    def flush_example() -> None:
        if example:
            out.append("\n".join(["```pycon", *example, "```"]))
            example.clear()

    for line in doc.splitlines():
        if line.lstrip().startswith(">>>") or (example and line.strip()):
            flush_prose()
            example.append(line)
        else:
            flush_example()
            prose.append(line)
    flush_example()
    flush_prose()
    return "\n\n".join(part.strip("\n") for part in out if part.strip()).strip()


def _annotation(annotation) -> str:
    if annotation is inspect.Parameter.empty:
        return ""
    if isinstance(annotation, str):  # from __future__ import annotations: the source text
        return annotation
    return getattr(annotation, "__name__", None) or str(annotation).replace("typing.", "")


def _default(value) -> str:
    if isinstance(value, enum.Enum):
        return f"{type(value).__name__}.{value.name}"
    return _ADDRESS.sub("", repr(value))


def _signature(name: str, obj) -> str:
    """*obj*'s signature as its source would read: annotations as written, no ``self``, no memory addresses. A
    default that is a bare ``object()`` sentinel means "required" (the function then names what is missing), so
    the parameter is shown without a default, as a required parameter is."""
    try:
        signature = inspect.signature(obj)
    except (TypeError, ValueError):
        return name
    parts: list[str] = []
    star = False
    params = list(signature.parameters.values())
    if params and params[0].name in ("self", "cls"):
        params = params[1:]
    for param in params:
        kind = param.kind
        if kind is inspect.Parameter.KEYWORD_ONLY and not star:
            parts.append("*")
            star = True
        text = {inspect.Parameter.VAR_POSITIONAL: "*", inspect.Parameter.VAR_KEYWORD: "**"}.get(kind, "")
        text += param.name
        star = star or kind is inspect.Parameter.VAR_POSITIONAL
        annotation = _annotation(param.annotation)
        if annotation:
            text += f": {annotation}"
        default = param.default
        if default is not inspect.Parameter.empty and type(default) is not object:
            text += f" = {_default(default)}" if annotation else f"={_default(default)}"
        parts.append(text)
        if kind is inspect.Parameter.POSITIONAL_ONLY and (
            param is params[-1]
            or params[params.index(param) + 1].kind is not inspect.Parameter.POSITIONAL_ONLY
        ):
            parts.append("/")
    returns = _annotation(signature.return_annotation)
    return f"{name}({', '.join(parts)})" + (f" -> {returns}" if returns else "")


def _describe(name: str, obj) -> list[str]:
    out = [f"### `{name}`", ""]
    if isinstance(obj, type) and issubclass(obj, enum.Enum):
        out += ["```python", f"class {name}({obj.__bases__[0].__name__})", "```", ""]
        out += [_doc_markdown(obj), ""] if obj.__doc__ else []
        out += ["| member | value |", "|---|---|"]
        out += [f"| `{m.name}` | `{m.value!r}` |" for m in obj] + [""]
    elif isinstance(obj, type):
        bases = ", ".join(b.__name__ for b in obj.__bases__ if b is not object)
        out += ["```python", f"class {name}" + (f"({bases})" if bases else ""), "```", ""]
        out += [_doc_markdown(obj), ""]
        fields = getattr(obj, "model_fields", None)
        if fields:
            out += ["| field | type |", "|---|---|"]
            for field, info in fields.items():
                kind = getattr(info.annotation, "__name__", None) or str(info.annotation).replace(
                    "typing.", ""
                )
                out.append(f"| `{field}` | `{kind}` |")
            out.append("")
        for attr, member in vars(obj).items():
            if attr.startswith(("_", "model_")) or not callable(member):
                continue
            summary = _prose((inspect.getdoc(member) or "").split("\n\n")[0].replace("\n", " ")).strip()
            out += [f"- `{_signature(attr, member)}`" + (f": {summary}" if summary else "")]
        out.append("")
    elif callable(obj):
        out += ["```python", _signature(name, obj), "```", "", _doc_markdown(obj), ""]
    else:
        shown = repr(obj)
        shown = shown if len(shown) <= 100 else shown[:97] + "..."
        out += [f"`{type(obj).__name__}`: `{shown}`" if "`" not in shown else f"`{type(obj).__name__}`", ""]
    return out


def api_reference() -> str:
    """The Python API reference, generated from the code: every public name of :mod:`danetor`, grouped by the
    module that defines it, with its signature (fields, members or value) and its docstring."""
    import danetor

    exports = getattr(danetor, "_EXPORTS", None) or {n: "danetor" for n in danetor.__all__}
    by_module: dict[str, list[str]] = {}
    for name, module in exports.items():
        if name in danetor.__all__ and not name.startswith("_"):
            by_module.setdefault(module, []).append(name)
    out = []
    for module, members in by_module.items():
        out += [f"## `{module}`", ""]
        for name in members:
            out += _describe(name, getattr(danetor, name))
    return "\n".join(out)


def texts_reference(lang: Lang) -> str:
    """Every text of the registry, topic by topic: the key, its kind, and both versions (a translator reads both)."""
    from danetor import texts

    def line(text: str) -> str:  # a text as one Markdown line: its own line breaks shown, markup inert
        return html.escape(text).replace("\n", "<br>").replace("*", "&#42;").replace("_", "&#95;")

    out = []
    for topic in texts.topics():
        out += [f"## `{topic}`", ""]
        for entry in texts.entries(topic + "."):
            out += [
                f"`{entry.key}` · *{entry.kind}*",
                "",
                f"- ru: {line(entry.ru)}",
                f"- en: {line(entry.en)}",
                "",
            ]
    return "\n".join(out)


def policy_summary(lang: Lang) -> str:
    """What the site is built with: no company policy, or the file and how it differs from the book."""
    policy = build_policy()
    if policy is None:
        return Text.of("docs.policy.none")(lang) + "\n"
    source = f"`{os.path.basename(policy.source or '')}`"
    differences = policy.differences()
    if not differences:
        return Text.of("docs.policy.same")(lang).format(file=source) + "\n"
    lines = [Text.of("docs.policy.in_force")(lang).format(file=source), ""]
    lines += [f"- `{d.path}`: {d.text(lang)}" for d in differences]
    return "\n".join(lines) + "\n"


def _shape(node: dict, defs: dict) -> str:
    """A schema node as a short type: a name, ``[items]``, ``{key: value}``, allowed values, or ``a | b``."""
    if "$ref" in node:
        return node["$ref"].rsplit("/", 1)[-1]
    if "anyOf" in node or "oneOf" in node:
        return " | ".join(_shape(alt, defs) for alt in node.get("anyOf") or node["oneOf"])
    if "const" in node:
        return json.dumps(node["const"], ensure_ascii=False)
    if "enum" in node:
        return " | ".join(json.dumps(v, ensure_ascii=False) for v in node["enum"])
    if node.get("type") == "array":
        return f"[{_shape(node.get('items', {}), defs)}, …]"
    if node.get("type") == "object" and isinstance(node.get("additionalProperties"), dict):
        return f"{{string: {_shape(node['additionalProperties'], defs)}}}"
    return str(node.get("type", "any"))


def _keys(node: dict, defs: dict) -> list[str]:
    """The keys of an object schema, one Markdown list item each, with their types."""
    return [f"- `{key}`: `{_shape(value, defs)}`" for key, value in node.get("properties", {}).items()]


def schemas_reference(kind: str) -> str:
    """Every shipped JSON Schema of *kind* (``outputs`` or ``records``), read from the files the package ships: its
    name, what it describes, its ``$id``, its description, the keys of the document, and the whole schema."""
    from danetor import schemas

    names = {"outputs": schemas.OUTPUTS, "records": schemas.RECORDS}[kind]
    out = []
    for name in names:
        doc = schemas.load(name)
        defs = doc.get("$defs", {})
        out += [f"### `{name}`", "", f"`{doc['title']}` · `{doc['$id']}`", ""]
        out += [html.escape(doc["description"], quote=False), ""] if doc.get("description") else []
        root = doc
        if doc.get("type") == "array" and "$ref" in doc.get("items", {}):
            item = _shape(doc["items"], defs)
            out += [f"`[{item}, …]`", ""]
            root = defs[item]
            out += [f"**`{item}`**", ""]
        out += [*_keys(root, defs), ""]
        out += [f'??? abstract "{name}.schema.json"', "", "    ```json"]
        out += [f"    {line}" if line else "" for line in schemas.text(name).splitlines()]
        out += ["    ```", ""]
    return "\n".join(out)
def pdf_href(name: str, lang: Lang, page_uri: str, lang_dir: str = "") -> str:
    """The link from page *page_uri* of a language's site (*lang_dir* below the site root) to a PDF."""
    here = posixpath.dirname(posixpath.join(lang_dir, page_uri))
    return posixpath.relpath(posixpath.join("pdf", pdf_name(name, lang)), here or ".")


def paper_markdown(name: str, lang: Lang, page_uri: str) -> str:
    """A paper product's page: the document in sections, inside the frame its print styles lay out, with a
    link to its PDF (on screen only)."""
    lang_dir = "" if lang is Lang.RU else f"{lang.value}/"
    link = f'<a href="{pdf_href(name, lang, page_uri, lang_dir)}">{html.escape(Text.of("paper.pdf_link")(lang))}</a>'
    title, blank, source, *body = to_markdown(PAPER[name](), lang, sections=True).splitlines()
    assert not blank and source.startswith("*") and source.endswith("*"), source  # the title, then the source
    return "\n".join(
        [
            f'<p class="danetor-pdf-link">{link}</p>',
            "",
            f'<div class="danetor-paper danetor-{name}" markdown="1">',
            "",
            title,
            *body,
            "",
            "</div>",
            "",
            f'<p class="danetor-paper-source" markdown="1">{source}</p>',
            "",
        ]
    )


def render(markdown: str, lang: Lang | str, page_uri: str = "index.md") -> str:
    """Fill every ``<!-- danetor:... -->`` placeholder in *markdown* for language *lang*."""
    lang = Lang(lang)

    def fill(match: re.Match) -> str:
        with applied():
            return _fill(match)

    def _fill(match: re.Match) -> str:
        kind, arg = match.group("kind"), match.group("arg")
        if kind == "playbook" and arg:
            try:
                return to_markdown(catalog.document(arg), lang)
            except InvalidInput as error:
                raise PluginError(f"{page_uri}: {error}") from error
        if kind == "paper" and arg in PAPER:
            return paper_markdown(arg, lang, page_uri)
        if kind == "playbooks" and not arg:
            return _playbook_links(lang, page_uri)
        if kind == "cli" and not arg:
            return cli_reference(lang)
        if kind == "api" and not arg:
            return api_reference()
        if kind == "texts" and not arg:
            return texts_reference(lang)
        if kind == "policy" and arg == "init":
            from danetor.policy import init_template

            return "```toml\n" + init_template(lang) + "```\n"
        if kind == "policy" and arg == "show":
            return policy_summary(lang)
        if kind == "schemas" and arg in ("outputs", "records"):
            return schemas_reference(arg)
        raise PluginError(f"{page_uri}: unknown placeholder {match.group(0)!r}")

    return PLACEHOLDER.sub(fill, markdown)


def on_page_markdown(markdown, page, config, files):
    return render(markdown, _lang(config), page.file.src_uri)


# -- languages -------------------------------------------------------------------------------------------------


def on_page_context(context, page, config, nav):
    """Point each language switcher entry at this page in that language (the sites share one layout)."""
    here = posixpath.dirname(page.file.url) or "."
    switched = []
    for alt in config.extra["danetor"]["_alternate"]:
        link = alt["link"]
        root = link.removesuffix("index.html")
        target = posixpath.normpath(posixpath.join(root or ".", page.file.url))
        switched.append({**alt, "relative": posixpath.relpath(target, here)})
    config.extra["alternate"] = switched
    return context


def on_post_page(output, page, config):
    config.extra["alternate"] = copy.deepcopy(config.extra["danetor"]["_alternate"])
    return output


def _print_page_switch(site_dir: Path) -> None:
    """The print page's language switch leads to the other language's print page (print-site renders that page
    after every other one, with the switch pointing at the other home page)."""
    page = site_dir / "print_page.html"
    if page.is_file():
        text = page.read_text(encoding="utf-8")
        text = re.sub(
            r'href="((?:\.\./|[a-z]{2}/)?)index\.html"(\s+hreflang=)', r'href="\1print_page.html"\2', text
        )
        page.write_text(text, encoding="utf-8")


def _relative_404(site_dir: Path) -> None:
    """The 404 page works from ``file://``: mkdocs writes it with links from the server's root (``/assets/…``),
    which from a disk lead nowhere; it lies at the site's root, so links relative to it reach the same files."""
    page = site_dir / "404.html"
    if page.is_file():
        text = page.read_text(encoding="utf-8")
        text = re.sub(r'((?:href|src)=")/(?!/)', r"\1./", text)
        text = text.replace('"base": "/"', '"base": "."').replace('"base":"/"', '"base":"."')
        page.write_text(text, encoding="utf-8")


def _books(config) -> list:
    """The paper of every language this build makes: where its site is and the titles of its cards."""
    site_dir = Path(config.site_dir)
    langs = [(_lang(config), site_dir)]
    langs += [
        (Lang(alt["lang"]), site_dir / alt["dir"]) for alt in config.extra["danetor"].get("alternates") or []
    ]
    with applied():  # the titles as printed: a company's (its appendix counts no questions) under its policy
        return [
            paper.Book(
                lang=lang.value,
                site=site,
                titles=[
                    (f"{PLAYBOOK_DIR}-{name}", catalog.document(name).title(lang)) for name in catalog.names()
                ],
                margins_mm=paper.page_margins(STYLESHEET),
            )
            for lang, site in langs
        ]


def _prints_pdfs(config) -> bool:
    """Does this build print the PDFs? The primary build (the one that builds the other languages) of
    ``mkdocs build`` does, unless ``DANETOR_PDF=off``; ``mkdocs serve`` rebuilds on every edit and does not."""
    return (
        bool(config.extra["danetor"].get("alternates")) and _STATE["command"] != "serve" and paper.enabled()
    )


def on_pre_build(config):
    """Fail at once, in one line, when the PDFs cannot be printed (rather than after building the site)."""
    if _prints_pdfs(config):
        try:
            paper.find_tools()
        except paper.PaperError as error:
            raise PluginError(f"danetor: {error}") from None


def on_post_build(config):
    """Build the other languages into ``site_dir/<dir>`` (only from the primary build), then print the PDFs."""
    site_dir = Path(config.site_dir)
    _print_page_switch(site_dir)
    _relative_404(site_dir)
    alternates = config.extra["danetor"].get("alternates") or []
    for alt in alternates:
        path = Path(config.config_file_path).parent / alt["config"]
        alt_dir = site_dir / alt["dir"]
        log.info("Building the '%s' site into %s", alt["lang"], alt_dir)
        build(load_config(str(path), site_dir=str(alt_dir), strict=config.strict), dirty=False)
    if not _prints_pdfs(config):
        if alternates:
            log.info(
                "No PDFs: %s", "DANETOR_PDF=off" if not paper.enabled() else "`mkdocs build` prints them"
            )
        return  # (a language built alone, mkdocs build -f docs/mkdocs.en.yml, never prints: the primary build does)
    try:
        printed = paper.build(_books(config), site_dir / "pdf", log=log)
    except paper.PaperError as error:
        raise PluginError(f"danetor: {error}") from None
    for name, result in printed.items():
        if not name.startswith(PDF_NAMES["book"]) and result.pages != 1:
            log.warning(
                "%s is %d pages: the wall card and the cheat sheet must fit one A4 page",
                result.pdf,
                result.pages,
            )


__all__ = [
    "NAV_GLOB",
    "PAPER_GLOB",
    "PLACEHOLDER",
    "cli_reference",
    "mermaid_fence",
    "paper_markdown",
    "paper_page",
    "pdf_name",
    "playbook_page",
    "render",
    "schemas_reference",
    "slugify",
    "texts_reference",
]
