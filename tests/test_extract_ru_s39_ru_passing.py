"""A person's other events told in passing (session 39), in wording written for these tests: the
article tells someone's verdict and, in a background clause, their detention, release or removal.
Classes: custody since a time in a numbered or described SIZO, or with the place fronted; a term
served to its end with the perfective «отбыть» / «отсидеть»; a pronoun after «вместе с» on an
arrest, release or removal; a man's «-ов»/«-ин» surname the tagger reads as a genitive; handed over
to a security force; a bare «выйти» beside a verdict or a term. Traps beside each."""

from __future__ import annotations

import pytest

from tests.test_extract_ru import events
from vigil.model import Extraction

OLEG = "Олег Кравцов"
MARINA = "Марина Лесная"
VERDICT = "Суд в Витебске приговорил Олега Кравцова к шести годам колонии. "
VERDICT_F = "Суд приговорил учительницу Марину Лесную к четырём годам колонии. "


def _ru(run, text: str) -> Extraction:
    return run("Новости\n\n" + text, "ru")


# -- custody since a time: a numbered or described SIZO, the place fronted ----------------------


@pytest.mark.parametrize(
    "text, name",
    [
        (VERDICT + "С тех пор он содержится в СИЗО-8 Жодино.", OLEG),
        (VERDICT + "Кравцов с февраля 2024 года находится в следственном изоляторе.", OLEG),
        (VERDICT + "В СИЗО Кравцов находится с осени.", OLEG),
        (VERDICT_F + "В следственном изоляторе учительница содержалась с мая.", MARINA),
        (VERDICT_F + "Лесная, которая с января содержится в СИЗО-1, вину не признала.", MARINA),
    ],
)
def test_custody_since_a_time_is_the_detention(run, text, name):
    assert ("arrest", name) in events(_ru(run, text))


@pytest.mark.parametrize(
    "text",
    [
        VERDICT + "Правозащитники требуют освободить Кравцова, который находится в следственном изоляторе.",
        VERDICT + "Кравцов по-прежнему находится в колонии под Витебском.",
        VERDICT + "Кравцов может оказаться в следственном изоляторе снова.",
    ],
)
def test_a_place_of_custody_with_no_start_is_no_new_detention(run, text):
    assert ("arrest", OLEG) not in events(_ru(run, text))


def test_custody_since_a_time_gives_no_count(run):
    result = _ru(
        run,
        "Трёх студентов задержали в мае. С тех пор все трое находятся в следственном изоляторе.",
    )
    assert sum(1 for e in result.events if e.type == "arrest" and e.count == 3) <= 1


# -- a term served to its end --------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, name",
    [
        (VERDICT_F + "Лесная отбыла все четыре года и уехала к сыну.", MARINA),
        (VERDICT + "Кравцова, отбывшего шесть лет, у ворот колонии встречали друзья.", OLEG),
        (VERDICT + "Кравцов, отсидев назначенные ему шесть лет, вернулся в Витебск.", OLEG),
        (VERDICT_F + "Учительница отсидела все четыре года и два месяца.", MARINA),
        (VERDICT + "Отбыв наказание, Кравцов переехал в Полоцк.", OLEG),
    ],
)
def test_a_term_served_to_its_end_is_the_release(run, text, name):
    assert ("release", name) in events(_ru(run, text))


@pytest.mark.parametrize(
    "text",
    [
        VERDICT + "Кравцов уже отбыл два года из шести.",
        VERDICT + "Кравцов отбыл почти три года.",
        VERDICT + "Кравцов отбывает шесть лет в колонии под Витебском.",
        VERDICT + "Кравцову осталось отбыть четыре года.",
        VERDICT + "Кравцову предстоит отсидеть шесть лет.",
    ],
)
def test_part_of_a_term_or_a_term_to_come_is_no_release(run, text):
    assert ("release", OLEG) not in events(_ru(run, text))


