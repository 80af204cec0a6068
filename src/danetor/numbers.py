"""Prices and efforts as numbers: bounded before anything whose cost grows with the number.

A price or a number of hours is a positive number **less than 10¹⁵** (a quadrillion: no real quote comes near it).
A number typed as text (the command's ``--price`` and ``--hours``) also has **at most two decimal places**; it is
measured as text before it is converted, so a ten-character argument such as
``1e9999999`` is refused at once, never expanded. A number passed from code (``int``, ``float``, ``Decimal``) is
measured in constant time (its bit length, its exponent) and rounded to the cent, as before.
"""

from __future__ import annotations

import math
import re
from decimal import Decimal
from enum import Enum
from typing import Any

__all__ = [
    "MAX_DECIMALS",
    "MAX_MAGNITUDE",
    "NumberError",
    "NumberProblem",
    "magnitude_problem",
    "parse_typed",
]

#: a price or an effort must be less than 10 ** MAX_MAGNITUDE
MAX_MAGNITUDE = 15
#: a typed number may have at most this many decimal places
MAX_DECIMALS = 2


class NumberProblem(Enum):
    """Why a number is refused (each has a text in the user's language where it is reported)."""

    NOT_FINITE = "not_finite"
    NOT_POSITIVE = "not_positive"
    TOO_LARGE = "too_large"
    TOO_PRECISE = "too_precise"


class NumberError(ValueError):
    """A typed number that is refused, and why (:attr:`problem`)."""

    def __init__(self, problem: NumberProblem) -> None:
        super().__init__(problem.value)
        self.problem = problem


#: a number as typed once spaces and separators are gone: digits, one point, an optional exponent
_NUMERIC = r"([+-]?)([0-9]*)(?:\.([0-9]*))?(?:[eE]([+-]?)([0-9]+))?"  # compiled on first use (re's cache)
_NOT_FINITE = frozenset({"nan", "snan", "inf", "infinity"})


def parse_typed(text: str) -> Decimal | None:
    """*text* (spaces and digit-group separators already removed) as an exact, positive, bounded number, or
    ``None`` when it is not a number at all (words: "by agreement"). Raises :class:`NumberError` for a number that
    is not finite, not positive, 10¹⁵ or more, or has more than two decimal places. The checks read the text
    only; the one conversion happens once the number is known to be small (at most 17 digits)."""
    if text.lstrip("+-").lower() in _NOT_FINITE:
        raise NumberError(NumberProblem.NOT_FINITE)
    match = re.fullmatch(_NUMERIC, text)
    if match is None or not (match.group(2) or match.group(3)):
        return None
    sign, whole, fraction, exp_sign, exponent = match.groups()
    fraction = fraction or ""
    digits = (whole + fraction).lstrip("0")
    if not digits:
        raise NumberError(NumberProblem.NOT_POSITIVE)  # zero, whatever its exponent
    if sign == "-":
        raise NumberError(NumberProblem.NOT_POSITIVE)
    if len(exponent or "") > 6:  # 10^±1000000 and beyond: far past either bound
        raise NumberError(NumberProblem.TOO_PRECISE if exp_sign == "-" else NumberProblem.TOO_LARGE)
    # the value is int(digits) * 10 ** power; trailing zeros move into the power
    power = int(exponent or 0) * (-1 if exp_sign == "-" else 1) - len(fraction)
    significant = digits.rstrip("0")
    power += len(digits) - len(significant)
    if len(significant) + power > MAX_MAGNITUDE:  # the digits before the point
        raise NumberError(NumberProblem.TOO_LARGE)
    if -power > MAX_DECIMALS:
        raise NumberError(NumberProblem.TOO_PRECISE)
    return Decimal(significant).scaleb(power)  # at most 17 digits by now


def magnitude_problem(value: Any) -> NumberProblem | None:
    """Whether a number passed from code (``int``, ``float`` or ``Decimal``) is out of bounds, found in constant
    time: not finite, or 10¹⁵ or more in size. (The sign and the rounding to the cent are the caller's.)"""
    if isinstance(value, int):
        if (
            value.bit_length() > 60 or abs(value) >= 10**MAX_MAGNITUDE
        ):  # bit_length first: no huge power taken
            return NumberProblem.TOO_LARGE
        return None
    if isinstance(value, float):
        if not math.isfinite(value):
            return NumberProblem.NOT_FINITE
        return NumberProblem.TOO_LARGE if abs(value) >= 10.0**MAX_MAGNITUDE else None
    if isinstance(value, Decimal):
        if not value.is_finite():
            return NumberProblem.NOT_FINITE
        return NumberProblem.TOO_LARGE if value and value.adjusted() >= MAX_MAGNITUDE else None
    return None
