"""Lists of names the small parser breaks apart: names joined before a copula's subject ("A and
B were among those held"), and a list closed by "as well as C". Each family beside its traps;
every sentence is written for these tests."""

from __future__ import annotations

import pytest

from tests.extract_views import event_pairs as _events


@pytest.mark.parametrize(
    "text",
    [
        "Farida Nurova and Timur Ganiev were among those detained near the square on Saturday.",
        "Students Farida Nurova and Timur Ganiev were among dozens detained near the square on Saturday.",
        "Farida Nurova, Oleg Tsoi, and Timur Ganiev were among those detained near the square.",
    ],
)
def test_every_name_joined_before_the_subject_of_among_those_held(extract_text, text):
    found = {name for kind, name in _events(extract_text(text)) if kind == "arrest"}
    assert {"Farida Nurova", "Timur Ganiev"} <= found
    if "Tsoi" in text:
        assert "Oleg Tsoi" in found


@pytest.mark.parametrize(
    "text",
    [
        # the name before ", and" belongs to another clause
        "Riot police beat Farida Nurova, and Timur Ganiev was among those detained near the square.",
        "Riot police beat Farida Nurova, and Timur Ganiev and Oleg Tsoi were among those detained.",
    ],
)
def test_a_name_of_another_clause_is_not_joined(extract_text, text):
    assert ("arrest", "Farida Nurova") not in _events(extract_text(text))


@pytest.mark.parametrize(
    "text,kind",
    [
        ("Guards freed Ruslan Abdi and Kamila Sharif, as well as the poet Yusuf Rahmon.", "release"),
        (
            "Among those released were Ruslan Abdi and Kamila Sharif, as well as the poet Yusuf Rahmon.",
            "release",
        ),
        (
            "Agents detained Ruslan Abdi and Kamila Sharif as well as the poet Yusuf Rahmon on Monday.",
            "arrest",
        ),
    ],
)
def test_a_list_closed_by_as_well_as(extract_text, text, kind):
    assert {(kind, "Ruslan Abdi"), (kind, "Kamila Sharif"), (kind, "Yusuf Rahmon")} <= _events(
        extract_text(text)
    )


@pytest.mark.parametrize(
    "text",
    [
        "Agents detained Ruslan Abdi on Monday, as well as searching the flat of Yusuf Rahmon.",
        "Ruslan Abdi was freed, as well as Yusuf Rahmon's brother.",
    ],
)
def test_as_well_as_a_clause_or_a_relative_is_no_member(extract_text, text):
    assert not any(name == "Yusuf Rahmon" for _, name in _events(extract_text(text)))
