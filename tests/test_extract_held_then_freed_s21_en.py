"""'X, who had been kept in a cell since spring, was then cleared and freed': a holding told in a relative
clause whose antecedent's own verb tells the release was a detention (session 21),
as "held ... before being freed" already was. Invented wording."""

from __future__ import annotations

import pytest

from tests.extract_views import event_pairs


@pytest.mark.parametrize(
    "text",
    [
        "The cartoonist Rachid Belkacem, who had been held with his editor since March, was acquitted and "
        "released on Thursday night.",
        "Her colleague, the poet Rachid Belkacem, who had until then been held since April, was freed on "
        "Tuesday.",
        "Rachid Belkacem, who had been held without charge since January, was let go last week.",
    ],
)
def test_a_holding_that_ends_in_release_is_an_arrest(extract_text, text):
    assert ("arrest", "Rachid Belkacem") in event_pairs(extract_text(text))


@pytest.mark.parametrize(
    "text",
    [
        "Rachid Belkacem, who was held hostage by gunmen for a month, was freed on Tuesday.",
        "Rachid Belkacem, who was held in high esteem by his pupils, was released on Tuesday.",
        # (session 47: "who had been held since March" alone is now an arrest, as the gold of the
        # read sets written blind reads it; an active "held" is no custody)
        "Rachid Belkacem, who had held the post since March, gave a speech at the rally on Tuesday.",
        "The poet Rachid Belkacem was serving six years. Belkacem, who had been held since 2021, died in "
        "the colony in May.",
    ],
)
def test_a_hostage_an_esteem_or_no_release_gives_no_arrest(extract_text, text):
    assert ("arrest", "Rachid Belkacem") not in event_pairs(extract_text(text))
