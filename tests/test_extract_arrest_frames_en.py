"""Arrests and deportations in frames the parser misreads or the lexicon missed (session 13):
particle verbs whose particle the parser takes for a preposition ("hauled in X"), a name read
as an adverbial noun ("extradited dissident X to ..."), "out of the country" hung on the object,
police lock-ups and nights in a cell, a magistrate putting someone behind bars untried, a verbless
"Among those taken away: A and B", "after detaining them", "among them the editor X", and "the
rest" beside a named part. Each family beside its precision traps. Every sentence was written for
these tests (names, places and wording of no evaluation set)."""

from __future__ import annotations

import pytest

from tests.test_extract_english import counts, events

# -- a particle verb of police taking someone in -------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Police hauled in the union organiser Ilse Brandt on Tuesday over a leaflet.", "Ilse Brandt"),
        ("Officers pulled in the satirist Goran Vuk late on Friday after his show.", "Goran Vuk"),
        ("Detectives brought in the accountant Mirela Hotic for questioning on Monday.", "Mirela Hotic"),
    ],
)
def test_police_taking_someone_in(extract_text, text, name):
    assert ("arrest", name) in events(extract_text(text))


def test_taken_in_beside_someone_in_a_story_of_arrests(extract_text):
    text = (
        "The miners' spokesman Tomas Reyes was arrested in Oruro on Sunday. His cousin Lidia Paz "
        "was taken in alongside him; both are held at the regional police headquarters."
    )
    assert ("arrest", "Lidia Paz") in events(extract_text(text))


@pytest.mark.parametrize(
    "text",
    [
        "The Novak family took in the refugee Samir Adil after the floods destroyed his home.",
        "The club brought in the striker Pavel Dusek on a two-year contract.",
        "Investors were taken in by the scheme, and the broker Ole Sand fled, police said.",
        "The cyclist Ada Roux was taken away in an ambulance after the crash, police said.",
    ],
)
def test_taken_in_or_away_without_custody_is_no_arrest(extract_text, text):
    assert not any(t == "arrest" for t, _ in events(extract_text(text)))


# -- a name the parser reads as an adverbial noun after the verb ----------------------------


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "Poland extradited Belarusian blogger Kiryl Zhuk to Minsk on Thursday despite appeals.",
            ("deportation", "Kiryl Zhuk"),
        ),
        (
            "Turkey deported Uzbek preacher Farrukh Sobirov to Tashkent on Friday.",
            ("deportation", "Farrukh Sobirov"),
        ),
    ],
)
def test_a_name_after_the_verb_is_its_object(extract_text, text, event):
    assert event in events(extract_text(text))


# -- forced out of the country, the particle hung on the object ---------------------------


def test_forced_someone_out_of_the_country(extract_text):
    text = (
        "Authorities forced the pastor Rosa Ibarra out of the country on Friday, driving her to the airport."
    )
    assert ("deportation", "Rosa Ibarra") in events(extract_text(text))


@pytest.mark.parametrize(
    "text",
    [
        "The board forced chairman Rui Matos out of the party after the vote.",
        "Voters forced mayor Hanna Lind out of office in March.",
    ],
)
def test_forced_out_of_a_body_is_no_deportation(extract_text, text):
    assert not events(extract_text(text))


# -- a night in a police lock-up ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The drummer Kojo Asante was locked up overnight at Tema police station after the gig.",
            "Kojo Asante",
        ),
        ("The blogger Eda Kaya was held overnight in a police cell in Izmir.", "Eda Kaya"),
        (
            "The trade unionist Arjun Mehta was held at a police station in Pune for several hours.",
            "Arjun Mehta",
        ),
    ],
)
def test_a_night_in_a_police_lockup_is_an_arrest(extract_text, text, name):
    assert ("arrest", name) in events(extract_text(text))


def test_locking_up_a_shop_overnight_is_no_arrest(extract_text):
    assert not events(extract_text("The grocer Omar Dahl locked up his shop overnight during the storm."))


# -- put behind bars untried --------------------------------------------------------------


def test_a_magistrate_putting_someone_behind_bars_untried(extract_text):
    text = (
        "A district magistrate put the student leader Imran Kabir behind bars on Tuesday, refusing him bail."
    )
    assert ("arrest", "Imran Kabir") in events(extract_text(text))


@pytest.mark.parametrize(
    "text",
    [
        "A judge put the banker Lev Orlov behind bars on Tuesday after convicting him of fraud.",
        "The reformer Mona Salah, who was put behind bars in 2019, spoke to supporters on bail.",
    ],
)
def test_behind_bars_after_a_verdict_is_no_arrest(extract_text, text):
    assert ("arrest", "Lev Orlov") not in events(extract_text(text))
    assert ("arrest", "Mona Salah") not in events(extract_text(text))


# -- verbless lists, time clauses, roles heading a name, "the rest" -----------------------


def test_among_those_taken_away_a_verbless_list(extract_text):
    text = "Among those taken away in police buses: the poet Ales Marr and the lawyer Ina Kost."
    found = events(extract_text(text))
    assert {("arrest", "Ales Marr"), ("arrest", "Ina Kost")} <= found


def test_after_detaining_them_names_the_main_clause_people(extract_text):
    text = "Guards freed the cartoonist Ana Voss and her husband on Monday, a week after arresting them."
    found = events(extract_text(text))
    assert {("arrest", "Ana Voss"), ("release", "Ana Voss")} <= found


