"""Russian events and terms by construction (session 41), in wording written for these tests:
a stay «предстоит провести / отбыть» is said of «предстоит»'s dative; a verdict participle
beside a name is presupposed under a rumour or a hope about that person; a full participle the
tagger read as a noun or a finite verb still describes its name; a fronted participle or converb
is said of the pronoun after its comma; a later step after a comma and a word of sequence
(«…, после чего отпустили», «…, через час отпустили») shares the object; a participle in the
instrumental under a link verb («Задержанными оказались X и Y») is said of that verb's subject.
Traps: custody before trial, a condition, negation, a stay abroad, a hedge on the participle
itself, a pronoun of the wrong gender, a summons with no custody, a clause with its own object,
a link verb under a modal, an adjective that is no event."""

from __future__ import annotations

import pytest

from tests.test_extract_ru import events
from vigil.model import Extraction


def _ru(run, text: str) -> Extraction:
    return run("Новости\n\n" + text, "ru")


def _terms(result: Extraction) -> set[tuple[str, int]]:
    by_id = {p.id: p.name for p in result.persons}
    return {(by_id[pid], e.term_months) for e in result.events if e.term_months for pid in e.persons}


# -- a stay fated by «предстоит» --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "who", "months"),
    [
        (
            "Краевой суд пересмотрел приговор поэту Глебу Тарасову. Теперь Тарасову предстоит провести "
            "в колонии шесть лет.",
            "Глеб Тарасов",
            72,
        ),
        (
            "Апелляция ужесточила наказание Глебу Тарасову: теперь ему предстоит "
            "провести в заключении семь лет.",
            "Глеб Тарасов",
            84,
        ),
        ("Инженеру Степану Гуляеву предстоит отбыть в колонии четыре года.", "Степан Гуляев", 48),
        (
            "Учительнице Вере Соколовой теперь предстоит провести за решёткой пять с половиной лет.",
            "Вера Соколова",
            66,
        ),
        (
            "Фермер Степан Гуляев обжаловал приговор. Ему предстоит провести в колонии строгого режима "
            "три года.",
            "Степан Гуляев",
            36,
        ),
    ],
)
def test_a_stay_fated_by_predstoit_is_said_of_its_dative(run, text, who, months):
    result = _ru(run, text)
    assert ("sentence", who) in events(result)
    assert (who, months) in _terms(result)


@pytest.mark.parametrize(
    "text",
    [
        "Гуляеву грозит до десяти лет. Инженеру Степану Гуляеву предстоит провести в СИЗО ещё два месяца.",
        "Инженер Степан Гуляев арестован. Он проведёт в СИЗО ещё два месяца.",
        "Инженеру Степану Гуляеву предстоит провести в колонии шесть лет, если суд согласится с прокурором.",
        "Инженеру Степану Гуляеву не предстоит провести в колонии шесть лет.",
        "Инженеру Степану Гуляеву предстоит провести в Германии два года.",
    ],
)
def test_a_stay_before_trial_abroad_or_on_a_condition_is_no_verdict(run, text):
    assert ("sentence", "Степан Гуляев") not in events(_ru(run, text))


# -- a verdict participle under a rumour or a hope -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "who", "months"),
    [
        (
            "Слухи о скором освобождении активиста Павла Ершова, осуждённого в 2022 году на семь лет, "
            "не подтвердились.",
            "Павел Ершов",
            84,
        ),
        (
            "В Омске говорят, что приговорённого к шести годам поэта Глеба Сорокина могут обменять.",
            "Глеб Сорокин",
            72,
        ),
        (
            "В соцсетях пишут, что журналистку Нину Белову, получившую пять лет "
            "колонии, переведут в Мордовию.",
            "Нина Белова",
            60,
        ),
    ],
)
def test_a_verdict_participle_is_presupposed_under_a_rumour(run, text, who, months):
    result = _ru(run, text)
    assert ("sentence", who) in events(result)
    assert (who, months) in _terms(result)


@pytest.mark.parametrize(
    "text",
    [
        "Якобы задержанного в Минске Глеба Сорокина никто не видел.",
        "Ходят слухи, что поэта Глеба Сорокина, якобы осуждённого на шесть лет, уже этапировали.",
        "Говорят, что Глеба Сорокина осудили на шесть лет.",
    ],
)
def test_a_hedged_participle_or_a_rumoured_clause_tells_nothing(run, text):
    assert not events(_ru(run, text))


def test_a_participle_in_a_condition_still_presupposes_its_event(run):
    result = _ru(run, "Если арестованного в мае Глеба Сорокина отпустят, он уедет.")
    assert ("arrest", "Глеб Сорокин") in events(result)


# -- a fronted participle or converb and the pronoun after its comma ------------------------------


