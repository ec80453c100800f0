"""English news that tells an event before it names the person: a headline or lead about someone
unnamed, then the body's name; names the tagger misreads when an arrest is "of" them. Every
sentence here was written for these tests, each family with its precision traps."""

from __future__ import annotations

import pytest


def _events(result) -> set[tuple[str, str]]:
    names = {p.id: p.name for p in result.persons}
    return {(e.type, names[p]) for e in result.events for p in e.persons}


def _terms(result) -> set[tuple[str, int]]:
    names = {p.id: p.name for p in result.persons}
    return {(names[p], e.term_months) for e in result.events if e.term_months for p in e.persons}


# -- a headline's unnamed person, named by the lead that tells the event again as a noun --------


def test_a_headline_event_goes_to_the_person_the_lead_names_beside_its_noun(extract_text):
    result = extract_text(
        "Navy deserter jailed after 30 years on the run\n\n"
        "The long flight of Karl Heinz Morgen came to an end on Wednesday with a two-year sentence "
        "in a military prison in Kiel."
    )
    assert ("sentence", "Karl Heinz Morgen") in _events(result)
    assert _terms(result) == {("Karl Heinz Morgen", 24)}  # thirty years on the run are no term


@pytest.mark.parametrize(
    "text",
    [
        # the noun is someone's speech, not the lead's news
        "Veteran activist jailed after protest in Cairo\n\nThe office of Interior Minister Karim "
        "Farouk on Tuesday said a harsh sentence was needed to deter others.",
        # the noun is asked for, not given
        "Veteran activist jailed after protest in Cairo\n\nThe office of Interior Minister Karim "
        "Farouk on Tuesday demanded a harsh sentence for the protesters.",
        # a definite noun looks back at the headline's sentence from someone else's side
        "Veteran activist jailed after protest in Cairo\n\nThe statement of Interior Minister Karim "
        "Farouk on Tuesday defended the sentence as lawful and fair.",
    ],
)
def test_a_lead_that_only_talks_about_the_headline_event_names_no_one(extract_text, text):
    assert not _events(extract_text(text))


def test_the_lead_noun_repeated_with_the_name_beside_it(extract_text):
    result = extract_text(
        "Police in Alexandria arrested a blogger on Tuesday over his reports on police abuse.\n"
        "The blogger, Wael Saber, is known for videos filmed inside police stations."
    )
    assert ("arrest", "Wael Saber") in _events(result)


def test_someone_beside_the_lead_noun_but_not_it_is_not_the_lead_person(extract_text):
    result = extract_text(
        "Police in Alexandria arrested a blogger on Tuesday over his reports on police abuse.\n"
        "The blogger's lawyer, Wael Saber, said the charges were false."
    )
    assert not _events(result)


def test_a_term_after_a_time_span_is_not_the_term(extract_text):
    result = extract_text(
        "Anders Kjellberg was jailed on Wednesday after 40 years on the run, the court said."
    )
    assert ("sentence", "Anders Kjellberg") in _events(result)
    assert not _terms(result)


# -- a name an arrest or a deportation is "of" --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The arrest of Tayfun Aloush came after a long investigation into his contacts abroad.",
            ("arrest", "Tayfun Aloush"),
        ),
        (
            "Protests grew in the capital after the detention of Nabil Sharqawi, a blogger, by agents.",
            ("arrest", "Nabil Sharqawi"),
        ),
    ],
)
def test_the_one_an_arrest_is_of_is_a_person(extract_text, text, expected):
    result = extract_text(text)
    assert expected in _events(result)


@pytest.mark.parametrize(
    "text",
    [
        "Analysts expect the release of Windows Media Center to slow sales this year, the firm said.",
        "Police announced the arrest of Manchester United fans after the match on Saturday.",
        "The expulsion of Gazprom Neft from the exchange was announced on Tuesday.",
        "Militants demanded the release of Hamas leaders held in Israeli jails, a statement said.",
    ],
)
def test_a_product_a_firm_or_a_movement_after_of_is_no_person(extract_text, text):
    result = extract_text(text)
    assert not result.persons
    assert not result.events


def test_two_given_names_after_of_are_one_name(extract_text):
    result = extract_text(
        "Friends of Charles Robert Jenkins say the former soldier was detained at an airport on Monday."
    )
    assert "Charles Robert Jenkins" in {p.name for p in result.persons}


def test_a_title_case_surname_and_verb_are_no_name(extract_text):
    result = extract_text(
        "Army Deserter Jenkins Obtains Early Release From Detention\n\n"
        "A former sergeant who defected 40 years ago has been released from a military jail."
    )
    assert not any("Obtains" in p.name for p in result.persons)
