"""`/reconcile` and `/api/reconcile` over HTTP (editors only), and the page in a real browser.

The demo registry holds the seed story: Maria Kolesnikova, Viktor Babaryka and Ales Bialiatski
released on 13 Dec 2025 (and the persons of two other samples).
"""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from tests import test_web_browser as web_browser
from tests.fixtures.web import TEST_SETTINGS, Demo
from tests.test_web_pages import _csrf, _person_id
from tests.test_web_pages import _sign_in as sign_in_http
from vigil.registry import service
from vigil.registry.views import WITHHELD
from vigil.web.app import create_app

ROSTER = (
    "ФИО;Статус;Год рождения;Статья\n"
    '"KALESNIKAVA, Maryia Aliaksandrauna";held;1982;342\n'
    "Babaryka Viktar;released;1963;\n"
    "Bialatski Ales;held;;\n"
    "Zmitser Niaviedamy;held;;\n"
).encode()


browser = web_browser.browser  # the module's Chromium, shared with the other browser tests


@pytest.fixture
def tab(browser, live_server: str):  # type: ignore[no-untyped-def]
    context = browser.new_context(base_url=live_server, viewport={"width": 1100, "height": 900})
    context.set_default_timeout(10_000)
    yield context.new_page()
    context.close()


def _auth(demo: Demo) -> dict[str, str]:
    return {"Authorization": f"Bearer {demo.token}"}


def test_api_reconcile_is_for_editors_and_cites_both_sides(
    web_client: TestClient, demo_registry: Demo
) -> None:
    files = {"file": ("viasna.csv", ROSTER, "text/csv")}
    assert web_client.post("/api/reconcile", files=files).status_code == 401
    assert web_client.get("/api/reconcile").status_code == 401
    assert web_client.get("/api/reconcile", headers=_auth(demo_registry)).status_code == 404  # nothing yet

    answer = web_client.post("/api/reconcile", files=files, headers=_auth(demo_registry))
    assert answer.status_code == 200, answer.text
    data = answer.json()
    assert data["rows"] == 4 and data["summary"].startswith("4 rows: 1 agree, 2 disagree")
    by_line = {e["line"]: e for e in data["entries"] if e["line"]}
    assert by_line[2]["category"] == "disagree" and by_line[2]["person_name"] == "Maria Kolesnikova"
    assert by_line[2]["roster"]["status"] == "held" and by_line[2]["roster"]["evidence"].startswith("line 2:")
    news = by_line[2]["news"]
    assert news["status"] == "released"
    assert "Kolesnikova" in news["evidence"] and news["source"] and news["article_id"]
    assert by_line[3]["category"] == "agree" and by_line[4]["category"] == "disagree"
    assert by_line[5]["category"] == "roster_only"
    assert (
        data["counts"]["news_only"] == len([e for e in data["entries"] if e["category"] == "news_only"]) > 0
    )

    again = web_client.get("/api/reconcile", headers=_auth(demo_registry))  # the last roster, reconciled now
    assert again.status_code == 200 and again.json()["counts"] == data["counts"]
    as_text = web_client.post(
        "/api/reconcile",
        content=b"who\nMaria Kolesnikova\n",
        params={"columns": "name=who"},
        headers={**_auth(demo_registry), "Content-Type": "text/csv"},
    )
    assert as_text.status_code == 200 and as_text.json()["rows"] == 1


def test_api_reconcile_names_the_bad_rows(web_client: TestClient, demo_registry: Demo) -> None:
    bad = b"name,status\nMaria Kolesnikova,held\n,held\nIhar Losik,asleep\n"
    answer = web_client.post("/api/reconcile", files={"file": ("bad.csv", bad)}, headers=_auth(demo_registry))
    assert answer.status_code == 422
    body = answer.json()
    assert body["ok"] is False and "2 bad row(s)" in body["error"]
    binary = web_client.post(
        "/api/reconcile", files={"file": ("x.csv", b"\x00\x01\x02")}, headers=_auth(demo_registry)
    )
    assert binary.status_code == 400 and "binary" in binary.json()["error"]


