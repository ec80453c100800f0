"""English quote speakers (session 27), in wording invented for these tests: a role noun that
names its holder again ("said her son") after the same role was mentioned in between with a
possessive ("her son has since moved to Riga", "her sister had asked ...") still
names the holder introduced by apposition.
"The president" in between is not enough: a story may hold several holders of a role.
Trap: a role noun that brings in a new holder ("a second sister", "another sister") between
the two keeps the later quote from the first holder."""

from __future__ import annotations

import pytest

from tests.extract_views import quote_openings

_STORY = (
    "Teacher jailed over a sermon recording\n\n"
    "Halina Dubrouskaya, 64, was sentenced in March to four years in a penal colony.\n\n"
    '"She never even owned a computer," said {intro}, {name}, who lives in Vilnius.\n\n'
    "{between}\n\n"
    "Officials did not reply to a request for comment.\n\n"
    '"We will go on writing to her every week, whatever they decide," said {again}.'
)


@pytest.mark.parametrize(
    ("intro", "name", "between", "again"),
    [
        ("her son", "Andrei Dubrouski", "Her son has since written to the United Nations.", "her son"),
        (
            "her sister",
            "Marta Kozel",
            "Her sister had asked the court to let her bring warm clothes.",
            "her sister",
        ),
        (
            "her daughter",
            "Iryna Dubrouskaya",
            "Rights groups have demanded her release, and her daughter has started a petition.",
            "her daughter",
        ),
    ],
)
def test_a_role_mentioned_again_in_between_still_names_its_holder(extract_text, intro, name, between, again):
    text = _STORY.format(intro=intro, name=name, between=between, again=again)
    openings = quote_openings(extract_text(text))
    assert (name, "We will go") in openings
    assert (name, "She never even") in openings


@pytest.mark.parametrize(
    "between",
    [
        "A second sister, who asked not to be named, said the appeal had little chance.",
        "Another sister, who lives in Gdansk, said the family had sold the flat.",
    ],
)
def test_a_new_holder_of_the_role_in_between_takes_the_quote_from_the_first(extract_text, between):
    text = _STORY.format(intro="her sister", name="Marta Kozel", between=between, again="her sister")
    openings = quote_openings(extract_text(text))
    assert ("Marta Kozel", "She never even") in openings
    assert ("Marta Kozel", "We will go") not in openings
