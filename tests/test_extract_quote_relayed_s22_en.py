"""A colon quote whose lead-in carries a relative clause on the statement, in wording invented for
these tests (session 22): 'X spoke in a closing plea, which an uncle copied out and sent on to a
rights group: "..."' is X's. The relative clause tells how the words travelled, and its subject (an
uncle, a lawyer) is their messenger, not their speaker. A relative clause whose subject is the
speaker ('X, who wrote from her cell: "..."') keeps the speaker."""

from __future__ import annotations

import pytest

from tests.extract_views import quote_openings

_LEAD = "Pavel Hrabko, a bus driver from Mazyr, heard his verdict on Friday.\n\n"


@pytest.mark.parametrize(
    "paragraph",
    [
        "Hrabko spoke in a closing plea, which an uncle copied out and sent on to a rights group: "
        '"I broke no law. I only filmed the queue at the bakery."',
        "Hrabko spoke for ten minutes to the bench, which a niece noted down from memory: "
        '"I broke no law. I only filmed the queue at the bakery."',
        "Hrabko wrote in a letter, which his wife later read out to journalists: "
        '"I broke no law. I only filmed the queue at the bakery."',
    ],
)
def test_the_messenger_of_the_words_is_not_their_speaker(extract_text, paragraph):
    assert ("Pavel Hrabko", "I broke no") in quote_openings(extract_text(_LEAD + paragraph))


def test_a_relative_clause_of_the_speaker_keeps_the_speaker(extract_text):
    result = extract_text(
        _LEAD + 'Hrabko, who wrote to the judge from his cell, said: "I want only an honest judge."'
    )
    assert ("Pavel Hrabko", "I want only") in quote_openings(result)


def test_an_unnamed_messenger_speaking_for_himself_gives_nobody(extract_text):
    result = extract_text(_LEAD + 'A cousin who visited him wrote on Tuesday: "He looked thin and tired."')
    assert ("Pavel Hrabko", "He looked thin") not in quote_openings(result)
