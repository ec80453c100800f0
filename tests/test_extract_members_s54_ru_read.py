"""Russian members of a counted group named after a lead (session 54, helper ru-read), in
wordings written for these tests (the class comes from the census of the Russian read sets,
docs/extract-ru-be.md, session 54):

* a run of dashed or numbered lines, each opened by a name, after a lead that introduces it
  («Среди них:», «Правозащитники установили шестерых из них:») names members of the group
  counted just before (the Belarusian reading's marked lists, now read in Russian too);
* «N из тех, кого/кто …, — A и B»: a counted part of a group told by a headless relative clause,
  its people after the dash that closes the clause;
* an inline list after a lead that says some of a group were named («названы лишь трое: A, B и
  C», «назвало троих из них: …», «Из тех, кого удалось установить, — A и B»);
* a list line's short participle with no subject («Задержан в 2023 году; в ноябре окружной суд
  приговорил его …») is said of the line's person even when the clause after the semicolon has a
  subject of its own: a semicolon parts the clauses.

Traps beside them: the list of those who stayed in custody, a negated or hedged lead, names
named as something else («Свидетелями названы двое»), names that open a clause of their own
(«…: A и B могут выйти позже»), a list of other people («Их адвокаты:»), a lead with no count
or naming word.
"""

from __future__ import annotations

from vigil.model import Extraction


def _ru(run, text: str) -> Extraction:
    return run("Новости\n\n" + text, "ru")


def _of_type(result: Extraction, etype: str) -> set[str]:
    by_id = {p.id: p.name for p in result.persons}
    return {by_id[pid] for e in result.events if e.type == etype for pid in e.persons}


# -- marked lists after a lead -------------------------------------------------------------------


def test_dashed_list_after_among_them(run):
    result = _ru(
        run,
        "Сегодня из колоний вышли 11 политзаключённых. Среди них:\n\n"
        "— Степан Морозов, 52 года, электрик из Орши;\n"
        "— Вера Дудкина, учительница рисования.",
    )
    assert {"Степан Морозов", "Вера Дудкина"} <= _of_type(result, "release")


def test_numbered_list_after_a_counted_part_of_them(run):
    result = _ru(
        run,
        "Указом президента помилованы 17 осуждённых. К утру «Вясна» опознала четверых из них по "
        "рассказам близких:\n\n"
        "1. Глеб Ярошевич, 37 лет, программист;\n"
        "2. Инна Кравчук, медсестра из Пинска;\n"
        "3. Руслан Демидчик, бывший военный;\n"
        "4. Оксана Белевич, библиотекарь.",
    )
    assert {"Глеб Ярошевич", "Инна Кравчук", "Руслан Демидчик", "Оксана Белевич"} <= _of_type(
        result, "release"
    )


def test_dashed_list_of_the_detained(run):
    result = _ru(
        run,
        "Ночью в Казани силовики задержали семерых активистов. Известны имена троих из них:\n\n"
        "— Тагир Салахов, студент;\n"
        "— Лилия Ахметова, 24 года;\n"
        "— Марсель Хусаинов, водитель.",
    )
    assert {"Тагир Салахов", "Лилия Ахметова", "Марсель Хусаинов"} <= _of_type(result, "arrest")


# -- «N из тех, кого …, — A и B» -------------------------------------------------------------------


def test_part_of_those_removed_named_after_the_dash(run):
    result = _ru(
        run,
        "Утром на свободу вышли 15 заключённых. Ещё двое из тех, кого вечером вывезли в Польшу, — "
        "журналист Тимофей Клименко и фермер Богдан Рыжов.",
    )
    assert {"Тимофей Клименко", "Богдан Рыжов"} <= _of_type(result, "deportation")


def test_three_of_those_who_were_detained(run):
    result = _ru(
        run,
        "На акции у суда полиция задержала 20 человек. Трое из тех, кого увезли в отдел, — "
        "художница Дина Гарипова, студент Олег Миронов и пенсионер Юрий Стасов.",
    )
    assert {"Дина Гарипова", "Олег Миронов", "Юрий Стасов"} <= _of_type(result, "arrest")


def test_of_those_identified_joins_the_counted_release(run):
    result = _ru(
        run,
        "В пятницу помилованы 9 человек. Из тех, кого удалось опознать родственникам, — "
        "пенсионерка Нина Гаркуша и слесарь Виталий Рябцев.",
    )
    assert {"Нина Гаркуша", "Виталий Рябцев"} <= _of_type(result, "release")


