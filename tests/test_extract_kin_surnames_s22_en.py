"""A lone surname that a prisoner and a relative both carry, in wording invented for these tests
(session 22): the relative introduced by a kin noun ("his daughter, Marta Quiroga") is named by
the given name on later reference, so a bare "Quiroga" is the story's own subject when that
subject carries the word as the first of two surnames ("Tomás Ernesto Quiroga Vidal") or as a
Chinese surname written first ("Tam Chi-keung"). The relative keeps her own quotes."""

from __future__ import annotations

import pytest

from tests.extract_views import event_pairs, quote_openings


@pytest.mark.parametrize(
    ("text", "pair", "wrong"),
    [
        (
            "Tomás Ernesto Quiroga Vidal, a bus driver, was detained in Maracay in April. His daughter, "
            "Marta Quiroga, said nobody told the family where he was taken.\n\n"
            "Quiroga was released on bail in June.",
            ("release", "Tomás Ernesto Quiroga Vidal"),
            ("release", "Marta Quiroga"),
        ),
        (
            "João Carlos Ferreira Lima, a teacher, was picked up by police in March. His son Pedro "
            "Ferreira has campaigned for him ever since.\n\nFerreira was freed without charge last week.",
            ("release", "João Carlos Ferreira Lima"),
            ("release", "Pedro Ferreira"),
        ),
        (
            "Tam Chi-keung, a 58-year-old printer, was jailed in 2022 over a pamphlet. His wife, Grace "
            "Tam, visits him on Sundays.\n\nTam was released from Stanley Prison on Friday.",
            ("release", "Tam Chi-keung"),
            ("release", "Grace Tam"),
        ),
        (
            "Lau Ka-yan, a bookseller, was arrested in 2021. Her brother, Kevin Lau, runs the shop now.\n\n"
            "Lau was freed in August after serving her term.",
            ("release", "Lau Ka-yan"),
            ("release", "Kevin Lau"),
        ),
    ],
)
def test_a_lone_surname_is_the_subject_not_the_relative(extract_text, text, pair, wrong):
    pairs = event_pairs(extract_text(text))
    assert pair in pairs
    assert wrong not in pairs


def test_a_korean_surname_written_first_names_its_person(extract_text):
    pairs = event_pairs(
        extract_text("Park Min-jun was detained on Tuesday in Busan. Park was released two days later.")
    )
    assert ("release", "Park Min-jun") in pairs


def test_the_relative_keeps_her_own_quotes(extract_text):
    result = extract_text(
        "Tam Chi-keung, a printer, has been serving six years since 2022. His wife, Grace Tam, visits "
        'him on Sundays. "He asks about the garden," she said. "He always does."\n\n'
        "Tam's lawyers hope the appeal will cut his term."
    )
    quotes = quote_openings(result)
    assert ("Grace Tam", "He asks about") in quotes
    assert ("Grace Tam", "He always does.") in quotes


def test_a_relative_the_story_is_about_keeps_her_events(extract_text):
    # the relative is the only one who went through anything: nothing to take from her
    pairs = event_pairs(
        extract_text(
            "Marta Quiroga, whose father Tomás Ernesto Quiroga Vidal ran a bakery, was arrested in "
            "Maracay in April."
        )
    )
    assert ("arrest", "Marta Quiroga") in pairs
    assert ("arrest", "Tomás Ernesto Quiroga Vidal") not in pairs
