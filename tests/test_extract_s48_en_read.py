"""English events and terms of session 48 (en-read, the `syn38b` census), in wordings invented
for these tests:

* precision: a group's completed terms told as a perfect participle ("walked out having served
  their terms") are no group verdict; an acquitted defendant named after the role ("A second
  defendant, X, ..., was acquitted") needs custody of their own; a court's name ("the Specialized
  Criminal Court", "Royal Court") and a faith ("Jehovah's Witness") are no persons; a bare
  "had been jailed since 2023" is custody from an arrest, not a verdict;
* recall: a name the parser hangs on a fronted date ("On 26 October prisoner X, 64, died"); a
  term set off between dashes ("His term - eight years - would have run until 2029") or on a
  digest's label line ("Term: 7 years", after "its verdict for X"); a term served in a coded
  prison and a region ("serving 7 years in IK-7 in Karelia"); a walk-out after a served term
  with no place named; a return home in a prisoner exchange; a death in a prison named by its
  town ("died in Jau" after "Jau Prison").

Each with traps that must stay without the event."""

from __future__ import annotations

import pytest

from tests.extract_views import event_pairs, group_counts


def _terms(result) -> set[tuple[str, int]]:
    names = {p.id: p.name for p in result.persons}
    return {(names[p], e.term_months) for e in result.events if e.term_months for p in e.persons}


def _names(result) -> set[str]:
    return {p.name for p in result.persons}


# --- precision ---------------------------------------------------------------------------------


def test_group_having_served_their_terms_is_no_group_verdict(extract_text) -> None:
    result = extract_text(
        "Eleven political prisoners left colonies in Belarus in May having served their terms in full. "
        "Among them were Pavel Zhuk, a driver from Lida, and Olga Maroz, a teacher from Pinsk."
    )
    assert group_counts(result) == {("release", 11)}
    assert event_pairs(result) == {("release", "Pavel Zhuk"), ("release", "Olga Maroz")}


def test_one_having_served_a_stated_term_keeps_the_term(extract_text) -> None:
    # trap: one person's stated term stays a sentence with its length
    result = extract_text("Pavel Zhuk walked out of the colony in Lida having served a five-year sentence.")
    assert ("Pavel Zhuk", 60) in _terms(result)
    assert ("release", "Pavel Zhuk") in event_pairs(result)


def test_acquitted_after_role_needs_custody_of_their_own(extract_text) -> None:
    result = extract_text(
        "The court jailed activist Somchai Dee for six years. Somchai had been detained since March. "
        "A second defendant in the case, Thanawat Boonmee, a student who read a poem at the rally, "
        "was acquitted."
    )
    assert ("release", "Thanawat Boonmee") not in event_pairs(result)
    assert ("sentence", "Somchai Dee") in event_pairs(result)


def test_acquitted_after_role_with_custody_told_is_freed(extract_text) -> None:
    # trap: the acquitted one's own custody is told, so the verdict frees them
    result = extract_text(
        "A second defendant in the case, Thanawat Boonmee, who had been held in custody since March, "
        "was acquitted."
    )
    assert ("release", "Thanawat Boonmee") in event_pairs(result)


@pytest.mark.parametrize(
    "text",
    [
        "Munira Saleh was arrested in 2023. On 11 June 2024 the Specialized Criminal Court (SCC) convicted "
        "her of publishing rumours and sentenced her to eight years in prison.",
        "Letters may be sent to the King at the Royal Court, Riyadh. Munira Saleh was sentenced to eight "
        "years in prison in 2024.",
    ],
)
def test_a_court_named_with_its_kind_is_no_person(extract_text, text) -> None:
    result = extract_text(text)
    assert not any("Court" in name for name in _names(result))
    assert _terms(result) == {("Munira Saleh", 96)}


def test_a_person_named_court_stays_a_person(extract_text) -> None:
    # trap: "Court" is a surname when no court's kind stands before it
    result = extract_text("Activist Margaret Court was detained in Perth on Monday.")
    assert ("arrest", "Margaret Court") in event_pairs(result)


def test_a_faith_named_by_its_gods_possessive_is_no_person(extract_text) -> None:
    result = extract_text(
        "Russia jails Jehovah's Witness, 63, for six years\n\n"
        "A court in Kirov on Tuesday convicted three Jehovah's Witnesses, among them Viktor Shalagin, "
        "of organising a banned group."
    )
    assert not any("Witness" in name for name in _names(result))
    assert ("sentence", "Viktor Shalagin") in event_pairs(result)


