"""The bad-input matrix through `vigil extract`, `vigil ingest` and `POST /api/articles`.

Each bad input is refused with a message naming it and the reason, the batch goes on with the
rest and ends with a summary and exit code 1, and nothing already stored changes. The big
inputs (a 50 MB text, a 5 MB single line) are written at test time.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from tests.fixtures.reliability import GOOD_TEXT, BadInput, bad_inputs, consistency_problems, registry_rows
from tests.fixtures.web import Demo
from vigil.cli import app
from vigil.ingest.read import decode

runner = CliRunner()


@pytest.fixture(scope="module")
def matrix(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[BadInput]]:
    folder = tmp_path_factory.mktemp("bad-inputs")
    inputs = bad_inputs(folder / "batch")
    (folder / "batch" / "zz-good.txt").write_text(GOOD_TEXT, encoding="utf-8")
    return folder / "batch", inputs


@pytest.fixture
def same_extractor(monkeypatch: pytest.MonkeyPatch, extractor):  # type: ignore[no-untyped-def]
    """The CLI commands reuse the session's loaded pipeline instead of loading their own."""
    monkeypatch.setattr("vigil.extract.Extractor", lambda **_: extractor)
    return extractor


def _refusals(output: str, inputs: list[BadInput]) -> None:
    """Each refused input is named next to its reason (rich may wrap a line at any space)."""
    flat = " ".join(output.split())
    for item in inputs:
        if item.reason is None:
            continue
        spots = [i for i in range(len(flat)) if flat.startswith(item.name, i)]
        assert spots, f"{item.name} is not named in:\n{output}"
        windows = [flat[max(0, i - 120) : i + len(item.name) + 150] for i in spots]
        assert any(item.reason in w for w in windows), (item.name, item.reason, windows)


def test_extract_names_each_bad_input_and_goes_on(matrix, same_extractor) -> None:  # type: ignore[no-untyped-def]
    folder, inputs = matrix
    result = runner.invoke(app, ["extract", str(folder)])
    assert result.exit_code == 1, result.output
    _refusals(result.stderr, inputs)
    refused = sum(1 for item in inputs if item.reason)  # the JSONL file has two bad lines
    assert f"2 extracted, {refused + 1} failed" in " ".join(result.stdout.split())
    assert "Ihar Losik" in result.stdout  # the good file after all the bad ones
    assert "Pavel Sevyarynets" in result.stdout  # the page with scripts is read for its text


