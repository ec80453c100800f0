"""A group counted only as acquitted, in wording invented for these tests (session 21): a
headline's "three co-defendants acquitted", "Court jails nine miners; two acquitted": an
acquittal frees a person whose custody the story tells, but a count of the acquitted is no freed
group. "Among the four acquitted was X" still frees the member named."""

from __future__ import annotations

import pytest

from tests.extract_views import event_pairs, group_counts


@pytest.mark.parametrize(
    "text",
    [
        "Editor jailed over flood reports, three co-defendants acquitted\n\nPolice detained the editor "
        "Tomasz Wrona and his colleagues in custody in January.",
        "Court jails nine miners; two acquitted\n\nThe miners had been held in custody since the strike.",
    ],
)
def test_a_count_of_the_acquitted_is_no_freed_group(extract_text, text):
    assert not {c for c in group_counts(extract_text(text)) if c[0] == "release"}


def test_a_named_acquitted_person_held_before_is_still_freed(extract_text):
    result = extract_text("Helga Brandt, who had been held in custody since June, was acquitted on Monday.")
    assert ("release", "Helga Brandt") in event_pairs(result)


def test_among_the_acquitted_a_named_person_who_walked_free_is_freed(extract_text):
    result = extract_text(
        "Helga Brandt, a nurse kept in custody since June, was among the four acquitted and walked "
        "out of the courthouse that evening."
    )
    assert ("release", "Helga Brandt") in event_pairs(result)
