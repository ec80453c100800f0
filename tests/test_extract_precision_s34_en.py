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
