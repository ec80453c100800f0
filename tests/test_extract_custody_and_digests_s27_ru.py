"""Russian families of session 27: time held «под стражей» / «в СИЗО» tells a detention; a
custody measure that is the verb's object gives no term; a digest's verbless «Срок у X — N
лет» / «X — год, N лет за …» gives X's term; «Помилованы: A, …; B, …» reaches every item;
a place adjective or a name after «о» is no patient; a feminine «-ова» surname after a first
name the dictionary holds as a man's is hers for a pronoun speaker. Sentences written for
these tests."""

from __future__ import annotations

from tests.test_extract_ru import events, terms


def _speakers(result) -> dict[str, str]:
    names = {p.id: p.name for p in result.persons}
    return {q.text[:20]: names.get(q.speaker, "") for q in result.quotes}


# -- time held in custody ------------------------------------------------------------------------


def test_time_held_in_custody_is_a_detention(run):
    text = "Журналистку Ольгу Ветрову, которая провела под стражей восемь месяцев, суд отпустил домой."
    assert ("arrest", "Ольга Ветрова") in events(run(text, "ru"))


def test_time_under_house_arrest_gives_nothing(run):
    text = "Полгода перед процессом Кирилл Лаптев провёл под домашним арестом."
    assert ("arrest", "Кирилл Лаптев") not in events(run(text, "ru"))


# -- a custody measure as the verb's object ------------------------------------------------------


def test_extended_house_arrest_gives_no_sentence(run):
    text = "Районный суд продлил на три месяца домашний арест блогеру Марату Ибраеву."
    result = run(text, "ru")
    assert ("sentence", "Марат Ибраев") not in events(result)
    assert "Марат Ибраев" not in terms(result)


def test_extended_custody_with_the_term_after_gives_no_sentence(run):
    text = "Суд продлил содержание под стражей Марату Ибраеву ещё на два месяца."
    assert "Марат Ибраев" not in terms(run(text, "ru"))


# -- digest terms after a dash -------------------------------------------------------------------


def test_term_of_a_named_person_after_a_dash(run):
    text = (
        "Его снова этапировали в колонию под Оршей. Срок у Тимура Лаврова — семь лет, выйти он должен весной."
    )
    result = run(text, "ru")
    assert ("sentence", "Тимур Лавров") in events(result)
    assert terms(result)["Тимур Лавров"] == 84


def test_in_absentia_term_after_a_year(run):
    text = "Блогер Руслан Гиреев — 2022 год, заочно восемь лет за «оправдание терроризма»."
    result = run(text, "ru")
    assert ("sentence", "Руслан Гиреев") in events(result)
    assert terms(result)["Руслан Гиреев"] == 96


def test_colony_term_after_a_name_and_dash(run):
    text = "Активистка Нина Горелова — пять лет колонии общего режима."
    assert terms(run(text, "ru")).get("Нина Горелова") == 60


def test_age_after_a_dash_is_no_term(run):
    text = "Нина Горелова — 52 года, преподаёт химию в Твери."
    result = run(text, "ru")
    assert "Нина Горелова" not in terms(result)
    assert ("sentence", "Нина Горелова") not in events(result)


def test_demanded_term_after_a_dash_is_no_term(run):
    text = "Срок у Нины Гореловой — прокурор просит шесть лет колонии."
    assert "Нина Горелова" not in terms(run(text, "ru"))


# -- a colon list cut by semicolons ----------------------------------------------------------------


def test_every_semicolon_item_of_a_pardon_list(run):
    text = (
        "Вечером стало известно о помиловании. "
        "Помилованы: Степан Лозко, 61 год, из Бобруйска; Алла Дубик, медсестра; Виктор Рыль, музыкант."
    )
    result = run(text, "ru")
    freed = {("release", "Степан Лозко"), ("release", "Алла Дубик"), ("release", "Виктор Рыль")}
    assert freed <= events(result)


def test_an_item_led_by_no_name_ends_the_list(run):
    text = "Освобождены: Степан Лозко, пенсионер; ещё двое, чьи имена не называются; Алла Дубик."
    result = run(text, "ru")
    assert ("release", "Степан Лозко") in events(result)


# -- what is spoken of, a place adjective ---------------------------------------------------------


def test_a_name_after_about_is_not_sentenced(run):
    text = "Горсуд дал пять лет бывшему учителю за рассказ о Мариуполе\n\nСтепан Лозко вёл уроки истории."
    assert not any(p == "Мариуполь" or p.startswith("Мариупол") for _, p in events(run(text, "ru")))


def test_a_place_adjective_is_no_person(run):
    text = "Новости\n\nКарагандинского журналиста приговорили к штрафу\n\nСуд оштрафовал Асета Нурова."
    result = run(text, "ru")
    assert not any(p.name.startswith("Карагандин") for p in result.persons)


# -- a feminine surname after a first name read as a man's ---------------------------------------


def test_pronoun_speaker_finds_her_by_agreement(run):
    text = (
        "Обыск шёл с шести утра. Эльмаз Джемилева успела снять его на телефон. "
        "«Они перевернули всё, даже детские игрушки», — говорит она."
    )
    result = run(text, "ru")
    assert "Эльмаз Джемилева" in _speakers(result).values()


# -- the reporter after the event ----------------------------------------------------------------


def test_a_reporter_after_a_comma_is_not_released(run):
    text = (
        "Оператора Тимура Лаврова суд отпустил под подписку. "
        "Утром его выпустили из изолятора, сообщила журналистам адвокат Вера Сомова."
    )
    result = run(text, "ru")
    assert ("release", "Вера Сомова") not in events(result)


def test_a_reporter_after_a_comma_is_not_detained(run):
    text = "Ночью в Бресте задержали двух волонтёров, рассказала «Вясне» правозащитница Инна Лис."
    assert ("arrest", "Инна Лис") not in events(run(text, "ru"))


def test_a_mans_genitive_first_name_keeps_him_a_man(run):
    text = "Смерть бывшего банкира Николая Глушкова — новая загадка для лондонской полиции."
    names = {p.name for p in run(text, "ru").persons}
    assert "Николай Глушков" in names


def test_dash_line_under_a_demand_heading_is_no_term(run):
    text = "Гособвинитель попросил для подсудимых такие сроки:\nОльга Ветрова — шесть лет колонии."
    assert "Ольга Ветрова" not in terms(run(text, "ru"))


def test_a_relatives_verdict_after_the_dash_is_not_the_named_ones(run):
    text = (
        "Олег Ким — двоюродный брат Тимура Кима, которого суд в 2020 году приговорил к девяти годам колонии."
    )
    assert "Олег Ким" not in terms(run(text, "ru"))
