"""Russian families found on short news briefs ("atoms": one fact each, told in a different
frame). Sentences written for these tests, never copied from an evaluation set; each family
has a precision trap beside it."""

from __future__ import annotations

import pytest

from tests.test_extract_ru import events, terms

# -- a trigger phrase with its own noun («отправил под арест X») ----------------------------------


@pytest.mark.parametrize(
    "text, name",
    [
        ("Суд отправил под арест блогершу Ольгу Петрову.", "Ольга Петрова"),
        ("Ленинский суд поместил под домашний арест журналистку Дину Рябцеву.", "Дина Рябцева"),
    ],
)
def test_russian_custody_phrase_takes_the_name_after_its_noun(run, text, name):
    assert ("arrest", name) in events(run(text, "ru"))


def test_russian_custody_phrase_leaves_a_later_arrest_its_own_name(run):
    result = run("Суд отправил под арест Ольгу Петрову, а вечером арестовали Ивана Сидорова.", "ru")
    assert {("arrest", "Ольга Петрова"), ("arrest", "Иван Сидоров")} <= events(result)


# -- a feed's time stamp is no subject ----------------------------------------------------------


def test_russian_time_stamp_is_not_the_passive_subject(run):
    result = run("09:40 — У здания суда задержана Ирина Волкова, она держала плакат.", "ru")
    assert ("arrest", "Ирина Волкова") in events(result)


# -- reflexive possessive before a stated event -------------------------------------------------


@pytest.mark.parametrize(
    "text, pair",
    [
        (
            "После своего освобождения в мае журналистка Ольга Серова уехала в Вильнюс.",
            ("release", "Ольга Серова"),
        ),
        ("С момента своего ареста Пётр Жук не видел детей.", ("arrest", "Пётр Жук")),
    ],
)
def test_russian_own_event_noun_is_a_fact(run, text, pair):
    assert pair in events(run(text, "ru"))


# -- «ушёл из жизни» in custody -----------------------------------------------------------------


def test_russian_passed_away_in_a_colony_is_a_death_in_custody(run):
    result = run("Заключённый Сергей Лаптев ушёл из жизни в колонии под Омском.", "ru")
    assert ("death", "Сергей Лаптев") in events(result)


def test_russian_passed_away_at_home_is_no_death_in_custody(run):
    assert not run("Поэт Сергей Лаптев ушёл из жизни в своём доме.", "ru").events


# -- «отправил за решётку»: custody, or with years the verdict ----------------------------------


def test_russian_sent_behind_bars_until_a_date_is_an_arrest(run):
    result = run("Ленинский суд отправил за решётку до 5 апреля активистку Марину Кравец.", "ru")
    assert events(result) == {("arrest", "Марина Кравец")}


def test_russian_sent_behind_bars_for_years_is_a_sentence(run):
    result = run("Суд отправил за решётку на шесть лет блогера Павла Громова.", "ru")
    assert events(result) == {("sentence", "Павел Громов")}
    assert terms(result) == {"Павел Громов": 72}


def test_russian_may_send_behind_bars_is_nothing(run):
    assert not run("Суд может отправить за решётку Олега Белова.", "ru").events


# -- colloquial words for detention ------------------------------------------------------------


@pytest.mark.parametrize(
    "text, name",
    [
        ("На вокзале в Гомеле полицейские скрутили 35-летнего Игоря Лысенко.", "Игорь Лысенко"),
        ("Студентку Дарью Орлову повязали прямо у входа в метро.", "Дарья Орлова"),
        ("Олега Миронова затолкали в автозак.", "Олег Миронов"),
        ("Журналистку Нину Белову доставили в отдел полиции.", "Нина Белова"),
    ],
)
def test_russian_colloquial_detention(run, text, name):
    assert ("arrest", name) in events(run(text, "ru"))


@pytest.mark.parametrize(
    "text",
    ["Бабушка Ирина Котова повязала внуку шарф.", "Активиста Петра Жука могут увезти в отдел."],
)
def test_russian_colloquial_detention_traps(run, text):
    assert not run(text, "ru").events