def test_ingest_names_each_bad_input_keeps_what_is_stored(
    matrix,
    same_extractor,
    demo_registry: Demo,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    folder, inputs = matrix
    path = tmp_path / "registry.sqlite"
    shutil.copy(demo_registry.path, path)
    url = f"sqlite:///{path}"
    before = registry_rows(url)
    result = runner.invoke(app, ["ingest", str(folder)], env={"VIGIL_DATABASE_URL": url})
    assert result.exit_code == 1, result.output
    _refusals(result.stderr + result.stdout, inputs)
    refused = sum(1 for item in inputs if item.reason and not item.reason.startswith("not yet"))
    assert f"failed: {refused + 1}" in result.stderr  # the JSONL file has two bad lines
    assert "articles: 3 new" in result.stdout  # the good file, the page with scripts, Russian
    after = registry_rows(url)
    for table, rows in before.items():
        changed = rows - after[table]
        assert not changed, f"{len(changed)} stored rows of {table} changed"
    assert consistency_problems(url) == []
    # the batch again: nothing new, the same refusals
    again = runner.invoke(app, ["ingest", str(folder)], env={"VIGIL_DATABASE_URL": url})
    assert again.exit_code == 1 and "articles: 0 new" in again.stdout
    assert registry_rows(url) == after


def test_roster_with_missing_columns_and_bad_dates_imports_nothing(tmp_path: Path, database_url: str) -> None:
    no_name = tmp_path / "no-name.csv"
    no_name.write_text("status,date_of_detention\nheld,2025-01-01\n")
    bad_dates = tmp_path / "bad-dates.csv"
    bad_dates.write_text(
        "name,status,date_of_detention,release_date\n"
        "Maria Kolesnikova,held,2025-13-45,\n"
        "Ihar Losik,released,2020-06-25,31/02/2025\n"
        "Ales Bialiatski,held,2021-07-14,\n"
    )
    binary = tmp_path / "roster.csv"
    binary.write_bytes(b"PK\x03\x04" + bytes(range(256)))
    before = registry_rows(database_url)
    env = {"VIGIL_DATABASE_URL": database_url}
    for path, reasons in [
        (no_name, ["no name column"]),
        (bad_dates, ["line 2", "month must be in 1..12", "line 3", "day is out of range"]),
        (binary, ["cannot read roster"]),
    ]:
        result = runner.invoke(app, ["import", str(path)], env=env)
        assert result.exit_code == 1, result.output
        message = " ".join(result.stderr.split())
        assert path.name in message and all(r in message for r in reasons), message
    assert registry_rows(database_url) == before


def _post_file(client: TestClient, demo: Demo, name: str, data: bytes):  # type: ignore[no-untyped-def]
    return client.post(
        "/api/articles", files={"file": (name, data)}, headers={"Authorization": f"Bearer {demo.token}"}
    )


def test_api_refuses_bad_uploads_by_name_and_keeps_what_is_stored(
    matrix,
    web_client: TestClient,
    web_db,
    demo_registry: Demo,  # type: ignore[no-untyped-def]
) -> None:
    _folder, inputs = matrix
    url = web_db.url
    before = registry_rows(url)
    bearer = {"Authorization": f"Bearer {demo_registry.token}"}
    outcomes: dict[str, int] = {}
    for item in inputs:
        data = item.path.read_bytes()
        response = _post_file(web_client, demo_registry, item.name, data)
        outcomes[item.name] = response.status_code
        assert response.status_code in (201, 400, 413, 422), (item.name, response.text[:300])
        body = response.json()
        if response.status_code != 201:
            assert body["ok"] is False and body["status"] == response.status_code
            if len(data) > 2_000_000:
                assert "is larger than" in body["error"], body
            elif item.reason in ("empty", "whitespace", "binary", "no article text"):
                assert item.name in body["error"] and item.reason in body["error"], body
    assert outcomes["empty.txt"] == outcomes["image.png.txt"] == outcomes["archive.zip.txt"] == 422
    assert outcomes["nested.html"] == outcomes["notjson.jsonl"] == outcomes["roster.csv"] == 422
    assert outcomes["huge-50mb.txt"] in (400, 413) and outcomes["one-line-5mb.txt"] in (400, 413)
    assert outcomes["script.html"] == 201  # read for its text, not stored as markup
    # JSON bodies: not JSON, a text too long, only whitespace, no text at all
    cases = [
        (b"this line is not JSON", "unreadable body"),
        (b'{"text": "' + b"x" * 2_100_000 + b'"}', "at most 2000000 characters"),
        (b'{"text": "   \\n\\t  "}', "no words"),
        (b'{"title": "no text"}', "text: Field required"),
        (b"[1, 2, 3]", "input should be a valid dictionary"),
    ]
    for body, reason in cases:
        response = web_client.post(
            "/api/articles", content=body, headers={**bearer, "Content-Type": "application/json"}
        )
        assert 400 <= response.status_code < 500, (body[:40], response.text[:200])
        assert reason.lower() in response.json()["error"].lower(), (reason, response.json())
    after = registry_rows(url)
    for table, rows in before.items():
        assert not rows - after[table], f"stored rows of {table} changed"
    assert consistency_problems(url) == []


def test_a_utf8_file_with_a_broken_byte_is_not_read_as_another_encoding() -> None:
    text = (
        "MINSK — Belarusian journalist Ihar Losik was released on 10 May 2025. “I am free,” he said.\n"
        "His wife Darya Losik, who was also jailed, said: “We will not give up.” — Viasna\n"
    )
    data = text.encode("utf-8")
    broken = data[:60] + b"\xff" + data[60:]
    decoded = decode(broken, source="broken.txt")
    assert "“I am free,”" in decoded and "—" in decoded and decoded.count("\ufffd") == 1
    russian = "Мария Колесникова была освобождена в субботу, сообщили «Вясны» — правозащитники."
    assert decode(russian.encode("cp1251"), source="ru.txt") == russian
