"""Read-only queries the web pages need beyond `registry.service`, on the registry's models.

Also the redaction of withheld names: public text (evidence sentences, article text, quotes)
passes through a `Redactor`, which blanks every spelling of a withheld person with `█`
characters of the same length, so character offsets stay valid.
"""

from __future__ import annotations

import re
import threading
import time
import weakref
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any, TypeVar

from sqlalchemy import Engine, Select, func, select
from sqlalchemy.orm import Session

from vigil.errors import NotFound
from vigil.names.forms import name_regex, spellings_pattern
from vigil.registry.headline import headlines
from vigil.registry.models import (
    Article,
    ArticleOutlet,
    Audit,
    Claim,
    GroupEvent,
    GroupMember,
    Mention,
    Person,
    PersonName,
)
from vigil.registry.persons import spellings
from vigil.registry.status import STATUS_KINDS
from vigil.registry.views import BLANK, WITHHELD, format_date
from vigil.web.schemas import (
    Annotation,
    ArticleDetail,
    ArticleSummary,
    EventOut,
    GroupEventOut,
    PersonRef,
    StatusChangeOut,
)

__all__ = [
    "BLANK",
    "Redactor",
    "article_detail",
    "cached",
    "count_people",
    "group_events",
    "latest_changes",
    "list_articles",
    "list_events",
    "public_redactor",
    "redactor",
]

T = TypeVar("T")
EVENT_KINDS = ("arrest", "sentence", "release", "deportation", "death")
_STATUS_KIND = {
    "held": ("arrest", "sentence"),
    "released": ("release",),
    "exiled": ("deportation",),
    "died_in_custody": ("death",),
}


@dataclass(frozen=True)
class Redactor:
    """Blanks withheld names in text; a no-op when nobody is withheld."""

    pattern: re.Pattern[str] | None
    withheld_ids: frozenset[str]

    def __call__(self, text: str | None) -> str | None:
        if text is None or self.pattern is None:
            return text
        return self.pattern.sub(lambda m: BLANK * len(m.group(0)), text)

    def name(self, person_id: str, name: str) -> str:
        return WITHHELD if person_id in self.withheld_ids else name


def redactor(session: Session) -> Redactor:
    """A redactor for every spelling (and the surname alone) of every withheld person."""
    ids = frozenset(session.scalars(select(Person.id).where(Person.withheld.is_(True))))
    words: set[str] = set()
    if ids:
        canonical = frozenset(session.scalars(select(Person.canonical_id).where(Person.id.in_(ids))))
        words = spellings(session, ids)
        ids = ids | canonical
    return Redactor(spellings_pattern(words), ids)


class _AuditCache:
    """Values reused while the audit log has not grown, and for at most `ttl` seconds.

    Every change to persons, names, claims or withheld flags (ingest, review, merge, split,
    roster import, withholding) writes an audit row, so the newest audit id is a cheap change
    marker. Finding withheld persons is a full table scan and counting statuses a few, too slow
    to repeat on every request at 100k persons.
    """

    def __init__(self, ttl: float = 30.0) -> None:
        self.ttl = ttl
        self.lock = threading.Lock()
        self.entries: dict[object, tuple[int | None, float, Any]] = {}

    def get(self, session: Session, key: object, compute: Callable[[], T]) -> T:
        marker = session.scalar(select(func.max(Audit.id)))
        now = time.monotonic()
        with self.lock:
            entry = self.entries.get(key)
        if entry is not None and entry[0] == marker and now - entry[1] < self.ttl:
            return entry[2]
        value = compute()
        with self.lock:
            if len(self.entries) > 64:
                self.entries.clear()
            self.entries[key] = (marker, now, value)
        return value


_caches: weakref.WeakKeyDictionary[Engine, _AuditCache] = weakref.WeakKeyDictionary()
_caches_lock = threading.Lock()


def cached(session: Session, key: object, compute: Callable[[], T]) -> T:
    """`compute()`, or its value from before if nothing was written since (see `_AuditCache`)."""
    engine = session.get_bind()
    assert isinstance(engine, Engine)
    with _caches_lock:
        cache = _caches.get(engine)
        if cache is None:
            cache = _caches[engine] = _AuditCache()
    return cache.get(session, key, compute)


def public_redactor(session: Session) -> Redactor:
    """The redactor for public answers, cached per database until the next write."""
    return cached(session, "redactor", lambda: redactor(session))


