"""Status derivation is pure and order-independent; contradictions go to review."""

from __future__ import annotations

import itertools
from datetime import date

from vigil.registry.status import ClaimFact, derive

D = date(2025, 12, 13)


def fact(
    cid: str, kind: str, when: date | None, article: str | None = "a1", position: int | None = 0, value=None
):
    return ClaimFact(cid, kind, when, article, position, value)


def test_no_claims_is_unknown():
    assert derive([]).status == "unknown"


def test_latest_claim_wins_by_event_date():
    claims = [
        fact("1", "arrest", date(2020, 8, 1)),
        fact("2", "sentence", date(2021, 5, 1), "a2"),
        fact("3", "release", D, "a3"),
    ]
    result = derive(claims)
    assert (result.status, result.date, result.conflict) == ("released", D, False)


def test_release_with_deportation_is_exile_and_death_is_death():
    assert derive([fact("1", "release", D), fact("2", "deportation", D)]).status == "exiled"
    assert (
        derive([fact("1", "sentence", date(2022, 1, 1)), fact("2", "death", D)]).status == "died_in_custody"
    )


def test_same_article_same_date_follows_the_life_course():
    # "Bialiatski, who had been serving a 10-year sentence, was freed": undated, one article.
    claims = [fact("s", "sentence", None, position=50), fact("r", "release", None, position=0)]
    assert derive(claims).status == "released"


def test_arrest_told_after_a_release_is_a_rearrest():
    claims = [fact("r", "release", D, position=0), fact("a", "arrest", D, position=200)]
    assert derive(claims).status == "held"


def test_contradiction_within_window_goes_to_review():
    claims = [fact("r", "release", D, "a1"), fact("a", "arrest", date(2025, 12, 16), "a2")]
    result = derive(claims, window_days=7)
    assert result.status == "unknown" and result.conflict and set(result.claims) == {"r", "a"}
    later = derive(claims, window_days=2)
    assert later.status == "held" and not later.conflict


def test_death_next_to_release_is_a_contradiction():
    result = derive([fact("r", "release", D, "a1"), fact("d", "death", D, "a2")])
    assert result.conflict


def test_roster_status_claims():
    claims = [
        fact("a", "arrest", date(2021, 3, 1), None),
        fact("s", "status", date(2021, 3, 1), None, value="held"),
    ]
    assert derive(claims).status == "held"


def test_order_independent():
    claims = [
        fact("1", "arrest", date(2020, 8, 1), "a1", 10),
        fact("2", "sentence", None, "a2", 5),
        fact("3", "release", D, "a3", 0),
        fact("4", "deportation", D, "a3", 40),
        fact("5", "arrest", D, "a3", 90),
        fact("6", "release", date(2025, 12, 15), "a4", 0),
    ]
    results = {derive(list(p)) for p in itertools.permutations(claims)}
    assert len(results) == 1


def test_an_undated_event_is_no_older_than_what_its_article_dates():
    # "Ryhor Lapatsin walked free ... He was arrested in December 2020": one undated article.
    claims = [fact("r", "release", None, position=0), fact("a", "arrest", date(2020, 12, 1), position=90)]
    assert derive(claims).status == "released"
    # another article's undated claim does not borrow this one's date
    other = [fact("a", "arrest", date(2020, 12, 1), "a1"), fact("s", "sentence", None, "a2")]
    assert derive(other).status == "held"


def test_an_undated_backstory_does_not_outrank_a_dated_release():
    # "walked free on 13 December 2025 after serving his full five-year sentence"
    claims = [fact("r", "release", D, position=0), fact("s", "sentence", None, position=0)]
    assert derive(claims).status == "released"


def test_a_status_decided_by_an_undated_claim_has_no_date():
    claims = [fact("a", "arrest", date(2023, 1, 1), position=90), fact("r", "release", None, position=0)]
    result = derive(claims)
    assert (result.status, result.date) == ("released", None)
