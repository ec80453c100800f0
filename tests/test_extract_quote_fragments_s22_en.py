"""Quoted words that finish the narrator's own sentence, in wording invented for these tests
(session 22; GUIDELINES: scare-quoted fragments without their own clause, and indirect speech,
are not quotes): a phrase in lower case after a comma that no verb of its own heads ('she says,
through every winter, "for the night he returns"'), and the rest of an infinitive whose "to"
stands before the marks ('urged diplomats to "bring every prisoner home"'). A clause of its
own after a comma stays speech, in lower case too."""

from __future__ import annotations

import pytest

from tests.extract_views import quote_openings

_LEAD = "Nadia Feld was released in March after four years in prison. Tarik Aziz is her neighbour.\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        'She kept a candle on the sill, she says, through every winter, "for the night he returns".',
        'She broke the curfew, Tarik Aziz recalls, "within a few hours."',
        'Nadia Feld wrote the letter, she told us, "in the back of a notebook."',
        'She will not leave the country, Nadia Feld insists, "not while he is still inside."',
        'Tarik Aziz urged diplomats to "bring every prisoner home."',
        'Nadia Feld vowed to "keep writing until they lock me up again."',
        'Tarik Aziz asked the court to "show some mercy for once."',
        'Nadia Feld promised to "never stop talking about the camps."',
    ],
)
def test_the_narrators_phrase_in_marks_is_no_quote(extract_text, sentence):
    assert quote_openings(extract_text(_LEAD + sentence)) == set()


@pytest.mark.parametrize(
    ("sentence", "quote"),
    [
        ('"We will go to court again," Nadia Feld said, "and we will win."', ("Nadia Feld", "and we will")),
        ('Tarik Aziz said, "we are not afraid of them."', ("Tarik Aziz", "we are not")),
        ('Nadia Feld said: "To stay silent would be to agree with them."', ("Nadia Feld", "To stay silent")),
        ('"Never again," Tarik Aziz said, "will I sign their papers."', ("Tarik Aziz", "will I sign")),
    ],
)
def test_a_clause_of_its_own_stays_speech(extract_text, sentence, quote):
    assert quote in quote_openings(extract_text(_LEAD + sentence))
