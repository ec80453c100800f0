"""A counted group told by a participle rather than a verb, in wording invented for these tests
(session 22): a participle before an exactly counted people noun ("a jet carrying 11 freed
prisoners landed": a release of 11; "takes in 40 deported Belarusians": a deportation of 40), and
the reduced passive "granted amnesty" describing a counted group a named person was freed among.
Traps: a part of a group told before ("two of the freed detainees"), the definite group told
before ("the 11 freed prisoners"), a hoped-for group, and an approximate one."""

from __future__ import annotations

import pytest

from tests.extract_views import event_pairs, group_counts


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("A chartered jet carrying 11 freed prisoners landed in Vilnius on Friday evening.", ("release", 11)),
        ("Poland takes in 40 deported Belarusians at the Terespol crossing", ("deportation", 40)),
        ("A bus with nine released detainees reached the border shortly before noon.", ("release", 9)),
    ],
)
def test_a_participle_before_a_counted_group_tells_its_event(extract_text, text, count):
    assert count in group_counts(extract_text(text))


@pytest.mark.parametrize(
    "text",
    [
        "Two of the freed detainees spoke to reporters at the border.",
        "The 11 freed prisoners were driven to a hostel downtown.",
        "Officials hope to welcome 11 freed prisoners at the airport next week.",
        "A jet carrying about 40 freed prisoners landed in Vilnius.",
    ],
)
def test_no_new_group_from_a_participle_of_a_told_hoped_or_rough_group(extract_text, text):
    assert not group_counts(extract_text(text))


@pytest.mark.parametrize(
    ("text", "name", "count"),
    [
        (
            "Reporter Hla Myint was freed on May 2 among 3,100 prisoners granted amnesty by the military on "
            "a Buddhist holiday.",
            "Hla Myint",
            ("release", 3100),
        ),
        (
            "Student leader Ko Aung was released on Tuesday among 1,800 inmates granted amnesty to mark the "
            "holiday.",
            "Ko Aung",
            ("release", 1800),
        ),
    ],
)
def test_freed_among_a_counted_group_granted_amnesty(extract_text, text, name, count):
    result = extract_text(text)
    assert ("release", name) in event_pairs(result)
    assert count in group_counts(result)


def test_freed_among_a_rough_number_granted_amnesty_has_no_count(extract_text):
    result = extract_text(
        "Reporter Hla Myint was freed on Monday among some 3,000 prisoners granted amnesty."
    )
    assert ("release", "Hla Myint") in event_pairs(result)
    assert not group_counts(result)
