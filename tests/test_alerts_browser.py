"""Following a person and reading the watchlist in a real browser with JavaScript turned off
(Debian's Chromium through Playwright, against uvicorn); screenshots in test-artifacts/."""

from __future__ import annotations

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


@pytest.fixture
def page(live_server: str) -> Iterator[object]:
    sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=["--no-sandbox", "--disable-gpu"]
        )
        context = browser.new_context(base_url=live_server, java_script_enabled=False)
        context.set_default_timeout(10_000)
        yield context.new_page()
        context.close()
        browser.close()


def test_follow_without_javascript_and_see_the_watchlist(page) -> None:  # type: ignore[no-untyped-def]
    page.goto("/login?next=/people")
    page.fill("#name", EDITOR)
    page.fill("#password", PASSWORD)
    page.click("button[type=submit]")
    page.goto("/people?q=Kolesnikova")
    page.click("text=Maria Kolesnikova")
    feed = page.locator('head link[rel="alternate"][type="application/atom+xml"]')
    assert feed.count() == 2 and "/feeds/people/" in (feed.nth(1).get_attribute("href") or "")
    page.click("button:has-text('Follow')")
    assert page.locator("button:has-text('Following — unfollow')").is_visible()
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / "person-following.png"))
    page.click("text=your watchlist")
    assert page.locator("h1").inner_text() == "Watchlist"
    assert page.locator("table.people").get_by_text("Maria Kolesnikova").is_visible()
    change = page.locator("ol.changes li").first.inner_text()
    assert "Maria Kolesnikova" in change and "Released" in change  # statuses as words, not codes
    page.screenshot(path=str(SHOTS / "watchlist.png"), full_page=True)
