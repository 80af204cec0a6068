"""Bringing inflated expectations down to earth: the live tracker and the message draft for each stage.

>>> landing = ExpectationLanding()
>>> landing.next_stage
<LandingStage.WARN: 'warn'>
>>> print(landing.draft(result="рост продаж на 30% за квартал").text)
Добрый день!
<BLANKLINE>
Хочу заранее предупредить Вас о риске. Мы рассчитываем на рост продаж на 30% за квартал. Делаем всё возможное, но есть риск, что результат окажется ниже ожидаемого. Буду держать Вас в курсе.
>>> landing.send("warn").to
'warned'

User values (the result, the realistic result, the client's name, the sender) are inserted verbatim as data,
never evaluated as templates; only surrounding whitespace, and a final ``. ! ? …`` of a result, are trimmed. A
result may be typed as a noun phrase («рост продаж на 30 %», in either case) or an infinitive («увеличить продажи
на 30 %»): the sentence around it is chosen to fit.
"""

from __future__ import annotations

import warnings
from typing import TYPE_CHECKING, Any, ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field

from . import letter
from ._active import with_policy
from ._phrase import frame
from ._result import Message
from .errors import InvalidInput, OutOfOrderError
from .rules.expectations import LANDING, STAGE_ORDER, LandingStage, LandingState
from .rules.model import Sequence
from .text import Lang, Text, as_lang, phrase, user_text
from .tracker import Tracker
from .words import as_enum

if TYPE_CHECKING:  # pragma: no cover
    from .policy import Policy

__all__ = [
    "ExpectationLanding",
    "LandingMessage",
    "LandingStage",
    "LandingState",
    "landing_message",
    "prevention",
]


# -- texts (by key) -------------------------------------------------------------------------------------


class StageText(BaseModel):
    """What one landing stage is called, what the book says to do, and our message template for it."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    label: Text
    #: the book's instruction for this stage
    advice: Text
    #: the key of our message draft in the registry: ``<key>.open``, ``<key>.result.<frame>`` (and for the
    #: reality stage ``<key>.reality.<frame>``), ``<key>.close``
    key: str

    def sentence(self, part: str, lang: Lang, value: str | None = None) -> str:
        """Our sentence *part* (``open``, ``result``, ``reality``, ``close``), filled with *value* in the frame
        that reads with it."""
        if value is None:
            return Text.of(f"{self.key}.{part}")(lang)
        return Text.of(f"{self.key}.{part}.{frame(value, lang.value)}")(lang).format(**{part: value})


#: Prevention first: the book's three things to do before expectations can inflate.
PREVENTION: tuple[Text, ...] = (
    Text.of("expectations.prevention.1"),
    Text.of("expectations.prevention.2"),
    Text.of("expectations.prevention.3"),
)


STAGES: dict[LandingStage, StageText] = {
    LandingStage.WARN: StageText(
        label=Text.of("expectations.stages.warn.label"),
        advice=Text.of("expectations.stages.warn.advice"),
        key="expectations.stages.warn",
    ),
    LandingStage.CONFIRM: StageText(
        label=Text.of("expectations.stages.confirm.label"),
        advice=Text.of("expectations.stages.confirm.advice"),
        key="expectations.stages.confirm",
    ),
    LandingStage.REALITY: StageText(
        label=Text.of("expectations.stages.reality.label"),
        advice=Text.of("expectations.stages.reality.advice"),
        key="expectations.stages.reality",
    ),
}


def _as_stage(value: Any) -> LandingStage:
    return as_enum(value, LandingStage, "stage")


class LandingMessage(Message, BaseModel):
    """A message draft for one landing stage, with what the book says that stage is for."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    stage: LandingStage
    #: 1, 2 or 3: the stage's place in the sequence
    number: int = Field(ge=1, le=len(STAGE_ORDER))
    lang: Lang
    #: the greeting (named when the client's name was given)
    greeting: str
    #: the sign-off, when there is a sender
    signoff: str | None = None
    #: the message, ready to send
    text: str
    #: the book's instruction for this stage, in :attr:`lang` (why the message says what it says)
    advice: str
    #: the stage that comes next (some time later), or ``None`` after the last one
    next_stage: LandingStage | None

    def explain(self, lang: Lang | str | None = None) -> str:
        """The stage, its place in the sequence and the book's instruction for it (in *lang*, by default the
        message's)."""
        lang = self.lang if lang is None else as_lang(lang)
        stage = STAGES[self.stage]
        advice = self.advice if lang is self.lang else stage.advice(lang)
        return f"{self.number}/{len(STAGE_ORDER)} {stage.label(lang)}. {advice}"


