"""A named person and a counted rest, in wording invented for these tests (session 21): the rest
set off after the subject ("X, along with four other activists, was detained" is five), and a
group remanded after a bail hearing (a bail asked for or refused frees no one)."""

from __future__ import annotations

import pytest

from tests.extract_views import event_pairs, group_counts


@pytest.mark.parametrize(
    ("text", "pair", "count"),
    [
        (
            "Oksana Hrytsenko, along with four other nurses, was detained outside the ministry.",
            ("arrest", "Oksana Hrytsenko"),
            ("arrest", 5),
        ),
        (
            "Marek Sobczyk, together with two fellow miners, was freed on Tuesday evening.",
            ("release", "Marek Sobczyk"),
            ("release", 3),
        ),
        (
            "The blogger Emre Kaplan, alongside nine co-defendants, was convicted of insulting officials.",
            ("sentence", "Emre Kaplan"),
            ("sentence", 10),
        ),
        (
            "Police took Daniela Ferro into custody along with three other organisers of the march.",
            ("arrest", "Daniela Ferro"),
            ("arrest", 4),
        ),
    ],
)
def test_a_counted_rest_set_off_after_the_name_counts_with_it(extract_text, text, pair, count):
    result = extract_text(text)
    assert pair in event_pairs(result)
    assert count in group_counts(result)


@pytest.mark.parametrize(
    "text",
    [
        "Oksana Hrytsenko, along with dozens of other nurses, was detained outside the ministry.",
        "Oksana Hrytsenko, along with more than 30 other nurses, was detained outside the ministry.",
        "Oksana Hrytsenko, along with some 40 other nurses, was detained outside the ministry.",
    ],
)
def test_an_approximate_rest_gives_no_count(extract_text, text):
    result = extract_text(text)
    assert ("arrest", "Oksana Hrytsenko") in event_pairs(result)
    assert not {c for c in group_counts(result) if c[0] == "arrest"}


def test_a_negated_event_with_companions_gives_nothing(extract_text):
    result = extract_text("Oksana Hrytsenko, along with three other nurses, was not released.")
    assert ("release", "Oksana Hrytsenko") not in event_pairs(result)
    assert ("release", 4) not in group_counts(result)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "Farid Alizada and 11 other reporters were remanded after a three-day bail hearing.",
            ("arrest", 12),
        ),
        (
            "Farid Alizada and five other reporters were remanded in custody after their bail pleas.",
            ("arrest", 6),
        ),
    ],
)
def test_a_remand_after_a_bail_hearing_is_a_detention(extract_text, text, count):
    result = extract_text(text)
    assert ("arrest", "Farid Alizada") in event_pairs(result)
    assert count in group_counts(result)


@pytest.mark.parametrize(
    "text",
    [
        "Farid Alizada was remanded on bail until the trial opens in June.",
        "Farid Alizada was remanded on bail after a short hearing.",
    ],
)
def test_a_remand_on_bail_is_no_detention(extract_text, text):
    assert ("arrest", "Farid Alizada") not in event_pairs(extract_text(text))


def test_companions_of_an_earlier_arrest_are_not_counted_in_the_release(extract_text):
    result = extract_text(
        "The councillor Rutendo Moyo walked out of Chikurubi prison on Monday after a judge granted "
        "her bail, a month after her arrest with nine other residents at a street meeting."
    )
    assert ("release", "Rutendo Moyo") in event_pairs(result)
    assert ("release", 10) not in group_counts(result)
