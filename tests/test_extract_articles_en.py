"""Discourse families of whole English articles (session 14): who an event happened to when the
story's person is carried by pronouns past other names. The sentences are written for these
tests."""

from __future__ import annotations

from tests.test_extract_english import events, terms

# -- a pronoun subject carries the story's person past a name in its clause --------------------


def test_pronoun_subject_carries_the_person_past_a_named_object(extract_text):
    result = extract_text(
        "Tomasz Brzeski, a baker from Lodz, died in custody on Friday. "
        "A father of two, Brzeski ran a bakery for 20 years. "
        "He became known in 2018, when he fed the crowds that forced Governor Leon Marczak to resign. "
        "He was arrested in 2022 and freed a year later."
    )
    assert ("arrest", "Tomasz Brzeski") in events(result)
    assert ("release", "Tomasz Brzeski") in events(result)
    assert ("arrest", "Leon Marczak") not in events(result)
    assert ("release", "Leon Marczak") not in events(result)


def test_a_speaker_pronoun_does_not_carry_over_the_named_detainee(extract_text):
    result = extract_text(
        "The governor Artur Nowicki spoke on Tuesday. "
        "He told reporters that police had held the farmer Jan Ossowski overnight. "
        "He was released on Wednesday morning."
    )
    assert ("release", "Artur Nowicki") not in events(result)


def test_pronoun_subject_past_a_name_in_a_relative_clause(extract_text):
    result = extract_text(
        "Police detained the poet Irakli Dolidze on Monday. "
        "He had worked with Nodar Kipiani, who fled abroad in 2020. "
        "He was sentenced to four years in June."
    )
    assert ("sentence", "Irakli Dolidze") in events(result)
    assert ("sentence", "Nodar Kipiani") not in events(result)


# -- a counted verdict broken down by name, then "the remaining N" ------------------------------

_CLUB = (
    "A court in Almaty has sentenced nine members of a reading club to prison terms of up to ten "
    "years. All nine were arrested in March.\n\n"
    "The court found Yerlan Abenov, the club's founder, guilty of extremism and sentenced him to "
    "ten years. Saule Temirova, a librarian, received seven years. "
)


def test_named_terms_then_the_remaining_defendants_are_the_group(extract_text):
    result = extract_text(
        _CLUB + "Daniyar Ospanov, 24, was given six years. "
        "The remaining six defendants received terms of between three and five years."
    )
    for name in ("Yerlan Abenov", "Saule Temirova", "Daniyar Ospanov"):
        assert ("arrest", name) in events(result)


def test_the_remaining_defendants_that_do_not_add_up_name_no_members(extract_text):
    # (the group's arrest told by a pronoun: only the remainder's sum could name its members)
    club = _CLUB.replace("All nine were arrested", "They were arrested")
    result = extract_text(club + "The remaining five defendants received terms of three to five years.")
    assert ("arrest", "Yerlan Abenov") not in events(result)
    assert ("arrest", "Saule Temirova") not in events(result)


def test_all_nine_told_back_names_the_people_named_after_it_whatever_the_remainder(extract_text):
    # session 45 (`cohorts._name_forward_references`): "All nine were arrested" tells back the
    # nine sentenced, and the people the verdict then names one by one are among them
    result = extract_text(_CLUB + "The remaining five defendants received terms of three to five years.")
    assert ("arrest", "Yerlan Abenov") in events(result)
    assert ("arrest", "Saule Temirova") in events(result)


# -- a clause on one member of a semicolon list stays with that member ---------------------------


def test_clauses_in_a_list_of_members_stay_with_their_own_name(extract_text):
    result = extract_text(
        "Among those freed were the poet Ilya Marchenko, who was arrested in 2021 and later sentenced "
        "to six years; the student Olga Rusak, detained in May after a rally; and the farmer Petro "
        "Dyachuk, who had been serving a four-year sentence since 2020."
    )
    assert ("sentence", "Ilya Marchenko") in events(result)
    assert ("arrest", "Olga Rusak") in events(result)
    assert ("sentence", "Petro Dyachuk") in events(result)
    assert ("sentence", "Olga Rusak") not in events(result)
    assert ("arrest", "Petro Dyachuk") not in events(result)
    for name in ("Ilya Marchenko", "Olga Rusak", "Petro Dyachuk"):
        assert ("release", name) in events(result)


# -- an office set off after a name is no person -------------------------------------------------


def _names(result) -> set[str]:
    return {p.name for p in result.persons}


def test_office_in_title_case_after_a_name_is_no_person(extract_text):
    result = extract_text(
        '"The verdict is a disgrace," said Hana Dvorak, Deputy Europe Director at the Helsinki group.'
    )
    assert _names(result) == {"Hana Dvorak"}
    result = extract_text("Marek Stolarz, Regional Coordinator of the monitors, said the trial was closed.")
    assert _names(result) == {"Marek Stolarz"}


def test_a_region_set_off_before_an_office_is_no_person(extract_text):
    result = extract_text(
        '"Free them now," said Amal Rashed, the group\'s Middle East and North Africa researcher.'
    )
    assert "Middle East" not in _names(result)


def test_a_name_coordinated_after_a_named_person_is_still_a_person(extract_text):
    result = extract_text("Police detained Ilya Marchenko and Petro Dyachuk on Monday.")
    assert ("arrest", "Petro Dyachuk") in events(result)


# -- an acquittal frees only someone whose own custody is told -----------------------------------

_IZMIR = (
    "A court in Izmir sentenced the reporter Ayla Demir to two years on Monday. "
    "Demir had been detained in March and held in prison for three months. "
)