@with_policy
def landing_message(
    stage: LandingStage | str,
    *,
    result: str,
    reality: str | None = None,
    lang: Lang | str = Lang.RU,
    client: str | None = None,
    sender: str | None = None,
    policy: Policy | None = None,
) -> LandingMessage:
    """Draft the message for one landing *stage* (``"warn"``, ``"confirm"`` or ``"reality"``).

    *result* is the result the client is hoping for (e.g. ``"рост продаж на 30 % за квартал"``). The reality
    stage also needs *reality*, the realistic result; the first two stages do not take it. *client* adds the
    greeting's name and *sender* a sign-off, as in every message to a client. Bad input raises
    :class:`~danetor.errors.InvalidInput` naming the argument.
    """
    stage = _as_stage(stage)
    lang = as_lang(lang)
    result = phrase("result", result)
    if stage is LandingStage.REALITY:
        reality = phrase("reality", reality)
    elif reality is not None:
        raise InvalidInput("reality", reality, ["None"], hint=Text.of("errors.hint.reality_only"))
    client = user_text("client", client, required=False)
    name = letter.sender(sender)
    texts = STAGES[stage]
    sentences = [texts.sentence("open", lang), texts.sentence("result", lang, result)]
    if stage is LandingStage.REALITY:
        sentences.append(texts.sentence("reality", lang, reality))
    sentences.append(texts.sentence("close", lang))
    greeting, signoff = letter.greeting(client, lang), letter.signoff(name, lang)
    index = STAGE_ORDER.index(stage)
    return LandingMessage(
        stage=stage,
        number=index + 1,
        lang=lang,
        greeting=greeting,
        signoff=signoff,
        text=letter.layout(greeting, " ".join(sentences), signoff),
        advice=STAGES[stage].advice(lang),
        next_stage=STAGE_ORDER[index + 1] if index + 1 < len(STAGE_ORDER) else None,
    )


def prevention(lang: Lang | str = Lang.RU) -> tuple[str, ...]:
    """The book's prevention checklist (before expectations can inflate), in *lang*."""
    lang = as_lang(lang)
    return tuple(item(lang) for item in PREVENTION)


class ExpectationLandingRecord(BaseModel):
    """The saved form of an :class:`ExpectationLanding` (``to_record()``, ``to_json()``)."""

    model_config = ConfigDict(frozen=True, extra="forbid", strict=True)

    schema_version: Literal[2] = 2
    sequence: Literal["expectation_landing"] = "expectation_landing"
    state: LandingState
    history: tuple[LandingStage, ...] = ()


class ExpectationLanding(Tracker):
    """One client's landing in progress, on the shared sequence mechanism.

    ``send(stage)`` records that a stage's message was delivered; a stage out of order raises
    :class:`~danetor.errors.OutOfOrderError` naming the stage expected. ``draft(...)`` drafts the next one.
    Save with ``to_json()`` (or ``to_record()``), restore with ``ExpectationLanding.from_json(...)``. The book
    gives no interval between the stages, so none is enforced: record a stage when you have actually delivered
    it. Safe to share between threads.
    """

    definition: ClassVar[Sequence] = LANDING
    states: ClassVar[type[LandingState]] = LandingState
    record: ClassVar[type[ExpectationLandingRecord]] = ExpectationLandingRecord

    if TYPE_CHECKING:  # pragma: no cover - Tracker.to_record builds cls.record: said here for type checkers

        def to_record(self) -> ExpectationLandingRecord: ...

        @property
        def state(self) -> LandingState: ...  # Tracker.state: cls.states of the current state

    def explain(self, lang: Lang | str = Lang.RU) -> str:
        """Where the landing stands: the next stage and what the book says to do at it, or that it is done."""
        lang = as_lang(lang)
        stage = self.next_stage
        if stage is None:
            return Text.of("expectations.tracker.done")(lang)
        number = STAGE_ORDER.index(stage) + 1
        return Text.of("expectations.tracker.next")(lang).format(
            n=number,
            total=len(STAGE_ORDER),
            label=STAGES[stage].label(lang),
            advice=STAGES[stage].advice(lang),
        )

    @property
    def next_stage(self) -> LandingStage | None:
        """The stage to deliver next, or ``None`` once the client has been brought down to earth."""
        expected = self.expected
        return LandingStage(expected[0]) if expected else None

    @property
    def stages_done(self) -> tuple[LandingStage, ...]:
        """The stages delivered so far, in order."""
        return tuple(LandingStage(e) for e in self.history)

    @property
    def landing_state(self) -> LandingState:
        """Deprecated since 0.2.0: :attr:`state` is the :class:`LandingState` itself."""
        warnings.warn(
            "ExpectationLanding.landing_state is deprecated; use .state", DeprecationWarning, stacklevel=2
        )
        return LandingState(self.state)

    def draft(
        self,
        *,
        result: str,
        reality: str | None = None,
        lang: Lang | str = Lang.RU,
        client: str | None = None,
        sender: str | None = None,
    ) -> LandingMessage:
        """The message for :attr:`next_stage` (see :func:`landing_message`). Raises
        :class:`~danetor.errors.OutOfOrderError` when all three stages are done."""
        stage = self.next_stage
        if stage is None:
            raise OutOfOrderError(self.definition.name, self.state, "draft", ())
        return landing_message(stage, result=result, reality=reality, lang=lang, client=client, sender=sender)
