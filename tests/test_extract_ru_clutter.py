"""Russian events whose short form already works but whose long form broke on clutter: a name
in an oblique case inside a relative clause before its second verb, a conjoined clause with a
counted subject of its own, a name hung across a semicolon, a name inside a prepositional
phrase after a participle, a number word tagged as an adjective. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from tests.test_extract_ru import counts, events


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Правозащитник Глеб Осокин, который сидел в одном отряде с Тарасовым и вышел на свободу "
            "в июле, рассказал о пытках.",
            {("release", "Глеб Осокин")},
        ),
        (
            "Глеб Осокин, который отбывал срок в одной колонии с Верой Лужиной и был освобождён в мае, "
            "дал интервью.",
            {("release", "Глеб Осокин")},
        ),
        (
            "Мы поговорили с Марией Котовой, которую задержали в апреле вместе с Тарасовым и отпустили "
            "через сутки.",
            {("arrest", "Мария Котова"), ("arrest", "Тарасов"), ("release", "Мария Котова")},
        ),
        (
            "Глеб Осокин, которому Тарасов писал письма и который был помилован в марте, уехал.",
            {("release", "Глеб Осокин")},
        ),
        # traps: the relative is the subject of an active verb, or of a demand
        (
            "Следователь Глеб Осокин, который задержал Веру Лужину в апреле, уволился.",
            {("arrest", "Вера Лужина")},
        ),
        ("Глеб Осокин, который дружил с Тарасовым и требовал освободить Веру Лужину, уехал.", set()),
    ],
)
def test_a_relative_clause_keeps_its_name_past_an_oblique_name(run, text, expected):
    assert events(run(text, "ru")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Полиция задержала 14 человек. Большинство из них отпустили к вечеру, четверо получили "
            "по десять суток ареста.",
            {("arrest", 14), ("arrest", 4)},
        ),
        (
            "На акции задержали 20 человек. Половину из них отпустили, а шестеро получили "
            "по 12 суток ареста.",
            {("arrest", 20), ("arrest", 6)},
        ),
        # one group told by two verbs keeps its count on both
        ("Власти освободили и вывезли в Литву 17 человек.", {("release", 17), ("deportation", 17)}),
    ],
)
def test_a_conjoined_clause_with_its_own_counted_subject_is_its_own_group(run, text, expected):
    assert counts(run(text, "ru")) == expected


def test_a_name_list_before_a_semicolon_is_its_own_verbs(run):
    result = run(
        "Марию Котову, Глеба Осокина и Петра Тарасова задержали 3 марта после обысков в общежитиях "
        "колледжа; всего за ту ночь полицейские задержали восемь человек, шестерых из них утром "
        "отпустили без обвинений.",
        "ru",
    )
    # (the six released are not the three named: «из них» is the eight)
    assert events(result) == {
        ("arrest", "Мария Котова"),
        ("arrest", "Глеб Осокин"),
        ("arrest", "Пётр Тарасов"),
    }
    assert counts(result) == {("arrest", 8), ("release", 6)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Глеб Осокин, арестованный вместе с Котовой в мае 2022 года, остаётся в заключении.",
            {("arrest", "Глеб Осокин")},
        ),
        (
            "Освобождённая вместе с Глебом Осокиным журналистка Вера Лужина уехала в Ригу.",
            {("release", "Вера Лужина")},
        ),
        ("Задержанный в марте Глеб Осокин остаётся в СИЗО.", {("arrest", "Глеб Осокин")}),
    ],
)
def test_a_name_after_a_preposition_is_not_what_the_participle_describes(run, text, expected):
    assert expected <= events(run(text, "ru"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Областной суд вынес приговор четырём жителям района.", {("sentence", 4)}),
        ("Суд 5 мая вынес приговор трём жителям Омска, обвинявшимся в участии в ячейке.", {("sentence", 3)}),
        # an ordinal is no count
        ("Суд вынес приговор четвёртому фигуранту дела.", set()),
    ],
)
def test_a_number_word_tagged_as_an_adjective_counts_people(run, text, expected):
    assert counts(run(text, "ru")) == expected


def test_one_of_them_past_a_semicolon_is_a_member_of_the_group_before(run):
    result = run(
        "Весной этот районный суд отправил в колонию ещё шестерых участников пикета — на срок от двух "
        "до пяти лет; одного из них, Глеба Осокина, кассация позже освободила, смягчив срок до условного.",
        "ru",
    )
    assert events(result) == {("sentence", "Глеб Осокин"), ("release", "Глеб Осокин")}
    assert counts(result) == {("sentence", 6)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Тимур Зайцев получил от 10 до 15 суток ареста.", {("arrest", "Тимур Зайцев")}),
        ("Тимур Зайцев получил за одиночный пикет 12 суток ареста.", {("arrest", "Тимур Зайцев")}),
        # traps: a time of two days is no administrative arrest
        ("Тимур Зайцев получил письмо через двое суток.", set()),
        ("Тимур Зайцев получил ответ в течение суток.", set()),
    ],
)
def test_days_of_arrest_received_as_a_range(run, text, expected):
    assert events(run(text, "ru")) == expected


def test_a_counted_group_receives_a_range_of_days(run):
    result = run(
        "У здания мэрии полицейские задержали 12 человек. Большинство из них отпустили до утра, трое "
        "получили от пяти до восьми суток ареста, ещё нескольких оштрафовали.",
        "ru",
    )
    assert counts(result) == {("arrest", 12), ("arrest", 3)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Илья Карпов оказался среди 27 политзаключённых, которых в тот день помиловал президент.",
            {("release", 27)},
        ),
        ("Роман Карпов был в числе 16 заключённых, которых освободили в пятницу.", {("release", 16)}),
        ("Он поговорил с 11 активистами, которых задержали в апреле.", {("arrest", 11)}),
        # traps: the relative is the agent, or the event is only possible
        ("В рейде участвовали 12 полицейских, которые задержали Илью Карпова.", set()),
        ("Среди 40 человек, которых могут освободить, есть Илья Карпов.", set()),
    ],
)
def test_a_relative_clause_on_a_counted_noun_counts_its_patients(run, text, expected):
    assert counts(run(text, "ru")) == expected


@pytest.mark.parametrize(
    ("text", "expected_events", "expected_counts"),
    [
        (
            "Илью Карпова задержали в июне — вслед за ним за решёткой оказались ещё четверо его друзей.",
            {("arrest", "Илья Карпов")},
            {("arrest", 4)},
        ),
        ("В СИЗО оказался и её брат Роман Карпов.", {("arrest", "Роман Карпов")}, set()),
        # traps: staying behind bars, and a possibility
        ("За решёткой остаются ещё шестеро активистов.", set(), set()),
        ("За решёткой может оказаться любой блогер.", set(), set()),
    ],
)
def test_jailed_with_the_place_fronted(run, text, expected_events, expected_counts):
    result = run(text, "ru")
    assert events(result) == expected_events
    assert counts(result) == expected_counts
