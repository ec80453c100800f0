"""Review: contradictions go to editors instead of being guessed; decisions re-derive status."""

from __future__ import annotations

from datetime import date

import pytest

from tests.registry_helpers import article
from vigil.errors import VigilError
from vigil.registry import service


def test_contradiction_is_listed_and_resolved_by_rejecting_a_claim(db):
    items = [
        article(
            "a.txt",
            "Mikola Statkevich was freed.",
            [("release", ["Mikola Statkevich"], {})],
            published=date(2025, 12, 13),
        ),
        article(
            "b.txt",
            "Mikola Statkevich was detained.",
            [("arrest", ["Mikola Statkevich"], {})],
            published=date(2025, 12, 16),
        ),
    ]
    report = service.ingest_items(db, items=items)
    assert [c.new for c in report.status_changes] == ["released", "unknown"]
    person = service.get_person(db, ref="Mikola Statkevich")
    assert person.status == "unknown" and person.needs_review
    [conflict] = [i for i in service.review_items(db) if i.type == "conflict"]
    assert conflict.person_id == person.id and len(conflict.reasons) == 2
    with pytest.raises(VigilError):
        service.decide(db, item_id=conflict.id, accept=True, user="ed")
    arrest = next(e for e in person.timeline if e.kind == "arrest")
    service.decide(db, item_id=arrest.claim_id, accept=False, user="ed", note="old photo, not a new arrest")
    person = service.get_person(db, ref="Mikola Statkevich")
    assert (person.status, person.needs_review) == ("released", False)
    assert not [i for i in service.review_items(db) if i.type == "conflict"]
    assert [e.kind for e in person.timeline] == ["release"]
