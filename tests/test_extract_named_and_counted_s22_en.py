"""A named person counted together with the others beside them, in wording invented for these
tests (session 22): an event noun with its owner and counted companions ("her arrest with 14
other students": 15), companions hung on the measure that freed them ("released under a pardon
alongside 40 others": 41), and "others" counted by a verb conjoined to a named one of the same
event ("jails editor X for 12 years, convicts 7 others": 8). Traps: companions that are not
"other" or "fellow" people, approximate companions, and a conjoined verb of another outcome."""

from __future__ import annotations

import pytest

from tests.extract_views import event_pairs, group_counts

# -- an event noun's owner and counted companions ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "Leila Hosseini walked free on Tuesday, three months after her arrest with 14 other students "
            "at a vigil.",
            ("arrest", 15),
        ),
        (
            "Leila Hosseini has been held in Evin prison since her detention along with four fellow "
            "students in May.",
            ("arrest", 5),
        ),
    ],
)
def test_an_event_noun_counts_its_owner_with_the_others(extract_text, text, count):
    result = extract_text(text)
    assert ("arrest", "Leila Hosseini") in event_pairs(result)
    assert count in group_counts(result)


@pytest.mark.parametrize(
    "text",
    [
        "Leila Hosseini walked free on Tuesday, three months after her arrest with 14 officers watching.",
        "Leila Hosseini walked free on Tuesday, three months after her arrest with more than 14 other "
        "students.",
    ],
)
def test_an_event_noun_with_no_exact_companions_has_no_count(extract_text, text):
    assert ("arrest", "Leila Hosseini") in event_pairs(extract_text(text))
    assert not group_counts(extract_text(text))


# -- companions hung on the measure that freed them -------------------------------------------


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Teacher Olu Bamidele was released in May under a pardon alongside 40 others.", ("release", 41)),
        (
            "Teacher Olu Bamidele was released in May under a pardon signed by the president alongside "
            "40 others.",
            ("release", 41),
        ),
        (
            "Olu Bamidele and Ada Obi were freed on Friday under an amnesty along with 40 other prisoners.",
            ("release", 42),
        ),
        (
            "Olu Bamidele was seized in an early-morning raid together with three other organisers of "
            "the strike.",
            ("arrest", 4),
        ),
    ],
)
def test_companions_of_the_measure_count_with_the_named(extract_text, text, count):
    assert count in group_counts(extract_text(text))


def test_uncounted_companions_of_the_measure_give_no_count(extract_text):
    result = extract_text(
        "Olu Bamidele was released in May under a pardon, along with dozens of other prisoners."
    )
    assert ("release", "Olu Bamidele") in event_pairs(result)
    assert not group_counts(result)


# -- "<verb> X ..., <same verb> N others" ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Court jails editor Musa Bello for 12 years, convicts 7 others in sedition case", ("sentence", 8)),
        (
            "The court sentenced the editor, Musa Bello, to 12 years and convicted seven others of lesser "
            "charges.",
            ("sentence", 8),
        ),
        (
            "Police detained the union leader Musa Bello and arrested two others at his home.",
            ("arrest", 3),
        ),
    ],
)
def test_others_of_a_conjoined_verb_count_with_the_named(extract_text, text, count):
    result = extract_text(text)
    assert count in group_counts(result)
    assert (count[0], count[1] - 1) not in group_counts(result)


def test_others_of_another_outcome_are_not_counted(extract_text):
    result = extract_text("The court sentenced Musa Bello to 12 years and acquitted seven others.")
    assert ("sentence", "Musa Bello") in event_pairs(result)
    assert not group_counts(result)
