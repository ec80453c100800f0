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
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Integer, Select, String, bindparam, literal, or_, select, union_all, update
from sqlalchemy.orm import Session

from vigil.names.compare import NameMatch, compare_names
from vigil.names.keys import name_keys
from vigil.names.parse import split_name
from vigil.names.thresholds import REVIEW_THRESHOLD, SAME_THRESHOLD
from vigil.names.translit import latin_key
from vigil.registry.models import Judgement, Mention, Person, PersonKey, PersonName, PersonWord

__all__ = [
    "ArticleLinker",
    "Candidate",
    "Link",
    "add_name",
    "index_name",
    "candidates",
    "free_id",
    "judge",
    "name_words",
    "new_person",
    "recluster",
    "seeded_id",
    "sure_match",
]

MAX_SUGGESTIONS = 3
CLEAR_LEAD = 0.05  # a sure match must beat the runner-up by this much to link on its own


@dataclass(frozen=True)
class Candidate:
    person_id: str  # canonical record
    name: str  # the spelling that matched best
    match: NameMatch


@dataclass(frozen=True)
class Link:
    person_id: str
    created: bool
    score: float | None = None
    suggested: tuple[str, ...] = ()


def seeded_id(seed: str) -> str:
    """The `vg-` ID a new record made from `seed` gets, unless another record holds it."""
    return f"vg-{hashlib.sha256(seed.encode()).hexdigest()[:10]}"


def free_id(seed: str, taken: Callable[[str], bool]) -> str:
    """The `vg-` ID for a new record made from `seed`: its hash, rehashed while `taken`."""
    pid, n = seeded_id(seed), 0
    while taken(pid):
        n += 1
        pid = f"vg-{hashlib.sha256(f'{seed}#{n}'.encode()).hexdigest()[:10]}"
    return pid


def _new_record(pid: str, name: str, now: datetime) -> dict[str, Any]:
    """A new record's columns: its own canonical record, status not yet derived."""
    return {
        "id": pid,
        "name": name,
        "latin": latin_key(name),
        "withheld": False,
        "canonical_id": pid,
        "status": "unknown",
        "status_date": None,
        "status_precision": None,
        "needs_review": False,
        "created_at": now,
        "updated_at": now,
    }


def new_person(session: Session, name: str, *, seed: str, now: datetime, origin: str) -> Person:
    """A fresh record; its `vg-` ID hashes `seed` so re-running a corpus gives the same IDs."""
    pid = free_id(seed, lambda pid: session.get(Person, pid) is not None)
    person = Person(**_new_record(pid, name, now))
    session.add(person)
    add_name(session, pid, name, origin=origin, fresh=True)
    return person


def name_words(name: str) -> set[str]:
    """The words of a spelling's Latin form (what search prefixes match)."""
    return {word[:100] for word in latin_key(name).split()}


def _richer(a: str, b: str) -> bool:
    """Whether `a` is a fuller display name than `b` (more words; the first spelling wins ties)."""
    return len(a.split()) > len(b.split())


def add_name(session: Session, person_id: str, name: str, *, origin: str, fresh: bool = False) -> None:
    """Record a new spelling with its keys and words (a no-op for a known one); a fuller spelling
    becomes the display name. `fresh`: the record was just created, so nothing needs looking up."""
    name = _spaced(name)
    if not fresh:
        known = session.scalar(
            select(PersonName.id).where(PersonName.person_id == person_id, PersonName.name == name)
        )
        if known is not None:
            return
    session.add(PersonName(person_id=person_id, name=name, latin=latin_key(name), origin=origin))
    index_name(session, person_id, name, fresh=fresh)
    if fresh:
        return  # the record was just made with this spelling as its name
    person = session.get(Person, person_id)
    if person is not None and _richer(name, person.name):
        person.name, person.latin = name, latin_key(name)


def index_name(session: Session, person_id: str, name: str, *, fresh: bool = False) -> None:
    """Add the blocking keys and search words of one spelling that the record lacks."""
    keys, words = name_keys(name), name_words(name)
    if not fresh:
        keys -= set(
            session.scalars(
                select(PersonKey.key).where(PersonKey.person_id == person_id, PersonKey.key.in_(sorted(keys)))
            )
        )
        words -= _known_words(session, person_id, words)
    session.add_all(PersonKey(key=key, person_id=person_id) for key in sorted(keys))
    session.add_all(PersonWord(word=word, person_id=person_id) for word in sorted(words))


def _known_words(session: Session, person_id: str, words: set[str]) -> set[str]:
    """Which of `words` the record has (looked up by the words: the primary key's order)."""
    if not words:
        return set()
    return set(
        session.scalars(
            select(PersonWord.word).where(
                PersonWord.person_id == person_id, PersonWord.word.in_(sorted(words))
            )
        )
    )


