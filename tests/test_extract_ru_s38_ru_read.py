"""Russian events and terms of session 38, in wording written for these tests (classes from the
census of syn28-ru-b and an inventory of Russian verdict, detention and release wordings): a
verdict noun in a «по» phrase on the trigger is the same verdict, so the term after it is still
the trigger's; a name inside a noun after a preposition («по делу X») is not whom a participle
describes; verbs of assigning a term (отмерить, отвесить, вкатить); a verdict announced before a
colon («назвал сроки: X — N, Y — M»); «Срок X — N лет»; a person taken away by a force; custody
told with a verb of putting, staying or falling into it; «выпустить» a person; a role noun between
a presupposed event noun and its name; a verdict upheld «в силе» / «без изменения» with the
verdict noun first; a rare past verb the tagger calls a noun («отвесили»,
«водворили») read as the verb the dictionary knows. Traps beside each."""

from __future__ import annotations

import pytest

from tests.test_extract_ru import events
from vigil.model import Extraction


def _terms(result: Extraction) -> set[tuple[str, int]]:
    by_id = {p.id: p.name for p in result.persons}
    return {(by_id[pid], e.term_months) for e in result.events if e.term_months for pid in e.persons}


def _ru(run, text: str) -> Extraction:
    return run("Новости\n\n" + text, "ru")


# -- a verdict noun in a «по» phrase keeps the trigger's term -----------------------------------


@pytest.mark.parametrize(
    "text, name, months",
    [
        (
            "Ещё один осуждённый, пенсионер Ахмед Галаев, получивший по тому же приговору шесть "
            "с половиной лет, весной был освобождён по состоянию здоровья.",
            "Ахмед Галаев",
            78,
        ),
        (
            "Активистка Дарья Котова, получившая по приговору Ленинского суда четыре года, подала жалобу.",
            "Дарья Котова",
            48,
        ),
        ("Фермер Олег Руденко был осуждён по тому же приговору на три года.", "Олег Руденко", 36),
        ("По приговору областного суда инженер Глеб Ершов получил девять лет.", "Глеб Ершов", 108),
    ],
)
def test_verdict_noun_after_po_keeps_the_term(run, text, name, months):
    result = _ru(run, text)
    assert ("sentence", name) in events(result)
    assert (name, months) in _terms(result)


def test_a_verdict_after_po_lends_no_term_to_a_payment(run):
    result = _ru(run, "Фермер Олег Руденко получил по приговору соседа компенсацию в три миллиона рублей.")
    assert ("sentence", "Олег Руденко") not in events(result)


# -- a name inside a noun after a preposition is not the participle's ------------------------


@pytest.mark.parametrize(
    "text, name, other",
    [
        (
            "Правозащитники навестили Николая Стрельцова, осуждённого "
            "на 5 лет по «делу Ковалёва», в колонии.",
            "Николай Стрельцов",
            "Ковалёв",
        ),
        (
            "А вот Семёна Дроздова, приговорённого к 7 годам по делу Тарасова, в списке нет.",
            "Семён Дроздов",
            "Тарасов",
        ),
        (
            "Осуждённый по делу Беляева на пять лет электрик Павел Мороз вышел на свободу.",
            "Павел Мороз",
            "Беляев",
        ),
    ],
)
def test_name_in_a_case_noun_is_not_the_convict(run, text, name, other):
    result = _ru(run, text)
    found = events(result)
    assert ("sentence", name) in found
    assert not any(n.endswith(other) for t, n in found if t == "sentence")


# -- verbs of assigning a term ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, name, months",
    [
        ("Судья отмерил сварщику Олегу Дёмину шесть лет колонии.", "Олег Дёмин", 72),
        ("Учительнице Вере Лисицыной отвесили четыре года общего режима.", "Вера Лисицына", 48),
        ("Фермеру Павлу Кравцу вкатили три с половиной года.", "Павел Кравец", 42),
        ("Суд отмерял программисту Игорю Белову по году за каждый пост — всего пять лет.", "Игорь Белов", 60),
    ],
)
def test_assigning_verbs_give_a_verdict(run, text, name, months):
    result = _ru(run, text)
    assert ("sentence", name) in events(result)
    assert (name, months) in _terms(result)


