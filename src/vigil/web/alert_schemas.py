"""What the alert endpoints answer: published changes, the watchlist, webhooks and their log."""

from __future__ import annotations

from datetime import date, datetime

from pydantic import BaseModel, Field

__all__ = ["AttemptOut", "ChangeOut", "HookCreatedOut", "HookIn", "HookOut", "WatchlistOut", "WatchOut"]


class ChangeOut(BaseModel):
    """One published status change with the sentence that decided it."""

    id: int
    person_id: str
    name: str
    old: str
    new: str
    date: date | None
    kind: str | None
    evidence: str | None
    source: str | None
    article_id: int | None
    article_url: str | None
    person_url: str
    place: str | None
    outlet: str | None
    reviewer: str | None
    published_at: datetime


class WatchOut(BaseModel):
    id: str
    name: str
    status: str
    status_date: date | None
    url: str


class WatchlistOut(BaseModel):
    persons: list[WatchOut]
    since: datetime | None = Field(
        description="The previous visit of the watchlist page (UTC); null at first."
    )
    changes: list[ChangeOut] = Field(description="Changes of the followed persons since then, newest first.")


class HookIn(BaseModel):
    url: str = Field(max_length=2000, description="Where changes are POSTed (http or https).")
    secret: str | None = Field(
        default=None, min_length=16, max_length=200, description="HMAC key; generated when left out."
    )
    allow_private: bool = Field(
        default=False, description="Allow a loopback or private address (admins only)."
    )


class HookOut(BaseModel):
    id: int
    url: str
    allow_private: bool
    created_by: str
    created_at: datetime
    pending: int
    delivered: int
    failed: int


class HookCreatedOut(HookOut):
    secret: str = Field(description="Shown once: the key of X-Vigil-Signature.")


class AttemptOut(BaseModel):
    at: datetime
    hook_id: int
    url: str
    delivery_id: int
    change_id: int
    attempt: int
    status: int | None
    error: str | None
    duration_ms: int
    state: str