# -- a pronoun after «вместе с» ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, names",
    [
        (
            VERDICT + "Его брата Павла Кравцова, арестованного вместе с ним, осудили на три года.",
            {OLEG, "Павел Кравцов"},
        ),
        (VERDICT_F + "Её коллегу Инну Ротову задержали вместе с ней в октябре.", {MARINA, "Инна Ротова"}),
        (VERDICT + "Вместе с ним в тот же день освободили Семёна Гура.", {OLEG, "Семён Гур"}),
    ],
)
def test_a_pronoun_after_together_went_through_the_same_event(run, text, names):
    found = events(_ru(run, text))
    assert all(any((kind, name) in found for kind in ("arrest", "release")) for name in names)


@pytest.mark.parametrize(
    "text",
    [
        VERDICT + "Семёна Гура, который учился вместе с ним, задержали в марте.",
        VERDICT + "Семёна Гура задержали в марте; Кравцов жил вместе с ним.",
        VERDICT + "Их задержали вместе с ними у дома.",
    ],
)
def test_together_outside_the_event_lends_it_no_one(run, text):
    assert ("arrest", OLEG) not in events(_ru(run, text))


# -- a man's surname as written ------------------------------------------------------------------


def test_a_mans_surname_written_as_his_nominative_is_the_subject(run):
    result = _ru(
        run,
        "Суд приговорил Рината Гафурова и Лейлу Сабирову к двум годам. "
        "Гафуров и Сабирова содержались под стражей с марта.",
    )
    assert {("arrest", "Ринат Гафуров"), ("arrest", "Лейла Сабирова")} <= events(result)


def test_a_mans_genitive_surname_is_still_no_subject(run):
    result = _ru(run, "Суд приговорил Рината Гафурова к двум годам. Адвокаты Гафурова обжаловали приговор.")
    assert ("arrest", "Ринат Гафуров") not in events(result)


# -- handed over to a security force -------------------------------------------------------------


@pytest.mark.parametrize(
    "text, name",
    [
        (VERDICT + "В аэропорту Минска его передали сотрудникам КГБ.", OLEG),
        (VERDICT + "После депортации из Польши Кравцова передали в руки белорусских спецслужб.", OLEG),
        (VERDICT_F + "Лесная была передана сотрудникам милиции прямо на границе.", MARINA),
        (VERDICT + "Литва выдала Кравцова белорусским силовикам.", OLEG),
    ],
)
def test_handed_to_a_security_force_is_a_detention(run, text, name):
    assert ("arrest", name) in events(_ru(run, text))


@pytest.mark.parametrize(
    "text",
    [
        VERDICT + "Кравцов передал сотрудникам колонии заявление.",
        VERDICT + "Кравцова передали украинской стороне при обмене.",
        VERDICT + "Кравцова передали сотрудникам консульства.",
        VERDICT + "Кравцов передал силовикам пароль от телефона.",
    ],
)
def test_handing_over_a_thing_or_to_a_civil_side_is_no_detention(run, text):
    assert ("arrest", OLEG) not in events(_ru(run, text))


# -- a bare «выйти» beside a verdict or a term ---------------------------------------------------


@pytest.mark.parametrize(
    "text, name",
    [
        ("Олег Кравцов, которого осудили на три года, вышел прошлой осенью.", OLEG),
        ("Марину Котову в 2021 году приговорили к двум годам; она вышла досрочно.", "Марина Котова"),
        ("Олега Кравцова приговорили к трём годам, но апелляция снизила срок, и он уже вышел.", OLEG),
        ("Суд приговорил Олега Кравцова к двум годам, а через год он вышел по амнистии.", OLEG),
    ],
)
def test_a_bare_exit_beside_a_verdict_is_a_release(run, text, name):
    assert ("release", name) in events(_ru(run, text))


@pytest.mark.parametrize(
    "text, name",
    [
        (VERDICT + "После приговора Кравцов вышел к журналистам.", OLEG),
        (VERDICT_F + "Через год после приговора Лесная вышла замуж.", MARINA),
        (VERDICT + "Кравцов вышел покурить, пока судья читала приговор.", OLEG),
        (VERDICT + "Книга Кравцова о колонии вышла весной.", OLEG),
        ("Олег Кравцов вышел в мае.", OLEG),
        (VERDICT + "Кравцов не вышел на связь после приговора.", OLEG),
    ],
)
def test_an_exit_with_its_own_complement_or_no_verdict_is_no_release(run, text, name):
    assert ("release", name) not in events(_ru(run, text))


