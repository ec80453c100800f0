"""Dates as precise as the source: a year-only or month-only date is shown as such ("2021",
"March 2022"), never as 1 January, on the person page, the people list, exports and the CLI;
the person page says which report decides the status."""

from __future__ import annotations

import csv
import io
import json
from datetime import date

from fastapi.testclient import TestClient
from typer.testing import CliRunner

from tests.registry_helpers import article
from vigil.cli import app
from vigil.registry import service

ITEMS = [
    article(
        "a.txt",
        "Ihar Zhuk was detained.",
        [("arrest", ["Ihar Zhuk"], {"date": "2022-03", "date_precision": "month"})],
    ),
    article(
        "b.txt",
        "Ihar Zhuk was freed.",
        [("release", ["Ihar Zhuk"], {"date": "2024", "date_precision": "year"})],
    ),
]


def test_year_and_month_dates_everywhere(web_db, web_client: TestClient, monkeypatch):
    service.ingest_items(web_db, items=ITEMS)
    person = service.get_person(web_db, ref="Ihar Zhuk")
    assert (person.status, person.status_date, person.status_precision) == (
        "released",
        date(2024, 1, 1),
        "year",
    )

    page = web_client.get(f"/people/{person.id}").text
    assert "since 2024" in page and "March 2022" in page
    assert "1 Jan 2024" not in page and "1 Mar 2022" not in page
    assert f'href="#{person.status_claim}"' in page and "Why:" in page
    detail = web_client.get(f"/api/people/{person.id}").json()
    assert (detail["status_precision"], detail["status_claim"]) == ("year", person.status_claim)
    listing = web_client.get("/people", params={"q": "Ihar Zhuk"}).text
    assert ">2024<" in listing

    rows = json.loads(service.export(web_db, format="json"))["persons"]
    row = next(r for r in rows if r["name"] == "Ihar Zhuk")
    assert (row["status_date"], row["status_precision"]) == ("2024", "year")
    assert (row["detained"], row["detained_precision"], row["released"]) == ("2022-03", "month", "2024")
    table = list(csv.DictReader(io.StringIO(service.export(web_db, format="csv"))))
    assert next(r for r in table if r["name"] == "Ihar Zhuk")["status_date"] == "2024"

    monkeypatch.setenv("VIGIL_DATABASE_URL", web_db.url)
    runner = CliRunner()
    shown = runner.invoke(app, ["person", "Ihar Zhuk"], terminal_width=200).output
    assert "since 2024" in shown and "March 2022" in shown and "1 Jan" not in shown
    listed = json.loads(runner.invoke(app, ["people", "--search", "Ihar Zhuk", "-f", "json"]).output)
    assert listed[0]["status_date"] == "2024"
