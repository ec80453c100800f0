"""Hedged, doubted and rumoured events give no event (GUIDELINES: rumours and possibilities are
not events): a membership the article is unsure of, a report that is denied, unconfirmed or a
rumour's. Each trap comes with the told event its rule must still find. Every sentence here was
written for these tests."""

from __future__ import annotations

import pytest

from tests.extract_views import event_pairs as _events

_GROUP = "The junta released 23 detained students on Thursday. "


@pytest.mark.parametrize(
    "text",
    [
        _GROUP + "It was not yet known whether the poet Ilse Marwood was among those released.",
        _GROUP + "It remained unclear if the poet Ilse Marwood was among them.",
        _GROUP + "The poet Ilse Marwood was thought to be among them.",
        _GROUP + "The poet Ilse Marwood might have been among those released.",
    ],
)
def test_an_unsure_membership_is_no_member(extract_text, text):
    assert ("release", "Ilse Marwood") not in _events(extract_text(text))


@pytest.mark.parametrize(
    "text",
    [
        _GROUP + "Among them was the poet Ilse Marwood.",
        _GROUP + "Her publisher said the poet Ilse Marwood was among those released.",
    ],
)
def test_a_told_membership_still_joins(extract_text, text):
    assert ("release", "Ilse Marwood") in _events(extract_text(text))


@pytest.mark.parametrize(
    "text",
    [
        "Unverified accounts said the union organiser Dario Feltz had been taken into custody.",
        "Rumors said the union organiser Dario Feltz had been arrested in the capital.",
        "The ministry could not confirm that the union organiser Dario Feltz had been arrested.",
        "Prison officials did not say that the union organiser Dario Feltz had been freed.",
    ],
)
def test_a_doubted_report_tells_no_event(extract_text, text):
    assert not [e for e in extract_text(text).events if e.persons]


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("The ministry confirmed that the union organiser Dario Feltz had been arrested.", "arrest"),
        ("It was clear that the union organiser Dario Feltz had been freed.", "release"),
        (
            "The union organiser Dario Feltz, who was freed in March, said it was unclear whether "
            "more would follow.",
            "release",
        ),
    ],
)
def test_a_confirmed_report_still_tells(extract_text, text, event):
    assert (event, "Dario Feltz") in _events(extract_text(text))


@pytest.mark.parametrize(
    "text",
    [
        "Lawyers' groups call on the government to drop the charges against Nadia Farouk; quash "
        "Karim Sadiq's sentence; and release Yusuf Amari and all others held for their views.",
        "The bar association urges the ministry to reopen the inquiry and free Yusuf Amari without delay.",
    ],
)
def test_the_last_of_a_list_of_demands_is_no_release(extract_text, text):
    assert ("release", "Yusuf Amari") not in _events(extract_text(text))


def test_a_finite_verb_after_a_demand_still_tells(extract_text):
    result = extract_text(
        "The families urged the court to show mercy, and the judge released Yusuf Amari on Tuesday."
    )
    assert ("release", "Yusuf Amari") in _events(result)
