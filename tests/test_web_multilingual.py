"""The pages of a registry fed one release in Russian, Belarusian and English: the person's name in
the original script and in Latin, search in any script, highlights in inflected Cyrillic text,
dates as on English pages, withheld names blanked in every case form. Over HTTP on SQLite and
PostgreSQL; the browser test screenshots the person page and the Russian article."""

from __future__ import annotations

import re
from collections.abc import Iterator
from html import unescape
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from tests.fixtures.web import TEST_SETTINGS
from tests.test_registry_multilingual import BELARUSIAN, DAY, ENGLISH, RUSSIAN
from tests.test_web_browser import _shot, browser, page  # noqa: F401 - the browser fixtures
from vigil.cli import app as cli
from vigil.ingest.documents import make_document
from vigil.model import Extraction
from vigil.names.forms import name_regex, spellings_pattern
from vigil.registry import service
from vigil.registry.db import Database
from vigil.web import create_app
from vigil.web.routes.articles import segments
from vigil.web.schemas import Annotation

HEADLINE, LATIN = "Марыя Калеснікава", "Maria Kalesnikava"
ENGLISH_DATE = re.compile(r"\d{1,2} [A-Z][a-z]{2} \d{4}|[A-Z][a-z]+ \d{4}|\d{4}|undated")
CHROMIUM = Path("/usr/bin/chromium")


@pytest.fixture(scope="module")
def reports(extractor) -> list[Extraction]:  # type: ignore[no-untyped-def]
    documents = [
        make_document(text, source=f"{lang}.txt", published=DAY)
        for lang, text in (("ru", RUSSIAN), ("be", BELARUSIAN), ("en", ENGLISH))
    ]
    return list(extractor.extract_many(documents))


@pytest.fixture
def web_db(db: Database, reports: list[Extraction]) -> Database:
    """The three reports ingested (Russian first, so the registry's own display name is Russian)."""
    report = service.ingest_items(db, items=reports)
    assert not report.failed
    return db


@pytest.fixture
def client(web_db: Database, extractor) -> Iterator[TestClient]:  # type: ignore[no-untyped-def]
    with TestClient(create_app(web_db, settings=TEST_SETTINGS, extractor=extractor)) as http:
        yield http


def _person_id(client: TestClient, q: str) -> str:
    items = client.get("/api/people", params={"q": q}).json()["items"]
    assert len(items) == 1, (q, items)
    return items[0]["id"]


def _article_id(client: TestClient, source: str) -> int:
    items = client.get("/api/articles").json()["items"]
    return next(a["id"] for a in items if a["source"].endswith(source))


def _text(html: str) -> str:
    return unescape(re.sub(r"<[^>]+>", "", html))


