"""The registry operations everyone calls; the CLI and the web app are thin shells over them.

Every function takes the `Database` and keyword-only arguments, and answers plain
dataclasses (see `views.py`); none prints.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import ColumnElement, false, func, intersect, or_, select, update
from sqlalchemy.orm import Session

from vigil.errors import Conflict, NotFound, VigilError
from vigil.model import Document, Extraction
from vigil.names.compare import compare_names
from vigil.names.keys import name_keys
from vigil.names.parse import split_name
from vigil.names.thresholds import REVIEW_THRESHOLD
from vigil.names.translit import latin_key
from vigil.registry import linking
from vigil.registry.claims import LEARNED_ORIGINS
from vigil.registry.db import Database, open_database
from vigil.registry.export import export_rows, to_csv, to_json
from vigil.registry.headline import headlines
from vigil.registry.ingesting import Copies, IngestReport, ItemResult, plan, store_items
from vigil.registry.models import (
    Article,
    Audit,
    Claim,
    Judgement,
    MonthlyCount,
    Person,
    PersonKey,
    PersonName,
    PersonWord,
    StatusCount,
    StatusDelta,
)
from vigil.registry.persons import canonical, members, refresh_status, status_facts
from vigil.registry.roster import RosterReport, import_rows, read_roster
from vigil.registry.settings import Settings
from vigil.registry.status import STATUS_KINDS, STATUSES, derive
from vigil.registry.views import (
    WITHHELD,
    PersonSummary,
    PersonView,
    ReviewItem,
    Stats,
    TimelineEntry,
    iso_date,
)

__all__ = [
    "decide",
    "export",
    "import_roster",
    "get_person",
    "ingest",
    "ingest_items",
    "list_people",
    "merge",
    "open_database",
    "review_items",
    "set_withheld",
    "split",
    "stats",
    "status_as_of_recomputed",
]

_KIND_ORDER = {kind: i for i, kind in enumerate(STATUS_KINDS)}


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def _audit(session: Session, *, user: str, action: str, target: str | None, **detail: object) -> None:
    session.add(
        Audit(
            at=_now(),
            user=user,
            action=action,
            target=target,
            detail=json.dumps(detail, default=str) if detail else None,
        )
    )


# --- ingest ---------------------------------------------------------------------------------


def ingest(
    db: Database,
    *,
    paths: Sequence[str | Path],
    published: date | None = None,
    allow_private: bool = False,
    extractor: object | None = None,
    settings: Settings | None = None,
    on_item: Callable[[ItemResult], None] | None = None,
) -> IngestReport:
    """Read, extract, link and store every article of `paths` (files, folders, URLs, feeds,
    corpora, `-`), one transaction per article."""
    from vigil.extract import Extractor
    from vigil.ingest.sources import iter_documents

    extractor = extractor or Extractor()
    copies = Copies(db)
    documents = iter_documents(paths, published=published, allow_private=allow_private)
    items = plan(db, documents, extractor=extractor, copies=copies)
    return store_items(db, items, settings=settings or Settings.from_env(), copies=copies, on_item=on_item)


def ingest_items(
    db: Database,
    *,
    items: Iterable[Extraction | Document],
    settings: Settings | None = None,
) -> IngestReport:
    """Store ready extractions (and documents not extracted), as `ingest` does after extracting."""
    return store_items(db, items, settings=settings or Settings.from_env())


# --- people ---------------------------------------------------------------------------------


def _prefix(word: str):  # type: ignore[no-untyped-def]
    """Words starting with `word`: an index range (any collation) narrowed by LIKE for exactness."""
    upper = word[:-1] + chr(ord(word[-1]) + 1)
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return (
        (PersonWord.word >= word)
        & (PersonWord.word < upper)
        & PersonWord.word.like(escaped + "%", escape="\\")
    )


def _search(session: Session, search: str) -> ColumnElement[bool]:
    """Persons with a spelling whose words start with the query's words (in Latin form), or whose
    name matches the query's across spellings and scripts (Kalesnikava finds Колесникова)."""
    words = sorted({w[:100] for w in latin_key(search).split()})
    conditions: list[ColumnElement[bool]] = []
    if words:
        by_words = [select(PersonWord.person_id).where(_prefix(w)) for w in words]
        records = intersect(*by_words) if len(by_words) > 1 else by_words[0]
        conditions.append(Person.id.in_(select(Person.canonical_id).where(Person.id.in_(records))))
    keys = name_keys(search)
    if keys:
        rows = session.execute(
            select(Person.canonical_id, PersonName.name)
            .join(PersonName, PersonName.person_id == Person.id)
            .join(PersonKey, PersonKey.person_id == Person.id)
            .where(PersonKey.key.in_(keys))
        )
        # a common surname brings many candidates: judge each surname once, then each given name
        query_given, query_surname = split_name(search)
        close: set[str] = set()
        by_surname: dict[str, bool] = {}
        verdicts: dict[tuple[str, str], bool] = {}
        parts: dict[str, tuple[str | None, str]] = {}
        for cid, spelling in rows:
            if cid in close:
                continue
            if spelling not in parts:
                parts[spelling] = split_name(spelling)
            given, surname = parts[spelling]
            if surname not in by_surname:
                by_surname[surname] = (
                    compare_names(search if query_given is None else query_surname, surname).score
                    >= REVIEW_THRESHOLD
                )
            if not by_surname[surname]:
                continue
            if query_given is None:
                close.add(cid)  # a surname alone: every compatible surname is a candidate
                continue
            key = ((given or "").casefold(), surname)
            if key not in verdicts:
                verdicts[key] = compare_names(search, spelling).score >= REVIEW_THRESHOLD
            if verdicts[key]:
                close.add(cid)
        if close:
            conditions.append(Person.id.in_(sorted(close)))
    return or_(*conditions) if conditions else false()