def candidates(session: Session, name: str, *, near: bool = False) -> list[Candidate]:
    """Canonical persons sharing a blocking key with `name`, best match first.

    `near`: when no key is shared, also try the persons with a word starting with the surname's
    first three letters or equal to the first name, so a typo in a consonant (Kolesmikova,
    Vazilevich) still finds its person (for reconciling a typed list; ingest links on keys only)."""
    keys = name_keys(name)
    if not keys:
        return []
    found = _scored(session, name, select(PersonKey.person_id).where(PersonKey.key.in_(keys)))
    if found or not near:
        return found
    given, surname = split_name(name)
    prefix = latin_key(surname)[:3]
    first = latin_key(given.split()[0]) if given else ""
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
    return _best(name, rows)


def _best(name: str, rows: Iterable[tuple[str, str]]) -> list[Candidate]:
    """From (canonical person, spelling) rows: each person's best-matching spelling (the first
    of equal ones), for the persons that match at least for review, best first."""
    best: dict[str, Candidate] = {}
    for canonical, spelling in rows:
        match = compare_names(name, spelling)
        current = best.get(canonical)
        if current is None or match.score > current.match.score:
            best[canonical] = Candidate(canonical, spelling, match)
    found = [c for c in best.values() if c.match.score >= REVIEW_THRESHOLD or c.match.same]
    return sorted(found, key=lambda c: (-c.match.score, c.person_id))


def sure_match(name: str, found: list[Candidate]) -> Candidate | None:
    """The one candidate a mention surely belongs to, if any.

    A sure name match that clearly leads; or, for a surname-only mention ("Kalesnikava"), the
    only person in the registry whose surname matches it.
    """
    sure = [c for c in found if c.match.same and c.match.score >= SAME_THRESHOLD]
    if sure and (len(sure) == 1 or sure[0].match.score - sure[1].match.score >= CLEAR_LEAD):
        return sure[0]
    given, _surname = split_name(name)
    if given is None and len(found) == 1 and found[0].match.score >= REVIEW_THRESHOLD:
        return found[0]
    return None


_KEYS = bindparam("keys", expanding=True)
_WITH_KEYS = (
    select(Person.canonical_id)
    .join(PersonKey, PersonKey.person_id == Person.id)
    .where(PersonKey.key.in_(_KEYS))
)
# One statement for an article's candidates: each record holding one of the keys (with the key),
# then every spelling of every person those records belong to (with its row ID, for the order).
_CANDIDATES = union_all(
    select(
        PersonKey.key,
        PersonKey.person_id,
        Person.canonical_id,
        literal(None, String).label("name"),
        literal(None, Integer).label("name_id"),
    )
    .join(Person, Person.id == PersonKey.person_id)
    .where(PersonKey.key.in_(_KEYS)),
    select(
        literal(None, String),
        PersonName.person_id,
        Person.canonical_id,
        PersonName.name,
        PersonName.id,
    )
    .join(PersonName, PersonName.person_id == Person.id)
    .where(Person.canonical_id.in_(_WITH_KEYS)),
)
_HELD_IDS = select(Person.id).where(Person.id.in_(bindparam("ids", expanding=True)))
_ROWS_OF = (Person, PersonName, PersonKey, PersonWord, Mention, Judgement)  # in foreign-key order


