"""A release after questioning tells that the person was held (session 21): "freed after
questioning", "released after being interrogated", "let go following an interrogation" give an
arrest as well as the release. Invented wording."""

from __future__ import annotations

import pytest

from tests.extract_views import event_pairs, group_counts


@pytest.mark.parametrize(
    "text",
    [
        "Security officers searched the printing house on Monday. The typesetter Kamran Huseynli was freed "
        "after questioning late that night.",
        "Kamran Huseynli was released after being interrogated for nine hours at the city police station.",
        "The typesetter Kamran Huseynli was let go following an interrogation at the regional police "
        "headquarters.",
    ],
)
def test_a_release_after_questioning_is_an_arrest_too(extract_text, text):
    pairs = event_pairs(extract_text(text))
    assert {("release", "Kamran Huseynli"), ("arrest", "Kamran Huseynli")} <= pairs


def test_the_members_of_a_counted_part_freed_after_questioning_were_held(extract_text):
    result = extract_text(
        "Officers raided the printing house on Friday. The two editors were among eight people detained "
        "there. Six others, including the typesetter Kamran Huseynli, were released after questioning the "
        "next morning."
    )
    assert ("arrest", "Kamran Huseynli") in event_pairs(result)
    assert ("arrest", 6) not in group_counts(result)  # the arrest is of the eight


@pytest.mark.parametrize(
    "text",
    [
        "Kamran Huseynli was summoned for questioning at the prosecutor's office on Monday.",
        "Kamran Huseynli is expected to be released after questioning, his lawyer said.",
        "Kamran Huseynli was discharged from hospital after questioning by doctors.",
    ],
)
def test_questioning_alone_or_a_release_to_come_is_no_arrest(extract_text, text):
    assert ("arrest", "Kamran Huseynli") not in event_pairs(extract_text(text))