def list_people(
    db: Database,
    *,
    status: str | None = None,
    search: str | None = None,
    limit: int | None = None,
    offset: int = 0,
    reveal_withheld: bool = False,
) -> list[PersonSummary]:
    """Persons (one per real person), optionally by status and by any spelling in any script."""
    if status is not None and status not in STATUSES:
        raise VigilError(f"unknown status {status!r}; one of {', '.join(STATUSES)}")
    query = select(Person).where(Person.id == Person.canonical_id)
    if status is not None:
        query = query.where(Person.status == status)
    if search and not reveal_withheld:
        query = query.where(Person.withheld.is_(False))
    query = query.order_by(Person.latin, Person.id).offset(offset)
    if limit is not None:
        query = query.limit(limit)
    with db.session() as session:
        if search:
            query = query.where(_search(session, search))
        persons = list(session.scalars(query))
        heads = headlines(session, persons)
    return [
        PersonSummary(
            id=p.id,
            status=p.status,
            status_date=p.status_date,
            withheld=p.withheld,
            needs_review=p.needs_review,
            status_precision=p.status_precision,
            name=WITHHELD if hidden else heads[p.id].name,
            latin=None if hidden else heads[p.id].latin,
            aliases=[] if hidden else heads[p.id].others,
        )
        for p in persons
        for hidden in [p.withheld and not reveal_withheld]
    ]


def _resolve(session: Session, ref: str) -> Person:
    """A person by `vg-` id, else by exact spelling, else by a search that finds exactly one."""
    ref = ref.strip()
    if ref.startswith("vg-"):
        return canonical(session, ref)
    latin = latin_key(ref)
    exact = set(
        session.scalars(
            select(Person.canonical_id)
            .join(PersonName, PersonName.person_id == Person.id)
            .where(PersonName.latin == latin)
        )
    )
    found = exact or set(
        session.scalars(select(Person.id).where(Person.id == Person.canonical_id, _search(session, ref)))
    )
    if not found:
        raise NotFound(f"no person matches {ref!r}")
    if len(found) > 1:
        options = session.execute(
            select(Person.id, Person.name).where(Person.id.in_(found)).order_by(Person.id)
        )
        raise Conflict(f"{ref!r} matches several persons: " + "; ".join(f"{i} {n}" for i, n in options))
    return canonical(session, found.pop())