@pytest.mark.parametrize(
    "text",
    [
        "Karim Belkacem was released on Saturday. Belkacem had been jailed since 2023.",
        "Karim Belkacem was released on Saturday. He had been jailed since June 2023.",
    ],
)
def test_jailed_since_a_date_is_an_arrest(extract_text, text) -> None:
    pairs = event_pairs(extract_text(text))
    assert ("arrest", "Karim Belkacem") in pairs
    assert ("sentence", "Karim Belkacem") not in pairs


def test_jailed_since_with_a_verdict_told_stays_a_sentence(extract_text) -> None:
    # trap: a term served in the same sentence tells the verdict
    pairs = event_pairs(
        extract_text(
            "Karim Belkacem had been jailed since 2019 and was serving a ten-year sentence for his posts."
        )
    )
    assert ("sentence", "Karim Belkacem") in pairs


def test_jailed_since_of_a_group_is_no_one_event(extract_text) -> None:
    # trap: a statistic of many jailed since a date names no one
    result = extract_text("Dozens of critics have been jailed since July 2021, the group said.")
    assert event_pairs(result) == set()


# --- recall ------------------------------------------------------------------------------------


def test_name_hung_on_a_fronted_date_dies_in_custody(extract_text) -> None:
    result = extract_text(
        "DEATH IN CUSTODY\n\nOn 26 October political prisoner Mikhail Zhaunerchyk, 64, died in the medical "
        "unit of Penal Colony No. 3 in Vitba near Vitsebsk. The former driver was serving a three-year term."
    )
    assert ("death", "Mikhail Zhaunerchyk") in event_pairs(result)


def test_name_after_a_fronted_date_dying_at_home_is_no_death(extract_text) -> None:
    # trap: no custody in the clause
    result = extract_text("On 26 October the poet Mikhail Zhaunerchyk, 64, died at his home in Vitsebsk.")
    assert ("death", "Mikhail Zhaunerchyk") not in event_pairs(result)


@pytest.mark.parametrize(
    "text",
    [
        "Kavalenka was arrested in 2021 and convicted a year later of organising protests. His term - "
        "eight years - would have run until 2029.",
        "Kavalenka was arrested in 2021 and convicted a year later of organising protests. His term - "
        "eight years - ran until 2029.",
    ],
)
def test_term_set_off_between_dashes(extract_text, text) -> None:
    assert ("Kavalenka", 96) in _terms(extract_text(text))


def test_term_set_off_with_a_negated_verb_is_no_term(extract_text) -> None:
    # trap: the verb unsays the term
    text = "Kavalenka was convicted of organising protests. His term - eight years - was never imposed."
    assert ("Kavalenka", 96) not in _terms(extract_text(text))


def test_term_on_a_digest_label_line_after_the_verdict_for(extract_text) -> None:
    result = extract_text(
        "Moscow. The 2nd Western District Military Court has delivered its verdict for Dmitry Levchenko, "
        "a 52-year-old sound engineer, over two posts. Charge: fakes about the army. Term: 7 years in a "
        "general-regime colony."
    )
    assert _terms(result) == {("Dmitry Levchenko", 84)}


def test_term_label_line_without_a_verdict_is_no_ones(extract_text) -> None:
    # trap: no verdict told in the paragraph, so no one owns the label's term
    result = extract_text("Dmitry Levchenko spoke at the rally. Term: 7 years in a general-regime colony.")
    assert _terms(result) == set()


@pytest.mark.parametrize(
    "text",
    [
        'Political prisoner Aleksei Gorin, serving 7 years in IK-7 in Karelia for "fakes", writes to his '
        "supporters.",
        "Political prisoner Aleksei Gorin, serving 7 years in a colony in Karelia, writes to his supporters.",
    ],
)
def test_term_served_in_a_coded_prison_and_its_region(extract_text, text) -> None:
    assert ("Aleksei Gorin", 84) in _terms(extract_text(text))


def test_years_served_as_a_guard_in_a_prison_are_no_term(extract_text) -> None:
    # trap: a post held in a prison and its region, not custody
    result = extract_text(
        "Aleksei Gorin, who served 7 years as a guard in IK-7 in Karelia, writes to his friends."
    )
    assert _terms(result) == set()
    assert event_pairs(result) == set()


def test_walked_out_having_served_a_term(extract_text) -> None:
    result = extract_text(
        "Cemil Aydogan was convicted of propaganda in 2017. He walked out in 2020, having served a term of "
        "three years and nine months."
    )
    assert ("release", "Cemil Aydogan") in event_pairs(result)
    assert ("Cemil Aydogan", 45) in _terms(result)


