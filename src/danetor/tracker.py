"""A live instance of a :class:`~danetor.rules.model.Sequence`: the one mechanism behind every ordered playbook.

A :class:`Tracker` holds only its current state and history; what each event does comes from the sequence's
verified transition table (compiled through durable_rules ahead of time, loaded once per process). So thousands
of live trackers cost a few objects each. An event the current state does not accept raises
:class:`~danetor.errors.OutOfOrderError` naming what was expected: nothing is queued or lost.

One shape for every tracker:

* ``state`` is a member of the tracker's state enum, ``expected`` and ``history`` are members of its event enum,
  and :meth:`send` returns a :class:`~danetor.tables.Move` whose ``to`` is a state;
* ``to_record()`` gives the saved form (a frozen model, ``<Tracker>Record``, with a ``schema_version``),
  ``to_json()`` its JSON; ``from_record()`` and ``from_json()`` restore it, and accept exactly what those write
  (strict types, a history that really leads to the saved state, a bounded size and nesting), plus the records
  that danetor 0.1.0 wrote;
* a tracker is safe to share between threads: each has a lock of its own, and an event is applied whole or not
  at all (the state and what goes with it change together).
"""

from __future__ import annotations

import json
import warnings
from collections.abc import Mapping
from enum import Enum, StrEnum
from typing import TYPE_CHECKING, Any, ClassVar, Literal, get_args, get_origin

from pydantic import BaseModel, ConfigDict, ValidationError

from ._sync import Lock
from .errors import InvalidInput, OutOfOrderError
from .tables import Move, TransitionTable
from .text import Text

if TYPE_CHECKING:
    from typing import Self

    from .rules.model import Sequence

__all__ = ["SCHEMA_VERSION", "Tracker", "TrackerState", "load_json"]

#: The version of the saved form every tracker writes (0.1.0 wrote version 1, without the field).
SCHEMA_VERSION = 2

#: a saved record is small and flat: more than this is not something ``to_json()`` wrote
MAX_RECORD_BYTES = 1_000_000
MAX_RECORD_DEPTH = 8