def count_people(session: Session, *, status: str | None) -> int:
    query = select(func.count()).select_from(Person).where(Person.id == Person.canonical_id)
    if status is not None:
        query = query.where(Person.status == status)
    return session.scalar(query) or 0


def _article_head(article: Article, redact: Redactor) -> dict[str, Any]:
    """The fields of `schemas._ArticleHead`: what a list and a page of articles both show of
    one, withheld names blanked in its title, source and address."""
    return {
        "id": article.id,
        "title": redact(article.title),
        "source": redact(article.source) or "",
        "url": redact(article.url),
        "published": article.published,
        "language": article.language,
    }


def list_articles(
    session: Session, *, limit: int, offset: int, redact: Redactor
) -> tuple[list[ArticleSummary], int]:
    """Stories (not their copies), newest first, with how many claims and persons each gave."""
    total = session.scalar(select(func.count()).where(Article.canonical_id.is_(None))) or 0
    claims = select(Claim.article_id, func.count().label("n")).group_by(Claim.article_id).subquery()
    persons = (
        select(Mention.article_id, func.count(func.distinct(Mention.person_id)).label("n"))
        .group_by(Mention.article_id)
        .subquery()
    )
    rows = session.execute(
        select(Article, func.coalesce(claims.c.n, 0), func.coalesce(persons.c.n, 0))
        .outerjoin(claims, claims.c.article_id == Article.id)
        .outerjoin(persons, persons.c.article_id == Article.id)
        .where(Article.canonical_id.is_(None))
        .order_by(Article.published.desc(), Article.id.desc())
        .limit(limit)
        .offset(offset)
    ).all()
    return [
        ArticleSummary(
            **_article_head(a, redact),
            claims=n_claims,
            persons=n_persons,
        )
        for a, n_claims, n_persons in rows
    ], total


def _occurrences(text: str, needle: str) -> list[tuple[int, int]]:
    """Where a name occurs in `text`, inflected forms of a Cyrillic name included."""
    return [(m.start(), m.end()) for m in re.finditer(name_regex(needle), text)]


def article_detail(session: Session, article_id: int, *, redact: Redactor) -> ArticleDetail:
    """An article's cleaned text with its persons, events and quotes as offset annotations."""
    article = session.get(Article, article_id)
    if article is None:
        raise NotFound(f"no article {article_id}")
    text = article.text
    annotations: list[Annotation] = []
    mentions = session.execute(
        select(Mention.name, Person.canonical_id)
        .join(Person, Person.id == Mention.person_id)
        .where(Mention.article_id == article.id)
    ).all()
    claims = session.execute(
        select(Claim, Person.canonical_id)
        .join(Person, Person.id == Claim.person_id)
        .where(Claim.article_id == article.id, Claim.state != "rejected")
        .order_by(Claim.evidence_start, Claim.id)
    ).all()
    cids = {row[1] for row in mentions} | {row[1] for row in claims}
    heads = headlines(session, list(session.scalars(select(Person).where(Person.id.in_(cids)))))
    seen: set[tuple[int, int]] = set()
    for mention, cid in sorted(mentions, key=lambda r: -len(r[0])):
        shown = redact.name(cid, heads[cid].name)
        needles = [mention]
        surname = mention.split()[-1] if len(mention.split()) > 1 else None
        if surname and len(surname) >= 4:
            needles.append(surname)
        for needle in needles:
            for span in _occurrences(text, needle):
                if any(s <= span[0] < e or s < span[1] <= e for s, e in seen):
                    continue
                seen.add(span)
                annotations.append(
                    Annotation(kind="person", start=span[0], end=span[1], label=shown, person_id=cid)
                )
    for claim, cid in claims:
        if claim.evidence_start is None or claim.evidence_end is None:
            continue
        who = redact.name(cid, heads[cid].name)
        if claim.kind == "quote":
            kind, label = "quote", f"quote by {who}"
        elif claim.kind in STATUS_KINDS:
            when = format_date(claim.effective_date, claim.date_precision)
            kind, label = "event", f"{claim.kind} of {who} ({when}, {claim.state})"
        else:
            continue
        annotations.append(
            Annotation(
                kind=kind,
                start=claim.evidence_start,
                end=claim.evidence_end,
                label=label,
                person_id=cid,
                claim_id=claim.id,
                state=claim.state,
            )
        )
    for group in session.scalars(select(GroupEvent).where(GroupEvent.article_id == article.id)):
        if group.evidence_start is not None and group.evidence_end is not None:
            annotations.append(
                Annotation(
                    kind="event",
                    start=group.evidence_start,
                    end=group.evidence_end,
                    label=f"{group.count:,} {group.type} (group event)",
                )
            )
    annotations = _merge_event_spans(annotations)
    annotations.sort(key=lambda a: (a.start, -a.end, a.kind))
    outlets = [
        {"outlet": redact(o.outlet), "source": redact(o.source), "url": redact(o.url)}
        for o in session.scalars(
            select(ArticleOutlet).where(ArticleOutlet.article_id == article.id).order_by(ArticleOutlet.id)
        )
    ]
    copies = [
        {"id": c.id, "source": redact(c.source), "url": redact(c.url), "published": c.published}
        for c in session.scalars(
            select(Article).where(Article.canonical_id == article.id).order_by(Article.id)
        )
    ]
    return ArticleDetail(
        **_article_head(article, redact),
        extractor_version=article.extractor_version,
        text=redact(text) or "",
        annotations=annotations,
        duplicates_removed=article.duplicates_removed,
        outlets=outlets,
        copies=copies,
        canonical_id=article.canonical_id,
    )


