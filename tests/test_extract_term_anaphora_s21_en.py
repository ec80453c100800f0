"""Terms told of someone named before (session 21), on sentences written for these tests (none
copied from an evaluation set): an age standing for the person ("The 52-year-old was jailed for
four years"), a term changed through 'it' ("...; an appeal court cut it to seven"), a bare number
served or given after a stated term ("B, a teacher, is serving eight"; "the court gave B six",
the name read as a compound of the number)."""

from __future__ import annotations

import pytest

from tests.extract_views import term_pairs

_NAMED = "Lidia Varga, a nurse from Brest, was detained in June. "


@pytest.mark.parametrize(
    "text",
    [
        _NAMED + "The 52-year-old was jailed for four years last December.",
        _NAMED + "The 52-year-old received four years in a penal colony.",
        _NAMED + "In December the 52-year-old was given four years.",
        _NAMED + "The 52-year-old, who denies the charges, was sentenced to four years.",
        _NAMED + "The 52-year-old is serving a four-year term.",
    ],
)
def test_an_age_standing_for_the_person_just_named(extract_text, text):
    assert ("Lidia Varga", 48) in term_pairs(extract_text(text))


@pytest.mark.parametrize(
    "text",
    [
        _NAMED + "The court heard from a 52-year-old who was later sentenced to four years.",
        _NAMED + "The 52-year-old's lawyer was sentenced to four years.",
    ],
)
def test_no_term_for_another_person_of_an_age(extract_text, text):
    assert not {t for name, t in term_pairs(extract_text(text)) if name == "Lidia Varga"}


@pytest.mark.parametrize(
    ("text", "terms"),
    [
        ("Rafael Ostrov was sentenced to 10 years; an appeals court later reduced it to seven.", {120, 84}),
        (
            "Rafael Ostrov was sentenced to 13 years. In May the Supreme Court cut it to eight years.",
            {156, 96},
        ),
        ("Rafael Ostrov was jailed for 30 months, and in April a higher court raised it to 36.", {30, 36}),
    ],
)
def test_a_term_changed_through_it(extract_text, text, terms):
    assert {("Rafael Ostrov", t) for t in terms} <= term_pairs(extract_text(text))


@pytest.mark.parametrize(
    "text",
    [
        "Rafael Ostrov was handed 13 years in 2018. His lawyers hope to have it reduced to seven.",
        "Rafael Ostrov was handed 13 years in 2018. He cut it to seven pages for the magazine.",
        "Rafael Ostrov and Ada Lenz were sentenced to 10 years. The court later reduced it to seven.",
    ],
)
def test_no_changed_term_through_it_without_a_change_of_one_persons_term(extract_text, text):
    assert not {t for name, t in term_pairs(extract_text(text)) if name == "Rafael Ostrov"} & {84}


@pytest.mark.parametrize(
    ("text", "terms"),
    [
        (
            "Rafael Ostrov, 34, a blogger, is serving 10 years. Ada Lenz, 29, a teacher, is serving eight.",
            {("Rafael Ostrov", 120), ("Ada Lenz", 96)},
        ),
        (
            "Prosecutors sought 13 years; in the end the court gave Rafael Ostrov nine.",
            {("Rafael Ostrov", 108)},
        ),
        (
            "Ada Lenz was sentenced to ten years. The judge gave Rafael Ostrov seven.",
            {("Ada Lenz", 120), ("Rafael Ostrov", 84)},
        ),
    ],
)
def test_a_bare_number_served_or_given_after_a_stated_term(extract_text, text, terms):
    assert terms <= term_pairs(extract_text(text))


@pytest.mark.parametrize(
    "text",
    [
        "Ada Lenz is serving 10 years. Rafael Ostrov served eight of them as her cellmate.",
        "Ada Lenz is serving 10 years. Rafael Ostrov, her coach, served eight aces in the final.",
    ],
)
def test_no_bare_term_for_what_else_is_served(extract_text, text):
    assert not {t for name, t in term_pairs(extract_text(text)) if name == "Rafael Ostrov"}


@pytest.mark.parametrize(
    "second",
    [
        "In May a court replaced the penalty with 14 months in a colony.",
        "A judge found in May that she had broken its rules and replaced the penalty with 14 months in jail.",
    ],
)
def test_a_penalty_replaced_with_a_prison_term(extract_text, second):
    text = "Ada Lenz got 30 months of restricted freedom. " + second
    assert {("Ada Lenz", 30), ("Ada Lenz", 14)} <= term_pairs(extract_text(text))


@pytest.mark.parametrize(
    "second",
    [
        "In May a court replaced the penalty with a fine.",
        "Prosecutors have now asked the judge to replace that penalty with 14 months in jail.",
        "The prison replaced the windows with bars a year ago.",
    ],
)
def test_no_term_from_a_replacement_that_gives_none(extract_text, second):
    text = "Ada Lenz got 30 months of restricted freedom. " + second
    assert {t for name, t in term_pairs(extract_text(text)) if name == "Ada Lenz"} == {30}


@pytest.mark.parametrize(
    "text",
    [
        "Ada Lenz is serving 11 years on charges of espionage.",
        "Ada Lenz, who is serving 11 years on charges of espionage, wrote to her family.",
        "Ada Lenz, who was serving 11 years on a conviction for espionage, died in May.",
        "Ada Lenz is serving 11 years on espionage charges.",
    ],
)
def test_a_term_served_on_charges(extract_text, text):
    assert ("Ada Lenz", 132) in term_pairs(extract_text(text))


@pytest.mark.parametrize(
    "text",
    ["Ada Lenz served on the city council for 11 years.", "Ada Lenz served in the navy for 11 years."],
)
def test_no_term_for_service_in_a_body(extract_text, text):
    assert not term_pairs(extract_text(text))


def test_a_prison_term_replaced_with_probation_gives_no_new_term(extract_text):
    text = "Ada Lenz, who had got six years for a leaflet, had her term replaced with 30 months of probation."
    assert {t for name, t in term_pairs(extract_text(text)) if name == "Ada Lenz"} == {72}
