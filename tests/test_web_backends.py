"""The API and pages on both backends (SQLite and the throw-away PostgreSQL), on hand-built extractions."""

from __future__ import annotations

from fastapi.testclient import TestClient

from tests.registry_helpers import article
from vigil.registry import service
from vigil.registry.db import Database
from vigil.web import create_app
from vigil.web.auth import add_user, create_token
from vigil.web.deps import WebSettings

BODY = (
    "Maria Kolesnikova was released from prison on 13 December 2025. "
    "Ihar Losik was detained in Minsk on 1 November 2025. "
    'Ihar Losik said: "We will not give up."'
)


def test_api_and_pages_on_each_backend(db: Database) -> None:
    extraction = article(
        "backend.txt",
        BODY,
        [
            ("release", ["Maria Kolesnikova"], {"date": "2025-12-13"}),
            ("arrest", ["Ihar Losik"], {"date": "2025-11-01"}),
        ],
    )
    service.ingest_items(db, items=[extraction])
    with db.session() as session:
        add_user(session, name="ed", password="long enough pass", role="editor")
        token = create_token(session, user="ed")
    client = TestClient(create_app(db, settings=WebSettings(secure_cookies=False, failure_delay=0)))

    people = client.get("/api/people", params={"q": "Колесникова"}).json()["items"]
    assert [p["name"] for p in people] == ["Maria Kolesnikova"]
    person = client.get(f"/api/people/{people[0]['id']}").json()
    assert person["status"] == "released" and person["key_facts"]["released"] == "2025-12-13"
    assert person["timeline"][0]["evidence"].startswith("Maria Kolesnikova was released")
    stats = client.get("/api/stats").json()
    assert stats["by_status"]["released"] == 1 and stats["by_status"]["held"] == 1
    assert {m["month"] for m in stats["per_month"]} == {"2025-11", "2025-12"}
    events = client.get("/api/events", params={"since": "2025-12-01"}).json()["items"]
    assert [e["type"] for e in events] == ["release"]
    article_id = person["timeline"][0]["article_id"]
    detail = client.get(f"/api/articles/{article_id}").json()
    assert any(a["kind"] == "person" and a["person_id"] == people[0]["id"] for a in detail["annotations"])
    for url in (
        "/",
        "/people",
        f"/people/{people[0]['id']}",
        f"/articles/{article_id}",
        "/api/export?format=csv",
    ):
        assert client.get(url).status_code == 200, url
    html = client.get("/").text
    assert "Dec 2025" in html and "Nov 2025" in html

    losik = client.get("/api/people", params={"q": "Losik"}).json()["items"][0]
    claim = client.get(f"/api/people/{losik['id']}").json()["timeline"][0]["claim_id"]
    rejected = client.post(
        f"/api/claims/{claim}/reject", json={}, headers={"Authorization": f"Bearer {token}"}
    )
    assert rejected.status_code == 200 and rejected.json()["person"]["status"] == "unknown"
    assert client.post(f"/api/claims/{claim}/accept", json={}).status_code == 401
