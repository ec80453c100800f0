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

__all__ = ["RosterError", "RosterReport", "RosterRow", "import_rows", "read_roster"]

SOURCE = "roster"
_ALIASES = {
    "id": ("id", "vigil_id", "person_id"),
    "name": ("name", "full_name", "person"),
    "aliases": ("aliases", "alias", "other_names", "spellings"),
    "status": ("status",),
    "detained": (
        "date_of_detention",
        "detained",
        "detention_date",
        "arrested",
        "arrest_date",
        "date_detained",
    ),
    "charges": ("charges", "charge", "articles"),
    "sentence": ("sentence", "term"),
    "prison": ("prison", "colony", "place_of_detention", "held_in"),
    "released": ("release_date", "released", "date_of_release", "date_released"),
    "withheld": ("withheld", "name_withheld"),
}
_COLUMN = {alias: key for key, aliases in _ALIASES.items() for alias in aliases}
_STATUS_WORDS = {
    "in custody": "held",
    "imprisoned": "held",
    "freed": "released",
    "died": "died_in_custody",
    "dead": "died_in_custody",
    "deported": "exiled",
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


def _date(text: str) -> date:
    text = text.strip()
    if m := _DMY.match(text):
        return date(int(m[3]), int(m[2]), int(m[1]))
    if m := _YMD.match(text):
        return date(int(m[1]), int(m[2] or 1), int(m[3] or 1))
    raise ValueError(f"not a date: {text!r} (use YYYY-MM-DD)")


def read_roster(path: Path) -> tuple[list[RosterRow], list[str]]:
    """The roster's rows and its unknown columns; a RosterError naming every bad line."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise VigilError(f"cannot read roster: {exc}", source=str(path)) from exc
    reader = csv.DictReader(io.StringIO(text))
    headers = reader.fieldnames or []
    known = {h: _COLUMN[_column(h)] for h in headers if _column(h) in _COLUMN}
    unknown = [h for h in headers if h not in known]
    if "name" not in known.values():
        raise RosterError(["line 1: no name column"], source=str(path))
    rows, problems = [], []
    for record in reader:
        line = reader.line_num
        values = {known[h]: (v or "").strip() for h, v in record.items() if h in known and isinstance(v, str)}
        try:
            rows.append(_row(line, values))
        except ValueError as exc:
            problems.append(f"line {line}: {exc}")
    if problems:
        raise RosterError(problems, source=str(path))
    return rows, unknown


def _row(line: int, v: dict[str, str]) -> RosterRow:
    name = " ".join(v.get("name", "").split())
    if not name:
        raise ValueError("no name")
    status = v.get("status", "").lower().replace("-", "_") or None
    if status is not None:
        status = _STATUS_WORDS.get(status.replace("_", " "), status)
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
        charges=v.get("charges") or None,
        sentence=v.get("sentence") or None,
        term_months=term,
        prison=v.get("prison") or None,
        released=_date(v["released"]) if v.get("released") else None,
        withheld=v.get("withheld", "").lower() in ("1", "yes", "true", "y"),
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
        facts = [
            ("arrest", None, None, row.detained),
            ("sentence", row.sentence, row.term_months, row.detained) if row.sentence else None,
            ("release", None, None, row.released) if row.released else None,
            ("status", row.status, None, latest) if row.status else None,
            ("charges", row.charges, None, None) if row.charges else None,
            ("prison", row.prison, None, None) if row.prison else None,
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
                    date_text=when.isoformat() if when else None,
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
