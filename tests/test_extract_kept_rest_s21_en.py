"""The rest of a group already counted as arrested, then kept in custody, in wording invented
for these tests (session 21): "The other four were placed in pre-trial detention" after "Police
detained eleven" is the same arrest, no new counted group; an arrest of "the other four" is."""

from __future__ import annotations

import pytest

from tests.extract_views import group_counts


@pytest.mark.parametrize(
    ("text", "kept", "rest"),
    [
        (
            "Security officers detained twelve farmers in Naryn. Eight were let go that night. The other "
            "four were placed in pre-trial detention.",
            ("arrest", 12),
            ("arrest", 4),
        ),
        (
            "Police rounded up ten union members at the depot. Three were freed on bail and the remaining "
            "seven were remanded in custody for a month.",
            ("arrest", 10),
            ("arrest", 7),
        ),
        (
            "Nine students were arrested after the sit-in. Two were released without charge. The other "
            "seven were sent to the central jail on judicial remand.",
            ("arrest", 9),
            ("arrest", 7),
        ),
    ],
)
def test_the_rest_kept_in_custody_is_no_new_arrest_group(extract_text, text, kept, rest):
    counts = group_counts(extract_text(text))
    assert kept in counts
    assert rest not in counts


def test_the_others_arrested_later_are_a_group_of_their_own(extract_text):
    counts = group_counts(
        extract_text("Police detained three organisers on Monday. The other four were arrested on Tuesday.")
    )
    assert {("arrest", 3), ("arrest", 4)} <= counts


def test_a_remand_of_a_group_told_first_keeps_its_count(extract_text):
    counts = group_counts(
        extract_text("A court in Osh placed six bloggers in pre-trial detention on Monday.")
    )
    assert ("arrest", 6) in counts
