"""English events whose short form already worked but whose long, cluttered form did not, in
wording invented for these tests: a list of names with outlets and roles after "include", a
closing apposition the parser reads as the main clause, namesakes told apart by who the paragraph
turned to, a name set off at the end of "one of the men arrested ...", a return to a detention
centre (see each test)."""

from __future__ import annotations

import pytest

from tests.test_extract_english import events

# -- the group's participle read as the verb, names listed with outlets and roles ----------


@pytest.mark.parametrize(
    "text",
    [
        "The reporters detained in the fortnight that followed included Tomas Vilkas, editor of the weekly "
        "Aidas, Rokas Baltrus of Zinios and Jurgis Kairys, a cartoonist.",
        "The bloggers arrested in the months that followed include Tomas Vilkas, editor of the daily "
        "Aidas, Rokas Baltrus of Zinios and Jurgis Kairys, a poet whose verses are still sung.",
    ],
)
def test_names_listed_with_outlets_after_the_groups_participle(extract_text, text):
    result = extract_text(text)
    assert {("arrest", "Tomas Vilkas"), ("arrest", "Jurgis Kairys")} <= events(result)


def test_a_name_set_beside_the_outlet_of_the_item_before_is_listed(extract_text):
    result = extract_text(
        "Those freed included Marta Kovac, editor of the weekly Glas, Daniel Horvat of Vijesti and "
        "Petar Lukic, a poet."
    )
    assert {("release", "Marta Kovac"), ("release", "Daniel Horvat")} <= events(result)


def test_a_relative_inside_an_item_stays_inside(extract_text):
    result = extract_text("Those freed included the wife of Marta Kovac and Petar Lukic.")
    assert ("release", "Marta Kovac") not in events(result)


# -- a closing apposition with its own clause, read as the main clause -----------------------


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "Tarik Osmani was released in May, a decision rights groups call overdue.",
            ("release", "Tarik Osmani"),
        ),
        (
            "Bojan Hadzic was detained in 2020 and added to new cases again and again, a tactic lawyers "
            'call "recycling".',
            ("arrest", "Bojan Hadzic"),
        ),
    ],
)
def test_a_closing_apposition_governs_nothing(extract_text, text, event):
    assert event in events(extract_text(text))


@pytest.mark.parametrize(
    "text",
    [
        "Tarik Osmani should be released, a demand activists call urgent.",
        "Activists call for Tarik Osmani to be released.",
    ],
)
def test_a_call_for_release_stays_no_event(extract_text, text):
    assert not events(extract_text(text))


# -- namesakes ---------------------------------------------------------------------------------


def test_a_lone_surname_names_the_namesake_the_paragraph_turned_to(extract_text):
    result = extract_text(
        "Students Emre Yilmaz and Baris Yilmaz were each given ten months. In a separate case, the "
        "top court upheld the term of Dilan Yilmaz, a former district mayor. Yilmaz has been in "
        "prison since her arrest in 2022."
    )
    assert ("arrest", "Dilan Yilmaz") in events(result)
    assert ("arrest", "Emre Yilmaz") not in events(result)


def test_a_relative_named_last_is_not_the_lone_surname(extract_text):
    result = extract_text(
        "Sergei Dubko was sentenced on Monday. His sister, Inna Dubko, said the trial was a farce. "
        "Dubko was detained in 2022."
    )
    assert ("arrest", "Sergei Dubko") in events(result)
    assert ("arrest", "Inna Dubko") not in events(result)


# -- "one of the men arrested ..., NAME," ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "One of the dockers arrested over the strike, 47-year-old Anvar Yusupov, died in a prison "
            "hospital last March.",
            {("arrest", "Anvar Yusupov"), ("death", "Anvar Yusupov")},
        ),
        (
            "One of the women detained at the vigil, nurse Gulnara Saidova, was freed on Tuesday.",
            {("arrest", "Gulnara Saidova"), ("release", "Gulnara Saidova")},
        ),
    ],
)
def test_a_name_set_off_after_one_of_a_group(extract_text, text, expected):
    assert expected <= events(extract_text(text))


