"""Verdict lists and gapped clauses (session 22), on sentences written for these tests: a list
line after a lead-in "The court sentenced:" that keeps the verb's bare "to" ("- A, reporter, to
eight years;"), with or without a bullet; a gapped clause whose name carries an age ("and B, 29, to
four years"); a gapped object after the first term's place of custody ("sentenced A to nine years
in prison, her deputy B to six"). Requests and ranges stay nobody's term; the judge of a lead-in
"Judge X sentenced:" gets no verdict; a verdict told far after a counted group (another case) is
no part of its breakdown."""

from __future__ import annotations

import pytest

from tests.extract_views import event_pairs, term_pairs


@pytest.mark.parametrize(
    ("text", "terms"),
    [
        (
            "The regional court sentenced:\n\n"
            "- Harald Voss, printer, to ten years in a labour colony;\n"
            "- Mirela Danku, sub-editor, to seven years;\n"
            "- Tobias Lindqvist, courier, to 4 years and 6 months.",
            {("Harald Voss", 120), ("Mirela Danku", 84), ("Tobias Lindqvist", 54)},
        ),
        (
            "Judge Renata Oskina sentenced:\n\n"
            "Bogdan Terzi, 41, a welder, to 13 years behind bars;\n"
            "Kamil Osowski, 26, a student, to nine years.",
            {("Bogdan Terzi", 156), ("Kamil Osowski", 108)},
        ),
        (
            "The tribunal handed down these sentences:\n\n"
            "• Elif Sarac, an accountant, for six years;\n"
            "• Orhan Demirel, a driver, for three years.",
            {("Elif Sarac", 72), ("Orhan Demirel", 36)},
        ),
    ],
)
def test_a_list_line_keeps_the_verbs_bare_to(extract_text, text, terms):
    assert terms <= term_pairs(extract_text(text))


def test_a_requested_list_is_nobodys_term(extract_text):
    text = (
        "The prosecutor asked the court to sentence:\n\n"
        "- Harald Voss, printer, to twelve years;\n"
        "- Mirela Danku, sub-editor, to nine years."
    )
    assert not term_pairs(extract_text(text))


@pytest.mark.parametrize(
    ("text", "terms"),
    [
        (
            "Lena Morozko, a nurse aged 44, was sentenced to 5 years in a labour colony, and Ilya "
            "Varnakov, 33, to 42 months.",
            {("Lena Morozko", 60), ("Ilya Varnakov", 42)},
        ),
        (
            "The court jailed the union organiser Pedro Alcazar for eight years, and his nephew Rui Alcazar, "
            "22, for four years.",
            {("Pedro Alcazar", 96), ("Rui Alcazar", 48)},
        ),
        (
            "A military court sentenced the editor, Farhad Qasimov, to eleven years in prison, "
            "its photographer "
            "Leyli Rustamova to 78 months, and the driver Nurlan Bayramov to 5 years.",
            {("Farhad Qasimov", 132), ("Leyli Rustamova", 78), ("Nurlan Bayramov", 60)},
        ),
    ],
)
def test_a_gapped_clause_with_an_age_or_after_a_place_takes_its_own_term(extract_text, text, terms):
    assert terms <= term_pairs(extract_text(text))


def test_an_age_in_a_gapped_clause_is_no_term(extract_text):
    found = term_pairs(
        extract_text(
            "Lena Morozko was jailed for 5 years in a labour colony, and Ilya Varnakov, 33, for three years."
        )
    )
    assert ("Ilya Varnakov", 33 * 12) not in found and ("Ilya Varnakov", 33) not in found
    assert ("Ilya Varnakov", 36) in found


@pytest.mark.parametrize(
    ("text", "terms"),
    [
        (
            "His two co-accused, the poets Amir Latipov and Jamol Nazarov, received 14 and 22 years.",
            {("Amir Latipov", 168), ("Jamol Nazarov", 264)},
        ),
        (
            "Her two colleagues, the reporters Ines Halloran and Bram Kuiper, were given nine and six years.",
            {("Ines Halloran", 108), ("Bram Kuiper", 72)},
        ),
    ],
)
def test_names_set_off_after_a_counted_noun_pair_with_their_terms(extract_text, text, terms):
    assert terms <= term_pairs(extract_text(text))


def test_a_range_after_named_co_defendants_is_nobodys_term(extract_text):
    text = "His two co-accused, the poets Amir Latipov and Jamol Nazarov, face between 14 and 22 years."
    assert not term_pairs(extract_text(text))


def test_the_judge_of_a_lead_in_gets_no_verdict(extract_text):
    result = extract_text(
        "Two lorry drivers were convicted of sabotage on Friday.\n\n"
        "Judge Viktar Sarokin sentenced:\n\n"
        "Pavel Hrusha, 40, a mechanic, to twelve years;\n"
        "Ihar Lapko, 33, a loader, to nine years."
    )
    assert ("sentence", "Viktar Sarokin") not in event_pairs(result)
    assert {("Pavel Hrusha", 144), ("Ihar Lapko", 108)} <= term_pairs(result)


def test_a_verdict_far_after_a_counted_group_does_not_complete_it(extract_text):
    text = (
        "A court in Baku convicted three reporters of the outlet on Friday.\n\n"
        "The court sentenced:\n\n"
        "- Leyla Huseynova, editor, to nine years;\n"
        "- Tofiq Abbasov, reporter, to eight years.\n\n"
        "All three reject the accusations. Counsel for the trio plans an appeal. The outlet has stayed "
        "closed since the raid. Its bank accounts were frozen in March. Staff have left the country.\n\n"
        "In a separate case, the outlet's former driver Ramal Mirzayev was released in June after serving "
        "a 20-month sentence."
    )
    result = extract_text(text)
    counted = [e for e in result.events if e.type == "sentence" and e.count == 3]
    names = {p.id: p.name for p in result.persons}
    assert not any("Ramal Mirzayev" in {names[p] for p in e.persons} for e in counted)
