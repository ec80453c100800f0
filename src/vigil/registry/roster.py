"""Importing a roster (a CSV list kept by a rights group) as accepted claims from source "roster".

All or nothing: every row is checked first, and a file with a bad row imports nothing and
names each bad line. Columns Vigil does not know are reported, not guessed at.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from vigil.errors import VigilError
from vigil.extract.en.numbers import parse_term
from vigil.registry import linking
from vigil.registry.claims import claim_id
from vigil.registry.models import Audit, Claim, Person
from vigil.registry.persons import StatusChange, refresh_status
from vigil.registry.settings import Settings
from vigil.registry.status import STATUSES
from vigil.registry.views import iso_date

__all__ = [
    "RosterError",
    "RosterReport",
    "RosterRow",
    "import_rows",
    "parse_columns",
    "parse_roster",
    "read_roster",
]

SOURCE = "roster"
_ALIASES = {
    "id": ("id", "vigil_id", "person_id"),
    "name": ("name", "full_name", "person", "fio", "фио", "имя", "імя", "прозвішча_імя", "name_surname"),
    "surname": ("surname", "last_name", "family_name", "lastname", "фамилия", "прозвішча"),
    "given": ("given", "given_name", "first_name", "firstname", "given_names", "first_names"),
    "patronymic": ("patronymic", "middle_name", "father_name", "отчество", "імя_па_бацьку"),
    "born": ("born", "birth_year", "year_of_birth", "date_of_birth", "dob", "год_рождения", "год_нараджэння"),
    "aliases": ("aliases", "alias", "other_names", "spellings"),
    "status": ("status", "статус", "state"),
    "detained": (
        "date_of_detention",
        "detained",
        "detention_date",
        "arrested",
        "arrest_date",
        "date_detained",
    ),
    "charges": ("charges", "charge", "articles", "article", "criminal_code", "статья", "артыкул"),
    "sentence": ("sentence", "term", "приговор", "прысуд", "срок"),
    "prison": ("prison", "colony", "place_of_detention", "held_in"),
    "released": ("release_date", "released", "date_of_release", "date_released"),
    "withheld": ("withheld", "name_withheld"),
}
_COLUMN = {alias: key for key, aliases in _ALIASES.items() for alias in aliases}
_STATUS_WORDS = {
    "in custody": "held",
    "imprisoned": "held",
    "detained": "held",
    "in prison": "held",
    "political prisoner": "held",
    "sentenced": "held",
    "convicted": "held",
    "freed": "released",
    "free": "released",
    "pardoned": "released",
    "served": "released",
    "died": "died_in_custody",
    "dead": "died_in_custody",
    "deported": "exiled",
    "expelled": "exiled",
}
_DMY = re.compile(r"^(\d{1,2})[./](\d{1,2})[./](\d{4})$")
_YMD = re.compile(r"^(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?$")


class RosterError(VigilError):
    """A roster that cannot be imported; `problems` lists each bad line."""

    status = 422

    def __init__(self, problems: list[str], *, source: str | None = None) -> None:
        super().__init__(f"{len(problems)} bad row(s); nothing imported", source=source)
        self.problems = problems


@dataclass(frozen=True)
class RosterRow:
    line: int
    name: str
    id: str | None = None
    aliases: tuple[str, ...] = ()
    status: str | None = None
    detained: date | None = None
    charges: str | None = None
    sentence: str | None = None
    term_months: int | None = None
    prison: str | None = None
    released: date | None = None
    withheld: bool = False
    born: int | None = None
    detained_precision: str | None = None  # "year" or "month" when the roster gives no day
    released_precision: str | None = None


@dataclass
class RosterReport:
    rows: int = 0
    persons_new: int = 0
    persons_linked: int = 0
    claims: int = 0
    unknown_columns: list[str] = field(default_factory=list)
    status_changes: list[StatusChange] = field(default_factory=list)


def _column(header: str) -> str:
    return re.sub(r"[\s\-]+", "_", header.strip().lower())


def _precision(text: str) -> str | None:
    """`2021` is a year and `2021-03` a month, never 1 January or the 1st."""
    m = _YMD.match(text.strip())
    return None if m is None or m[3] else "month" if m[2] else "year"


def _date(text: str) -> date:
    text = text.strip()
    if m := _DMY.match(text):
        return date(int(m[3]), int(m[2]), int(m[1]))
    if m := _YMD.match(text):
        return date(int(m[1]), int(m[2] or 1), int(m[3] or 1))
    raise ValueError(f"not a date: {text!r} (use YYYY-MM-DD)")


def parse_columns(spec: str | None) -> dict[str, str]:
    """A `--columns` map, `name=ФИО,status=State`: roster header -> Vigil field."""
    out: dict[str, str] = {}
    for item in (spec or "").split(","):
        if not item.strip():
            continue
        field_name, sep, header = item.partition("=")
        field_name = _column(field_name)
        if not sep or not header.strip() or field_name not in _ALIASES:
            raise VigilError(
                f"bad column map {item.strip()!r}: write FIELD=HEADER, FIELD one of {', '.join(_ALIASES)}"
            )
        out[header.strip()] = field_name
    return out


def _dialect(text: str) -> type[csv.Dialect] | csv.Dialect:
    """Commas, semicolons (spreadsheets in many locales) or tabs, as the header line uses them."""
    try:
        return csv.Sniffer().sniff(text.split("\n", 1)[0], delimiters=",;\t")
    except csv.Error:
        return csv.excel


def read_roster(path: Path, *, columns: dict[str, str] | None = None) -> tuple[list[RosterRow], list[str]]:
    """The roster's rows and its unknown columns; a RosterError naming every bad line.

    Headers are recognised in English, Russian and Belarusian (`name`, `ФИО`, `surname` + `first
    name` + `patronymic`, `birth year`, `article` ...); `columns` maps other headers to fields.
    """
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise VigilError(f"cannot read roster: {exc.strerror or exc}", source=str(path)) from exc
    return parse_roster(data, source=str(path), columns=columns)


def parse_roster(
    data: bytes, *, source: str, columns: dict[str, str] | None = None
) -> tuple[list[RosterRow], list[str]]:
    """`read_roster` over the bytes of an upload; `source` names it in every message."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise VigilError(
            f"cannot read roster: not UTF-8 text (byte {exc.start}); save it as CSV UTF-8", source=source
        ) from exc
    if "\x00" in text:
        raise VigilError("cannot read roster: a binary file, not CSV text", source=source)
    if not text.strip():
        raise RosterError(["line 1: the file is empty"], source=source)
    try:
        reader = csv.DictReader(io.StringIO(text), dialect=_dialect(text))
        headers = reader.fieldnames or []
    except csv.Error as exc:
        raise RosterError([f"line 1: {exc}"], source=source) from exc
    columns = columns or {}
    missing = [h for h in columns if h not in headers]
    if missing:
        raise RosterError(
            [f"line 1: no column {h!r} (header: {', '.join(headers)})" for h in missing], source=source
        )
    known = {
        h: columns.get(h) or _COLUMN[_column(h)] for h in headers if h in columns or _column(h) in _COLUMN
    }
    unknown = [h for h in headers if h not in known]
    if "name" not in known.values() and "surname" not in known.values():
        found = ", ".join(headers) or "nothing"
        raise RosterError(
            [f"line 1: no name column (header: {found}); name one with --columns name=HEADER"],
            source=source,
        )
    rows, problems = [], []
    try:
        for record in reader:
            line = reader.line_num
            values = {
                known[h]: (v or "").strip() for h, v in record.items() if h in known and isinstance(v, str)
            }
            if not any(values.values()):
                continue  # a blank line
            try:
                rows.append(_row(line, values))
            except ValueError as exc:
                problems.append(f"line {line}: {exc}")
    except csv.Error as exc:
        problems.append(f"line {reader.line_num}: {exc}")
    if problems:
        raise RosterError(problems, source=source)
    return rows, unknown


