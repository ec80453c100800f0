"""Russian events, counts and terms by construction (session 44), in wording written for these
tests: a plural pronoun in a clause of its own after a counted group set off by a semicolon or a
comma alone counts nobody; «их» after a comma is the coordination of names an earlier clause of the
sentence told; a verb of adding with «до» and the whole term gives that whole term; a punishment
given «помимо основного наказания» is no term; «они с X» is one subject; an attributive adjective
agrees with the noun after it, not with a person's noun before; a counted noun of people taken away
by takers left unnamed is an arrest; «всех троих» fronted before the subject is the verb's object,
and the people named before it with «ещё одним» make up the three.
Traps: a verb conjoined by «и» keeps its group; a pronoun past a plural noun of people, a company
of others or a negation; an added year with no total told; «кроме X» of a person; a pronoun with
its own clause; people taken to the army, home, or by neighbours."""

from __future__ import annotations

import pytest

from tests.test_extract_ru import counts, events, terms
from vigil.model import Extraction


def _ru(run, text: str) -> Extraction:
    return run("Новости\n\n" + text, "ru")


# -- «их» after a counted group, in a clause of its own ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Ночью полиция задержала ещё девять человек — студентов и их родителей; утром их отпустили.",
        "В Гродно были задержаны шесть человек, к вечеру их отпустили.",
    ],
)
def test_a_pronoun_past_a_semicolon_counts_nobody(run, text):
    result = _ru(run, text)
    assert ("arrest", 9) in counts(result) or ("arrest", 6) in counts(result)
    assert not any(kind == "release" for kind, _ in counts(result))


def test_a_counted_part_of_the_group_keeps_its_own_number(run):
    result = _ru(run, "В тот день силовики задержали девять человек, пятерых из них позже отпустили.")
    assert ("release", 5) in counts(result)


def test_one_released_of_a_counted_group_counts_nobody(run):
    result = _ru(run, "Шестерых задержали по делу о листовках, одного отпустили после допроса.")
    assert ("arrest", 6) in counts(result)
    assert not any(kind == "release" for kind, _ in counts(result))


def test_a_pronoun_of_a_verb_conjoined_by_and_keeps_the_group(run):
    result = _ru(run, "Власти помиловали 14 человек и вывезли их в Литву.")
    assert ("deportation", 14) in counts(result)


# -- «их» after a comma: the names the sentence told ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "names"),
    [
        (
            "Активистки Дина Орлова и Вера Сомова получили по два года условно, их освободили прямо "
            "в зале суда.",
            "release",
            ["Дина Орлова", "Вера Сомова"],
        ),
        (
            "Учителя Олег Рябов и Пётр Гусев провели ночь в отделе полиции, а утром их отпустили.",
            "release",
            ["Олег Рябов", "Пётр Гусев"],
        ),
    ],
)
def test_a_pronoun_after_a_comma_is_the_names_told_before(run, text, kind, names):
    result = _ru(run, text)
    for name in names:
        assert (kind, name) in events(result)


@pytest.mark.parametrize(
    "text",
    [
        "Олег Рябов и Пётр Гусев вышли на пикет вместе с пятью студентами, их задержали.",
        "Олег Рябов и Пётр Гусев рассказали, что их соседей задержали.",
        "Олег Рябов и Пётр Гусев написали жалобу, но их не отпустили.",
        "Адвокаты Олег Рябов и Пётр Гусев пришли в суд, их подзащитных освободили.",
    ],
)
def test_a_pronoun_with_others_between_or_negated_names_nobody(run, text):
    result = _ru(run, text)
    assert not any(name in ("Олег Рябов", "Пётр Гусев") for _, name in events(result))


# -- a term added «до» the whole one -----------------------------------------------------------------


def test_a_term_added_up_to_a_whole_is_the_whole(run):
    result = _ru(
        run,
        "Суд приговорил Дмитрия Лаптева к девяти годам. Прокуратура обжаловала приговор, и "
        "апелляционный суд добавил к нему ещё год — до десяти лет колонии.",
    )
    assert {e.term_months for e in result.events if e.type == "sentence"} == {108, 120}


def test_a_year_added_with_no_whole_told_stays_its_own_term(run):
    result = _ru(run, "Суд приговорил Дмитрия Лаптева к пяти годам. Позже другой суд добавил ему ещё год.")
    assert {e.term_months for e in result.events if e.type == "sentence"} == {60, 12}


# -- an additional punishment ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Суд приговорил Анну Белову к восьми годам колонии. Помимо основного наказания суд назначил "
        "Беловой два года ограничения свободы.",
        "Суд приговорил Анну Белову к восьми годам колонии. Кроме срока, суд назначил ей штраф и "
        "полтора года ограничения свободы.",
    ],
)
def test_a_punishment_besides_the_main_one_is_no_term(run, text):
    result = _ru(run, text)
    assert terms(result) == {"Анна Белова": 96}
    assert {e.term_months for e in result.events if e.type == "sentence"} == {96}


