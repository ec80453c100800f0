"""Reconciling a roster with a registry ingested from the English development corpus.

The roster is generated from the registry's own persons with deterministic perturbations
(catalogue order in capitals, swapped order, a dropped letter, Cyrillic, an initial, glued
words), plus fixed rows: persons the news says were released but the roster holds, persons
nobody reported, a person listed twice, and withheld names.
"""

from __future__ import annotations

import csv
import json
import re
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from tests.fixtures.extraction import REPO
from vigil.cli import app
from vigil.registry import service
from vigil.registry.db import Database, open_database
from vigil.registry.models import Article, Claim, Person
from vigil.registry.reconcile import CATEGORIES, Entry, Reconciliation, reconcile, reconcile_file, roster_side
from vigil.registry.roster import RosterError, RosterRow, parse_roster, read_roster
from vigil.registry.views import WITHHELD

SHARED = next((p for p in (REPO.parent / "shared", REPO.parent.parent / "shared") if p.is_dir()), None)
CORPUS_SETS = ("dev", "dev2")
ROWS = 200
# names nobody in the corpus bears: the roster's persons the news never mentions
NEVER_GIVEN = [
    "Zmitser",
    "Palina",
    "Yanka",
    "Hanna",
    "Uladzimir",
    "Katsiaryna",
    "Rygor",
    "Alesia",
    "Miron",
    "Vera",
    "Kastus",
    "Ulyana",
]
NEVER_SURNAMES = (
    "Niaviedamy Zhurauskaitė Pryvidnik Tsishchanka Khmaryk Zabytski Liavonchyk Sharamet Buinitski Kvachuk"
)
NEVER_SURNAMES_LIST = NEVER_SURNAMES.split()

_CYRILLIC = [
    ("shch", "щ"), ("kh", "х"), ("zh", "ж"), ("ch", "ч"), ("sh", "ш"), ("ts", "ц"), ("ya", "я"),
    ("yu", "ю"), ("ia", "я"), ("iu", "ю"), ("ye", "е"), ("yo", "ё"),
    *zip("abvgdezijklmnoprstufhcwyx", "абвгдезийклмнопрстуфхквых", strict=True),
]  # fmt: skip


def cyrillic(name: str) -> str:
    """A crude Latin -> Cyrillic rendering, as a roster typed in Cyrillic would give it."""
    out = []
    for word in name.split():
        lower, i, letters = word.lower(), 0, []
        while i < len(lower):
            for latin, cyr in _CYRILLIC:
                if lower.startswith(latin, i):
                    letters.append(cyr)
                    i += len(latin)
                    break
            else:
                letters.append(lower[i])
                i += 1
        out.append("".join(letters).capitalize())
    return " ".join(out)


def _typo(surname: str) -> str:
    """Drop an inner vowel (Kolesnikova -> Kolesnikva): the commonest slip in a typed list."""
    for i in range(len(surname) - 2, 1, -1):
        if surname[i] in "aeiou" and surname[i - 1] not in "aeiou":
            return surname[:i] + surname[i + 1 :]
    return surname


def _consonant_typo(surname: str) -> str:
    """A neighbouring key for the third letter's consonant (Vasilevich -> Vazilevich)."""
    keys = dict(zip("szklnmrtvb", "zslkmntrbv", strict=True))
    for i in range(2, len(surname) - 2):
        if surname[i] in keys:
            return surname[:i] + keys[surname[i]] + surname[i + 1 :]
    return surname


PERTURBATIONS = {
    "as is": lambda given, surname: f"{given} {surname}",
    "catalogue": lambda given, surname: f"{surname.upper()}, {given}",
    "swapped": lambda given, surname: f"{surname} {given}",
    "typo": lambda given, surname: f"{given} {_typo(surname)}",
    "cyrillic": lambda given, surname: cyrillic(f"{given} {surname}"),
    "initial": lambda given, surname: f"{given[0]}. {surname}",
    "glued": lambda given, surname: f"{given}{surname}",
    "consonant typo": lambda given, surname: f"{given} {_consonant_typo(surname)}",
}


