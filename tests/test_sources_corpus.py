"""JSONL and CSV corpora, folders, standard input and the `published` fallback."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

import pytest

from vigil.errors import SourceError
from vigil.ingest.corpus import parse_date
from vigil.ingest.sources import iter_documents
from vigil.model import Document

PAGES = Path(__file__).parent / "data" / "pages"
SAMPLE = Path(__file__).resolve().parents[1] / "sample"
RELEASE = "Belarusian authorities released Ihar Losik, a blogger held since June 2020, on Friday."
COURT = "A court in Brest sentenced activist Pavel Seviarynets to three more years in a colony."


def _docs(results: list) -> list[Document]:
    return [r for r in results if isinstance(r, Document)]


def test_jsonl_lines_with_text_or_html_and_a_broken_line(tmp_path: Path) -> None:
    html = (PAGES / "rights-blog-court.html").read_text(encoding="utf-8")
    lines = [
        json.dumps(
            {
                "text": RELEASE,
                "title": "Losik freed",
                "url": "https://a.example/1",
                "published": "2025-06-20",
                "outlet": "Agency A",
            }
        ),
        "",
        "{not json",
        json.dumps({"html": html, "title": "Teacher jailed", "published": "2024-11-14T09:05:00Z"}),
        json.dumps(["a", "list"]),
        json.dumps({"title": "no body"}),
        json.dumps({"text": COURT, "published": "soon"}),
        json.dumps({"text": COURT}),
    ]
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    results = list(iter_documents([corpus], published=date(2025, 1, 1)))
    assert [type(r).__name__ for r in results] == [
        "Document",
        "SourceError",
        "Document",
        "SourceError",
        "SourceError",
        "SourceError",
        "Document",
    ]
    first, teacher, last = _docs(results)
    assert (first.source, first.title, first.url, first.published, first.outlet, first.language) == (
        f"{corpus}:1",
        "Losik freed",
        "https://a.example/1",
        date(2025, 6, 20),
        "Agency A",
        "en",
    )
    assert teacher.title == "Teacher jailed" and teacher.published == date(2024, 11, 14)
    assert "Mikalai Karpenka" in teacher.text and "Leave a Reply" not in teacher.text
    assert teacher.outlet == "Rights Watch Belarus"
    assert last.published == date(2025, 1, 1)
    errors = [str(r) for r in results if isinstance(r, SourceError)]
    assert errors[0].startswith(f"{corpus}:3: not JSON")
    assert errors[1] == f"{corpus}:5: not a JSON object but list"
    assert errors[2] == f"{corpus}:6: no text or html field"
    assert errors[3].startswith(f"{corpus}:7: published: cannot read date 'soon'")


def test_csv_rows(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.csv"
    corpus.write_text(
        "Title,Text,URL,Published,Outlet\n"
        f'Losik freed,"{RELEASE}\n\nHe crossed into Lithuania.",https://a.example/1,2025-06-20,Agency A\n'
        f"Seviarynets,{COURT},,,\n"
        ",,,,\n",
        encoding="utf-8",
    )
    results = list(iter_documents([str(corpus)]))
    assert [type(r).__name__ for r in results] == ["Document", "Document", "SourceError"]
    losik, court = _docs(results)
    assert losik.text == RELEASE + "\n\nHe crossed into Lithuania."
    assert (losik.source, losik.outlet, losik.published) == (f"{corpus}:2", "Agency A", date(2025, 6, 20))
    assert court.source == f"{corpus}:5" and court.url is None and court.published is None
    assert str(results[2]) == f"{corpus}:6: no text or html field"


def test_csv_without_a_text_column(tmp_path: Path) -> None:
    corpus = tmp_path / "links.csv"
    corpus.write_text("url,title\nhttps://a.example,A\n", encoding="utf-8")
    [error] = list(iter_documents([corpus]))
    assert str(error) == f"{corpus}: no text or html column (columns: url, title)"


def test_folders_are_searched_recursively_for_known_kinds(tmp_path: Path) -> None:
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "release.txt").write_text(RELEASE, encoding="utf-8")
    (tmp_path / "a" / "b" / "page.htm").write_bytes((PAGES / "minsk-monitor-release.html").read_bytes())
    (tmp_path / "a" / "b" / "more.jsonl").write_text(json.dumps({"text": COURT}) + "\n", encoding="utf-8")
    (tmp_path / "a" / "notes.md").write_text("# not an article", encoding="utf-8")
    (tmp_path / "a" / "photo.png").write_bytes(b"\x89PNG\r\n")
    results = list(iter_documents([tmp_path]))
    assert [Path(r.source.split(":")[0]).name for r in results] == ["more.jsonl", "page.htm", "release.txt"]
    assert all(isinstance(r, Document) for r in results)


def test_text_files_keep_their_old_meaning() -> None:
    paths = sorted(SAMPLE.glob("dev-0[1-3]*.txt"))
    results = list(iter_documents(paths, published=date(2025, 9, 11)))
    assert [r.source for r in results] == [str(p) for p in paths]
    assert all(r.published == date(2025, 9, 11) and r.language == "en" for r in results)


def test_stdin_text_html_and_jsonl() -> None:
    [text] = iter_documents(["-"], stdin=io.BytesIO(RELEASE.encode()))
    assert text.source == "<stdin>" and text.text == RELEASE
    [page] = iter_documents(["-"], stdin=io.BytesIO((PAGES / "polesye-detention-cp1251.html").read_bytes()))
    assert page.language == "ru" and "Комментарии" not in page.text
    jsonl = (json.dumps({"text": RELEASE}) + "\n" + "oops\n" + json.dumps({"text": COURT}) + "\n").encode()
    results = list(iter_documents(["-"], stdin=io.BytesIO(jsonl)))
    assert [getattr(r, "source", None) for r in results] == ["<stdin>:1", "<stdin>:2", "<stdin>:3"]
    assert isinstance(results[1], SourceError)
    [bracket] = iter_documents(["-"], stdin=io.BytesIO(b"[Updated] " + RELEASE.encode()))
    assert bracket.text.startswith("[Updated] Belarusian")
    [from_path] = iter_documents([Path("-")], stdin=io.BytesIO(RELEASE.encode()))
    assert from_path.source == "<stdin>"
    [empty] = iter_documents(["-"], stdin=io.BytesIO(b"  \n"))
    assert isinstance(empty, SourceError)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-06-21", date(2025, 6, 21)),
        ("2025-06-21T23:10:00+03:00", date(2025, 6, 21)),
        ("Sat, 21 Jun 2025 10:00:00 GMT", date(2025, 6, 21)),
        ("", None),
        (None, None),
    ],
)
def test_parse_date(value: str | None, expected: date | None) -> None:
    assert parse_date(value) == expected
