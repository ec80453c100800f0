"""Russian families of session 12 (sentences written here): «его не стало» in custody, a
custody measure chosen for a dative name, «на год колонии-поселения», and a fronted
participle said of its verb's pronoun subject."""

from __future__ import annotations

from tests.test_extract_ru import events, terms


def test_no_more_of_him_in_a_pretrial_prison_is_a_death_in_custody(run):
    result = run("Активиста Олега Лаптева задержали в марте. Его не стало в СИЗО в июне.", "ru")
    assert ("death", "Олег Лаптев") in events(result)


def test_no_more_of_her_in_a_colony_is_a_death_in_custody(run):
    result = run("Правозащитницу Инну Ветрову осудили на шесть лет. В колонии ее не стало через год.", "ru")
    assert ("death", "Инна Ветрова") in events(result)


def test_no_more_of_him_at_home_is_no_death_in_custody(run):
    result = run("Олега Лаптева освободили в мае. Его не стало дома в июле.", "ru")
    assert ("death", "Олег Лаптев") not in events(result)


def test_no_more_money_is_no_death(run):
    result = run("Олег Лаптев сидит в СИЗО. Денег у него не стало.", "ru")
    assert ("death", "Олег Лаптев") not in events(result)


def test_custody_chosen_for_a_masculine_dative_is_an_arrest(run):
    result = run("Суд избрал Тарасу Белкину меру пресечения в виде заключения под стражу.", "ru")
    assert ("arrest", "Тарас Белкин") in events(result)


def test_custody_chosen_in_respect_of_a_name_is_an_arrest(run):
    result = run("Суд избрал в отношении Тараса Белкина меру пресечения в виде заключения под стражу.", "ru")
    assert ("arrest", "Тарас Белкин") in events(result)


def test_custody_refused_or_requested_or_travel_ban_is_no_arrest(run):
    for text in (
        "Суд отказался избрать Тарасу Белкину меру пресечения в виде заключения под стражу.",
        "Следствие просит избрать Тарасу Белкину меру пресечения в виде заключения под стражу.",
        "Суд избрал Тарасу Белкину меру пресечения в виде подписки о невыезде.",
    ):
        assert ("arrest", "Тарас Белкин") not in events(run(text, "ru")), text


def test_a_year_of_a_settlement_colony_is_twelve_months(run):
    result = run("Суд осудил Ксению Лаврову на год колонии-поселения.", "ru")
    assert terms(result) == {"Ксения Лаврова": 12}


def test_fronted_participle_is_said_of_its_verbs_pronoun(run):
    result = run("Журналист Павел Громов писал о коррупции. Арестованный в мае, он скончался в СИЗО.", "ru")
    assert {("arrest", "Павел Громов"), ("death", "Павел Громов")} <= events(result)


def test_fronted_participle_of_another_gender_is_not_the_pronouns(run):
    result = run(
        "Журналистка Вера Громова писала о коррупции. Задержанная в марте, он провёл в СИЗО полгода.", "ru"
    )
    assert ("arrest", "Вера Громова") not in events(result)


def test_fronted_negated_participle_is_no_event(run):
    result = run("Журналист Павел Громов писал о коррупции. Не задержанный ни разу, он уехал в Литву.", "ru")
    assert not result.events


def test_for_x_this_is_a_second_verdict_makes_x_the_pronouns_antecedent(run):
    result = run(
        "Руслан Ахмедов получил 9 лет. Тимур Исаев приговорён к 8 годам колонии. "
        "Для Ахмедова это уже второй приговор: в 2018 году его осудили на два года колонии-поселения.",
        "ru",
    )
    by_id = {p.id: p.name for p in result.persons}
    assert {by_id[p] for e in result.events if e.term_months == 24 for p in e.persons} == {"Руслан Ахмедов"}


def test_term_in_dashes_with_a_clause_inside_is_the_receivers_and_five_after_are_all_named(run):
    result = run(
        "Самый большой срок — 15 лет, из которых три года он проведёт в тюрьме, — получил 38-летний "
        "Марат Гилязов. Олег Рыбин и Иван Сомов приговорены к 11 годам, Артур Ким и Глеб Ушаков — "
        "к 10 годам каждый. Всех пятерых задержали в мае 2022 года.",
        "ru",
    )
    assert terms(result)["Марат Гилязов"] == 180
    assert {p for t, p in events(result) if t == "arrest"} == {
        "Марат Гилязов",
        "Олег Рыбин",
        "Иван Сомов",
        "Артур Ким",
        "Глеб Ушаков",
    }


def test_a_requested_term_in_dashes_is_not_the_receivers(run):
    result = run(
        "Прокурор просил 15 лет, из которых три года в тюрьме, — получил же Марат Гилязов условный срок.",
        "ru",
    )
    assert terms(result).get("Марат Гилязов") != 180