def _full_name(v: dict[str, str]) -> str:
    """The name column, or `SURNAME, Given Patronymic` built from separate columns."""
    if v.get("name"):
        return " ".join(v["name"].split())
    given = " ".join(x for x in (v.get("given"), v.get("patronymic")) if x)
    surname = v.get("surname", "")
    return " ".join(f"{surname}, {given}".split()) if surname and given else " ".join(surname.split())


def _year(text: str) -> int:
    found = re.findall(r"\b(1[89]\d\d|20\d\d)\b", text)
    if len(found) != 1:
        raise ValueError(f"cannot read the birth year {text!r} (write e.g. 1982)")
    return int(found[0])


def _row(line: int, v: dict[str, str]) -> RosterRow:
    name = _full_name(v)
    if not name:
        raise ValueError("no name")
    if not any(ch.isalpha() for ch in name):
        raise ValueError(f"the name {name!r} has no letters")
    status = v.get("status", "").lower().replace("-", "_") or None
    if status is not None:
        status = _STATUS_WORDS.get(status.replace("_", " ").strip(), status)
        if status not in STATUSES:
            raise ValueError(f"unknown status {v['status']!r} (one of {', '.join(STATUSES)})")
    term = None
    if sentence := v.get("sentence"):
        term = parse_term(sentence)
        if term is None:
            raise ValueError(f"cannot read the sentence {sentence!r} (write e.g. '5 years' or '18 months')")
    person_id = v.get("id") or None
    if person_id is not None and not person_id.startswith("vg-"):
        raise ValueError(f"id {person_id!r} is not a Vigil id (vg-…)")
    return RosterRow(
        line=line,
        name=name,
        id=person_id,
        aliases=tuple(a.strip() for a in re.split(r"[;|]", v.get("aliases", "")) if a.strip()),
        status=status,
        detained=_date(v["detained"]) if v.get("detained") else None,
        detained_precision=_precision(v.get("detained", "")),
        charges=v.get("charges") or None,
        sentence=v.get("sentence") or None,
        term_months=term,
        prison=v.get("prison") or None,
        released=_date(v["released"]) if v.get("released") else None,
        released_precision=_precision(v.get("released", "")),
        withheld=v.get("withheld", "").lower() in ("1", "yes", "true", "y"),
        born=_year(v["born"]) if v.get("born") else None,
    )