def test_measuring_time_is_no_verdict(run):
    result = _ru(run, "Судья отмерил адвокату Олегу Дёмину пять минут на выступление.")
    assert not events(result)


# -- a verdict announced before a colon ---------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Судья назвал сроки: журналисту Артуру Зиннатуллину — пять "
            "лет, его коллеге Алине Фроловой — три года.",
            {("Артур Зиннатуллин", 60), ("Алина Фролова", 36)},
        ),
        (
            "Председательствующий зачитал наказания: Роману Кукушкину "
            "— шесть лет, Алле Корниловой — два года.",
            {("Роман Кукушкин", 72), ("Алла Корнилова", 24)},
        ),
        (
            "Читали долго, потом судья огласил сроки: Игорю Павлюку — "
            "девять лет, Нине Гордеевой — восемь с половиной.",
            {("Игорь Павлюк", 108), ("Нина Гордеева", 102)},
        ),
    ],
)
def test_terms_named_after_the_colon(run, text, expected):
    result = _ru(run, text)
    assert expected <= _terms(result)
    assert {("sentence", n) for n, _ in expected} <= events(result)


@pytest.mark.parametrize(
    "text",
    [
        "Прокурор назвал сроки: Илье Голубеву — пять лет, Нине Ореховой — три года.",
        "Гособвинитель огласил наказание, которое просит: Илье "
        "Голубеву — пять лет, Нине Ореховой — три года.",
    ],
)
def test_the_prosecutions_terms_are_no_verdict(run, text):
    assert not events(_ru(run, text))


# -- «Срок X — N лет» -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, name, months",
    [
        ("Срок журналистке Ирине Соколовой — три года колонии.", "Ирина Соколова", 36),
        ("Наказание блогеру Петру Гаврилову — пять лет лишения свободы.", "Пётр Гаврилов", 60),
        ("Итоговый срок Олегу Мирошниченко — семь лет строгого режима.", "Олег Мирошниченко", 84),
    ],
)
def test_term_noun_with_a_dative_and_a_dash(run, text, name, months):
    result = _ru(run, text)
    assert ("sentence", name) in events(result)
    assert (name, months) in _terms(result)


def test_term_demanded_with_a_dash_is_no_verdict(run):
    assert not events(_ru(run, "Прокурор просит: срок Олегу Мирошниченко — семь лет строгого режима."))


# -- taken away by a force ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, names",
    [
        ("Блогера Рустама Хабибуллина увезли люди в штатском.", {"Рустам Хабибуллин"}),
        (
            "Люди в камуфляже забрали Викторию Лещенко вместе с мужем Андреем Лещенко.",
            {"Виктория Лещенко", "Андрей Лещенко"},
        ),
        ("Активиста Гошу Ткачука забрали из дома омоновцы.", {"Гоша Ткачук"}),
        ("Утром силовики увели художника Марата Ибрагимова прямо с выставки.", {"Марат Ибрагимов"}),
    ],
)
def test_taken_away_by_a_force_is_an_arrest(run, text, names):
    assert {("arrest", n) for n in names} <= events(_ru(run, text))


@pytest.mark.parametrize(
    "text",
    [
        "Школьницу Дарью Зайцеву забрали из школы родители.",
        "Пенсионера Семёна Ласточкина увезли в больницу.",
        "Учительницу Веру Иванову увёз домой на машине сосед.",
    ],
)
def test_taken_away_by_no_force_is_no_arrest(run, text):
    assert not any(t == "arrest" for t, _ in events(_ru(run, text)))


# -- custody told with a verb of putting, staying or falling into it --------------------------


@pytest.mark.parametrize(
    "text, name",
    [
        ("Активиста Петра Гаврилова посадили в изолятор.", "Пётр Гаврилов"),
        ("Поэта Тимура Валеева бросили в СИЗО на два месяца.", "Тимур Валеев"),
        ("Художник Пётр Гаврилов попал под административный арест на 10 суток.", "Пётр Гаврилов"),
        ("Активиста Тимура Валеева водворили в ИВС.", "Тимур Валеев"),
    ],
)
def test_custody_verbs_are_arrests(run, text, name):
    assert ("arrest", name) in events(_ru(run, text))


