"""Views of an extraction that tests compare as sets: who had which event and which term, which
group counts, which quotes by whom. Kept here so that every extraction test reads a result the
same way."""

from __future__ import annotations

from vigil.model import Extraction


def event_pairs(result: Extraction) -> set[tuple[str, str]]:
    """(event type, person name) for every person of every event."""
    names = {p.id: p.name for p in result.persons}
    return {(e.type, names[p]) for e in result.events for p in e.persons}


def term_pairs(result: Extraction) -> set[tuple[str, int]]:
    """(person name, term in months) for every person of every event that carries a term."""
    names = {p.id: p.name for p in result.persons}
    return {(names[p], e.term_months) for e in result.events if e.term_months is not None for p in e.persons}


def group_counts(result: Extraction) -> set[tuple[str, int]]:
    """(event type, count) for every event that carries a count."""
    return {(e.type, e.count) for e in result.events if e.count is not None}


def quote_openings(result: Extraction) -> set[tuple[str, str]]:
    """(speaker name or "?", first three words) for every quote."""
    names = {p.id: p.name for p in result.persons}
    return {(names.get(q.speaker or "", "?"), " ".join(q.text.split()[:3])) for q in result.quotes}
