"""English precision traps (session 34), in wording invented for these tests: a counted part of
a group told in the whole's own clause ("detained 14 villagers, including three women"; "freed
nine people, among them six political prisoners and three foreign nationals") describes the
group and carries no count of its own when no one is named in it; a counted part of "the
detainees" told in its own sentence keeps its count."""

from __future__ import annotations

import pytest

from tests.extract_views import group_counts


@pytest.mark.parametrize(
    ("text", "kept", "dropped"),
    [
        (
            "Raid\n\nSoldiers detained 14 villagers, including three women, in a raid on Tuesday.",
            {("arrest", 14)},
            {("arrest", 3)},
        ),
        (
            "Swap\n\nRussia freed nine people on Friday, among them six political prisoners and "
            "three foreign nationals.",
            {("release", 9)},
            {("release", 6), ("release", 3)},
        ),
        (
            "Amnesty\n\nThe military government released 3,120 prisoners on Monday, including 40 "
            "foreigners who will be deported.",
            {("release", 3120)},
            {("release", 40)},
        ),
    ],
)
def test_unnamed_counted_part_carries_no_count(extract_text, text, kept, dropped) -> None:
    counts = group_counts(extract_text(text))
    assert kept <= counts
    assert not dropped & counts


def test_part_of_the_detainees_told_apart_keeps_its_count(extract_text) -> None:
    text = (
        "Homel\n\nEleven residents of Babruisk were detained on 25 November. Nine of the detainees "
        "were released after questioning."
    )
    assert {("arrest", 11), ("release", 9)} <= group_counts(extract_text(text))


@pytest.mark.parametrize(
    "text",
    [
        "Expelled\n\nAmong the 11 expelled were the priest Alvaro Cisneros, who was sentenced in 2023 "
        "to 26 years, and the student leader Lesbia Perez, jailed since her arrest at a roadblock in "
        "2024.",
        "Court\n\nThe student leader Lesbia Perez, jailed since her arrest in March, was moved to "
        "another prison on Monday.",
    ],
)
def test_jailed_since_an_arrest_is_no_verdict(extract_text, text) -> None:
    result = extract_text(text)
    names = {p.id: p.name for p in result.persons}
    pairs = {(e.type, names[p]) for e in result.events for p in e.persons}
    assert ("sentence", "Lesbia Perez") not in pairs
    assert ("arrest", "Lesbia Perez") in pairs


def test_plural_who_clause_stops_at_a_name_described_before(extract_text) -> None:
    text = (
        "Appeal\n\nThe chamber upheld the sentences of his co-defendants: Karim Haddad, a shopkeeper "
        "who received two years, and the brothers Yacine Mansouri and Nabil Mansouri, who were each "
        "sentenced to 18 months."
    )
    result = extract_text(text)
    names = {p.id: p.name for p in result.persons}
    terms = {(names[p], e.term_months) for e in result.events if e.type == "sentence" for p in e.persons}
    assert ("Karim Haddad", 18) not in terms
