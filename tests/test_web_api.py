"""The JSON API through HTTP over a real, migrated SQLite registry holding the ingested seed."""

from __future__ import annotations

from fastapi.testclient import TestClient

from tests.fixtures.extraction import SEED
from tests.fixtures.web import EDITOR, PASSWORD, Demo

SEED_RELEASED = {"Maria Kolesnikova", "Viktor Babaryka", "Ales Bialiatski"}


def _bearer(demo: Demo) -> dict[str, str]:
    return {"Authorization": f"Bearer {demo.token}"}


def _person_id(client: TestClient, name: str) -> str:
    items = client.get("/api/people", params={"q": name}).json()["items"]
    assert len(items) == 1, items
    return items[0]["id"]


def test_people_by_status_and_paging(web_client: TestClient) -> None:
    released = web_client.get("/api/people", params={"status": "released"}).json()
    assert {p["name"] for p in released["items"]} >= SEED_RELEASED
    assert released["total"] == len(released["items"])
    first = web_client.get("/api/people", params={"limit": 1}).json()
    assert len(first["items"]) == 1 and first["next"].startswith("/api/people?")
    second = web_client.get(first["next"]).json()
    assert second["offset"] == 1 and second["items"][0]["id"] != first["items"][0]["id"]
    assert first["previous"] is None and web_client.get(second["previous"]).json()["items"] == first["items"]


def test_search_in_another_script_finds_the_person(web_client: TestClient) -> None:
    for query in ("Колесникова", "Калеснікава", "kolesnikova"):
        names = [p["name"] for p in web_client.get("/api/people", params={"q": query}).json()["items"]]
        assert names == ["Maria Kolesnikova"], query


def test_person_has_timeline_with_evidence_and_source(web_client: TestClient) -> None:
    person = web_client.get(f"/api/people/{_person_id(web_client, 'Maria Kolesnikova')}").json()
    assert person["status"] == "released"
    release = next(t for t in person["timeline"] if t["kind"] == "release")
    seed_text = SEED.read_text()
    assert release["evidence"].strip() in seed_text and "release" in release["evidence"].lower()
    assert release["source"].endswith("seed-belarus-release.txt")
    assert release["article_url"].startswith(f"/articles/{release['article_id']}#")
    assert any("free" in q["text"] for q in person["quotes"])


def test_article_has_text_and_offset_annotations(web_client: TestClient) -> None:
    articles = web_client.get("/api/articles").json()["items"]
    seed = next(a for a in articles if a["source"].endswith("seed-belarus-release.txt"))
    article = web_client.get(f"/api/articles/{seed['id']}").json()
    text = article["text"]
    quotes = [a for a in article["annotations"] if a["kind"] == "quote"]
    assert {q["label"] for q in quotes} == {"quote by Maria Kolesnikova", "quote by Ales Bialiatski"}
    assert any("never give up" in text[q["start"] : q["end"]] for q in quotes)
    persons = [a for a in article["annotations"] if a["kind"] == "person"]
    assert all(text[a["start"] : a["end"]] in a["label"] for a in persons)
    assert any(a["kind"] == "event" and "123" in a["label"] for a in article["annotations"])
    assert article["duplicates_removed"] > 0


def test_events_groups_stats_and_export(web_client: TestClient) -> None:
    releases = web_client.get("/api/events", params={"type": "release"}).json()
    assert releases["items"] and all(e["type"] == "release" for e in releases["items"])
    assert web_client.get("/api/events", params={"since": "2999-01-01"}).json()["items"] == []
    groups = web_client.get("/api/groups").json()
    big = next(g for g in groups if g["count"] == 123)
    assert big["named"] == 3 and big["unidentified"] == 120
    stats = web_client.get("/api/stats").json()
    assert stats["by_status"]["released"] >= 3 and stats["as_of"]
    assert web_client.get("/api/stats", params={"as_of": "2000-01-01"}).json()["as_of"] == "2000-01-01"
    csv = web_client.get("/api/export", params={"format": "csv"})
    assert csv.headers["content-type"].startswith("text/csv") and "Maria Kolesnikova" in csv.text
    assert web_client.get("/api/export", params={"format": "json"}).json()["count"] >= 3


def test_errors_have_one_shape(web_client: TestClient) -> None:
    cases = [
        ("/api/people/vg-nobody00", 404),
        ("/api/articles/999999", 404),
        ("/api/articles/not-a-number", 422),
        ("/api/people?status=bogus", 400),
        ("/api/people?limit=0", 422),
        ("/api/events?since=yesterday", 422),
        ("/api/export?format=xml", 422),
        ("/api/nothing-here", 404),
    ]
    for url, status in cases:
        response = web_client.get(url)
        assert response.status_code == status, url
        body = response.json()
        assert body["ok"] is False and body["status"] == status and body["error"], url


