"""One release reported in English, Russian and Belarusian: one registry person per
individual, whatever the script, and Latin forms by the official romanisations."""

from __future__ import annotations

from datetime import date

import pytest
from typer.testing import CliRunner

from vigil.cli import app
from vigil.ingest.documents import make_document
from vigil.model import Extraction
from vigil.names.translit import romanize
from vigil.registry import service

DAY = date(2026, 3, 14)

ENGLISH = (
    "Belarus frees two political prisoners\n\n"
    "VILNIUS — Belarusian authorities on Friday released the opposition politician Maria Kalesnikava "
    "and the blogger Ihar Losik, who were driven to the Lithuanian border. Kalesnikava had been "
    "sentenced to 11 years in prison in 2021."
)
RUSSIAN = (
    "Белорусские власти освободили Марию Колесникову и Игоря Лосика\n\n"
    "В пятницу на свободу вышли политик Мария Колесникова и блогер Игорь Лосик. "
    "Их вывезли к литовской границе. Колесникова была приговорена к 11 годам колонии в 2021 году."
)
BELARUSIAN = (
    "Улады вызвалілі Марыю Калеснікаву і Ігара Лосіка\n\n"
    "У пятніцу на волю выйшлі палітык Марыя Калеснікава і блогер Ігар Лосік. "
    "Іх вывезлі да літоўскай мяжы. Калеснікава была асуджаная на 11 гадоў калоніі ў 2021 годзе."
)


@pytest.fixture(scope="module")
def three_reports(extractor) -> list[Extraction]:
    documents = [
        make_document(text, source=f"{lang}.txt", published=DAY)
        for lang, text in (("en", ENGLISH), ("ru", RUSSIAN), ("be", BELARUSIAN))
    ]
    assert [d.language for d in documents] == ["en", "ru", "be"]
    return list(extractor.extract_many(documents))


def test_each_report_names_both_people_in_its_own_script(three_reports):
    names = [{p.name for p in e.persons} for e in three_reports]
    assert {"Maria Kalesnikava", "Ihar Losik"} <= names[0]
    assert {"Мария Колесникова", "Игорь Лосик"} <= names[1]
    assert {"Марыя Калеснікава", "Ігар Лосік"} <= names[2]
    for extraction in three_reports:
        released = {
            p.name
            for e in extraction.events
            if e.type == "release"
            for p in extraction.persons
            if p.id in e.persons
        }
        assert len(released) == 2, extraction.document.source


def test_three_languages_give_one_person_each_with_one_release(db, three_reports):
    report = service.ingest_items(db, items=three_reports)
    assert report.count("new") == 3 and not report.failed
    seen = set()
    for ref in ("Maria Kalesnikava", "Мария Колесникова", "Марыя Калеснікава", "Ihar Losik", "Ігар Лосік"):
        person = service.get_person(db, ref=ref)
        seen.add(person.id)
        assert person.status in ("released", "exiled"), ref  # driven to the border: exiled
        sources = {e.source for e in person.timeline if e.kind == "release"}
        assert sources == {"be.txt", "en.txt", "ru.txt"}, ref
    assert len(seen) == 2


def test_official_romanisations():
    assert romanize("Марыя Калеснікава", "be") == "Maryia Kalesnikava"
    assert romanize("Мария Колесникова", "ru") == "Mariia Kolesnikova"
    assert romanize("Сяргей Шымчык", "be") == "Siarhei Shymchyk"
    assert romanize("Яўген Хмяльніцкі", "be") == "Yauhen Khmialnitski"
    assert romanize("Сергей Парфёнов", "ru") == "Sergei Parfenov"
    assert romanize("Maria Kalesnikava", "en") == "Maria Kalesnikava"


def test_cyrillic_and_unsupported_articles_in_one_batch(extractor, tmp_path):
    (tmp_path / "a-ru.txt").write_text(RUSSIAN, encoding="utf-8")
    (tmp_path / "b-pl.txt").write_text(
        "Władze Białorusi uwolniły w piątek dwóch więźniów politycznych i wywiozły ich na granicę z Litwą.",
        encoding="utf-8",
    )
    result = CliRunner().invoke(app, ["extract", "--format", "jsonl", str(tmp_path)])
    assert result.exit_code == 1
    assert '"source"' in result.stdout and "a-ru.txt" in result.stdout
    errors = [line for line in result.stderr.splitlines() if line.strip()]
    assert len([line for line in errors if "b-pl.txt" in line]) == 1
    assert any("b-pl.txt" in line and "not yet extracted: pl" in line for line in errors)


def test_ingest_from_files_extracts_russian_and_belarusian(db, extractor, tmp_path):
    """The whole ingest path, files to registry: each language's report is extracted, not only stored."""
    for lang, text in (("en", ENGLISH), ("ru", RUSSIAN), ("be", BELARUSIAN)):
        (tmp_path / f"{lang}.txt").write_text(text, encoding="utf-8")
    report = service.ingest(db, paths=[tmp_path], published=DAY, extractor=extractor)
    assert report.count("new") == 3 and report.count("not-extracted") == 0 and not report.failed
    person = service.get_person(db, ref="Марыя Калеснікава")
    sources = {e.source.rsplit("/", 1)[-1] for e in person.timeline if e.kind == "release"}
    assert sources == {"be.txt", "en.txt", "ru.txt"}
