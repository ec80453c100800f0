"""Outgoing webhooks: receivers, the outbox of deliveries, signing, sending with retries, the log.

Deliveries are queued by `alerts.record_changes` in the transaction that publishes a change,
one row per change per hook (unique), and sent later by `deliver_due` — from `vigil webhook
deliver` or the background loop of `vigil serve` and `vigil watch`, never inside a request.
A deliverer leases a row before sending, so two deliverers never send the same one; the
`X-Vigil-Delivery` id stays the same across retries, so a receiver can drop a repeat after a
crash between sending and recording.

Each POST carries `X-Vigil-Timestamp` (Unix seconds) and `X-Vigil-Signature: sha256=<hex>`,
the HMAC-SHA256 of `"{timestamp}." + body` under the hook's secret: a receiver checks the
signature and refuses old timestamps (replays). Failed attempts are retried after
`backoff * 2**(n-1)` seconds (capped), up to `attempts` tries. Addresses go through the
same guard as fetching (`ingest.fetch.Fetcher`): private and loopback receivers need
`allow_private` on the hook.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
import threading
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, ClassVar
from urllib.parse import urlsplit

from sqlalchemy import func, or_, select, update
from sqlalchemy.orm import Session

from vigil.errors import NotFound, SourceError, VigilError
from vigil.ingest.fetch import Fetcher, address_rule
from vigil.registry.alert_models import Webhook, WebhookAttempt, WebhookDelivery
from vigil.registry.alerts import Change, list_changes
from vigil.registry.db import Database
from vigil.registry.settings import env_values

__all__ = [
    "DELIVERY_HEADER",
    "SIGNATURE_HEADER",
    "TIMESTAMP_HEADER",
    "Attempt",
    "DeliveryLoop",
    "Hook",
    "Redact",
    "WebhookSettings",
    "add_hook",
    "backoff",
    "deliver_due",
    "delivery_log",
    "list_hooks",
    "payload",
    "remove_hook",
    "sign",
    "verify",
]

SIGNATURE_HEADER = "X-Vigil-Signature"
TIMESTAMP_HEADER = "X-Vigil-Timestamp"
DELIVERY_HEADER = "X-Vigil-Delivery"

#: given a session, something that blanks withheld names in a text (`web.queries.redactor`)
Redact = Callable[[Session], Callable[[str | None], str | None]]


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


@dataclass(frozen=True)
class WebhookSettings:
    """Delivery settings; each is an environment variable, documented in docs/alerts.md."""

    backoff: float = 30.0  # seconds before the first retry; doubles with each failure
    max_backoff: float = 3600.0
    attempts: int = 8
    timeout: float = 10.0
    lease: float = 120.0  # a deliverer that dies mid-send frees its row after this long
    public_url: str = "http://127.0.0.1:8000"  # where links in payloads point

    ENV: ClassVar[dict[str, str]] = {
        "VIGIL_WEBHOOK_BACKOFF": "backoff",
        "VIGIL_WEBHOOK_MAX_BACKOFF": "max_backoff",
        "VIGIL_WEBHOOK_ATTEMPTS": "attempts",
        "VIGIL_WEBHOOK_TIMEOUT": "timeout",
        "VIGIL_PUBLIC_URL": "public_url",
    }

    @classmethod
    def from_env(cls, **overrides: Any) -> WebhookSettings:
        return cls(**{**env_values(cls), **overrides})


# --- signing --------------------------------------------------------------------------------


def sign(secret: str, timestamp: int, body: bytes) -> str:
    """The `X-Vigil-Signature` value: `sha256=` and the hex HMAC of `"{timestamp}." + body`."""
    digest = hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256).hexdigest()
    return f"sha256={digest}"


def verify(
    secret: str,
    *,
    body: bytes,
    timestamp: str,
    signature: str,
    tolerance: int = 300,
    now: float | None = None,
) -> bool:
    """A receiver's check: the signature matches and the timestamp is within `tolerance` seconds."""
    if not timestamp.isdigit():
        return False
    if abs((time.time() if now is None else now) - int(timestamp)) > tolerance:
        return False
    return hmac.compare_digest(sign(secret, int(timestamp), body), signature)


