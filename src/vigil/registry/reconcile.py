"""Reconciling a rights group's roster with the registry: where the list and the news agree.

Every roster row is matched to a registry person (by `vg-` id, else by name through
`linking.candidates`), and each is sorted into one category:

* ``agree``: one person, the roster's status is the one the news gives;
* ``disagree``: one person, another status in the news (with the sentence, source and date of
  each side: "roster: held; news: released on 13 Dec 2025 — '... was freed on ...'");
* ``news_only``: persons the news gives a custody status and no roster row names (candidates to add);
* ``roster_only``: rows no registry person matches, or whose person the news never gives a status;
* ``ambiguous``: rows that fit several persons, or one only possibly (a typo?): an editor decides.

Nothing is written: the registry is read, the roster is compared. The news side is derived from
accepted article claims only (`status.derive`), so an imported roster cannot agree with itself.
"""

from __future__ import annotations

import csv
import io
import json
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from vigil.names.forms import spellings_pattern
from vigil.registry import linking
from vigil.registry.db import Database
from vigil.registry.models import Article, Claim, Mention, Person
from vigil.registry.persons import canonical, spellings, status_facts
from vigil.registry.roster import SOURCE, RosterRow, read_roster
from vigil.registry.settings import Settings
from vigil.registry.status import ClaimFact, Derived, derive
from vigil.registry.views import BLANK, WITHHELD, iso_date, plain

__all__ = [
    "CATEGORIES",
    "Candidate",
    "Entry",
    "Reconciliation",
    "Side",
    "reconcile",
    "reconcile_file",
    "roster_side",
    "roster_status",
]

CATEGORIES = ("agree", "disagree", "news_only", "roster_only", "ambiguous")
LABELS = {
    "agree": "agree",
    "disagree": "disagree",
    "news_only": "in the news only",
    "roster_only": "in the roster only",
    "ambiguous": "ambiguous",
}
#: a single candidate this close (a one-letter slip) is taken, flagged as a near spelling
NEAR = 0.84
_MAX_CANDIDATES = 5
_STATUS_OF = {"arrest": "held", "sentence": "held", "release": "released", "deportation": "exiled"}
_STATUS_OF["death"] = "died_in_custody"


@dataclass(frozen=True)
class Side:
    """What one side says: the status, its date, and the sentence and source that say it."""

    status: str
    date: date | None = None
    evidence: str | None = None
    source: str | None = None
    article_id: int | None = None
    claim_id: str | None = None
    date_precision: str | None = None  # day, week, month or year of `date` (None: day)


@dataclass(frozen=True)
class Candidate:
    person_id: str
    name: str
    score: float
    reasons: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Entry:
    category: str
    line: int | None  # the roster line; None for a person only the news names
    roster_name: str | None
    person_id: str | None
    person_name: str | None
    roster: Side | None = None
    news: Side | None = None
    match: str | None = None  # id, name, surname only, near spelling
    score: float | None = None
    reasons: list[str] = field(default_factory=list)
    candidates: list[Candidate] = field(default_factory=list)
    withheld: bool = False
    note: str = ""


@dataclass(frozen=True)
class Reconciliation:
    source: str
    rows: int
    entries: list[Entry]

    @property
    def counts(self) -> dict[str, int]:
        found = Counter(e.category for e in self.entries)
        return {category: found.get(category, 0) for category in CATEGORIES}

    def summary(self) -> str:
        """The counts as one line: `200 rows: 150 agree, 3 disagree, ...`."""
        counts = self.counts
        return f"{self.rows} rows: " + ", ".join(f"{counts[c]} {LABELS[c]}" for c in CATEGORIES)

    def to_json(self) -> str:
        data = {"source": self.source, "rows": self.rows, "counts": self.counts, "summary": self.summary()}
        data["entries"] = plain(self.entries)
        return json.dumps(data, ensure_ascii=False, indent=2)

    def to_csv(self) -> str:
        """One line per entry; each side's status, date, evidence and source in its own columns."""
        out = io.StringIO()
        writer = csv.writer(out)
        sides = ("status", "date", "evidence", "source")
        writer.writerow(
            [
                "category",
                "line",
                "roster_name",
                "person_id",
                "person_name",
                "match",
                "score",
                *(f"roster_{k}" for k in sides),
                *(f"news_{k}" for k in sides),
                "candidates",
                "note",
            ]
        )
        for e in self.entries:
            row: list[object] = [e.category, e.line or "", e.roster_name or "", e.person_id or ""]
            row += [e.person_name or "", e.match or "", "" if e.score is None else f"{e.score:.2f}"]
            for side in (e.roster, e.news):
                row += (
                    [side.status, iso_date(side.date, side.date_precision), side.evidence, side.source]
                    if side
                    else [""] * 4
                )
            row += ["; ".join(f"{c.person_id} {c.name} ({c.score:.2f})" for c in e.candidates), e.note]
            writer.writerow(row)
        return out.getvalue()