# -- an inline list after a naming lead ------------------------------------------------------------


def test_only_three_named_by_the_agency(run):
    result = _ru(
        run,
        "Лукашенко помиловал 25 человек. В заметке госагентства названы лишь трое: пенсионер "
        "Аркадий Лущик, бывшая медсестра Ольга Сапун и водитель Кирилл Ганич.",
    )
    assert {"Аркадий Лущик", "Ольга Сапун", "Кирилл Ганич"} <= _of_type(result, "release")


def test_the_channel_named_two_of_them(run):
    result = _ru(
        run,
        "В Уфе после пикета задержаны 8 человек. Телеграм-канал «Башкорт» назвал двоих из них: "
        "поэта Ильдара Юнусова и учительницу Гульнару Саитову.",
    )
    assert {"Ильдар Юнусов", "Гульнара Саитова"} <= _of_type(result, "arrest")


# -- traps -----------------------------------------------------------------------------------------


def test_trap_list_of_those_still_held(run):
    result = _ru(
        run,
        "Президент помиловал 14 человек. Среди тех, кто остаётся за решёткой:\n\n"
        "— Павел Ломакин, 40 лет;\n"
        "— Алина Шестак, 33 года.",
    )
    assert not {"Павел Ломакин", "Алина Шестак"} & _of_type(result, "release")


def test_trap_named_as_witnesses(run):
    result = _ru(
        run,
        "Президент помиловал 14 человек. Свидетелями по делу названы двое: Павел Ломакин и Алина Шестак.",
    )
    assert not {"Павел Ломакин", "Алина Шестак"} & _of_type(result, "release")


def test_trap_negated_lead(run):
    result = _ru(
        run,
        "Президент помиловал 14 человек. В указе не названы двое: Павел Ломакин и Алина Шестак.",
    )
    assert not {"Павел Ломакин", "Алина Шестак"} & _of_type(result, "release")


def test_trap_names_open_a_hedged_clause(run):
    result = _ru(
        run,
        "Президент помиловал 14 человек. Журналисты назвали двоих: Павел Ломакин и Алина Шестак "
        "могут выйти на следующей неделе.",
    )
    assert not {"Павел Ломакин", "Алина Шестак"} & _of_type(result, "release")


def test_trap_those_who_stayed(run):
    result = _ru(
        run,
        "Президент помиловал 14 человек. Из тех, кто остался в колонии, — Павел Ломакин и Алина Шестак.",
    )
    assert not {"Павел Ломакин", "Алина Шестак"} & _of_type(result, "release")


def test_trap_a_list_of_other_people(run):
    result = _ru(
        run,
        "Утром из колоний вышли 12 политзаключённых. Их адвокаты:\n\n— Павел Ломакин;\n— Алина Шестак.",
    )
    assert not {"Павел Ломакин", "Алина Шестак"} & _of_type(result, "release")


def test_trap_a_hedged_part_between_group_and_list(run):
    result = _ru(
        run,
        "Президент помиловал 14 человек. Двое из них могут выйти позже. Правозащитники назвали "
        "двоих из них:\n\n— Павел Ломакин, 40 лет;\n— Алина Шестак, 33 года.",
    )
    assert not {"Павел Ломакин", "Алина Шестак"} & _of_type(result, "release")


# -- a list line's dropped subject before a semicolon ----------------------------------------------


def test_dropped_subject_before_a_semicolon_clause_with_its_own_subject(run):
    result = _ru(
        run,
        "Новые дела месяца:\n\n"
        "— Олег Саввин, 41 год, сварщик из Курска. Арестован в марте; в октябре Московский окружной "
        "военный суд приговорил его к 15 годам колонии.",
    )
    assert "Олег Саввин" in _of_type(result, "arrest")


def test_trap_dropped_subject_clause_names_its_own_person(run):
    result = _ru(
        run,
        "Новые дела месяца:\n\n"
        "— Олег Саввин, 41 год, сварщик из Курска. Арестован в марте его сосед Игнат Белых; Саввин "
        "остаётся на свободе.",
    )
    assert "Олег Саввин" not in _of_type(result, "arrest")