def backoff(attempt: int, settings: WebhookSettings) -> float:
    """Seconds to wait after the `attempt`-th failure: exponential, capped."""
    return min(settings.max_backoff, settings.backoff * 2 ** (attempt - 1))


# --- hooks ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Hook:
    id: int
    url: str
    allow_private: bool
    created_by: str
    created_at: datetime
    removed_at: datetime | None
    pending: int
    delivered: int
    failed: int


def _check_url(url: str, *, allow_private: bool) -> None:
    invalid = VigilError(f"{url!r}: a webhook URL is http:// or https:// with a host")
    if any(ord(ch) < 33 or ord(ch) == 127 for ch in url):
        raise invalid
    try:
        parts = urlsplit(url)
        host, _port = parts.hostname, parts.port
    except ValueError as exc:
        raise invalid from exc
    if parts.scheme not in ("http", "https") or not host:
        raise invalid
    if allow_private:
        return
    try:
        rule = address_rule(host.strip("[]"))
    except ValueError:
        return  # a host name: checked when resolved, at every delivery
    if rule:
        raise VigilError(f"{url!r}: {host} is a {rule} address (use --allow-private for local receivers)")


def add_hook(
    session: Session,
    *,
    url: str,
    user: str,
    secret: str | None = None,
    allow_private: bool = False,
    now: datetime | None = None,
) -> tuple[int, str]:
    """Register a receiver; answers (id, secret). Changes published from now on are sent to it."""
    url = url.strip()
    _check_url(url, allow_private=allow_private)
    if secret is not None and len(secret) < 16:
        raise VigilError("a webhook secret needs at least 16 characters")
    secret = secret or "whsec_" + secrets.token_urlsafe(32)
    hook = Webhook(
        url=url, secret=secret, allow_private=allow_private, created_by=user, created_at=now or _now()
    )
    session.add(hook)
    session.flush()
    return hook.id, secret


def remove_hook(session: Session, *, hook_id: int, now: datetime | None = None) -> None:
    """Stop sending to a hook; it stays on record with its log, and its queued deliveries are skipped."""
    hook = session.get(Webhook, hook_id)
    if hook is None or hook.removed_at is not None:
        raise NotFound(f"no webhook {hook_id}")
    hook.removed_at = now or _now()
    session.execute(
        update(WebhookDelivery)
        .where(WebhookDelivery.webhook_id == hook_id, WebhookDelivery.state == "pending")
        .values(state="skipped", last_error="webhook removed")
        .execution_options(synchronize_session=False)
    )


def list_hooks(session: Session, *, include_removed: bool = False) -> list[Hook]:
    """The receivers (secrets are not shown again), with their deliveries by state."""
    query = select(Webhook).order_by(Webhook.id)
    if not include_removed:
        query = query.where(Webhook.removed_at.is_(None))
    hooks = list(session.scalars(query))
    counts: dict[tuple[int, str], int] = {
        (hook, state): n
        for hook, state, n in session.execute(
            select(WebhookDelivery.webhook_id, WebhookDelivery.state, func.count()).group_by(
                WebhookDelivery.webhook_id, WebhookDelivery.state
            )
        )
    }
    return [
        Hook(
            h.id,
            h.url,
            h.allow_private,
            h.created_by,
            h.created_at,
            h.removed_at,
            counts.get((h.id, "pending"), 0),
            counts.get((h.id, "delivered"), 0),
            counts.get((h.id, "failed"), 0),
        )
        for h in hooks
    ]


@dataclass(frozen=True)
class Attempt:
    """One line of the delivery log."""

    at: datetime
    hook_id: int
    url: str
    delivery_id: int
    change_id: int
    attempt: int
    status: int | None
    error: str | None
    duration_ms: int
    state: str  # the delivery's state now


