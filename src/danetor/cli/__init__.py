# PYTHON_ARGCOMPLETE_OK  (argcomplete: this console script supports shell completion)
"""The ``danetor`` command: ``main()`` runs it in-process (the tests' runner), ``run()`` is the console script.

:mod:`.core` holds the shared parser, argument types, output and prompts; each subcommand lives in :mod:`.decide`
(ask, channel, failure), :mod:`.scripts` (script) or :mod:`.forms` (the playbook forms and ``playbook``).
:mod:`._entry` is the console script's first module; the names here load lazily (PEP 562), so that importing it
costs nothing before its Ctrl-C handling is in place.
"""

from __future__ import annotations

__all__ = ["build_parser", "default_lang", "main", "run", "use_color"]

_WHERE = {
    "build_parser": "core",
    "default_lang": "core",
    "main": "core",
    "use_color": "core",
    "run": "_entry",
}


def __getattr__(name: str) -> object:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib import import_module

    value = getattr(import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value