def test_openapi_describes_every_endpoint(web_client: TestClient) -> None:
    paths = web_client.get("/api/openapi.json").json()["paths"]
    for path in (
        "/api/people",
        "/api/people/{person_id}",
        "/api/articles",
        "/api/articles/{article_id}",
        "/api/events",
        "/api/stats",
        "/api/export",
        "/api/claims/{claim_id}/accept",
        "/api/claims/{claim_id}/reject",
        "/api/persons/merge",
        "/api/persons/{person_id}/split",
    ):
        assert path in paths, path


WRITES = [
    ("/api/claims/cl-0000000000000000/accept", {}),
    ("/api/claims/cl-0000000000000000/reject", {}),
    ("/api/persons/merge", {"a": "vg-a", "b": "vg-b"}),
    ("/api/persons/vg-a/split", {}),
    ("/api/articles", {"text": "Ales Bialiatski was released."}),
]


def test_anonymous_and_bad_token_writes_are_refused(web_client: TestClient) -> None:
    for url, body in WRITES:
        assert web_client.post(url, json=body).status_code == 401, url
        refused = web_client.post(url, json=body, headers={"Authorization": "Bearer vgt_wrong"})
        assert refused.status_code == 401 and refused.json()["ok"] is False, url
    assert web_client.get("/api/review").status_code == 401


