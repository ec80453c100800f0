"""Russian events and terms of session 37, in wording written for these tests (the classes come
from the census of syn27-ru-b and the older Russian read sets): a number closing the clause after
«вместо N лет» keeps its unit also when a paragraph follows; a relative clause of place («где
отбывает …») with no subject shares the subject of the clause before; a dative «им» is «them»;
a bare role noun keeps the person the article tied it to before, and the dative role noun of a
verb of assigning is whom the term is given; a report that the next sentence denies tells no
event; «получил восемь» after a term told just before leaves out that term's unit; a numbered
facility («ИК-9», «ИВС-1») is custody to leave; a lone «год» as the object of a verb that gives
a term is one year. Traps beside each."""

from __future__ import annotations

import pytest

from tests.test_extract_ru import counts, events
from vigil.model import Extraction


def _terms(result: Extraction) -> set[tuple[str, int]]:
    by_id = {p.id: p.name for p in result.persons}
    return {(by_id[pid], e.term_months) for e in result.events if e.term_months for pid in e.persons}


def _ru(run, text: str) -> Extraction:
    return run("Новости\n\n" + text, "ru")


# -- «вместо N лет … M» before another paragraph ----------------------------------------------


@pytest.mark.parametrize(
    "text, name, months",
    [
        (
            "Областной суд пересмотрел дело агронома Петра Сидоренко: вместо четырёх лет "
            "колонии ему дали шесть.\n\nЖена агронома узнала об этом из новостей.",
            "Пётр Сидоренко",
            72,
        ),
        (
            "Вместо двух лет ограничения свободы, о которых просила защита, поэтесса Вера "
            "Климова получила три.\n\nСледующее заседание пройдёт в мае.",
            "Вера Климова",
            36,
        ),
        (
            "Апелляционная коллегия ужесточила наказание сварщику Олегу Дёмину: вместо 7 лет ему "
            "назначили 9.\n\nЗащита будет обжаловать решение.",
            "Олег Дёмин",
            108,
        ),
    ],
)
def test_term_after_instead_keeps_its_unit_before_a_paragraph(run, text, name, months):
    assert (name, months) in _terms(_ru(run, text))


def test_number_with_a_noun_after_instead_is_no_term(run):
    text = (
        "Вместо трёх лет колонии агроном Пётр Сидоренко получил пять писем поддержки.\n\nЖена агронома рада."
    )
    assert ("Пётр Сидоренко", 60) not in _terms(_ru(run, text))


# -- a relative clause of place with no subject -------------------------------------------------


@pytest.mark.parametrize(
    "text, name, months",
    [
        (
            "Правозащитники уточнили судьбу фермера Андрея Гуляева. Он сейчас в ИК-3 под "
            "Витебском, где отбывает шесть лет за донаты.",
            "Андрей Гуляев",
            72,
        ),
        (
            "Библиотекарь Зоя Литвинова находится в женской колонии в Гомеле, где отбывает "
            "четыре года по делу о протестах.",
            "Зоя Литвинова",
            48,
        ),
        (
            "О фермере Андрее Гуляеве давно нет вестей. Известно лишь, что он в тюрьме в Жодино, "
            "где отбывает девять лет.",
            "Андрей Гуляев",
            108,
        ),
        (
            "Фермер Андрей Гуляев два года провёл в колонии под Шкловом, где отбывал пять лет "
            "за комментарии.",
            "Андрей Гуляев",
            60,
        ),
    ],
)
def test_place_clause_shares_the_subject_before(run, text, name, months):
    assert (name, months) in _terms(_ru(run, text))


@pytest.mark.parametrize(
    "text, name",
    [
        # the clause has a subject of its own
        (
            "Адвокат Инна Соколова часто ездит в Шклов, где отбывает восемь лет её подзащитный.",
            "Инна Соколова",
        ),
        # a past verb of the other gender
        ("Фермер Андрей Гуляев переехал в Гомель, где отбывала пять лет.", "Андрей Гуляев"),
        # no term verb in the place clause
        ("Фермер Андрей Гуляев живёт в Гомеле, где работает уже шесть лет.", "Андрей Гуляев"),
    ],
)
def test_place_clause_traps(run, text, name):
    assert ("sentence", name) not in events(_ru(run, text))


# -- a dative «им» is «them» ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "По тому же делу осуждены ещё двое — Мадина Ерланова и Тимур Абенов. Им назначено по "
        "три года ограничения свободы.",
        "Суд также рассмотрел дело Мадины Ерлановой и Тимура Абенова. Им присуждено по три года колонии.",
    ],
)
def test_dative_im_is_the_pair(run, text):
    terms = _terms(_ru(run, text))
    assert ("Мадина Ерланова", 36) in terms
    assert ("Тимур Абенов", 36) in terms


def test_dative_im_after_one_man_is_not_him(run):
    text = "Фермер Тимур Абенов выступил в суде. Им назначено по три года колонии."
    assert ("Тимур Абенов", 36) not in _terms(_ru(run, text))


# -- a role noun keeps the person it was tied to ------------------------------------------------


_TIED = (
    "Прокуратура обвинила химика Романа Белова в шпионаже. Суд назначил учёному девять лет "
    "колонии.\n\nБиография\n\nБелов преподавал в академии. Его ученик Игорь Чернов давно живёт в "
    "Праге.\n\nДело\n\n"
)