class ArticleLinker:
    """Links one article's persons to records, looking up the candidates of all its names at once.

    Each `link` decides exactly as if its name were looked up alone, after the names before it:
    the records, spellings and keys that earlier names of the article created or added join the
    candidates looked up for the article. So the registry is the one linking name by name would
    build, with one lookup per article instead of several statements per name; what the links
    add is inserted by `finish`, one statement per table, in the order it was decided.
    """

    def __init__(
        self, session: Session, *, article_id: int, mentioned: Iterable[str], new_article: bool
    ) -> None:
        self.session, self.article_id = session, article_id
        self._earlier: dict[str, Mention] = (
            {}
            if new_article  # an article stored in this transaction has no mention yet
            else {m.name: m for m in session.scalars(select(Mention).where(Mention.article_id == article_id))}
        )
        self._persons_of_key: dict[str, set[str]] = defaultdict(set)  # key -> canonical persons
        self._keys_of: dict[str, set[str]] = defaultdict(set)  # record -> its keys among the looked-up
        self._spellings: dict[str, list[str]] = defaultdict(list)  # canonical person -> spellings
        self._names_of: dict[str, set[str]] = defaultdict(set)  # record -> its spellings
        self._words_added: dict[str, set[str]] = defaultdict(set)  # record -> words added here
        self._taken: set[str] | None = None  # of the expected IDs, those records hold
        self._expected: set[str] = set()
        self._rows: dict[type, list[dict[str, Any]]] = {table: [] for table in _ROWS_OF}
        keys = set().union(*(name_keys(n) | name_keys(_spaced(n)) for n in mentioned))
        if not keys:
            return
        # What is pending in the session here (the article's outlet and audit rows) is nothing
        # this lookup reads, so it runs on the connection, without flushing them on their own.
        spellings = []
        for key, record, canonical, spelling, order in session.connection().execute(
            _CANDIDATES, {"keys": sorted(keys)}
        ):
            if key is not None:
                self._persons_of_key[key].add(canonical)
                self._keys_of[record].add(key)
            else:
                spellings.append((order, canonical, record, spelling))
        for _order, canonical, record, spelling in sorted(spellings):
            self._spellings[canonical].append(spelling)
            self._names_of[record].add(spelling)

    def candidates(self, name: str) -> list[Candidate]:
        """`candidates(session, name)`, from the article's lookup and what it added since."""
        persons = set().union(*(self._persons_of_key.get(key, ()) for key in name_keys(name)))
        return _best(name, ((p, spelling) for p in sorted(persons) for spelling in self._spellings[p]))

    def link(self, *, name: str, seed: str, now: datetime, create: bool = True) -> Link | None:
        """The record the person `name` belongs to: its earlier link, one sure match, or a new
        record (with `create=False`, None instead of a new record)."""
        earlier = self._earlier.get(name)
        if earlier is not None:
            return Link(earlier.person_id, False, earlier.score)
        found = self.candidates(name)
        chosen = sure_match(name, found)
        if chosen is not None:
            self._add(
                Mention,
                article_id=self.article_id,
                name=name,
                person_id=chosen.person_id,
                method="matched",
                score=chosen.match.score,
            )
            self._add_name(chosen.person_id, name)
            return Link(chosen.person_id, False, chosen.match.score)
        if not create:
            return None
        pid = free_id(seed, self._is_taken)
        spelling = _spaced(name)
        self._add(Person, **_new_record(pid, name, now))
        self._add(PersonName, person_id=pid, name=spelling, latin=latin_key(spelling), origin="article")
        for key in sorted(name_keys(spelling)):
            self._add(PersonKey, key=key, person_id=pid)
        for word in sorted(name_words(spelling)):
            self._add(PersonWord, word=word, person_id=pid)
        self._words_added[pid] |= name_words(spelling)
        self._indexed(pid, pid, spelling)
        self._add(Mention, article_id=self.article_id, name=name, person_id=pid, method="new", score=None)
        for cand in found[:MAX_SUGGESTIONS]:
            self._add(
                Judgement,
                left_id=pid,
                right_id=cand.person_id,
                judgement="suggested",
                score=cand.match.score,
                reasons=json.dumps([f"{name} ~ {cand.name}", *cand.match.reasons]),
                user="vigil",
                note=None,
                created_at=now,
                deleted_at=None,
            )
        return Link(pid, True, None, tuple(c.person_id for c in found[:MAX_SUGGESTIONS]))

    def finish(self) -> None:
        """Insert the records, spellings, keys, words, mentions and proposals the links made:
        one statement per table, records first, each table's rows in the order they were made."""
        connection = self.session.connection()
        for table, rows in self._rows.items():
            if rows:
                connection.execute(table.__table__.insert(), rows)  # type: ignore[attr-defined]
                rows.clear()

    def expect(self, seeds: Iterable[str]) -> None:
        """The seeds new records of this article may be made from: whether their IDs are taken
        is then looked up in one query, at the first new record."""
        self._expected.update(seeded_id(seed) for seed in seeds)

    def _add(self, table: type, **row: Any) -> None:
        self._rows[table].append(row)

    def _is_taken(self, pid: str) -> bool:
        if self._taken is None:
            held = self.session.connection().execute(_HELD_IDS, {"ids": sorted(self._expected)})
            self._taken = set(held.scalars())
        if pid in self._taken:
            return True
        return pid not in self._expected and self.session.get(Person, pid) is not None

    def _indexed(self, record: str, canonical: str, name: str) -> None:
        """Note a spelling (and its keys) the article gave a record, for the names after it."""
        for key in name_keys(name):
            self._persons_of_key[key].add(canonical)
            self._keys_of[record].add(key)
        self._spellings[canonical].append(name)
        self._names_of[record].add(name)
        if self._taken is not None:
            self._taken.add(record)

    def _add_name(self, person_id: str, name: str) -> None:
        """`add_name(session, person_id, name, origin="article")` for a canonical candidate,
        whose spellings and keys the article's lookup holds."""
        name = _spaced(name)
        if name in self._names_of[person_id]:
            return
        self._add(PersonName, person_id=person_id, name=name, latin=latin_key(name), origin="article")
        for key in sorted(name_keys(name) - self._keys_of[person_id]):
            self._add(PersonKey, key=key, person_id=person_id)
        words = name_words(name) - self._words_added[person_id]
        words -= _known_words(self.session, person_id, words)
        for word in sorted(words):
            self._add(PersonWord, word=word, person_id=person_id)
        self._words_added[person_id] |= words
        self._indexed(person_id, person_id, name)
        person = self.session.get(Person, person_id)
        if person is not None and _richer(name, person.name):
            person.name, person.latin = name, latin_key(name)


def _spaced(name: str) -> str:
    """A spelling as stored: single spaces."""
    return " ".join(name.split())


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
