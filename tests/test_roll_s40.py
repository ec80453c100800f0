"""Session 40: a group driven or flown to a foreign country or capital is expelled, even when
that place is the only one the story names (found by the roll benchmark, `benchmarks/roll.py`,
on generated countries of seeds 10 and 11: a wave's lead 'released N prisoners and drove them to
Lithuania / to Vilnius' gave its members a release and no expulsion).

The story's home country is the one it names most; a place named only as where someone was
taken is where they went, so it no longer makes itself the story's home (and the journey a trip
within it). A place named otherwise (a minister's own flight, police of that country) still
counts.
"""

from __future__ import annotations

import pytest


def _kinds(result) -> dict[str, set[str]]:
    names = {p.id: p.name for p in result.persons}
    kinds: dict[str, set[str]] = {}
    for event in result.events:
        for pid in event.persons:
            kinds.setdefault(names[pid], set()).add(event.type)
    return kinds


@pytest.mark.parametrize(
    ("text", "members"),
    [
        (
            "Freed activists bused to Latvia\n\nMarch 3, 2025\n\nOfficials on Monday set free 18 jailed "
            "activists and bused them to Latvia under an agreement mediated by European envoys.\n\n"
            "The freed group included Oleg Sidorenko, Marina Belova and Pavel Kuzmich.\n",
            ["Oleg Sidorenko", "Marina Belova", "Pavel Kuzmich"],
        ),
        (
            "Dissidents freed, flown to Warsaw\n\nMarch 3, 2025\n\nFourteen dissidents were freed on "
            "Monday and flown to Warsaw, their families said.\n\nAmong them were Denis Lapin and Olga "
            "Zueva.\n",
            ["Denis Lapin", "Olga Zueva"],
        ),
        (
            "Amnesty\n\nJuly 8, 2024\n\nThe government released 23 prisoners of conscience on Friday and "
            "drove them to Lithuania.\n\nAmong those freed was Kirill Gromov, a teacher from Brest.\n",
            ["Kirill Gromov"],
        ),
    ],
)
def test_a_group_taken_to_the_only_country_named_is_expelled(extract_text, text, members):
    kinds = _kinds(extract_text(text))
    for name in members:
        assert kinds.get(name) == {"release", "deportation"}, name


def test_police_of_the_country_named_taking_someone_to_its_capital_is_no_expulsion(extract_text):
    kinds = _kinds(
        extract_text(
            "Kaunas arrest\n\nMarch 3, 2025\n\nLithuanian police detained Tomas Kazlauskas in Kaunas on "
            "Monday and drove him to Vilnius for questioning, prosecutors said.\n"
        )
    )
    assert kinds.get("Tomas Kazlauskas") == {"arrest"}


def test_a_ministers_own_flight_still_places_the_story(extract_text):
    kinds = _kinds(
        extract_text(
            "Minister visits\n\nMarch 3, 2025\n\nThe foreign minister flew to Vilnius on Monday. Police "
            "in Lithuania detained Ivan Petrov, a smuggler, on the same day.\n"
        )
    )
    assert kinds.get("Ivan Petrov") == {"arrest"}


def test_a_transfer_to_a_colony_at_home_is_no_expulsion(extract_text):
    kinds = _kinds(
        extract_text(
            "Transfer\n\nMarch 3, 2025\n\nPrison officials took Sergei Vasilenko to a penal colony in "
            "Navapolatsk on Monday, his wife said. He was later driven to Minsk for a hearing.\n"
        )
    )
    assert "deportation" not in kinds.get("Sergei Vasilenko", set())


def test_two_freed_namesakes_of_one_family_stay_two(extract_text):
    result = extract_text(
        "Freed and expelled\n\nMay 2, 2025\n\nThe authorities freed 12 political prisoners on Thursday and "
        "drove them to Vilnius.\n\nAmong them were Andrei Kravets and his sister Anna Kravets.\n"
    )
    kinds = _kinds(result)
    assert {"Andrei Kravets", "Anna Kravets"} <= set(kinds)
    assert kinds["Andrei Kravets"] == kinds["Anna Kravets"] == {"release", "deportation"}
