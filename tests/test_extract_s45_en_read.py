"""English events, counts and terms of session 45 (en-read, the `syn35b` census), in wordings
invented for these tests: "X is to spend 4 years in a penal colony" (the "be to" of a decided
term); a counted group whose members a clause of knowing lists after a colon ("Rights defenders
know three of them: A, B and C", "We have confirmed the names: ...", with one sentence about the
names allowed between); "were taken away after the searches" (a detention told by the search it
ends). Each with traps that must stay without the event."""

from __future__ import annotations

import pytest

from tests.extract_views import event_pairs, group_counts


def _terms(result) -> set[tuple[str, int]]:
    names = {p.id: p.name for p in result.persons}
    return {(names[p], e.term_months) for e in result.events if e.term_months for p in e.persons}


def _members(result, kind: str) -> set[tuple[int, frozenset[str]]]:
    names = {p.id: p.name for p in result.persons}
    return {
        (e.count, frozenset(names[p] for p in e.persons))
        for e in result.events
        if e.type == kind and e.count is not None
    }


# --- "is to spend N years in a colony" -------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "On 3 May the Brest Regional Court handed down a verdict in the case of Tomas Karnei, a "
        "welder. Karnei is to spend 5 years in a strict-regime penal colony.",
        "Convicted of treason, Tomas Karnei is to serve 5 years in a strict-regime colony.",
    ],
)
def test_is_to_spend_a_term_in_custody(extract_text, text) -> None:
    result = extract_text(text)
    assert ("sentence", "Tomas Karnei") in event_pairs(result)
    assert _terms(result) == {("Tomas Karnei", 60)}


@pytest.mark.parametrize(
    "text",
    [
        "If convicted, Tomas Karnei is to spend 5 years in a penal colony.",
        "Tomas Karnei is not to spend 5 years in a penal colony, his lawyer hopes.",
        "Tomas Karnei is to spend two months in pre-trial detention.",
        "Tomas Karnei is about to spend 5 years in a penal colony.",
        "The aim of Tomas Karnei is to spend 5 years in Warsaw.",
    ],
)
def test_is_to_spend_traps_stay_without_a_term(extract_text, text) -> None:
    result = extract_text(text)
    assert ("sentence", "Tomas Karnei") not in event_pairs(result)
    assert _terms(result) == set()


# --- a clause of knowing lists a counted group's members after a colon ------------------------------


@pytest.mark.parametrize(
    "lead",
    [
        "Rights defenders know three of them:",
        "Three of them are known to us:",
        "We have confirmed the names:",
        "The monitors have identified three of them:",
    ],
)
def test_knowing_lead_lists_counted_members(extract_text, lead) -> None:
    text = (
        "In Lida, seven people were detained on 4 March over donations to a strike fund. "
        f"{lead} Hanna Volak, Piotr Sych and Ales Barys. All are held in the town's detention centre."
    )
    result = extract_text(text)
    assert _members(result, "arrest") == {(7, frozenset({"Hanna Volak", "Piotr Sych", "Ales Barys"}))}


def test_knowing_lead_after_a_sentence_about_names(extract_text) -> None:
    text = (
        "The state news agency reported that 20 people convicted of extremism had been pardoned. "
        "Their names were not published. So far the group has been able to confirm the release of "
        "only one of them: Piotr Sych, a former cameraman."
    )
    assert _members(extract_text(text), "release") == {(20, frozenset({"Piotr Sych"}))}


@pytest.mark.parametrize(
    "lead",
    [
        "We do not know the names of them:",  # denied
        "Rights defenders know two of them:",  # the number is not the list's
        "The officers questioned them:",  # no clause of knowing
    ],
)
def test_knowing_lead_traps_stay_without_members(extract_text, lead) -> None:
    text = (
        "In Lida, seven people were detained on 4 March over donations to a strike fund. "
        f"{lead} Hanna Volak, Piotr Sych and Ales Barys."
    )
    result = extract_text(text)
    assert ("arrest", 7) in group_counts(result)
    assert _members(result, "arrest") == {(7, frozenset())}


# --- "taken away after the searches" -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Masked officers searched homes in Bakhchysarai at dawn. Five men were taken away after the "
        "searches, among them Enver Seitov.",
        "Enver Seitov was taken away during a raid on his flat in Bakhchysarai.",
    ],
)
def test_taken_away_after_a_search(extract_text, text) -> None:
    assert ("arrest", "Enver Seitov") in event_pairs(extract_text(text))


