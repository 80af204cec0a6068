"""The words used to explain a DANETOR decision (fixed texts only; no user input is ever formatted here)."""

from __future__ import annotations

from ..decision import EXPLAIN

__all__ = ["EXPLAIN"]
