"""Hand-built extractions for registry tests: deterministic and fast, no NLP model."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import func, select, text

from vigil.model import Document, Event, Extraction, PersonMention
from vigil.registry.db import Database
from vigil.registry.models import Base

DAY = date(2025, 12, 13)


def article(
    source: str,
    body: str,
    events: list[tuple[str, list[str], dict[str, Any]]],
    *,
    published: date | None = DAY,
    version: str = "t1",
    roles: dict[str, list[str]] | None = None,
    language: str = "en",
) -> Extraction:
    """An extraction of `body`; each event names persons by the spelling used in the body."""
    persons: dict[str, PersonMention] = {}
    out_events = []
    for kind, named, extra in events:
        ids = []
        for name in named:
            if name not in persons:
                start = body.index(name)
                persons[name] = PersonMention(
                    f"p{len(persons) + 1}", name, [(start, start + len(name))], (roles or {}).get(name, [])
                )
            ids.append(persons[name].id)
        first = body.index(named[0]) if named else 0
        start = body.rfind(".", 0, first) + 1
        end = body.find(".", first) + 1 or len(body)
        out_events.append(Event(kind, ids, evidence=(start, end), **{"confidence": 0.9, **extra}))
    doc = Document(source=source, text=body, published=published, language=language)
    return Extraction(doc, list(persons.values()), out_events, [], version)


def snapshot(db: Database) -> dict[str, Any]:
    """Every table's row count and a digest of its rows, to tell whether anything changed."""
    out = {}
    with db.engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            rows = conn.execute(select(table).order_by(*table.primary_key.columns)).all()
            out[table.name] = (len(rows), hash(tuple(map(tuple, rows))))
        out["_count"] = conn.execute(select(func.count()).select_from(text("claims"))).scalar()
    return out
