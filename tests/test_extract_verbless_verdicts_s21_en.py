"""Verdicts told without a verb after a colon, in wording invented for these tests (session 21):
"The verdict: six years for A, five for B", "The sentences: A, seven years; B, four", "Verdict
for A: eight years", a ruling announced before a colon, a dash-separated run. Each name takes
the term written beside it; a lead-in that asks, risks or expects gives nothing."""

from __future__ import annotations

import pytest

from tests.extract_views import event_pairs


def _terms(result) -> set[tuple[str, int]]:
    names = {p.id: p.name for p in result.persons}
    return {(names[p], e.term_months) for e in result.events if e.term_months for p in e.persons}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rafael Quintana and Bruno Ledesma stood trial together. The verdict: seven years for "
            "Rafael Quintana, four for Bruno Ledesma.",
            {("Rafael Quintana", 84), ("Bruno Ledesma", 48)},
        ),
        (
            "Irina Voloshka was tried with Timur Galiev. The sentences: Voloshka, six years; Galiev, "
            "three years.",
            {("Irina Voloshka", 72), ("Timur Galiev", 36)},
        ),
        (
            "Verdict for Lukas Brenner: nine years, to be served in a closed institution.",
            {("Lukas Brenner", 108)},
        ),
        (
            "The tribunal announced its ruling on Wednesday: ten years for Amadou Keita and six for "
            "Lamine Sow.",
            {("Amadou Keita", 120), ("Lamine Sow", 72)},
        ),
        (
            "Sentences in the Gomel printers case: Yulia Strok — five years; Artur Belov — four; "
            "Nina Rudz — two years and six months.",
            {("Yulia Strok", 60), ("Artur Belov", 48), ("Nina Rudz", 30)},
        ),
        (
            "Teodor Marin and Sorin Vlad were tried in June.\n\nThe punishment: eight and a half years "
            "in a strict colony for Marin, and eighteen months for Vlad.",
            {("Teodor Marin", 102), ("Sorin Vlad", 18)},
        ),
    ],
)
def test_each_name_of_a_verbless_verdict_takes_its_term(extract_text, text, expected):
    assert expected <= _terms(extract_text(text))


def test_an_age_beside_the_name_is_no_term(extract_text):
    result = extract_text("The sentences: Irina Voloshka, 41, six years; Timur Galiev, 27, five years.")
    assert {("Irina Voloshka", 72), ("Timur Galiev", 60)} <= _terms(result)
    assert ("Timur Galiev", 324) not in _terms(result)


def test_an_acquittal_in_the_run_gives_its_name_no_term(extract_text):
    result = extract_text("The outcome: acquittal for Rafael Quintana, five years for Bruno Ledesma.")
    assert ("Bruno Ledesma", 60) in _terms(result)
    assert ("sentence", "Rafael Quintana") not in event_pairs(result)


@pytest.mark.parametrize(
    "text",
    [
        "The prosecution's demand: twelve years for Rafael Quintana, nine for Bruno Ledesma.",
        "The maximum penalty: fifteen years for Rafael Quintana.",
        "The sentences they face: up to ten years for Rafael Quintana and seven for Bruno Ledesma.",
        "The verdict is expected next week: the state wants eleven years for Rafael Quintana.",
        "The possible sentence: eight years for Rafael Quintana if the charge of treason stands.",
    ],
)
def test_a_lead_in_that_asks_or_expects_gives_no_verdict(extract_text, text):
    assert ("sentence", "Rafael Quintana") not in event_pairs(extract_text(text))