# -- another word for the one person named before -----------------------------------------------


def test_russian_role_noun_with_a_participle_refers_back(run):
    result = run(
        "Суд приговорил к пожизненному заключению 30-летнего поэта Антона Лыско. "
        "Литератора, арестованного весной, обвинили в измене.",
        "ru",
    )
    assert ("arrest", "Антон Лыско") in events(result)


def test_russian_generic_noun_with_an_age_refers_back(run):
    result = run(
        "В Гомеле умерла в колонии пенсионерка Вера Осипчук. "
        "В 2022 году 70-летнюю женщину осудили на два года.",
        "ru",
    )
    assert ("sentence", "Вера Осипчук") in events(result)
    assert terms(result)["Вера Осипчук"] == 24


def test_russian_role_noun_of_an_acting_participle_is_no_patient(run):
    result = run(
        "Адвокат Игорь Смолин рассказал о деле. Полицейского, задержавшего активиста, уволили.", "ru"
    )
    assert not result.events


def test_russian_role_noun_with_two_people_before_is_nobody(run):
    result = run(
        "Задержана журналистка Ирина Котова, сообщила её мать Анна Котова. Женщину отпустили через час.",
        "ru",
    )
    assert ("release", "Анна Котова") not in events(result)


# -- a noun of detention as the subject of «стало известно», «произошло» ------------------------


@pytest.mark.parametrize(
    "text, pair",
    [
        ("Задержание Ольги Ткачук в Гродно стало известно лишь через месяц.", ("arrest", "Ольга Ткачук")),
        ("Арест журналиста Павла Лиса произошёл в понедельник.", ("arrest", "Павел Лис")),
    ],
)
def test_russian_event_noun_as_a_known_fact(run, text, pair):
    assert pair in events(run(text, "ru"))


@pytest.mark.parametrize(
    "text",
    [
        "Освобождение Нины Ткачук стало главным требованием митинга.",
        "Задержание Олега Кима стало бы ошибкой.",
        "Освобождение Нины Ткачук может произойти в мае.",
    ],
)
def test_russian_event_noun_traps(run, text):
    assert not run(text, "ru").events


# -- handed over to another state ---------------------------------------------------------------


def test_russian_extradited_to_a_country_s_authorities(run):
    result = run("Казахстан выдал властям Узбекистана блогера Рустама Каримова.", "ru")
    assert events(result) == {("deportation", "Рустам Каримов")}  # extradition frees no one


@pytest.mark.parametrize(
    "text",
    [
        "Полиция выдала Ирине Сомовой справку.",
        "Задержанного Олега Шилова передали полиции.",
        "Казахстан может выдать властям Узбекистана блогера Рустама Каримова.",
    ],
)
def test_russian_handed_over_traps(run, text):
    assert not [e for e in run(text, "ru").events if e.type == "deportation"]


# -- «каждого из них» after a sentence that names several --------------------------------------


def test_russian_each_of_them_takes_the_names_before(run):
    result = run(
        "Президент помиловал 12 осуждённых. Среди помилованных — врач Инна Сорока и инженер Пётр Гуща. "
        "Ранее каждого из них приговорили к четырём годам колонии.",
        "ru",
    )
    assert {("sentence", "Инна Сорока"), ("sentence", "Пётр Гуща")} <= events(result)
    assert terms(result) == {"Инна Сорока": 48, "Пётр Гуща": 48}


def test_russian_each_of_them_under_a_possibility_is_nothing(run):
    result = run(
        "Задержаны блогеры Олег Рыбин и Анна Зуева. Каждого из них могут приговорить к пяти годам.", "ru"
    )
    assert not [e for e in result.events if e.type == "sentence"]


# -- freed from custody beside a thing the parser took as the object ----------------------------


def test_russian_freed_from_custody_after_a_fine(run):
    result = run(
        "Суд признал Олжаса Ахметова виновным, но назначил ему штраф и освободил из-под стражи в зале суда.",
        "ru",
    )
    assert ("release", "Олжас Ахметов") in events(result)


