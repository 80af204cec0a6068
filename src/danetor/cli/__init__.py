# PYTHON_ARGCOMPLETE_OK  (argcomplete: this console script supports shell completion)
"""The ``danetor`` command: ``main()`` runs it in-process (the tests' runner), ``run()`` is the console script.

:mod:`.core` holds the shared parser, argument types, output and prompts; each subcommand lives in :mod:`.decide`
(ask, channel, failure), :mod:`.scripts` (script) or :mod:`.forms` (the playbook forms and ``playbook``).
"""

from .core import build_parser, default_lang, main, run, use_color

__all__ = ["build_parser", "default_lang", "main", "run", "use_color"]