def _person(session: Session, row: RosterRow, now: datetime, report: RosterReport) -> str:
    if row.id is not None:
        person = session.get(Person, row.id)
        if person is None:
            raise VigilError(f"line {row.line}: no person {row.id}")
        report.persons_linked += 1
        return person.canonical_id
    chosen = linking.sure_match(row.name, linking.candidates(session, row.name))
    if chosen is not None:
        report.persons_linked += 1
        return chosen.person_id
    report.persons_new += 1
    return linking.new_person(session, row.name, seed=f"{SOURCE}:{row.name}", now=now, origin=SOURCE).id


def import_rows(
    session: Session, rows: list[RosterRow], *, user: str, now: datetime, settings: Settings
) -> RosterReport:
    """Store the rows' persons, spellings and claims (accepted, by `user`) in the caller's transaction."""
    report = RosterReport(rows=len(rows))
    touched: set[str] = set()
    for row in rows:
        person_id = _person(session, row, now, report)
        touched.add(person_id)
        for alias in (row.name, *row.aliases):
            linking.add_name(session, person_id, alias, origin=SOURCE)
        if row.withheld:
            session.get(Person, person_id).withheld = True  # type: ignore[union-attr]
        latest = max((d for d in (row.detained, row.released) if d), default=None)
        precision = {row.detained: row.detained_precision, row.released: row.released_precision}
        facts = [
            ("arrest", None, None, row.detained),
            ("sentence", row.sentence, row.term_months, row.detained) if row.sentence else None,
            ("release", None, None, row.released) if row.released else None,
            ("status", row.status, None, latest) if row.status else None,
            ("charges", row.charges, None, None) if row.charges else None,
            ("prison", row.prison, None, None) if row.prison else None,
            ("born", str(row.born), None, None) if row.born else None,  # tells namesakes apart
        ]
        if row.detained is None:
            facts[0] = None
        for fact in facts:
            if fact is None:
                continue
            kind, value, term, when = fact
            cid = claim_id(SOURCE, row.name, kind, value, term, when)
            if session.scalar(select(Claim.id).where(Claim.id == cid)) is not None:
                continue
            session.add(
                Claim(
                    id=cid,
                    person_id=person_id,
                    kind=kind,
                    value=value,
                    term_months=term,
                    date_text=iso_date(when, precision.get(when)),
                    date_precision=precision.get(when) if when else None,
                    event_date=when,
                    effective_date=when,
                    evidence=f"roster line {row.line}",
                    source=SOURCE,
                    origin=SOURCE,
                    state="accepted",
                    reviewer=user,
                    reviewed_at=now,
                    created_at=now,
                )
            )
            report.claims += 1
    session.flush()
    report.status_changes = refresh_status(session, touched, settings=settings, now=now)
    session.add(
        Audit(
            at=now,
            user=user,
            action="roster.import",
            target=None,
            detail=f'{{"rows": {report.rows}, "claims": {report.claims}}}',
        )
    )
    return report
