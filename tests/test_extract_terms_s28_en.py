"""English terms and persons (session 28), on sentences written for these tests: a term set
before a dash or colon and then pointed at ('Six years in a colony: this is the verdict handed
to X'); a list of different terms after 'sentences were handed down:' gives the plural noun none
of them; 'he himself' in a relative clause is the described person, not the other one named
there; 'his father' after 'X and his son Y' is X. Traps: a fronted term the prosecutor asked for,
a fronted time that is no term, a pronoun without the stressing reflexive."""

from __future__ import annotations

import pytest

from tests.pairs import event_pairs, term_pairs


@pytest.mark.parametrize(
    ("text", "name", "months"),
    [
        (
            "Nine years in a strict-regime colony: this is the verdict a judge delivered to Yan Barysau.",
            "Yan Barysau",
            108,
        ),
        (
            "Five years of imprisonment — that is what the Lida court gave the plumber Zmitser Koval.",
            "Zmitser Koval",
            60,
        ),
        (
            "Two years of restricted freedom: such is the sentence for the pensioner Alena Husak.",
            "Alena Husak",
            24,
        ),
        (
            "Eight years behind bars — this is the punishment handed down to Ruslan Tkach on Friday.",
            "Ruslan Tkach",
            96,
        ),
    ],
)
def test_a_fronted_term_pointed_at_is_the_recipients(extract_text, text, name, months):
    result = extract_text(text)
    assert term_pairs(result) == {(name, months)}


@pytest.mark.parametrize(
    "text",
    [
        "Twelve years in a colony — that is the term the prosecutor requested for Ruslan Tkach.",
        "Three years: that is how long Ruslan Tkach waited for a hearing.",
        "Two years after the march — this is when police came for Ruslan Tkach.",
    ],
)
def test_a_fronted_request_or_time_is_no_term(extract_text, text):
    assert term_pairs(extract_text(text)) == set()


@pytest.mark.parametrize(
    "lead",
    ["The following sentences were handed down:", "Sentences were announced on Tuesday:"],
)
def test_a_list_of_terms_after_sentences_gives_each_only_its_own(extract_text, lead):
    text = f"{lead} Timur Sadykov, nine years; Azamat Bekov, four years; Erlan Dosov, two years."
    assert term_pairs(extract_text(text)) == {
        ("Timur Sadykov", 108),
        ("Azamat Bekov", 48),
        ("Erlan Dosov", 24),
    }


@pytest.mark.parametrize(
    "text",
    [
        "Leanid Krol died in the Hlybokaye camp in March.\n\nIhar Sych, who slept in the bunk beside Krol "
        "until he himself walked free in May after a two-year term, said the guards mocked the sick.",
        "Leanid Krol died in the Hlybokaye camp in March.\n\nIhar Sych, who shared a cell with Krol until "
        "he himself was freed in May at the end of a two-year term, said the doctors ignored him.",
    ],
)
def test_he_himself_in_a_relative_clause_is_the_described_person(extract_text, text):
    result = extract_text(text)
    assert ("Ihar Sych", 24) in term_pairs(result)
    assert ("release", "Ihar Sych") in event_pairs(result)
    assert ("release", "Leanid Krol") not in event_pairs(result)


@pytest.mark.parametrize(
    ("text", "name", "months"),
    [
        (
            "A Brest court tried Anatol Mirny, 61, and his son Kastus Mirny, 33. Kastus got five years. "
            "His father received two years of restricted freedom.",
            "Anatol Mirny",
            24,
        ),
        (
            "Police detained Halina Shut and her daughter Vera Shut in April. Vera was jailed for four "
            "years. Her mother was given three years.",
            "Halina Shut",
            36,
        ),
    ],
)
def test_a_kin_noun_is_the_one_named_with_the_converse_tie(extract_text, text, name, months):
    assert (name, months) in term_pairs(extract_text(text))
