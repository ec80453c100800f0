"""Russian grammar families found on a blind news set (its sentences never copied): a
participle on a dative name, a country of origin for a deportation, role nouns before a
nominative name, first names in -у/-ю, «при X» as an era, a negated «среди … в том числе»,
passive custody fronted («под стражу взяты»), «свободу получили». Sentences written here."""

from __future__ import annotations

from tests.test_extract_ru import counts, events, terms


def test_participle_on_a_dative_name_is_the_names_event(run):
    result = run(
        "Тогда же суд продлил на два месяца срок содержания под стражей кассиру фонда Вере Орловой, "
        "задержанной в марте.",
        "ru",
    )
    assert ("arrest", "Вера Орлова") in events(result)
    assert not [e for e in result.events if e.type == "sentence"]  # custody extended, no term


def test_deported_from_a_country_frees_no_prisoner(run):
    result = run(
        "Его двоюродный брат Нурлан Есенов в 2020 году был выслан из Казахстана "
        "и задержан в аэропорту Бишкека.",
        "ru",
    )
    assert ("deportation", "Нурлан Есенов") in events(result)
    assert ("arrest", "Нурлан Есенов") in events(result)
    assert ("release", "Нурлан Есенов") not in events(result)


def test_release_then_deportation_from_a_country_keeps_the_release(run):
    result = run("Блогер Артур Валиев после освобождения депортирован из Латвии.", "ru")
    assert ("release", "Артур Валиев") in events(result)


def test_a_role_noun_before_a_nominative_name_is_no_possessor(run):
    result = run(
        "В той же тюрьме в 2019 году скончался адвокат Тимур Рахимов, отбывавший девятилетний срок.",
        "ru",
    )
    assert ("death", "Тимур Рахимов") in events(result)
    assert terms(result).get("Тимур Рахимов") == 108


def test_an_accusative_first_name_after_a_role_noun_is_the_patient(run):
    result = run("Полиция задержала юриста Марию Гонсалес и ещё трёх волонтёров у входа в суд.", "ru")
    assert ("arrest", "Мария Гонсалес") in events(result) or any(
        e.type == "arrest" and e.persons for e in result.events
    )
    assert ("arrest", 4) in counts(result)


def test_a_name_after_pri_is_an_era_not_a_convict(run):
    result = run(
        "Весной из колоний вышли сотни заключённых, осуждённых ещё при Андропове, "
        "в том числе поэт Лев Ройтман.",
        "ru",
    )
    persons = {p for _, p in events(result)}
    assert not any("Андропов" in p for p in persons)
    assert ("release", "Лев Ройтман") in events(result)


def test_in_tom_chisle_after_a_negated_among_is_absent_too(run):
    result = run(
        "Утром полиция задержала шестерых участников пикета. Среди задержанных не оказалось "
        "руководителей движения, в том числе Петра Сомова, которого власти называли организатором.",
        "ru",
    )
    assert not any(p == "Пётр Сомов" or "Сомов" in p for _, p in events(result))


def test_fronted_custody_of_a_passive_names_its_subjects(run):
    result = run("Под стражу взяты Иван Петренко, Анна Смолина и Олег Сидорчук.", "ru")
    assert {("arrest", "Иван Петренко"), ("arrest", "Анна Смолина"), ("arrest", "Олег Сидорчук")} <= events(
        result
    )


def test_freedom_received_is_a_release(run):
    result = run("Также свободу получили Игорь Нестеров и Вера Климова.", "ru")
    assert {("release", "Игорь Нестеров"), ("release", "Вера Климова")} <= events(result)


def test_out_of_prison_fronted_is_a_release(run):
    result = run("Из колонии вчера вышел правозащитник Семён Гальперин.", "ru")
    assert ("release", "Семён Гальперин") in events(result)
