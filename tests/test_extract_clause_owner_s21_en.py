"""'his release' inside a relative clause that describes a person through an apposition (session
21): "X, a fellow inmate who shared a cell with Y until his own release, said ...": the pronoun is
the clause's subject's (X), not the named object's (Y). Invented wording."""

from __future__ import annotations

import pytest

from tests.extract_views import event_pairs

_LEAD = "The engineer Farhad Mousavi died in Ghezel Hesar prison on Sunday.\n\n"


@pytest.mark.parametrize(
    ("second", "etype"),
    [
        (
            "Reza Tavakoli, a fellow engineer who shared a cell with Mousavi until his own release in "
            "April, said the older man taught inmates to read.",
            "release",
        ),
        (
            "Reza Tavakoli, a cook who was held with Mousavi before his release last year, described "
            "the ward.",
            "release",
        ),
        (
            "Reza Tavakoli, a poet who had known Mousavi for decades before his arrest in 2019, wept at "
            "the funeral.",
            "arrest",
        ),
    ],
)
def test_the_pronoun_of_the_clause_is_its_subjects(extract_text, second, etype):
    pairs = event_pairs(extract_text(_LEAD + second))
    assert (etype, "Reza Tavakoli") in pairs
    assert (etype, "Farhad Mousavi") not in pairs


def test_a_hoped_release_in_the_clause_stays_unasserted(extract_text):
    pairs = event_pairs(
        extract_text(
            _LEAD + "Reza Tavakoli, a lawyer who has campaigned with Mousavi's family for his release, "
            "attended the funeral."
        )
    )
    assert ("release", "Reza Tavakoli") not in pairs
