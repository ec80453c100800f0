"""English exits, leads and names (session 24), in wording invented for these tests: prisoners
"allowed to go home" in a story of custody are freed (not a patient sent home from hospital, not a
leave for a funeral); a headline's "sends one into exile" is one unnamed person, whose exile the
named members of the freed group do not share; "while acquitting a fourth defendant" is no unnamed
person the next named one is introduced as; a name with a quoted nickname whose surname the tagger
takes for a place is a name when an age follows it ('X "Y" Z, 27,')."""

from __future__ import annotations

import pytest

from tests.extract_views import event_pairs


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Belarus freed 18 political prisoners on Thursday and drove 15 of the group to the Polish "
            "border. Three others, including 70-year-old retired nurse Zinaida Karpovich, were allowed "
            "to return home to relatives in Belarus, her son said.",
            "Zinaida Karpovich",
        ),
        (
            "Police detained the activist Omar Salim at a checkpoint on Monday. He was questioned for "
            "six hours; late that evening he was permitted to go home.",
            "Omar Salim",
        ),
    ],
)
def test_allowed_to_go_home_from_custody_is_a_release(extract_text, text, name):
    assert ("release", name) in event_pairs(extract_text(text))


@pytest.mark.parametrize(
    "text",
    [
        "The protester Omar Salim was arrested last year. His mother, Leila Salim, who broke her hip, "
        "was allowed to go home from hospital on Friday.",
        "The jailed blogger Omar Salim was allowed to go home for his father's funeral last week.",
        "Officers called in the pastor Omar Salim for a talk and told him he might be detained if the "
        "vigil went ahead. Two hours later, the pastor was permitted to go home.",
    ],
)
def test_allowed_home_from_hospital_or_on_leave_is_no_release(extract_text, text):
    pairs = event_pairs(extract_text(text))
    assert not {p for p in pairs if p[0] == "release"}


def test_one_sent_into_exile_is_no_exile_of_the_named_members(extract_text):
    text = (
        "Belarus frees 20 prisoners, expels one to Poland\n\n"
        "Among those freed was Pedro Lima Duarte, a singer, his wife said."
    )
    pairs = event_pairs(extract_text(text))
    assert ("release", "Pedro Lima Duarte") in pairs
    assert ("deportation", "Pedro Lima Duarte") not in pairs


def test_a_fourth_defendant_acquitted_introduces_no_one(extract_text):
    text = (
        "The court on Wednesday sentenced three activists to prison over speeches at a rally, while "
        "acquitting a fourth defendant on all counts.\n\n"
        'Kanokwan "Fah" Boonmee, 29, a former student who led the march, was given four years.'
    )
    pairs = event_pairs(extract_text(text))
    assert ("sentence", "Kanokwan Boonmee") in pairs
    assert ("release", "Kanokwan Boonmee") not in pairs


def test_a_nicknamed_name_with_an_age_after_it(extract_text):
    text = (
        "The court jailed three activists on Wednesday.\n\n"
        'Chaiwat "Boat" Rakthong, 31, a rapper, and Pongsak "Ice" Kaewdee, 25, received three years each.'
    )
    result = extract_text(text)
    names = {p.name for p in result.persons}
    assert {"Chaiwat Rakthong", "Pongsak Kaewdee"} <= names
    assert {e.term_months for e in result.events if e.type == "sentence" and e.persons} == {36}


@pytest.mark.parametrize(
    ("text", "freed"),
    [
        (
            "Karim Haddad was detained in 2021, though he was never indicted and was later released on bail.",
            True,
        ),
        ("Karim Haddad was detained in 2021 but was not indicted and was freed three weeks later.", True),
        ("Karim Haddad was detained in 2021 but has not been charged or released.", False),
        ("Karim Haddad was not detained and was not questioned, his lawyer said.", False),
    ],
)
def test_a_negation_denies_no_clause_of_its_own_after_and(extract_text, text, freed):
    pairs = event_pairs(extract_text(text))
    assert (("release", "Karim Haddad") in pairs) is freed