def get_person(db: Database, *, ref: str, reveal_withheld: bool = True) -> PersonView:
    """A person's status, spellings, roles and timeline, each entry with its evidence and source."""
    with db.session() as session:
        person = _resolve(session, ref)
        records = members(session, person.id)
        # (a learned model's suggestion stays in the review queue until an editor accepts it: a
        # person's page, the API and `vigil person` show what the rules stated or editors confirmed)
        # (nor does an event the learned model stated, origin "model", until an editor accepts it)
        unreviewed_suggestion = Claim.origin.in_(LEARNED_ORIGINS) & (Claim.state == "proposed")
        claims = list(
            session.scalars(
                select(Claim).where(
                    Claim.person_id.in_(records), Claim.state != "rejected", ~unreviewed_suggestion
                )
            )
        )
        head = headlines(session, [person])[person.id]
        derived = derive(
            status_facts(session, Person.canonical_id == person.id)[person.id],
            window_days=Settings.from_env().conflict_days,
        )
    hidden = person.withheld and not reveal_withheld
    stories: dict[tuple[str, date | None], set[str]] = defaultdict(set)
    for c in claims:
        stories[(c.kind, c.effective_date)].add(str(c.article_id) if c.article_id else c.source)
    events = sorted(
        (c for c in claims if c.kind in STATUS_KINDS),
        key=lambda c: (
            c.effective_date or date.min,
            c.article_id or 0,
            c.evidence_start or 0,
            _KIND_ORDER[c.kind],
            c.id,
        ),
    )
    timeline = [
        TimelineEntry(
            claim_id=c.id,
            kind=c.kind,
            date=c.effective_date,
            date_source="event" if c.event_date else "article" if c.effective_date else "none",
            term_months=c.term_months,
            value=c.value,
            evidence=c.evidence,
            source=c.source,
            article_id=c.article_id,
            state=c.state,
            reviewer=c.reviewer,
            confidence=c.confidence,
            sources=len(stories[(c.kind, c.effective_date)]),
            date_precision=c.date_precision if c.effective_date else None,
            background=c.background,
        )
        for c in events
    ]
    roles = sorted({c.value for c in claims if c.kind == "role" and c.value})
    quotes = [
        {"text": c.value, "source": c.source, "article_id": c.article_id} for c in claims if c.kind == "quote"
    ]
    facts = [
        {"kind": c.kind, "value": c.value, "source": c.source}
        for c in claims
        if c.kind not in STATUS_KINDS and c.kind not in ("role", "quote")
    ]
    return PersonView(
        id=person.id,
        name=WITHHELD if hidden else head.name,
        latin=None if hidden else head.latin,
        status=person.status,
        status_date=person.status_date,
        needs_review=person.needs_review,
        withheld=person.withheld,
        aliases=[] if hidden else head.others,
        roles=roles,
        records=records,
        timeline=timeline,
        quotes=quotes,
        facts=facts,
        status_precision=person.status_precision,
        status_claim=derived.claims[0] if derived.claims and not derived.conflict else None,
        status_reason=derived.reason,
        conflicts=list(derived.claims) if derived.conflict else [],
    )


def set_withheld(db: Database, *, person_id: str, withheld: bool, user: str) -> None:
    """Mark a person's name withheld (family request) or shown again."""
    with db.session(write=True) as session:
        person = canonical(session, person_id)
        for record in session.scalars(select(Person).where(Person.canonical_id == person.id)):
            record.withheld = withheld
        _audit(session, user=user, action="person.withheld" if withheld else "person.shown", target=person.id)


# --- stats ----------------------------------------------------------------------------------


def stats(db: Database, *, as_of: date | None = None, settings: Settings | None = None) -> Stats:
    """Counts by status (now, or as of a date), and persons arrested and released per month."""
    settings = settings or Settings.from_env()
    with db.session() as session:
        counts = session.execute(select(StatusCount.status, StatusCount.withheld, StatusCount.n)).all()
        by_status: Counter[str] = Counter()
        for status, _withheld, n in counts:
            by_status[status] += n
        if as_of is not None:
            by_status = _status_as_of(session, as_of, sum(n for _s, _w, n in counts))
        per = _per_month(session, as_of)
        articles = session.scalar(select(func.count()).select_from(Article)) or 0
        proposed = session.scalar(select(func.count()).where(Claim.state == "proposed")) or 0
    return Stats(
        as_of=as_of,
        persons=sum(n for _s, _w, n in counts),
        by_status={s: by_status.get(s, 0) for s in STATUSES},
        withheld=sum(n for _s, withheld, n in counts if withheld),
        articles=articles,
        proposed=proposed,
        per_month=[{"month": m, **per[m]} for m in sorted(per)],
    )


