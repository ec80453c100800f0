"""A real browser (Debian's Chromium through Playwright) against a real uvicorn server.

Each test saves screenshots of the pages it visits to test-artifacts/screenshots/.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.fixtures.web import EDITOR, PASSWORD

CHROMIUM = Path("/usr/bin/chromium")
SHOTS = Path(__file__).resolve().parents[1] / "test-artifacts" / "screenshots"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's Chromium is not at /usr/bin/chromium"),
]


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM),
            headless=True,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
        )
        yield browser
        browser.close()


@pytest.fixture
def page(browser, live_server: str):  # type: ignore[no-untyped-def]
    context = browser.new_context(base_url=live_server, viewport={"width": 1100, "height": 900})
    context.set_default_timeout(10_000)
    page = context.new_page()
    yield page
    context.close()


def _shot(page, name: str) -> None:  # type: ignore[no-untyped-def]
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def test_dashboard_shows_counts_and_released_people(page) -> None:  # type: ignore[no-untyped-def]
    page.goto("/")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Skip to content"
    held = page.locator(".count.big")
    assert "held" in held.inner_text() and "as of" in held.inner_text()
    changes = page.locator("ol.changes").inner_text()
    for name in ("Maria Kolesnikova", "Viktor Babaryka", "Ales Bialiatski"):
        assert name in changes
    assert "120 not yet identified" in page.locator("ul.groups").inner_text()
    _shot(page, "dashboard")
    page.set_viewport_size({"width": 390, "height": 844})
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")
    _shot(page, "dashboard-phone")
    page.set_viewport_size({"width": 1100, "height": 900})
    page.goto("/articles")
    assert page.locator("table a").count() >= 3
    _shot(page, "articles")
    missing = page.goto("/people/vg-nobody0000")
    assert missing is not None and missing.status == 404
    assert "no person" in page.locator(".error").inner_text()
    _shot(page, "not-found")


def test_search_in_cyrillic_finds_the_person_and_her_evidence(page) -> None:  # type: ignore[no-untyped-def]
    page.goto("/people")
    page.get_by_label("Name, in any spelling or script").fill("Колесникова")
    page.get_by_role("button", name="Search").click()
    page.wait_for_url(re.compile(r"q="))
    _shot(page, "people-search")
    page.get_by_role("link", name="Maria Kolesnikova").click()
    page.wait_for_url(re.compile(r"/people/vg-"))
    assert page.locator("h1").inner_text() == "Maria Kolesnikova"
    assert page.locator(".badge").first.inner_text().strip() == "Released"
    assert page.locator("blockquote.evidence").count() >= 1
    _shot(page, "person")
    page.get_by_role("link", name="see it in the article").first.click()
    page.wait_for_url(re.compile(r"/articles/\d+"))
    assert page.locator("mark.hl-quote").count() >= 2
    quote = page.locator("mark.hl-quote[tabindex]").first
    quote.focus()  # keyboard users reach every highlight; focusing it names the fact
    assert "quote by" in page.evaluate("document.activeElement.title")
    _shot(page, "article")


def _propose(web_db, extractor, text: str) -> None:  # type: ignore[no-untyped-def]
    """Ingest `text` with auto-accept off, so its claims wait for an editor."""
    from vigil.ingest.documents import make_document
    from vigil.registry import service
    from vigil.registry.settings import Settings

    extraction = extractor.extract(make_document(text, source="browser-test.txt", language="en"))
    service.ingest_items(web_db, items=[extraction], settings=Settings(auto_accept=1.01))


def _sign_in(page) -> None:  # type: ignore[no-untyped-def]
    page.get_by_label("Name").fill(EDITOR)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()


def test_editor_signs_in_reviews_and_sees_the_status_change(page, web_db, extractor) -> None:  # type: ignore[no-untyped-def]
    _propose(web_db, extractor, "Blogger Ihar Losik was released from prison on 10 May 2025, his wife said.")
    page.goto("/people?q=Losik")
    page.get_by_role("link", name="Ihar Losik").click()
    assert page.locator(".badge").first.inner_text().strip() == "Unknown"
    assert "awaiting review" in page.locator("ol.timeline").inner_text()
    person_url = page.url

    page.goto("/review")
    page.wait_for_url(re.compile(r"/login"))
    _shot(page, "login")
    _sign_in(page)
    page.wait_for_url(re.compile(r"/review"))
    _shot(page, "review")
    item = page.locator("li.item", has_text="Ihar Losik").filter(has_text="release")
    item.get_by_label("Note (optional)").fill("confirmed with his lawyer")
    item.get_by_role("button", name="Accept").click()
    page.wait_for_url(re.compile(r"/review\?done="))
    assert "accepted" in page.locator(".done").inner_text()

    page.goto(person_url)
    assert page.locator(".badge").first.inner_text().strip() == "Released"
    assert f"confirmed by an editor ({EDITOR})" in page.locator("ol.timeline").inner_text()
    _shot(page, "person-after-review")


def test_review_accepts_with_the_keyboard(page) -> None:  # type: ignore[no-untyped-def]
    page.goto("/login?next=/review")
    _sign_in(page)
    page.wait_for_url(re.compile(r"/review"))
    first = page.locator("li.item").first
    item_id = first.get_attribute("data-id")
    person_href = first.locator("a").first.get_attribute("href")
    page.locator("body").click(position={"x": 5, "y": 5})
    first.focus()
    page.keyboard.press("a")
    page.wait_for_url(re.compile(r"/review\?done="))
    assert "Done — accepted" in page.locator(".done").inner_text()
    assert page.locator(f'[data-id="{item_id}"]').count() == 0
    page.goto(person_href)
    assert f"confirmed by an editor ({EDITOR})" in page.locator(f"#{item_id}").inner_text()
