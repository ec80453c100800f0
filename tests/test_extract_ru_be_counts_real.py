"""Numbers real news prints that count nobody: a feed's time stamp («14:00 08.11.2018»), the
children of a person named («мать пятерых детей»), a number inside a relative clause; and the
fronted object of a plural verb with no subject («Биби … приговорили»). Sentences written for
these tests after the BSNLP Asia Bibi articles."""

from __future__ import annotations

import pytest

from tests.test_extract_ru import counts, events


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("14:00 08.11.2018 Источник: Асия Биби была освобождена из тюрьмы.", "ru"),
        ("06:36 Пакистанский суд освободил из тюрьмы христианку Асию Биби.", "ru"),
        ("14:00 Суд у Лахоры вызваліў Асію Бібі.", "be"),
        (
            "53-летняя мать пятерых детей Асия Биби, приговоренная к смертной казни, была "
            "освобождена из тюрьмы.",
            "ru",
        ),
        ("В 2010 году Биби, которая воспитывала с мужем пятерых детей, приговорили к смертной казни.", "ru"),
        ("В конце октября 50-летнюю мать пятерых детей официально освободили из тюрьмы.", "ru"),
        ("Суд приговорил отца троих детей Ивана Петрова к пяти годам колонии.", "ru"),
    ],
)
def test_numbers_that_count_nobody_give_no_count(run, text, language):
    assert counts(run(text, language)) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("В 10:30 полиция задержала 12 активистов.", {("arrest", 12)}),
        ("Полиция задержала группу из 12 человек.", {("arrest", 12)}),
        ("В Минске задержали пятерых детей.", {("arrest", 5)}),
    ],
)
def test_counts_beside_a_time_or_in_a_group_phrase_stay(run, text, expected):
    assert counts(run(text, "ru")) == expected


def test_a_single_name_before_a_plural_verb_is_its_object(run):
    result = run("В 2010 году Биби, которая воспитывала пятерых детей, приговорили к смертной казни.", "ru")
    assert events(result) == {("sentence", "Биби")}


def test_coordinated_names_before_a_plural_verb_are_its_subject(run):
    # trap: two people are the subject of a plural verb; nobody was detained
    assert events(run("Иван Петров и Олег Сидоров задержали вора.", "ru")) == set()
