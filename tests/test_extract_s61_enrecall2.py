"""English, session 61 (helper enrecall2): events of a person named once and then called by a
description, counted across the English read sets (with `syn51b`, read from this session), the
grids and the real-news tune halves before it was written (docs/extract.md, "Session 61 —
descriptions named by their own apposition (enrecall2)"), in wordings invented for these tests:

* a definite role description ("the retired librarian") is the one person an earlier use of the
  same role noun named through its own apposition ("a retired librarian from Lida, X") — the name
  set off after the role, or after the role's place — not the relative or person named last;
* a release told by a verb of coming out ("came out of Obo Prison", "emerged from the colony",
  "came home from jail") in a clause that reports it (", his sister said") or describes the person
  ("who came out of the colony") is the subject's, as "got out", "walked out" already were; not
  "came out of the courtroom", and "officers came for him" stays an arrest by the officers.
"""

from __future__ import annotations

from tests.extract_views import event_pairs


def test_description_is_the_person_its_role_introduced(extract_text) -> None:
    result = extract_text(
        "Raids in Lida\n\nSecurity officers detained five relatives of exiled bloggers in Lida on "
        "Tuesday, a rights group said.\n\nA 63-year-old retired librarian from Lida, Tamara "
        "Osipchik, was among them. Her nephew, the journalist Ihar Osipchik, writes from Vilnius.\n\n"
        "The retired librarian was released on Thursday evening, the group said."
    )
    pairs = event_pairs(result)
    assert ("release", "Tamara Osipchik") in pairs
    assert ("release", "Ihar Osipchik") not in pairs


def test_description_with_the_name_right_after_the_role(extract_text) -> None:
    result = extract_text(
        "Court in Gomel\n\nPolice searched the flat of a former bus driver, Oleg Marchenko, and of "
        "his neighbour, the pensioner Vera Lis, on Monday.\n\nThe former bus driver was detained the "
        "same evening, his wife said."
    )
    pairs = event_pairs(result)
    assert ("arrest", "Oleg Marchenko") in pairs
    assert ("arrest", "Vera Lis") not in pairs


def test_two_persons_of_the_same_role_name_neither(extract_text) -> None:
    # (the role names two people: the description is not read by the role alone)
    result = extract_text(
        "Two arrests\n\nA teacher from Brest, Nina Zhuk, and a teacher from Pinsk, Olga Sauka, "
        "signed the open letter in May.\n\nOn Friday the teacher was detained at her school."
    )
    pairs = event_pairs(result)
    assert ("arrest", "Nina Zhuk") not in pairs


def test_plural_role_names_no_one(extract_text) -> None:
    # ("two nurses, A and B": a plural role is a group, not the one the singular describes)
    result = extract_text(
        "Nurses held\n\nTwo nurses, Alla Kovsh and Irina Dolgaya, were questioned by police in "
        "March. Her cousin, the engineer Pavel Dolgy, spoke to reporters.\n\nThe nurse was released "
        "on bail on Monday."
    )
    pairs = event_pairs(result)
    assert ("release", "Alla Kovsh") not in pairs


# --- a verb of coming out frees its subject ------------------------------------------------------


def test_came_out_of_prison_in_a_reported_clause(extract_text) -> None:
    result = extract_text(
        "Amnesty day\n\nKo Htet Aung, a 31-year-old poet, came out of Insein Prison in the "
        "late afternoon, his sister told reporters."
    )
    assert ("release", "Ko Htet Aung") in event_pairs(result)


def test_came_home_from_the_colony_in_a_reported_clause(extract_text) -> None:
    result = extract_text(
        "Home again\n\nLeanid Sauka, a 58-year-old welder, came home from the Shklou colony on "
        "Tuesday after three years, his daughter said."
    )
    assert ("release", "Leanid Sauka") in event_pairs(result)


def test_who_came_out_of_the_colony(extract_text) -> None:
    result = extract_text(
        "Back in the cells\n\nIryna Kot, a librarian who came out of the Homel colony in March, "
        "was detained again on Friday, rights defenders said."
    )
    pairs = event_pairs(result)
    assert ("release", "Iryna Kot") in pairs
    assert ("arrest", "Iryna Kot") in pairs


def test_coming_out_of_a_courtroom_frees_no_one(extract_text) -> None:
    result = extract_text(
        "Verdict\n\nPavel Lis was sentenced to four years on Monday. His wife, Maryna Lis, came out "
        "of the courtroom in tears, their lawyer said."
    )
    pairs = event_pairs(result)
    assert ("release", "Maryna Lis") not in pairs
    assert ("release", "Pavel Lis") not in pairs


def test_officers_coming_for_someone_arrest_him(extract_text) -> None:
    result = extract_text(
        "Dawn raid\n\nPavel Lis was jailed in May. Officers came for him at dawn, his wife Maryna Lis said."
    )
    pairs = event_pairs(result)
    assert ("arrest", "Pavel Lis") in pairs
    assert ("arrest", "Maryna Lis") not in pairs
    assert ("release", "Maryna Lis") not in pairs