def test_person_page_heads_with_the_original_script_and_latin(
    client: TestClient, database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    pid = _person_id(client, "Kalesnikava")
    person = client.get(f"/api/people/{pid}").json()
    assert (person["name"], person["latin"]) == (HEADLINE, LATIN)
    assert person["aliases"] == ["Мария Колесникова"]
    html = client.get(f"/people/{pid}").text
    h1 = _text(re.search(r"<h1>(.*?)</h1>", html, re.S).group(1))
    assert " ".join(h1.split()) == f"{HEADLINE} · {LATIN}"
    assert "Also written: Мария Колесникова" in _text(html)
    losik = client.get(f"/api/people/{_person_id(client, 'Ігар Лосік')}").json()
    assert (losik["name"], losik["latin"], losik["aliases"]) == ("Ігар Лосік", "Ihar Losik", ["Игорь Лосик"])
    listed = {p["id"]: p for p in client.get("/api/people").json()["items"]}
    assert (listed[pid]["name"], listed[pid]["latin"], listed[pid]["aliases"]) == (
        HEADLINE,
        LATIN,
        ["Мария Колесникова"],
    )
    row = next(r for r in client.get("/people").text.split("<tr>") if f"/people/{pid}" in r)
    assert HEADLINE in row and f'lang="und-Latn">{LATIN}<' in row
    latest = {c["person"]["id"]: c["person"] for c in client.get("/api/dashboard").json()["latest"]}
    assert (latest[pid]["name"], latest[pid]["latin"]) == (HEADLINE, LATIN)
    monkeypatch.setenv("VIGIL_DATABASE_URL", database_url)
    shown = CliRunner().invoke(cli, ["person", "Колесникова"])
    assert shown.exit_code == 0, shown.output
    assert f"{HEADLINE} · {LATIN}" in shown.stdout and "Мария Колесникова" in shown.stdout


def test_a_cyrillic_only_person_gets_the_official_romanisation(db: Database, reports) -> None:
    service.ingest_items(db, items=reports[:2])  # Russian and Belarusian, no English spelling
    person = service.get_person(db, ref="Колесникова")
    assert (person.name, person.latin) == ("Мария Колесникова", "Mariia Kolesnikova")
    assert person.aliases == ["Марыя Калеснікава"]


@pytest.mark.parametrize(
    "q", ["Калеснікава", "Колесникова", "Kalesnikava", "Kolesnikova", "Марыя Калеснікава"]
)
def test_search_in_any_script_finds_the_same_person(client: TestClient, q: str) -> None:
    assert _person_id(client, q) == _person_id(client, "Maria Kalesnikava")
    assert f"{HEADLINE}</a>" in client.get("/people", params={"q": q}).text


@pytest.mark.parametrize("source", ["ru.txt", "be.txt"])
def test_article_page_highlights_inflected_cyrillic_names_and_evidence(
    client: TestClient, source: str
) -> None:
    aid = _article_id(client, source)
    detail = client.get(f"/api/articles/{aid}").json()
    text = detail["text"]
    pid = _person_id(client, "Kalesnikava")
    persons = {text[a["start"] : a["end"]] for a in detail["annotations"] if a["person_id"] == pid}
    inflected = {"ru.txt": "Марию Колесникову", "be.txt": "Марыю Калеснікаву"}[source]
    nominative = {"ru.txt": "Мария Колесникова", "be.txt": "Марыя Калеснікава"}[source]
    assert {inflected, nominative} <= persons
    labels = {a["label"] for a in detail["annotations"] if a["kind"] == "person" and a["person_id"] == pid}
    assert labels == {HEADLINE}
    events = [a for a in detail["annotations"] if a["kind"] == "event"]
    assert any("11" in text[a["start"] : a["end"]] and "2021" in text[a["start"] : a["end"]] for a in events)
    html = client.get(f"/articles/{aid}").text
    body = re.search(r'<div class="article-text">(.*?)</div>', html, re.S).group(1)
    assert _text(body) == text  # the highlights cut no character
    assert re.search(rf'<a class="who" href="/people/{pid}"[^>]*>{inflected}</a>', body)


QUOTED = (
    "Марию Колесникову освободили\n\n"
    "Мария Колесникова вышла на свободу. «Я ни о чём не жалею», — сказала Колесникова журналистам."
)


def test_cyrillic_quote_is_highlighted_and_shown_on_the_person_page(
    client: TestClient, web_db: Database, extractor
) -> None:  # type: ignore[no-untyped-def]
    [quoted] = extractor.extract_many([make_document(QUOTED, source="quote-ru.txt", published=DAY)])
    assert not service.ingest_items(web_db, items=[quoted]).failed
    aid = _article_id(client, "quote-ru.txt")
    detail = client.get(f"/api/articles/{aid}").json()
    quotes = [a for a in detail["annotations"] if a["kind"] == "quote"]
    assert quotes and all("Я ни о чём не жалею" in detail["text"][q["start"] : q["end"]] for q in quotes)
    assert quotes[0]["label"] == f"quote by {HEADLINE}"
    html = client.get(f"/articles/{aid}").text
    marked = [_text(m) for m in re.findall(r'<mark class="[^"]*hl-quote[^"]*"[^>]*>(.*?)</mark>', html, re.S)]
    assert "Я ни о чём не жалею" in "".join(marked)
    person = client.get(f"/people/{_person_id(client, 'Kalesnikava')}").text
    assert "Я ни о чём не жалею" in _text(person.split('id="quotes-h"')[1])


def test_dates_on_cyrillic_pages_read_as_on_english_ones(client: TestClient) -> None:
    pages = {
        s: client.get(f"/articles/{_article_id(client, s)}").text for s in ("en.txt", "ru.txt", "be.txt")
    }
    for html in pages.values():
        meta = _text(re.search(r'<p class="meta">(.*?)</p>', html, re.S).group(1))
        assert "14 Mar 2026" in meta
    for source in ("ru.txt", "be.txt"):
        detail = client.get(f"/api/articles/{_article_id(client, source)}").json()
        dates = [
            re.search(r"\(([^,]+), accepted\)", a["label"]) for a in detail["annotations"] if a["claim_id"]
        ]
        assert dates and all(d and ENGLISH_DATE.fullmatch(d.group(1)) for d in dates), dates
    person = client.get(f"/people/{_person_id(client, 'Kalesnikava')}").text
    assert re.search(r"Released</strong> — 1[34] Mar 2026", person)


def test_withheld_name_is_blanked_in_every_case_form(client: TestClient, web_db: Database) -> None:
    pid = _person_id(client, "Kalesnikava")
    service.set_withheld(web_db, person_id=pid, withheld=True, user="test")
    for source, forms in (
        ("ru.txt", ("Марию Колесникову", "Колесникова", "Колесников")),
        ("be.txt", ("Марыю Калеснікаву", "Калеснікава", "Калеснікав")),
    ):
        html = client.get(f"/articles/{_article_id(client, source)}").text
        assert "[name withheld]" in html
        assert not any(form in html for form in forms), source
        assert "Лосік" in html or "Лосик" in html  # the other person stays named


def test_name_forms_in_text_with_stress_marks() -> None:
    text = "Суд оставил Колесни\u0301кову под стражей, её брат Александр Колесников подал жалобу."
    found = [m.group(0) for m in re.finditer(name_regex("Колесникова"), text)]
    assert found == ["Колесни\u0301кову"]  # the stressed form, and not her brother
    start = text.index("Колесни")
    parts = segments(text, [Annotation(kind="person", start=start, end=start + 12, label="x")])
    assert "".join(p["text"] for p in parts) == text
    assert [p["text"] for p in parts if p["kinds"]] == ["Колесни\u0301кову"]


def test_one_pattern_blanks_every_spelling_in_any_case_and_letter_case() -> None:
    """The public pages and the roster reconciliation blank withheld names with this pattern:
    an inflected form, a capitalised headline and the surname alone must all go, the brother
    and an unrelated word must stay."""
    pattern = spellings_pattern({"Мария Колесникова", "Колесникова", "Maria Kolesnikova"})
    assert pattern is not None and spellings_pattern({"", " "}) is None
    text = (
        "МАРИЮ КОЛЕСНИКОВУ ОСВОБОДИЛИ. Суд освободил Марию Колесникову; брат Колесников ждал её. "
        "Колесниковой передали письмо. MARIA KOLESNIKOVA, Maria Kolesnikova's lawyer."
    )
    blanked = pattern.sub(lambda m: "█" * len(m.group(0)), text)
    assert "Колесников ждал" in blanked and "ОСВОБОДИЛИ" in blanked
    assert not re.search(r"(?i)колесникова|колесникову|колесниковой|kolesnikova", blanked), blanked


@pytest.mark.browser
@pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's Chromium is not at /usr/bin/chromium")
@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_browser_person_and_cyrillic_article(page, client: TestClient) -> None:  # noqa: F811
    pid = _person_id(client, "Kolesnikova")
    page.goto(f"/people/{pid}")
    assert " ".join(page.locator("h1").inner_text().split()) == f"{HEADLINE} · {LATIN}"
    _shot(page, "person-cyrillic")
    page.goto(f"/articles/{_article_id(client, 'ru.txt')}")
    mark = page.locator("mark.hl-person", has_text="Марию Колесникову").first
    assert (mark.get_attribute("title") or "").endswith(HEADLINE)
    mark.focus()
    _shot(page, "article-cyrillic")
