"""Russian recall families of session 25: a participle right after a name that agrees with it is
said of it whatever noun the parse hung it on; a release from questioning, from under a
recognisance or from custody tells the arrest before it; time spent in a pre-trial jail or under
house arrest is an arrest; people who «ended up in Lithuania» join the article's deportation.
Sentences written for these tests."""

from __future__ import annotations

from tests.test_extract_ru import counts, events, terms

# -- a participle agreeing with the name before it -------------------------------------------


def test_participle_after_a_name_inside_a_noun_phrase(run):
    text = "Об этом рассказала её подруга по колонии Ирина Мельник, осуждённая на пять лет."
    result = run(text, "ru")
    assert ("sentence", "Ирина Мельник") in events(result)
    assert terms(result) == {"Ирина Мельник": 60}


def test_genitive_participle_after_a_genitive_name(run):
    text = "Прокурор оспорил постановление о досрочном освобождении Дарьи Ковальчук, осуждённой на три года."
    result = run(text, "ru")
    assert ("sentence", "Дарья Ковальчук") in events(result)
    assert terms(result) == {"Дарья Ковальчук": 36}


def test_serving_participle_after_an_accusative_name(run):
    text = "Суд в Саратове освободил по УДО Олесю Гринько, отбывавшую четырёхлетний срок за пост."
    result = run(text, "ru")
    assert ("release", "Олеся Гринько") in events(result)
    assert ("sentence", "Олеся Гринько") in events(result)
    assert terms(result) == {"Олеся Гринько": 48}


def test_a_participle_that_agrees_with_the_noun_not_the_name_gives_nothing(run):
    text = "Сестра Павла Демченко, задержанная в марте вместе с ним, рассказала о допросе."
    assert ("arrest", "Павел Демченко") not in events(run(text, "ru"))


# -- a release that tells the arrest before it ------------------------------------------------


def test_let_go_after_questioning_is_an_arrest_too(run):
    text = "Поздно ночью Олега Сизова и Яну Мороз отпустили после долгого допроса."
    found = events(run(text, "ru"))
    assert {("arrest", "Олег Сизов"), ("arrest", "Яна Мороз")} <= found
    assert ("release", "Олег Сизов") in found


def test_released_from_custody_in_court_is_an_arrest_too(run):
    text = "Суд оправдал фотографа Тимура Ганиева и освободил его из-под стражи в зале заседания."
    found = events(run(text, "ru"))
    assert ("arrest", "Тимур Ганиев") in found


def test_let_go_under_recognisance_is_an_arrest_too(run):
    text = "Студента Артура Лиманова суд отпустил под подписку о невыезде."
    assert ("arrest", "Артур Лиманов") in events(run(text, "ru"))


def test_the_number_let_go_is_no_count_of_those_held(run):
    text = "Троих активистов отпустили после допроса, а Глеба Сычёва оставили в отделе."
    assert ("arrest", 3) not in counts(run(text, "ru"))


def test_a_refused_recognisance_gives_no_arrest(run):
    text = "Адвокат Олег Сизов просил отпустить подзащитную под залог."
    assert not any(kind == "arrest" for kind, _ in events(run(text, "ru")))


# -- time held before trial -------------------------------------------------------------------


def test_months_under_house_arrest_are_an_arrest(run):
    text = (
        "Маргарита Лунёва получила два года условно. "
        "Лунёва, которая провела под домашним арестом почти год, приговор обжалует."
    )
    assert ("arrest", "Маргарита Лунёва") in events(run(text, "ru"))


def test_months_in_a_pre_trial_jail_are_an_arrest(run):
    text = "Артём Захаров провёл в СИЗО семь месяцев, прежде чем суд его оправдал."
    found = events(run(text, "ru"))
    assert ("arrest", "Артём Захаров") in found
    assert ("sentence", "Артём Захаров") not in found


# -- ended up abroad: members of the deportation ------------------------------------------------


def test_those_who_ended_up_in_lithuania_join_the_deportation(run):
    text = (
        "Помилованных политзаключённых вывезли в Литву. "
        "В Литве оказались также священник Антон Жук и студентка Вера Соловей."
    )
    found = events(run(text, "ru"))
    assert {("deportation", "Антон Жук"), ("deportation", "Вера Соловей")} <= found


def test_ending_up_in_lithuania_with_no_deportation_told_gives_nothing(run):
    text = "После протестов журналист Антон Жук оказался в Литве, где работает в редакции."
    assert not events(run(text, "ru"))

