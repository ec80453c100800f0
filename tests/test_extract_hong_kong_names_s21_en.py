"""Session 21 English precision: Hong Kong names (an English given name, the surname, a
hyphenated Chinese given name: "Vivian Kwan Siu-wah").

The short form without the Chinese given name ("Vivian Kwan") is the same person, so her pronouns
and quotes stay hers; a bare surname ("Leung") may name such a person as well as a relative who
shares it, and then goes to the one the story is about. Two people whose Chinese given names
differ stay two. Sentences written for these tests (none copied from an evaluation set)."""

from __future__ import annotations

from tests.extract_views import event_pairs as events
from tests.extract_views import quote_openings as _quotes


def _names(result) -> set[str]:
    return {p.name for p in result.persons}


def test_the_short_form_of_a_hong_kong_name_is_the_same_person(extract_text):
    result = extract_text(
        "The court jailed six former district councillors on Thursday. Nadia Kwok Yee-man, 52, received "
        "five years, and Vivian Kwan Siu-wah, 36, four years and four months.\n\n"
        "Vivian Kwan's lawyer said she may walk free in 2027.\n\n"
        "Defence counsel for Nadia Kwok read out a letter she had written in her cell: "
        '"I ran because I believed in the people of this district."'
    )
    assert _names(result) == {"Nadia Kwok Yee-man", "Vivian Kwan Siu-wah"}
    assert _quotes(result) == {("Nadia Kwok Yee-man", "I ran because")}


def test_the_short_form_speaks_for_the_full_name(extract_text):
    result = extract_text(
        "Kelvin Lau Chun-ho, 47, a former transport workers' organiser, was sentenced to seven years. "
        'Speaking from the dock, Kelvin Lau said: "I have no regrets about the strike."'
    )
    assert _quotes(result) == {("Kelvin Lau Chun-ho", "I have no")}
    assert events(result) == {("sentence", "Kelvin Lau Chun-ho")}


def test_a_bare_surname_shared_with_a_relative_is_the_story_s_subject(extract_text):
    result = extract_text(
        "Former district councillor Martin Leung Ho-yin was jailed for six years on Friday. He had been "
        "held since 2021.\n\nAt the gate, the wife of Martin Leung Ho-yin, Joyce Leung, talked with "
        'reporters.\n\n"He only wanted better buses," she said.\n\nThe prosecution said Leung was first '
        "detained during an early-morning search of his flat in March 2021."
    )
    pairs = events(result)
    assert ("arrest", "Martin Leung Ho-yin") in pairs
    assert not any(name == "Joyce Leung" for _kind, name in pairs)
    assert _quotes(result) == {("Joyce Leung", "He only wanted")}


def test_two_people_with_other_chinese_given_names_stay_two(extract_text):
    result = extract_text(
        "Brian Chau Kin-fung was jailed for seven years, and his brother Brian Chau Tsz-lok for four. "
        "Brian Chau Tsz-lok was freed on bail in 2023."
    )
    assert {"Brian Chau Kin-fung", "Brian Chau Tsz-lok"} <= _names(result)