@dataclass(frozen=True)
class Planned:
    line: int
    name: str
    status: str
    person_id: str | None  # the person the row is about; None for one the news never names
    category: str
    family: str
    withheld: bool = False


@pytest.fixture(scope="session")
def corpus_registry(tmp_path_factory: pytest.TempPathFactory, extractor) -> Path:  # type: ignore[no-untyped-def]
    """The English development sets ingested once per session (the slow part)."""
    if SHARED is None:
        pytest.skip("the shared corpus (../shared/corpus) is not here")
    files = sorted(f for name in CORPUS_SETS for f in (SHARED / "corpus" / name).glob("*.txt"))
    path = tmp_path_factory.mktemp("reconcile") / "corpus.sqlite"
    db = open_database(f"sqlite:///{path}")
    try:
        report = service.ingest(db, paths=files, extractor=extractor)
        assert not report.failed
        with db.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        db.close()
    return path


@pytest.fixture
def corpus_db(corpus_registry: Path, tmp_path: Path) -> Iterator[Database]:
    path = tmp_path / "registry.sqlite"
    shutil.copy(corpus_registry, path)
    db = open_database(f"sqlite:///{path}")
    yield db
    db.close()


def _persons(db: Database) -> list[Person]:
    """Persons with a custody status and a two-word name (first name + surname)."""
    with db.session() as session:
        persons = list(
            session.scalars(
                select(Person)
                .where(Person.id == Person.canonical_id, Person.status != "unknown")
                .order_by(Person.id)
            )
        )
        session.expunge_all()
    return [p for p in persons if len(p.name.split()) == 2 and "-" not in p.name and "." not in p.name]


def plan_roster(db: Database) -> tuple[list[Planned], set[str]]:
    """The 200 rows, and the persons left out of them (the news-only ones)."""
    persons = _persons(db)
    surnames = [p.name.split()[1].casefold() for p in persons]
    plain = [p for p in persons if surnames.count(p.name.split()[1].casefold()) == 1]  # no namesakes
    released = [p for p in plain if p.status == "released"][:3]
    withheld = [p for p in plain if p.status == "held"][:2]
    left_out = {p.id for p in plain[-8:]}
    planned: list[Planned] = []
    line = 2
    families = list(PERTURBATIONS)
    for i, p in enumerate(p for p in plain if p.id not in left_out):
        given, surname = p.name.split()
        family = families[i % len(families)]
        if family in ("typo", "consonant typo") and len(surname) < 7:
            family = "swapped"
        name = PERTURBATIONS[family](given, surname)
        if p in released:
            planned.append(Planned(line, name, "held", p.id, "disagree", family))
        else:
            planned.append(Planned(line, name, p.status, p.id, "agree", family, p in withheld))
        line += 1
    twice = planned[0]  # the same person listed again under another spelling
    again = cyrillic(twice.name) if twice.family != "cyrillic" else twice.name
    planned.append(Planned(line, again, twice.status, twice.person_id, "ambiguous", "listed twice"))
    line += 1
    never = (f"{g} {s}" for s in NEVER_SURNAMES_LIST for g in NEVER_GIVEN)
    while len(planned) < ROWS:
        planned.append(Planned(line, next(never), "held", None, "roster_only", "never in the news"))
        line += 1
    with db.session() as session:
        reported = set(
            session.scalars(
                select(Person.id).where(Person.id == Person.canonical_id, Person.status != "unknown")
            )
        )
    return planned, reported - {x.person_id for x in planned}


