"""English, session 52 (`en-read`, a census of the missed events of every English read set), in
wordings invented for these tests:

* a named prisoner's coming home, told bare amid custody ("also came home under the same decree",
  "was back home by Saturday evening", "He came home in March" after the jailing), is the release;
  not a coming home told as a time or a plan ("when he comes home"), one on its way ("were coming
  home from a concert when ..."), a trip ("from Warsaw", "to vote", "after a holiday"), a negated
  one, nor one with no custody told in the sentence or the three before it. A relative as the subject
  ("her mother had returned home") is the prisoner when the speaker is the prisoner's relative.
"""

from __future__ import annotations

import pytest

from tests.extract_views import event_pairs

_PARDON = "The president signed pardons for 14 convicts on Friday, the rights group Viasna said. "


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            _PARDON + "The Brest teacher Alena Savik and Kiryl Rudak, a welder from Pinsk, also came home "
            "under the same decree.",
            ("Alena Savik", "Kiryl Rudak"),
        ),
        (
            _PARDON + "Nadzeya Lauko, 58, a retired nurse from Lida, was back home by Saturday evening.",
            ("Nadzeya Lauko",),
        ),
        (
            "Aleh Mazur was jailed for three years in 2022 for a comment online. He came home in March.",
            ("Aleh Mazur",),
        ),
        (
            "Aleh Mazur was jailed for three years in 2022. His lawyer said on Monday that Mazur had "
            "returned home.",
            ("Aleh Mazur",),
        ),
        (
            "Raisa Hurko was sentenced to two years in a colony. Hurko's son said that his mother had "
            "returned home.",
            ("Raisa Hurko",),
        ),
    ],
)
def test_a_prisoner_coming_home_amid_custody_is_released(extract_text, text, names) -> None:
    pairs = event_pairs(extract_text(text))
    for name in names:
        assert ("release", name) in pairs


@pytest.mark.parametrize(
    "text",
    [
        "Viktar Lis returned home from Warsaw in 2019. He was arrested in 2021.",  # a trip; custody after
        "Viktar Lis returned home in 2019 after a holiday in Spain. He was arrested in 2021 and jailed.",
        "Viktar Lis studied in Minsk and returned home in 2015. Two years later he was detained.",  # before
        "Viktar Lis was jailed in 2022, and his mother says she will bake a cake when he comes home.",
        "Viktar Lis, who was arrested in 2022, never came home.",  # negated
        "Viktar Lis was detained in 2021, days after he came home to vote.",  # a purpose
        "Viktar Lis and his brother were coming home from a concert when police stopped their car.",
        "Viktar Lis came home late after the match and slept until noon.",  # no custody told
        # a relative of his coming home: no resolution makes it his
        "Viktar Lis was jailed in 2022. His mother said her husband came home late that night.",
        "Viktar Lis was jailed in 2022. His wife said her son came home from school in tears.",
    ],
)
def test_a_coming_home_that_ends_no_custody_is_no_release(extract_text, text) -> None:
    assert ("release", "Viktar Lis") not in event_pairs(extract_text(text))