def test_a_role_without_editing_rights_gets_403(web_client: TestClient, web_db) -> None:  # type: ignore[no-untyped-def]
    from vigil.web.auth import create_token
    from vigil.web.auth_models import User

    with web_db.session() as session:
        session.add(User(name="reader", password_hash="x", role="reader", disabled=False, created_at=_now()))
        session.flush()
        token = create_token(session, user="reader")
    response = web_client.post(WRITES[0][0], json={}, headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 403 and response.json()["status"] == 403


def _now():  # type: ignore[no-untyped-def]
    from datetime import datetime

    return datetime(2026, 1, 1)


def test_editor_accept_changes_status_on_next_load(web_client: TestClient, demo_registry: Demo) -> None:
    person_id = _person_id(web_client, "Maria Kolesnikova")
    release = next(
        t for t in web_client.get(f"/api/people/{person_id}").json()["timeline"] if t["kind"] == "release"
    )
    rejected = web_client.post(
        f"/api/claims/{release['claim_id']}/reject",
        json={"note": "wrong person"},
        headers=_bearer(demo_registry),
    )
    assert rejected.status_code == 200 and rejected.json()["person"]["status"] == "unknown"
    assert web_client.get(f"/api/people/{person_id}").json()["status"] == "unknown"
    accepted = web_client.post(f"/api/claims/{release['claim_id']}/accept", headers=_bearer(demo_registry))
    assert accepted.status_code == 200
    person = web_client.get(f"/api/people/{person_id}").json()
    assert person["status"] == "released"
    entry = next(t for t in person["timeline"] if t["claim_id"] == release["claim_id"])
    assert entry["state"] == "accepted" and entry["reviewer"] == EDITOR


def test_review_queue_marks_death_sensitive_and_decisions_stick(
    web_client: TestClient, demo_registry: Demo
) -> None:
    queue = web_client.get("/api/review", headers=_bearer(demo_registry)).json()["items"]
    death = next(i for i in queue if i["type"] == "claim" and i["sensitive"])
    assert death["summary"].startswith("death") and death["evidence"]
    decided = web_client.post(f"/api/claims/{death['id']}/accept", json={}, headers=_bearer(demo_registry))
    assert decided.status_code == 200 and decided.json()["result"].startswith("accepted")
    timeline = web_client.get(f"/api/people/{death['person_id']}").json()["timeline"]
    assert next(t for t in timeline if t["claim_id"] == death["id"])["reviewer"] == EDITOR
    queue = web_client.get("/api/review", headers=_bearer(demo_registry)).json()["items"]
    assert death["id"] not in {i["id"] for i in queue}
    missing = web_client.post("/api/claims/cl-doesnotexist0000/accept", headers=_bearer(demo_registry))
    assert missing.status_code == 404


def test_merge_and_split_through_the_api(web_client: TestClient, demo_registry: Demo) -> None:
    a, b = _person_id(web_client, "Viktor Babaryka"), _person_id(web_client, "Ihar Vasilevich")
    merged = web_client.post("/api/persons/merge", json={"a": a, "b": b}, headers=_bearer(demo_registry))
    assert merged.status_code == 200
    person_id = merged.json()["person_id"]
    assert set(web_client.get(f"/api/people/{person_id}").json()["aliases"]) & {
        "Viktor Babaryka",
        "Ihar Vasilevich",
    }
    again = web_client.post("/api/persons/merge", json={"a": a, "b": b}, headers=_bearer(demo_registry))
    assert again.status_code == 409
    other = b if person_id == a else a
    split = web_client.post(f"/api/persons/{other}/split", json={}, headers=_bearer(demo_registry))
    assert split.status_code == 200 and len(split.json()["persons"]) == 2
    assert (
        web_client.post("/api/persons/merge", json={"a": a}, headers=_bearer(demo_registry)).status_code
        == 422
    )


def test_submit_article_as_json_and_as_file(web_client: TestClient, demo_registry: Demo) -> None:
    text = "MINSK — Belarusian journalist Ihar Losik was released from prison on 10 May 2025, his wife said."
    created = web_client.post(
        "/api/articles", json={"text": text, "published": "2025-05-11"}, headers=_bearer(demo_registry)
    )
    assert created.status_code == 201, created.text
    body = created.json()
    assert body["outcome"] == "new" and body["article_id"]
    again = web_client.post("/api/articles", json={"text": text}, headers=_bearer(demo_registry))
    assert again.json()["outcome"] == "known"
    upload = web_client.post(
        "/api/articles",
        files={
            "file": (
                "story.txt",
                b"Opposition activist Pavel Sevyarynets was released on 1 June 2025.",
            )
        },
        headers=_bearer(demo_registry),
    )
    assert upload.status_code == 201, upload.text
    bad = web_client.post("/api/articles", json={"text": ""}, headers=_bearer(demo_registry))
    assert bad.status_code == 422 and bad.json()["ok"] is False
    binary = web_client.post("/api/articles", json={"text": "1234 5678"}, headers=_bearer(demo_registry))
    assert binary.status_code == 422
    huge = web_client.post(
        "/api/articles",
        content=b'{"text": "' + b"a" * 4_100_000 + b'"}',
        headers={**_bearer(demo_registry), "Content-Type": "application/json"},
    )
    assert huge.status_code == 413 and huge.json()["status"] == 413


def test_session_writes_need_the_csrf_token(web_client: TestClient) -> None:
    login = web_client.get("/login")
    csrf = login.text.split('name="csrf" value="')[1].split('"')[0]
    signed = web_client.post(
        "/login",
        data={"name": EDITOR, "password": PASSWORD, "csrf": csrf, "next": "/review"},
        follow_redirects=False,
    )
    assert signed.status_code == 303 and signed.headers["location"] == "/review"
    cookie = signed.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=lax" in cookie
    me_response = web_client.get("/api/me")
    me = me_response.json()
    assert me["name"] == EDITOR and me_response.headers["cache-control"] == "private, no-store"
    refused = web_client.post("/api/claims/cl-0000000000000000/accept", json={})
    assert refused.status_code == 403 and "CSRF" in refused.json()["error"]
    allowed = web_client.post(
        "/api/claims/cl-0000000000000000/accept", json={}, headers={"X-CSRF-Token": me["csrf"]}
    )
    assert allowed.status_code == 404


def test_every_api_route_is_documented_and_errors_have_the_error_schema(web_client: TestClient) -> None:
    from pathlib import Path

    docs = (Path(__file__).resolve().parents[1] / "docs" / "web.md").read_text()
    schema = web_client.get("/api/openapi.json").json()
    for path, operations in schema["paths"].items():
        assert path.split("{")[0].rstrip("/") in docs, f"{path} is not in docs/web.md"
        for operation in operations.values():
            bad = operation["responses"]["422"]["content"]["application/json"]["schema"]
            assert bad["$ref"].endswith("/ErrorOut"), path


def test_only_an_admin_withholds_a_name(web_client: TestClient, web_db, demo_registry: Demo) -> None:  # type: ignore[no-untyped-def]
    from vigil.web.auth import add_user, create_token

    with web_db.session() as session:
        add_user(session, name="root", password="admin password", role="admin")
        admin = {"Authorization": f"Bearer {create_token(session, user='root')}"}
    person_id = _person_id(web_client, "Viktor Babaryka")
    url = f"/api/persons/{person_id}/withhold"
    assert web_client.post(url, json={"withheld": True}).status_code == 401
    assert web_client.post(url, json={"withheld": True}, headers=_bearer(demo_registry)).status_code == 403
    assert web_client.post(url, json={"withheld": True}, headers=admin).status_code == 200
    assert web_client.get(f"/api/people/{person_id}").json()["name"] == "(name withheld)"
    assert "Babaryka" not in web_client.get("/api/export?format=csv").text
    assert web_client.post(url, json={"withheld": False}, headers=admin).status_code == 200
    assert web_client.get(f"/api/people/{person_id}").json()["name"] == "Viktor Babaryka"
    assert web_client.post("/api/persons/vg-nobody00/withhold", json={}, headers=admin).status_code == 404