@pytest.mark.parametrize(
    ("text", "who", "months"),
    [
        (
            "Иначе сложилась судьба юриста Тимура Абдуллаева. Осуждённый в 2022 году на шесть лет по делу "
            "о протестах, он по-прежнему находится в колонии.",
            "Тимур Абдуллаев",
            72,
        ),
        (
            "Журналистку Нину Белову судили в Омске. Приговорённая в мае к четырём годам колонии, она "
            "подала апелляцию.",
            "Нина Белова",
            48,
        ),
        (
            "По делу также проходила медсестра Анна Лебедева. Получив два года, она вышла на свободу весной.",
            "Анна Лебедева",
            24,
        ),
        (
            "По делу проходила Анна Лебедева. Получившая два года колонии, она вышла на свободу весной.",
            "Анна Лебедева",
            24,
        ),
    ],
)
def test_a_fronted_verdict_is_said_of_the_pronoun_after_its_comma(run, text, who, months):
    result = _ru(run, text)
    assert ("sentence", who) in events(result)
    assert (who, months) in _terms(result)


@pytest.mark.parametrize(
    "text",
    [
        "Журналистку Нину Белову судили в Омске. Приговорённый в мае к четырём "
        "годам колонии, он подал апелляцию.",
        "Журналистку Нину Белову судили в Омске. Осуждённый в мае на четыре года, её брат уехал.",
        "По делу проходил Олег Рябов. Получив повестку, он уехал из страны.",
    ],
)
def test_a_fronted_phrase_of_another_gender_or_no_verdict_gives_no_sentence(run, text):
    assert not any(t == "sentence" for t, _ in events(_ru(run, text)))


# -- a later step after a comma and a word of sequence ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "Активистку Нину Белову задержали в мае. Сутки её продержали в отделе "
            "полиции, после чего отпустили.",
            "Нина Белова",
        ),
        (
            "В апреле в Казани задержали блогера Нину Белову. Двое суток её продержали в отделе, после чего "
            "отпустили, оштрафовав по статье КоАП.",
            "Нина Белова",
        ),
        ("Активиста Олега Рябова задержали в мае, после чего отпустили.", "Олег Рябов"),
        ("Пикетчика Олега Рябова задержали у мэрии, через три часа отпустили.", "Олег Рябов"),
    ],
)
def test_a_later_step_after_a_word_of_sequence_shares_the_object(run, text, who):
    found = events(_ru(run, text))
    assert ("arrest", who) in found
    assert ("release", who) in found


@pytest.mark.parametrize(
    "text",
    [
        "Активистку Нину Белову вызвали на допрос, после чего отпустили.",
        "Активистку Нину Белову задержали в мае, после чего власти отпустили других участников акции.",
        "Активистку Нину Белову арестовали на десять суток. Её подругу Веру "
        "Сомову, задержанную вместе с ней, "
        "через три часа отпустили.",
    ],
)
def test_a_summons_or_a_clause_of_its_own_frees_nobody_named(run, text):
    assert ("release", "Нина Белова") not in events(_ru(run, text))


# -- a participle under a link verb -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "etype", "names"),
    [
        ("Задержанными оказались Ринат Валеев и Азат Хасанов.", "arrest", {"Ринат Валеев", "Азат Хасанов"}),
        ("Ринат Валеев и Азат Хасанов оказались задержанными.", "arrest", {"Ринат Валеев", "Азат Хасанов"}),
        ("Арестованным оказался и блогер Олег Рябов.", "arrest", {"Олег Рябов"}),
    ],
)
def test_a_participle_under_a_link_verb_is_said_of_its_subject(run, text, etype, names):
    found = events(_ru(run, text))
    assert {(etype, n) for n in names} <= found


@pytest.mark.parametrize(
    "text",
    [
        "Задержанными по делу могли оказаться Ринат Валеев и Азат Хасанов.",
        "Пострадавшими оказались Ринат Валеев и Азат Хасанов.",
    ],
)
def test_a_link_verb_under_a_modal_or_with_no_event_tells_nothing(run, text):
    assert not events(_ru(run, text))


# -- custody fronted before a verb of sending; a force told by its outfit ------------------------


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Всего по делу под стражу отправили семерых.", 7),
        ("По этому делу под стражу были направлены пятеро активистов.", 5),
        ("Вечером 3 мая под стражу отправили троих студентов.", 3),
        ("Шестерых студентов увезли в управление ФСБ.", 6),
    ],
)
def test_custody_fronted_or_a_security_office_counts_the_group(run, text, count):
    result = _ru(run, text)
    assert ("arrest", count) in {(e.type, e.count) for e in result.events}


def test_custody_fronted_takes_the_named_object(run):
    assert ("arrest", "Олег Рябов") in events(_ru(run, "Под стражу суд отправил журналиста Олега Рябова."))


def test_custody_fronted_and_denied_is_no_arrest(run):
    text = "Под стражу Олега Рябова не отправили: суд ограничился запретом определённых действий."
    assert not events(_ru(run, text))


