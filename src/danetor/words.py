"""The words accepted as input for every choice: one normaliser, shared by the library and the command.

:func:`as_enum` reads a member of an enum from what a person or a script types: the member itself, or its value in
any case, with hyphens, spaces or underscores alike (``"Non-Urgent"``, ``"interim report"``), «ё» read as «е», or one
of the enum's other words (:data:`ALIASES`): the Russian words the command accepts (``наша``, ``третья сторона``,
``срочный``) and the short forms that are unambiguous (``y``/``n``, ``д``/``н``). Anything else raises
:class:`~danetor.errors.InvalidInput` naming the argument and the values. :func:`spellings` lists every word an enum
accepts, for completion, "did you mean" and the tests.

These are input words, not texts for a reader: a company policy's wording does not change what the command reads.
The aliases are keyed by the enum's import path, so this module imports none of the enums (the start-up path of
``check()`` pays for nothing it does not use).
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from types import MappingProxyType
from typing import Any, TypeVar

from .errors import InvalidInput

__all__ = ["ALIASES", "as_enum", "normal", "spellings"]

E = TypeVar("E", bound=StrEnum)

#: enum (``module.QualName``) → other word → the member's value
ALIASES: Mapping[str, Mapping[str, str]] = MappingProxyType(
    {
        "danetor.rules.danetor.Answer": {
            "y": "yes", "n": "no", "?": "unknown", "don't know": "unknown", "dont know": "unknown",
            "да": "yes", "д": "yes", "нет": "no", "н": "no", "не знаю": "unknown", "незнаю": "unknown",
        },
        "danetor.rules.failure.Fault": {
            "our": "ours", "we": "ours", "us": "ours", "theirs": "third_party",
            "наша": "ours", "наши": "ours", "наш": "ours", "мы": "ours", "своя": "ours",
            "третья сторона": "third_party", "третьей стороны": "third_party", "третьих лиц": "third_party",
            "подрядчик": "third_party", "чужая": "third_party",
        },
        "danetor.rules.channels.Situation": {
            "non urgent question": "non_urgent", "urgent question": "urgent", "interim": "interim_report",
            "final": "final_report", "completion report": "final_report",
            "несрочный": "non_urgent", "несрочный вопрос": "non_urgent", "несрочно": "non_urgent",
            "срочный": "urgent", "срочный вопрос": "urgent", "срочно": "urgent",
            "инцидент": "incident", "нештатная ситуация": "incident",
            "презентация": "presentation", "презентация решения": "presentation",
            "промежуточный отчет": "interim_report", "промежуточный отчет о работе": "interim_report",
            "итоговый отчет": "final_report", "отчет о завершении": "final_report",
            "отчет о завершении проекта": "final_report",
        },
        "danetor.rules.channels.Channel": {
            "e mail": "email", "mail": "email", "call": "phone", "video": "video_call",
            "почта": "email", "электронная почта": "email", "письмо": "email", "мессенджер": "messenger",
            "телефон": "phone", "звонок": "phone", "видеозвонок": "video_call", "видеоконференция": "video_call",
            "встреча": "meeting", "личная встреча": "meeting",
        },
        "danetor.rules.scripts.Currency": {
            "rur": "RUB", "₽": "RUB", "$": "USD", "€": "EUR",
            "руб": "RUB", "рубль": "RUB", "рубли": "RUB", "рублей": "RUB", "доллар": "USD", "доллары": "USD",
            "долларов": "USD", "евро": "EUR",
        },
        "danetor.rules.scripts.Tone": {
            "short": "brief", "стандартный": "standard", "обычный": "standard", "кратко": "brief",
            "коротко": "brief", "краткий": "brief",
        },
        "danetor.rules.scripts.Audience": {
            "клиент": "client", "клиенту": "client", "менеджер": "manager", "менеджеру": "manager",
        },
        "danetor.rules.expectations.LandingStage": {
            "warning": "warn", "предупреждение": "warn", "предупредить": "warn", "подтверждение": "confirm",
            "подтвердить": "confirm", "реальность": "reality",
        },
        "danetor.rules.kam.Attractiveness": {"высокая": "high", "низкая": "low"},
        "danetor.rules.kam.Relationship": {
            "high": "strong", "low": "weak", "сильные": "strong", "слабые": "weak", "сильная": "strong",
            "слабая": "weak",
        },
        "danetor.rules.boiling.Observed": {"y": "yes", "n": "no", "да": "yes", "д": "yes", "нет": "no", "н": "no"},
        "danetor.temperament.Temperament": {
            "холерик": "choleric", "сангвиник": "sanguine", "флегматик": "phlegmatic", "меланхолик": "melancholic",
        },
        "danetor.text.Lang": {"russian": "ru", "english": "en", "русский": "ru", "английский": "en"},
    }
)  # fmt: skip


def normal(text: str) -> str:
    """*text* as words are compared: lower case, ``ё`` as ``е``, hyphens and underscores as spaces, single spaces."""
    return " ".join(text.lower().replace("ё", "е").replace("-", " ").replace("_", " ").split())


_tables: dict[type[StrEnum], dict[str, StrEnum]] = {}


def _table(enum: type[E]) -> dict[str, E]:
    table = _tables.get(enum)
    if table is None:
        table = {normal(m.value): m for m in enum}
        for word, value in ALIASES.get(f"{enum.__module__}.{enum.__qualname__}", {}).items():
            table.setdefault(normal(word), enum(value))
        _tables[enum] = table
    return table  # type: ignore[return-value]  # _tables holds every enum's table: dict[str, StrEnum]


def as_enum(
    value: Any,
    enum: type[E],
    argument: str,
    *,
    extra: Mapping[Any, E] | None = None,
    shown: tuple[Any, ...] | None = None,
) -> E:
    """The member of *enum* that *value* names (see the module's docstring); :class:`InvalidInput` naming
    *argument* and the values otherwise (or *shown*, when the error should list other words). *extra* maps other
    accepted objects (``True``, ``False``, ``None``) to members. A member of another enum is refused."""
    if isinstance(value, enum):
        return value
    if extra is not None and type(value) in (bool, type(None)) and value in extra:
        return extra[value]
    if isinstance(value, str) and not isinstance(value, StrEnum):
        found = _table(enum).get(normal(value))
        if found is not None:
            return found
    allowed = shown if shown is not None else (*(m.value for m in enum), *(repr(k) for k in (extra or {})))
    raise InvalidInput(argument, value, allowed)


def spellings(enum: type[StrEnum]) -> tuple[str, ...]:
    """Every word *enum* accepts (its values and their other words), as typed, values first."""
    words = [m.value for m in enum]
    words += [w for w in ALIASES.get(f"{enum.__module__}.{enum.__qualname__}", {}) if w not in words]
    return tuple(words)
