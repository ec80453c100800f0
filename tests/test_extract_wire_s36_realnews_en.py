"""Wire-news families of session 36 (whole English articles by journalists): a lead that tells
the event of someone unnamed (an offender, a plain "man", a first mention made definite by its
relative clause, a retelling inside a quotation) and the next paragraph that names them; a person
handed to another state's authorities without "over"; a prison sentence ended; event nouns joined
under one possessor; probation, which is no prison term; a headline in capitals run into its
story; "charged and remanded"; police "holding" a person noun for a crime; a freed person
described after their name. Every sentence is written here, not taken from a yardstick; each
family has its traps."""

from __future__ import annotations

import pytest

from vigil.model import Extraction


def events(result: Extraction) -> set[tuple[str, str]]:
    by_id = {p.id: p.name for p in result.persons}
    return {(e.type, by_id[pid]) for e in result.events for pid in e.persons}


def terms(result: Extraction) -> set[tuple[str, int | None]]:
    by_id = {p.id: p.name for p in result.persons}
    return {(by_id[pid], e.term_months) for e in result.events if e.type == "sentence" for pid in e.persons}


def counts(result: Extraction) -> set[tuple[str, int]]:
    return {(e.type, e.count) for e in result.events if e.count}


# --- a lead's accused, named in the next paragraph ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "pair", "term"),
    [
        (
            "Man jailed over fake bomb threats\n\nCORK 2009-04-14\nA Cork man who phoned in 40 fake"
            " bomb threats to airports was jailed for three years on Tuesday.\nFergal Ahern, 31, of"
            " Douglas, admitted the offences at the city's circuit court.",
            ("sentence", "Fergal Ahern"),
            36,
        ),
        (
            "Smuggler sentenced\n\nATHENS 2009-04-14\nA Greek smuggler who ferried migrants across the"
            " Aegean was sentenced to nine years in prison on Monday.\nNikos Papadakis, 52, and two"
            " crew members had pleaded not guilty, the court was told.",
            ("sentence", "Nikos Papadakis"),
            108,
        ),
        (
            "Fraudster jailed in US\n\nBOSTON 2014-02-03\nThe Latvian fraudster who emptied the"
            " pension accounts of 300 teachers was sentenced to 70 months in federal prison on"
            " Friday.\nJanis Ozols, 39, pleaded guilty in October to wire fraud.",
            ("sentence", "Janis Ozols"),
            70,
        ),
    ],
)
def test_a_leads_accused_is_the_one_the_next_paragraph_introduces_in_court(extract_text, text, pair, term):
    result = extract_text(text)
    assert pair in events(result)
    assert (pair[1], term) in terms(result)


@pytest.mark.parametrize(
    "text",
    [
        # the one the next paragraph names was harmed, not accused
        "Gunman jailed\n\nLEEDS 2009-04-14\nA gunman who opened fire outside a nightclub was jailed"
        " for 12 years on Monday.\nDaniel Cobb, 22, was shot in the leg and spent a month in hospital,"
        " the court heard.",
        # no court and no accusation in the introduction: someone else of the story
        "Man jailed\n\nLEEDS 2009-04-14\nA man who set fire to a warehouse was jailed for six years on"
        " Monday.\nDaniel Cobb, 22, the warehouse owner, has rebuilt the business since.",
        # a definite noun with no relative clause looks back, not forward
        "Smuggler jailed\n\nATHENS 2009-04-14\nThe smuggler was sentenced to nine years in prison on"
        " Monday.\nNikos Papadakis, 52, had pleaded not guilty, the court was told.",
    ],
)
def test_a_leads_accused_is_not_a_victim_nor_a_bystander(extract_text, text):
    found = events(extract_text(text))
    assert ("sentence", "Daniel Cobb") not in found
    assert ("sentence", "Nikos Papadakis") not in found


