"""American bail prose of police and court news, in wording invented for these tests (session 21):
held or jailed "on $N bond" or "in lieu of bail" is a detention before trial (an arrest, not a
sentence); a suspect who "posted bail" walked out (a release). Bail posted for someone else, a
bail that could not be posted and a term served for a bail violation stay what they were."""

from __future__ import annotations

import pytest

from tests.extract_views import event_pairs


@pytest.mark.parametrize(
    "text",
    [
        "Robert Allen is being held at the county jail on $750,000 bond.",
        "Robert Allen was jailed in lieu of $20,000 bail after his arraignment.",
        "Robert Allen, jailed on $1 million bail, will appear in court next week.",
        "Robert Allen was held on $5,000 bail on Wednesday night.",
    ],
)
def test_held_on_a_bail_set_is_an_arrest(extract_text, text):
    pairs = event_pairs(extract_text(text))
    assert ("arrest", "Robert Allen") in pairs
    assert ("sentence", "Robert Allen") not in pairs


def test_a_term_for_a_bail_violation_stays_a_sentence(extract_text):
    result = extract_text("Robert Allen was jailed for four years on a bail violation.")
    assert ("sentence", "Robert Allen") in event_pairs(result)


@pytest.mark.parametrize(
    "text",
    [
        "Robert Allen posted bail on Saturday and went home.",
        "Robert Allen posted a $15,000 bond shortly after midnight.",
    ],
)
def test_posting_bail_is_a_release(extract_text, text):
    assert ("release", "Robert Allen") in event_pairs(extract_text(text))


@pytest.mark.parametrize(
    "text",
    [
        "Robert Allen could not post bail and spent the night in a cell.",
        "Robert Allen was unable to post the $9,000 bond.",
        "A cousin posted bail for Robert Allen on Sunday.",
        "Robert Allen posted a photo of the bail hearing online.",
        "Robert Allen posted a notice on the church door.",
    ],
)
def test_bail_not_posted_by_the_suspect_is_no_release(extract_text, text):
    assert ("release", "Robert Allen") not in event_pairs(extract_text(text))
