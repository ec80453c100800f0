"""'X, an organiser of the farmers' federation who was detained in May': "who" is the person
the parser passed by on its way to the organisation, so the clause is told of X as fact whatever
governs the phrase (session 21). Invented wording."""

from __future__ import annotations

import pytest

from tests.extract_views import event_pairs


@pytest.mark.parametrize(
    "text",
    [
        "The release of Hector Rivas Mena, a regional organiser of the main farmers' federation who was "
        "arrested in February, had been expected on Monday, his lawyer said.",
        "Students called for the release of Hector Rivas Mena, the treasurer of a teachers' union who was "
        "detained in May.",
    ],
)
def test_the_clause_is_told_of_the_named_person(extract_text, text):
    assert ("arrest", "Hector Rivas Mena") in event_pairs(extract_text(text))


def test_a_hedged_clause_stays_unasserted(extract_text):
    text = (
        "Students called for the release of Hector Rivas Mena, the treasurer of a teachers' union who might "
        "be detained again."
    )
    assert ("arrest", "Hector Rivas Mena") not in event_pairs(extract_text(text))
