"""How sure a name match must be, apart from the matcher (`compare.py`) so that the CLI's help
can quote the thresholds without loading the name tables and their libraries."""

from __future__ import annotations

__all__ = ["REVIEW_THRESHOLD", "SAME_THRESHOLD"]

SAME_THRESHOLD: float = 0.88
REVIEW_THRESHOLD: float = 0.6
