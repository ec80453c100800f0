"""The real pipeline into a real registry: a release story full of background leaves every named
member released, and a later story that restates the backstory does not undo it."""

from __future__ import annotations

from datetime import date

from vigil.registry import service
from vigil.registry.settings import Settings

RELEASE = """Belarus frees 18 political prisoners

MINSK, Dec 13 (Vigil) - Belarus released 18 political prisoners on Saturday, the Viasna rights group said.

Ales Karpenka, a teacher sentenced to ten years in 2023 for extremism, was among those freed.

Also pardoned was Ihar Losik, an engineer from Hrodna who had been handed nine years in prison.

Maryna Zolatava, who had been detained in March 2021, was also released.
"""

DIGEST = """Weekly digest: the cases we follow

Ihar Losik, who had been detained in the crackdown, spoke to reporters in Vilnius.

Maryna Zolatava was serving a twelve-year term, her lawyer recalled.
"""


def _accept_all(db) -> None:
    for item in service.review_items(db):
        if item.type == "claim":
            service.decide(db, item_id=item.id, accept=True, user="ed")


def test_a_release_story_with_background_leaves_every_named_member_released(db, extract_text):
    settings = Settings(auto_accept=0.0)
    story = extract_text(RELEASE, published=date(2025, 12, 13))
    service.ingest_items(db, items=[story], settings=settings)
    _accept_all(db)
    for name in ("Ales Karpenka", "Ihar Losik", "Maryna Zolatava"):
        person = service.get_person(db, ref=name)
        assert (person.status, person.status_date) == ("released", date(2025, 12, 13)), name
        assert person.status_claim and person.status_reason.endswith("release")
        kinds = {(t.kind, t.date, t.date_precision, t.background) for t in person.timeline}
        assert ("release", date(2025, 12, 13), "day", False) in kinds
    karpenka = service.get_person(db, ref="Ales Karpenka")
    assert ("sentence", date(2023, 1, 1), "year", True) in {
        (t.kind, t.date, t.date_precision, t.background) for t in karpenka.timeline
    }
    losik = service.get_person(db, ref="Ihar Losik")
    assert ("sentence", None, None, True) in {
        (t.kind, t.date, t.date_precision, t.background) for t in losik.timeline
    }

    # a later digest restates the backstory: still released, nothing to review
    digest = extract_text(DIGEST, published=date(2026, 1, 10))
    service.ingest_items(db, items=[digest], settings=settings)
    _accept_all(db)
    for name in ("Ihar Losik", "Maryna Zolatava"):
        person = service.get_person(db, ref=name)
        assert (person.status, person.needs_review) == ("released", False), name
    assert service.stats(db, as_of=date(2025, 12, 12)).by_status["released"] == 0
    assert service.stats(db, as_of=date(2025, 12, 13)).by_status["released"] == 3