def test_a_quoted_retelling_names_the_leads_person(extract_text):
    result = extract_text(
        "Dutch police arrest notary\n\nUTRECHT 2003-06-02\nInvestigators arrested a notary on Monday"
        ' in connection with a land fraud inquiry, prosecutor Anke de Vries said.\n"Joost Verbeek was'
        ' arrested and will be charged with forgery," de Vries told reporters.\nShe said searches had'
        " taken place at two offices."
    )
    assert ("arrest", "Joost Verbeek") in events(result)
    assert not any(name == "Anke de Vries" for _, name in events(result))


@pytest.mark.parametrize(
    "quote",
    [
        '"Joost Verbeek was not arrested," de Vries told reporters.',
        '"Joost Verbeek was arrested in 1999 and Piet Smit was arrested today," de Vries said.',
    ],
)
def test_a_quoted_retelling_denied_or_shared_names_no_one(extract_text, quote):
    result = extract_text(
        "Dutch police arrest notary\n\nUTRECHT 2003-06-02\nInvestigators arrested a notary on Monday"
        f" in connection with a land fraud inquiry, prosecutor Anke de Vries said.\n{quote}"
    )
    assert not any(t == "arrest" for t, _ in events(result))


# --- handed to another state's authorities ------------------------------------------------------


def test_a_person_handed_to_another_states_authorities_is_deported(extract_text):
    result = extract_text(
        "Spain hands suspected smuggler to Morocco\n\nMADRID 2004-03-09\nSpain on Tuesday handed a"
        " suspected member of a drug ring to Moroccan authorities, police said.\nKarim Benjelloun,"
        " 41, who had just completed a prison sentence in Spain, is wanted in Tangier."
    )
    found = events(result)
    assert ("deportation", "Karim Benjelloun") in found
    assert {("release", "Karim Benjelloun"), ("sentence", "Karim Benjelloun")} <= found


@pytest.mark.parametrize(
    "text",
    [
        "Spain on Tuesday handed the seized documents to Moroccan authorities.",
        "Spanish police handed the suspect to Spanish prosecutors on Tuesday.",
        "The club handed striker Karim Benjelloun to a rival on loan.",
    ],
)
def test_things_and_hand_overs_within_one_state_are_no_deportation(extract_text, text):
    assert not any(t == "deportation" for t, _ in events(extract_text(text)))


# --- a prison sentence ended ----------------------------------------------------------------------


def test_a_prison_sentence_ended_is_a_sentence_without_a_term(extract_text):
    result = extract_text(
        "Tomasz Zielinski, who had just ended a prison sentence in Poland, was arrested again."
    )
    assert ("sentence", "Tomasz Zielinski") in events(result)
    assert ("Tomasz Zielinski", None) in terms(result)


@pytest.mark.parametrize(
    "text",
    [
        "Tomasz Zielinski, who had just ended a sentence with a question, looked at the judge.",
        "Tomasz Zielinski ended his term as mayor in May.",
    ],
)
def test_a_sentence_of_speech_or_an_office_ended_is_none(extract_text, text):
    assert ("sentence", "Tomasz Zielinski") not in events(extract_text(text))


# --- event nouns joined under one possessor ---------------------------------------------------------


def test_joined_event_nouns_share_their_possessor(extract_text):
    result = extract_text("Weeks after Omar Haidari's arrest and extradition, his brother fled to Norway.")
    assert {("arrest", "Omar Haidari"), ("deportation", "Omar Haidari")} <= events(result)


def test_a_joined_noun_under_a_goal_stays_a_goal(extract_text):
    result = extract_text("Lawyers campaigned for Omar Haidari's release and pardon for a year.")
    assert not any(name == "Omar Haidari" for _, name in events(result))


# --- probation is no prison term --------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Last year, Gen. Mark Ellison was sentenced to two years' probation for leaking files.",
        "Mark Ellison was sentenced Monday to 18 months probation and fined $5,000.",
    ],
)
def test_probation_is_a_sentence_with_no_term(extract_text, text):
    result = extract_text(text)
    assert ("sentence", "Mark Ellison") in events(result)
    assert terms(result) == {("Mark Ellison", None)}


