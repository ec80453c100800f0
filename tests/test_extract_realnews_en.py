"""Families found on the tuning half of the real-news yardstick `rnews` (whole Reuters and web
news articles): names written with a nickname inside, a weekday after a name, a criminal
record told as convictions someone has, and the traps beside each. The sentences are written
here, not taken from the yardstick."""

from __future__ import annotations

import pytest

from vigil.model import Extraction


def names(result: Extraction) -> set[str]:
    return {p.name for p in result.persons}


def events(result: Extraction) -> set[tuple[str, str]]:
    by_id = {p.id: p.name for p in result.persons}
    return {(e.type, by_id[pid]) for e in result.events for pid in e.persons}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('Crime boss Salvatore "The Hammer" Benedetto died in prison on Tuesday.', "Salvatore Benedetto"),
        (
            "Union leader Thomas Edward (Ted) Marlowe died while serving a prison term.",
            "Thomas Edward Marlowe",
        ),
        ("Smuggler Frank 'Lucky' Duarte died in jail last week, his lawyer said.", "Frank Duarte"),
    ],
)
def test_a_nickname_inside_a_name_keeps_one_person(extract_text, text, name):
    result = extract_text(text)
    assert name in names(result)
    assert ("death", name) in events(result)
    assert not any(n in ("The Hammer", "Ted", "Lucky") for n in names(result))


def test_later_surname_mentions_join_the_nicknamed_name(extract_text):
    result = extract_text(
        'Mob boss Salvatore "The Hammer" Benedetto died in prison on Monday. Benedetto was'
        " serving a 15-year sentence for racketeering."
    )
    assert names(result) == {"Salvatore Benedetto"}
    assert ("sentence", "Salvatore Benedetto") in events(result)
    assert {e.term_months for e in result.events if e.type == "sentence"} == {180}


def test_quoted_words_between_two_names_are_no_nickname(extract_text):
    result = extract_text('Maria Lopez called the verdict "a disgrace" Thursday after Ana Ruiz was jailed.')
    assert "Maria Lopez" in names(result) and "Ana Ruiz" in names(result)
    assert ("sentence", "Ana Ruiz") in events(result)


def test_a_weekday_after_a_name_is_no_part_of_it(extract_text):
    result = extract_text(
        "Prosecutors filed charges against Robert James Kellerman Friday in the county court."
    )
    assert "Robert James Kellerman" in names(result)


@pytest.mark.parametrize(
    "text",
    [
        "Records show Dale Whitcombe has three prior DUI convictions.",
        "Dale Whitcombe, who moved to Ohio in 2001 and had previous convictions, was charged again.",
        "Dale Whitcombe has two convictions for burglary, court records show.",
    ],
)
def test_convictions_someone_has_are_a_sentence(extract_text, text):
    assert ("sentence", "Dale Whitcombe") in events(extract_text(text))


@pytest.mark.parametrize(
    "text",
    [
        "Dale Whitcombe has strong religious convictions, his pastor said.",
        "Dale Whitcombe has convictions that the war was wrong.",
        "Dale Whitcombe could face prior convictions being read to the jury if he testifies.",
    ],
)
def test_beliefs_and_hedged_records_are_no_sentence(extract_text, text):
    assert not any(t == "sentence" for t, _ in events(extract_text(text)))


def counts(result: Extraction) -> set[tuple[str, int]]:
    return {(e.type, e.count) for e in result.events if e.count}


def test_a_relative_clause_after_a_role_and_a_name_is_the_names(extract_text):
    result = extract_text(
        "The king pardoned the editor, along with fellow party member and reporter Tomas Kerr, who"
        " was released in June after serving a month of a two-year term."
    )
    assert ("release", "Tomas Kerr") in events(result)


def test_a_plural_relative_clause_keeps_every_coordinated_name(extract_text):
    result = extract_text("The report named Lena Oduya and Peter Vance, who were released in May.")
    assert {("release", "Lena Oduya"), ("release", "Peter Vance")} <= events(result)


def test_a_release_in_a_clause_inside_another_clause_is_the_subjects(extract_text):
    result = extract_text(
        "Nadia Ferreira was held in a military camp for three years without being charged before"
        " being released in 2019."
    )
    assert ("release", "Nadia Ferreira") in events(result)


def test_ordered_held_until_a_hearing_is_an_arrest(extract_text):
    result = extract_text("The five men were ordered to be held in jail until a hearing next month.")
    assert ("arrest", 5) in counts(result)