def roster_status(row: RosterRow) -> str:
    """The row's status; without one, a release date means released, else held (the list is of
    political prisoners)."""
    return row.status or ("released" if row.released else "held")


def roster_side(row: RosterRow, source: str = SOURCE) -> Side:
    """What the roster says of one row: its status, a date, and the row's words as evidence."""
    status = roster_status(row)
    released = status in ("released", "exiled") and row.released
    when = row.released if released else row.detained
    precision = row.released_precision if released else row.detained_precision
    said = [f"status {status}" if row.status else f"listed ({status} assumed)"]
    said += [
        f"{k} {iso_date(v, p)}"
        for k, v, p in (
            ("detained", row.detained, row.detained_precision),
            ("released", row.released, row.released_precision),
        )
        if v
    ]
    said += [
        f"{k} {v}" for k, v in (("article", row.charges), ("sentence", row.sentence), ("born", row.born)) if v
    ]
    return Side(status, when, f"line {row.line}: " + ", ".join(said), source, date_precision=precision)


def _born(session: Session) -> dict[str, set[int]]:
    """Birth years an imported roster gave, by canonical person."""
    rows = session.execute(
        select(Person.canonical_id, Claim.value)
        .join(Claim, Claim.person_id == Person.id)
        .where(Claim.kind == "born", Claim.state != "rejected")
    )
    out: dict[str, set[int]] = defaultdict(set)
    for cid, value in rows:
        if value and value.isdigit():
            out[cid].add(int(value))
    return out


def _candidates(session: Session, row: RosterRow) -> list[linking.Candidate]:
    """Persons whose names fit any of the row's spellings, best first (typos in consonants too)."""
    best: dict[str, linking.Candidate] = {}
    for spelling in (row.name, *row.aliases):
        for cand in linking.candidates(session, spelling, near=True):
            if cand.person_id not in best or cand.match.score > best[cand.person_id].match.score:
                best[cand.person_id] = cand
    return sorted(best.values(), key=lambda c: (-c.match.score, c.person_id))


def _choose(row: RosterRow, found: list[linking.Candidate]) -> tuple[linking.Candidate | None, str]:
    """The one person the row names and how it was told, or None (ambiguous or unmatched)."""
    chosen = linking.sure_match(row.name, found)
    if chosen is not None:
        return chosen, "name" if chosen.match.same else "surname only"
    if len(found) == 1 and found[0].match.score >= NEAR:
        return found[0], "near spelling"
    return None, ""


class _Blanker:
    """Withheld persons' spellings blanked out of evidence (as the public pages do)."""

    def __init__(self, session: Session, withheld: set[str]) -> None:
        words: set[str] = set()
        if withheld:
            words = spellings(session, select(Person.id).where(Person.canonical_id.in_(withheld)))
        self.pattern = spellings_pattern(words)

    def __call__(self, text: str | None) -> str | None:
        if not text or self.pattern is None:
            return text
        return self.pattern.sub(lambda m: BLANK * len(m.group(0)), text)


