"""Alerts through the real web app over HTTP (uvicorn on 127.0.0.1): an editor accepts a claim in
review, and the change reaches the Atom feeds and a local webhook receiver once; withheld
persons and unreviewed claims never do; the watchlist; the webhook admin page; `vigil watch`."""

from __future__ import annotations

import time
from collections.abc import Iterator

import feedparser
import httpx
import pytest
from typer.testing import CliRunner

from tests.alerts_helpers import Receiver, running_receiver, signature_ok
from tests.fixtures.web import EDITOR, PASSWORD, Demo
from vigil.cli import app as cli_app
from vigil.cli.watch import ChangeTail
from vigil.registry import service, webhooks
from vigil.registry.db import Database
from vigil.web.auth import add_user, create_token
from vigil.web.queries import redactor

FAST = webhooks.WebhookSettings(backoff=0.2, attempts=4, timeout=5.0)
SHYLAU = "Kanstantsin Shylau"  # the demo's death claim is never auto-accepted: it waits for review


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    yield from running_receiver()


def _csrf(html: str) -> str:
    return html.split('name="csrf" value="')[1].split('"')[0]


def _signed_in(base: str) -> httpx.Client:
    client = httpx.Client(base_url=base, timeout=30, follow_redirects=True)
    page = client.get("/login")
    done = client.post(
        "/login", data={"name": EDITOR, "password": PASSWORD, "csrf": _csrf(page.text), "next": "/review"}
    )
    assert done.status_code == 200 and "Review" in done.text
    return client


def _admin_token(db: Database) -> str:
    with db.session(write=True) as session:
        add_user(session, name="root", password="admin password", role="admin")
        return create_token(session, user="root")


def _death_claim(client: httpx.Client) -> dict:  # type: ignore[type-arg]
    [item] = [i for i in client.get("/api/review").json()["items"] if i["person_name"] == SHYLAU]
    assert item["sensitive"] and item["summary"].startswith("death")
    return item


def _accept(client: httpx.Client, item_id: str) -> None:
    review = client.get("/review")
    done = client.post(f"/review/{item_id}", data={"action": "accept", "csrf": _csrf(review.text)})
    assert done.status_code == 200 and "Done" in done.text


def _feed(base: str, path: str) -> feedparser.FeedParserDict:
    answer = httpx.get(base + path)
    assert answer.status_code == 200 and answer.headers["content-type"].startswith("application/atom+xml")
    parsed = feedparser.parse(answer.content)
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert parsed.version == "atom10"
    return parsed


def test_a_change_accepted_in_review_reaches_the_feeds_and_the_webhook_once(
    live_server: str, web_db: Database, receiver: Receiver
) -> None:
    admin = {"Authorization": f"Bearer {_admin_token(web_db)}"}
    hook = httpx.post(
        f"{live_server}/api/webhooks", json={"url": receiver.url, "allow_private": True}, headers=admin
    )
    assert hook.status_code == 201, hook.text
    secret = hook.json()["secret"]
    loop = webhooks.DeliveryLoop(web_db, redact=redactor, interval=0.1, settings=FAST)
    loop.start()
    try:
        editor = _signed_in(live_server)
        item = _death_claim(editor)
        before = _feed(live_server, "/feeds/changes.atom")
        assert before.entries and not [e for e in before.entries if SHYLAU in e.title and "Died" in e.title]
        time.sleep(0.5)
        assert receiver.posts == []  # the demo's own changes came before the hook; the claim awaits review

        _accept(editor, item["id"])
        posts = receiver.wait_for(1)
        time.sleep(1.0)  # ten more rounds of the delivery loop
    finally:
        loop.stop()
    assert len(receiver.posts) == len(posts) == 1
    [post] = posts
    assert signature_ok(secret, post)
    change = post.json["change"]
    assert (change["person"]["name"], change["old"], change["new"]) == (SHYLAU, "held", "died_in_custody")
    assert change["reviewer"] == EDITOR and "died" in change["evidence"].lower()
    assert webhooks.deliver_due(web_db, redact=redactor, settings=FAST) == []

    person_id = item["person_id"]
    feed = _feed(live_server, "/feeds/changes.atom")
    entry = feed.entries[0]
    assert entry.title == f"{SHYLAU} — Held → Died in custody"
    assert (
        change["evidence"].strip() in entry.summary
        and f"confirmed by an editor ({EDITOR})" in entry.summary.lower()
    )
    links = {link.rel: link.href for link in entry.links}
    assert links["alternate"] == f"{live_server}/people/{person_id}"
    assert links["related"] == f"{live_server}/articles/{change['article']['id']}"
    assert httpx.get(links["related"]).status_code == 200
    assert [e.title for e in _feed(live_server, f"/feeds/people/{person_id}.atom").entries][0] == entry.title
    assert entry.id in [e.id for e in _feed(live_server, "/feeds/status/died_in_custody.atom").entries]
    assert entry.id not in [e.id for e in _feed(live_server, "/feeds/status/held.atom").entries]
    assert httpx.get(f"{live_server}/feeds/status/free.atom").status_code == 404

    page = httpx.get(f"{live_server}/people/{person_id}").text
    assert f'<link rel="alternate" type="application/atom+xml" title="{SHYLAU}: status changes"' in page
    assert f'href="/feeds/people/{person_id}.atom"' in page
    log = httpx.get(f"{live_server}/api/webhooks/log", headers=admin).json()
    assert [(a["attempt"], a["status"], a["state"]) for a in log] == [(1, 200, "delivered")]


