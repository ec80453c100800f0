"""Terms changed on appeal (session 22), on sentences written for these tests: "A and B had their
sentences increased from eight to 11 years each" (the subject of 'have' owns the term), "the
sentence was increased to twenty-five" (a bare number in the unit of the term told just before,
a hyphenated number word too), "a term the higher court then lowered to five years" (a relative
clause without its pronoun). A hope or a plan to change a term changes nothing."""

from __future__ import annotations

import pytest

from tests.extract_views import term_pairs


@pytest.mark.parametrize(
    ("text", "terms"),
    [
        (
            "The lawyers Rustam Valiev and Dilara Sharipova had their sentences increased from eight to 11 "
            "years each.",
            {
                ("Rustam Valiev", 96),
                ("Rustam Valiev", 132),
                ("Dilara Sharipova", 96),
                ("Dilara Sharipova", 132),
            },
        ),
        (
            "Rustam Valiev had his sentence cut from nine to six years by the Supreme Court.",
            {("Rustam Valiev", 108), ("Rustam Valiev", 72)},
        ),
        (
            "Farid Osmani was given twenty years in 2021. On appeal, the sentence was increased "
            "to twenty-five.",
            {("Farid Osmani", 240), ("Farid Osmani", 300)},
        ),
        (
            "Farid Osmani was jailed for twelve years in 2019. Last spring the term was cut to nine.",
            {("Farid Osmani", 144), ("Farid Osmani", 108)},
        ),
        (
            "Judges sentenced the economist Selma Hadzic to eight years in prison in April, a term "
            "the higher court then lowered to five years.",
            {("Selma Hadzic", 96), ("Selma Hadzic", 60)},
        ),
    ],
)
def test_a_changed_term_gives_each_stated_term(extract_text, text, terms):
    assert terms <= term_pairs(extract_text(text))


@pytest.mark.parametrize(
    "text",
    [
        "Farid Osmani was sentenced to ten years. His lawyers hope the term will be reduced to seven.",
        "Farid Osmani was sentenced to ten years. Prosecutors want the sentence increased to fifteen.",
    ],
)
def test_a_hoped_or_wanted_change_is_no_term(extract_text, text):
    assert term_pairs(extract_text(text)) == {("Farid Osmani", 120)}
