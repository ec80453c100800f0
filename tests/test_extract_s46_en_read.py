"""English events, counts and terms of session 46 (en-read, the `syn36b` census), in wordings
invented for these tests: a term given to a named recipient whose surname the tagger takes for a
common noun, or set off after a relative clause on the recipient ("gave X, who left in 2021, nine
years"); a time served told as the whole of it ("after serving her full two years", "the entire 18
months of his sentence"); life imprisonment received or given; a group whose size is hedged ("At
least 12 people were detained") whose members a clause of knowing lists after a colon. Each with
traps that must stay without the event."""

from __future__ import annotations

import pytest

from tests.extract_views import event_pairs, group_counts


def _terms(result) -> set[tuple[str, int]]:
    names = {p.id: p.name for p in result.persons}
    return {(names[p], e.term_months) for e in result.events if e.term_months for p in e.persons}


# --- "gave X nine years": a named recipient the tagger read as a noun, a term after its clause ----


@pytest.mark.parametrize(
    "text",
    [
        "The regional court gave Tsimur Lahvinets nine years in a strict-regime colony.",
        "The Minsk City Court has given the blogger Tsimur Lahvinets, who left the country in 2021, "
        "nine years in a strict-regime colony and a fine.",
        "A judge in Hrodna handed Tsimur Lahvinets, who ran a chat for his neighbours, nine years.",
    ],
)
def test_term_given_to_a_named_recipient(extract_text, text) -> None:
    result = extract_text(text)
    assert ("sentence", "Tsimur Lahvinets") in event_pairs(result)
    assert _terms(result) == {("Tsimur Lahvinets", 108)}


@pytest.mark.parametrize(
    "text",
    [
        "The court gave Tsimur Lahvinets, who was on bail, two weeks to appeal.",
        "The editor gave Tsimur Lahvinets, who had left in 2021, two years ago a new column.",
        "The court could give Tsimur Lahvinets, who left the country in 2021, nine years.",
    ],
)
def test_given_time_that_is_no_term_stays_without_a_sentence(extract_text, text) -> None:
    result = extract_text(text)
    assert ("sentence", "Tsimur Lahvinets") not in event_pairs(result)
    assert _terms(result) == set()


# --- "after serving her full two years": the whole of a time served is the term -------------------


@pytest.mark.parametrize(
    ("text", "months"),
    [
        (
            "Hanna Volak walked out of the women's colony in Homel on Monday after serving her full two "
            'years under Article 342 ("gross violation of public order").',
            24,
        ),
        ("Hanna Volak was released on Monday after serving the entire 30 months of her sentence.", 30),
        (
            "Activist Hanna Volak left the prison on 3 May after serving the full 18 months of her sentence "
            'for "plotting".',
            18,
        ),
    ],
)
def test_whole_time_served_is_the_term(extract_text, text, months) -> None:
    result = extract_text(text)
    assert {("release", "Hanna Volak"), ("sentence", "Hanna Volak")} <= event_pairs(result)
    assert _terms(result) == {("Hanna Volak", months)}


@pytest.mark.parametrize(
    "text",
    [
        "Hanna Volak was released on Monday after serving two years in the colony.",  # time served only
        "Hanna Volak was freed after serving eight months of her sentence.",  # a part of a term
        "Hanna Volak came home after serving her full two years in the army.",  # service elsewhere
        "Hanna Volak could be released after serving her full two years.",  # not yet
    ],
)
def test_time_served_in_part_or_elsewhere_gives_no_term(extract_text, text) -> None:
    assert _terms(extract_text(text)) == set()


# --- "received life imprisonment" -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A military tribunal heard the case on Friday. Teacher Comfort Ayuk received life imprisonment.",
        "Comfort Ayuk was given life imprisonment by the military tribunal.",
    ],
)
def test_life_imprisonment_received_is_a_sentence(extract_text, text) -> None:
    result = extract_text(text)
    assert ("sentence", "Comfort Ayuk") in event_pairs(result)
    assert _terms(result) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Comfort Ayuk could receive life imprisonment if convicted.",
        "Comfort Ayuk faces life imprisonment, her lawyer said.",
        "Comfort Ayuk received the news of his life imprisonment calmly.",
    ],
)
def test_life_imprisonment_not_received_is_no_sentence(extract_text, text) -> None:
    assert ("sentence", "Comfort Ayuk") not in event_pairs(extract_text(text))


