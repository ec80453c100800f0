"""Members of a counted group freed or sent abroad, named in a later sentence that picks them out
(session 21): "the oldest / youngest of the group, X", "the youngest of those freed, X", and a
named person "also on the plane / aboard the bus" that carried the group. Invented wording."""

from __future__ import annotations

import pytest

from tests.extract_views import event_pairs

_FREED_BY_BUS = (
    "The authorities freed 11 political prisoners on Sunday and drove them to the Latvian border in a "
    "prison bus.\n\n"
)
_FREED_BY_PLANE = (
    "Caracas released 16 detained opposition members on Friday and sent them to Panama aboard a hired "
    "flight.\n\n"
)


@pytest.mark.parametrize(
    "second",
    [
        "The oldest of the group, retired surveyor Anton Zhuk, 74, had been held since 2020.",
        "The youngest of those freed, the student Maryna Leuchyk, was detained as a schoolgirl.",
        "The eldest of them, Anton Zhuk, said he had no documents.",
    ],
)
def test_the_oldest_of_the_group_is_a_member(extract_text, second):
    pairs = event_pairs(extract_text(_FREED_BY_BUS + second))
    name = "Anton Zhuk" if "Zhuk" in second else "Maryna Leuchyk"
    assert {("release", name), ("deportation", name)} <= pairs


@pytest.mark.parametrize(
    ("second", "name"),
    [
        ("Union organiser Ramon Ugarte Paz, 58, was also on the plane.", "Ramon Ugarte Paz"),
        ("Also on board was Elisa Brito, a cartoonist picked up in late March.", "Elisa Brito"),
        ("The radio host Ines Carvajal was aboard the flight too, her son said.", "Ines Carvajal"),
    ],
)
def test_a_person_on_the_vehicle_of_the_group_is_a_member(extract_text, second, name):
    pairs = event_pairs(extract_text(_FREED_BY_PLANE + second))
    assert {("release", name), ("deportation", name)} <= pairs


@pytest.mark.parametrize(
    "second",
    [
        "Union organiser Ramon Ugarte Paz was not on the plane, his lawyer said.",
        "Union organiser Ramon Ugarte Paz may have been on the plane, his lawyer said.",
    ],
)
def test_denied_or_guessed_on_board_is_no_member(extract_text, second):
    pairs = event_pairs(extract_text(_FREED_BY_PLANE + second))
    assert ("release", "Ramon Ugarte Paz") not in pairs


def test_the_eldest_of_someones_children_is_no_member(extract_text):
    pairs = event_pairs(
        extract_text(_FREED_BY_BUS + "The eldest of his daughters, Alesia Zhuk, said she would fly to Riga.")
    )
    assert ("release", "Alesia Zhuk") not in pairs


def test_a_plane_of_no_group_makes_no_member(extract_text):
    pairs = event_pairs(
        extract_text(
            "The foreign minister flew to Lima on a government plane on Monday.\n\n"
            "Union organiser Ramon Ugarte Paz was also on the plane."
        )
    )
    assert not pairs
