"""Belarusian extraction, session 49 (helper be-read): classes of language behind false persons and
false events of the Belarusian read sets (syn39-be-b newly readable), each counted across all
the read sets before it was written (docs/extract-ru-be.md, session 49), in wordings of our own,
with traps.

* a lone surname in the genitive plural whose singular another person of the article bears
  («у сям'і Лагуновічаў», «у кватэры Кудлачоў») is the family, no person;
* a town in the classical spelling the town list lacked («з Маладэчна», «Наваградак») is no person;
"""

from __future__ import annotations

from tests.test_extract_ru import events


def names(result) -> list[str]:
    return [p.name for p in result.persons]


# -- a family named by its plural surname ------------------------------------------------------------


def test_family_plural_after_a_family_noun_is_no_person(be):
    result = be(
        "Дзмітрыя Лагуновіча асудзілі на тры гады калоніі. У сям'і Лагуновічаў трое дзяцей; "
        "малодшаму два гады."
    )
    assert names(result) == ["Дзмітрый Лагуновіч"]
    assert ("sentence", "Дзмітрый Лагуновіч") in events(result)


def test_family_plural_of_a_surname_in_o_is_no_person(be):
    result = be("На кухні ў кватэры Сцяцкоў вісіць каляндар. Ігара Сцяцко затрымалі ў 2023 годзе.")
    assert names(result) == ["Ігар Сцяцко"]


def test_two_first_names_before_the_plural_surname_stay_two_persons(be):
    # trap: «Вольгу і Андрэя Стасевічаў» names two people, not the family
    result = be("Праваабаронцы заклікаюць вызваліць Вольгу і Андрэя Стасевічаў.")
    assert sorted(names(result)) == ["Андрэй Стасевіч", "Вольга Стасевіч"]


def test_a_surname_in_ou_with_its_own_case_forms_stays(be):
    # trap: «Шаўцоў» is a nominative; «Шаўцова» is his own case form, not another singular
    result = be("Палітвязня Мікалая Шаўцова вызвалілі ў панядзелак. Шаўцоў адразу паехаў да маці.")
    assert names(result) == ["Мікалай Шаўцоў"]
    assert ("release", "Мікалай Шаўцоў") in events(result)


# -- towns in the classical spelling -----------------------------------------------------------------


def test_town_in_classical_spelling_is_no_person(be):
    # «Маладэчна» (the list had the official «Маладзечна») in a headline and as a subject
    result = be(
        "Зьміцер Ляшкевіч з Маладэчна адсядзеў увесь тэрмін\n\n"
        "2 лістапада Зьміцер Ляшкевіч выйшаў на волю з калёніі № 1. За чатыры з паловай гады "
        "Маладэчна зьмянілася: на месцы кавярні — аптэка."
    )
    assert names(result) == ["Зьміцер Ляшкевіч"]
    assert events(result) == {("release", "Зьміцер Ляшкевіч")}


def test_town_as_a_subject_is_no_person(be):
    result = be("Сёлета Наваградак зьмяніўся. Сяргея Мароза затрымалі ўчора.")
    assert names(result) == ["Сяргей Мароз"]
