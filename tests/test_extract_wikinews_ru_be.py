"""Russian and Belarusian extraction in the register of general real news (wire and Wikinews
style: dismissals from office, deaths in a hospital, crimes of private people, durations that
are not terms). Sentences written for these tests; the families were found by reading Vigil's
false positives and misses on NEREL (`benchmarks/external/nerel.py`), never copied from it."""

from __future__ import annotations

import pytest

from tests.test_extract_ru import events, terms

# -- «освободить от должности» is a dismissal, not a release ------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Президент своим указом освободил Игоря Мельникова от должности заместителя министра.",
        "Глава управления полиции Андрей Савицкий освобождён от занимаемой должности.",
        "Губернатор освободил от обязанностей вице-губернатора Олега Зуева.",
    ],
)
def test_russian_release_from_office_is_no_release(run, text):
    assert not [e for e in run(text, "ru").events if e.type == "release"]


def test_russian_release_from_custody_still_counts_beside_an_office_word(run):
    result = run("Бывший заместитель министра Олег Зуев освобождён из СИЗО под залог.", "ru")
    assert ("release", "Олег Зуев") in events(result)


def test_belarusian_release_from_office_is_no_release(run):
    result = run("Лукашэнка вызваліў Івана Сяргеевіча Карпенку ад пасады міністра.", "be")
    assert not [e for e in result.events if e.type == "release"]


# -- a hospital is not custody -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Мэр города Павел Андрианов скончался в больнице после нападения на концерте.",
        "Сергея Карпова доставили в больницу, но через два дня он умер.",
    ],
)
def test_russian_death_in_a_hospital_is_no_death_in_custody(run, text):
    assert not [e for e in run(text, "ru").events if e.type == "death"]


def test_russian_death_in_a_prison_hospital_still_counts(run):
    result = run("Политзаключённый Илья Громов умер в тюремной больнице в Мордовии.", "ru")
    assert ("death", "Илья Громов") in events(result)


# -- durations that are no terms -----------------------------------------------------------------


def test_russian_years_ago_are_no_term(run):
    result = run(
        "Суд признал Андрея Ковалёва виновным в мошенничестве, которое он совершил четыре года назад.",
        "ru",
    )
    assert ("sentence", "Андрей Ковалёв") in events(result)
    assert not terms(result)


def test_russian_an_age_is_no_term(run):
    result = run(
        "Суд признал Олега Мартынова виновным в связи с девушкой, которой тогда не было 16 лет.",
        "ru",
    )
    assert not terms(result)


def test_russian_a_term_beside_an_age_stays(run):
    result = run("Суд приговорил Олега Мартынова к четырём годам колонии общего режима.", "ru")
    assert terms(result) == {"Олег Мартынов": 48}


# -- a kidnapping by a named person is a crime, not a detention ---------------------------------


def test_russian_kidnapping_by_a_named_person_is_no_arrest(run):
    result = run("В июне 2017 года Брайан Коллинз похитил и убил 26-летнюю Анну Ли.", "ru")
    assert not [e for e in result.events if e.type == "arrest"]


def test_russian_abduction_by_security_forces_stays_an_arrest(run):
    result = run("В Симферополе сотрудники ФСБ похитили активиста Эрвина Ибрагимова.", "ru")
    assert ("arrest", "Эрвин Ибрагимов") in events(result)
