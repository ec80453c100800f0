"""A colon quote whose lead-in carries a relative clause on the statement, in wording invented for
these tests (session 22): 'X said in his final statement, which a cousin wrote down and passed to
reporters: "..."' is X's. The relative clause tells how the words travelled, and its subject (a
cousin, a lawyer) is their messenger, not their speaker. A relative clause whose subject is the
speaker ('X, who wrote from her cell: "..."') keeps the speaker."""

from __future__ import annotations

import pytest

from tests.extract_views import quote_openings

_LEAD = "Andrei Kazlou, a 41-year-old teacher, was sentenced to six years on Monday.\n\n"


@pytest.mark.parametrize(
    "paragraph",
    [
        "Kazlou said in his final statement, which a cousin wrote down and passed to reporters: "
        '"I did not overthrow anything. I wrote about potholes."',
        "Kazlou spoke for ten minutes in a closing speech, which a relative recorded from memory: "
        '"I did not overthrow anything. I wrote about potholes."',
        "Kazlou wrote in a letter, which his wife later read out to journalists: "
        '"I did not overthrow anything. I wrote about potholes."',
    ],
)
def test_the_messenger_of_the_words_is_not_their_speaker(extract_text, paragraph):
    assert ("Andrei Kazlou", "I did not") in quote_openings(extract_text(_LEAD + paragraph))


def test_a_relative_clause_of_the_speaker_keeps_the_speaker(extract_text):
    result = extract_text(
        _LEAD + 'Kazlou, who wrote to the court from his cell, said: "I ask for nothing but a fair hearing."'
    )
    assert ("Andrei Kazlou", "I ask for") in quote_openings(result)


def test_an_unnamed_messenger_speaking_for_himself_gives_nobody(extract_text):
    result = extract_text(_LEAD + 'A cousin who visited him wrote on Tuesday: "He looked thin and tired."')
    assert ("Andrei Kazlou", "He looked thin") not in quote_openings(result)
