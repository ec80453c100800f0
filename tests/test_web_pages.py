"""The HTML pages through HTTP: what each page must answer, escaping, withheld names, sign-in."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient

from tests.fixtures.web import EDITOR, PASSWORD, Demo

SEED_RELEASED = ("Maria Kolesnikova", "Viktor Babaryka", "Ales Bialiatski")


def _csrf(html: str) -> str:
    return html.split('name="csrf" value="')[1].split('"')[0]


def _sign_in(client: TestClient, *, password: str = PASSWORD, next_url: str = "/review"):  # type: ignore[no-untyped-def]
    page = client.get("/login")
    return client.post(
        "/login",
        data={"name": EDITOR, "password": password, "csrf": _csrf(page.text), "next": next_url},
        follow_redirects=False,
    )


def _person_id(client: TestClient, name: str) -> str:
    return client.get("/api/people", params={"q": name}).json()["items"][0]["id"]


def test_dashboard_shows_counts_released_people_and_group_event(web_client: TestClient) -> None:
    page = web_client.get("/")
    assert page.status_code == 200
    html = page.text
    assert "as of" in html and 'class="count big status-held"' in html
    for name in SEED_RELEASED:
        assert name in html
    assert "123 released" in html and "3 named here, 120 not yet identified" in html
    assert '<link rel="alternate" type="application/json" href="/api/dashboard">' in html
    assert page.headers["link"] == '</api/dashboard>; rel="alternate"; type="application/json"'
    assert "https://" not in re.sub(r'xmlns="[^"]+"', "", html)  # nothing from a CDN
    assert "as of 1 Jan 2000" in web_client.get("/", params={"as_of": "2000-01-01"}).text


def test_dashboard_chart_has_axes_and_text_alternative(web_client: TestClient, demo_registry: Demo) -> None:
    # The seed is undated; a dated article puts a month on the chart.
    web_client.post(
        "/api/articles",
        json={
            "text": "Blogger Ihar Losik was released from prison on 10 May 2025.",
            "published": "2025-05-11",
        },
        headers={"Authorization": f"Bearer {demo_registry.token}"},
    )
    html = web_client.get("/").text
    assert '<svg class="chart"' in html and 'role="img"' in html
    assert '<title id="chart-title">Arrests and releases per month</title>' in html
    assert '<desc id="chart-desc">' in html and ">Month</text>" in html and ">Persons</text>" in html
    assert "May 2025" in html


def test_people_page_searches_any_script_and_filters(web_client: TestClient) -> None:
    html = web_client.get("/people", params={"q": "Колесникова"}).text
    assert "Maria Kolesnikova" in html and "Viktor Babaryka" not in html
    assert 'href="/api/people?q=' in html
    held = web_client.get("/people", params={"status": "held"}).text
    assert "Maria Kolesnikova" not in held
    empty = web_client.get("/people", params={"q": "Nobody Atall"}).text
    assert "Nobody matches" in empty


def test_person_page_badge_timeline_and_evidence_link(web_client: TestClient) -> None:
    person_id = _person_id(web_client, "Ales Bialiatski")
    person = web_client.get(f"/api/people/{person_id}").json()
    html = web_client.get(f"/people/{person_id}").text
    assert 'class="badge status-released"' in html and "Released</span>" in html
    release = next(t for t in person["timeline"] if t["kind"] == "release")
    assert release["evidence"].strip()[:40] in html.replace("&#39;", "'")
    assert f'href="/articles/{release["article_id"]}#{release["claim_id"]}"' in html
    assert f'<link rel="alternate" type="application/json" href="/api/people/{person_id}">' in html
    assert "accepted by the machine" in html or "confirmed by an editor" in html
    assert web_client.get("/people/vg-nobody000").status_code == 404


def test_article_page_highlights_quotes_with_speakers(web_client: TestClient) -> None:
    seed = next(
        a
        for a in web_client.get("/api/articles").json()["items"]
        if a["source"].endswith("seed-belarus-release.txt")
    )
    html = web_client.get(f"/articles/{seed['id']}").text
    assert 'class="legend"' in html
    assert re.search(r'<mark class="[^"]*hl-quote[^"]*"[^>]*title="[^"]*quote by Maria Kolesnikova', html)
    assert re.search(r'<mark class="[^"]*hl-quote[^"]*"[^>]*title="[^"]*quote by Ales Bialiatski', html)
    assert 'class="hl-person' in html and "hl-event" in html
    assert re.search(r'<a class="who" href="/people/vg-[0-9a-f]+" tabindex="-1">Maria Kolesnikova</a>', html)
    assert "repeated paragraphs removed" in html


def test_article_text_is_escaped(web_client: TestClient, demo_registry: Demo) -> None:
    text = (
        'Activist <script>alert("x")</script> Ihar Losik was released on 10 May 2025.'
        " <img src=x onerror=alert(1)>"
    )
    created = web_client.post(
        "/api/articles",
        json={"text": text, "title": "<b>bold</b> title"},
        headers={"Authorization": f"Bearer {demo_registry.token}"},
    ).json()
    html = web_client.get(f"/articles/{created['article_id']}").text
    assert "<script>alert" not in html and "&lt;script&gt;" in html
    assert "<img src=x" not in html and "&lt;img" in html
    assert "<b>bold</b>" not in html
    assert (
        "script-src 'self'"
        in web_client.get(f"/articles/{created['article_id']}").headers["content-security-policy"]
    )


def test_withheld_name_appears_nowhere_public(web_client: TestClient, web_db) -> None:  # type: ignore[no-untyped-def]
    from tests.registry_helpers import article
    from vigil.registry import service

    service.ingest_items(  # a source whose address carries the name
        web_db,
        items=[
            article(
                "https://example.org/news/maria-kolesnikova-freed",
                "Maria Kolesnikova was released on 13 December 2025.",
                [("release", ["Maria Kolesnikova"], {"date": "2025-12-13"})],
            )
        ],
    )
    person_id = _person_id(web_client, "Maria Kolesnikova")
    assert "Maria Kolesnikova" in web_client.get(f"/people/{person_id}").text  # primes the redaction cache
    service.set_withheld(web_db, person_id=person_id, withheld=True, user="test")
    articles = [a["id"] for a in web_client.get("/api/articles").json()["items"]]
    others = [p["id"] for p in web_client.get("/api/people", params={"limit": 500}).json()["items"]]
    urls = [
        "/",
        "/people",
        "/people?q=Kolesnikova",
        "/people?q=Колесникова",
        "/articles",
        "/api/people",
        "/api/people?q=Kolesnikova",
        "/api/people?status=released",
        "/api/events",
        "/api/groups",
        "/api/stats",
        "/api/dashboard",
        "/api/export?format=csv",
        "/api/export?format=json",
        f"/people/{person_id}",
        f"/api/people/{person_id}",
        *(f"/articles/{a}" for a in articles),
        *(f"/api/articles/{a}" for a in articles),
        *(f"/people/{p}" for p in others),
        *(f"/api/people/{p}" for p in others),
    ]
    for url in urls:
        response = web_client.get(url)
        assert response.status_code == 200, url
        text = response.text
        if "q=" in url:  # the page repeats the reader's own query, and must find nobody
            query = url.split("q=")[1]
            assert '"items":[]' in text or "Nobody matches" in text, url
            text = text.replace(query, "")
        for spelling in ("kolesnikova", "колесникова", "kalesnikava", "maria k"):
            assert spelling not in text.lower(), (url, spelling)
    assert web_client.get("/api/stats").json()["withheld"] == 1
    seed = next(
        a
        for a in web_client.get("/api/articles").json()["items"]
        if a["source"].endswith("seed-belarus-release.txt")
    )
    assert "[name withheld]" in web_client.get(f"/articles/{seed['id']}").text


def test_sign_in_review_and_accept_in_one_click(web_client: TestClient) -> None:
    assert web_client.get("/review", follow_redirects=False).headers["location"] == "/login?next=/review"
    signed = _sign_in(web_client)
    assert signed.status_code == 303
    review = web_client.get("/review")
    assert review.status_code == 200 and 'action="/review/' in review.text
    item = re.search(r'action="/review/(cl-[0-9a-f]+)"', review.text).group(1)
    refused = web_client.post(f"/review/{item}", data={"action": "accept", "csrf": "wrong"})
    assert refused.status_code == 403
    done = web_client.post(
        f"/review/{item}",
        data={"action": "accept", "note": "checked", "csrf": _csrf(review.text)},
        follow_redirects=False,
    )
    assert done.status_code == 303 and done.headers["location"].startswith("/review?done=accepted")
    assert item not in web_client.get("/review").text
    gone = web_client.post(
        "/review/cl-doesnotexist0000", data={"action": "accept", "csrf": _csrf(review.text)}
    )
    assert gone.status_code == 404
    logout = web_client.post("/logout", data={"csrf": _csrf(review.text)}, follow_redirects=False)
    assert logout.status_code == 303
    assert web_client.get("/api/me").status_code == 401


def test_a_decision_another_editor_made_comes_back_as_not_done(web_client: TestClient, web_db) -> None:  # type: ignore[no-untyped-def]
    from vigil.registry import service

    _sign_in(web_client)
    review = web_client.get("/review")
    item = re.search(r'action="/review/(cl-[0-9a-f]+)"', review.text).group(1)
    service.decide(web_db, item_id=item, accept=False, user="someone else")
    late = web_client.post(f"/review/{item}", data={"action": "accept", "csrf": _csrf(review.text)})
    assert late.status_code == 200 and "Not done — " in late.text and "someone else" in late.text


def test_sign_in_refuses_wrong_password_and_locks_after_repeated_failures(web_client: TestClient) -> None:
    for _ in range(3):
        failed = _sign_in(web_client, password="wrong password")
        assert failed.status_code == 401 and "wrong name or password" in failed.text
    locked = _sign_in(web_client)  # even the right password, while locked
    assert locked.status_code == 429 and "too many failed sign-ins" in locked.text
    assert web_client.get("/api/me").status_code == 401


def test_sign_in_needs_the_form_token_and_stays_on_site(web_client: TestClient) -> None:
    forged = web_client.post(
        "/login", data={"name": EDITOR, "password": PASSWORD, "csrf": "x"}, follow_redirects=False
    )
    assert forged.status_code == 403
    offsite = _sign_in(web_client, next_url="//evil.example/")
    assert offsite.status_code == 303 and offsite.headers["location"] == "/review"


def test_pages_have_empty_states(web_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from vigil.registry.db import open_database
    from vigil.web import create_app

    empty = open_database(f"sqlite:///{tmp_path / 'empty.sqlite'}")
    try:
        client = TestClient(create_app(empty))
        assert "No articles yet — run <code>vigil ingest PATH</code>" in client.get("/").text
        assert "vigil ingest PATH" in client.get("/people").text
        assert "vigil ingest PATH" in client.get("/articles").text
    finally:
        empty.close()


def test_review_shows_evidence_in_context_and_merge_pairs_side_by_side(
    web_client: TestClient, web_db
) -> None:  # type: ignore[no-untyped-def]
    import json
    from datetime import datetime

    from vigil.registry.models import Judgement

    a, b = _person_id(web_client, "Viktor Babaryka"), _person_id(web_client, "Ales Bialiatski")
    with web_db.session() as session:
        edge = Judgement(
            left_id=a,
            right_id=b,
            judgement="suggested",
            score=0.71,
            reasons=json.dumps(["released in the same article"]),
            user="vigil",
            created_at=datetime(2026, 1, 1),
        )
        session.add(edge)
        session.flush()
        edge_id = edge.id
    _sign_in(web_client)
    html = web_client.get("/review").text
    item = html.split(f'id="item-mg-{edge_id}"')[1].split("</li>\n")[0]
    assert item.count('class="side"') == 2 and "Viktor Babaryka" in item and "Ales Bialiatski" in item
    assert "name-match score 0.71" in item and "released in the same article" in item
    assert '<blockquote class="context">' in html and '<mark class="hl-event">' in html
    done = web_client.post(
        f"/review/mg-{edge_id}", data={"action": "reject", "csrf": _csrf(html)}, follow_redirects=False
    )
    assert done.status_code == 303 and "kept%20apart" in done.headers["location"]


def test_person_page_shows_conflicting_reports_side_by_side(web_client: TestClient, web_db) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    from tests.registry_helpers import article
    from vigil.registry import service

    released = article(
        "a.txt",
        "Pavel Sevyarynets was released on 1 December 2025.",
        [("release", ["Pavel Sevyarynets"], {"date": "2025-12-01"})],
        published=date(2025, 12, 1),
    )
    detained = article(
        "b.txt",
        "Pavel Sevyarynets was detained again on 3 December 2025.",
        [("arrest", ["Pavel Sevyarynets"], {"date": "2025-12-03"})],
        published=date(2025, 12, 3),
    )
    service.ingest_items(web_db, items=[released, detained])
    person_id = _person_id(web_client, "Pavel Sevyarynets")
    person = web_client.get(f"/api/people/{person_id}").json()
    assert person["needs_review"] and len(person["conflicts"]) == 2
    html = web_client.get(f"/people/{person_id}").text
    section = html.split('id="conflicts-h"')[1].split("</section>\n</div>")[0]
    assert "Released" in section and "Arrested" in section


def test_every_page_links_its_json_twin(web_client: TestClient) -> None:
    person_id = _person_id(web_client, "Ales Bialiatski")
    article_id = web_client.get("/api/articles").json()["items"][0]["id"]
    _sign_in(web_client)
    for page in ("/", "/people", f"/people/{person_id}", "/articles", f"/articles/{article_id}", "/review"):
        response = web_client.get(page)
        twin = re.search(r'<link rel="alternate" type="application/json" href="([^"]+)">', response.text)
        assert twin, page
        assert response.headers["link"].startswith(f"<{twin.group(1).replace('&amp;', '&')}>"), page
        assert (
            web_client.get(twin.group(1).replace("&amp;", "&")).headers["content-type"] == "application/json"
        ), page


def test_person_named_in_cyrillic_shows_the_name_in_latin_letters(web_client: TestClient, web_db) -> None:  # type: ignore[no-untyped-def]
    from tests.registry_helpers import article
    from vigil.registry import service

    service.ingest_items(
        web_db,
        items=[article("by.txt", "Ігар Лосік вызвалены.", [("release", ["Ігар Лосік"], {})], language="be")],
    )
    person = web_client.get("/api/people", params={"q": "Ігар Лосік"}).json()["items"][0]
    detail = web_client.get(f"/api/people/{person['id']}").json()
    assert detail["name"] == "Ігар Лосік" and detail["latin"].startswith("I")
    html = web_client.get(f"/people/{person['id']}").text
    assert f'Ігар Лосік <span class="latin">· <span lang="und-Latn">{detail["latin"]}</span>' in html


def test_admin_withholds_a_name_from_the_person_page(web_client: TestClient, web_db) -> None:  # type: ignore[no-untyped-def]
    from vigil.web.auth import add_user

    with web_db.session() as session:
        add_user(session, name="root", password="admin password", role="admin")
    person_id = _person_id(web_client, "Viktor Babaryka")
    _sign_in(web_client)  # an editor sees no admin form
    assert "Withhold the name" not in web_client.get(f"/people/{person_id}").text
    web_client.cookies.clear()
    page = web_client.get("/login")
    web_client.post(
        "/login",
        data={"name": "root", "password": "admin password", "csrf": _csrf(page.text), "next": "/"},
    )
    html = web_client.get(f"/people/{person_id}").text
    token = html.split('action="/people/')[1].split('name="csrf" value="')[1].split('"')[0]
    done = web_client.post(
        f"/people/{person_id}/withhold", data={"csrf": token, "withheld": "1"}, follow_redirects=False
    )
    assert done.status_code == 303
    web_client.cookies.clear()
    assert "Babaryka" not in web_client.get(f"/people/{person_id}").text


def test_review_marks_a_learned_suggestion_apart_from_the_rules_claims(
    web_client: TestClient, web_db
) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    from tests.registry_helpers import article
    from vigil.model import SuggestedEvent
    from vigil.registry import service

    body = "Ales Bialiatski was freed on Monday. Bialiatski had been detained in July 2021 in Minsk."
    x = article("suggest.txt", body, [("release", ["Ales Bialiatski"], {})], published=date(2026, 1, 5))
    start = body.index("Bialiatski had")
    x.suggested_events = [SuggestedEvent("arrest", "p1", 0.83, (start, len(body)))]
    service.ingest_items(web_db, items=[x])
    _sign_in(web_client)
    html = web_client.get("/review").text
    [item] = [chunk for chunk in html.split('<li class="item') if "detained in July 2021" in chunk]
    assert '<span class="tag">suggested</span>' in item and "model score 0.83" in item
    assert "no rule stated it" in item and 'value="accept"' in item
    [hint] = [i for i in web_client.get("/api/review").json()["items"] if i["suggested"]]
    assert hint["confidence"] == 0.83 and "detained in July 2021" in hint["evidence"]
