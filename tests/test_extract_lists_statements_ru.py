"""Russian statements and bulletins that list people item by item («1. Фамилия Имя Отчество,
год рождения. Задержан …; осуждён …»): the dropped subject of a short participle is the item's
person, the item's number is no count, and a name split by the NER into a surname and «Имя
Отчество» is one person. Texts written for these tests."""

from __future__ import annotations

from tests.test_extract_ru import counts, events, names, terms

_LIST = """Правозащитники признали политическими заключёнными трёх человек.

1. Кравчук Олег Иванович, 1985 г. р., житель Гродно. Задержан 5 мая 2024 года, содержится в СИЗО-1.

2. Мельник Анна Сергеевна, 1990 г. р. Задержана 3 июня 2024 года; 9 октября осуждена к 4 годам колонии.

3. Петренко Игорь Львович, пенсионер. Задержан не был, находится под подпиской о невыезде.

Мы требуем освободить Олега Кравчука, Анну Мельник и Игоря Петренко.
"""


def test_dropped_subject_of_a_short_participle_is_the_items_person(run):
    result = run(_LIST, "ru")
    found = events(result)
    assert ("arrest", "Олег Кравчук") in found
    assert ("arrest", "Анна Мельник") in found
    assert ("sentence", "Анна Мельник") in found
    assert terms(result).get("Анна Мельник") == 48


def test_list_items_are_no_counts_and_negation_holds(run):
    result = run(_LIST, "ru")
    assert not counts(result)
    assert not [e for e in events(result) if e[1] == "Игорь Петренко"]
    assert not [e for e in result.events if e.type == "release"]


def test_surname_first_with_patronymic_is_one_person(run):
    result = run(_LIST, "ru")
    assert names(result) == {"Олег Кравчук", "Анна Мельник", "Игорь Петренко"}


def test_a_participle_with_its_own_subject_is_not_the_previous_person(run):
    result = run("Дмитрий Орехов выступил на митинге. Задержан ещё один участник акции.", "ru")
    assert not result.events


def test_no_dropped_subject_across_a_line_break(run):
    result = run("Марина Зуева рассказала о суде.\n\nЗадержана неизвестная женщина в Омске.", "ru")
    assert not result.events


def test_dropped_subject_agrees_in_gender(run):
    result = run("Виктор Сидоренко пришёл к зданию суда с плакатом. Задержана его жена.", "ru")
    assert ("arrest", "Виктор Сидоренко") not in events(result)


_VERDICT_LIST = """Областной суд вынес приговор семерым участникам акции.

Суд назначил:

— Петру Ильину — пять лет колонии общего режима;
— Семёну Карпову — четыре с половиной года колонии;
— Нине Ворошиловой — два года условно.

Остальные получили от трёх до пяти лет. Прокурор просил назначить:

— Петру Ильину — семь лет;
— Семёну Карпову — шесть лет.
"""


def test_a_verdict_list_after_a_colon_gives_each_line_its_term(run):
    result = run(_VERDICT_LIST, "ru")
    found = terms(result)
    assert found.get("Пётр Ильин") == 60
    assert found.get("Семён Карпов") == 54
    assert found.get("Нина Ворошилова") == 24


def test_a_requested_list_is_no_sentence(run):
    result = run(_VERDICT_LIST, "ru")
    assert all(e.term_months not in (84, 72) for e in result.events)


def test_a_detention_list_names_each_person(run):
    text = "В Казани после акции задержаны:\n\n— активист Глеб Сорокин;\n— студентка Инна Лаптева.\n"
    result = run(text, "ru")
    assert {("arrest", "Глеб Сорокин"), ("arrest", "Инна Лаптева")} <= events(result)


def test_a_list_after_a_sentence_with_a_name_is_not_read_as_its_items(run):
    text = "Суд приговорил Максима Юдина к трём годам за посты. Среди свидетелей были:\n\n— Ольга Репина;\n"
    result = run(text, "ru")
    assert ("sentence", "Ольга Репина") not in events(result)


def test_inflected_surnames_coordinated_before_a_plural_verb_are_its_objects(run):
    result = run(
        "Суд приговорил Тагира Юнусова, Марата Галеева и Дениса Уварова к пяти годам. Юнусова, "
        "Галеева и Уварова задержали ещё в марте, и с тех пор они в СИЗО.",
        "ru",
    )
    found = events(result)
    assert {("arrest", "Тагир Юнусов"), ("arrest", "Марат Галеев"), ("arrest", "Денис Уваров")} <= found


def test_a_nominative_agent_stays_the_agent(run):
    result = run("Следователь Игорь Кротов задержал журналистку Анну Ли в аэропорту.", "ru")
    assert ("arrest", "Игорь Кротов") not in events(result)


def test_a_name_before_a_comma_and_its_participle_is_the_main_verbs_object(run):
    result = run("Суд освободил по УДО Ольгу Мезенцеву, отбывавшую четырёхлетний срок за листовки.", "ru")
    assert {("release", "Ольга Мезенцева"), ("sentence", "Ольга Мезенцева")} <= events(result)
    assert terms(result).get("Ольга Мезенцева") == 48
