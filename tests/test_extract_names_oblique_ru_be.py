"""Names the tagger or Vigil's lists leave in an oblique case: a Russian form the tagger reads
as nominative though the dictionary knows it only as an oblique case of a name («Мирзу»,
«Асии»), a Belarusian first name not on Vigil's lists («Асію Бібі»), and one name read with two
genders in one article. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.test_extract_ru import events, names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "В рамках расследования задержали двух человек, в том числе бывшего сотрудника "
            "Главной прокуратуры Мирзу Субелиани.",
            "Мирза Субелиани",
        ),
        ("Семья Асии Биби обратилась к властям Канады.", "Асия Биби"),
        ("Правительство внесло христианку Асию Биби в список невыездных.", "Асия Биби"),
    ],
)
def test_russian_oblique_name_the_tagger_reads_as_nominative(run, text, name):
    assert names(run(text, "ru")) == {name}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Мирза Субелиани был задержан в Тбилиси.", "Мирза Субелиани"),
        ("Асия Биби провела в тюрьме восемь лет.", "Асия Биби"),
    ],
)
def test_russian_nominative_name_stays_as_written(run, text, name):
    assert names(run(text, "ru")) == {name}


def test_russian_one_name_read_with_two_genders_is_one_person(run):
    result = run(
        "Суд отменил смертный приговор христианке Асии Биби. Асия Биби провела в тюрьме восемь лет. "
        "Семья Асии Биби попросила убежища.",
        "ru",
    )
    assert names(result) == {"Асия Биби"}


def test_russian_husband_and_wife_stay_two_persons(run):
    result = run("Олега Кравца и его жену Ольгу Кравец задержали в Минске.", "ru")
    assert {"Олег Кравец", "Ольга Кравец"} <= names(result)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Сям'я Асіі Бібі папрасіла прытулку ў Канадзе. Суд вызваліў Асію Бібі.", "Асія Бібі"),
        ("Міліцыя затрымала Марыю Мартынаву каля суда.", "Марыя Мартынава"),
        ("Суд вызваліў Мірзу Субеліяні з-пад варты.", "Мірза Субеліяні"),
    ],
)
def test_belarusian_unlisted_first_name_in_an_oblique_case(run, text, name):
    assert names(run(text, "be")) == {name}


def test_belarusian_unlisted_first_name_keeps_a_changed_stem_as_written():
    from vigil.extract.be.names import unlisted_first

    # the Russian dictionary's «Павла» is Павел, a stem Belarusian does not share; a guessed
    # reading («Надзею» as «Надзя») is no reading at all
    assert unlisted_first("Паўла") is None
    assert unlisted_first("Надзею") is None
    assert unlisted_first("Андрэя") == ("Андрэй", "masc", False)


def test_russian_name_left_in_an_oblique_form_joins_its_nominative_reading(run):
    result = run(
        "Муж 50-летней христианки Асии Биби попросил убежища. Адвокат христианки Асии Биби "
        "заявил, что власти не решаются выпустить Асию Биби из тюрьмы.",
        "ru",
    )
    assert names(result) == {"Асия Биби"}


def test_russian_mans_surname_written_bare_renames_a_genitive_first_mention(run):
    result = run(
        "Под колёсами автомобиля Сайфулло Саипова погибли восемь человек. 29-летний иммигрант "
        "Сайфулло Саипов выехал на велодорожку.",
        "ru",
    )
    assert names(result) == {"Сайфулло Саипов"}


def test_russian_womans_surname_is_not_renamed_to_a_mans(run):
    # trap: «Анна Петрова» is a woman's name whatever a later «Петров» says
    result = run("Задержана Анна Петрова. Позже Анна Петров дала показания.", "ru")
    assert "Анна Петров" not in names(result)


def test_a_one_letter_preposition_opening_a_belarusian_sentence_is_no_initial(run):
    result = run("У Мінску затрымалі журналістку Ганну Каваленскую-Пятроўскую.", "be")
    assert {p.name for p in result.persons} == {"Ганна Каваленская-Пятроўская"}
    assert ("arrest", "Ганна Каваленская-Пятроўская") in events(result)


@pytest.mark.parametrize(
    ("text", "lang", "relative"),
    [
        (
            "Об аресте Дарьи Лосевой сообщила её сестра Ирина. Её сестра Ирина живёт в Вильнюсе.",
            "ru",
            "Ирина",
        ),
    ],
)
def test_a_relative_named_by_first_name_after_a_possessive_is_one_person(run, text, lang, relative):
    named = [p.name for p in run(text, lang).persons]
    assert named.count(relative) == 1