def test_members_named_one_a_sentence(extract_text):
    result = extract_text(
        "Prosecutors said two other people had also been arrested. One was Marco Deluca, a"
        " warehouse owner. The other was accountant Irene Walsh. The inquiry goes on."
    )
    assert {("arrest", "Marco Deluca"), ("arrest", "Irene Walsh")} <= events(result)
    assert ("arrest", 2) in counts(result)


def test_one_a_sentence_needs_as_many_names_as_the_group(extract_text):
    result = extract_text(
        "Prosecutors said three other people had also been arrested. One was Marco Deluca, a"
        " warehouse owner. The other was accountant Irene Walsh."
    )
    assert not any(name in ("Marco Deluca", "Irene Walsh") for _, name in events(result))


def test_he_after_a_subordinate_clause_is_the_main_subject(extract_text):
    result = extract_text(
        "Carlos Medina was found hiding in a shed hours after Officer Brian Tate was shot. He was"
        " arrested without a struggle."
    )
    assert ("arrest", "Carlos Medina") in events(result)
    assert ("arrest", "Brian Tate") not in events(result)


def test_a_faith_after_a_given_name_is_no_person(extract_text):
    result = extract_text("His brother, a Roman Catholic priest, said Vito Sarni was jailed for 12 years.")
    assert "Roman Catholic" not in names(result)
    assert ("sentence", "Vito Sarni") in events(result)


@pytest.mark.parametrize(
    "text",
    [
        "He also admitted kidnapping two girls, Ana Brill and Eva Moll, a year ago.",
        "The farmer confessed to abducting Ana Brill in 2019.",
    ],
)
def test_a_kidnapping_someone_confesses_is_a_crime_not_an_arrest(extract_text, text):
    result = extract_text(text)
    assert not any(t == "arrest" for t, _ in events(result)) and not counts(result)


def test_security_agents_abducting_a_person_is_still_an_arrest(extract_text):
    assert ("arrest", "Ana Brill") in events(
        extract_text("Security agents abducted activist Ana Brill in 2019.")
    )


@pytest.mark.parametrize(
    "text",
    [
        "Moreno used a handgun in the attack, the D. A.'s release says.",
        "The attack was planned for weeks, the prosecutor's office said in a release on Tuesday.",
    ],
)
def test_a_press_release_is_no_release(extract_text, text):
    result = extract_text(text)
    assert not any(t == "release" for t, _ in events(result))
    assert "D. A." not in names(result)


def test_a_definite_description_after_a_report_is_the_one_reported_on(extract_text):
    result = extract_text(
        "A rights activist, Omar Haddad, said he had been freed on Tuesday. Prosecutor Lina Sabri had"
        " said Haddad was arrested for a false statement. The activist was detained by intelligence"
        " agents on August 12."
    )
    assert ("arrest", "Lina Sabri") not in events(result)
    assert ("arrest", "Omar Haddad") in events(result)


@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("The truck driver, Omar Lindqvist, is in custody and faces charges on Monday.", "Omar Lindqvist"),
        ("Three teenagers are under arrest over the fire, officers said on Sunday.", None),
        ("Petra Novak was in police custody on Tuesday, accused of fraud, her lawyer said.", "Petra Novak"),
    ],
)
def test_being_in_custody_or_under_arrest_now_is_an_arrest(extract_text, text, held):
    result = extract_text(text)
    if held is None:
        assert {(e.type, e.count) for e in result.events} == {("arrest", 3)}
    else:
        assert ("arrest", held) in events(result)


@pytest.mark.parametrize(
    "text",
    [
        "Petra Novak is under house arrest in her flat in Brno.",
        "Petra Novak is in prison in Brno.",
        "The archive is in the custody of the city museum.",
        "Petra Novak remains in custody.",
    ],
)
def test_house_arrest_prison_stays_and_custody_of_things_are_no_arrest(extract_text, text):
    assert not any(e.type == "arrest" for e in extract_text(text).events)


def terms(result: Extraction) -> set[tuple[str, int | None]]:
    by_id = {p.id: p.name for p in result.persons}
    return {(by_id[pid], e.term_months) for e in result.events if e.type == "sentence" for pid in e.persons}