def test_walked_out_having_served_terms_of_office_is_no_release(extract_text) -> None:
    # trap: terms of office
    result = extract_text(
        "Cemil Aydogan was a senator. He walked out in 2020, having served two terms as senator."
    )
    assert ("release", "Cemil Aydogan") not in event_pairs(result)


@pytest.mark.parametrize(
    "text",
    [
        "Iryna Lysenko was brought back to Ukraine in a prisoner exchange in August.",
        "Iryna Lysenko came home in a prisoner exchange in August.",
        "Iryna Lysenko returned to Ukraine in a prisoner swap in August.",
    ],
)
def test_brought_home_in_a_prisoner_exchange_is_freed(extract_text, text) -> None:
    assert ("release", "Iryna Lysenko") in event_pairs(extract_text(text))


def test_group_brought_back_in_an_exchange_keeps_its_count(extract_text) -> None:
    result = extract_text(
        "Iryna Lysenko, a nurse from Melitopol, was among 84 civilians brought back to Ukraine in a "
        "prisoner exchange in August."
    )
    assert ("release", 84) in group_counts(result)
    assert ("release", "Iryna Lysenko") in event_pairs(result)


@pytest.mark.parametrize(
    "text",
    [
        "Iryna Lysenko was arrested in 2022. She came back in an exchange of letters with the court.",
        "Iryna Lysenko was arrested in 2022. She returned to Kyiv in exchange for a promise to testify.",
        "Iryna Lysenko was arrested in 2022. Ukraine hopes she will be brought back in a prisoner exchange.",
    ],
)
def test_exchange_of_things_or_a_hoped_for_one_frees_no_one(extract_text, text) -> None:
    assert ("release", "Iryna Lysenko") not in event_pairs(extract_text(text))


def test_death_in_a_prison_named_by_its_town(extract_text) -> None:
    result = extract_text(
        "Ali Hassan is held in Jau Prison. In March, Husain Khalil Ebrahim died in Jau after what his family "
        "said was a delay in treating an infection."
    )
    assert ("death", "Husain Khalil Ebrahim") in event_pairs(result)


def test_death_in_a_town_that_is_no_prison(extract_text) -> None:
    # trap: the town is never named as a prison
    result = extract_text(
        "Ali Hassan was freed from Jau Prison. In March, his neighbour Husain Khalil Ebrahim died in Manama "
        "after a long illness."
    )
    assert ("death", "Husain Khalil Ebrahim") not in event_pairs(result)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "In a so-called special proceeding, held in the absence of the accused, the Minsk Regional Court "
            "sentenced journalist Katsiaryna Hlinskaya, who has lived in Vilnius since 2020, to 10 years.",
            "Katsiaryna Hlinskaya",
        ),
        (
            "• In a special proceeding held in absentia, Minsk City Court sentenced journalist "
            'Volha Marchuk, who left Belarus in 2021, to ten years in prison for "calls to actions".',
            "Volha Marchuk",
        ),
    ],
)
def test_term_after_a_relative_clause_set_off_after_the_name(extract_text, text, name) -> None:
    result = extract_text(text)
    assert ("sentence", name) in event_pairs(result)
    assert _terms(result) == {(name, 120)}


def test_relative_clause_without_a_term_after_it_gives_no_term(extract_text) -> None:
    # trap: the clause closes on something else than the verb's "to"
    result = extract_text(
        "In a special proceeding the Minsk City Court sentenced journalist Volha Marchuk, who left Belarus "
        "in 2021, her lawyer said."
    )
    assert _terms(result) == set()


# --- two of a family sharing a surname -----------------------------------------------------------


def test_sisters_sharing_a_surname_are_two_persons(extract_text) -> None:
    result = extract_text(
        '• In Pinsk, sisters Katsiaryna and Volha Busel were found guilty of "facilitating extremist '
        'activity". Katsiaryna, 34, was given two and a half years, her younger sister two.'
    )
    assert {"Katsiaryna Busel", "Volha Busel"} <= _names(result)
    assert ("Katsiaryna Busel", 30) in _terms(result)


def test_brothers_from_a_town_sharing_a_surname_are_two_persons(extract_text) -> None:
    result = extract_text(
        "Among those detained were two brothers from Alexandria, Mostafa and Youssef Gamal, who were "
        "arrested in 2019."
    )
    assert {"Mostafa Gamal", "Youssef Gamal"} <= _names(result)


def test_a_list_of_given_names_before_a_full_name_stays_apart(extract_text) -> None:
    # trap: a list of people with a town before the comma, no plural of people before them
    result = extract_text(
        "Police in Minsk, Pavel and Olga Zhuk said, detained the editor Ivan Kruk on Monday."
    )
    assert "Pavel Zhuk" not in _names(result)
