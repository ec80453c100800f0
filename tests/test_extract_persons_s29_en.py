"""English persons (session 29), on sentences written for these tests: outlets and projects named
after a plural or singular body noun ('the exiled outlets A and B', 'the rights project A'),
an outlet whose name ends in a continent ('told Radio Svaboda Europe'), and a prison named before
'the ... military prison' (then bare elsewhere) are no persons. Traps: people after a plural
person noun ('the opposition leaders A and B') and a person beside an outlet stay persons."""

from __future__ import annotations

import pytest


def _names(result) -> set[str]:
    return {p.name for p in result.persons}


@pytest.mark.parametrize(
    ("text", "kept", "dropped"),
    [
        (
            "Police searched the flat of Hanna Dzedzik, who writes for the exiled outlets Zhyvaya "
            "Pravda Europe and Bely Tsvet, on Thursday.",
            {"Hanna Dzedzik"},
            {"Zhyvaya Pravda Europe", "Bely Tsvet"},
        ),
        (
            "The rights project Tsentr Svobody counted 412 new treason cases last year, the lawyer "
            "Iryna Dolhaya said.",
            {"Iryna Dolhaya"},
            {"Tsentr Svobody"},
        ),
        (
            "The editor Tomas Arriaga spent a year in the Puerta Negra military prison. He said he "
            "would never forget Puerta Negra.",
            {"Tomas Arriaga"},
            {"Puerta Negra"},
        ),
        (
            '"We were not told anything," the wife of Pavel Lis told Svobodnye Vesti Europe.',
            {"Pavel Lis"},
            {"Svobodnye Vesti Europe"},
        ),
    ],
)
def test_outlets_projects_and_prisons_are_no_persons(extract_text, text, kept, dropped):
    names = _names(extract_text(text))
    assert kept <= names
    assert not names & dropped


def test_people_after_a_plural_person_noun_stay_persons(extract_text):
    result = extract_text("The opposition leaders Marta Sauchyk and Ihar Bely were sentenced on Monday.")
    assert {"Marta Sauchyk", "Ihar Bely"} <= _names(result)