@pytest.mark.parametrize(
    "text",
    [
        "Журналист Роман Кукушкин провёл неделю в Киеве.",
        "Блогер Роман Кукушкин провёл в СИЗО семь месяцев до приговора.",
        "Журналист Роман Кукушкин провёл в колонии пять лет.",
        "Фотограф Роман Кукушкин попал под дождь у здания суда.",
    ],
)
def test_stays_that_are_no_custody(run, text):
    assert not any(t == "arrest" for t, _ in events(_ru(run, text)))


# -- «выпустить» a person -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, name",
    [
        ("Блогера Олега Мирошниченко выпустили через двое суток.", "Олег Мирошниченко"),
        ("Дарью Зайцеву выпустили из подвала комендатуры избитой.", "Дарья Зайцева"),
        ("Суд выпустил оппозиционера Глеба Ершова под залог.", "Глеб Ершов"),
    ],
)
def test_let_out_is_a_release(run, text, name):
    assert ("release", name) in events(_ru(run, text))


@pytest.mark.parametrize(
    "text",
    [
        "Тренер выпустил Семёна Ласточкина на замену во втором тайме.",
        "Издательство выпустило книгу Веры Ивановой.",
        "Правозащитники требуют выпустить Аллу Корнилову из СИЗО.",
        "Аллу Корнилову могут выпустить под залог уже на следующей неделе.",
    ],
)
def test_let_out_traps(run, text):
    assert not any(t == "release" for t, _ in events(_ru(run, text)))


# -- a role noun between a presupposed event noun and its name -------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("После задержания активиста Тимура Валеева его квартиру обыскали.", ("arrest", "Тимур Валеев")),
        ("С момента ареста журналистки Ирины Соколовой прошло полгода.", ("arrest", "Ирина Соколова")),
        (
            "После освобождения известного блогера Петра Гаврилова его канал снова заработал.",
            ("release", "Пётр Гаврилов"),
        ),
    ],
)
def test_role_noun_after_a_presupposed_event_noun(run, text, expected):
    assert expected in events(_ru(run, text))


def test_kin_noun_after_an_event_noun_is_someone_elses(run):
    assert not events(_ru(run, "После ареста мужа Дарьи Зайцевой она уехала из страны."))


# -- a verdict upheld with the verdict noun first ----------------------------------------------


@pytest.mark.parametrize(
    "text, name",
    [
        ("Суд оставил приговор журналистке Ирине Соколовой в силе.", "Ирина Соколова"),
        ("Апелляционный суд оставил приговор журналисту Тимуру Валееву без изменения.", "Тимур Валеев"),
        ("Кассационный суд оставил без изменения приговор блогеру Петру Гаврилову.", "Пётр Гаврилов"),
        ("Приговор поэтессе Анне Беловой оставлен в силе.", "Анна Белова"),
        ("Приговор художнику Марату Ибрагимову остался без изменения.", "Марат Ибрагимов"),
    ],
)
def test_verdict_upheld(run, text, name):
    assert ("sentence", name) in events(_ru(run, text))


@pytest.mark.parametrize(
    "text",
    [
        "Суд не оставил приговор Дарье Зайцевой в силе и отправил дело на пересмотр.",
        "Приговор Олегу Мирошниченко не оставлен в силе.",
    ],
)
def test_verdict_not_upheld(run, text):
    assert not events(_ru(run, text))


# -- a verdict's ruling part read out in quotes -------------------------------------------------


@pytest.mark.parametrize(
    "text, name, months",
    [
        (
            "«Признать Олега Кравченко виновным и назначить ему наказание в виде пяти лет "
            "лишения свободы», — зачитала судья.",
            "Олег Кравченко",
            60,
        ),
        (
            "«Назначить Петру Гаврилову наказание в виде шести лет лишения свободы», — огласил "
            "председательствующий.",
            "Пётр Гаврилов",
            72,
        ),
        (
            "Судья Анна Рябова говорила быстро.\n\n«Признать Кириллова Степана Игоревича виновным "
            "в совершении преступления, предусмотренного статьёй 280 УК, и назначить ему наказание "
            "в виде трёх лет колонии общего режима», — зачитала она.",
            "Степан Кириллов",
            36,
        ),
    ],
)
def test_ruling_read_out_in_quotes(run, text, name, months):
    result = _ru(run, text)
    assert ("sentence", name) in events(result)
    assert (name, months) in _terms(result)