@pytest.mark.parametrize(
    "text",
    [
        "Вечером 1 июня люди в форме без опознавательных знаков увезли из дома "
        "47-летнюю учительницу Ольгу Зуеву.",
        "Люди в масках увезли из дома учительницу Ольгу Зуеву.",
        "Вечером люди в камуфляже увезли учительницу Ольгу Зуеву.",
    ],
)
def test_people_told_by_their_outfit_are_a_force_that_takes_someone(run, text):
    assert ("arrest", "Ольга Зуева") in events(_ru(run, text))


def test_people_from_next_door_take_nobody_into_custody(run):
    text = "Вечером люди из соседнего дома увезли учительницу Ольгу Зуеву в больницу."
    assert not events(_ru(run, text))


# -- «both» after two people named earlier in its own sentence ----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Это были активисты Дамир Сейтов и Арман Кожахметов; вечером стало известно, что оба задержаны.",
        "На площадь вышли Дамир Сейтов и Арман Кожахметов, и вскоре оба были задержаны.",
        "Это были активисты Дамир Сейтов и Арман Кожахметов. Вечером стало известно, что оба задержаны.",
    ],
)
def test_both_refers_to_the_two_named_before_it(run, text):
    found = events(_ru(run, text))
    assert {("arrest", "Дамир Сейтов"), ("arrest", "Арман Кожахметов")} <= found


def test_both_defendants_are_not_the_judge(run):
    text = "Судья Дамир Сейтов огласил решение: оба подсудимых задержаны в зале."
    assert ("arrest", "Дамир Сейтов") not in events(_ru(run, text))


# -- a term that fell to someone; a force that took someone; out of the gates -------------------------


@pytest.mark.parametrize(
    ("text", "who", "months"),
    [
        (
            "Пять лет общего режима досталось 34-летнему пчеловоду из Баймака Ильгизу Каримову.",
            "Ильгиз Каримов",
            60,
        ),
        ("Ильгизу Каримову досталось шесть лет колонии.", "Ильгиз Каримов", 72),
        ("По делу осудили троих. Четыре года досталось его брату Рустаму Каримову.", "Рустам Каримов", 48),
    ],
)
def test_a_term_that_fell_to_someone_is_their_sentence(run, text, who, months):
    result = _ru(run, text)
    assert ("sentence", who) in events(result)
    assert (who, months) in _terms(result)


@pytest.mark.parametrize(
    "text",
    [
        "Ильгизу Каримову досталось от полиции: его избили.",
        "Квартира досталась Ильгизу Каримову от деда пять лет назад.",
    ],
)
def test_what_fell_to_someone_with_no_term_is_no_sentence(run, text):
    assert not events(_ru(run, text))


@pytest.mark.parametrize(
    "text",
    [
        "Студента Мусу Гаджиева силовики взяли 11 апреля, остановив его машину у въезда в Назрань.",
        "Сотрудники ФСБ взяли блогера Олега Рябова прямо у подъезда.",
    ],
)
def test_a_force_that_took_someone_arrested_them(run, text):
    assert any(t == "arrest" for t, _ in events(_ru(run, text)))


@pytest.mark.parametrize(
    "text",
    [
        "Полиция взяла у Олега Рябова объяснения.",
        "Силовики взяли телефон Олега Рябова на экспертизу.",
        "Родители взяли Олега Рябова из школы.",
        "Сотрудники полиции взяли Олега Рябова на поруки.",
        "Силовики взяли с Олега Рябова подписку о невыезде.",
    ],
)
def test_taking_a_thing_a_statement_or_a_surety_is_no_arrest(run, text):
    assert not events(_ru(run, text))


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Суд удовлетворил ходатайство, и 6 мая Муса Гаджиев вышел за ворота колонии.", "Муса Гаджиев"),
        ("В мае активистка Нина Белова вышла за ворота СИЗО.", "Нина Белова"),
        ("Журналист Олег Рябов вышел за ворота тюрьмы после семи лет заключения.", "Олег Рябов"),
    ],
)
def test_out_of_the_prison_gates_is_a_release(run, text, who):
    assert ("release", who) in events(_ru(run, text))


def test_not_out_of_the_gates_is_no_release(run):
    assert ("release", "Олег Рябов") not in events(
        _ru(run, "Олег Рябов не вышел за ворота колонии: его задержали снова.")
    )


# -- a participle opening the sentence as its subject ---------------------------------------------------


def test_a_fronted_participle_subject_stands_for_the_person_named_before(run):
    text = (
        "Ещё один фигурант дела, Энвер Абдуллаев, до свободы не дожил. Осуждённый вместе с Рустемом на "
        "13 лет, 54-летний диабетик скончался в колонии."
    )
    assert ("death", "Энвер Абдуллаев") in events(_ru(run, text))


def test_a_fronted_participle_before_a_name_means_that_name(run):
    text = (
        "Автор: Зафар Каримов. Осуждённый по делу о протестах 61-летний Давлат Мамадов скончался "
        "27 ноября в колонии."
    )
    found = events(_ru(run, text))
    assert ("death", "Давлат Мамадов") in found
    assert ("death", "Зафар Каримов") not in found