def test_reconcile_page_uploads_and_keeps_withheld_names_withheld(web_client: TestClient, web_db) -> None:  # type: ignore[no-untyped-def]
    assert web_client.get("/reconcile", follow_redirects=False).status_code in (302, 303, 401)
    sign_in_http(web_client, next_url="/reconcile")
    page = web_client.get("/reconcile")
    assert page.status_code == 200 and "No roster yet" in page.text
    service.set_withheld(web_db, person_id=_person_id(web_client, "Babaryka"), withheld=True, user="test")
    refused = web_client.post("/reconcile", files={"file": ("viasna.csv", ROSTER)}, data={"csrf": "wrong"})
    assert refused.status_code == 403
    sent = web_client.post(
        "/reconcile",
        files={"file": ("viasna.csv", ROSTER)},
        data={"csrf": _csrf(page.text)},
        follow_redirects=False,
    )
    assert sent.status_code == 303 and sent.headers["location"] == "/reconcile"
    html = web_client.get("/reconcile")
    assert html.headers["link"].startswith("</api/reconcile>")
    assert "4 rows: 1 agree, 2 disagree" in html.text
    assert "Maria Kolesnikova" in html.text and "Among those released was Maria Kolesnikova" in html.text
    assert "Babaryka" not in html.text and "Бабарык" not in html.text and WITHHELD in html.text
    disagree = html.text.split('id="disagree"')[1].split("</section>")[0]
    assert "KALESNIKAVA" in disagree and "<blockquote" in disagree

    bad = web_client.post(
        "/reconcile",
        files={"file": ("bad.csv", b"who,status\nMaria,held\n")},
        data={"csrf": _csrf(html.text)},
    )
    assert bad.status_code == 422 and "no name column" in bad.text and "bad.csv" in bad.text


@pytest.mark.browser
@pytest.mark.skipif(not web_browser.CHROMIUM.exists(), reason="Debian's Chromium is not at /usr/bin/chromium")
def test_editor_reconciles_a_roster_in_the_browser(tab, tmp_path) -> None:  # type: ignore[no-untyped-def]
    page = tab
    roster = tmp_path / "viasna.csv"
    roster.write_bytes(ROSTER)
    page.goto("/login?next=/reconcile")
    web_browser._sign_in(page)
    page.wait_for_url(re.compile(r"/reconcile"))
    page.get_by_label("Roster (CSV)").set_input_files(str(roster))
    page.get_by_role("button", name="Reconcile").click()
    page.wait_for_url(re.compile(r"/reconcile$"))
    assert "4 rows: 1 agree, 2 disagree" in page.locator(".summary").inner_text()
    disagree = page.locator("#disagree")
    assert "Maria Kolesnikova" in disagree.inner_text() and disagree.locator("blockquote").count() >= 2
    web_browser._shot(page, "reconcile")
    page.set_viewport_size({"width": 390, "height": 844})
    web_browser._shot(page, "reconcile-phone")


def test_the_last_roster_is_shared_by_every_web_worker(web_db, extractor, demo_registry: Demo) -> None:
    """Two apps on one registry stand for two worker processes (or a restart): a roster
    uploaded through one is the last roster of the other."""
    first, second = (
        TestClient(
            create_app(web_db, settings=TEST_SETTINGS, extractor=extractor), base_url="http://127.0.0.1"
        )
        for _ in range(2)
    )
    with first, second:
        files = {"file": ("viasna.csv", ROSTER, "text/csv")}
        assert first.post("/api/reconcile", files=files, headers=_auth(demo_registry)).status_code == 200
        seen = second.get("/api/reconcile", headers=_auth(demo_registry))
        assert seen.status_code == 200
        assert seen.json()["source"] == "viasna.csv" and seen.json()["rows"] == 4
