"""Session 21 English precision: a pronoun sentenced or arrested is not the bench.

"A court presided over by Judge Y convicted X ... He was sentenced to seven years": a he/she that
a verdict or an arrest befalls does not go back to a name given only as the judge or the
prosecutor ("Judge Y", "prosecutor Y", "presided over by Y"), when anyone else is at hand; a judge
who is the story's only candidate, or who is arrested, keeps the event, and a judge's own words
stay the judge's. Sentences written for these tests (none copied from an evaluation set)."""

from __future__ import annotations

import pytest

from tests.extract_views import event_pairs as events
from tests.extract_views import quote_openings as _quotes

_RAID = "In May 2022 agents raided the flat of teacher Karim Azadi at dawn.\n\n"


@pytest.mark.parametrize(
    "text",
    [
        # the judge in the court's participle phrase
        _RAID + 'A revolutionary court presided over by Judge Reza Tavana convicted Azadi of "collusion" '
        "after a hearing that lasted one afternoon. He was sentenced to a seven-year prison term.",
        # the judge as the subject of the conviction
        _RAID + "Judge Reza Tavana convicted Azadi of collusion after a hearing that lasted one afternoon. "
        "He was sentenced to a seven-year prison term.",
        # the prosecutor named last, a passive arrest
        _RAID + "Azadi was questioned by prosecutor Reza Tavana for six hours. He was then formally "
        "arrested and taken to Evin prison.",
        # an object pronoun
        _RAID + "A court headed by Judge Reza Tavana heard the case of Azadi in April. The court jailed him "
        "for six years.",
    ],
)
def test_the_one_sentenced_is_not_the_judge(extract_text, text):
    pairs = events(extract_text(text))
    assert not any(name == "Reza Tavana" for _kind, name in pairs)
    assert any(name == "Karim Azadi" for _kind, name in pairs)


def test_a_judge_who_is_arrested_keeps_the_event(extract_text):
    pairs = events(
        extract_text(
            "Judge Reza Tavana was arrested in 2016 during the purge of the judiciary. He was sentenced "
            "to ten years in 2018."
        )
    )
    assert pairs == {("arrest", "Reza Tavana"), ("sentence", "Reza Tavana")}


def test_a_judges_words_stay_the_judges(extract_text):
    result = extract_text(
        _RAID + 'Judge Reza Tavana convicted Azadi on Monday. "The law is the law," he said.'
    )
    assert _quotes(result) == {("Reza Tavana", "The law is")}
