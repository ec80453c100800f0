"""What English extraction tests compare: (person name, fact) pairs instead of person ids, one
definition for every test file."""

from __future__ import annotations

from vigil.model import Extraction


def term_pairs(result: Extraction) -> set[tuple[str, int]]:
    """(person, term in months) for every event that carries a term."""
    names = {p.id: p.name for p in result.persons}
    return {(names[p], e.term_months) for e in result.events if e.term_months is not None for p in e.persons}


def event_pairs(result: Extraction) -> set[tuple[str, str]]:
    """(event type, person) for every person of every event."""
    names = {p.id: p.name for p in result.persons}
    return {(e.type, names[p]) for e in result.events for p in e.persons}