def test_russian_freeing_a_room_is_no_release(run):
    assert not run("Директор Олжас Ахметов освободил склад и цех.", "ru").events


# -- «X на свободе» --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, name",
    [
        ("Журналистка Ирина Славина на свободе", "Ирина Славина"),
        ("Блогер Илья Шматко снова на свободе.", "Илья Шматко"),
        ("Журналистка Анна Рыжова оказалась на свободе после двух лет заключения.", "Анна Рыжова"),
    ],
)
def test_russian_at_liberty_is_a_release(run, text, name):
    assert ("release", name) in events(run(text, "ru"))


@pytest.mark.parametrize(
    "text",
    [
        "Организатор протеста Олег Жук остаётся на свободе.",
        "До 2020 года Олег Жук был на свободе.",
        "Убийца Олега Жука до сих пор на свободе.",
        "Убийца Олега Жука на свободе.",
        "Олег Жук может оказаться на свободе.",
    ],
)
def test_russian_at_liberty_traps(run, text):
    assert not run(text, "ru").events


# -- the stay a verdict fixed, told in the future -----------------------------------------------


def test_russian_will_spend_years_in_a_colony_is_the_term(run):
    result = run("Суд признал блогера Павла Рыжова виновным. Он проведёт в колонии шесть лет.", "ru")
    assert terms(result) == {"Павел Рыжов": 72}


@pytest.mark.parametrize(
    "text",
    [
        "Блогер Павел Рыжов провёл в СИЗО семь месяцев.",
        "Если суд согласится, Павел Рыжов проведёт в колонии шесть лет.",
        "Павел Рыжов может провести в колонии шесть лет.",
        "Павлу Рыжову грозит провести в колонии шесть лет.",
    ],
)
def test_russian_stay_traps(run, text):
    assert not run(text, "ru").events


def test_russian_instead_with_the_unit_left_out(run):
    result = run(
        "Верховный суд смягчил приговор Нине Гайдар: "
        "вместо девяти лет колонии ей предстоит провести за решёткой семь.",
        "ru",
    )
    pairs = {(e.type, e.term_months) for e in result.events}
    assert {("sentence", 108), ("sentence", 84)} <= pairs


def test_russian_gapped_term_with_a_half_and_no_unit(run):
    result = run(
        "Суд вынес приговор экономисту Рауфу Ахмедову. Вместе с ним осуждены ещё двое сотрудников: "
        "Лейла Гасанова получила девять лет, Эмин Байрамов — восемь с половиной.",
        "ru",
    )
    assert terms(result)["Эмин Байрамов"] == 102


# -- more words for a death in custody ---------------------------------------------------------


@pytest.mark.parametrize(
    "text, name",
    [
        ("Заключённый Пётр Гуща умер в карцере колонии.", "Пётр Гуща"),
        ("Политзаключённая Инна Сорока скончалась в медчасти.", "Инна Сорока"),
    ],
)
def test_russian_death_in_custody_words(run, text, name):
    assert ("death", name) in events(run(text, "ru"))


@pytest.mark.parametrize(
    "text",
    [
        "Бывший начальник отдела полиции Олег Рыбин скончался.",
    ],
)
def test_russian_death_outside_custody(run, text):
    assert not [e for e in run(text, "ru").events if e.type == "death"]


# -- more frames of a verdict ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, months",
    [
        ("Четыре года колонии общего режима — такой приговор вынес суд блогеру Олегу Рыбину.", 48),
        ("Суд определил Олегу Рыбину наказание — четыре года колонии.", 48),
        ("Олега Рыбина отправили в колонию на четыре года.", 48),
        ("Блогер Олег Рыбин отправится в колонию на четыре года.", 48),
    ],
)
def test_russian_verdict_frames(run, text, months):
    assert terms(run(text, "ru")) == {"Олег Рыбин": months}


@pytest.mark.parametrize(
    "text",
    [
        "Олег Рыбин может отправиться в колонию на четыре года.",
        "Олег Рыбин отправился в колонию к брату.",
        "Приговор огласят Олегу Рыбину в пятницу.",
    ],
)
def test_russian_verdict_frame_traps(run, text):
    assert not run(text, "ru").events