def delivery_log(session: Session, *, hook_id: int | None = None, limit: int = 50) -> list[Attempt]:
    """The latest attempts, newest first."""
    query = (
        select(WebhookAttempt, WebhookDelivery, Webhook.url)
        .join(WebhookDelivery, WebhookDelivery.id == WebhookAttempt.delivery_id)
        .join(Webhook, Webhook.id == WebhookDelivery.webhook_id)
        .order_by(WebhookAttempt.id.desc())
        .limit(limit)
    )
    if hook_id is not None:
        query = query.where(WebhookDelivery.webhook_id == hook_id)
    rows = session.execute(query).all()
    tries: dict[int, list[int]] = defaultdict(list)
    for attempt_id, delivery_id in session.execute(
        select(WebhookAttempt.id, WebhookAttempt.delivery_id)
        .where(WebhookAttempt.delivery_id.in_({d.id for _a, d, _u in rows}))
        .order_by(WebhookAttempt.id)
    ):
        tries[delivery_id].append(attempt_id)
    numbers = {attempt_id: i for ids in tries.values() for i, attempt_id in enumerate(ids, 1)}
    return [
        Attempt(
            a.at,
            d.webhook_id,
            url,
            d.id,
            d.change_id,
            numbers[a.id],
            a.status,
            a.error,
            a.duration_ms,
            d.state,
        )
        for a, d, url in rows
    ]


# --- delivering -----------------------------------------------------------------------------


def payload(
    change: Change, *, delivery: str, public_url: str, redact: Callable[[str | None], str | None]
) -> dict[str, Any]:
    """The JSON a receiver gets for one change (withheld persons never reach here)."""
    base = public_url.rstrip("/")
    return {
        "id": delivery,
        "type": "status.changed",
        "change": {
            "id": change.id,
            "person": {
                "id": change.person_id,
                "name": change.name,
                "url": f"{base}/people/{change.person_id}",
            },
            "old": change.old,
            "new": change.new,
            "date": change.date.isoformat() if change.date else None,
            "kind": change.kind,
            "evidence": redact(change.evidence),
            "source": redact(change.source),
            "article": {"id": change.article_id, "url": f"{base}/articles/{change.article_id}"}
            if change.article_id
            else None,
            "place": change.place,
            "outlet": change.outlet,
            "reviewer": change.reviewer,
            "published_at": change.at.replace(tzinfo=UTC).isoformat().replace("+00:00", "Z"),
        },
    }


@dataclass(frozen=True)
class Sent:
    """What one attempt of `deliver_due` did."""

    delivery_id: int
    hook_id: int
    change_id: int
    state: str
    status: int | None
    error: str | None


def _claim(db: Database, *, now: datetime, lease: float, limit: int) -> list[int]:
    """Lease the due deliveries; a row another deliverer holds is not taken."""
    free = or_(WebhookDelivery.locked_until.is_(None), WebhookDelivery.locked_until < now)
    due = (WebhookDelivery.state == "pending") & (WebhookDelivery.next_at <= now) & free
    with db.session(write=True) as session:
        ids = list(
            session.scalars(select(WebhookDelivery.id).where(due).order_by(WebhookDelivery.id).limit(limit))
        )
        mine = []
        for delivery_id in ids:
            done = session.execute(
                update(WebhookDelivery)
                .where(WebhookDelivery.id == delivery_id, due)
                .values(locked_until=now + timedelta(seconds=lease))
                .execution_options(synchronize_session=False)
            )
            if done.rowcount:  # type: ignore[attr-defined]
                mine.append(delivery_id)
    return mine


def deliver_due(
    db: Database,
    *,
    redact: Redact,
    settings: WebhookSettings | None = None,
    limit: int = 100,
    fetchers: dict[bool, Fetcher] | None = None,
) -> list[Sent]:
    """Send every delivery that is due (leased first), record each attempt, schedule retries."""
    settings = settings or WebhookSettings.from_env()
    claimed = _claim(db, now=_now(), lease=max(settings.lease, settings.timeout * 3), limit=limit)
    if not claimed:
        return []
    own = fetchers is None
    fetchers = fetchers if fetchers is not None else {}
    out: list[Sent] = []
    try:
        for delivery_id in claimed:
            out.append(_deliver_one(db, delivery_id, redact=redact, settings=settings, fetchers=fetchers))
    finally:
        if own:
            for fetcher in fetchers.values():
                fetcher.close()
    return out


