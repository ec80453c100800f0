"""Wire headlines and leads of real English news, in wording invented for these tests (session 21):
a participle "handed"/"given" read as a past tense with the recipient as its subject ("X handed
eight-year jail term", "X, handed six years in 2003, ..."); "held over" a crime or "held in
connection with" one (a detention); early release or parole obtained, earned or
secured by the prisoner."""

from __future__ import annotations

import pytest

from tests.extract_views import event_pairs, group_counts

# -- "handed" / "given" with the recipient as the subject: a reduced passive ------------------


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("Ex-governor Daniel Hughes handed eight-year jail term for kickbacks", 96),
        ("Daniel Hughes given 11 years over ferry sinking", 132),
        ("Daniel Hughes, 52, handed seven years in prison for moving cocaine", 84),
        ("Daniel Hughes, handed a six-year term in 2003, has lost a second appeal.", 72),
    ],
)
def test_a_participle_with_its_recipient_as_subject_gives_the_term(extract_text, text, months):
    result = extract_text(text)
    assert ("sentence", "Daniel Hughes") in event_pairs(result)
    assert any(e.term_months == months for e in result.events if e.type == "sentence")


def test_a_life_term_handed_in_a_headline(extract_text):
    result = extract_text(
        "Nurse Sarah Collins given life for poisoning four patients\n\nA jury at the county court "
        "convicted the nurse in March."
    )
    assert ("sentence", "Sarah Collins") in event_pairs(result)


def test_life_given_with_no_court_or_prison_is_no_term(extract_text):
    result = extract_text(
        "Sarah Collins given life by a donor kidney\n\nThe transplant team at the county hospital "
        "worked for nine hours."
    )
    assert ("sentence", "Sarah Collins") not in event_pairs(result)


def test_a_counted_group_handed_terms_in_a_headline(extract_text):
    result = extract_text("Three dockers handed five-year terms over harbour riot")
    assert ("sentence", 3) in group_counts(result)


@pytest.mark.parametrize(
    "text",
    [
        "Judge Priya Anand handed nine years to the gang's driver.",  # the judge gives, to someone
        "Daniel Hughes handed the clerk a letter from his doctor.",
        "Daniel Hughes handed in his resignation on Friday.",
        "Daniel Hughes given two-year contract by Rovers",
        "Daniel Hughes handed three-year doping ban",
        "Daniel Hughes given new five-year term as party chairman",
        "Daniel Hughes given six months to repay the loan",
        "Daniel Hughes could be handed a ten-year sentence.",
    ],
)
def test_a_handing_that_is_no_prison_term_for_the_subject(extract_text, text):
    assert ("sentence", "Daniel Hughes") not in event_pairs(extract_text(text))


# -- held over a crime, or in connection with one: a detention ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Peter Gordon held over stabbing of shopkeeper",
        "Peter Gordon was held over the death of his business partner.",
        "Detectives are holding Peter Gordon in connection with the warehouse fire.",
    ],
)
def test_held_for_a_crime_is_an_arrest(extract_text, text):
    assert ("arrest", "Peter Gordon") in event_pairs(extract_text(text))


def test_a_counted_subject_held_is_left_to_the_arrest_verbs(extract_text):
    # a running figure as often as a fresh detention
    result = extract_text("Police said 45 people were held over the riots so far.")
    assert ("arrest", 45) not in group_counts(result)


@pytest.mark.parametrize(
    "text",
    [
        "Peter Gordon held talks over the stabbing with the mayor.",
        "A vigil for Peter Gordon was held over the weekend.",
        "Peter Gordon was held in connection with the trade summit.",
        "Marches were held over the killing of Peter Gordon.",
        "Peter Gordon held firm over the fraud claims.",
        "Peter Gordon held the lead over the last lap.",
    ],
)
def test_held_with_no_custody_is_no_arrest(extract_text, text):
    assert ("arrest", "Peter Gordon") not in event_pairs(extract_text(text))


# -- early release or parole obtained, earned or secured --------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Convicted spy Laura Mitchell obtains early release from jail",
        "Laura Mitchell earned parole after 19 years for good conduct.",
        "Laura Mitchell obtained her release on bail on Thursday.",
    ],
)
def test_a_release_the_prisoner_obtained_is_a_release(extract_text, text):
    assert ("release", "Laura Mitchell") in event_pairs(extract_text(text))


@pytest.mark.parametrize(
    "text",
    [
        "Laura Mitchell is trying to obtain early release.",
        "Laura Mitchell failed to secure parole on Monday.",
        "Laura Mitchell obtained a visa on Monday.",
        "Laura Mitchell secured a release date for her record.",
    ],
)
def test_a_release_sought_or_no_release_is_none(extract_text, text):
    assert ("release", "Laura Mitchell") not in event_pairs(extract_text(text))
