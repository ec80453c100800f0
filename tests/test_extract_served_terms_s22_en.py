"""The term being served, told inside a release or a death in custody (session 22), on sentences
written for these tests: "walked free after completing a four-year sentence", "freed ten months
into a three-year sentence", "died while serving a four-year sentence", "after a five-year
sentence was cut by a third"; a compound duration ("a five-year-and-three-month sentence"); a
sports ban is no prison term; another person's term, an office or a list is not the freed one's.
(A release "after completing a 4-year term" is read by the trigger rules, the verb being the
release: the pass adds no term there, which a blind set's writer left out.)"""

from __future__ import annotations

import pytest

from tests.extract_views import event_pairs, term_pairs


@pytest.mark.parametrize(
    ("text", "term"),
    [
        (
            "Opposition activist Sok Dara was freed from prison on Monday under a royal pardon, ten months "
            "into a three-year jail sentence for sedition.",
            ("Sok Dara", 36),
        ),
        (
            "A royal pardon on Thursday freed trade unionist Chea Vannak from Trapeang Phlong prison, eight "
            'months into a 2-year sentence for "insulting the king".',
            ("Chea Vannak", 24),
        ),
        (
            "Former councillor Chan Siu-ming walked free on Friday after completing a four-year sentence.",
            ("Chan Siu-ming", 48),
        ),
        (
            "The list includes the painter Yuri Damaskin, who died in a prison infirmary in 2022 while "
            "serving a four-year sentence.",
            ("Yuri Damaskin", 48),
        ),
        (
            "Former councillor Chan Siu-ming walked free from Pik Uk prison on Friday after a "
            "five-year-and-three-month sentence for sedition was cut by a third.",
            ("Chan Siu-ming", 63),
        ),
    ],
)
def test_the_term_served_inside_a_release_or_death_is_a_sentence(extract_text, text, term):
    assert term in term_pairs(extract_text(text))


@pytest.mark.parametrize(
    "text",
    [
        "Blogger Kamal Hadi was released on Monday, weeks before his colleague Ramiz Tahir finishes a "
        "six-year term.",
        "Blogger Kamal Hadi was released on Monday after he completed his two-year term as chairman of the "
        "union.",
        "Blogger Kamal Hadi was released on Monday; the man who shared his cell, Ramiz Tahir, is serving a "
        "six-year term.",
        "Blogger Kamal Hadi was released on Friday, while his colleague Ramiz Tahir remains in prison "
        "serving a ten-year sentence.",
    ],
)
def test_another_persons_term_or_an_office_is_not_the_freed_ones(extract_text, text):
    assert not any(name == "Kamal Hadi" for name, _ in term_pairs(extract_text(text)))


def test_a_list_of_terms_served_pairs_in_order_and_no_more(extract_text):
    found = term_pairs(
        extract_text(
            "Also freed were Olga Brandt and Pavel Senko, who ran a village library and were serving "
            "sentences of four and seven years respectively."
        )
    )
    assert found == {("Olga Brandt", 48), ("Pavel Senko", 84)}


@pytest.mark.parametrize(
    "text",
    [
        "Former athlete Lina Bekele, who is serving a two-year ban for doping, lost her appeal.",
        "The sprinter Lina Bekele is serving a four-year suspension imposed by the federation.",
    ],
)
def test_a_sports_ban_is_no_prison_term(extract_text, text):
    result = extract_text(text)
    assert not term_pairs(result) and ("sentence", "Lina Bekele") not in event_pairs(result)
