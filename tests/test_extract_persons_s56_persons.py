"""Persons on real news, session 56 (`persons`), in wordings invented for these tests:

* a name set off by a comma as the apposition of an earlier person noun with its own modifiers
  ("A spokeswoman for the regional prosecutor, X, said") is a person's, whatever the tagger
  called it; not a body set off after a body's noun;
* a common US given name opening a two-word run the tagger calls an organisation or a building
  ("Vanessa X") opens a full name; a longer run so called stays a body's;
* a rank's abbreviation ending a run is a surname when written bare before a lower-case word
  ("Hun Sen agreed"); with its stop or before a capitalised word it is a rank;
* a list of two or more lone given names after someone's plural kin noun names each relative;
  not a list whose last name runs into a surname they share;
* Russian: a kin noun right before a lone first name names that relative, with or without a
  possessive before it («остались жена и сын Тимур»); a lone capitalised word the dictionary
  knows only as an inanimate noun is no person («пост о Буче»).
"""

from __future__ import annotations

from tests.extract_views import event_pairs


def _names(result) -> set[str]:
    return {p.name for p in result.persons}


# -- a name set off after a person noun with its own modifiers ------------------------------------


def test_a_name_set_off_after_a_modified_person_noun_is_a_person(extract_text) -> None:
    result = extract_text(
        "Reporters held in Bahir Dar\n\n"
        "A spokeswoman for the regional prosecutor, Meseret Alemu, said the two reporters were "
        "detained on Sunday.\n\n"
        "The deputy governor of the province at the time, Tadesse Worku, told the council that "
        "the arrests were lawful."
    )
    assert {"Meseret Alemu", "Tadesse Worku"} <= _names(result)


def test_a_body_set_off_after_a_body_noun_is_no_person(extract_text) -> None:
    result = extract_text(
        "Two activists detained\n\n"
        "The rights group based in the capital, Human Rights Watch, said two activists were "
        "detained on Sunday. The largest opposition party in the region, Civic Platform, "
        "condemned the arrests."
    )
    names = _names(result)
    assert "Human Rights Watch" not in names
    assert "Civic Platform" not in names


# -- a census given name in a run the tagger calls an organisation --------------------------------


def test_a_common_given_name_opens_a_name_the_tagger_calls_a_body(extract_text) -> None:
    result = extract_text(
        "Student loans\n\n"
        "For a short time, Vanessa Kowalczyk considered selling her car to pay for college. "
        "During an interview with Sean Mulcahy that aired on Wednesday, the senator spoke of debt."
    )
    assert {"Vanessa Kowalczyk", "Sean Mulcahy"} <= _names(result)


def test_a_longer_body_opened_by_a_given_name_stays_a_body(extract_text) -> None:
    result = extract_text(
        "Charity worker held\n\n"
        "The Philip Hilton Partners fund said on Monday that its worker was detained in Minsk."
    )
    assert not any("Philip" in name for name in _names(result))


# -- a rank's abbreviation that is a surname ------------------------------------------------------


def test_a_bare_sen_ending_a_name_is_a_surname(extract_text) -> None:
    result = extract_text(
        "Editor pardoned\n\n"
        "Prime Minister Hun Sen agreed on Friday to ask the king for a pardon for the editor, "
        "who was jailed for a year in June."
    )
    assert "Hun Sen" in _names(result)


def test_a_rank_with_its_stop_before_a_name_is_a_rank(extract_text) -> None:
    result = extract_text(
        "Officer charged\n\nArmy Capt. Lorenzo Whitfield was arrested on Monday, the base said."
    )
    pairs = event_pairs(result)
    assert ("arrest", "Lorenzo Whitfield") in pairs
    assert not any("Capt" in name for name in _names(result))


# -- lists of relatives' given names --------------------------------------------------------------


def test_given_names_listed_after_a_plural_kin_noun_are_persons(extract_text) -> None:
    result = extract_text(
        "Teacher dies in custody\n\n"
        "Rustam Nazarov died in a prison hospital on Monday. He leaves his wife and his daughters, "
        "Dilnoza, 14, and Madina, 8. Their two sons, Bakhtiyor and Jasur, live abroad."
    )
    assert {"Dilnoza", "Madina", "Bakhtiyor", "Jasur"} <= _names(result)
    assert ("death", "Rustam Nazarov") in event_pairs(result)


def test_a_list_sharing_a_surname_is_left_whole(extract_text) -> None:
    result = extract_text(
        "Brothers sentenced\n\n"
        "Their cousins Aslan and Timur Bekov were sentenced to six years each on Tuesday."
    )
    names = _names(result)
    assert "Timur Bekov" in names
    assert "Timur" not in names


# -- Russian: kin nouns before a lone first name; inanimate nouns ---------------------------------


def test_a_kin_noun_before_a_lone_first_name_names_the_relative(run) -> None:
    result = run(
        "Умер политзаключённый\n\n"
        "Геннадий Соловьёв умер в колонии в Мордовии. У него остались жена и сын Тимур. "
        "На похоронах была его сестра Ирина.",
        "ru",
    )
    assert {"Тимур", "Ирина"} <= _names(result)


def test_a_first_name_in_another_role_is_no_relative(run) -> None:
    result = run(
        "Задержан активист\n\n"
        "В Самаре задержали активиста Олега Бирюкова. Его сын рассказал, что отца увезли в отдел.",
        "ru",
    )
    assert _names(result) == {"Олег Бирюков"}


def test_a_known_inanimate_noun_is_no_person(run) -> None:
    result = run(
        "Приговор за пост\n\nСуд в Твери приговорил Марину Лаптеву к трём годам колонии за пост о Буче.",
        "ru",
    )
    assert _names(result) == {"Марина Лаптева"}
