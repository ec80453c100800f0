"""Numbers near an event that are not its group's size, in wording invented for these tests
(session 22): "One of the four, X, was detained" (a group told before; the event is X's own),
things carried at the arrest ("with a laptop and two SD cards"), and a breakdown set off
by dashes after a counted-back group ("the five - two women and three men - were arrested": five,
not three or eight)."""

from __future__ import annotations

import pytest

from tests.extract_views import event_pairs, group_counts


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Moscow handed over four members of the movement in May. One of the four, Timur Sadykov, 41, "
            "was arrested at the airport in Osh and questioned for a week.",
            ("arrest", "Timur Sadykov"),
        ),
        (
            "The court heard the cases of three reporters. One of the three, Lina Ferraz, was released on "
            "bail in the evening.",
            ("release", "Lina Ferraz"),
        ),
    ],
)
def test_one_of_a_group_told_before_is_a_single_event(extract_text, text, pair):
    result = extract_text(text)
    assert pair in event_pairs(result)
    assert (pair[0], 4) not in group_counts(result)
    assert (pair[0], 3) not in group_counts(result)


def test_one_of_a_group_counted_in_place_keeps_its_count(extract_text):
    result = extract_text(
        "Timur Sadykov was released in January, one of 553 prisoners freed under the amnesty."
    )
    assert ("release", 553) in group_counts(result)


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers took Kyaw Zin Oo away near Mandalay last year with a laptop and two SD cards.",
        "Kyaw Zin Oo was arrested at the airport along with two suitcases of leaflets.",
    ],
)
def test_things_beside_the_arrested_are_no_group(extract_text, text):
    result = extract_text(text)
    assert ("arrest", "Kyaw Zin Oo") in event_pairs(result)
    assert not group_counts(result)


def test_people_beside_the_arrested_are_a_group(extract_text):
    result = extract_text(
        "Soldiers took Kyaw Zin Oo away near Mandalay last year, along with three students."
    )
    assert ("arrest", 3) in group_counts(result)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "Police said the five - two women and three men, all students - were arrested at their dormitory "
            "on Tuesday.",
            ("arrest", 5),
        ),
        (
            "The six – five students and a teacher – were detained outside the court on Monday.",
            ("arrest", 6),
        ),
    ],
)
def test_a_breakdown_after_the_group_keeps_the_group_count(extract_text, text, count):
    counts = group_counts(extract_text(text))
    assert count in counts
    assert len(counts) == 1