def write_roster(path: Path, planned: list[Planned]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(["ФИО", "Статус", "Год рождения", "Статья", "Приговор", "withheld"])
        for p in planned:
            writer.writerow(
                [
                    p.name,
                    p.status,
                    "",
                    "342",
                    "3 years" if p.status == "held" else "",
                    "yes" if p.withheld else "",
                ]
            )
    return path


def test_a_roster_of_200_rows_sorts_into_every_category(corpus_db: Database, tmp_path: Path) -> None:
    planned, news_only = plan_roster(corpus_db)
    assert len(planned) == ROWS and {p.family for p in planned} >= {*PERTURBATIONS, "never in the news"}
    hidden = [p for p in planned if p.withheld]  # withheld by the registry, or by the roster alone
    assert len(hidden) == 2 and hidden[0].person_id is not None
    service.set_withheld(corpus_db, person_id=hidden[0].person_id, withheld=True, user="test")
    roster = write_roster(tmp_path / "roster.csv", planned)

    result = reconcile_file(corpus_db, roster)

    by_line = {e.line: e for e in result.entries if e.line is not None}
    assert sorted(by_line) == [p.line for p in planned]
    wrong = [
        (p.family, p.name, p.category, by_line[p.line].category, by_line[p.line].person_id == p.person_id)
        for p in planned
        if by_line[p.line].category != p.category
        or (p.category in ("agree", "disagree") and by_line[p.line].person_id != p.person_id)
    ]
    assert not wrong, wrong
    assert {e.person_id for e in result.entries if e.category == "news_only"} == news_only
    counts = result.counts
    assert sum(counts.values()) == ROWS + len(news_only)
    assert all(counts[c] for c in CATEGORIES), counts
    assert result.summary().startswith(f"{ROWS} rows: {counts['agree']} agree, {counts['disagree']} disagree")

    with corpus_db.session() as session:
        for entry in (e for e in result.entries if e.category == "disagree"):
            assert entry.roster is not None and entry.news is not None
            assert entry.roster.status == "held" and entry.news.status == "released"
            assert entry.roster.evidence and entry.roster.evidence.startswith(f"line {entry.line}:")
            claim = session.get(Claim, entry.news.claim_id)
            article = session.get(Article, claim.article_id)
            assert claim.kind == "release" and entry.news.evidence == claim.evidence
            assert entry.news.evidence in article.text and entry.news.source == article.source
        for entry in (e for e in result.entries if e.category == "news_only"):
            assert entry.news is not None and entry.news.evidence and entry.news.source

    for p in hidden:
        entry = by_line[p.line]
        assert entry.withheld and entry.roster_name == WITHHELD and entry.person_name == WITHHELD
        surname = next(w for w in re.split(r"[\s,]+", p.name) if len(w) > 3)
        text = json.dumps([entry.news, entry.roster], default=str)
        assert surname.casefold() not in text.casefold()
    assert not any(WITHHELD in (e.person_name or "") for e in result.entries if not e.withheld)
    shown = reconcile_file(corpus_db, roster, reveal_withheld=True)
    assert all(WITHHELD not in (e.person_name or "") for e in shown.entries)


def test_each_perturbation_family_finds_its_person(corpus_db: Database) -> None:
    planned, _ = plan_roster(corpus_db)
    rows = [RosterRow(line=p.line, name=p.name, status=p.status) for p in planned if p.person_id]
    result = reconcile(corpus_db, rows, source="families")
    found = {e.line: e.person_id for e in result.entries if e.line is not None}
    for family in PERTURBATIONS:
        mine = [p for p in planned if p.family == family and p.category in ("agree", "disagree")]
        assert mine, family
        assert all(found[p.line] == p.person_id for p in mine), family


def test_different_birth_years_keep_two_rows_apart(corpus_db: Database) -> None:
    person = _persons(corpus_db)[0]
    given, surname = person.name.split()
    rows = [
        RosterRow(line=2, name=person.name, status=person.status, born=1971),
        RosterRow(line=3, name=f"{surname.upper()}, {given}", status=person.status, born=1994),
    ]
    result = reconcile(corpus_db, rows, source="twins")
    assert [e.category for e in result.entries if e.line] == ["ambiguous", "ambiguous"]
    assert all("birth years" in e.note for e in result.entries if e.line)


def test_cli_writes_a_report_csv_and_json(corpus_db: Database, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    planned, _ = plan_roster(corpus_db)
    roster = write_roster(tmp_path / "roster.csv", planned[:20] + planned[-3:])
    monkeypatch.setenv("VIGIL_DATABASE_URL", str(corpus_db.engine.url))
    out_csv, out_json = tmp_path / "out.csv", tmp_path / "out.json"
    run = CliRunner().invoke(app, ["reconcile", str(roster), "--csv", str(out_csv), "--json", str(out_json)])
    assert run.exit_code == 0, run.output
    data = json.loads(out_json.read_text(encoding="utf-8"))
    assert data["rows"] == 23 and data["summary"] in run.output.splitlines()
    assert data["counts"]["roster_only"] == 3
    with out_csv.open(encoding="utf-8") as handle:
        lines = list(csv.DictReader(handle))
    assert len(lines) == len(data["entries"]) and {r["category"] for r in lines} >= {"agree", "roster_only"}
    agree = next(r for r in lines if r["category"] == "agree")
    assert agree["news_evidence"] and agree["roster_evidence"].startswith(f"line {agree['line']}:")
    as_json = CliRunner().invoke(app, ["reconcile", str(roster), "--format", "json"])
    assert json.loads(as_json.stdout)["counts"] == data["counts"]


def test_cli_names_the_bad_rows(tmp_path: Path, monkeypatch, db) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("VIGIL_DATABASE_URL", str(db.engine.url.render_as_string(hide_password=False)))
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "name,status,born\nMaria Kolesnikova,held,1982\n,held,\nIhar Losik,asleep,\nAles,held,soon\n"
    )
    run = CliRunner().invoke(app, ["reconcile", str(bad)])
    assert run.exit_code == 1
    for expected in (
        "line 3: no name",
        "line 4: unknown status 'asleep'",
        "line 5: cannot read the birth year",
    ):
        assert expected in run.output
    nameless = tmp_path / "nameless.csv"
    nameless.write_text("who,status\nMaria,held\n")
    run = CliRunner().invoke(app, ["reconcile", str(nameless)])
    assert run.exit_code == 1 and "no name column" in run.output and "--columns" in run.output
    run = CliRunner().invoke(app, ["reconcile", str(nameless), "--columns", "name=who"])
    assert run.exit_code == 0 and "1 rows: 0 agree" in run.output
    run = CliRunner().invoke(app, ["reconcile", str(nameless), "--columns", "nom=who"])
    assert run.exit_code == 1 and "bad column map" in run.output


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("name\n\"KALESNIKAVA, Maryia Aliaksandrauna\"\n", ("KALESNIKAVA, Maryia Aliaksandrauna", None)),
        ("Surname;First name;Patronymic;Year of birth\nКолесникова;Мария;Александровна;1982\n",
         ("Колесникова, Мария Александровна", 1982)),
        ("full name\tdate of birth\tarticle\nIhar Losik\t12.03.1992\t342\n", ("Ihar Losik", 1992)),
    ],
)  # fmt: skip
def test_roster_layouts(text: str, expected: tuple[str, int | None]) -> None:
    rows, _unknown = parse_roster(text.encode(), source="layout.csv")
    assert (rows[0].name, rows[0].born) == expected


def test_unreadable_rosters_say_why(tmp_path: Path) -> None:
    for data, message in (
        (b"", "empty"),
        (b"\x00\x01PK\x03\x04", "binary"),
        ("name\nМарыя\n".encode("cp1251"), "not UTF-8"),
    ):
        with pytest.raises((RosterError, Exception)) as err:
            parse_roster(data, source="x.csv")
        assert message in str(err.value) + " ".join(getattr(err.value, "problems", []))
    with pytest.raises(Exception, match="missing.csv"):
        read_roster(tmp_path / "missing.csv")


def test_a_year_or_month_in_the_roster_stays_a_year_or_month() -> None:
    rows, _ = parse_roster(
        b"name,detained,released,status\nIhar Losik,2020,2025-06,released\n", source="x.csv"
    )
    assert (rows[0].detained_precision, rows[0].released_precision) == ("year", "month")
    result = Reconciliation(
        "x.csv", 1, [Entry("roster_only", 2, "Ihar Losik", None, None, roster_side(rows[0]))]
    )
    roster = json.loads(result.to_json())["entries"][0]["roster"]
    assert roster["date"] == "2025-06" and roster["evidence"].endswith("detained 2020, released 2025-06")