def test_besides_a_person_the_term_stays(run):
    result = _ru(run, "Кроме Анны Беловой, суд приговорил к трём годам колонии Олега Рябова.")
    assert terms(result)["Олег Рябов"] == 36


# -- «они с X» is one subject ------------------------------------------------------------------------


def test_they_with_a_name_is_no_patient_of_the_next_clause(run):
    result = _ru(
        run,
        "Письмо передал Игорь Ким — они с Павлом Громовым сидели в одном отряде, а в мае Игоря "
        "освободили по обмену.",
    )
    assert ("release", "Игорь Ким") in events(result)
    assert ("release", "Павел Громов") not in events(result)


def test_we_with_a_name_then_a_pronoun_of_its_own(run):
    result = _ru(run, "Мы с Павлом Громовым сидели в одной камере, его освободили в мае.")
    assert ("release", "Павел Громов") in events(result)


# -- an adjective agrees with the noun after it --------------------------------------------------------


def test_a_described_person_with_a_regime_after_the_noun(run):
    result = _ru(
        run,
        "Житель Херсона Андрей Лис пропал в мае 2022 года. В марте 2025 года Южный окружной военный "
        "суд в Ростове-на-Дону приговорил 52-летнего электрика к 14 годам колонии строгого режима по "
        "статье о шпионаже.",
    )
    assert terms(result)["Андрей Лис"] == 168


# -- a counted noun of people taken away by takers left unnamed ------------------------------------


def test_people_taken_away_counted_and_named_after_a_dash(run):
    result = _ru(
        run,
        "В ту ночь в нашем селе забрали четверых мужчин — Павла Громова, нашего соседа Игоря Кима и "
        "ещё двоих, чьих имён я не знаю.",
    )
    assert ("arrest", 4) in counts(result)
    assert ("arrest", "Павел Громов") in events(result)
    assert ("arrest", "Игорь Ким") in events(result)


@pytest.mark.parametrize(
    "text",
    [
        "Осенью забрали троих мужчин в армию.",
        "Троих мальчиков забрали домой.",
        "Соседи забрали троих детей к себе.",
    ],
)
def test_people_taken_to_a_goal_or_by_someone_are_no_arrest(run, text):
    result = _ru(run, text)
    assert not any(e.type == "arrest" for e in result.events)


# -- «всех троих» fronted before the subject --------------------------------------------------------


def test_all_three_after_a_name_and_one_more(run):
    result = _ru(
        run,
        "Блогер Ислам Гаджиев вёл канал о коррупции. Гаджиева задержали 3 мая вместе с братом "
        "Русланом Гаджиевым и ещё одним мужчиной — всех троих сотрудники полиции вывели из кафе сразу "
        "после обеда.",
    )
    assert ("arrest", 3) in counts(result)
    assert ("arrest", 2) not in counts(result)
    assert ("arrest", "Ислам Гаджиев") in events(result)
    assert ("arrest", "Руслан Гаджиев") in events(result)


# -- a whole term «с половиной» after «из» --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "months"),
    [
        (
            "Блогер Олег Рябов вышел на свободу. Он провёл в колонии четыре года из назначенных ему "
            "шести с половиной.",
            78,
        ),
        ("Блогер Олег Рябов отбыл три года из пяти с половиной, назначенных ему судом.", 66),
        ("Блогер Олег Рябов отбыл три года из пяти, назначенных ему судом.", 60),
    ],
)
def test_the_whole_term_after_out_of_keeps_its_half(run, text, months):
    assert terms(_ru(run, text))["Олег Рябов"] == months


# -- a term changed «с A до B» and by how much --------------------------------------------------------


def test_a_term_changed_from_one_with_its_unit_to_another(run):
    result = _ru(
        run,
        "Апелляционный суд снизил срок 31-летнему инженеру Павлу Громову с семи лет до шести лет и "
        "трёх месяцев колонии общего режима.",
    )
    assert {e.term_months for e in result.events if e.type == "sentence"} == {84, 75}


def test_a_term_raised_by_some_time_to_a_whole(run):
    result = _ru(run, "Суд увеличил срок Павлу Громову на два года, до девяти лет.")
    assert {e.term_months for e in result.events if e.type == "sentence"} == {108}


@pytest.mark.parametrize(
    "text",
    [
        "Павлу Громову снизили срок на полгода, приговор его жене оставили без изменений.",
        "Апелляция сократила Павлу Громову срок на девять месяцев.",
    ],
)
def test_by_how_much_a_term_changed_is_no_term(run, text):
    assert "Павел Громов" not in terms(_ru(run, text))
