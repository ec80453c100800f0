"""A headline restates the story's main event: an undated headline event takes the date the
body gives that event, so that a report published the day after a verdict does not date the
verdict (and contradict the earlier report of the release) by its own publication day.
Articles written for these tests."""

from __future__ import annotations

from datetime import date

from vigil.ingest.documents import make_document
from vigil.registry import service

DAY_AFTER = (
    "Teacher Ruta Vaitkus jailed for four months\n\n"
    "Ruta Vaitkus was jailed for four months on Monday over a post on social media, her lawyer said.\n\n"
    "Having spent four months in pre-trial detention, she walked free from the courtroom.\n"
)
SAME_DAY = (
    "Ruta Vaitkus walks free after verdict\n\n"
    "A court in Kaunas on Monday sentenced Ruta Vaitkus to four months, which she had already "
    "served in detention. She was released in the courtroom.\n"
)


def _events(extractor, text: str, published: date):
    result = extractor.extract(make_document(text, source="t.txt", published=published, language="en"))
    return result, [(e.type, e.date, e.evidence[0]) for e in result.events]


def test_an_undated_headline_event_takes_the_date_the_body_gives_it(extractor):
    _, events = _events(extractor, DAY_AFTER, date(2024, 3, 12))
    sentences = [(d, start) for kind, d, start in events if kind == "sentence"]
    assert ("2024-03-11", 0) in sentences  # the headline, dated by the body's "on Monday"
    assert all(d == "2024-03-11" for d, _ in sentences)


def test_a_headline_with_nothing_to_restate_stays_undated(extractor):
    text = "Ruta Vaitkus jailed for four months\n\nThe court gave no reasons, her lawyer said.\n"
    _, events = _events(extractor, text, date(2024, 3, 12))
    assert [(kind, d) for kind, d, _ in events] == [("sentence", None)]


def test_two_reports_of_one_verdict_agree_on_the_status(extractor, db):
    first, _ = _events(extractor, SAME_DAY, date(2024, 3, 11))
    second, _ = _events(extractor, DAY_AFTER, date(2024, 3, 12))
    service.ingest_items(db, items=[first, second])
    [person] = [p for p in service.list_people(db) if p.name == "Ruta Vaitkus"]
    assert person.status == "released"
    assert not [i for i in service.review_items(db) if i.type == "conflict"]