def test_withheld_persons_and_unreviewed_claims_never_reach_feeds_or_webhooks(
    live_server: str, web_db: Database, receiver: Receiver, demo_registry: Demo
) -> None:
    admin = {"Authorization": f"Bearer {_admin_token(web_db)}"}
    editor_token = {"Authorization": f"Bearer {demo_registry.token}"}
    refused = httpx.post(
        f"{live_server}/api/webhooks", json={"url": receiver.url, "allow_private": True}, headers=editor_token
    )
    assert refused.status_code == 403  # a private receiver is an admin's decision
    assert (
        httpx.post(
            f"{live_server}/api/webhooks", json={"url": receiver.url}, headers=editor_token
        ).status_code
        == 400
    )
    assert (
        httpx.post(
            f"{live_server}/api/webhooks", json={"url": receiver.url, "allow_private": True}, headers=admin
        ).status_code
        == 201
    )
    editor = _signed_in(live_server)
    item = _death_claim(editor)
    # unreviewed: nothing
    assert webhooks.deliver_due(web_db, redact=redactor, settings=FAST) == []
    withheld = httpx.post(
        f"{live_server}/api/persons/{item['person_id']}/withhold", json={"withheld": True}, headers=admin
    )
    assert withheld.status_code == 200
    _accept(editor, item["id"])
    assert webhooks.deliver_due(web_db, redact=redactor, settings=FAST) == []
    assert receiver.posts == []
    for path in ("/feeds/changes.atom", f"/feeds/people/{item['person_id']}.atom", "/feeds/status/held.atom"):
        text = httpx.get(live_server + path).text
        assert SHYLAU not in text and "Shylau" not in text
    assert not [
        c for c in httpx.get(f"{live_server}/api/changes").json() if c["person_id"] == item["person_id"]
    ]
    assert _feed(live_server, f"/feeds/people/{item['person_id']}.atom").entries == []


def test_watchlist_follow_from_the_person_page_and_changes_since_the_last_visit(
    live_server: str, web_db: Database
) -> None:
    reader = httpx.Client(base_url=live_server)
    assert reader.get("/watchlist").headers.get("location", "").startswith("/login") or (
        reader.get("/watchlist").url.path == "/login"
    )
    assert reader.get("/api/watchlist").status_code == 401
    editor = _signed_in(live_server)
    item = _death_claim(editor)
    person_id = item["person_id"]
    page = editor.get(f"/people/{person_id}").text
    assert 'action="/people/' in page and ">Follow</button>" in page
    token = (
        page.split(f'action="/people/{person_id}/follow"')[1].split('name="csrf" value="')[1].split('"')[0]
    )
    assert (
        editor.post(f"/people/{person_id}/follow", data={"csrf": "wrong", "follow": "1"}).status_code == 403
    )
    followed = editor.post(f"/people/{person_id}/follow", data={"csrf": token, "follow": "1"})
    assert followed.status_code == 200 and "Following — unfollow" in followed.text

    first = editor.get("/watchlist")
    assert first.status_code == 200 and SHYLAU in first.text
    assert "Changes of the persons you follow" in first.text  # a first visit: everything so far
    twin = editor.get("/api/watchlist").json()
    assert [p["id"] for p in twin["persons"]] == [person_id] and twin["since"] and twin["changes"] == []

    _accept(editor, item["id"])
    news = editor.get("/api/watchlist").json()
    assert [(c["old"], c["new"]) for c in news["changes"]] == [("held", "died_in_custody")]
    second = editor.get("/watchlist").text
    assert "Changed since your last visit" in second and "Died in custody" in second
    assert editor.get("/api/watchlist").json()["changes"] == []

    page = editor.get(f"/people/{person_id}").text
    token = _csrf(page.split(f'action="/people/{person_id}/follow"')[1])
    editor.post(f"/people/{person_id}/follow", data={"csrf": token, "follow": "0"})
    assert editor.get("/api/watchlist").json()["persons"] == []
    assert "You follow nobody yet" in editor.get("/watchlist").text


