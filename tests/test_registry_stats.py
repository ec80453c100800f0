"""Stats: counts by status, and the per-month chart the database keeps with triggers."""

from __future__ import annotations

from datetime import date

from tests.registry_helpers import article
from vigil.registry import service


def test_monthly_counts_follow_every_change(db):
    items = [
        article("a.txt", "Ihar Losik was freed.", [("release", ["Ihar Losik"], {"date": "2025-06-21"})]),
        article("b.txt", "Ihar Losik walked free.", [("release", ["Ihar Losik"], {"date": "2025-06-22"})]),
        article("c.txt", "Maria Kolesnikova was freed.", [("release", ["Maria Kolesnikova"], {})]),
        article("d.txt", "Ihar Losik was arrested.", [("arrest", ["Ihar Losik"], {"date": "2020-06-25"})]),
        article(
            "e.txt",
            "Ales Bialiatski was detained.",
            [("arrest", ["Ales Bialiatski"], {"date": "2020-06-03", "confidence": 0.3})],
        ),
    ]
    service.ingest_items(db, items=items)

    def chart(as_of: date | None = None) -> dict[str, tuple[int, int]]:
        rows = service.stats(db, as_of=as_of).per_month
        return {r["month"]: (r["arrests"], r["releases"]) for r in rows if r["arrests"] or r["releases"]}

    # one person released twice in June 2025 counts once; the undated release uses the article date
    assert chart() == {"2020-06": (1, 0), "2025-06": (0, 1), "2025-12": (0, 1)}
    assert chart() == chart(date(2100, 1, 1))
    [proposed] = service.review_items(db)
    service.decide(db, item_id=proposed.id, accept=True, user="ed")
    assert chart()["2020-06"] == (2, 0)
    losik_june = [e for e in service.get_person(db, ref="Ihar Losik").timeline if e.date == date(2025, 6, 21)]
    service.decide(db, item_id=losik_june[0].claim_id, accept=False, user="ed")
    assert chart()["2025-06"] == (0, 1)
    still = [e for e in service.get_person(db, ref="Ihar Losik").timeline if e.date == date(2025, 6, 22)]
    service.decide(db, item_id=still[0].claim_id, accept=False, user="ed")
    assert "2025-06" not in chart()
    assert chart() == chart(date(2100, 1, 1))
    # re-extraction deletes and re-creates machine claims; the chart follows
    service.ingest_items(db, items=[article("c.txt", "Maria Kolesnikova was freed.", [], version="t2")])
    assert "2025-12" not in chart() and chart() == chart(date(2100, 1, 1))
    assert chart(date(2021, 1, 1)) == {"2020-06": (2, 0)}


def test_counts_by_status_and_withheld(db):
    items = [
        article("a.txt", "Ihar Losik was freed.", [("release", ["Ihar Losik"], {})]),
        article("b.txt", "Ales Bialiatski was detained.", [("arrest", ["Ales Bialiatski"], {})]),
    ]
    service.ingest_items(db, items=items)
    service.set_withheld(db, person_id=service.get_person(db, ref="Ihar Losik").id, withheld=True, user="ed")
    result = service.stats(db)
    assert (result.persons, result.withheld, result.articles) == (2, 1, 2)
    assert result.by_status["released"] == 1 and result.by_status["held"] == 1
    assert service.stats(db, as_of=date(2000, 1, 1)).by_status["unknown"] == 2