def test_a_prison_term_beside_probation_keeps_its_length(extract_text):
    result = extract_text("Mark Ellison was sentenced to two years in prison and three years' probation.")
    assert ("Mark Ellison", 24) in terms(result)


# --- a headline in capitals run into the story ------------------------------------------------------


def test_a_capitals_headline_run_into_the_story_counts_none_of_its_numbers(extract_text):
    result = extract_text(
        "THREE HURT, 12 EVACUATED IN DOCK BLAZE Two men have been arrested after a fire tore through a"
        " warehouse in Hull early Sunday."
    )
    assert counts(result) == {("arrest", 2)}


def test_capitals_inside_a_sentence_do_not_split_it(extract_text):
    result = extract_text("Officers from the FBI and the DEA arrested Paul Lindqvist in Miami on Friday.")
    assert ("arrest", "Paul Lindqvist") in events(result)


# --- charged and remanded ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Owen Pryce, 36, was charged and remanded in custody.",
        "Owen Pryce was charged with arson on Friday and remanded in custody until next week.",
    ],
)
def test_charged_and_remanded_is_an_arrest(extract_text, text):
    assert ("arrest", "Owen Pryce") in events(extract_text(text))


def test_charged_and_remanded_on_bail_is_none(extract_text):
    assert ("arrest", "Owen Pryce") not in events(
        extract_text("Owen Pryce was charged and remanded on bail.")
    )


# --- police holding a person noun for a crime ---------------------------------------------------------


def test_police_holding_a_person_noun_named_beside_it_for_a_crime(extract_text):
    result = extract_text(
        "Police said on Sunday they were holding a 30-year-old woman, Hana Novak, in connection with the"
        " arson attack."
    )
    assert ("arrest", "Hana Novak") in events(result)


def test_holding_a_meeting_over_a_crime_is_no_arrest(extract_text):
    result = extract_text("The council held a meeting in connection with the arson attack, Hana Novak said.")
    assert not any(t == "arrest" for t, _ in events(result))


# --- a freed person described after their name --------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The delegation met Farid Nouri, another freed Canadian, in Frankfurt.",
        "Farid Nouri, a freed prisoner, thanked the delegation in Frankfurt.",
    ],
)
def test_a_freed_person_described_after_the_name(extract_text, text):
    assert ("release", "Farid Nouri") in events(extract_text(text))


@pytest.mark.parametrize(
    "text",
    [
        "Farid Nouri, a freed hostage, thanked the delegation in Frankfurt.",
        "Farid Nouri, a released album's producer, thanked the delegation.",
    ],
)
def test_a_freed_hostage_or_a_released_thing_is_no_release(extract_text, text):
    assert ("release", "Farid Nouri") not in events(extract_text(text))


# --- a name that modifies whom the verb takes, and a pronoun of an unnamed one -------------------


def test_a_name_modifying_a_relation_noun_after_the_verb_is_not_freed(extract_text):
    result = extract_text(
        "Court frees Karadzic bodyguard\n\nSARAJEVO (Reuters) - A court on Monday freed Radomir"
        " Karadzic's former bodyguard, Zoran Lukic, on bail pending his appeal."
    )
    found = events(result)
    assert ("release", "Zoran Lukic") in found
    assert not any(name == "Radomir Karadzic" for _, name in found)


def test_a_pronoun_after_an_unnamed_object_is_that_ones(extract_text):
    result = extract_text(
        "Police released an adviser to rebel commander Idris Tahir after holding him for two days."
    )
    assert not any(name == "Idris Tahir" for _, name in events(result))


def test_a_pronoun_of_the_named_object_keeps_its_person(extract_text):
    result = extract_text("Police released Idris Tahir after holding him for two days.")
    assert {("release", "Idris Tahir"), ("arrest", "Idris Tahir")} <= events(result)