def _per_month(session: Session, as_of: date | None) -> dict[str, dict[str, int]]:
    """Persons with an accepted arrest/release claim per month, from the trigger-kept table; as of
    a date, whole months before it from the table and its own month counted from the claims."""
    per: dict[str, dict[str, int]] = defaultdict(lambda: {"arrests": 0, "releases": 0})
    label = {"arrest": "arrests", "release": "releases"}
    months = select(MonthlyCount.kind, MonthlyCount.month, MonthlyCount.n).where(MonthlyCount.n > 0)
    if as_of is not None:
        months = months.where(MonthlyCount.month < f"{as_of:%Y-%m}")
    for kind, month, n in session.execute(months):
        per[month][label[kind]] = n
    if as_of is None:
        return per
    for kind, n in session.execute(
        select(Claim.kind, func.count(func.distinct(Claim.person_id)))
        .where(
            Claim.kind.in_(tuple(label)),
            Claim.state == "accepted",
            Claim.effective_date >= as_of.replace(day=1),
            Claim.effective_date <= as_of,
        )
        .group_by(Claim.kind)
    ):
        if n:
            per[f"{as_of:%Y-%m}"][label[kind]] = n
    return per


def _status_as_of(session: Session, as_of: date, total: int) -> Counter[str]:
    """Counts by status as of a date: the sums of the status intervals' beginnings and ends up to
    that day (`status_deltas`); persons with no known status then are `unknown`.
    `status_as_of_recomputed` is the slow reference."""
    rows = session.execute(
        select(StatusDelta.status, func.sum(StatusDelta.n))
        .where(StatusDelta.day <= as_of, StatusDelta.status != "unknown")
        .group_by(StatusDelta.status)
    )
    counts: Counter[str] = Counter({status: int(n) for status, n in rows if n})
    counts["unknown"] = total - sum(counts.values())
    return counts


def status_as_of_recomputed(db: Database, *, as_of: date, settings: Settings | None = None) -> Counter[str]:
    """Counts by status as of a date by re-deriving every person's status from the claims dated on
    or before it: what the status intervals must agree with (tests and benchmarks)."""
    settings = settings or Settings.from_env()
    with db.session() as session:
        dated = or_(Claim.effective_date.is_(None), Claim.effective_date <= as_of)
        facts = status_facts(session, dated)
        everyone = session.scalars(select(Person.id).where(Person.id == Person.canonical_id))
        return Counter(derive(facts[pid], window_days=settings.conflict_days).status for pid in everyone)


# --- review, merge, split -------------------------------------------------------------------


