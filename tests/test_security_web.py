"""Web security as tests: roles on every writing route, CSRF on forms, cookie flags, sign-in
throttling, stored XSS through every field a user or a source controls, and withheld names
absent from everything a reader can reach (pages found by crawling, the API and exports).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient

from tests.fixtures.web import EDITOR, PASSWORD, TEST_SETTINGS, Demo
from vigil.registry import service
from vigil.web import create_app
from vigil.web.auth import create_token
from vigil.web.auth_models import User
from vigil.web.deps import WebSettings

WRITING = {"POST", "PUT", "PATCH", "DELETE"}
PUBLIC_WRITES = {"/login"}  # signing in is how one gets rights


def _routes(routes: list) -> Iterator[APIRoute]:  # type: ignore[type-arg]
    for route in routes:
        if isinstance(route, APIRoute):
            yield route
        inner = getattr(route, "original_router", None) or getattr(route, "router", None)
        if inner is not None and hasattr(inner, "routes"):
            yield from _routes(inner.routes)


def _writing_routes(client: TestClient) -> list[tuple[str, str]]:
    """Every (method, path) that changes something, hidden form routes included."""
    routes = set()
    for route in _routes(client.app.routes):  # type: ignore[attr-defined]
        if route.path not in PUBLIC_WRITES:
            routes.update(
                (method, re.sub(r"\{[^}]+\}", "1", route.path)) for method in route.methods & WRITING
            )
    return sorted(routes)


def test_every_writing_route_needs_an_editor(web_client: TestClient, web_db) -> None:  # type: ignore[no-untyped-def]
    routes = _writing_routes(web_client)
    documented = web_client.get("/api/openapi.json").json()["paths"]
    api_writes = {(m.upper(), p) for p, ops in documented.items() for m in ops if m.upper() in WRITING}
    assert {(m, re.sub(r"\{[^}]+\}", "1", p)) for m, p in api_writes} <= set(routes)
    assert {"/logout", "/review/1"} <= {p for _, p in routes}
    with web_db.session() as session:
        session.add(
            User(name="reader", password_hash="x", role="reader", disabled=False, created_at=datetime.now())
        )
        session.flush()
        reader = create_token(session, user="reader")
    for method, path in routes:
        anonymous = web_client.request(method, path, json={})
        assert anonymous.status_code == 401, (method, path, anonymous.status_code)
        forged = web_client.request(method, path, json={}, headers={"Authorization": "Bearer vgt_forged"})
        assert forged.status_code == 401, (method, path)
        limited = web_client.request(method, path, json={}, headers={"Authorization": f"Bearer {reader}"})
        assert limited.status_code == 403, (method, path, limited.status_code)
    assert web_client.get("/api/review").status_code == 401


def _sign_in(client: TestClient) -> str:
    form = client.get("/login").text
    token = form.split('name="csrf" value="')[1].split('"')[0]
    signed = client.post(
        "/login", data={"name": EDITOR, "password": PASSWORD, "csrf": token}, follow_redirects=False
    )
    assert signed.status_code == 303, signed.text[:300]
    return client.get("/api/me").json()["csrf"]


def test_forms_and_session_writes_need_the_csrf_token(web_client: TestClient) -> None:
    no_cookie = web_client.post("/login", data={"name": EDITOR, "password": PASSWORD, "csrf": "guess"})
    assert no_cookie.status_code == 403 and "vigil_session" not in web_client.cookies
    csrf = _sign_in(web_client)
    for method, path in _writing_routes(web_client):
        for given in ({}, {"csrf": "wrong"}):
            form = web_client.request(
                method, path, data={"action": "accept", **given}, follow_redirects=False
            )
            assert form.status_code == 403, (method, path, given, form.status_code)
        header = web_client.request(method, path, json={}, headers={"X-CSRF-Token": "wrong"})
        assert header.status_code == 403 and "CSRF" in header.text, (method, path)
    allowed = web_client.post("/review/cl-0000000000000000", data={"action": "accept", "csrf": csrf})
    assert allowed.status_code == 404  # past the CSRF check, to an unknown claim


@pytest.mark.parametrize("secure", [True, False])
def test_session_cookies_are_httponly_samesite_and_secure_when_configured(web_db, secure: bool) -> None:  # type: ignore[no-untyped-def]
    settings = WebSettings(secure_cookies=secure, failure_delay=0.0, max_login_failures=3)
    scheme = "https" if secure else "http"
    with TestClient(create_app(web_db, settings=settings), base_url=f"{scheme}://127.0.0.1") as client:
        login_cookie = client.get("/login").headers["set-cookie"].lower()
        assert "httponly" in login_cookie and "samesite=strict" in login_cookie
        assert ("secure" in login_cookie.split(";")[-1] or "; secure" in login_cookie) is secure
        response = client.post(
            "/login",
            data={"name": EDITOR, "password": PASSWORD, "csrf": _login_token(client)},
            follow_redirects=False,
        )
        session_cookie = next(
            v for v in response.headers.get_list("set-cookie") if v.startswith("vigil_session=")
        )
        flags = [part.strip().lower() for part in session_cookie.split(";")]
        assert "httponly" in flags and "samesite=lax" in flags and "path=/" in flags
        assert ("secure" in flags) is secure


def _login_token(client: TestClient) -> str:
    return client.get("/login").text.split('name="csrf" value="')[1].split('"')[0]


def test_sign_in_is_throttled_per_name(web_client: TestClient) -> None:
    for _ in range(TEST_SETTINGS.max_login_failures):
        wrong = web_client.post(
            "/login", data={"name": EDITOR, "password": "guess", "csrf": _login_token(web_client)}
        )
        assert wrong.status_code == 401 and "wrong name or password" in wrong.text
    locked = web_client.post(
        "/login", data={"name": EDITOR, "password": PASSWORD, "csrf": _login_token(web_client)}
    )
    assert locked.status_code == 429 and "too many failed sign-ins" in locked.text
    assert "vigil_session" not in web_client.cookies
    for _ in range(TEST_SETTINGS.max_login_failures + 1):  # an unknown name is throttled the same way
        unknown = web_client.post(
            "/login", data={"name": "nobody", "password": "x", "csrf": _login_token(web_client)}
        )
    assert unknown.status_code == 429


XSS = "<script>alert('{}')</script>"
IMG = "<img src=x onerror=alert('{}')>"


def _crawl(client: TestClient, start: list[str], *, limit: int = 400) -> Iterator[tuple[str, str, bool]]:
    """Every same-site page reachable from `start` by links (GET only), with its text."""
    seen, queue = set(start), list(start)
    while queue and len(seen) <= limit:
        url = queue.pop(0)
        response = client.get(url)
        assert response.status_code in (200, 303), (url, response.status_code)
        html = "text/html" in response.headers.get("content-type", "")
        yield url, response.text, html
        if not html:
            continue
        for link in re.findall(r'(?:href|src)="(/[^"#]*)', response.text):
            link = link.replace("&amp;", "&")
            if link not in seen and not link.startswith(("/static/", "/logout", "/api/openapi.json")):
                seen.add(link)
                queue.append(link)


def test_no_stored_xss_through_text_titles_names_or_notes(
    web_client: TestClient,
    web_db,
    demo_registry: Demo,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    bearer = {"Authorization": f"Bearer {demo_registry.token}"}
    text = f"Activist Ihar Losik {XSS.format('text')} was released on 10 May 2025. {IMG.format('text')}"
    created = web_client.post(
        "/api/articles",
        json={"text": text, "title": XSS.format("title"), "source": IMG.format("source")},
        headers=bearer,
    )
    assert created.status_code == 201, created.text
    roster = tmp_path / "roster.csv"
    roster.write_text(
        "name,aliases,status,charges,prison\n"
        f'"Ivan {XSS.format("name")} Petrov","{IMG.format("alias")}",held,'
        f'"{XSS.format("charges")}","{IMG.format("prison")}"\n',
        encoding="utf-8",
    )
    service.import_roster(web_db, path=roster, user=EDITOR)
    queue = web_client.get("/api/review", headers=bearer).json()
    items = queue["items"] if isinstance(queue, dict) else queue
    claim = next(i for i in items if i["type"] == "claim")
    decided = web_client.post(
        f"/api/claims/{claim['id']}/accept", json={"note": XSS.format("note")}, headers=bearer
    )
    assert decided.status_code == 200, decided.text
    crawled = list(_crawl(web_client, ["/", "/people?limit=500", "/articles?limit=500"]))
    _sign_in(web_client)
    crawled += list(_crawl(web_client, ["/review"], limit=5))
    pages = {url: text for url, text, html in crawled if html}
    assert any("Petrov" in html for html in pages.values()) and any(
        "Losik" in html for html in pages.values()
    )
    for url, html in pages.items():
        for tag in re.findall(r"<script[^>]*>", html):
            assert re.fullmatch(r'<script src="/static/[\w.-]+"( defer)?>', tag), (url, tag)
        assert "onerror=alert" not in html.replace("&lt;img src=x onerror=alert", ""), url
        assert "<img src=x" not in html, url


def test_withheld_names_reach_no_reader(web_client: TestClient, web_db) -> None:  # type: ignore[no-untyped-def]
    person = web_client.get("/api/people", params={"q": "Kolesnikova"}).json()["items"][0]
    assert web_client.get(f"/people/{person['id']}").status_code == 200
    service.set_withheld(web_db, person_id=person["id"], withheld=True, user="test")
    spellings = ("kolesnikova", "колесникова", "kalesnikava", "калеснікава")
    api = ["/api/people?limit=500", "/api/articles?limit=500", "/api/events?limit=500", "/api/groups",
           "/api/stats", "/api/dashboard", "/api/export?format=csv", "/api/export?format=json",
           f"/api/people/{person['id']}"]  # fmt: skip
    api += [f"/api/articles/{a['id']}" for a in web_client.get("/api/articles?limit=500").json()["items"]]
    api += [f"/api/people/{p['id']}" for p in web_client.get("/api/people?limit=500").json()["items"]]
    start = ["/", "/people?limit=500", "/articles?limit=500", f"/people/{person['id']}"]
    pages = {url: text for url, text, _html in _crawl(web_client, start)}
    assert len(pages) >= 10
    for url in api:
        response = web_client.get(url)
        assert response.status_code == 200, url
        pages[url] = response.text
    for url, body in pages.items():
        lowered = body.lower()
        for spelling in spellings:
            assert spelling not in lowered, (url, spelling)
    assert web_client.get("/api/stats").json()["withheld"] == 1
