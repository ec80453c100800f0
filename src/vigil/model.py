"""The plain dataclasses every layer speaks: documents in, extractions out.

Offsets are character offsets into `Document.text`, the *cleaned* text.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, fields
from datetime import date
from functools import cache
from typing import Any

EVENT_TYPES = ("arrest", "sentence", "release", "deportation", "death")
DATE_PRECISIONS = ("day", "week", "month", "year")

Span = tuple[int, int]


@dataclass
class Document:
    """One article after reading and cleaning."""

    source: str
    text: str
    title: str | None = None
    published: date | None = None
    language: str | None = None
    outlet: str | None = None
    url: str | None = None
    author: str | None = None
    duplicates_removed: int = 0
    removed_paragraphs: list[str] = field(default_factory=list)


@dataclass
class PersonMention:
    """One individual named in one article, with every mention of them."""

    id: str
    name: str
    mentions: list[Span] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)


@dataclass
class Event:
    """A status-changing fact asserted by the article."""

    type: str
    persons: list[str] = field(default_factory=list)
    count: int | None = None
    group: str | None = None
    term_months: int | None = None
    date: str | None = None  # ISO, exactly as precise as the text: "2021", "2021-03", "2021-03-14"
    place: str | None = None
    agent: str | None = None
    evidence: Span = (0, 0)
    confidence: float = 0.5
    # where a member of a group event is named, when not in `evidence` ("Among those released was X")
    person_evidence: dict[str, Span] = field(default_factory=dict)
    date_precision: str | None = None  # day, week, month or year; None when undated
    # told in passing ("who had been detained", "was serving"): undated means *before* publication
    background: bool = False
    # "model" when no rule read it and the learned pair scorer stated it (`vigil.extract.suggest`),
    # with the model's probability as `score`; both None (and left out of the JSON) for the rules'
    origin: str | None = None
    score: float | None = None

    def evidence_for(self, person_id: str) -> Span:
        """The sentence that ties `person_id` to this event."""
        return self.person_evidence.get(person_id, self.evidence)


@dataclass
class SuggestedEvent:
    """An event no rule stated but a learned model finds likely (`vigil.extract.suggest`): for an
    editor to accept or reject, never counted as extracted. `score` is the model's probability."""

    type: str
    person: str
    score: float
    evidence: Span = (0, 0)


@dataclass
class Quote:
    """Direct speech; `speaker` is a person id or None when unresolved."""

    speaker: str | None
    text: str
    span: Span


@dataclass
class Extraction:
    """Everything extracted from one document."""

    document: Document
    persons: list[PersonMention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    extractor_version: str = ""
    suggested_events: list[SuggestedEvent] = field(default_factory=list)

    def person(self, pid: str) -> PersonMention | None:
        return next((p for p in self.persons if p.id == pid), None)

    def to_json(self) -> dict[str, Any]:
        """The extraction contract of `vigil extract --format jsonl`."""
        doc = self.document
        return {
            "source": doc.source,
            "language": doc.language,
            "title": doc.title,
            "published": doc.published.isoformat() if doc.published else None,
            "text": doc.text,
            "duplicates_removed": doc.duplicates_removed,
            "extractor_version": self.extractor_version,
            "persons": [_plain(p) for p in self.persons],
            "events": [_event_json(e) for e in self.events],
            "quotes": [_plain(q) for q in self.quotes],
            "suggested_events": [_plain(s) for s in self.suggested_events],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Extraction:
        published = data.get("published")
        doc = Document(
            source=data["source"],
            text=data["text"],
            title=data.get("title"),
            published=date.fromisoformat(published) if published else None,
            language=data.get("language"),
            duplicates_removed=data.get("duplicates_removed", 0),
        )
        return cls(
            document=doc,
            persons=[
                PersonMention(
                    p["id"], p["name"], [tuple(m) for m in p.get("mentions", [])], p.get("roles", [])
                )
                for p in data.get("persons", [])
            ],
            events=[
                Event(
                    **{
                        **e,
                        "evidence": tuple(e["evidence"]),
                        "person_evidence": {k: tuple(v) for k, v in e.get("person_evidence", {}).items()},
                    }
                )
                for e in data.get("events", [])
            ],
            quotes=[Quote(q.get("speaker"), q["text"], tuple(q["span"])) for q in data.get("quotes", [])],
            extractor_version=data.get("extractor_version", ""),
            suggested_events=[
                SuggestedEvent(s["type"], s["person"], s["score"], tuple(s["evidence"]))
                for s in data.get("suggested_events", [])
            ],
        )


def text_hash(text: str) -> str:
    """An article's identity in the registry: the SHA-256 of its cleaned text (hex). Here, not in
    the registry, because extraction workers skip known articles by it without the registry's code."""
    return hashlib.sha256(text.encode()).hexdigest()


def precision_of(value: str | None) -> str | None:
    """The precision an ISO value carries by its length (`2021` year, `2021-03` month, else day)."""
    if not value:
        return None
    return {4: "year", 7: "month"}.get(len(value), "day")


def _plain(obj: Any) -> dict[str, Any]:
    """A flat dataclass (strings, numbers, spans, and lists or dicts of them) as JSON types in new
    lists and dicts, without `asdict`'s deep copy of every value (slow for what it copies)."""
    out = {}
    for name in _field_names(type(obj)):
        value = getattr(obj, name)
        if isinstance(value, tuple):
            value = list(value)
        elif isinstance(value, list):
            value = [list(v) if isinstance(v, tuple) else v for v in value]
        elif isinstance(value, dict):
            value = {k: list(v) if isinstance(v, tuple) else v for k, v in value.items()}
        out[name] = value
    return out


def _event_json(event: Event) -> dict[str, Any]:
    """An event as JSON; `origin` and `score` only on a learned model's event (a rule's event
    reads as it did before the model stated any)."""
    out = _plain(event)
    if event.origin is None:
        del out["origin"], out["score"]
    return out


@cache
def _field_names(cls: type) -> tuple[str, ...]:
    """A dataclass's field names in order, read once per class (`fields` filters the class's
    fields anew at every call, twice per person, event and quote of every extraction)."""
    return tuple(f.name for f in fields(cls))
