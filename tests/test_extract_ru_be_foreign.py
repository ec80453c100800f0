"""Russian and Belarusian reports from abroad and from court digests: foreign names whose gender
only the agreeing verb shows, Turkic patronymic surnames, a prison's name, terms without a
numeral («год колонии», «полгода»), a term added to one served, and a verdict repeated in the
next sentence for another name. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.test_extract_ru import events, terms


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ("Блогер Ширин Ахмади задержана в Тегеране. Ранее она получила пять лет.", "ru", "Ширин Ахмади"),
        ("Адвокат Ширин Ахмади задержана. Ранее она отбыла пять лет в тюрьме Казвин.", "ru", "Ширин Ахмади"),
        (
            "У Тэгеране затрыманая блогерка Шырын Ахмадзі. Раней яна атрымала пяць гадоў.",
            "be",
            "Шырын Ахмадзі",
        ),
    ],
)
def test_a_pronoun_finds_a_foreign_name_by_the_gender_its_verb_shows(run, text, language, name):
    assert terms(run(text, language)) == {name: 60}


def test_a_foreign_mans_name_keeps_his_gender(run):
    result = run("Блогер Бехзад Ахмади задержан в Тегеране. Ранее он получил пять лет.", "ru")
    assert terms(result) == {"Бехзад Ахмади": 60}


def test_a_prisons_name_is_not_a_person(run):
    result = run("Шырын Ахмадзі затрыманая. Раней яна адбыла пяць гадоў у турме Казвін.", "be")
    assert {p.name for p in result.persons} == {"Шырын Ахмадзі"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Суд в Баку арестовал журналистку Айгюн Рагимгызы.", "Айгюн Рагимгызы"),
        ("Суд в Баку арестовал журналиста Рамина Дадашоглы.", "Рамин Дадашоглы"),
    ],
)
def test_turkic_patronymic_surnames_do_not_decline(run, text, name):
    assert name in {p.name for p in run(text, "ru").persons}


@pytest.mark.parametrize(
    ("text", "language", "months"),
    [
        ("Суд назначил Зарине Кудиновой год колонии общего режима.", "ru", 12),
        ("Зарине Кудиновой дали год «химии».", "ru", 12),
        ("Зарину Кудинову приговорили к полугоду колонии-поселения.", "ru", None),
        ("Зарине Кудиновой добавили ещё год лишения свободы по новому делу.", "ru", 12),
        ("Зарине Кудиновой добавили полгода колонии.", "ru", 6),
        ("Зарыне Кудзінавай дадалі яшчэ год калоніі.", "be", 12),
        ("Суд прызначыў Зарыне Кудзінавай паўгода арышту і год калоніі.", "be", 6),
    ],
)
def test_a_term_without_a_numeral(run, text, language, months):
    found = terms(run(text, language))
    assert list(found.values()) == ([months] if months else [])


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("«Мы не сдадимся», — добавила Зарина Кудинова. Она провела год в колонии.", "ru"),
        ("Год назад Зарину Кудинову вызвали на допрос.", "ru"),
        ("Полгода назад Зарина Кудинова уехала из страны.", "ru"),
        ("«Мы не здаемся», — дадала Зарына Кудзінава. Год таму яе выклікалі на допыт.", "be"),
    ],
)
def test_a_year_that_is_no_term_and_added_words_give_no_sentence(run, text, language):
    assert not [kind for kind, _ in events(run(text, language)) if kind == "sentence"]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Суд приговорил редактора Рауфа Гасанова к восьми годам."
            " Его коллегу Нигяр Мусаеву — к девяти годам.",
            "ru",
            {"Рауф Гасанов": 96, "Нигяр Мусаева": 108},
        ),
        (
            "Суд приговорил Рауфа Гасанова к восьми годам колонии. Нигяр Мусаева — к семи годам.",
            "ru",
            {"Рауф Гасанов": 96, "Нигяр Мусаева": 84},
        ),
    ],
)
def test_a_verbless_next_sentence_repeats_the_verdict_with_its_own_term(run, text, language, expected):
    assert terms(run(text, language)) == expected


def test_a_verbless_next_sentence_without_a_term_repeats_nothing(run):
    result = run("Суд приговорил Рауфа Гасанова к восьми годам. Нигяр Мусаева — его адвокат.", "ru")
    assert events(result) == {("sentence", "Рауф Гасанов")}