def review_items(
    db: Database, *, limit: int | None = None, settings: Settings | None = None
) -> list[ReviewItem]:
    """What needs an editor: contradictions, merge proposals, then proposed claims (surest first)."""
    settings = settings or Settings.from_env()
    items: list[ReviewItem] = []
    with db.session() as session:
        for person in session.scalars(
            select(Person).where(Person.needs_review.is_(True), Person.id == Person.canonical_id)
        ):
            facts = status_facts(session, Person.canonical_id == person.id)[person.id]
            derived = derive(facts, window_days=settings.conflict_days)
            shown = list(
                session.scalars(select(Claim).where(Claim.id.in_(derived.claims)).order_by(Claim.id))
            )
            items.append(
                ReviewItem(
                    id=f"cf-{person.id}",
                    type="conflict",
                    person_id=person.id,
                    person_name=person.name,
                    summary="contradicting claims: "
                    + ", ".join(
                        f"{c.kind} {iso_date(c.effective_date, c.date_precision) or '?'} ({c.id})"
                        for c in shown
                    ),
                    reasons=[f"{c.id}: {c.evidence}" for c in shown],
                )
            )
        persons = {
            p.id: p
            for p in session.scalars(
                select(Person).where(
                    Person.id.in_(
                        select(Judgement.left_id)
                        .where(Judgement.judgement == "suggested", Judgement.deleted_at.is_(None))
                        .union(
                            select(Judgement.right_id).where(
                                Judgement.judgement == "suggested", Judgement.deleted_at.is_(None)
                            )
                        )
                    )
                )
            )
        }
        suggestions = session.scalars(
            select(Judgement)
            .where(Judgement.judgement == "suggested", Judgement.deleted_at.is_(None))
            .order_by(Judgement.score.desc(), Judgement.id)
        )
        heads = {
            p.id: p
            for p in session.scalars(
                select(Person).where(Person.id.in_({p.canonical_id for p in persons.values()}))
            )
        }
        for edge in suggestions:
            left, right = persons[edge.left_id], persons[edge.right_id]
            if left.canonical_id == right.canonical_id or not _may_be_one(
                left, right, heads[left.canonical_id], heads[right.canonical_id]
            ):
                continue
            items.append(
                ReviewItem(
                    id=f"mg-{edge.id}",
                    type="merge",
                    person_id=left.canonical_id,
                    person_name=left.name,
                    summary=f"same person? {left.name} ({left.canonical_id})"
                    f" and {right.name} ({right.canonical_id})",
                    confidence=edge.score,
                    reasons=json.loads(edge.reasons or "[]"),
                )
            )
        proposed = session.execute(
            select(Claim, Person.canonical_id, Person.name)
            .join(Person, Person.id == Claim.person_id)
            .where(Claim.state == "proposed")
            # the rules' claims first; the learned model's events, then its suggestions after them
            # (another scale)
            .order_by(Claim.origin == "suggested", Claim.origin == "model", Claim.confidence.desc(), Claim.id)
        ).all()
        for claim, cid, name in proposed:
            items.append(
                ReviewItem(
                    id=claim.id,
                    type="claim",
                    person_id=cid,
                    person_name=name,
                    summary=" ".join(
                        (claim.kind, iso_date(claim.effective_date, claim.date_precision) or "undated")
                    )
                    + (f", term {claim.term_months} months" if claim.term_months else "")
                    + _origin_note(claim),
                    evidence=claim.evidence,
                    source=claim.source,
                    confidence=claim.confidence,
                    sensitive=claim.kind == "death",
                    suggested=claim.origin == "suggested",
                    model=claim.origin == "model",
                )
            )
    return items[:limit] if limit is not None else items


def _origin_note(claim: Claim) -> str:
    """What the review queue says of a claim no rule stated."""
    if claim.origin == "suggested":
        return " (suggested by a learned model; no rule stated it)"
    if claim.origin == "model":
        return f" (stated by the model, score {claim.confidence or 0:.2f}, no rule read it)"
    return ""


def _may_be_one(left: Person, right: Person, left_head: Person, right_head: Person) -> bool:
    """Whether a merge proposal still makes sense once earlier merges have grown its records.

    "Kalesnikava" may be Maria or Anna Kolesnikova; once an editor has merged it into Maria,
    the proposal to merge it with Anna would merge Maria with Anna: when a record now belongs
    to another person, the names of the two persons as they now stand must still be able to
    name one person. A proposal between two records that are persons themselves stands."""
    if left_head.id == left.id and right_head.id == right.id:
        return True
    return compare_names(left_head.name, right_head.name).score >= REVIEW_THRESHOLD