def _merge_event_spans(annotations: list[Annotation]) -> list[Annotation]:
    """One event annotation per evidence span, its label listing every fact told there."""
    out: list[Annotation] = []
    by_span: dict[tuple[int, int], Annotation] = {}
    for a in annotations:
        if a.kind != "event":
            out.append(a)
            continue
        key = (a.start, a.end)
        if key in by_span:
            first = by_span[key]
            first.label = f"{first.label}; {a.label}"
            continue
        by_span[key] = a
        out.append(a)
    return out


def _events_query(kind: str | None, since: date | None, until: date | None, state: str | None) -> Select:
    query = (
        select(Claim, Person.canonical_id, Person.name, Person.withheld)
        .join(Person, Person.id == Claim.person_id)
        .where(Claim.kind.in_(EVENT_KINDS), Claim.state != "rejected")
    )
    if kind:
        query = query.where(Claim.kind == kind)
    if state:
        query = query.where(Claim.state == state)
    if since:
        query = query.where(Claim.effective_date >= since)
    if until:
        query = query.where(Claim.effective_date <= until)
    return query


def list_events(
    session: Session,
    *,
    kind: str | None,
    since: date | None,
    until: date | None,
    state: str | None,
    limit: int,
    offset: int,
    redact: Redactor,
) -> tuple[list[EventOut], int]:
    """Status-changing claims about named persons, newest first."""
    query = _events_query(kind, since, until, state)
    total = session.scalar(select(func.count()).select_from(query.subquery())) or 0
    rows = session.execute(
        query.order_by(Claim.effective_date.desc(), Claim.id).limit(limit).offset(offset)
    ).all()
    return [
        EventOut(
            claim_id=c.id,
            type=c.kind,
            date=c.effective_date,
            date_precision=c.date_precision,
            person=PersonRef(id=cid, name=redact.name(cid, name)),
            term_months=c.term_months,
            place=c.value,
            state=c.state,
            evidence=redact(c.evidence),
            article_id=c.article_id,
        )
        for c, cid, name, _withheld in rows
    ], total


def latest_changes(session: Session, *, limit: int, redact: Redactor) -> list[StatusChangeOut]:
    """The persons whose status changed most recently, with the claim that decided it."""
    persons = list(
        session.scalars(
            select(Person)
            .where(Person.id == Person.canonical_id, Person.status != "unknown")
            .order_by(Person.status_date.desc(), Person.updated_at.desc(), Person.id)
            .limit(limit)
        )
    )
    if not persons:
        return []
    ids = [p.id for p in persons]
    claims: dict[str, list[tuple[Claim, str]]] = defaultdict(list)
    for claim, cid in session.execute(
        select(Claim, Person.canonical_id)
        .join(Person, Person.id == Claim.person_id)
        .where(Person.canonical_id.in_(ids), Claim.state == "accepted", Claim.kind.in_(EVENT_KINDS))
    ):
        claims[cid].append((claim, cid))
    heads = headlines(session, persons)
    out = []
    for p in persons:
        kinds = _STATUS_KIND.get(p.status, ())
        deciding = [c for c, _ in claims[p.id] if c.kind in kinds and c.effective_date == p.status_date]
        deciding.sort(key=lambda c: (c.article_id or 0, c.id))
        first = deciding[0] if deciding else None
        out.append(
            StatusChangeOut(
                person=PersonRef(
                    id=p.id,
                    name=redact.name(p.id, heads[p.id].name),
                    latin=None if p.id in redact.withheld_ids else heads[p.id].latin,
                ),
                status=p.status,
                date=p.status_date,
                date_precision=p.status_precision,
                sources=len({c.article_id or c.source for c in deciding}),
                article_id=first.article_id if first else None,
                evidence=redact(first.evidence) if first else None,
            )
        )
    return out


