"""The registry commands through the real CLI on a fresh database (SQLite and PostgreSQL)."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from tests.registry_helpers import article
from vigil.cli import app
from vigil.registry import service

ROSTER = """name,aliases,status,date of detention,charges,sentence,prison,release date,favourite colour
Maria Kolesnikova,Марыя Калеснікава;Maryia Kalesnikava,held,2020-09-07,conspiracy,11 years,Homel colony,,blue
Ihar Losik,Ігар Лосік,released,2020-06-25,,15 years,,2025-06-21,green
Alena Ivanova,,held,12.03.2022,,3 years,,,
"""


@pytest.fixture
def cli(database_url, monkeypatch):
    monkeypatch.setenv("VIGIL_DATABASE_URL", database_url)
    runner = CliRunner()

    def run(*args: str):
        return runner.invoke(app, list(args))

    return run


def test_every_command_explains_itself(cli):
    for command in (
        "ingest",
        "review",
        "people",
        "person",
        "stats",
        "merge",
        "split",
        "import",
        "export",
        "demo",
    ):
        result = cli(command, "--help")
        assert result.exit_code == 0, command
        assert len(result.output.split()) > 12, command


def test_roster_import_people_search_and_export(cli, tmp_path):
    roster = tmp_path / "roster.csv"
    roster.write_text(ROSTER, encoding="utf-8")
    result = cli("import", str(roster), "--user", "ed")
    assert result.exit_code == 0, result.output
    assert "favourite colour" in result.output and "3 new persons" in result.output
    people = json.loads(cli("people", "--format", "json").output)
    # the name in the original script heads, the roster's Latin spelling beside it
    assert {(p["name"], p["latin"]): p["status"] for p in people} == {
        ("Alena Ivanova", None): "held",
        ("Ігар Лосік", "Ihar Losik"): "released",
        ("Марыя Калеснікава", "Maria Kolesnikova"): "held",
    }
    assert all({"id", "name", "status", "aliases"} <= p.keys() and p["id"].startswith("vg-") for p in people)
    found = json.loads(cli("people", "--search", "Колесникова", "--format", "json").output)
    assert [(p["latin"], p["aliases"]) for p in found] == [("Maria Kolesnikova", ["Maryia Kalesnikava"])]
    assert (
        json.loads(cli("people", "--status", "released", "--format", "json").output)[0]["latin"]
        == "Ihar Losik"
    )
    # importing the same roster again adds nothing
    assert "0 claims" in cli("import", str(roster)).output
    # withheld: counted, not named
    assert cli("person", "Alena Ivanova", "--withhold").exit_code == 0
    exported = json.loads(cli("export", "--format", "json").output)
    assert exported["count"] == 3 and exported["withheld"] == 1
    assert "Alena Ivanova" not in json.dumps(exported)
    csv_text = cli("export", "--format", "csv").output
    assert csv_text.startswith("id,name,status") and "Alena" not in csv_text and "(name withheld)" in csv_text
    stats = json.loads(cli("stats", "--format", "json").output)
    assert stats["by_status"]["held"] == 2 and stats["withheld"] == 1


def test_bad_roster_imports_nothing(cli, tmp_path):
    roster = tmp_path / "bad.csv"
    roster.write_text(
        "name,status,date of detention\nAnna Bad,held,2021-01-01\n,held,\nBob Odd,asleep,soon\n",
        encoding="utf-8",
    )
    result = cli("import", str(roster))
    assert result.exit_code == 1
    assert "line 3: no name" in result.output and "line 4" in result.output
    assert json.loads(cli("people", "--format", "json").output) == []


def test_review_accept_and_person_timeline(cli, database_url):
    db = service.open_database(database_url)
    body = "Mikalai Statkevich was freed on Saturday."
    service.ingest_items(
        db, items=[article("a.txt", body, [("release", ["Mikalai Statkevich"], {"confidence": 0.4})])]
    )
    db.close()
    listing = cli("review", "--json")
    [item] = json.loads(listing.output)
    assert item["type"] == "claim" and item["evidence"] == body
    assert cli("review", "accept", item["id"], "--note", "confirmed", "--user", "ed").exit_code == 0
    shown = cli("person", "Statkevich")
    assert shown.exit_code == 0 and "status: released" in shown.output
    [entry] = json.loads(cli("person", "Statkevich", "--format", "json").output)["timeline"]
    assert (entry["state"], entry["reviewer"], entry["evidence"]) == ("accepted", "ed", body)
    assert cli("person", "Nobody Atall").exit_code == 1
    assert "Nothing to review" in cli("review").output


@pytest.fixture
def shared_extractor(extractor, monkeypatch):
    """Commands that load the pipeline get the session's instead of loading their own."""
    import vigil.extract

    monkeypatch.setattr(vigil.extract, "Extractor", lambda **_: extractor)
    return extractor