def test_acquittal_beside_a_co_defendants_custody_is_no_release(extract_text):
    result = extract_text(_IZMIR + "The third defendant, cameraman Kerem Sahin, was acquitted.")
    assert ("release", "Kerem Sahin") not in events(result)


def test_acquittal_of_someone_held_in_pre_trial_detention_is_a_release(extract_text):
    result = extract_text(
        _IZMIR + "Kerem Sahin, who had spent five months in pre-trial detention, was acquitted."
    )
    assert ("release", "Kerem Sahin") in events(result)
    result = extract_text(
        "Police arrested Kerem Sahin in May. On Monday, Sahin was acquitted of all charges."
    )
    assert ("release", "Kerem Sahin") in events(result)


# -- a people's word and a counted people are no persons ------------------------------------------


def test_demonym_and_movement_before_a_role_in_a_headline_is_no_person(extract_text):
    result = extract_text(
        "Moroccan Hirak poet dies in jail, family says\n\nNabil Azouzi, a poet, has died in custody."
    )
    assert _names(result) == {"Nabil Azouzi"}
    assert ("death", "Nabil Azouzi") in events(result)


def test_a_counted_people_is_no_person(extract_text):
    result = extract_text(
        "Court jails 14 Rohingyas for up to six years\n\nThe court sentenced the men on Monday."
    )
    assert _names(result) == set()


def test_nationality_before_a_role_and_a_full_name_keeps_the_name(extract_text):
    result = extract_text("Police detained Moroccan activist Nabil Azouzi on Monday.")
    assert ("arrest", "Nabil Azouzi") in events(result)


# -- "who did X and was freed after serving a term": the shared subject of conjoined verbs -------


def test_freed_after_serving_a_term_in_a_second_relative_verb(extract_text):
    result = extract_text(
        "Omar Rahal, who ran the print shop with the poet and walked free in March after completing "
        "a two-year sentence, told us the poet had stayed calm."
    )
    assert ("release", "Omar Rahal") in events(result)
    assert ("sentence", "Omar Rahal") in events(result)
    assert terms(result).get("Omar Rahal") == 24


def test_hoping_to_be_freed_after_serving_a_term_in_a_relative_clause_is_nothing(extract_text):
    result = extract_text(
        "Omar Rahal, who led the union and hopes to be freed after serving a four-year sentence, spoke."
    )
    assert ("release", "Omar Rahal") not in events(result)


# -- "arrested for doing X and later jailed": a second participle hung on the gerund -------------


def test_later_jailed_after_a_for_gerund_is_the_arrested_persons_verdict(extract_text):
    result = extract_text(
        "Ihar Vasko was detained in 2019 for printing leaflets in his garage and later jailed for six years."
    )
    assert ("arrest", "Ihar Vasko") in events(result)
    assert ("sentence", "Ihar Vasko") in events(result)
    assert terms(result).get("Ihar Vasko") == 72


def test_praised_for_a_gerund_and_later_jailed_gives_no_arrest(extract_text):
    result = extract_text(
        "Ihar Vasko was praised in 2019 for printing leaflets and later jailed for six years."
    )
    assert ("arrest", "Ihar Vasko") not in events(result)


# -- "A and B, spouses from X, who were each sentenced": the place holds no "who" ----------------


def test_people_from_a_place_who_were_each_sentenced(extract_text):
    result = extract_text(
        "The prisoners include Rasa Liepa and Karlis Liepa, spouses from Ventspils, who were each "
        "sentenced to two years in a colony."
    )
    assert ("sentence", "Rasa Liepa") in events(result)
    assert ("sentence", "Karlis Liepa") in events(result)


def test_officials_from_a_place_who_were_jailed_are_not_the_named_visitor(extract_text):
    result = extract_text("Rasa Liepa met officials from Ventspils, who were later jailed for two years.")
    assert ("sentence", "Rasa Liepa") not in events(result)


# -- "N of the M": the group of M told before -----------------------------------------------------


def test_part_of_the_counted_back_group_were_its_members(extract_text):
    result = extract_text(
        "The nurse Soraya Bahrami was detained at a clinic in Tabriz in May along with five other "
        "nurses. Three of the six were later freed on bail, among them the trainees Nasrin Sadeghi "
        "and Mina Ghorbani."
    )
    for name in ("Nasrin Sadeghi", "Mina Ghorbani"):
        assert ("arrest", name) in events(result)
        assert ("release", name) in events(result)
    assert ("release", "Soraya Bahrami") not in events(result)


def test_part_of_a_group_of_another_size_names_no_members_of_it(extract_text):
    result = extract_text(
        "Police detained nine nurses at a clinic in Tabriz in May. Three of the six were later freed "
        "on bail, among them the trainee Nasrin Sadeghi."
    )
    assert ("arrest", "Nasrin Sadeghi") not in events(result)


# -- removed from a town (no prison): a migrant sent away, no release ----------------------------


def test_deported_from_a_border_town_frees_no_one(extract_text):
    result = extract_text(
        "Police in Yangon once detained the medic Zaw Lin Htet. Zaw Lin Htet was deported from Ranong "
        "in March after police found him working without papers."
    )
    assert ("deportation", "Zaw Lin Htet") in events(result)
    assert ("release", "Zaw Lin Htet") not in events(result)


def test_deported_from_a_named_colony_is_still_a_release(extract_text):
    result = extract_text(
        "Ihar Vasko, jailed since 2020, was deported from Hlybokaye Colony to Lithuania on Friday."
    )
    assert ("release", "Ihar Vasko") in events(result)


def test_a_name_before_a_border_crossing_is_a_place(extract_text):
    result = extract_text("Olga Branets was detained on Friday at the Bruzgi Most border crossing.")
    assert _names(result) == {"Olga Branets"}
    assert ("arrest", "Olga Branets") in events(result)