def group_events(session: Session, *, limit: int, redact: Redactor) -> list[GroupEventOut]:
    """Counted events ("123 released"), with how many of the people the registry can name."""
    groups = list(
        session.scalars(
            select(GroupEvent)
            .join(Article, Article.id == GroupEvent.article_id)
            .where(Article.canonical_id.is_(None))
            .order_by(GroupEvent.effective_date.desc(), GroupEvent.id.desc())
            .limit(limit)
        )
    )
    members: dict[int, list[PersonRef]] = defaultdict(list)
    if groups:
        for gid, cid, name in session.execute(
            select(GroupMember.group_event_id, Person.canonical_id, Person.name)
            .join(Person, Person.id == GroupMember.person_id)
            .where(GroupMember.group_event_id.in_([g.id for g in groups]))
            .order_by(Person.latin)
        ):
            members[gid].append(PersonRef(id=cid, name=redact.name(cid, name)))
    return [
        GroupEventOut(
            id=g.id,
            type=g.type,
            count=g.count,
            date=g.effective_date,
            date_precision=g.date_precision,
            named=len(members[g.id]),
            unidentified=max(g.count - len(members[g.id]), 0),
            persons=members[g.id],
            evidence=redact(g.evidence),
            article_id=g.article_id,
        )
        for g in groups
    ]


def review_context(session: Session, claim_ids: list[str], *, width: int = 220) -> dict[str, dict[str, Any]]:
    """For each claim: its article and the text around its evidence, to show it in context."""
    if not claim_ids:
        return {}
    rows = session.execute(
        select(Claim.id, Claim.article_id, Claim.evidence_start, Claim.evidence_end, Article.text)
        .join(Article, Article.id == Claim.article_id)
        .where(Claim.id.in_(claim_ids))
    ).all()
    out: dict[str, dict[str, Any]] = {}
    for cid, article_id, start, end, text in rows:
        context: dict[str, Any] = {"article_id": article_id}
        if start is not None and end is not None:
            lo, hi = max(0, start - width), min(len(text), end + width)
            lo = text.rfind("\n", lo, start) + 1 if "\n" in text[lo:start] else lo
            newline = text.find("\n", end, hi)
            hi = newline if newline != -1 else hi
            context.update(
                before=("…" if lo > 0 and text[lo - 1] != "\n" else "") + text[lo:start],
                evidence=text[start:end],
                after=text[end:hi] + ("…" if hi < len(text) and text[hi] != "\n" else ""),
            )
        out[cid] = context
    return out


def merge_pairs(session: Session, judgement_ids: list[int]) -> dict[int, list[dict[str, Any]]]:
    """For each merge proposal, both persons' facts (status, spellings, events) side by side."""
    from vigil.registry.models import Judgement

    if not judgement_ids:
        return {}
    edges = list(session.scalars(select(Judgement).where(Judgement.id.in_(judgement_ids))))
    record_ids = {e.left_id for e in edges} | {e.right_id for e in edges}
    persons = {p.id: p for p in session.scalars(select(Person).where(Person.id.in_(record_ids)))}
    names: dict[str, list[str]] = defaultdict(list)
    for pid, name in session.execute(
        select(PersonName.person_id, PersonName.name).where(PersonName.person_id.in_(record_ids))
    ):
        names[pid].append(name)
    events: dict[str, list[str]] = defaultdict(list)
    for pid, kind, when, state in session.execute(
        select(Claim.person_id, Claim.kind, Claim.effective_date, Claim.state)
        .where(Claim.person_id.in_(record_ids), Claim.kind.in_(EVENT_KINDS), Claim.state != "rejected")
        .order_by(Claim.effective_date)
    ):
        events[pid].append(f"{kind} {when.isoformat() if when else 'undated'} ({state})")
    out = {}
    for e in edges:
        side = []
        for pid in (e.left_id, e.right_id):
            p = persons.get(pid)
            if p is None:
                continue
            side.append(
                {
                    "id": p.canonical_id,
                    "name": p.name,
                    "status": p.status,
                    "spellings": sorted(set(names[pid])),
                    "events": events[pid],
                }
            )
        out[e.id] = side
    return out