def test_ingest_reports_failures_and_other_languages(cli, tmp_path, shared_extractor):
    from tests.fixtures.extraction import SEED

    (tmp_path / "seed.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "empty.txt").write_text("   \n", encoding="utf-8")
    (tmp_path / "pl.txt").write_text(
        "Maria Kalesnikawa wyszła na wolność w sobotę razem ze 122 innymi więźniami politycznymi. "
        "Jej uwolnienie było wynikiem negocjacji ze Stanami Zjednoczonymi.",
        encoding="utf-8",
    )
    result = cli("ingest", str(tmp_path), "--date", "2025-12-13")
    assert result.exit_code == 1
    assert "not yet extracted: pl" in result.output and "empty.txt" in result.output
    assert "Maria Kolesnikova: unknown → released" in result.output
    again = cli("ingest", str(tmp_path / "seed.txt"), "--date", "2025-12-13")
    assert again.exit_code == 0 and "1 already known" in again.output


def test_demo(tmp_path, monkeypatch, shared_extractor):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("VIGIL_DATABASE_URL", raising=False)
    result = CliRunner().invoke(app, ["demo"])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "var" / "demo.sqlite").exists()
    assert "Maria Kolesnikova" in result.output and "released" in result.output
    assert "seed-belarus-release.txt" in result.output.replace("\n", "").replace("│", "").replace(" ", "")


def test_merge_split_and_export_to_a_file(cli, database_url, tmp_path):
    db = service.open_database(database_url)
    service.ingest_items(
        db,
        items=[
            article("a.txt", "Ihar Losik was freed.", [("release", ["Ihar Losik"], {})]),
            article("b.txt", "Pavel Sevyarynets was freed.", [("release", ["Pavel Sevyarynets"], {})]),
        ],
    )
    ids = [p.id for p in service.list_people(db)]
    db.close()
    merged = cli("merge", ids[0], ids[1], "--note", "an editor's mistake", "--user", "ed")
    assert merged.exit_code == 0, merged.output
    assert len(json.loads(cli("people", "--format", "json").output)) == 1
    assert cli("merge", ids[0], ids[1]).exit_code == 1  # already one person
    split = cli("split", ids[1], "--user", "ed")
    assert split.exit_code == 0, split.output
    assert len(json.loads(cli("people", "--format", "json").output)) == 2
    out = tmp_path / "out" / "registry.csv"
    assert cli("export", "--format", "csv", "--output", str(out)).exit_code == 0
    assert out.read_text(encoding="utf-8").startswith("id,name,status")
    assert cli("merge", "vg-nobody", ids[0]).exit_code == 1


def test_ingest_a_url_only_with_allow_private(cli, http_server, shared_extractor):
    """A page on 127.0.0.1 is refused by name and rule, and ingested with --allow-private."""
    from tests.fixtures.extraction import SEED

    text = SEED.read_text(encoding="utf-8").split("\n\n\n")[0]
    paragraphs = "".join(f"<p>{p}</p>" for p in text.splitlines() if p.strip())
    url = http_server.page(
        "/news/release.html",
        f"<html><head><title>123 freed</title></head><body><article>{paragraphs}</article></body></html>",
    )
    refused = cli("ingest", url)
    assert refused.exit_code == 1
    assert url in refused.output and "loopback" in refused.output and "--allow-private" in refused.output
    allowed = cli("ingest", "--allow-private", url)
    assert allowed.exit_code == 0, allowed.output
    people = json.loads(cli("people", "--format", "json").output)
    assert {"Maria Kolesnikova", "Viktor Babaryka", "Ales Bialiatski"} <= {p["name"] for p in people}