class TrackerState(BaseModel):
    """The 0.1.0 saved form of a tracker (deprecated: use the tracker's ``to_record()``)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    sequence: str
    state: str
    history: tuple[str, ...] = ()


def _unreadable(what: str, detail: str) -> InvalidInput:
    return InvalidInput(
        "state", "<unreadable>", [Text.of("errors.allowed.json_of").format(method=what)], hint=detail
    )


def _allowed_for(annotation: Any) -> list[Any]:
    """The values a record field takes, when they are a closed set (an enum, a ``Literal``, a tuple of either)."""
    if isinstance(annotation, type) and issubclass(annotation, Enum):
        return [member.value for member in annotation]
    origin, args = get_origin(annotation), get_args(annotation)
    if origin is Literal:
        return list(args)
    if origin is tuple and args:
        return _allowed_for(args[0])
    return []


def _field_error(record: type[BaseModel], raw: Mapping[str, Any], exc: ValidationError) -> InvalidInput:
    """The first problem pydantic found in a saved record, as an :class:`InvalidInput` naming the field
    (``state.<field>``) and, where the field takes a closed set of values, those values."""
    first = exc.errors()[0]
    loc = [str(part) for part in first.get("loc", ())]
    name = loc[0] if loc else ""
    if first.get("type") == "extra_forbidden" or name not in record.model_fields:
        return InvalidInput(
            "state", name, list(record.model_fields), hint=Text.of("errors.hint.unknown_field")
        )
    if first.get("type") == "missing":
        return InvalidInput(f"state.{name}", None, [], missing=True)
    allowed = _allowed_for(record.model_fields[name].annotation)
    return InvalidInput(f"state.{name}", raw.get(name), allowed, hint="" if allowed else first.get("msg", ""))


def _depth(data: Any) -> int:
    """How deeply *data* (parsed JSON: dicts and lists) nests, found without recursion."""
    deepest, stack = 0, [(data, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, Mapping):
            children: Any = item.values()
        elif isinstance(item, (list, tuple)):
            children = item
        else:
            continue
        deepest = max(deepest, depth)
        if deepest > MAX_RECORD_DEPTH:
            return deepest
        stack.extend((child, depth + 1) for child in children)
    return deepest


def load_json(data: Any, what: str) -> dict[str, Any]:
    """A saved record as a dict: *data* is its JSON (``str`` or ``bytes``) or the parsed mapping. Refuses, with
    :class:`InvalidInput`, what no ``to_json()`` wrote: not JSON, not an object, too big, or nested too deep (the
    nesting is measured before parsing, without recursion, so a hostile ``[[[[…]]]]`` costs nothing)."""
    if isinstance(data, (str, bytes, bytearray)):
        text = data.decode("utf-8", "replace") if isinstance(data, (bytes, bytearray)) else data
        if len(text) > MAX_RECORD_BYTES:
            raise _unreadable(what, f"more than {MAX_RECORD_BYTES} characters")
        depth = level = 0
        in_string = escaped = False
        for ch in text:  # bracket depth outside strings
            if in_string:
                if escaped:
                    escaped = False
                elif ch == "\\":
                    escaped = True
                elif ch == '"':
                    in_string = False
            elif ch == '"':
                in_string = True
            elif ch in "[{":
                level += 1
                depth = max(depth, level)
                if depth > MAX_RECORD_DEPTH:
                    raise _unreadable(what, f"nested more than {MAX_RECORD_DEPTH} levels deep")
            elif ch in "]}":
                level -= 1
        try:
            data = json.loads(text)
        except ValueError as exc:
            raise _unreadable(what, str(exc).splitlines()[0]) from None
    elif not isinstance(data, Mapping):
        raise _unreadable(what, f"a {type(data).__name__} is neither JSON nor a mapping")
    if not isinstance(data, Mapping):
        raise _unreadable(what, "the JSON is not an object")
    if _depth(data) > MAX_RECORD_DEPTH:
        raise _unreadable(what, f"nested more than {MAX_RECORD_DEPTH} levels deep")
    return dict(data)


class Tracker:
    """Base class. A subclass sets :attr:`definition` (its :class:`Sequence`), :attr:`states` (its state enum)
    and :attr:`record` (its saved form), and may add fields to the record (see :meth:`_record_fields`)."""

    definition: ClassVar[Sequence]
    #: the enum of the sequence's states
    states: ClassVar[type[StrEnum]]
    #: the saved form: a frozen, strict pydantic model with ``schema_version``, ``sequence``, ``state`` and
    #: ``history``, and whatever else the tracker keeps
    record: ClassVar[type[BaseModel]]

    _state: str
    _history: tuple[str, ...]

    def __init__(self, *, _state: tuple[str, tuple[str, ...]] | None = None) -> None:
        table = self.table()
        self._lock = Lock()
        self._state, self._history = _state if _state is not None else (table.initial, ())

    # -- the verified table ------------------------------------------------------------------------------
    @classmethod
    def table(cls) -> TransitionTable:
        from .shipped import compiled

        return compiled(cls.definition)

    @classmethod
    def _events(cls) -> type[StrEnum]:
        return cls.definition.events

    # -- state ---------------------------------------------------------------------------------------------
    @property
    def state(self) -> StrEnum:
        """Where the tracker stands: a member of :attr:`states`."""
        return self.states(self._state)

    @property
    def history(self) -> tuple[StrEnum, ...]:
        """The events accepted so far, in order."""
        events = self._events()
        return tuple(events(e) for e in self._history)

    @property
    def done(self) -> bool:
        return self._state in self.definition.final

    @property
    def expected(self) -> tuple[StrEnum, ...]:
        """The events the current state accepts (empty once the sequence is complete)."""
        events = self._events()
        return tuple(events(e) for e in self.table().accepted(self._state))

    def _check_event(self, event: Any) -> str:
        table = self.table()
        name = event.value if isinstance(event, self._events()) else event
        if not isinstance(name, str) or name not in table.events:
            raise InvalidInput("event", event, table.events)
        return name

    def send(self, event: Any) -> Move:
        """Apply *event*. Raises :class:`InvalidInput` for an unknown event and :class:`OutOfOrderError` for
        one the current state does not accept; the tracker is unchanged then."""
        name = self._check_event(event)
        with self._lock:
            return self._apply(name)

    def _apply(self, name: str) -> Move:
        """Apply the event *name* (already checked); the caller holds the lock."""
        table = self.table()
        move = table.move(self._state, name)
        if not move.accepted:
            raise OutOfOrderError(self.definition.name, self._state, name, table.accepted(self._state))
        self._state, self._history = move.to, (*self._history, name)
        return Move(self.states(move.to), True)

    # -- persistence ---------------------------------------------------------------------------------------
    def _record_fields(self) -> dict[str, Any]:
        """What a subclass keeps besides the state and history (the caller holds the lock)."""
        return {}

    def to_record(self) -> BaseModel:
        """The saved form of the tracker (see :attr:`record`)."""
        with self._lock:
            events = self._events()
            return self.record(
                schema_version=SCHEMA_VERSION,
                sequence=self.definition.name,
                state=self.states(self._state),
                history=tuple(events(e) for e in self._history),
                **self._record_fields(),
            )

    def to_json(self) -> str:
        """:meth:`to_record` as JSON."""
        return self.to_record().model_dump_json()

    @classmethod
    def _upgrade(cls, raw: dict[str, Any]) -> dict[str, Any]:
        """A record danetor 0.1.0 wrote (no ``schema_version``), in today's shape; a subclass adds its own."""
        if "schema_version" not in raw:
            raw = {"schema_version": SCHEMA_VERSION, **raw}
        return raw

    @classmethod
    def from_record(cls, record: BaseModel | Mapping[str, Any]) -> Self:
        """Restore a tracker from :meth:`to_record` (or its fields as a mapping)."""
        raw = (
            record.model_dump(mode="json")
            if isinstance(record, BaseModel)
            else load_json(record, cls._what())
        )
        return cls._restore(raw)

    @classmethod
    def from_json(cls, data: str | bytes | Mapping[str, Any]) -> Self:
        """Restore a tracker from :meth:`to_json` (or the parsed mapping, or a record danetor 0.1.0 wrote).
        Anything else raises :class:`InvalidInput`: a wrong type, an unknown state or event, a history that does
        not lead to the saved state, an oversized or too deeply nested document."""
        return cls._restore(load_json(data, cls._what()))

    @classmethod
    def _what(cls) -> str:
        return f"{cls.__name__}.to_json()"

    @classmethod
    def _class_for(cls, raw: Mapping[str, Any]) -> type[Self]:
        """The class that restores *raw* (a tracker with a subclass per kind picks it here)."""
        return cls

    @classmethod
    def _restore(cls, raw: dict[str, Any]) -> Self:
        raw = cls._upgrade(raw)
        if raw.get("schema_version") != SCHEMA_VERSION:
            raise InvalidInput("state.schema_version", raw.get("schema_version"), [str(SCHEMA_VERSION)])
        target = cls._class_for(raw)
        try:
            saved = target.record.model_validate_json(
                json.dumps(raw)
            )  # JSON mode: strict types, enums by value
        except ValidationError as exc:
            raise _field_error(target.record, raw, exc) from None
        except (
            ValueError
        ) as exc:  # json.dumps of a mapping that is not JSON (a float('nan') is, a set is not)
            raise _unreadable(
                cls._what(), str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            ) from None
        fields = saved.model_dump()
        return target._build(target._replayed(fields), fields)

    @classmethod
    def _replayed(cls, fields: Mapping[str, Any]) -> tuple[str, tuple[str, ...]]:
        """The saved state and history, checked: right sequence, and a history that really leads there."""
        if fields["sequence"] != cls.definition.name:
            raise InvalidInput("state.sequence", fields["sequence"], [cls.definition.name])
        table = cls.table()
        history = tuple(str(e) for e in fields["history"])
        replay = table.initial
        for event in history:
            if event not in table.events or not table.move(replay, event).accepted:
                raise InvalidInput(
                    "state.history", list(history), [Text.of("errors.allowed.accepted_events")]
                )
            replay = table.move(replay, event).to
        if replay != str(fields["state"]):
            raise InvalidInput(
                "state.state", str(fields["state"]), [replay], hint=Text.of("errors.hint.history_mismatch")
            )
        return replay, history

    @classmethod
    def _build(cls, core: tuple[str, tuple[str, ...]], fields: Mapping[str, Any]) -> Self:
        """A tracker at *core* (state, history), with the record's other *fields* (a subclass sets its own)."""
        obj = cls.__new__(cls)
        Tracker.__init__(obj, _state=core)
        return obj

    def to_state(self) -> TrackerState:
        """Deprecated since 0.2.0: use :meth:`to_record` (which a tracker's ``from_json`` also reads)."""
        warnings.warn(
            f"{type(self).__name__}.to_state() is deprecated; use to_record()",
            DeprecationWarning,
            stacklevel=2,
        )
        return TrackerState(sequence=self.definition.name, state=self._state, history=self._history)

    def __str__(self) -> str:
        """What to do now, in Russian (each tracker's ``explain(lang)``)."""
        explain = getattr(self, "explain", None)
        return explain() if explain is not None else repr(self)
