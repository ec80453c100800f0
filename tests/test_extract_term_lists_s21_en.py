"""Terms paired with names by order and terms in decades (session 21), on sentences written for
these tests (none copied from an evaluation set): as many names as terms in one list of the
verb's clause pair in order with or without 'respectively' ("A and B were jailed for ten and
eight years"), never a range ("between five and eight years"); "two decades" is 240 months."""

from __future__ import annotations

import pytest

from tests.extract_views import term_pairs


@pytest.mark.parametrize(
    ("text", "terms"),
    [
        (
            "Goran Vell and his sister Nadia Vell were sentenced to eleven and nine years.",
            {("Goran Vell", 132), ("Nadia Vell", 108)},
        ),
        (
            "Goran Vell and Ilse Marow were jailed for eleven and nine years.",
            {("Goran Vell", 132), ("Ilse Marow", 108)},
        ),
        (
            "A tribunal sentenced Goran Vell, Ilse Marow and Piet Kral to 8, 5 and 3 years.",
            {("Goran Vell", 96), ("Ilse Marow", 60), ("Piet Kral", 36)},
        ),
        (
            "Goran Vell, Ilse Marow and Piet Kral received eight, five and three years in prison.",
            {("Goran Vell", 96), ("Ilse Marow", 60), ("Piet Kral", 36)},
        ),
    ],
)
def test_names_and_terms_pair_in_order_without_respectively(extract_text, text, terms):
    assert terms <= term_pairs(extract_text(text))


@pytest.mark.parametrize(
    "text",
    [
        "Goran Vell and Ilse Marow were sentenced to between six and nine years.",
        "Goran Vell and Ilse Marow were sentenced to terms of six to nine years.",
    ],
)
def test_a_range_is_nobodys_term(extract_text, text):
    assert not term_pairs(extract_text(text))


def test_one_term_of_two_units_is_each_ones(extract_text):
    text = "Goran Vell and Ilse Marow were sentenced to six years and four months."
    assert {("Goran Vell", 76), ("Ilse Marow", 76)} <= term_pairs(extract_text(text))


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("Goran Vell was sentenced to two decades in prison.", 240),
        ("Goran Vell was handed a two-decade sentence for espionage.", 240),
        ("Goran Vell was jailed for a decade in 2012.", 120),
    ],
)
def test_terms_in_decades(extract_text, text, months):
    assert ("Goran Vell", months) in term_pairs(extract_text(text))


def test_decades_between_events_are_no_term(extract_text):
    text = "Goran Vell was arrested in 1990. Two decades later he was convicted of espionage."
    assert not term_pairs(extract_text(text))


@pytest.mark.parametrize(
    ("text", "terms"),
    [
        (
            "The verdicts came on Friday: Goran Vell, seven years; Ilse Marow, five years.",
            {("Goran Vell", 84), ("Ilse Marow", 60)},
        ),
        (
            "The sentences were: Goran Vell — 7 years; Ilse Marow — 5 years.",
            {("Goran Vell", 84), ("Ilse Marow", 60)},
        ),
        (
            "The court imposed these terms: Goran Vell, 41, eight years in a colony of strict regime;"
            " Ilse Marow, 35, six years; Piet Kral, 29, three years.",
            {("Goran Vell", 96), ("Ilse Marow", 72), ("Piet Kral", 36)},
        ),
    ],
)
def test_a_verdict_list_run_on_in_its_lead_ins_line(extract_text, text, terms):
    assert terms <= term_pairs(extract_text(text))


@pytest.mark.parametrize(
    "text",
    [
        "Prosecutors asked for these terms: Goran Vell, seven years; Ilse Marow, five years.",
        "The prosecution's requests were: Goran Vell, seven years; Ilse Marow, five years.",
        "Their ages: Goran Vell, 41 years; Ilse Marow, 35 years.",
        "Time in pre-trial detention: Goran Vell, two years; Ilse Marow, 18 months.",
        "Their sentences could be: Goran Vell, seven years; Ilse Marow, five years.",
    ],
)
def test_no_terms_from_a_run_on_list_of_requests_ages_or_time_held(extract_text, text):
    assert not term_pairs(extract_text(text))