def decide(
    db: Database,
    *,
    item_id: str,
    accept: bool,
    user: str,
    note: str | None = None,
    settings: Settings | None = None,
    override: bool = False,
) -> str:
    """Accept or reject a proposed claim (`cl-…`) or merge (`mg-…`); answers what was done.

    A claim another editor already decided raises Conflict unless `override`.
    """
    settings = settings or Settings.from_env()
    if item_id.startswith("mg-"):
        with db.session() as session:
            edge = session.get(Judgement, int(item_id[3:])) if item_id[3:].isdigit() else None
            if edge is None or edge.judgement != "suggested":
                raise NotFound(f"no merge proposal {item_id}")
            left, right = edge.left_id, edge.right_id
        if accept:
            return "merged into " + merge(db, a=right, b=left, user=user, note=note, settings=settings)
        with db.session(write=True) as session:
            linking.judge(session, left, right, "negative", user=user, now=_now(), note=note)
            _audit(
                session, user=user, action="merge.reject", target=item_id, left=left, right=right, note=note
            )
        return f"kept apart: {left} and {right}"
    if item_id.startswith("cf-"):
        raise VigilError(f"{item_id} is a contradiction: accept or reject the claims it lists")
    state = "accepted" if accept else "rejected"
    with db.session(write=True) as session:
        # Compare-and-set: another editor's decision is not silently overwritten; the second of
        # two editors gets a Conflict (409).
        mine = or_(Claim.reviewer.is_(None), Claim.reviewer == user) if not override else Claim.id == item_id
        done = session.execute(
            update(Claim)
            .where(Claim.id == item_id, mine)
            .values(state=state, reviewer=user, note=note, reviewed_at=_now())
            .execution_options(synchronize_session=False)
        )
        claim = session.get(Claim, item_id)
        if claim is None:
            raise NotFound(f"no claim or proposal {item_id}")
        if not done.rowcount:  # type: ignore[attr-defined]
            raise Conflict(
                f"{item_id} was already {claim.state} by {claim.reviewer}"
                f" at {claim.reviewed_at:%Y-%m-%d %H:%M} UTC; reload to see it"
            )
        _audit(session, user=user, action=f"claim.{claim.state}", target=claim.id, note=note)
        refresh_status(session, [claim.person_id], settings=settings, now=_now())
        return f"{claim.state}: {claim.kind} of {claim.person_id}"


def merge(
    db: Database, *, a: str, b: str, user: str, note: str | None = None, settings: Settings | None = None
) -> str:
    """Judge records `a` and `b` one person; answers the merged person's id."""
    settings = settings or Settings.from_env()
    with db.session(write=True) as session:
        pa, pb = canonical(session, a), canonical(session, b)
        if pa.id == pb.id:
            raise Conflict(f"{a} and {b} are already one person ({pa.id})")
        linking.judge(session, pa.id, pb.id, "positive", user=user, now=_now(), note=note)
        result = linking.recluster(session, {pa.id, pb.id})
        refresh_status(session, result, settings=settings, now=_now())
        _audit(session, user=user, action="merge", target=result[pa.id], a=a, b=b, note=note)
        return result[pa.id]


def split(
    db: Database,
    *,
    person_id: str,
    articles: list[int] | None = None,
    user: str,
    note: str | None = None,
    settings: Settings | None = None,
) -> list[str]:
    """Undo a merge of record `person_id`, or move what `articles` said into a new person.

    Answers the ids of the persons that result. The editor's decision is kept as negative
    judgements (and editor-made mention links), so re-ingesting does not join them again.
    """
    from vigil.registry.splitting import split_articles, split_record

    settings = settings or Settings.from_env()
    with db.session(write=True) as session:
        if articles:
            result = split_articles(session, person_id, articles, user=user, now=_now(), note=note)
        else:
            result = split_record(session, person_id, user=user, now=_now(), note=note)
        refresh_status(session, result, settings=settings, now=_now())
        _audit(
            session, user=user, action="split", target=person_id, articles=articles, note=note, result=result
        )
        return result


# --- roster and export ----------------------------------------------------------------------


def import_roster(db: Database, *, path: Path, user: str, settings: Settings | None = None) -> RosterReport:
    """Import a roster CSV as accepted claims from source "roster": every row, or none."""
    rows, unknown = read_roster(path)
    with db.session(write=True) as session:
        report = import_rows(session, rows, user=user, now=_now(), settings=settings or Settings.from_env())
    report.unknown_columns = unknown
    return report


def export(db: Database, *, format: str) -> str:
    """The registry as `csv` or `json` text; withheld persons are counted but not named."""
    if format not in ("csv", "json"):
        raise VigilError(f"unknown export format {format!r}; csv or json")
    with db.session() as session:
        rows = export_rows(session)
    return to_csv(rows) if format == "csv" else to_json(rows)
