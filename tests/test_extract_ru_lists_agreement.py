"""Russian events across lists and clauses: «all N» said of a group an article
lists line by line (before or after it), a pronoun after «X — друг Y» means X, a participle
whose ending disagrees with the noun the parse hung it on, a participle after a dashed
apposition, and being driven to a border crossing or forced over the border. Sentences
written for these tests, never copied from an evaluation set; each family has a trap."""

from __future__ import annotations

from tests.test_extract_ru import events, terms

LIST_AFTER = (
    "Суд в Пинске осудил 4 человек. Все четверо были арестованы летом 2022 года.\n\n"
    "Приговоры:\n\n"
    "1. Евгений Ракитин, 40 лет, — 5 лет колонии;\n"
    "2. Олег Зеленцов — 4 года колонии;\n"
    "3. Вера Стрельцова — 2 года колонии;\n"
    "4. Фёдор Лисицын — 3 года колонии."
)

LIST_BEFORE = (
    "Суд назначил наказания:\n\n"
    "— Евгению Ракитину — 5 лет колонии;\n"
    "— Олегу Зеленцову — 4 года колонии;\n"
    "— Вере Стрельцовой — 2 года условно;\n"
    "— Фёдору Лисицыну — 3 года колонии.\n\n"
    "Всех четверых задержали в марте, после чего троих отправили в СИЗО, а Стрельцову — под "
    "подписку о невыезде."
)


# -- «all N» is the one list of the article that names N people ---------------------------------


def test_russian_all_n_takes_the_list_after_it(run):
    result = run(LIST_AFTER, "ru")
    for name in ("Евгений Ракитин", "Олег Зеленцов", "Вера Стрельцова", "Фёдор Лисицын"):
        assert ("arrest", name) in events(result)


def test_russian_all_n_object_gives_way_to_the_listed_group(run):
    result = run(LIST_BEFORE, "ru")
    for name in ("Евгений Ракитин", "Олег Зеленцов", "Вера Стрельцова", "Фёдор Лисицын"):
        assert ("arrest", name) in events(result)


def test_russian_all_n_with_a_list_of_another_size_takes_nobody(run):
    text = LIST_AFTER.replace("Все четверо", "Все пятеро")
    result = run(text, "ru")
    assert not any(kind == "arrest" for kind, _ in events(result))


# -- «X — друг Y. Он …»: the pronoun means the subject, not the genitive ---------------------------


def test_russian_pronoun_after_friend_of_means_the_subject(run):
    text = (
        "Блогера Арсения Ветлугина осудили на шесть лет. — Вы говорите о Тагире Мусине? — Да. "
        "Тагир — брат и соратник Арсения, они вместе вели канал. Он жил в Самаре с 2018 года. "
        "В мае его задержали на вокзале."
    )
    result = run(text, "ru")
    assert ("arrest", "Арсений Ветлугин") not in events(result)
    assert ("arrest", "Тагир Мусин") in events(result)


def test_russian_pronoun_after_a_genitive_alone_still_means_it(run):
    text = "Блогер Арсений Ветлугин вёл канал. Адвокат Ветлугина рассказал, что его задержали в мае."
    result = run(text, "ru")
    assert ("arrest", "Арсений Ветлугин") in events(result)


# -- a participle whose ending disagrees with the noun it was hung on ---------------------------


def test_russian_masculine_participle_is_not_the_next_womans(run):
    text = (
        "Среди освобождённых — 50-летний бывший механик из Пинска Тарас Осокин, приговорённый в "
        "2021 году к шести годам колонии, и художница Лада Круглова, которая отбывала семь лет."
    )
    result = run(text, "ru")
    assert terms(result).get("Тарас Осокин") == 72
    assert ("sentence", "Лада Круглова") in events(result)
    assert terms(result).get("Лада Круглова") != 72


# -- «X — лидера …, осуждённой»: a participle after a dashed apposition ---------------------------


def test_russian_participle_after_dashed_apposition_is_the_names(run):
    text = (
        "Среди освобождённых не оказалось Киры Вешняковой — главы стачкома на комбинате "
        "«Сельмаш», осуждённой в 2022 году на 9 лет колонии."
    )
    result = run(text, "ru")
    assert terms(result).get("Кира Вешнякова") == 108


def test_russian_participle_disagreeing_with_dashed_name_is_not_its(run):
    text = "Суд допросил Глеба Соломина — соседа подсудимой, задержанной в мае."
    result = run(text, "ru")
    assert ("arrest", "Глеб Соломин") not in events(result)


# -- driven to a border crossing, forced over the border ----------------------------------------


def test_russian_driven_to_border_crossing_is_deportation(run):
    text = (
        "Лукашенко помиловал 12 заключённых. Шестерых из них домой не отпустили: их под конвоем "
        "довезли до пограничного перехода и заставили пешком перейти латвийскую границу. Среди "
        "них — Вера Стрельцова и поэт Фёдор Лисицын."
    )
    result = run(text, "ru")
    assert ("deportation", "Вера Стрельцова") in events(result)
    assert ("deportation", "Фёдор Лисицын") in events(result)


def test_russian_possible_drive_to_checkpoint_is_no_deportation(run):
    text = "Журналиста Фёдора Лисицына могут довезти до пункта пропуска и заставить перейти границу."
    result = run(text, "ru")
    assert ("deportation", "Фёдор Лисицын") not in events(result)


# -- «N мужчин» / «N женщин» with the trigger: the list's people of that gender ------------------

GENDERED = (
    "Суд огласил приговор:\n\n"
    "— 38-летний сварщик Евгений Ракитин получил пять лет колонии;\n"
    "— Олег Зеленцов и Фёдор Лисицын — по четыре года колонии;\n"
    "— библиотекарь Вера Стрельцова — два года условно;\n"
    "— Глеб Соломин — три года колонии.\n\n"
    "{lead} задержали в апреле, и с тех пор они оставались в СИЗО. Стрельцову задержали позже."
)


def test_russian_n_men_are_the_men_of_the_list(run):
    result = run(GENDERED.format(lead="Четверых мужчин"), "ru")
    for name in ("Евгений Ракитин", "Олег Зеленцов", "Фёдор Лисицын", "Глеб Соломин"):
        assert ("arrest", name) in events(result)


def test_russian_n_men_of_another_number_take_nobody_from_the_list(run):
    result = run(GENDERED.format(lead="Шестерых мужчин"), "ru")
    assert ("arrest", "Евгений Ракитин") not in events(result)


# -- a dative pronoun before a noun is the patient, not a possessive ------------------------------


def test_russian_dative_pronoun_before_term_noun_is_the_patient(run):
    text = (
        "Инженера Дениса Кочетова в 2021 году отправили в колонию на семь лет. Весной Верховный суд "
        "сократил ему наказание до четырёх лет и двух месяцев."
    )
    result = run(text, "ru")
    assert ("sentence", "Денис Кочетов") in events(result)
    assert 50 in {e.term_months for e in result.events}


def test_russian_possessive_before_a_noun_is_still_not_the_patient(run):
    text = "Суд над Глебом Соломиным закончился. Его соседку Веру Стрельцову приговорили к году."
    result = run(text, "ru")
    assert ("sentence", "Глеб Соломин") not in events(result)
