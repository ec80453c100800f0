"""Whose term it is (session 23), on sentences written for these tests: a pronoun skips a name
inside a clause that describes a noun ("the institute where Y also taught", "the riots that
President Y blamed on exiles"); "found A and B guilty and sentenced them to ..." gives the term to
both; a capitalised modal inside a name ("Deniz Can Yılmaz"); a place that
holds a politician's surname is no mention of him ("Yangon's Hlaing Tharyar township"). Traps: a
name outside any such clause stays the antecedent, and "them" after another verb with no named
object gives nobody a term."""

from __future__ import annotations

import pytest

from tests.extract_views import term_pairs


@pytest.mark.parametrize(
    ("text", "term", "not_term"),
    [
        (
            "On Tuesday the regional court found Pavel Orlov, 61, a former engineer at the design bureau "
            "where Igor Stepanov also worked, guilty of espionage and sentenced him to 12 years in a "
            "strict-regime colony.",
            ("Pavel Orlov", 144),
            ("Igor Stepanov", 144),
        ),
        (
            "Ergashev was detained in May 2005, days after the riots that President Islam Karimov blamed "
            "on exiles, and after a two-day trial he was sentenced to 16 years in prison.",
            ("Ergashev", 192),
            ("Islam Karimov", 192),
        ),
        (
            "In 2023, a district court found Maria Santos and her co-accused, Elena Cruz, guilty of "
            "rebellion and sentenced them to seven and a half years in jail.",
            ("Elena Cruz", 90),
            ("Maria Santos", 8),
        ),
        (
            "Deniz Can Yılmaz, 19, got two years in prison, his attorney said.",
            ("Deniz Can Yılmaz", 24),
            ("Deniz", 24),
        ),
    ],
)
def test_the_term_goes_to_the_person_the_clause_is_about(extract_text, text, term, not_term):
    terms = term_pairs(extract_text(text))
    assert term in terms
    assert not_term not in terms


def test_both_people_found_guilty_take_the_term_given_to_them(extract_text):
    text = (
        "In 2023, a district court found Maria Santos and her co-accused, Elena Cruz, guilty of "
        "rebellion and sentenced them to seven and a half years in jail."
    )
    assert {("Maria Santos", 90), ("Elena Cruz", 90)} <= term_pairs(extract_text(text))


def test_a_name_outside_the_describing_clause_stays_the_antecedent(extract_text):
    text = (
        "Judge Anton Belov, who had tried the case alone, read out the verdict in an hour. Nikolai "
        "Frolov, the defendant, stood in the cage while Belov sentenced him to nine years."
    )
    terms = term_pairs(extract_text(text))
    assert ("Nikolai Frolov", 108) in terms
    assert ("Anton Belov", 108) not in terms


def test_a_township_holding_a_generals_surname_is_not_his_mention(extract_text):
    text = (
        "Nurse Ma Khin Htay, 29, was arrested in the Hlaing Tharyar township of Yangon in April 2021, and in "
        "2022 a military court sentenced her to five years. Senior General Min Aung Hlaing declared an "
        "amnesty in January."
    )
    terms = term_pairs(extract_text(text))
    assert ("Ma Khin Htay", 60) in terms
    assert ("Min Aung Hlaing", 60) not in terms


def test_them_after_a_verb_with_no_named_object_names_nobody(extract_text):
    text = (
        "Police stopped Maria Santos at the border on Friday. Officers questioned the passengers and "
        "sentenced them to nothing, a witness joked."
    )
    assert not term_pairs(extract_text(text))


@pytest.mark.parametrize(
    ("text", "term"),
    [
        (
            "Lawyers who defend such clients risk prison themselves. Mahmed Rashidzoda, who defended several "
            "opposition members, was arrested in 2016 and sentenced the next year to 21 years in prison.",
            ("Mahmed Rashidzoda", 252),
        ),
        (
            "Huda bint Saleh al-Qahtani, 29, a nursing student who was arrested in 2021, was sentenced to 18 "
            "years in prison for her posts.",
            ("Huda bint Saleh al-Qahtani", 216),
        ),
    ],
)
def test_a_name_that_opens_a_sentence_or_holds_bint_keeps_its_term(extract_text, text, term):
    assert term in term_pairs(extract_text(text))


def test_a_lawyer_kept_from_his_client_is_not_detained(extract_text):
    text = (
        "Rustem Aliyev, who defends Osmanov, said that he had been kept from his client for over ten hours. "
        '"It is always the same script," Aliyev said.'
    )
    result = extract_text(text)
    names = {p.id: p.name for p in result.persons}
    assert not [
        e for e in result.events if e.type == "arrest" and "Rustem Aliyev" in {names[p] for p in e.persons}
    ]
