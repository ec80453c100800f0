"""Linking an article's person to a registry record, and keeping merges apart from matching.

Matching only *suggests* (nomenklatura's `suggest`): a mention joins a record on its own only
when exactly one person matches it surely; an uncertain match creates a new record and a
scored, explained `suggested` judgement for an editor. Editors' `positive`/`negative`
judgements decide which records form one person (`Person.canonical_id`).
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Select, or_, select, update
from sqlalchemy.orm import Session

from vigil.registry import names
from vigil.registry.models import Judgement, Mention, Person, PersonKey, PersonName, PersonWord

__all__ = [
    "Candidate",
    "Link",
    "add_name",
    "index_name",
    "candidates",
    "judge",
    "link",
    "name_words",
    "new_person",
    "recluster",
    "sure_match",
]

MAX_SUGGESTIONS = 3
CLEAR_LEAD = 0.05  # a sure match must beat the runner-up by this much to link on its own


@dataclass(frozen=True)
class Candidate:
    person_id: str  # canonical record
    name: str  # the spelling that matched best
    match: names.NameMatch


@dataclass(frozen=True)
class Link:
    person_id: str
    created: bool
    score: float | None = None
    suggested: tuple[str, ...] = ()


def new_person(session: Session, name: str, *, seed: str, now: datetime, origin: str) -> Person:
    """A fresh record; its `vg-` ID hashes `seed` so re-running a corpus gives the same IDs."""
    digest = hashlib.sha256(seed.encode()).hexdigest()
    pid, n = f"vg-{digest[:10]}", 0
    while session.get(Person, pid) is not None:
        n += 1
        pid = f"vg-{hashlib.sha256(f'{seed}#{n}'.encode()).hexdigest()[:10]}"
    person = Person(
        id=pid,
        name=name,
        latin=names.latin_key(name),
        withheld=False,
        canonical_id=pid,
        status="unknown",
        needs_review=False,
        created_at=now,
        updated_at=now,
    )
    session.add(person)
    add_name(session, pid, name, origin=origin, fresh=True)
    return person


def name_words(name: str) -> set[str]:
    """The words of a spelling's Latin form (what search prefixes match)."""
    return {word[:100] for word in names.latin_key(name).split()}


def _richer(a: str, b: str) -> bool:
    """Whether `a` is a fuller display name than `b` (more words; the first spelling wins ties)."""
    return len(a.split()) > len(b.split())


def add_name(session: Session, person_id: str, name: str, *, origin: str, fresh: bool = False) -> None:
    """Record a new spelling with its keys and words (a no-op for a known one); a fuller spelling
    becomes the display name. `fresh`: the record was just created, so nothing needs looking up."""
    name = " ".join(name.split())
    if not fresh:
        known = session.scalar(
            select(PersonName.id).where(PersonName.person_id == person_id, PersonName.name == name)
        )
        if known is not None:
            return
    session.add(PersonName(person_id=person_id, name=name, latin=names.latin_key(name), origin=origin))
    index_name(session, person_id, name, fresh=fresh)
    person = session.get(Person, person_id)
    if person is not None and _richer(name, person.name):
        person.name, person.latin = name, names.latin_key(name)


def index_name(session: Session, person_id: str, name: str, *, fresh: bool = False) -> None:
    """Add the blocking keys and search words of one spelling that the record lacks."""
    keys, words = names.name_keys(name), name_words(name)
    if not fresh:
        keys -= set(session.scalars(select(PersonKey.key).where(PersonKey.person_id == person_id)))
        words -= set(session.scalars(select(PersonWord.word).where(PersonWord.person_id == person_id)))
    session.add_all(PersonKey(key=key, person_id=person_id) for key in sorted(keys))
    session.add_all(PersonWord(word=word, person_id=person_id) for word in sorted(words))


def candidates(session: Session, name: str, *, near: bool = False) -> list[Candidate]:
    """Canonical persons sharing a blocking key with `name`, best match first.

    `near`: when no key is shared, also try the persons with a word starting with the surname's
    first three letters or equal to the first name, so a typo in a consonant (Kolesmikova,
    Vazilevich) still finds its person (for reconciling a typed list; ingest links on keys only)."""
    keys = names.name_keys(name)
    if not keys:
        return []
    found = _scored(session, name, select(PersonKey.person_id).where(PersonKey.key.in_(keys)))
    if found or not near:
        return found
    given, surname = names.split_name(name)
    prefix = names.latin_key(surname)[:3]
    first = names.latin_key(given.split()[0]) if given else ""
    words = [PersonWord.word.like(prefix + "%")] if len(prefix) == 3 else []
    words += [PersonWord.word == first] if len(first) > 2 else []
    if not words:
        return []
    return _scored(session, name, select(PersonWord.person_id).where(or_(*words)).limit(5000))