@pytest.mark.parametrize(
    "tail",
    [
        "Учёного задержали в феврале прямо на лекции.",
        "Выяснилось, что учёный был задержан ещё в феврале.",
        "В феврале силовики арестовали учёного у дома.",
    ],
)
def test_role_noun_keeps_its_person(run, tail):
    found = events(_ru(run, _TIED + tail))
    assert ("sentence", "Роман Белов") in found
    assert ("arrest", "Роман Белов") in found
    assert ("arrest", "Игорь Чернов") not in found


def test_dative_role_noun_of_a_verb_of_assigning(run):
    text = "Следователи обвинили медсестру Дину Орехову в измене. Медсестре дали семь лет колонии."
    assert ("Дина Орехова", 84) in _terms(_ru(run, text))


def test_role_noun_of_another_is_no_one(run):
    found = events(_ru(run, _TIED + "Другого учёного задержали в феврале."))
    assert ("arrest", "Роман Белов") not in found


def test_role_noun_tied_to_two_people_is_no_one(run):
    text = (
        "Следователи обвинили медсестру Дину Орехову в измене. Медсестре дали семь лет.\n\n"
        "Подробности\n\nСледователи обвинили Елену Гук в клевете. Медсестре дали два года.\n\n"
        "Итог\n\nМедсестру задержали ещё в марте."
    )
    found = events(_ru(run, text))
    assert ("arrest", "Дина Орехова") not in found
    assert ("arrest", "Елена Гук") not in found


# -- a report the next sentence denies ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Блогер Карина Юсупова остаётся в СИЗО. В выходные в чатах появилась информация, что "
        "Юсупову освободили. Её адвокат эти сведения не подтвердил.",
        "Блогер Карина Юсупова остаётся в СИЗО. В соцсетях пишут, что Юсупову помиловали. "
        "Правозащитники это опровергают.",
        "Блогер Карина Юсупова остаётся в СИЗО. Накануне прошёл слух, что Юсупова вышла на "
        "свободу. Это не так.",
        "Блогер Карина Юсупова остаётся в СИЗО. Вчера сообщалось, что её отпустили. Эта "
        "новость оказалась ложной.",
    ],
)
def test_report_denied_next_is_no_event(run, text):
    assert ("release", "Карина Юсупова") not in events(_ru(run, text))


@pytest.mark.parametrize(
    "text",
    [
        "Блогер Карина Юсупова была в СИЗО. Появилась информация, что Юсупову освободили. Её "
        "адвокат это подтвердил.",
        "Блогер Карина Юсупова была в СИЗО. Вчера сообщалось, что её отпустили. Не так давно "
        "её навещала мать.",
    ],
)
def test_report_not_denied_stays(run, text):
    assert ("release", "Карина Юсупова") in events(_ru(run, text))


# -- a term whose unit is left out after the term before -----------------------------------------


@pytest.mark.parametrize(
    "text, name, months",
    [
        (
            "Редактор Самир Алиханов получил девять лет. Фотограф Рауф Мамедли получил шесть.",
            "Рауф Мамедли",
            72,
        ),
        (
            "Редактору Самиру Алиханову дали девять лет, фотографу Рауфу Мамедли дали шесть.",
            "Рауф Мамедли",
            72,
        ),
        (
            "Суд приговорил редактора Самира Алиханова к девяти годам. Фотографу Рауфу Мамедли "
            "назначили семь.",
            "Рауф Мамедли",
            84,
        ),
    ],
)
def test_unit_left_out_after_a_term(run, text, name, months):
    result = _ru(run, text)
    assert (name, months) in _terms(result)
    assert not any(kind == "sentence" and n in (6, 7) for kind, n in counts(result))


@pytest.mark.parametrize(
    "text",
    [
        "Редактор Самир Алиханов получил девять лет. Фотограф Рауф Мамедли получил шесть писем.",
        "Редактор Самир Алиханов получил девять лет. Фотографу Рауфу Мамедли тогда было шесть.",
        "Редактор Самир Алиханов получил девять лет.\n\nФотограф Рауф Мамедли получил шесть.",
    ],
)
def test_unit_left_out_traps(run, text):
    assert ("sentence", "Рауф Мамедли") not in events(_ru(run, text))


# -- a numbered facility is custody to leave -----------------------------------------------------


@pytest.mark.parametrize(
    "text, name",
    [
        ("Утром из ИК-12 в Новополоцке вышел слесарь Глеб Корнеев.", "Глеб Корнеев"),
        ("Слесарь Глеб Корнеев в среду покинул ИК-12.", "Глеб Корнеев"),
        ("Слесаря Глеба Корнеева выпустили из ИВС-2 после допроса.", "Глеб Корнеев"),
    ],
)
def test_leaving_a_numbered_facility_is_release(run, text, name):
    assert ("release", name) in events(_ru(run, text))


def test_entering_a_numbered_facility_is_no_release(run):
    found = events(_ru(run, "Слесарь Глеб Корнеев пришёл в ИК-12 на свидание с братом."))
    assert ("release", "Глеб Корнеев") not in found


# -- a lone «год» as the object of a verb that gives a term --------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Швее Людмиле Гринько в колонии добавили год за «неповиновение».",
        "Людмила Гринько сидит в Жодино. В марте ей добавили год по другой статье.",
        "Суд дал швее Людмиле Гринько год.",
    ],
)
def test_lone_year_object_is_a_term(run, text):
    assert ("Людмила Гринько", 12) in _terms(_ru(run, text))


@pytest.mark.parametrize(
    "text",
    [
        "Швее Людмиле Гринько дали год на раздумья.",
        "Швея Людмила Гринько получила год отсрочки.",
        "Швея Людмила Гринько получила в прошлом году премию.",
    ],
)
def test_lone_year_traps(run, text):
    assert ("Людмила Гринько", 12) not in _terms(_ru(run, text))
