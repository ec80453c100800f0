"""A headline that names one person and gives a term (session 21), on headlines written for these
tests (none copied from an evaluation set): the small parser reads "Court sentences X to N years"
with 'sentences' as a noun and "X handed N years" with X as the giver; a headline line names the
verdict as plainly as a body sentence. Not a demand, a risk, a question, someone the name owns,
nor a name before an active verb of giving."""

from __future__ import annotations

import pytest

from tests.extract_views import term_pairs

_BODY = "\n\nThe ruling came after a closed hearing in Brest on Monday."


@pytest.mark.parametrize(
    "headline",
    [
        "Court sentences activist Tomas Renn to six years in prison",
        "Brest court sentences Tomas Renn to six years",
        "Tomas Renn handed six years for a protest post",
        "Dissident Tomas Renn given six-year term",
        "Belarus court hands Tomas Renn a six-year sentence",
        "Tomas Renn gets six-year sentence in treason case",
    ],
)
def test_a_headline_term_of_the_one_person_it_names(extract_text, headline):
    assert ("Tomas Renn", 72) in term_pairs(extract_text(headline + _BODY))


@pytest.mark.parametrize(
    "headline",
    [
        "Prosecutors seek six years for Tomas Renn",
        "Tomas Renn faces six years in prison",
        "Could Tomas Renn get six years?",
        "Tomas Renn's lawyer handed six years",
        "Lawyer for Tomas Renn given six years",
        "Tomas Renn: judge who handed six years to protesters retires",
        "Tomas Renn gives six years of his life to charity work",
        "Blogger Tomas Renn freed after four years; Brest activist gets 5 years",
        "Teacher Tomas Renn Sentenced to Death; Husband Given Five Years",
    ],
)
def test_no_headline_term_for_a_demand_a_risk_or_another_person(extract_text, headline):
    assert not {t for name, t in term_pairs(extract_text(headline + _BODY)) if name == "Tomas Renn"}


@pytest.mark.parametrize(
    ("headline", "months"),
    [
        ("Tomas Renn: six years for a protest post", 72),
        ("Tomas Renn: 10 years in prison over a song", 120),
    ],
)
def test_a_headline_that_opens_with_the_name_and_gives_the_term_after_a_colon(extract_text, headline, months):
    assert ("Tomas Renn", months) in term_pairs(extract_text(headline + _BODY))


@pytest.mark.parametrize(
    "headline",
    [
        "Tomas Renn: ten years since the arrest",
        "Tomas Renn: 10 years of exile",
        "Tomas Renn: 10 years on, a wait",
    ],
)
def test_no_term_for_a_name_and_a_span_of_time(extract_text, headline):
    assert not term_pairs(extract_text(headline + _BODY))
