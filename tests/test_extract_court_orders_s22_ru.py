"""Russian family of session 22: a court's order told with a verb of sending, choosing or
giving, whose patient comes with its description (age, role, town) between the verb and the
place or punishment — «поместили бывшего депутата X в СИЗО», «отправил под стражу X»,
«избрал X меру пресечения в виде двух месяцев заключения под стражу», «назначил X
пожизненное лишение свободы», «присудили X три года». Deaths in a prison service's
hospital are deaths in custody; a prison named as someone's workplace is not. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from tests.test_extract_ru import events, terms


@pytest.mark.parametrize(
    "text",
    [
        "Районный суд отправил под стражу до 3 мая блогера Тимура Лазарева.",
        "Суд отправил 52-летнего врача Тимура Лазарева под стражу на два месяца.",
        "Отправленный под стражу блогер Тимур Лазарев объявил голодовку.",
        "Блогер Тимур Лазарев отправлен под стражу.",
        "Суд поместил под стражу блогера Тимура Лазарева.",
        "Суд избрал блогеру Тимуру Лазареву меру пресечения в виде двух месяцев заключения под стражу.",
        "Силовики поместили бывшего городского депутата Тимура Лазарева в СИЗО.",
        "Суд отправил 45-летнего учителя физики Тимура Лазарева под домашний арест.",
    ],
)
def test_custody_ordered_with_a_described_patient_is_an_arrest(run, text):
    assert events(run(text, "ru")) == {("arrest", "Тимур Лазарев")}


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("Суд отправил пенсионерку из Гродно Инну Лось в колонию на три года.", 36),
        ("Суд отправил бывшего главного редактора Инну Лось за решётку на шесть лет.", 72),
        ("Суд присудил Инне Лось два года колонии.", 24),
        ("Пенсионерке из Могилёва Инне Лось присудили три года «химии».", 36),
    ],
)
def test_a_term_given_with_a_described_patient_is_a_sentence(run, text, months):
    result = run(text, "ru")
    assert events(result) == {("sentence", "Инна Лось")}
    assert terms(result) == {"Инна Лось": months}


@pytest.mark.parametrize(
    "text",
    [
        "Суд назначил жителю Твери Олегу Коробову пожизненное лишение свободы.",
        "Военный суд назначил бывшему офицеру Олегу Коробову пожизненный срок.",
        "Олегу Коробову назначено пожизненное заключение.",
    ],
)
def test_a_life_term_given_by_the_court_is_a_sentence(run, text):
    result = run(text, "ru")
    assert events(result) == {("sentence", "Олег Коробов")}
    assert terms(result) == {}


@pytest.mark.parametrize(
    "text",
    [
        "Журналистка Сабина Мирзоева скончалась в медицинском корпусе пенитенциарного ведомства.",
        "Журналистка Сабина Мирзоева умерла в больнице пенитенциарного учреждения.",
    ],
)
def test_a_death_in_a_prison_service_hospital_is_in_custody(run, text):
    assert events(run(text, "ru")) == {("death", "Сабина Мирзоева")}


@pytest.mark.parametrize(
    "text",
    [
        "Прокурор просил отправить под стражу блогера Тимура Лазарева.",
        "Суд отказался отправить под стражу блогера Тимура Лазарева.",
        "Прокурор попросил назначить Олегу Коробову пожизненное лишение свободы.",
        "Олегу Коробову грозит пожизненное лишение свободы.",
        "Суд может назначить Олегу Коробову пожизненное заключение.",
        "Суд присудил Инне Лось компенсацию в сто тысяч рублей.",
        "Рустам Карабеков, бывший сотрудник колонии, умер дома.",
        "Рустам Карабеков, бывший сотрудник пенитенциарной службы, умер дома.",
    ],
)
def test_asked_for_threatened_or_unrelated_gives_nothing(run, text):
    assert events(run(text, "ru")) == set()
