"""Belarusian recall families of session 25: people who «апынуліся ў Літве» join the article's
deportation (both orthographies); a pre-trial jail named with its adjective; taraškievica's «зь»
before a town makes no person of the town. Sentences written for these tests."""

from __future__ import annotations

from tests.test_extract_ru import events, terms


def test_those_who_ended_up_in_lithuania_join_the_deportation(be):
    text = (
        "Дзесяць памілаваных палітвязняў вывезлі ў Літву. "
        "Разам з імі ў Літве апынуліся настаўніца Ганна Лагуновіч і рабочы Пятро Сіўко."
    )
    found = events(be(text))
    assert {("deportation", "Ганна Лагуновіч"), ("deportation", "Пятро Сіўко")} <= found
    assert {("release", "Ганна Лагуновіч"), ("release", "Пятро Сіўко")} <= found


def test_those_who_ended_up_in_lithuania_taraskievica(be):
    text = (
        "Дванаццаць памілаваных вязьняў вывезьлі ў Летуву. "
        "Таксама ў Летуве апынуліся анархіст Міхась Варушка і пэнсіянэрка Ядвіга Пух."
    )
    found = events(be(text))
    assert ("deportation", "Міхась Варушка") in found


def test_ending_up_in_lithuania_with_no_deportation_told_gives_nothing(be):
    text = "Пасля пратэстаў журналіст Міхась Варушка апынуўся ў Літве, дзе працуе ў рэдакцыі."
    assert not events(be(text))


def test_held_in_a_named_pre_trial_jail_is_an_arrest(be):
    text = "Паэтка Вольга Грыцук з лета знаходзіцца ў менскім СІЗА № 1."
    assert ("arrest", "Вольга Грыцук") in events(be(text))


def test_a_town_after_taraskievica_from_is_no_person(be):
    text = (
        "Сярод вызваленых — настаўніца Марына Садоўская зь Берасьця, "
        "якую ў 2022 годзе асудзілі на тры гады калёніі."
    )
    result = be(text)
    assert {p.name for p in result.persons} == {"Марына Садоўская"}
    assert terms(result) == {"Марына Садоўская": 36}


def test_a_name_after_a_contrast_did_not_end_up_abroad(be):
    text = (
        "Дванаццаць памілаваных палітвязняў вывезлі ў Літву. "
        "Адзінаццаць з нас апынуліся ў Літве, а дванаццатага, Рыгора Сіўко, высадзілі ў Менску."
    )
    assert ("deportation", "Рыгор Сіўко") not in events(be(text))