def _deliver_one(
    db: Database,
    delivery_id: int,
    *,
    redact: Redact,
    settings: WebhookSettings,
    fetchers: dict[bool, Fetcher],
) -> Sent:
    with db.session() as session:
        delivery = session.get(WebhookDelivery, delivery_id)
        assert delivery is not None
        hook = session.get(Webhook, delivery.webhook_id)
        assert hook is not None
        found = list_changes(session, ids=[delivery.change_id], include_withheld=True, limit=1)
        change = found[0] if found else None
        body = b""
        skip = None
        if hook.removed_at is not None:
            skip = "webhook removed"
        elif change is None or change.withheld:
            skip = "the person's name is withheld"
        else:
            key = f"vg-delivery-{hook.id}-{change.id}"
            data = payload(change, delivery=key, public_url=settings.public_url, redact=redact(session))
            body = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode()
        url, secret, allow_private = hook.url, hook.secret, hook.allow_private
        hook_id, change_id, attempts = hook.id, delivery.change_id, delivery.attempts
    if skip is not None:
        with db.session(write=True) as session:
            session.execute(
                update(WebhookDelivery)
                .where(WebhookDelivery.id == delivery_id)
                .values(state="skipped", last_error=skip, locked_until=None)
                .execution_options(synchronize_session=False)
            )
        return Sent(delivery_id, hook_id, change_id, "skipped", None, skip)
    fetcher = fetchers.get(allow_private)
    if fetcher is None:
        fetcher = fetchers[allow_private] = Fetcher(
            allow_private=allow_private, timeout=settings.timeout, deadline=settings.timeout
        )
    timestamp = int(time.time())
    headers = {
        "Content-Type": "application/json",
        "X-Vigil-Event": "status.changed",
        DELIVERY_HEADER: f"vg-delivery-{hook_id}-{change_id}",
        "Idempotency-Key": f"vg-delivery-{hook_id}-{change_id}",
        TIMESTAMP_HEADER: str(timestamp),
        SIGNATURE_HEADER: sign(secret, timestamp, body),
    }
    started = time.monotonic()
    status: int | None = None
    error: str | None = None
    try:
        answer = fetcher.post(url, body=body, headers=headers)
        status = answer.status
        if not 200 <= status < 300:
            error = f"HTTP {status}"
    except SourceError as exc:
        error = exc.message
    elapsed = int((time.monotonic() - started) * 1000)
    now = _now()
    attempts += 1
    if error is None:
        state, next_at = "delivered", now
    elif attempts >= settings.attempts:
        state, next_at = "failed", now
    else:
        state, next_at = "pending", now + timedelta(seconds=backoff(attempts, settings))
    with db.session(write=True) as session:
        session.add(
            WebhookAttempt(delivery_id=delivery_id, at=now, status=status, error=error, duration_ms=elapsed)
        )
        session.execute(
            update(WebhookDelivery)
            .where(WebhookDelivery.id == delivery_id)
            .values(
                state=state,
                attempts=attempts,
                next_at=next_at,
                locked_until=None,
                delivered_at=now if state == "delivered" else None,
                last_error=error,
            )
            .execution_options(synchronize_session=False)
        )
    return Sent(delivery_id, hook_id, change_id, state, status, error)


class DeliveryLoop(threading.Thread):
    """`deliver_due` every `interval` seconds in a daemon thread (for `vigil serve` and `vigil watch`);
    `tick` runs first on each round (`vigil watch` prints new changes there). `stop()` ends it."""

    def __init__(
        self,
        db: Database,
        *,
        redact: Redact,
        interval: float = 5.0,
        settings: WebhookSettings | None = None,
        tick: Callable[[], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
    ) -> None:
        super().__init__(name="vigil-webhooks", daemon=True)
        self.db, self.redact, self.interval = db, redact, interval
        self.settings = settings or WebhookSettings.from_env()
        self.tick, self.on_error = tick, on_error
        self._stop_event = threading.Event()

    def run(self) -> None:
        fetchers: dict[bool, Fetcher] = {}
        try:
            while not self._stop_event.is_set():
                try:
                    if self.tick is not None:
                        self.tick()
                    deliver_due(self.db, redact=self.redact, settings=self.settings, fetchers=fetchers)
                except Exception as exc:  # a database hiccup must not end the loop
                    if self.on_error is not None:
                        self.on_error(exc)
                self._stop_event.wait(self.interval)
        finally:
            for fetcher in fetchers.values():
                fetcher.close()

    def stop(self, timeout: float | None = 10.0) -> None:
        self._stop_event.set()
        if self.is_alive():
            self.join(timeout)