@pytest.mark.parametrize(
    "text",
    [
        "Officers took away laptops and phones after the search of Enver Seitov's flat.",
        "Enver Seitov was not taken away after the search, his wife said.",
        "After the search the officers took away the books that Enver Seitov had left.",
    ],
)
def test_things_taken_after_a_search_stay_no_arrest(extract_text, text) -> None:
    assert ("arrest", "Enver Seitov") not in event_pairs(extract_text(text))


# --- walking out of a penal facility named by its kind ------------------------------------------


@pytest.mark.parametrize(
    "place",
    [
        "the Kuje Custodial Centre",
        "the Central Women's Correctional Institution",
        "Zakhele Remand Centre",
    ],
)
def test_walked_out_of_a_penal_facility(extract_text, place) -> None:
    text = f"Reporter Adaeze Okafor walked out of {place} on Friday after eleven days."
    assert event_pairs(extract_text(text)) == {("release", "Adaeze Okafor")}


@pytest.mark.parametrize("place", ["the shopping centre", "the security centre", "the press centre"])
def test_walked_out_of_another_centre_is_no_release(extract_text, place) -> None:
    text = f"Reporter Adaeze Okafor walked out of {place} on Friday in protest."
    assert event_pairs(extract_text(text)) == set()


# --- "pardoned 18 people serving sentences": the object the parser made a clause's subject ----------


def test_pardoned_people_serving_sentences(extract_text) -> None:
    text = (
        "Minsk has pardoned 14 people serving sentences for extremism, the press service said. "
        "Viasna has identified some of those freed. They include Hanna Volak, a nurse, and Piotr "
        "Sych, a teacher."
    )
    result = extract_text(text)
    assert group_counts(result) == {("release", 14)}
    assert _members(result, "release") == {(14, frozenset({"Hanna Volak", "Piotr Sych"}))}


def test_people_said_to_be_serving_sentences_are_no_group_release(extract_text) -> None:
    text = "Hanna Volak said 14 people were serving sentences for extremism in the colony."
    assert ("release", 14) not in group_counts(extract_text(text))


# --- "convicted alongside her brother": her own possessive links no group -------------------------


def test_convicted_alongside_her_brother_joins_no_group(extract_text) -> None:
    text = (
        "Nine people jailed over the 2022 protests were freed on Wednesday. A list identified them as "
        "Hanna Volak; Piotr Sych, a trader; and Ales Barys.\n\n"
        "Hanna Volak was convicted alongside her brother. The brother, Ihar Volak, died in prison in 2024."
    )
    result = extract_text(text)
    sentenced = {p for kind, p in event_pairs(result) if kind == "sentence"}
    assert "Piotr Sych" not in sentenced and "Ales Barys" not in sentenced
    assert ("sentence", "Hanna Volak") in event_pairs(result)


def test_released_alongside_a_member_joins_the_group(extract_text) -> None:
    text = (
        "Nine activists were freed on Monday, among them Hanna Volak. Piotr Sych was released alongside her."
    )
    assert _members(extract_text(text), "release") == {(9, frozenset({"Hanna Volak", "Piotr Sych"}))}


# --- "ordered pre-trial detention for twelve of them": a counted group held before trial -----------


def test_pretrial_detention_for_a_counted_part(extract_text) -> None:
    text = (
        "Police arrested 14 people in Otavalo on Saturday. On Sunday a judge ordered pre-trial "
        "detention for twelve of them on charges of terrorism. Among the twelve are Segundo Cachimuel "
        "and Ines Lema. The other two were released."
    )
    result = extract_text(text)
    assert {("arrest", 14), ("arrest", 12), ("release", 2)} <= group_counts(result)
    assert (12, frozenset({"Segundo Cachimuel", "Ines Lema"})) in _members(result, "arrest")
    assert ("release", "Ines Lema") not in event_pairs(result)


def test_pretrial_detention_asked_for_a_group_is_no_arrest(extract_text) -> None:
    text = "Prosecutors will ask for pre-trial detention for twelve protesters, lawyer Ines Lema said."
    assert ("arrest", 12) not in group_counts(extract_text(text))
