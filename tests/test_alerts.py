"""Alerts in the registry: which status changes are published, the webhook outbox (signed,
retried with backoff, once per change per hook), watchlists; on SQLite and PostgreSQL."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import UTC, date, datetime

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import func, inspect, select

from tests.alerts_helpers import Receiver, running_receiver, signature_ok
from tests.registry_helpers import article
from vigil.errors import VigilError
from vigil.registry import alerts, service, webhooks
from vigil.registry.alert_models import StatusChangeRow, WebhookDelivery
from vigil.registry.db import MIGRATIONS, Database
from vigil.web.queries import redactor

NOW = datetime(2026, 1, 1, 12, 0)
NAMES = ["Ihar Losik", "Maria Kolesnikova", "Ales Bialiatski", "Viktor Babaryka", "Mikola Statkevich"]
FAST = webhooks.WebhookSettings(backoff=0.3, max_backoff=5.0, attempts=5, timeout=5.0)


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    yield from running_receiver()


def _hook(db: Database, url: str, **kwargs) -> tuple[int, str]:  # type: ignore[no-untyped-def]
    with db.session(write=True) as session:
        return webhooks.add_hook(session, url=url, user="ed", allow_private=True, **kwargs)


def _changes(db: Database, **filters) -> list[alerts.Change]:  # type: ignore[no-untyped-def]
    with db.session() as session:
        return alerts.list_changes(session, limit=None, **filters)


def _deliveries(db: Database) -> list[WebhookDelivery]:
    with db.session() as session:
        return list(session.scalars(select(WebhookDelivery).order_by(WebhookDelivery.id)))


def _released(name: str = "Mikola Statkevich", *, on: date = date(2025, 12, 13), confidence: float = 0.9):
    body = f"{name} was freed from the colony on Saturday."
    return article(f"{name}-{on}.txt", body, [("release", [name], {"confidence": confidence})], published=on)


def _arrested(name: str, *, on: date, confidence: float = 0.9, source: str | None = None):
    body = f"{name} was detained again at the border."
    return article(
        source or f"{name}-arrest-{on}.txt",
        body,
        [("arrest", [name], {"confidence": confidence})],
        published=on,
    )


def test_an_accepted_change_is_published_with_its_evidence_and_queued_for_each_hook(db):
    hook, _secret = _hook(db, "http://127.0.0.1:9/hook")
    service.ingest_items(db, items=[_released()])
    [change] = _changes(db)
    assert (change.name, change.old, change.new) == ("Mikola Statkevich", "unknown", "released")
    assert change.evidence == "Mikola Statkevich was freed from the colony on Saturday."
    assert change.article_id is not None and change.reviewer is None
    assert [(d.webhook_id, d.change_id, d.state) for d in _deliveries(db)] == [(hook, change.id, "pending")]

    # a claim awaiting review changes nothing and sends nothing
    service.ingest_items(db, items=[_arrested("Mikola Statkevich", on=date(2026, 2, 1), confidence=0.5)])
    assert len(_changes(db)) == 1 and len(_deliveries(db)) == 1
    [proposed] = [i for i in service.review_items(db) if i.type == "claim"]

    # ... until an editor accepts it: then it is published, by that editor, and queued once
    service.decide(db, item_id=proposed.id, accept=True, user="ed")
    latest = _changes(db)[0]
    assert (latest.old, latest.new, latest.reviewer, latest.date) == (
        "released",
        "held",
        "ed",
        date(2026, 2, 1),
    )
    assert [d.change_id for d in _deliveries(db)] == [change.id, latest.id]
    assert [c.id for c in _changes(db, status="held")] == [latest.id]
    assert [c.id for c in _changes(db, person_id=latest.person_id)] == [latest.id, change.id]


def test_a_contradiction_is_not_published_and_its_resolution_starts_from_the_last_published_status(db):
    service.ingest_items(
        db,
        items=[_released(on=date(2025, 12, 13)), _arrested("Mikola Statkevich", on=date(2025, 12, 16))],
    )
    person = service.get_person(db, ref="Mikola Statkevich")
    assert person.status == "unknown" and person.needs_review
    assert [(c.old, c.new) for c in _changes(db)] == [("unknown", "released")]
    arrest = next(e for e in person.timeline if e.kind == "arrest")
    service.decide(db, item_id=arrest.claim_id, accept=False, user="ed")  # released again: nothing new
    assert [(c.old, c.new) for c in _changes(db)] == [("unknown", "released")]


def test_withheld_persons_are_never_listed_or_sent(db, receiver: Receiver):
    _hook(db, receiver.url)
    service.ingest_items(db, items=[_released("Ihar Losik")])
    person = service.get_person(db, ref="Ihar Losik")
    service.set_withheld(db, person_id=person.id, withheld=True, user="admin")
    # queued before the name was withheld: skipped when it would go out
    sent = webhooks.deliver_due(db, redact=redactor, settings=FAST)
    assert [(s.state, s.error) for s in sent] == [("skipped", "the person's name is withheld")]
    # changed while withheld: recorded, never listed, never queued
    service.ingest_items(db, items=[_arrested("Ihar Losik", on=date(2026, 3, 1))])
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(StatusChangeRow)) == 2
    assert _changes(db) == [] and len(_deliveries(db)) == 1
    assert webhooks.deliver_due(db, redact=redactor, settings=FAST) == []
    assert receiver.posts == []


def test_a_failing_receiver_is_retried_with_growing_pauses_and_gets_the_change_once(db, receiver: Receiver):
    receiver.script = [500, 503]
    hook, secret = _hook(db, receiver.url)
    service.ingest_items(db, items=[_released()])
    states = []
    for _ in range(200):
        states += [s.state for s in webhooks.deliver_due(db, redact=redactor, settings=FAST)]
        if "delivered" in states:
            break
        threading.Event().wait(0.05)
    assert states == ["pending", "pending", "delivered"]
    posts = receiver.posts
    assert len(posts) == 3
    first, second = posts[1].at - posts[0].at, posts[2].at - posts[1].at
    assert first >= FAST.backoff and second >= 2 * FAST.backoff  # 0.3 s, then 0.6 s
    assert {p.headers["x-vigil-delivery"] for p in posts} == {f"vg-delivery-{hook}-1"}
    assert all(signature_ok(secret, p) for p in posts)
    assert not signature_ok("another secret of some length", posts[-1])
    body = posts[-1].json
    assert body["type"] == "status.changed" and body["change"]["new"] == "released"
    assert body["change"]["person"]["url"].endswith(f"/people/{body['change']['person']['id']}")
    with db.session() as session:
        log = webhooks.delivery_log(session)
    assert [(a.attempt, a.status, a.state) for a in reversed(log)] == [
        (1, 500, "delivered"),
        (2, 503, "delivered"),
        (3, 200, "delivered"),
    ]
    assert webhooks.deliver_due(db, redact=redactor, settings=FAST) == []
    assert len(receiver.posts) == 3


def test_attempts_run_out_into_failed(db, receiver: Receiver):
    receiver.script = [500] * 10
    _hook(db, receiver.url)
    service.ingest_items(db, items=[_released()])
    settings = webhooks.WebhookSettings(backoff=0.01, attempts=3)
    states: list[str] = []
    for _ in range(100):
        states += [s.state for s in webhooks.deliver_due(db, redact=redactor, settings=settings)]
        if "failed" in states:
            break
        threading.Event().wait(0.03)
    assert states == ["pending", "pending", "failed"] and len(receiver.posts) == 3
    assert [b for b in (webhooks.backoff(n, FAST) for n in (1, 2, 3, 10))] == [0.3, 0.6, 1.2, 5.0]


def test_concurrent_deliverers_send_each_change_once(db, receiver: Receiver):
    _hook(db, receiver.url)
    _hook(db, receiver.url + "?second")
    service.ingest_items(db, items=[_released(name, on=date(2025, 12, n)) for n, name in enumerate(NAMES, 1)])
    threads = [
        threading.Thread(
            target=webhooks.deliver_due, args=(db,), kwargs={"redact": redactor, "settings": FAST}
        )
        for _ in range(3)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    keys = [p.headers["x-vigil-delivery"] for p in receiver.posts]
    assert len(keys) == 10 == len(set(keys))
    assert {d.state for d in _deliveries(db)} == {"delivered"}


def test_webhook_addresses_pass_the_fetch_guard(db, receiver: Receiver):
    with db.session() as session, pytest.raises(VigilError, match="loopback"):
        webhooks.add_hook(session, url="http://127.0.0.1:8080/hook", user="ed")
    for bad in ("file:///etc/passwd", "http://[::1/hook", "http://a b/", "https://host:99999/", "http:///x"):
        with db.session() as session, pytest.raises(VigilError, match="http"):
            webhooks.add_hook(session, url=bad, user="ed")
    # a host name is checked when it is resolved: localhost is refused at delivery
    with db.session(write=True) as session:
        webhooks.add_hook(session, url=receiver.url.replace("127.0.0.1", "localhost"), user="ed")
    service.ingest_items(db, items=[_released()])
    [sent] = webhooks.deliver_due(db, redact=redactor, settings=FAST)
    assert sent.state == "pending" and "loopback" in (sent.error or "") and receiver.posts == []


def test_removed_hook_gets_nothing_more(db, receiver: Receiver):
    hook, _ = _hook(db, receiver.url)
    service.ingest_items(db, items=[_released()])
    with db.session(write=True) as session:
        webhooks.remove_hook(session, hook_id=hook)
    assert webhooks.deliver_due(db, redact=redactor, settings=FAST) == []
    service.ingest_items(db, items=[_arrested("Mikola Statkevich", on=date(2026, 2, 1))])
    assert len(_deliveries(db)) == 1 and receiver.posts == []
    with db.session() as session:
        assert webhooks.list_hooks(session) == []
        [removed] = webhooks.list_hooks(session, include_removed=True)
    assert removed.removed_at is not None


def test_watchlist_shows_changes_since_the_last_visit(db):
    from vigil.web.auth import add_user

    with db.session(write=True) as session:
        user = add_user(session, name="reader1", password="long enough password", role="editor").id
    service.ingest_items(db, items=[_released(), _released("Ihar Losik")])
    statkevich = service.get_person(db, ref="Mikola Statkevich").id
    with db.session(write=True) as session:
        alerts.follow(session, user_id=user, person_id=statkevich, now=NOW)
        alerts.follow(session, user_id=user, person_id=statkevich, now=NOW)  # twice is once
    with db.session(write=True) as session:
        first = alerts.watchlist(session, user_id=user)
        alerts.mark_visit(session, user_id=user, now=datetime.now(UTC).replace(tzinfo=None))
    assert [p.id for p in first.persons] == [statkevich] and first.since is None
    assert [(c.name, c.new) for c in first.changes] == [("Mikola Statkevich", "released")]
    service.ingest_items(db, items=[_arrested("Mikola Statkevich", on=date(2026, 2, 1))])
    service.ingest_items(db, items=[_arrested("Ihar Losik", on=date(2026, 2, 1))])  # not followed
    with db.session() as session:
        second = alerts.watchlist(session, user_id=user)
    assert second.since is not None and [(c.old, c.new) for c in second.changes] == [("released", "held")]
    with db.session(write=True) as session:
        alerts.unfollow(session, user_id=user, person_id=statkevich)
    with db.session() as session:
        assert alerts.watchlist(session, user_id=user).persons == []


def test_migration_downgrades_to_0100_web_and_upgrades_again(database_url):
    from vigil.registry.db import make_engine

    engine = make_engine(database_url)
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    tables = {
        "status_changes",
        "webhooks",
        "webhook_deliveries",
        "webhook_attempts",
        "watches",
        "watch_visits",
    }
    try:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.downgrade(config, "0100_web")
        assert not tables & set(inspect(engine).get_table_names())
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
        assert tables <= set(inspect(engine).get_table_names())
    finally:
        engine.dispose()


def test_webhook_settings_come_from_the_environment_and_are_documented(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from pathlib import Path

    docs = (Path(__file__).resolve().parents[1] / "docs" / "alerts.md").read_text()
    for variable in webhooks.WebhookSettings.ENV:
        assert f"`{variable}`" in docs, variable
    monkeypatch.setenv("VIGIL_WEBHOOK_BACKOFF", "2.5")
    monkeypatch.setenv("VIGIL_WEBHOOK_ATTEMPTS", "3")
    monkeypatch.setenv("VIGIL_PUBLIC_URL", "https://vigil.example")
    settings = webhooks.WebhookSettings.from_env(timeout=1.0)
    assert (settings.backoff, settings.attempts, settings.public_url, settings.timeout) == (
        2.5,
        3,
        "https://vigil.example",
        1.0,
    )
    assert webhooks.verify(
        "s" * 20, body=b"{}", timestamp="1", signature=webhooks.sign("s" * 20, 1, b"{}"), now=100
    )
    assert not webhooks.verify(
        "s" * 20, body=b"{}", timestamp="1", signature=webhooks.sign("s" * 20, 1, b"{}")
    )