def _scored(session: Session, name: str, records: Select[tuple[str]]) -> list[Candidate]:
    rows = session.execute(
        select(Person.canonical_id, PersonName.name)
        .join(PersonName, PersonName.person_id == Person.id)
        .where(Person.canonical_id.in_(select(Person.canonical_id).where(Person.id.in_(records))))
    ).all()
    best: dict[str, Candidate] = {}
    for canonical, spelling in rows:
        match = names.compare_names(name, spelling)
        current = best.get(canonical)
        if current is None or match.score > current.match.score:
            best[canonical] = Candidate(canonical, spelling, match)
    found = [c for c in best.values() if c.match.score >= names.REVIEW_THRESHOLD or c.match.same]
    return sorted(found, key=lambda c: (-c.match.score, c.person_id))


def sure_match(name: str, found: list[Candidate]) -> Candidate | None:
    """The one candidate a mention surely belongs to, if any.

    A sure name match that clearly leads; or, for a surname-only mention ("Kalesnikava"), the
    only person in the registry whose surname matches it.
    """
    sure = [c for c in found if c.match.same and c.match.score >= names.SAME_THRESHOLD]
    if sure and (len(sure) == 1 or sure[0].match.score - sure[1].match.score >= CLEAR_LEAD):
        return sure[0]
    given, _surname = names.split_name(name)
    if given is None and len(found) == 1 and found[0].match.score >= names.REVIEW_THRESHOLD:
        return found[0]
    return None


def link(
    session: Session, *, article_id: int, name: str, seed: str, now: datetime, create: bool = True
) -> Link | None:
    """The record an article's person belongs to: its earlier link, one sure match, or a new record.

    With `create=False` only an earlier link or a sure match is used (None otherwise).
    """
    earlier = session.scalar(select(Mention).where(Mention.article_id == article_id, Mention.name == name))
    if earlier is not None:
        return Link(earlier.person_id, False, earlier.score)
    found = candidates(session, name)
    chosen = sure_match(name, found)
    if chosen is not None:
        session.add(
            Mention(
                article_id=article_id,
                name=name,
                person_id=chosen.person_id,
                method="matched",
                score=chosen.match.score,
            )
        )
        add_name(session, chosen.person_id, name, origin="article")
        return Link(chosen.person_id, False, chosen.match.score)
    if not create:
        return None
    person = new_person(session, name, seed=seed, now=now, origin="article")
    session.add(Mention(article_id=article_id, name=name, person_id=person.id, method="new", score=None))
    suggested = []
    for cand in found[:MAX_SUGGESTIONS]:
        session.add(
            Judgement(
                left_id=person.id,
                right_id=cand.person_id,
                judgement="suggested",
                score=cand.match.score,
                reasons=json.dumps([f"{name} ~ {cand.name}", *cand.match.reasons]),
                user="vigil",
                created_at=now,
            )
        )
        suggested.append(cand.person_id)
    session.flush()
    return Link(person.id, True, None, tuple(suggested))


def judge(
    session: Session, a: str, b: str, judgement: str, *, user: str, now: datetime, note: str | None = None
) -> Judgement:
    """Record an editor's decision on records `a` and `b`, retracting earlier edges between them."""
    session.execute(
        update(Judgement)
        .where(
            Judgement.deleted_at.is_(None),
            or_(
                (Judgement.left_id == a) & (Judgement.right_id == b),
                (Judgement.left_id == b) & (Judgement.right_id == a),
            ),
        )
        .values(deleted_at=now)
    )
    edge = Judgement(left_id=a, right_id=b, judgement=judgement, user=user, note=note, created_at=now)
    session.add(edge)
    session.flush()
    return edge


def recluster(session: Session, record_ids: set[str]) -> dict[str, str]:
    """Recompute `canonical_id` for the clusters touching `record_ids` from positive judgements.

    A cluster's canonical record is its oldest one. Answers record -> canonical for every record touched.
    """
    seen: set[str] = set()
    frontier = set(record_ids)
    edges: dict[str, set[str]] = defaultdict(set)
    while frontier:
        current = set(frontier)
        seen |= current
        members = set(
            session.scalars(
                select(Person.id).where(
                    Person.canonical_id.in_(select(Person.canonical_id).where(Person.id.in_(current)))
                )
            )
        )
        rows = session.execute(
            select(Judgement.left_id, Judgement.right_id).where(
                Judgement.judgement == "positive",
                Judgement.deleted_at.is_(None),
                or_(Judgement.left_id.in_(current | members), Judgement.right_id.in_(current | members)),
            )
        ).all()
        for left, right in rows:
            edges[left].add(right)
            edges[right].add(left)
        frontier = (members | {x for pair in rows for x in pair}) - seen
    persons = {p.id: p for p in session.scalars(select(Person).where(Person.id.in_(seen)))}
    result: dict[str, str] = {}
    unvisited = set(persons)
    while unvisited:
        start = min(unvisited)
        component, stack = set(), [start]
        while stack:
            node = stack.pop()
            if node in component:
                continue
            component.add(node)
            stack.extend(edges[node] - component)
        unvisited -= component
        canonical = min(component, key=lambda pid: (persons[pid].created_at, pid))
        for pid in component:
            persons[pid].canonical_id = canonical
            result[pid] = canonical
    session.flush()
    return result
