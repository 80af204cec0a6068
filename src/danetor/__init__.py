"""danetor: should I say no to this client, and how?

The decision tools of Boris Shpirt's «Отчаянные аккаунт-менеджеры» as typed, verified, explainable rules.
This module only re-exports the public API; ``__all__`` is pinned by a test.
"""

from .decision import Decision, Flip, check
from .errors import DanetorError, InvalidInput, OutOfOrderError
from .rules.danetor import QUESTIONS, Answer, Question, Verdict
from .text import Lang, Text

__version__ = "0.1.0"

__all__ = [
    "Answer",
    "DanetorError",
    "Decision",
    "Flip",
    "InvalidInput",
    "Lang",
    "OutOfOrderError",
    "QUESTIONS",
    "Question",
    "Text",
    "Verdict",
    "__version__",
    "check",
]