def _news_sides(
    session: Session,
    news_facts: dict[str, list[ClaimFact]],
    *,
    settings: Settings,
    blank: Callable[[str | None], str | None],
) -> dict[str, Side]:
    """What the news says of each person: the derived status, with the deciding claim's sentence,
    source and date (an undated status is dated by a dated report of the same status)."""
    derived: dict[str, Derived] = {}
    chosen: dict[str, str | None] = {}
    for pid, facts in news_facts.items():
        d = derived[pid] = derive(facts, window_days=settings.conflict_days)
        chosen[pid] = d.claims[0] if d.claims else None
        if d.date is None and not d.conflict:
            dated = [f for f in facts if f.date and _STATUS_OF.get(f.kind, f.value) == d.status]
            chosen[pid] = max(dated, key=lambda f: (f.date, f.id)).id if dated else chosen[pid]
    ids = sorted({c for c in chosen.values() if c})
    claims: dict[str, tuple[str | None, str, int | None, date | None, str | None]] = {}
    for start in range(0, len(ids), 500):
        rows = session.execute(
            select(
                Claim.id,
                Claim.evidence,
                Claim.source,
                Claim.article_id,
                Claim.effective_date,
                Claim.date_precision,
                Article.source,
            )
            .outerjoin(Article, Article.id == Claim.article_id)
            .where(Claim.id.in_(ids[start : start + 500]))
        )
        for cid, evidence, source, article_id, when, precision, article_source in rows:
            claims[cid] = (evidence, article_source or source, article_id, when, precision)
    sides = {}
    for pid, d in derived.items():
        found = claims.get(chosen[pid] or "")
        if found is None:
            sides[pid] = Side(d.status, d.date, date_precision=d.precision)
            continue
        evidence, source, article_id, when, precision = found
        sides[pid] = Side(
            d.status,
            d.date or when,
            blank(evidence),
            blank(source),
            article_id,
            chosen[pid],
            d.precision if d.date else precision,
        )
    return sides


def reconcile(
    db: Database,
    rows: list[RosterRow],
    *,
    source: str,
    settings: Settings | None = None,
    reveal_withheld: bool = False,
) -> Reconciliation:
    """Compare the roster's rows with the registry; every row lands in one category, and every
    person the news gives a status that no row names is a `news_only` entry."""
    settings = settings or Settings.from_env()
    with db.session() as session:
        return _reconcile(session, rows, source=source, settings=settings, reveal=reveal_withheld)


def reconcile_file(
    db: Database,
    path: Path,
    *,
    columns: dict[str, str] | None = None,
    settings: Settings | None = None,
    reveal_withheld: bool = False,
) -> Reconciliation:
    """`reconcile` over a roster CSV (read as `vigil import` reads it; a RosterError names bad rows)."""
    rows, _unknown = read_roster(path, columns=columns)
    return reconcile(db, rows, source=path.name, settings=settings, reveal_withheld=reveal_withheld)


