"""Russian families of session 19: a counted group closed by a colon or dash and named by the
list after it, an object fronted before the verb with the subject after it («X помиловал
Лукашенко»), a past verb tagged as a noun, an object dropped in the sentence after the one
that named the person, «instead of» before the trigger, a fronted verdict noun («Приговор
получили четверо»), an ordinal opening a later clause, a death in a camp, a nominative
surname tagged a genitive in a speaker line. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.test_extract_ru import counts, events, quotes, terms


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Стали известны имена трёх задержанных: это 52-летний фермер Глеб Осокин, его сосед "
            "Тимофей Зарубин и студентка Вера Лужина.",
            {("arrest", "Глеб Осокин"), ("arrest", "Тимофей Зарубин"), ("arrest", "Вера Лужина")},
        ),
        (
            "Суд осудил двух блогеров — Глеба Осокина и Тимофея Зарубина.",
            {("sentence", "Глеб Осокин"), ("sentence", "Тимофей Зарубин")},
        ),
        # traps: the colon opens a clause, or the names outnumber the group
        ("Известны имена двух задержанных: по словам Глеба Осокина, это студенты.", set()),
        (
            "Известны имена двух задержанных: Глеб Осокин, Тимофей Зарубин и Вера Лужина.",
            set(),
        ),
    ],
)
def test_a_counted_group_is_named_by_the_list_after_its_colon(run, text, expected):
    assert events(run(text, "ru")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Анну Лужину помиловал Лукашенко.", {("release", "Анна Лужина")}),
        ("Глеба Осокина освободил президент Токаев.", {("release", "Глеб Осокин")}),
        (
            "В марте Веру Лужину в числе 18 политзаключённых помиловал Лукашенко.",
            {("release", "Вера Лужина")},
        ),
        # trap: the fronted object is a relative, not the name after the verb
        ("По словам Веры Лужиной, её брата помиловал Лукашенко.", set()),
    ],
)
def test_the_ruler_after_the_verb_pardons_and_is_not_pardoned(run, text, expected):
    assert events(run(text, "ru")) == expected


def test_a_pardon_verb_tagged_as_a_noun_keeps_its_count_and_group(run):
    result = run(
        "В марте Веру Лужину в числе 18 политзаключённых помиловал Лукашенко. Всех их в тот же день вывезли "
        "к границе и передали литовским пограничникам.",
        "ru",
    )
    assert events(result) == {("release", "Вера Лужина"), ("deportation", "Вера Лужина")}
    assert ("release", 18) in counts(result)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Отца, Тимофея Зарубина, арестовали в 1949-м как «врага народа». Дали шесть лет "
            "лагерей, он вернулся больным.",
            {("arrest", "Тимофей Зарубин"), ("sentence", "Тимофей Зарубин")},
        ),
        (
            "Веру Лужину задержали у подъезда. Отпустили только через трое суток.",
            {("arrest", "Вера Лужина"), ("release", "Вера Лужина")},
        ),
        # traps: the later verb has an object of its own, or a new paragraph begins
        ("Веру Лужину задержали у подъезда. Задержали и её мужа.", {("arrest", "Вера Лужина")}),
        ("Веру Лужину задержали у подъезда.\n\nОтпустили всех к утру.", {("arrest", "Вера Лужина")}),
    ],
)
def test_a_dropped_object_goes_on_with_the_person_told_just_before(run, text, expected):
    assert events(run(text, "ru")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Вместо шести лет колонии Глебу Осокину назначили четыре года.", {48, 72}),
        # trap: what the prosecutor asked for is no term
        ("Вместо запрошенных прокурором шести лет Глебу Осокину назначили четыре года.", {48}),
    ],
)
def test_instead_of_before_the_trigger_is_the_earlier_term(run, text, expected):
    result = run(text, "ru")
    assert {e.term_months for e in result.events if e.term_months} == expected
    assert "Глеб Осокин" in terms(result)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Приговор получили трое из четырёх подсудимых, четвёртого суд оправдал и отпустил.",
            {("sentence", 3)},
        ),
        ("Реальные сроки получили пятеро активистов.", {("sentence", 5)}),
        # trap: a verdict still to come
        ("Приговор могут получить пятеро активистов.", set()),
    ],
)
def test_a_fronted_verdict_noun_before_get(run, text, expected):
    assert counts(run(text, "ru")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Её деда Тимофея Зарубина, арестованного в 1941 году и погибшего в лагере, реабилитировали.", True),
        ("Тимофей Зарубин погиб в лагере под Воркутой.", True),
        # trap: a summer camp
        ("Тимофей Зарубин отдыхал в детском лагере.", False),
    ],
)
def test_a_death_in_a_camp(run, text, expected):
    assert (("death", "Тимофей Зарубин") in events(run(text, "ru"))) is expected


def test_a_nominative_surname_tagged_genitive_speaks_after_the_quote(run):
    result = run(
        "Суд дал Вере Пименовой два года условно.\n\n«Я на свободе, но мысленно со своими друзьями». "
        "Эти слова Пименова написала в телеграм-канале.",
        "ru",
    )
    assert ("Вера Пименова", "Я на свободе,") in quotes(result)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Глеб Осокин отбыл три года из пяти, назначенных ему в 2021-м.", {60}),
        ("Глеб Осокин отбыл 10 месяцев из 18 и вышел по УДО.", {18}),
        ("Глеб Осокин отбыл два года и вышел на свободу.", {24}),
    ],
)
def test_time_served_out_of_a_term_gives_the_term(run, text, expected):
    assert {e.term_months for e in run(text, "ru").events if e.term_months} == expected


def test_a_role_noun_two_sentences_after_the_only_person_named(run):
    result = run(
        "Тимофея Зарубина задержали в феврале. Поводом стали его комментарии в соцсетях. "
        "Осенью суд приговорил пенсионера к четырём годам колонии.",
        "ru",
    )
    assert events(result) == {("arrest", "Тимофей Зарубин"), ("sentence", "Тимофей Зарубин")}


@pytest.mark.parametrize(
    "text",
    [
        "Во время разгона погибли, по разным оценкам, от 12 до 30 человек, суд осудил более 90 участников.",
        "На акции задержали до 60 человек.",
        "На акции задержали от 8 до 11 человек.",
    ],
)
def test_a_bound_is_no_count(run, text):
    assert counts(run(text, "ru")) == set()


def test_who_tells_is_not_whom_they_held(run):
    result = run(
        "Об этом рассказал её брат Тимофей Зарубин. По словам Зарубина, ей не дали позвонить "
        "родным и всю ночь держали в отделе.",
        "ru",
    )
    assert events(result) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ещё в отряде была Вера Пименова. Она вышла в мае, полностью отбыв два года.",
            {("release", "Вера Пименова")},
        ),
        ("Тимофей Зарубин вышел в марте, отсидев четыре года.", {("release", "Тимофей Зарубин")}),
    ],
)
def test_out_having_served_the_term_is_a_release(run, text, expected):
    assert expected <= events(run(text, "ru"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Вышел на свободу поэт Тимофей Зарубин. Сразу после этого записал обращение: «Я не "
            "сдамся и буду писать дальше».",
            {("Тимофей Зарубин", "Я не сдамся")},
        ),
        # trap: the colon line has a subject of its own
        (
            "Вышел на свободу поэт Тимофей Зарубин. Суд постановил: «Освободить из-под стражи».",
            set(),
        ),
    ],
)
def test_a_colon_line_with_its_subject_dropped(run, text, expected):
    assert quotes(run(text, "ru")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Волнения начались после приговора учителю Тимофею Зарубину: того осудили на три года "
            "за выступление на митинге.",
            {("sentence", "Тимофей Зарубин")},
        ),
        (
            "Анна Белова рассказала о соседке Вере Пименовой: ту задержали в субботу.",
            {("arrest", "Вера Пименова")},
        ),
        # trap: «кроме того» is no person
        ("Кроме того, в субботу задержали Веру Пименову.", {("arrest", "Вера Пименова")}),
    ],
)
def test_a_demonstrative_stands_for_the_last_one_named(run, text, expected):
    assert events(run(text, "ru")) == expected


def test_the_pardoner_is_not_the_role_noun_he_pardons(run):
    result = run(
        "Блогера Тимофея Зарубина задержали в Самарканде весной 2022 года. Летом 2024 года "
        "Даврон Турсунбаев помиловал 35-летнего блогера.",
        "ru",
    )
    assert events(result) == {("arrest", "Тимофей Зарубин"), ("release", "Тимофей Зарубин")}


@pytest.mark.parametrize(
    ("text", "expected_events", "expected_counts"),
    [
        (
            "Ещё трое осуждённых по «террористической» статье, Глеб Осокин, Тимофей Зарубин и "
            "Вера Пименова, по данным правозащитников, остаются в колонии.",
            {("sentence", "Глеб Осокин"), ("sentence", "Тимофей Зарубин"), ("sentence", "Вера Пименова")},
            {("sentence", 3)},
        ),
        # trap: the commas set off a source, not the group's names
        ("Двое осуждённых, по словам Глеба Осокина, остаются в колонии.", set(), set()),
    ],
)
def test_a_counted_group_named_in_an_apposition(run, text, expected_events, expected_counts):
    result = run(text, "ru")
    assert events(result) == expected_events
    assert counts(result) == expected_counts


@pytest.mark.parametrize(
    ("tail", "expected"),
    [
        (
            "Вера Пименова отделалась штрафом, её отпустили из зала суда.",
            {("arrest", "Вера Пименова"), ("release", "Вера Пименова")},
        ),
        # trap: only two of the three are named after: the group stays unnamed
        ("Больше суд в тот день никого не рассматривал.", set()),
    ],
)
def test_all_of_them_before_the_names_told_next(run, tail, expected):
    result = run(
        "Суд в Казани вынес приговор по делу кружка.\n\nВсех троих задержали в мае. Глебу Осокину "
        "суд назначил пять лет. Тимофей Зарубин получил четыре года. " + tail,
        "ru",
    )
    arrests = {("arrest", "Глеб Осокин"), ("arrest", "Тимофей Зарубин")}
    assert (arrests <= events(result)) is bool(expected)
    assert expected <= events(result)