@pytest.mark.parametrize(
    ("text", "name", "months"),
    [
        (
            "Karel Dvorsky admitted bribing a judge in 2011. That earned him a four-year sentence.",
            "Karel Dvorsky",
            48,
        ),
        (
            "Lena Hartmann lost her appeal in May, which brought her a further 18-month term.",
            "Lena Hartmann",
            18,
        ),
        ("Tomas Berger served nine months in jail in 2008 for assault.", "Tomas Berger", 9),
        ("Tomas Berger denied the charge. In 2008 he served nine months in jail for it.", "Tomas Berger", 9),
    ],
)
def test_a_term_brought_by_a_cause_or_served_in_a_dated_year_is_a_sentence(extract_text, text, name, months):
    assert (name, months) in terms(extract_text(text))


@pytest.mark.parametrize(
    "text",
    [
        "The documentary earned Karel Dvorsky a four-year contract with the network.",
        "Tomas Berger served nine months in the navy in 2008.",
        "Karel Dvorsky's campaign brought him praise in 2011.",
    ],
)
def test_contracts_service_and_praise_are_no_sentence(extract_text, text):
    assert not any(e.type == "sentence" for e in extract_text(text).events)


def test_sent_to_prison_for_life_is_a_sentence_without_a_term(extract_text):
    result = extract_text("Witnesses and wiretaps sent Marco Ferri to prison for life in 1992.")
    assert ("Marco Ferri", None) in terms(result)
    questioned = extract_text("Marco Ferri was sent to jail for questioning.")
    assert not any(e.type == "sentence" for e in questioned.events)


def test_a_year_before_a_name_leaves_the_name_a_person(extract_text):
    result = extract_text("In 2014 Darius Mehta was detained at the border, his sister said.")
    assert ("arrest", "Darius Mehta") in events(result)
    # (a version number beside a product's name still makes no person)
    assert not names(extract_text("The company shipped Office 2007 Enterprise Edition to schools."))


def test_a_quoted_nickname_after_so_called_is_no_second_person(extract_text):
    result = extract_text(
        'Prosecutors finally caught Rocco Valenti, the so-called "Velvet Glove" who escaped two'
        " trials before a jury sent him to prison for life in 1994."
    )
    assert names(result) == {"Rocco Valenti"}
    assert ("sentence", "Rocco Valenti") in events(result)


def test_a_term_cut_in_a_bare_participle_is_a_second_term_and_the_release_stays_hers(extract_text):
    result = extract_text(
        "Dana Okafor, a nurse from Lagos, was detained in 2020. She was jailed for three years, cut on"
        " appeal to 30 months, and was freed in March."
    )
    assert {("Dana Okafor", 36), ("Dana Okafor", 30)} <= terms(result)
    assert ("release", "Dana Okafor") in events(result)


def test_a_completed_sentence_is_a_sentence(extract_text):
    result = extract_text("The reporter Minh Hoang walked out after completing a four-year sentence.")
    assert ("Minh Hoang", 48) in terms(result)


def test_a_prison_term_finished_is_a_release(extract_text):
    # one trigger gives one event: finishing the term is told as the release (GUIDELINES: "let out
    # after serving the term")
    assert ("release", "Minh Hoang") in events(
        extract_text("Minh Hoang finished his prison term in June and went home.")
    )


@pytest.mark.parametrize(
    "text",
    [
        "Minh Hoang finished his term as governor in 2019.",
        "Minh Hoang completed two years of study in Hanoi.",
        "Minh Hoang completed the sentence he was writing and handed over the draft.",
        "The court added a year of probation for each defendant after they complete their prison terms.",
    ],
)
def test_finished_offices_and_studies_are_no_sentence(extract_text, text):
    assert not any(e.type == "sentence" for e in extract_text(text).events)


def test_a_given_name_the_tagger_reads_as_an_adjective_still_opens_a_name(extract_text):
    result = extract_text("The verdict drew protests. Pavel Kuzmyanok got two and a half years behind bars.")
    assert ("Pavel Kuzmyanok", 30) in terms(result)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kyle Brandt was held without bond at the Maricopa County jail.", {"arrest"}),
        ("Kyle Brandt was jailed on suspicion of arson on Tuesday.", {"arrest"}),
        ("Kyle Brandt was jailed on fraud charges for six years.", {"sentence"}),
        ("Kyle Brandt, who is serving life without parole, escaped from a work crew.", {"sentence"}),
        ("Kyle Brandt was given two consecutive life terms in 2009.", {"sentence"}),
        ("Kyle Brandt, who fled a prison farm on Sunday, was recaptured two days later.", {"arrest"}),
        ("Kyle Brandt was caught by state troopers near Flagstaff.", {"arrest"}),
        ("Kyle Brandt was caught on a doorbell camera leaving the house.", set()),
        ("Kyle Brandt served two terms as county sheriff.", set()),
    ],
)
def test_police_and_court_words_of_american_crime_reports(extract_text, text, expected):
    assert {e.type for e in extract_text(text).events if e.persons} == expected