def _reconcile(
    session: Session, rows: list[RosterRow], *, source: str, settings: Settings, reveal: bool
) -> Reconciliation:
    news_facts = status_facts(session, Claim.source != SOURCE)
    born = _born(session)
    persons = {p.id: p for p in session.scalars(select(Person).where(Person.id == Person.canonical_id))}

    def person(pid: str) -> Person:
        if pid not in persons:
            persons[pid] = canonical(session, pid)
        return persons[pid]

    matched: dict[int, tuple[str, str, float | None, list[str]]] = {}  # row line -> (person, how, score, why)
    pending: dict[int, list[Candidate]] = {}
    notes: dict[int, str] = {}
    for row in rows:
        if row.id is not None:
            if session.get(Person, row.id) is None:
                notes[row.line] = f"no person {row.id} in the registry"
                continue
            matched[row.line] = (person(row.id).id, "id", None, [f"roster id {row.id}"])
            continue
        found = _candidates(session, row)
        if row.born is not None:
            kept = [c for c in found if not born.get(c.person_id) or row.born in born[c.person_id]]
            if len(kept) < len(found):
                notes[row.line] = f"born {row.born}: other birth years ruled out"
            found = kept
        chosen, how = _choose(row, found)
        if chosen is not None:
            matched[row.line] = (chosen.person_id, how, chosen.match.score, list(chosen.match.reasons))
        elif found:
            pending[row.line] = [
                Candidate(c.person_id, c.name, c.match.score, list(c.match.reasons))
                for c in found[:_MAX_CANDIDATES]
            ]

    # two rows naming one person: different birth years make them two people (an editor decides)
    by_person: dict[str, list[RosterRow]] = defaultdict(list)
    for row in rows:
        if row.line in matched:
            by_person[matched[row.line][0]].append(row)
    for pid, group in by_person.items():
        if len(group) < 2:
            continue
        years = {r.born for r in group if r.born is not None}
        clash = len(years) > 1
        for r in group if clash else group[1:]:
            _, _, score, why = matched.pop(r.line)
            pending[r.line] = [Candidate(pid, person(pid).name, score or 1.0, why)]
            notes[r.line] = (
                "rows with different birth years match one person"
                if clash
                else f"the same person as line {group[0].line}"
            )

    withheld = {pid for pid in {m[0] for m in matched.values()} if person(pid).withheld}
    withheld |= {c.person_id for cands in pending.values() for c in cands if person(c.person_id).withheld}
    withheld |= {pid for pid in news_facts if person(pid).withheld}
    withheld |= {matched[r.line][0] for r in rows if r.withheld and r.line in matched}  # the list's own wish
    blank = (lambda text: text) if reveal else _Blanker(session, withheld)

    sides = _news_sides(session, news_facts, settings=settings, blank=blank)
    news_side = sides.get

    def shown(pid: str | None, name: str | None, row: RosterRow | None = None) -> str | None:
        hidden = (pid in withheld) or (row is not None and row.withheld)
        return WITHHELD if hidden and not reveal else name

    entries: list[Entry] = []
    for row in rows:
        roster = roster_side(row, source)
        if row.line in matched:
            pid, how, score, why = matched[row.line]
            news = news_side(pid)
            hidden = pid in withheld or row.withheld
            if news is None:
                mentioned = session.scalar(
                    select(Mention.id).where(
                        Mention.person_id.in_(select(Person.id).where(Person.canonical_id == pid))
                    )
                )
                note = "named in the news, no custody status reported" if mentioned else "never in the news"
                category = "roster_only"
            else:
                category = "agree" if news.status == roster.status else "disagree"
                note = "the news contradicts itself: see the review queue" if news.status == "unknown" else ""
            if how == "near spelling":
                note = "; ".join(x for x in (note, "matched on a near spelling: check") if x)
            entries.append(
                Entry(
                    category,
                    row.line,
                    shown(pid, row.name, row),
                    pid,
                    shown(pid, person(pid).name, row),
                    roster,
                    news,
                    how,
                    score,
                    why,
                    withheld=hidden,
                    note="; ".join(x for x in (notes.get(row.line, ""), note) if x),
                )
            )
        elif row.line in pending:
            cands = [
                Candidate(c.person_id, shown(c.person_id, c.name) or "", c.score, c.reasons)
                for c in pending[row.line]
            ]
            hidden = row.withheld or any(c.person_id in withheld for c in cands)
            entries.append(
                Entry(
                    "ambiguous",
                    row.line,
                    WITHHELD if hidden and not reveal else row.name,
                    None,
                    None,
                    roster,
                    candidates=cands,
                    withheld=hidden,
                    note=notes.get(row.line)
                    or "several persons fit, or one only possibly: an editor decides",
                )
            )
        else:
            entries.append(
                Entry(
                    "roster_only",
                    row.line,
                    WITHHELD if row.withheld and not reveal else row.name,
                    None,
                    None,
                    roster,
                    withheld=row.withheld,
                    note="; ".join(x for x in (notes.get(row.line, ""), "never in the news") if x),
                )
            )

    named = {m[0] for m in matched.values()} | {c.person_id for cs in pending.values() for c in cs}
    for pid in sorted(news_facts, key=lambda p: (person(p).latin, p)):
        if pid in named or person(pid).id != pid:
            continue
        news = news_side(pid)
        if news is None or news.status == "unknown" and not news.evidence:
            continue
        entries.append(
            Entry(
                "news_only",
                None,
                None,
                pid,
                shown(pid, person(pid).name),
                news=news,
                withheld=pid in withheld,
                note="not in the roster: a candidate to add",
            )
        )
    return Reconciliation(source, len(rows), entries)