def test_webhook_admin_page_adds_shows_the_secret_once_and_removes(live_server: str) -> None:
    editor = _signed_in(live_server)
    page = editor.get("/webhooks")
    assert page.status_code == 200 and "No receivers yet" in page.text
    refused = editor.post("/webhooks", data={"url": "http://10.0.0.8/hook", "csrf": _csrf(page.text)})
    assert "Not added" in refused.text and "private address" in refused.text
    added = editor.post("/webhooks", data={"url": "https://hooks.example/vigil", "csrf": _csrf(page.text)})
    assert "shown only this once" in added.text and "whsec_" in added.text
    again = editor.get("/webhooks").text
    assert "https://hooks.example/vigil" in again and "whsec_" not in again
    hook_id = editor.get("/api/webhooks").json()[0]["id"]
    editor.post(f"/webhooks/{hook_id}/remove", data={"csrf": _csrf(again)})
    assert editor.get("/api/webhooks").json() == []


def test_webhook_commands(web_db: Database, receiver: Receiver, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VIGIL_DATABASE_URL", str(web_db.engine.url))
    runner = CliRunner()
    refused = runner.invoke(cli_app, ["webhook", "add", receiver.url])
    assert refused.exit_code == 1 and "loopback" in refused.output
    added = runner.invoke(cli_app, ["webhook", "add", receiver.url, "--allow-private", "--user", "ed"])
    assert added.exit_code == 0, added.output
    secret = added.output.strip().splitlines()[-1]
    assert secret.startswith("whsec_")
    listed = runner.invoke(cli_app, ["webhook", "list"])
    assert receiver.url in listed.output
    item = next(i for i in service.review_items(web_db) if i.person_name == SHYLAU)
    lines: list[str] = []
    tail = ChangeTail(web_db, print_line=lines.append)
    service.decide(web_db, item_id=item.id, accept=True, user="ed")  # as an editor elsewhere
    assert tail.poll() == 1 and tail.poll() == 0
    assert (
        f"{SHYLAU} ({item.person_id}): held → died_in_custody" in lines[0] and "confirmed by ed" in lines[0]
    )
    delivered = runner.invoke(cli_app, ["webhook", "deliver"])
    assert delivered.exit_code == 0 and "delivered (HTTP 200)" in delivered.output
    assert signature_ok(secret, receiver.posts[0])
    assert "Nothing due" in runner.invoke(cli_app, ["webhook", "deliver"]).output
    log = runner.invoke(cli_app, ["webhook", "log"])
    assert "HTTP 200" in log.output and "delivered" in log.output
    assert runner.invoke(cli_app, ["webhook", "remove", "1"]).exit_code == 0
    assert runner.invoke(cli_app, ["webhook", "remove", "1"]).exit_code == 1
    assert "No webhooks yet" in runner.invoke(cli_app, ["webhook", "list"]).output


def test_vigil_serve_delivers_in_the_background(demo_registry: Demo, receiver: Receiver, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The real command in a subprocess: a decision in the web app reaches the receiver without
    any `vigil webhook deliver`."""
    import os
    import shutil
    import socket
    import subprocess
    import sys

    from vigil.registry.db import open_database

    path = tmp_path / "serve.sqlite"
    shutil.copy(demo_registry.path, path)
    db = open_database(f"sqlite:///{path}")
    with db.session(write=True) as session:
        _hook_id, secret = webhooks.add_hook(session, url=receiver.url, user="root", allow_private=True)
    db.close()
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    env = {
        **os.environ,
        "VIGIL_DATABASE_URL": f"sqlite:///{path}",
        "VIGIL_PUBLIC_URL": f"http://127.0.0.1:{port}",
    }
    server = subprocess.Popen(
        [sys.executable, "-c", "from vigil.cli import main; main()", "serve", "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while True:
            try:
                httpx.get(f"{base}/", timeout=5)
                break
            except httpx.TransportError:
                assert server.poll() is None and time.monotonic() < deadline, "vigil serve did not start"
                time.sleep(0.2)
        editor = _signed_in(base)
        _accept(editor, _death_claim(editor)["id"])
        [post] = receiver.wait_for(1, timeout=30)
        assert signature_ok(secret, post)
        assert post.json["change"]["person"]["url"].startswith(base + "/people/vg-")
    finally:
        server.terminate()
        server.wait(timeout=20)
    assert server.returncode is not None
