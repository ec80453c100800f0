"""The story order over a person's claims: periods at their precision, the life course for
overlaps and ties, background that never overrides a later state, undated claims that only
fill a gap, and true conflicts routed to review."""

from __future__ import annotations

import itertools
from datetime import date

from vigil.registry.status import ClaimFact, Interval, derive, history

D = date(2025, 12, 13)


def fact(cid, kind, when, article="a1", *, precision=None, background=False, before=None, position=0):
    return ClaimFact(cid, kind, when, article, position, None, precision, background, before)


def test_a_year_overlapping_a_day_follows_the_life_course():
    # "sentenced in 2023" and "released on 14 March 2023": the sentence came first
    claims = [
        fact("s", "sentence", date(2023, 1, 1), "a1", precision="year"),
        fact("r", "release", date(2023, 3, 14), "a2", precision="day"),
    ]
    assert derive(claims).status == "released"
    # "arrested on 2 May 2023" and "released in 2023": the release is the later event
    claims = [
        fact("a", "arrest", date(2023, 5, 2), "a1"),
        fact("r", "release", date(2023, 1, 1), "a2", precision="year"),
    ]
    result = derive(claims)
    assert (result.status, result.date, result.precision) == ("released", date(2023, 1, 1), "year")


def test_disjoint_periods_go_by_time_whatever_the_kind():
    claims = [
        fact("r", "release", date(2022, 1, 1), "a1", precision="year"),
        fact("a", "arrest", date(2023, 3, 1), "a2", precision="month"),
    ]
    assert derive(claims).status == "held"


def test_same_day_ties_follow_arrest_sentence_release_death():
    claims = [fact("r", "release", D, "a1"), fact("s", "sentence", D, "a2"), fact("a", "arrest", D, "a3")]
    assert derive(claims).status == "released"
    assert derive([fact("s", "sentence", D, "a1"), fact("d", "deportation", D, "a2")]).status == "exiled"


def test_restated_background_never_overrides_a_later_state():
    # released in 2024; a 2025 story recalls "X, who had been detained" (undated) and
    # "who was sentenced in 2023"
    claims = [
        fact("r", "release", date(2024, 5, 10), "a1"),
        fact("a", "arrest", None, "a2", background=True, before=date(2025, 6, 1)),
        fact("s", "sentence", date(2023, 1, 1), "a2", precision="year", background=True),
    ]
    result = derive(claims)
    assert (result.status, result.conflict, result.claims) == ("released", False, ("r",))


def test_background_in_the_release_story_itself_does_not_borrow_its_date():
    # "X, a teacher sentenced to ten years, was among those freed on Saturday"
    claims = [
        fact("s", "sentence", None, "a1", background=True, before=D, position=0),
        fact("r", "release", D, "a1", position=40),
    ]
    assert derive(claims).status == "released"


def test_an_undated_claim_only_fills_a_gap():
    assert derive([fact("a", "arrest", None, None)]).status == "held"
    claims = [fact("r", "release", None, "roster"), fact("a", "arrest", date(2021, 3, 1), "a2")]
    assert derive(claims).status == "held"


def test_a_later_report_of_custody_after_a_dated_release_is_a_conflict_for_review():
    claims = [fact("r", "release", D, "a1"), fact("a", "arrest", date(2025, 12, 15), "a2")]
    result = derive(claims)
    assert (result.status, result.conflict, set(result.claims)) == ("unknown", True, {"r", "a"})
    # the same custody told as background is a restatement, not a conflict
    restated = [fact("r", "release", D, "a1"), fact("a", "arrest", None, "a2", background=True, before=D)]
    assert derive(restated).status == "released" and not derive(restated).conflict


def test_order_independent_with_precisions_and_background():
    claims = [
        fact("1", "arrest", date(2020, 8, 1), "a1", precision="month"),
        fact("2", "sentence", date(2021, 1, 1), "a2", precision="year", background=True),
        fact("3", "release", date(2021, 6, 5), "a3"),
        fact("4", "arrest", None, "a4", background=True, before=date(2022, 1, 1)),
        fact("5", "deportation", date(2021, 6, 5), "a3", position=40),
        fact("6", "release", None, None),
    ]
    results = {derive(list(p)) for p in itertools.permutations(claims)}
    assert len(results) == 1 and results.pop().status == "exiled"


def test_history_answers_what_derive_answers_as_of_each_day():
    claims = [
        fact("a", "arrest", date(2020, 8, 1), "a1"),
        fact("s", "sentence", date(2021, 1, 1), "a2", precision="year"),
        fact("r", "release", date(2023, 3, 14), "a3"),
    ]
    steps = history(claims)
    assert steps == [
        Interval("held", date(2020, 8, 1), date(2021, 1, 1), "a"),
        Interval("held", date(2021, 1, 1), date(2023, 3, 14), "s"),
        Interval("released", date(2023, 3, 14), None, "r"),
    ]
    for i in steps:
        known = [c for c in claims if c.date is None or c.date <= i.valid_from]
        assert derive(known).status == i.status


def test_a_release_reported_after_the_expulsion_keeps_the_person_exiled():
    # one wave told by two stories a day apart: "freed and driven to the border", "among those freed"
    claims = [
        fact("r1", "release", date(2025, 9, 11), "a1"),
        fact("d1", "deportation", date(2025, 9, 11), "a1", position=40),
        fact("r2", "release", date(2025, 9, 12), "a2"),
    ]
    result = derive(claims)
    assert (result.status, result.conflict, result.claims) == ("exiled", False, ("d1",))
    # custody after the expulsion is still news
    assert derive([*claims, fact("a", "arrest", date(2026, 3, 1), "a3")]).status == "held"