# --- a group whose size is hedged: its members listed after a clause of knowing ---------------------


@pytest.mark.parametrize(
    "lead",
    [
        "At least 12 people were detained this week after raids on subscribers of banned channels.",
        "More than 20 people were detained in Pinsk on Tuesday.",
    ],
)
def test_hedged_group_lists_known_members(extract_text, lead) -> None:
    text = f"{lead} We know the names of three of them: Hanna Volak, Piotr Sych and Ales Barys."
    result = extract_text(text)
    assert {p for kind, p in event_pairs(result) if kind == "arrest"} == {
        "Hanna Volak",
        "Piotr Sych",
        "Ales Barys",
    }
    assert group_counts(result) == set()  # a hedged number is no count


@pytest.mark.parametrize(
    ("lead", "after"),
    [
        # the list is not as long as the clause says
        ("At least 12 people were detained this week.", "We know the names of two of them:"),
        # no clause of knowing that numbers them
        ("At least 12 people were detained this week.", "The officers questioned them:"),
        # not asserted
        ("At least 12 people may be detained this week.", "We know the names of three of them:"),
        # a hedged number of things, not people
        ("At least 12 phones were seized this week.", "We know the names of three of them:"),
    ],
)
def test_hedged_group_traps_stay_without_members(extract_text, lead, after) -> None:
    text = f"{lead} {after} Hanna Volak, Piotr Sych and Ales Barys."
    assert not {p for kind, p in event_pairs(extract_text(text)) if kind == "arrest"}


# --- "found all three guilty": a counted group as the object of a finding of guilt ------------------


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("The regional court found all three guilty of high treason on Tuesday.", 3),
        ("The court in Hrodna found four defendants guilty of financing extremism.", 4),
    ],
)
def test_counted_group_found_guilty(extract_text, text, count) -> None:
    assert group_counts(extract_text(text)) == {("sentence", count)}


@pytest.mark.parametrize(
    "text",
    [
        "The court found four defendants not guilty of financing extremism.",
        "The jury may find all three guilty of high treason next week.",
        "The court found all three credible witnesses for the defence.",
    ],
)
def test_counted_group_not_found_guilty_has_no_count(extract_text, text) -> None:
    assert group_counts(extract_text(text)) == set()


# --- a fronted "since" scopes over the clauses joined after it --------------------------------------


def test_fronted_since_makes_a_joined_clause_a_running_total(extract_text) -> None:
    text = (
        "Since 1 March, 38 people have been recognised as political prisoners, and 71 have been "
        "released after serving their terms."
    )
    assert group_counts(extract_text(text)) == set()


@pytest.mark.parametrize(
    "text",
    [
        # the "since" is the first clause's own, after its verb
        "Police have held Hanna Volak since May, and 12 people have been released on Monday.",
        # no "since" at all
        "Thirty-eight people have been recognised as political prisoners, and 71 have been released "
        "on Monday.",
    ],
)
def test_joined_clause_without_a_fronted_since_keeps_its_count(extract_text, text) -> None:
    counts = group_counts(extract_text(text))
    assert ("release", 12) in counts or ("release", 71) in counts


# --- "N were arrested ..., police said, including X": a list after a reporting clause set off ------


@pytest.mark.parametrize(
    "text",
    [
        "Twenty-two people were arrested in Causeway Bay on the eve of the anniversary, police said, "
        "including the retired pastor Ho Wing-kit, who was led away after laying a flower.",
        "Twenty-two people were detained outside the court on Friday, relatives said, including Ho Wing-kit.",
    ],
)
def test_list_after_a_reporting_clause_names_the_group(extract_text, text) -> None:
    result = extract_text(text)
    assert ("arrest", "Ho Wing-kit") in event_pairs(result)
    assert ("arrest", 22) in group_counts(result)


@pytest.mark.parametrize(
    "text",
    [
        # the list may pick from the counted reporters
        "Twenty-two people were detained outside the court on Friday, several witnesses said, "
        "including Ho Wing-kit.",
        # the list picks from a place, not from people
        "Police said the protest spread to 22 districts, including Causeway Bay, where Ho Wing-kit lives.",
    ],
)
def test_list_after_reporters_who_are_a_group_names_no_member(extract_text, text) -> None:
    assert ("arrest", "Ho Wing-kit") not in event_pairs(extract_text(text))