# -- a role noun and the town its bearer is from before the name of a presupposed event -----------


@pytest.mark.parametrize(
    "text, kind, name",
    [
        (VERDICT_F + "С момента ареста учительницы из Орши Марины Лесной прошёл год.", "arrest", MARINA),
        (VERDICT + "После задержания инженера из Полоцка Олега Кравцова его семья уехала.", "arrest", OLEG),
    ],
)
def test_a_town_between_role_noun_and_name(run, text, kind, name):
    assert (kind, name) in events(_ru(run, text))


def test_a_kin_noun_with_a_town_names_someone_else(run):
    result = _ru(run, VERDICT + "После ареста брата из Минска Семёна Гура Кравцов уехал.")
    assert ("arrest", OLEG) not in events(result)


# -- «один из задержанных, X» ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, kind, name",
    [
        (VERDICT + "Ночью одного из задержанных, 30-летнего Семёна Гура, отпустили.", "arrest", "Семён Гур"),
        (VERDICT + "Один из арестованных, Семён Гур, позже был отпущен.", "arrest", "Семён Гур"),
        (VERDICT_F + "Одна из помилованных, Инна Ротова, уехала в Вильнюс.", "release", "Инна Ротова"),
    ],
)
def test_one_of_a_participle_group_is_its_member(run, text, kind, name):
    assert (kind, name) in events(_ru(run, text))


@pytest.mark.parametrize(
    "text",
    [
        VERDICT + "Адвокат одного из задержанных, Семён Гур, рассказал о пытках.",
        VERDICT + "Один из тех, кто требовал освободить задержанных, Семён Гур, выступил на митинге.",
    ],
)
def test_one_of_a_group_that_is_not_the_name_lends_no_event(run, text):
    found = events(_ru(run, text))
    assert ("arrest", "Семён Гур") not in found and ("release", "Семён Гур") not in found


# -- a pronoun subject the parser hung on an earlier clause's verb --------------------------------


@pytest.mark.parametrize(
    "text, name",
    [
        ("В 2019 году Олега Кравцова приговорили к трём годам, на свободу он вышел в 2022-м.", OLEG),
        ("Марину Котову осудили на три года, но уже через год она вышла на свободу.", "Марина Котова"),
    ],
)
def test_a_pronoun_hung_on_the_verb_before_is_the_subject(run, text, name):
    assert ("release", name) in events(_ru(run, text))


def test_a_pronoun_of_another_gender_is_not_the_subject(run):
    result = _ru(run, "Олега Кравцова приговорили к трём годам, в колонию она приехала на свидание.")
    assert ("release", OLEG) not in events(result)


# -- a release noun of coming out or of a term served, told as a fact -----------------------------


@pytest.mark.parametrize(
    "text, name",
    [
        (VERDICT + "После выхода на свободу Кравцов уехал в Вильнюс.", OLEG),
        (VERDICT_F + "С момента выхода из колонии Марина Лесная живёт у сестры.", MARINA),
        (VERDICT + "Сразу после его выхода на свободу Кравцов дал интервью.", OLEG),
        (VERDICT + "После полного отбытия наказания Кравцов переехал в Полоцк.", OLEG),
    ],
)
def test_coming_out_told_as_a_noun_is_a_release(run, text, name):
    assert ("release", name) in events(_ru(run, text))


@pytest.mark.parametrize(
    "text",
    [
        VERDICT + "После выхода книги Кравцов получил много писем.",
        VERDICT + "После выхода из партии Кравцов ушёл из политики.",
        VERDICT + "Во время отбывания наказания Кравцов заболел.",
        VERDICT + "До выхода на свободу Кравцову осталось два года.",
    ],
)
def test_coming_out_of_no_custody_or_not_yet_is_no_release(run, text):
    assert ("release", OLEG) not in events(_ru(run, text))