def test_a_diplomat_told_to_leave_is_expelled_and_never_freed(extract_text):
    result = extract_text(
        "Rights groups demanded the release of detainees. Oslo said Farid Qasimi, the embassy's"
        " second secretary, was told to leave over his contacts. His predecessor, the consul Nadir"
        " Aziz, was expelled in May."
    )
    assert {("deportation", "Farid Qasimi"), ("deportation", "Nadir Aziz")} <= events(result)
    assert not any(t == "release" for t, _ in events(result))


@pytest.mark.parametrize(
    "text",
    [
        "The judge asked Farid Qasimi to leave the courtroom.",
        "The coach told Farid Qasimi, the team captain, to leave after the match.",
    ],
)
def test_asked_to_leave_a_room_is_no_expulsion(extract_text, text):
    assert not extract_text(text).events


def test_links_to_other_stories_tell_the_events_of_the_people_they_name(extract_text):
    # (session 31: the read sets' gold, syn12a..syn15b and syn8c, annotates the named people of
    # link lines; until then these lines were skipped whole)
    result = extract_text(
        "VILNIUS - Police detained the blogger Oleg Marchuk on Tuesday, his wife said.\n"
        "Related: Minsk court jails teacher Irina Kovalchuk for six years\n"
        "READ MORE: Belarus frees Stepan Antonov after four years\n"
        "Marchuk was released in 2020 after a year in prison."
    )
    assert {("sentence", "Irina Kovalchuk"), ("release", "Stepan Antonov")} <= events(result)
    assert {("arrest", "Oleg Marchuk"), ("release", "Oleg Marchuk")} <= events(result)


def test_a_capitalised_kind_of_a_counted_group_is_no_person(extract_text):
    result = extract_text("Kenya deported 14 Somali Bantu refugees on Friday, officials said.")
    assert not names(result)
    assert {(e.type, e.count) for e in result.events} == {("deportation", 14)}
    kept = extract_text("Police detained 12 Ana Ruiz supporters outside the court.")
    assert "Ana Ruiz" in names(kept)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Guards shot dead four inmates as they tried to escape from the penal colony.", {("death", 4)}),
        ("The blogger Rustam Aliev was beaten to death in his cell, his brother said.", {("death", None)}),
        ("A car bomb killed six soldiers near the prison gate.", set()),
        ("Police shot dead Rustam Aliev two weeks after his release from prison.", set()),
        ("Guards beat Rustam Aliev in his cell, his lawyer said.", set()),
    ],
)
def test_killed_while_held_is_a_death_in_custody(extract_text, text, expected):
    # (a release told in passing, "after his release from prison", is an event of its own)
    assert {(e.type, e.count) for e in extract_text(text).events if e.type == "death"} == expected


def test_kidnapped_in_a_story_of_kidnapping_as_a_crime_is_no_arrest(extract_text):
    result = extract_text(
        "Detectives searched a farm in a case of murder, kidnapping and abuse. Lena Dorn and Maya"
        " Voss had been kidnapped in May. The farmer admitted kidnapping two other girls."
    )
    assert not any(t == "arrest" for t, _ in events(result))
    state = extract_text(
        "A man was charged with kidnapping a child. Separately, the reporter Pavel Vinnik was"
        " abducted by security forces in Minsk."
    )
    assert ("arrest", "Pavel Vinnik") in events(state)


def test_a_pronoun_after_a_long_nameless_stretch_continues_its_chain(extract_text):
    result = extract_text(
        "Silvio Marchetti, the last of the old bosses, died in prison on Sunday. For decades he"
        " fooled the courts. He wandered the streets in a bathrobe. Doctors were called to testify."
        " Neighbours laughed at the act. Reporters followed every hearing. Juries hesitated for years."
        " Prosecutors kept trying. He was jailed for 14 years in 1997."
    )
    assert ("Silvio Marchetti", 168) in terms(result)