def test_one_of_a_group_with_no_event_gives_none(extract_text):
    result = extract_text("One of the neighbours of the editor, Anvar Yusupov, said he was worried.")
    assert not events(result)


# -- returned to a detention centre ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Elchin Rustamov refused to get on the flight and was returned to a Ganja pre-trial detention "
        "centre.",
        "Guards returned Elchin Rustamov to the remand centre the same night.",
    ],
)
def test_returned_to_a_detention_centre_is_an_arrest(extract_text, text):
    assert ("arrest", "Elchin Rustamov") in events(extract_text(text))


@pytest.mark.parametrize(
    "text",
    [
        "Elchin Rustamov returned to the press centre to file his story.",
        "Elchin Rustamov was returned to a reception centre for migrants.",
    ],
)
def test_returned_to_another_centre_is_no_arrest(extract_text, text):
    assert not events(extract_text(text))


# -- the names' apposition read as the subject of a clause of its own --------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Nikola Perić and Milica Jović, the drama students arrested after Tuesday's sit-in at the "
        "dean's office, were let go overnight, the district prosecutor's office confirmed.",
        "Dragan Savić and Ana Lukić, the students arrested after Monday's march, were freed "
        "overnight, police confirmed.",
    ],
)
def test_names_set_off_before_the_students_arrested_are_those_let_go(extract_text, text):
    found = events(extract_text(text))
    names = {p for _, p in found}
    assert len(names) == 2
    assert {t for t, _ in found} == {"arrest", "release"}


def test_a_speaker_before_a_set_off_clause_is_not_its_subject(extract_text):
    result = extract_text("Nikola Perić said, the students were detained after the march, and left.")
    assert ("arrest", "Nikola Perić") not in events(result)


# -- "Among those freed ...:" and a list after the colon ---------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Among those freed from the colony: blogger Rasul Guliyev and singer Aysel Karimova.",
            {("release", "Rasul Guliyev"), ("release", "Aysel Karimova")},
        ),
        (
            "Police broke up the march on Sunday.\nAmong those detained at the square: lawyer Rasul "
            "Guliyev, student Aysel Karimova and poet Nijat Mammadov.",
            {("arrest", "Rasul Guliyev"), ("arrest", "Aysel Karimova"), ("arrest", "Nijat Mammadov")},
        ),
    ],
)
def test_every_name_listed_after_the_colon_is_a_member(extract_text, text, expected):
    assert expected <= events(extract_text(text))


@pytest.mark.parametrize(
    "text",
    [
        "Among those not released: blogger Rasul Guliyev and singer Aysel Karimova.",
        "Among those who campaigned for their release: blogger Rasul Guliyev and singer Aysel Karimova.",
    ],
)
def test_a_colon_list_of_those_not_freed_or_campaigning_is_no_event(extract_text, text):
    assert not events(extract_text(text))


# -- "..., among them X" hung on a relative clause the list trails ------------------------------


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "Officials have freed 27 people held since the unrest that shook the capital in March, among "
            "them veteran miner Tomas Rudzik, the monitoring group said Friday.",
            ("release", "Tomas Rudzik"),
        ),
        (
            "Police detained 14 people at a vigil that marked the anniversary, among them student Hanna "
            "Sevruk.",
            ("arrest", "Hanna Sevruk"),
        ),
    ],
)
def test_a_trailing_among_list_joins_the_main_clause_past_a_relative_clause(extract_text, text, event):
    assert event in events(extract_text(text))


def test_a_trailing_among_list_after_a_tally_is_no_event(extract_text):
    result = extract_text(
        "About 900 prisoners remain in cells that hold ten people each, among them Hanna Sevruk."
    )
    assert not events(result)
