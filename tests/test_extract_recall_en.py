"""Recall of English events, terms and counts on structures of real news, each with its precision
traps. Every sentence here was written for these tests (other names, countries and registers
than any evaluation set)."""

from __future__ import annotations

import pytest


def _events(result) -> set[tuple[str, str]]:
    names = {p.id: p.name for p in result.persons}
    return {(e.type, names[p]) for e in result.events for p in e.persons}


def _terms(result) -> set[tuple[str, int]]:
    names = {p.id: p.name for p in result.persons}
    return {(names[p], e.term_months) for e in result.events if e.term_months for p in e.persons}


def _counts(result) -> set[tuple[str, int]]:
    return {(e.type, e.count) for e in result.events if e.count is not None}


# -- a relative clause about a named person is told as fact ------------------------------


def test_an_op_ed_that_introduces_cases_with_consider(extract_text):
    result = extract_text(
        "Consider Tomasz Wrona, a 44-year-old bus mechanic who was detained at a rally in Gdansk "
        "and later died in a prison infirmary. Or consider Halina Zych, a retired nurse who was "
        "sentenced to three years in 2022."
    )
    assert {("arrest", "Tomasz Wrona"), ("death", "Tomasz Wrona"), ("sentence", "Halina Zych")} <= _events(
        result
    )
    assert ("Halina Zych", 36) in _terms(result)


@pytest.mark.parametrize(
    "text",
    [
        "The commission will consider freeing Radu Ionescu next month.",
        "Officials said they were considering releasing Radu Ionescu on health grounds.",
        "Lawyers asked the court to consider whether Radu Ionescu could be freed on bail.",
    ],
)
def test_considering_a_release_is_no_release(extract_text, text):
    assert not [e for e in extract_text(text).events if e.type == "release"]


# -- lists the parser breaks apart -------------------------------------------------------


def test_a_list_of_names_with_roles_and_ages_is_one_subject(extract_text):
    result = extract_text(
        "Former mayor Kemal Oztan, 71, street vendor Selin Arikan and retired judge Baran Celik "
        "were each given terms of 18 months by the Izmir court."
    )
    assert {(p, 18) for p in ("Kemal Oztan", "Selin Arikan", "Baran Celik")} <= _terms(result)


def test_respectively_with_a_name_before_prison_terms(extract_text):
    result = extract_text(
        "A regional court in Gomel handed Siarhei Bandarenka, Yulia Lapko and Viktar Shpak prison "
        "terms of 7, 6 and 3 years respectively, the rights group said."
    )
    assert _terms(result) == {("Siarhei Bandarenka", 84), ("Yulia Lapko", 72), ("Viktar Shpak", 36)}


def test_the_judge_who_hands_down_terms_is_not_sentenced(extract_text):
    result = extract_text(
        "Judge Marek Nowicki handed economist Lena Vogt, translator Ilse Brandt and student Jonas Reiter "
        "prison terms of five, four and a half and two years respectively."
    )
    assert not any(p == "Marek Nowicki" for _, p in _events(result))
    assert _terms(result) == {("Lena Vogt", 60), ("Ilse Brandt", 54), ("Jonas Reiter", 24)}


def test_a_possessive_ends_a_list(extract_text):
    result = extract_text("Marta Sowa and Piotr Sowa's lawyer, Adam Kruk, was detained at the courthouse.")
    assert ("arrest", "Piotr Sowa") not in _events(result)


def test_a_group_conviction_keeps_each_named_term(extract_text):
    result = extract_text(
        "A court in Baku on Monday convicted three activists of hooliganism and handed Elvin Aliyev, "
        "Sevinj Huseynova and Ramil Qasimov prison terms of 5, 4 and 3 years respectively."
    )
    assert _terms(result) == {("Elvin Aliyev", 60), ("Sevinj Huseynova", 48), ("Ramil Qasimov", 36)}
    assert ("sentence", 3) in _counts(result)


# -- honorifics that are part of a name ----------------------------------------------------


def test_burmese_and_karen_honorifics_open_a_name(extract_text):
    result = extract_text(
        "Villagers said Daw Khin Mar Lwin and Saw Lah Htoo were detained by soldiers near Hpa-an on Sunday."
    )
    assert {("arrest", "Daw Khin Mar Lwin"), ("arrest", "Saw Lah Htoo")} <= _events(result)
