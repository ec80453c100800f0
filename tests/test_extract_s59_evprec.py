"""English, session 59 (helper evprec): false events on real English news, each class counted
across the English read sets and real-news tune halves before it was written (docs/extract.md,
"Session 59 — false events on real English news (evprec)"), in wordings invented for these tests:

* a he/she in a complement or adverbial clause goes on with the subject of the clause that governs
  it (a same-sex he/she, or a named teller whose addressee is named), not with a nearer name in
  that clause's object or prepositional phrase;
* a run of capitals that ends in a people's word ("Jailed Belarusian", "Freed Tunisian") and does
  not open with a known given name is no person;
* a count told as a running statistic is no group count: "as of" a date with a perfect tense,
  people "still" or "currently" held, a count over a whole year, month or country ("in 2019
  alone", "during 2021");
* a number that is released with no "of" after it is a thing ("releasing three phone numbers").
"""

from __future__ import annotations

from tests.extract_views import event_pairs, group_counts

# --- the subject of the governing clause ----------------------------------------------------------


def test_second_he_goes_on_with_the_first(extract_text) -> None:
    pairs = event_pairs(
        extract_text(
            "A life in opposition\n\nThe poet Daniel Varga died on Sunday. He first became known in 1998, "
            "after the re-election of President Tomas Halmi, when he was jailed for reading a poem."
        )
    )
    assert any(name == "Daniel Varga" for _, name in pairs)
    assert not any(name == "Tomas Halmi" for _, name in pairs)


def test_teller_of_own_arrest_is_the_one_arrested(extract_text) -> None:
    pairs = event_pairs(
        extract_text(
            "Reporter held\n\nThe reporter Samuel Okoro was held for a week. On Monday, Okoro informed "
            "the news desk editor Peter Lang that he was arrested and asked him to call his family."
        )
    )
    assert ("arrest", "Samuel Okoro") in pairs
    assert ("arrest", "Peter Lang") not in pairs


def test_addressee_told_by_a_force_stays_the_one_arrested(extract_text) -> None:
    """Trap: the teller is no person (the police), so the one told is the one meant."""
    pairs = event_pairs(
        extract_text(
            "Student held\n\nOn Monday, officers told the student Peter Lang that he was under arrest."
        )
    )
    assert ("arrest", "Peter Lang") in pairs


def test_no_nearer_name_leaves_the_usual_reading(extract_text) -> None:
    """Trap: nothing stands between the subject and the pronoun; the pronoun is the subject's."""
    pairs = event_pairs(
        extract_text(
            "Activist freed\n\nMaria Dobos said on Friday that she was released after two weeks in jail."
        )
    )
    assert ("release", "Maria Dobos") in pairs


# --- a people's word ends no name -----------------------------------------------------------------


def test_participle_and_peoples_word_is_no_person(extract_text) -> None:
    result = extract_text(
        "Blogger on hunger strike\n\nImage: Jailed Belarusian blogger Anton Sakalou, seen here in a "
        "photo from 2019, is on hunger strike."
    )
    names = {p.name for p in result.persons}
    assert "Anton Sakalou" in names
    assert not any("Belarusian" in n for n in names)


def test_given_name_before_a_peoples_word_stays_a_person(extract_text) -> None:
    """Trap: a known given name opens it, so the people's word is a surname ("Mark Cuban")."""
    result = extract_text(
        "Investor speaks\n\nMark Cuban said on Monday that he had been detained at the airport."
    )
    assert ("arrest", "Mark Cuban") in event_pairs(result)


# --- running statistics ---------------------------------------------------------------------------


def test_count_as_of_a_date_is_a_tally(extract_text) -> None:
    result = extract_text(
        "Press freedom\n\nThe monitor recorded that, as of June 30, 61 reporters had been arrested "
        "and 25 were being held in detention."
    )
    assert group_counts(result) == set()


def test_people_still_or_currently_held_are_no_group(extract_text) -> None:
    result = extract_text(
        "Press freedom\n\nSince the coup, 70 reporters have been arrested and 28 are still detained. "
        "According to the aid group, 90 minors are currently imprisoned by the army."
    )
    assert group_counts(result) == set()


def test_count_over_a_whole_year_or_country_is_a_statistic(extract_text) -> None:
    result = extract_text(
        "Annual report\n\nThe index was published on Monday. "
        "In 2020 alone, 14 writers were forced into exile. Of the 250 writers detained "
        "during 2021, most were held without trial. The group said 19 people were hanged in Iraq alone."
    )
    assert group_counts(result) == set()


def test_one_weeks_or_one_cases_group_keeps_its_count(extract_text) -> None:
    """Traps: a week is no whole period, and a year with a single case tells one group."""
    result = extract_text(
        "Crackdown\n\nIn the second week of May alone, 17 people were detained across the country. "
        "In 2021, 12 students were jailed pending trial in a single case."
    )
    assert ("arrest", 17) in group_counts(result)
    assert ("arrest", 12) in group_counts(result)


def test_bound_of_a_day_keeps_a_release_count(extract_text) -> None:
    """Trap: 'by late afternoon' with a past perfect tells one release, not a tally."""
    result = extract_text("Prisoners freed\n\nBy late afternoon, the authorities had released 23 prisoners.")
    assert ("release", 23) in group_counts(result)


# --- things released ------------------------------------------------------------------------------


def test_phone_numbers_released_are_no_group(extract_text) -> None:
    result = extract_text(
        "Police appeal\n\nThe inspector said he was taking the rare step of releasing three phone numbers "
        "for witnesses to call."
    )
    assert group_counts(result) == set()
    assert not any(e.type == "release" for e in result.events)


def test_a_number_of_prisoners_released_are_people(extract_text) -> None:
    """Trap: 'a number of prisoners' counts people, who are released."""
    pairs = event_pairs(
        extract_text(
            "Amnesty\n\nThe authorities released a number of prisoners on Monday, among them Omar Haddad."
        )
    )
    assert ("release", "Omar Haddad") in pairs


def test_a_number_of_its_own_kind_leaves_the_release_named_after_it(extract_text) -> None:
    """Trap: 'the highest number' before a named person released is no thing released."""
    pairs = event_pairs(
        extract_text(
            "Rights experts\n\nThe experts said that 900 people were executed last year, the highest number "
            "in a decade, and that the teacher Leila Karimi, released on bail in 2024, was arrested again."
        )
    )
    assert ("release", "Leila Karimi") in pairs
