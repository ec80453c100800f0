"""'is free on conditional release': out of custody on a court's conditional release,
as 'free on bail' already was (session 21). Invented wording."""

from __future__ import annotations

import pytest

from tests.extract_views import event_pairs


@pytest.mark.parametrize(
    "text",
    [
        "Celestin Bizimana, who is free on conditional release, attended the hearing in Gitega.",
        "Since May, Celestin Bizimana has been free on conditional release, his lawyer said.",
    ],
)
def test_free_on_a_release_is_a_release(extract_text, text):
    assert ("release", "Celestin Bizimana") in event_pairs(extract_text(text))


@pytest.mark.parametrize(
    "text",
    [
        "Celestin Bizimana is still free on conditional release, his lawyer said.",
        "Celestin Bizimana would be free on provisional release if the judge agreed.",
    ],
)
def test_still_free_or_a_condition_is_no_release(extract_text, text):
    assert ("release", "Celestin Bizimana") not in event_pairs(extract_text(text))
