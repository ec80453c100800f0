"""Russian events whose patient the parse reaches only through another clause: a relative
clause the parser hangs elsewhere («…, которая в 2010 году была приговорена»), a participle on
the predicate noun of a copula («стала первой женщиной, приговорённой …») and a trigger
conjoined with a verb that carries the subject («была признана невиновной и освобождена»).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.test_extract_ru import events


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ранее Верховный суд Пакистана вынес оправдательный приговор Асии Биби, которая в 2010 "
            "году была приговорена к смертной казни за богохульство.",
            {("sentence", "Асия Биби")},
        ),
        (
            "Муж христианки Асии Биби, которая была приговорена к смертной казни в Пакистане, "
            "просит убежища.",
            {("sentence", "Асия Биби")},
        ),
        (
            "Адвокат Ивана Петрова, которого задержали в мае, заявил о давлении.",
            {("arrest", "Иван Петров")},
        ),
    ],
)
def test_a_relative_clause_is_said_of_the_name_before_its_comma(run, text, expected):
    assert events(run(text, "ru")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Асия Биби стала первой женщиной, приговоренной в Пакистане к смертной казни.",
            {("sentence", "Асия Биби")},
        ),
        ("Асия Биби была первой женщиной, осужденной по этому закону.", {("sentence", "Асия Биби")}),
        ("Иван Петров стал первым журналистом, задержанным в этом году.", {("arrest", "Иван Петров")}),
        # traps: the participle is said of another noun, and a relative clause of a speech verb
        ("Иван Петров стал адвокатом журналиста, задержанного в мае.", set()),
        ("Иван Петров стал первым журналистом, который заявил о пытках.", set()),
    ],
)
def test_a_participle_on_the_predicate_noun_is_said_of_the_subject(run, text, expected):
    assert events(run(text, "ru")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Асия Биби была признана невиновной и освобождена в зале суда.", {("release", "Асия Биби")}),
        ("Иван Петров вернулся в Россию и был задержан в аэропорту.", {("arrest", "Иван Петров")}),
        # trap: the subject of an active verb is the one who acts, not the one detained
        ("Судья Анна Иванова огласила решение и освободила обвиняемого.", set()),
    ],
)
def test_a_trigger_conjoined_with_the_subjects_verb_shares_its_subject(run, text, expected):
    assert events(run(text, "ru")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Министерство юстиции США сообщило, что 20 декабря арестован гражданин Китая, которого "
            "обвиняют в шпионаже. Компания Phillips 66, в которой работал 35-летний Хончжин Тан, "
            "оценивает ущерб в 1 млрд долларов.",
            {("arrest", "Хончжин Тан")},
        ),
        ("В СИЗО скончалась женщина. 54-летняя Ирина Котова страдала диабетом.", {("death", "Ирина Котова")}),
        # traps: a relative named after the lead, and two people an age introduces
        ("В Минске задержан мужчина. Его 30-летний брат Иван Петров заявил об этом.", set()),
        ("В Минске задержан мужчина. 30-летний Иван Петров и 40-летний Олег Сидоров были рядом.", set()),
    ],
)
def test_a_person_noun_is_the_one_name_an_age_introduces_next(run, text, expected):
    assert events(run(text, "ru")) == expected


def test_a_name_before_its_own_singular_verb_is_no_fronted_object(run):
    text = (
        "Лукашенко помиловал 16 политзаключенных, восемь из них вывезли в Литву.\n\n"
        "Александр Лукашенко подписал указ в пятницу."
    )
    assert not any(person == "Александр Лукашенко" for _, person in events(run(text, "ru")))


def test_a_clause_coordinated_with_a_request_is_its_own_statement(run):
    """The prosecutor's request is no verdict; the court's verdict after «но» is one."""
    asked = run("Обвинение запросило для блогера Кирилла Носова семь лет колонии.", "ru")
    assert not events(asked)
    given = run(
        "Обвинение запросило для блогера Кирилла Носова семь лет колонии, "
        "но суд приговорил его к пяти годам.",
        "ru",
    )
    assert ("sentence", "Кирилл Носов") in events(given)
