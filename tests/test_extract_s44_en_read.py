"""English events, terms and persons of session 44 (en-read, the `syn34b` census), in wordings
invented for these tests: an infinitive inside a body's name ("the Committee to Protect
Journalists") is no purpose of a release; a name set off after a settlement's noun ("the capital,
X") is the place's; a person's sex told by the "she" of the next sentence, and a pronoun that goes
on with a subject pronoun of its sex across sentences naming no one; "recovered her freedom"; the
codes of Russian remand prisons and colonies ("walked out of IK-2", "held in SIZO-1"); a term's
length set off after its noun ("his term in full — 2 years and 3 months"); "who had been jailed
since June" as the arrest; "to whom a court had given two years". Each with traps that must stay
without the event."""

from __future__ import annotations

import pytest

from tests.extract_views import event_pairs


def _terms(result) -> set[tuple[str, int]]:
    names = {p.id: p.name for p in result.persons}
    return {(names[p], e.term_months) for e in result.events if e.term_months for p in e.persons}


# --- an infinitive that is a word of a name, not a purpose --------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Reporter Salif Kaboré was freed on Tuesday after eight months, according to the Committee to "
        "Protect Journalists.",
        "Blogger Salif Kaboré was freed on Tuesday, according to the Campaign to End Arbitrary Detention.",
    ],
)
def test_release_beside_a_name_with_an_infinitive(extract_text, text) -> None:
    assert event_pairs(extract_text(text)) == {("release", "Salif Kaboré")}


def test_freed_to_do_something_stays_no_release(extract_text) -> None:
    text = "The court ruling freed Salif Kaboré to run for mayor of Bobo-Dioulasso."
    assert event_pairs(extract_text(text)) == set()


# --- a name set off after a settlement's noun is the place's; pronouns across nameless sentences --


def test_capital_set_off_is_no_person_and_he_goes_on(extract_text) -> None:
    text = (
        "Activist Tomás Obiang Nze was arrested at his home in Malabo on 2 June.\n\n"
        "Rosa Mikue Ondo, a fellow member of his group, was released on 5 June. She told his family "
        "that officers beat him.\n\n"
        "The arrest followed posts in which he mocked the new administrative capital, Ciudad de la "
        "Paz. It is not the first time he has been targeted. In 2019 he was detained for six months in "
        "Black Beach prison."
    )
    result = extract_text(text)
    assert {p.name for p in result.persons} == {"Tomás Obiang Nze", "Rosa Mikue Ondo"}
    assert event_pairs(result) == {
        ("arrest", "Tomás Obiang Nze"),
        ("release", "Rosa Mikue Ondo"),
    }


def test_she_after_a_name_with_an_owner_tells_nothing(extract_text) -> None:
    """'Her son X was detained. She said ...': the "she" is the mother's, so X's sex stays unknown
    and a later "he" still reaches X."""
    text = (
        "Her son Tomás Obiang Nze was detained on Monday. She said officers gave no reason.\n\n"
        "In 2019 he was detained for six months."
    )
    assert ("arrest", "Tomás Obiang Nze") in event_pairs(extract_text(text))


# --- "recovered her freedom" ----------------------------------------------------------------------


def test_recovered_her_freedom(extract_text) -> None:
    text = "Fish trader Aminata Faye, jailed over voice messages, recovered her freedom on Monday night."
    assert ("release", "Aminata Faye") in event_pairs(extract_text(text))


def test_recovered_freedom_of_movement_is_no_release(extract_text) -> None:
    text = (
        "Aminata Faye, a trader who spent a year in prison in 2019, recovered her freedom of movement "
        "when the travel ban expired."
    )
    assert ("release", "Aminata Faye") not in event_pairs(extract_text(text))


# --- codes of remand prisons and penal colonies ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Tomsk activist Gleb Sorokin walked out of IK-2 in Seversk today.", ("release", "Gleb Sorokin")),
        ("Journalist Gleb Sorokin left SIZO-1 in Tver on Monday.", ("release", "Gleb Sorokin")),
        (
            "Pensioner Gleb Sorokin has been held in SIZO-4 in Saratov since October.",
            ("arrest", "Gleb Sorokin"),
        ),
    ],
)
def test_custody_codes(extract_text, text, pair) -> None:
    assert pair in event_pairs(extract_text(text))


def test_custody_codes_traps(extract_text) -> None:
    # a penal colony is where a term is served: a stay, no arrest; a lawyer's visit is no release
    text = (
        "Gleb Sorokin is held in IK-6 in Mordovia. His lawyer Anna Vetrova left SIZO-1 after a "
        "two-hour visit to another client."
    )
    assert event_pairs(extract_text(text)) == set()


# --- a term's length set off after its noun -----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Activist Gleb Sorokin walked out of prison today, having served his term in full — 2 years and 3 "
        "months for a post about the war.",
        "Activist Gleb Sorokin was released today after serving his sentence — two years and three months "
        "— for a post about the war.",
        "Activist Gleb Sorokin was released today after serving his full term, two years and three "
        "months, for a post about the war.",
    ],
)
def test_term_set_off_after_its_noun(extract_text, text) -> None:
    result = extract_text(text)
    assert ("release", "Gleb Sorokin") in event_pairs(result)
    assert _terms(result) == {("Gleb Sorokin", 27)}


def test_time_after_the_term_noun_is_no_length(extract_text) -> None:
    text = (
        "Gleb Sorokin was released on Monday after serving his sentence, two years after his arrest in Tomsk."
    )
    assert _terms(extract_text(text)) == set()


# --- "who had been jailed since June": custody dated from its start ------------------------------


def test_jailed_since_in_a_relative_clause_is_the_arrest(extract_text) -> None:
    text = (
        "Moussa Diallo, a 24-year-old student who had been jailed since June 2023, walked out of "
        "Rebeuss prison on Thursday."
    )
    assert event_pairs(extract_text(text)) == {("arrest", "Moussa Diallo"), ("release", "Moussa Diallo")}


def test_jailed_since_beside_a_served_term_stays_a_sentence(extract_text) -> None:
    text = "The cleric Moussa Diallo, who has been jailed since 1989, is serving a life sentence."
    assert ("arrest", "Moussa Diallo") not in event_pairs(extract_text(text))


# --- "to whom a court had given two years" -------------------------------------------------------


def test_term_given_to_whom(extract_text) -> None:
    text = (
        "Aminata Faye, a trader to whom a Dakar court had given two years in October for "
        '"calls to insurrection", walked free on Monday.'
    )
    result = extract_text(text)
    assert event_pairs(result) == {("sentence", "Aminata Faye"), ("release", "Aminata Faye")}
    assert _terms(result) == {("Aminata Faye", 24)}


# --- "So did X" repeats the main verb, not a verdict told in a describing clause ----------------


def test_so_did_repeats_the_main_verb(extract_text) -> None:
    text = (
        "Aminata Faye, a fish trader to whom a Dakar court had given two years in October, walked free "
        "on Monday. So did the rapper Mamadou Kane, who had been held without trial since his arrest "
        "in April."
    )
    pairs = event_pairs(extract_text(text))
    assert ("release", "Mamadou Kane") in pairs
    assert ("sentence", "Mamadou Kane") not in pairs