def test_among_them_a_role_heading_the_name(extract_text):
    result = extract_text("Soldiers detained 14 villagers on Monday, among them the local teacher Ayo Bello.")
    assert ("arrest", "Ayo Bello") in events(result)
    assert ("arrest", 14) in counts(result)


def test_the_rest_are_not_the_named_part(extract_text):
    text = (
        "Police in Kumasi detained 22 traders on Saturday. Six of them, including the market leader "
        "Esi Owusu, were remanded in custody on Monday; the rest were freed on bail."
    )
    result = extract_text(text)
    found = events(result)
    assert ("arrest", "Esi Owusu") in found
    assert ("release", "Esi Owusu") not in found
    assert ("arrest", 6) in counts(result)


# -- cuffs, police stations, giving oneself up, questioning --------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The columnist Petra Lind was led out of her office in handcuffs on Thursday.", "Petra Lind"),
        ("The organiser Jonas Berg was handcuffed and led away by police.", "Jonas Berg"),
        (
            "The poet Maria Kuznetsova was taken to a police station in Tver and questioned.",
            "Maria Kuznetsova",
        ),
        ("The blogger Timur Sadykov was carted off to a police station after the rally.", "Timur Sadykov"),
        ("The singer Leyla Aydin was hauled off to jail on Friday night.", "Leyla Aydin"),
        ("The priest Andrei Vasko turned himself in to police in Lviv on Monday.", "Andrei Vasko"),
        ("The banker Oren Dahan surrendered to the authorities on Monday.", "Oren Dahan"),
        ("The student Nikita Orlov was held for questioning after the march.", "Nikita Orlov"),
        ("The farmer Joao Pires was dragged from his tractor by police.", "Joao Pires"),
        ("Police nabbed the activist Maria Kuznetsova at the airport.", "Maria Kuznetsova"),
    ],
)
def test_arrests_told_by_cuffs_stations_and_surrender(extract_text, text, name):
    assert ("arrest", name) in events(extract_text(text))


@pytest.mark.parametrize(
    "text",
    [
        "The mayor Ivan Holub was led away in handcuffs after the court read its verdict.",
        "The trader Tom Hale was handcuffed to a radiator by kidnappers for a week.",
        "The teacher Rita Moss took her son to the police station to report the theft.",
        "The pilot Sven Aas surrendered his passport to police under the terms of his bail.",
        "The student Kiri Tane turned in her thesis on Monday.",
        "The nurse Ana Bell escorted her daughter from the school on Monday.",
    ],
)
def test_cuffs_stations_and_surrender_traps(extract_text, text):
    assert not any(t == "arrest" for t, _ in events(extract_text(text)))


# -- made to leave a country, pushed across a border ----------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The publisher Oksana Lutska was forced to leave Ukraine on Tuesday.", "Oksana Lutska"),
        ("Officials made the monk Tenzin Dorje leave the country within a day.", "Tenzin Dorje"),
        (
            "Belarusian guards freed five prisoners in Hrodna. "
            "Jan Zhuk was pushed across the border into Poland.",
            "Jan Zhuk",
        ),
    ],
)
def test_made_to_leave_a_country(extract_text, text, name):
    assert ("deportation", name) in events(extract_text(text))


@pytest.mark.parametrize(
    "text",
    [
        "The coach Ivo Mraz was forced to leave the club after one season.",
        "The tenant Oleg Fenn was made to leave the flat by his landlord.",
        "The mayor Rui Sousa was forced to leave Porto for a village after the floods.",
    ],
)
def test_made_to_leave_a_body_or_a_town_is_no_deportation(extract_text, text):
    assert not any(t == "deportation" for t, _ in events(extract_text(text)))


# -- a relative clause about a counted group that another verb frees ------------------------


def test_a_relative_clause_tells_of_the_group_its_main_verb_frees(extract_text):
    text = (
        "Nine villagers who were detained at a land protest have been released without charge. "
        "They include the elder Musa Okoro."
    )
    result = extract_text(text)
    found = events(result)
    assert {("arrest", "Musa Okoro"), ("release", "Musa Okoro")} <= found
    assert ("release", 9) in counts(result)


# -- a lone surname that is a common word --------------------------------------------------


def test_a_lone_surname_that_is_a_common_word_is_its_owner(extract_text):
    text = "A military court gave the engineer Tarek Saber nine years. Saber, 41, was detained in 2022."
    assert ("arrest", "Tarek Saber") in events(extract_text(text))


# -- a verb after a date that the parser read as an adjective ------------------------------


def test_a_verb_after_a_date_read_as_an_adjective(extract_text):
    text = "A Kazan district court on Thursday remanded the lecturer Rustam Galiev in custody until March."
    assert ("arrest", "Rustam Galiev") in events(extract_text(text))


def test_remanded_on_bail_after_a_date_is_no_arrest(extract_text):
    text = "A Kazan district court on Thursday remanded the lecturer Rustam Galiev on bail until March."
    assert ("arrest", "Rustam Galiev") not in events(extract_text(text))


def test_ordered_a_role_and_name_held_in_custody(extract_text):
    text = "A magistrate on Monday ordered the cartoonist Leila Haddad held in custody pending trial."
    assert ("arrest", "Leila Haddad") in events(extract_text(text))


def test_the_guard_who_held_someone_is_no_order(extract_text):
    text = "The judge ordered the guard who held Leila Haddad to testify on Monday."
    assert ("arrest", "Leila Haddad") not in events(extract_text(text))
