"""A surname in -а/-я (Сорока, Шульга, Гайда, Ровба) declines like a noun of the first
declension whoever bears it: its oblique form beside a declined first name goes back to the
nominative in -а/-я («Глеба Сороку» is Глеб Сорока, not «Глеб Сороку»). Traps: an indeclinable
surname (Шойгу, Гонгадзе, Саакашвили), a consonant stem (Гуляк, Круг), a woman's surname in a
consonant (Кравец), -ко (Шевченко). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.test_extract_ru import events, names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Полиция задержала Глеба Сороку в Москве.", "Глеб Сорока"),
        ("Дело Михаила Сороки передали в суд.", "Михаил Сорока"),
        ("Суд вынес приговор Ивану Гайде.", "Иван Гайда"),
        ("Суд арестовал Станислава Ровбу.", "Станислав Ровба"),
        ("Суд арестовал Виталия Шабуню.", "Виталий Шабуня"),
        ("С Павлом Гайдой встретился адвокат.", "Павел Гайда"),
        ("В Мелитополе задержали Оксану Гайдамаку.", "Оксана Гайдамака"),
        ("Полиция задержала Анну Сороку.", "Анна Сорока"),
    ],
)
def test_russian_first_declension_surname_goes_back_to_its_nominative(run, text, name):
    assert names(run(text, "ru")) == {name}


def test_russian_first_declension_surname_keeps_the_event(run):
    result = run("Полиция задержала Олега Кочергу и Никиту Шульгу.", "ru")
    assert events(result) == {("arrest", "Олег Кочерга"), ("arrest", "Никита Шульга")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Полиция задержала Сергея Шойгу.", {"Сергей Шойгу"}),
        ("Суд арестовал Георгия Гонгадзе и Михаила Саакашвили.", {"Георгий Гонгадзе", "Михаил Саакашвили"}),
        ("Суд вынес приговор Ивану Кругу.", {"Иван Круг"}),
        ("Полиция задержала Ивана Гуляка.", {"Иван Гуляк"}),
        ("Суд арестовал Олега Кравца и Анну Кравец.", {"Олег Кравец", "Анна Кравец"}),
        ("Суд арестовал Андрея Шевченко.", {"Андрей Шевченко"}),
        ("Прокурор потребовал для Самиры Керимли срок.", {"Самира Керимли"}),
        ("Глеб Сорока был задержан в Москве.", {"Глеб Сорока"}),
    ],
)
def test_russian_surname_of_another_declension_is_left_alone(run, text, expected):
    assert names(run(text, "ru")) == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Міліцыя затрымала Глеба Сароку ў Мінску.", "Глеб Сарока"),
        ("Суд арыштаваў Мікіту Шульгу.", "Мікіта Шульга"),
        ("Справа Міхаіла Сарокі перададзена ў суд.", "Міхаіл Сарока"),
    ],
)
def test_belarusian_first_declension_surname_goes_back_to_its_nominative(run, text, name):
    assert names(run(text, "be")) == {name}
