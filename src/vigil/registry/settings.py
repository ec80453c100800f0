"""Registry settings, read from the environment so the CLI, the web app and tests agree.

* `VIGIL_AUTO_ACCEPT` (default 0.8): machine claims at or above this confidence are accepted
  without review; claims of death never are.
* `VIGIL_CONFLICT_DAYS` (default 7): contradicting claims this close put a person on review.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any

__all__ = ["NEVER_AUTO_ACCEPTED", "Settings", "env_values"]

NEVER_AUTO_ACCEPTED = frozenset({"death"})


def env_values(cls: Any) -> dict[str, Any]:
    """The fields of the settings class `cls` that its `ENV` (environment variable -> field)
    sets, each read as its default's type ("0", "false" and "no" are a bool's false); a
    variable unset or blank leaves its default."""
    values: dict[str, Any] = {}
    for variable, name in cls.ENV.items():
        raw = os.environ.get(variable, "").strip()
        if not raw:
            continue
        kind = type(getattr(cls, name))
        values[name] = raw.lower() not in ("0", "false", "no") if kind is bool else kind(raw)
    return values


@dataclass(frozen=True)
class Settings:
    auto_accept: float = 0.8
    conflict_days: int = 7
    user: str = "vigil"

    @classmethod
    def from_env(cls) -> Settings:
        return cls(
            auto_accept=float(os.environ.get("VIGIL_AUTO_ACCEPT", cls.auto_accept)),
            conflict_days=int(os.environ.get("VIGIL_CONFLICT_DAYS", cls.conflict_days)),
        )

    def machine_state(self, kind: str, confidence: float | None) -> str:
        """`accepted` for a confident machine claim, else `proposed` (always for a death)."""
        if kind in NEVER_AUTO_ACCEPTED or confidence is None or confidence < self.auto_accept:
            return "proposed"
        return "accepted"
