"""Tables for alerts: accepted status changes, the webhook outbox and its log, and watchlists.

`status_changes` is written in the same transaction that changes a person's stored status
(`persons.refresh_status`), so a change is published if and only if it was committed.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from vigil.registry.models import Base

__all__ = ["StatusChangeRow", "Watch", "WatchVisit", "Webhook", "WebhookAttempt", "WebhookDelivery"]


class StatusChangeRow(Base):
    """A person's published status went from `old` to `new`, decided by `claim_id`.

    The evidence, source and place are copied from the deciding claim: re-extraction may
    replace machine claims, and a published entry must not change under its readers.
    """

    __tablename__ = "status_changes"
    __table_args__ = (Index("ix_status_changes_new", "new", "id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[str] = mapped_column(String(24), index=True)
    old: Mapped[str] = mapped_column(String(24))
    new: Mapped[str] = mapped_column(String(24))
    status_date: Mapped[date | None] = mapped_column(Date)
    claim_id: Mapped[str | None] = mapped_column(String(24))
    kind: Mapped[str | None] = mapped_column(String(24))
    evidence: Mapped[str | None] = mapped_column(Text)
    source: Mapped[str | None] = mapped_column(String(1000))
    article_id: Mapped[int | None] = mapped_column(Integer)
    place: Mapped[str | None] = mapped_column(String(300), index=True)
    outlet: Mapped[str | None] = mapped_column(String(300), index=True)
    reviewer: Mapped[str | None] = mapped_column(String(100))
    at: Mapped[datetime] = mapped_column(DateTime, index=True)


class Webhook(Base):
    """A receiver of status changes; removing one keeps it (and its log), marked removed."""

    __tablename__ = "webhooks"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    url: Mapped[str] = mapped_column(String(2000))
    secret: Mapped[str] = mapped_column(String(200))
    allow_private: Mapped[bool] = mapped_column(Boolean, default=False)
    created_by: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    removed_at: Mapped[datetime | None] = mapped_column(DateTime)


class WebhookDelivery(Base):
    """The outbox: one row per change per hook (unique), so a change is sent to a hook once.

    `state` is pending, delivered, failed (attempts used up) or skipped (the person became
    withheld before it went out); `locked_until` is the lease of the deliverer sending it.
    """

    __tablename__ = "webhook_deliveries"
    __table_args__ = (
        UniqueConstraint("webhook_id", "change_id"),
        Index("ix_webhook_deliveries_due", "state", "next_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    webhook_id: Mapped[int] = mapped_column(ForeignKey("webhooks.id", ondelete="CASCADE"))
    change_id: Mapped[int] = mapped_column(ForeignKey("status_changes.id", ondelete="CASCADE"), index=True)
    state: Mapped[str] = mapped_column(String(16))
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_at: Mapped[datetime] = mapped_column(DateTime)
    locked_until: Mapped[datetime | None] = mapped_column(DateTime)
    delivered_at: Mapped[datetime | None] = mapped_column(DateTime)
    last_error: Mapped[str | None] = mapped_column(Text)


class WebhookAttempt(Base):
    """One try at a delivery: the answer's status code or the error, and how long it took."""

    __tablename__ = "webhook_attempts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    delivery_id: Mapped[int] = mapped_column(
        ForeignKey("webhook_deliveries.id", ondelete="CASCADE"), index=True
    )
    at: Mapped[datetime] = mapped_column(DateTime, index=True)
    status: Mapped[int | None] = mapped_column(Integer)
    error: Mapped[str | None] = mapped_column(Text)
    duration_ms: Mapped[int] = mapped_column(Integer)


class Watch(Base):
    """A signed-in user follows a person (`person_id` is resolved to its canonical record on read)."""

    __tablename__ = "watches"

    # users.id: the accounts table belongs to the web layer, so the foreign key lives in the migration
    user_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[str] = mapped_column(String(24), primary_key=True, index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class WatchVisit(Base):
    """When a user last opened their watchlist: "what changed since" starts there."""

    __tablename__ = "watch_visits"

    user_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    seen_at: Mapped[datetime] = mapped_column(DateTime)