@pytest.mark.parametrize(
    "text",
    [
        "«Признать Дарью Зайцеву виновной и назначить ей наказание в виде трёх лет колонии», "
        "— потребовал прокурор.",
        "«Признать Веру Иванову виновной и назначить ей наказание в виде двух лет колонии», "
        "— зачитает судья в пятницу.",
    ],
)
def test_ruling_demanded_or_still_to_come(run, text):
    assert not events(_ru(run, text))


# -- a fronted object of the next verb after a comma -------------------------------------------


@pytest.mark.parametrize(
    "text, kept, moved",
    [
        (
            "Суд арестовал журналиста Тимура Валеева, его жену Ирину Соколову отпустили.",
            ("arrest", "Тимур Валеев"),
            ("release", "Ирина Соколова"),
        ),
        (
            "Полиция задержала блогера Петра Гаврилова, его брата Олега Гаврилова отпустили через час.",
            ("arrest", "Пётр Гаврилов"),
            ("release", "Олег Гаврилов"),
        ),
    ],
)
def test_object_before_the_next_verb_is_its_own(run, text, kept, moved):
    found = events(_ru(run, text))
    assert kept in found and moved in found
    assert (moved[0], kept[1]) not in found
    assert (kept[0], moved[1]) not in found


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Суд оправдал и освободил операторов Романа Кукушкина и Нину Гордееву.",
            {("release", "Роман Кукушкин"), ("release", "Нина Гордеева")},
        ),
        (
            "Суд арестовал журналиста Семёна Ласточкина и его жену Веру Ласточкину.",
            {("arrest", "Семён Ласточкин"), ("arrest", "Вера Ласточкина")},
        ),
    ],
)
def test_shared_objects_stay_shared(run, text, expected):
    assert expected <= events(_ru(run, text))


# -- an event noun after «о/об» that a verb of reporting a fact governs -----------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Стало известно о задержании журналиста Тимура Валеева.", ("arrest", "Тимур Валеев")),
        ("Правозащитники сообщили об аресте блогера Петра Гаврилова.", ("arrest", "Пётр Гаврилов")),
        ("Коллеги сообщили об освобождении журналистки Ирины Соколовой.", ("release", "Ирина Соколова")),
    ],
)
def test_reported_event_noun(run, text, expected):
    assert expected in events(_ru(run, text))


@pytest.mark.parametrize(
    "text",
    [
        "В республике продолжают говорить о возможном помиловании Семёна Ласточкина.",
        "Журналист спросил об освобождении Дарьи Зайцевой.",
        "Сообщения об аресте Нины Гордеевой не подтвердились.",
        "Стало известно о планах арестовать Глеба Ершова.",
    ],
)
def test_talk_about_an_event_noun_is_no_event(run, text):
    assert not events(_ru(run, text))


# -- a verdict's bare number after a demand that stated the unit ------------------------------


@pytest.mark.parametrize(
    "text, name, months",
    [
        (
            "Для журналиста Тимура Валеева прокурор запросил пять лет, суд назначил четыре.",
            "Тимур Валеев",
            48,
        ),
        (
            "Прокурор просил для блогера Петра Гаврилова семь лет колонии. Суд дал ему шесть.",
            "Пётр Гаврилов",
            72,
        ),
        ("Обвинение требовало для Ирины Соколовой три года, суд назначил ей два.", "Ирина Соколова", 24),
    ],
)
def test_bare_number_after_a_demand(run, text, name, months):
    result = _ru(run, text)
    assert (name, months) in _terms(result)
    assert not any(e.count for e in result.events)


def test_defence_asking_less_is_no_verdict(run):
    text = "Прокурор запросил для Тимура Валеева пять лет, защита попросила два."
    assert not events(_ru(run, text))
