"""Russian recall families of session 25: a participle right after a name that agrees with it is
said of it whatever noun the parse hung it on; a release from questioning, from under a
recognisance or from custody tells the arrest before it; time spent in a pre-trial jail or under
house arrest is an arrest; people who «ended up in Lithuania» join the article's deportation.
Sentences written for these tests."""

from __future__ import annotations

from tests.test_extract_ru import events, terms

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


# -- a let-go or time held stays no arrest (the older decisions) -------------------------------


def test_let_go_after_questioning_is_no_arrest(run):
    # (session 25 tried an arrest here and kept the older decision: questioning may be a summons)
    text = "Поздно ночью Олега Сизова и Яну Мороз отпустили после долгого допроса."
    assert ("arrest", "Олег Сизов") not in events(run(text, "ru"))


def test_freed_from_custody_with_a_fine_is_no_arrest(run):
    # (the gold's reading of a fine and a release in court: the release only)
    text = "Суд признал механика Руслана Ермекова виновным, назначил штраф и освободил его из-под стражи."
    found = events(run(text, "ru"))
    assert ("release", "Руслан Ермеков") in found
    assert ("arrest", "Руслан Ермеков") not in found


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


# -- time served out of a stated term ---------------------------------------------------------


def test_time_served_out_of_a_total_is_the_sentence(run):
    text = "Бывший учитель Олег Рябов, отсидевший четыре года из шести, теперь живёт в Вильнюсе."
    result = run(text, "ru")
    assert ("sentence", "Олег Рябов") in events(result)
    assert terms(result) == {"Олег Рябов": 72}


# -- a verdict told with «наказать» -------------------------------------------------------------


def test_punished_with_years_of_colony_is_a_sentence(run):
    text = "Суд в Туле наказал краеведа Семёна Литвинова тремя годами колонии поселения."
    result = run(text, "ru")
    assert ("sentence", "Семён Литвинов") in events(result)
    assert terms(result) == {"Семён Литвинов": 36}


def test_punished_with_a_fine_is_no_sentence(run):
    text = "Суд в Туле наказал краеведа Семёна Литвинова штрафом в сорок тысяч рублей."
    assert ("sentence", "Семён Литвинов") not in events(run(text, "ru"))