# -- two first names sharing one surname -------------------------------------------------------


def test_russian_two_first_names_share_an_undeclined_surname(run):
    result = run("В Бобруйске задержали супругов Олега и Ирину Кравец.", "ru")
    assert {("arrest", "Олег Кравец"), ("arrest", "Ирина Кравец")} <= events(result)


def test_russian_two_first_names_share_a_plural_surname(run):
    result = run("Суд приговорил Ивана и Ольгу Петровых к трём годам.", "ru")
    assert {p.name for p in result.persons} == {"Иван Петров", "Ольга Петрова"}


# -- «Из N задержанных семеро освобождены» ------------------------------------------------------


def test_russian_part_of_a_counted_whole(run):
    result = run("Из 12 задержанных в Бресте пятерых отпустили.", "ru")
    assert {(e.type, e.count) for e in result.events} == {("arrest", 12), ("release", 5)}


# -- «с момента освобождения»: presupposed whatever the main clause says ------------------------


def test_russian_since_the_release_under_a_negated_modal(run):
    result = run(
        "С момента своего освобождения в мае поэт Глеб Ярцев не может найти работу.",
        "ru",
    )
    assert ("release", "Глеб Ярцев") in events(result)


# -- amnesty, bail, «в неизвестном направлении», a numbered colony -----------------------------


@pytest.mark.parametrize(
    "text, pair",
    [
        ("Журналиста Марата Исаева амнистировали.", ("release", "Марат Исаев")),
        ("Суд выпустил Марата Исаева под залог.", ("release", "Марат Исаев")),
        ("Силовики увезли Марата Исаева в неизвестном направлении.", ("arrest", "Марат Исаев")),
        ("Марат Исаев вышел из ИК-3.", ("release", "Марат Исаев")),
    ],
)
def test_russian_more_release_and_arrest_words(run, text, pair):
    assert pair in events(run(text, "ru"))


@pytest.mark.parametrize(
    "text, pair",
    [
        ("Освобождение Нины Ткачук подтвердили родные.", ("release", "Нина Ткачук")),
    ],
)
def test_russian_event_noun_confirmed(run, text, pair):
    assert pair in events(run(text, "ru"))


@pytest.mark.parametrize(
    "text",
    ["Освобождение Нины Ткачук не подтвердили.", "Освобождение Нины Ткачук требуют правозащитники."],
)
def test_russian_event_noun_confirmed_traps(run, text):
    assert not run(text, "ru").events


# -- a verdict that stands, a verdict heard ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Суд оставил в силе приговор Карине Лаптевой.",
        "Приговор Карине Лаптевой вступил в силу.",
        "Карина Лаптева выслушала приговор: три года колонии.",
    ],
)
def test_russian_verdict_stands_or_is_heard(run, text):
    assert ("sentence", "Карина Лаптева") in events(run(text, "ru"))


@pytest.mark.parametrize(
    "text",
    [
        "Приговор Карине Лаптевой не вступил в силу.",
        "Суд может оставить в силе приговор Карине Лаптевой.",
    ],
)
def test_russian_verdict_stands_traps(run, text):
    assert not run(text, "ru").events


def test_russian_part_of_the_term_in_prison_is_no_stay(run):
    result = run(
        "Суд приговорил Тимура Ганиева к 6 годам колонии, и 3 года из них он проведёт в тюрьме.", "ru"
    )
    assert terms(result) == {"Тимур Ганиев": 72}


# -- «силовики пришли за X» ---------------------------------------------------------------------


def test_russian_a_force_came_for_someone(run):
    result = run("Сотрудники ФСБ пришли за журналистом Тимуром Ганиевым в шесть утра.", "ru")
    assert ("arrest", "Тимур Ганиев") in events(result)


@pytest.mark.parametrize(
    "text",
    ["Друзья пришли за Тимуром Ганиевым в школу.", "Силовики могут прийти за Тимуром Ганиевым."],
)
def test_russian_came_for_someone_traps(run, text):
    assert not run(text, "ru").events
