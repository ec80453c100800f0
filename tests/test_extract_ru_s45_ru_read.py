"""Russian events and terms by construction (session 45, from syn35-ru-b), in wording written for
these tests: a numeral in digits followed by one in words is two numbers (a colony's number, then
the term); a name in the nominative after the title of a judge or prosecutor is who acts, never the
verdict's patient; a hyphen typed with a space on each side in Cyrillic text is a dash (agency copy),
so a term a lead names between such dashes is the verb's whole term; a bare role noun far from its
person is the one person the article named with that role word, a complement of what («учитель
истории X») between the role and the name.
Traps: «2 тысячи» is one number; a judge named in an oblique case; a hyphen in Latin text or
between digits; two persons named with the same role word; a role noun in a sentence that names
someone."""

from __future__ import annotations

import pytest

from tests.test_extract_ru import counts, events, terms
from vigil.model import Extraction


def _ru(run, text: str) -> Extraction:
    return run("Новости\n\n" + text, "ru")


# -- digits, then words: two numbers ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "term"),
    [
        (
            "Стало известно о смерти политзаключённого Павла Гринько. 58-летний инженер отбывал в "
            "исправительной колонии № 15 шесть лет за комментарии в интернете.",
            72,
        ),
        (
            "Суд приговорил блогера Олега Ветрова к 3 годам колонии за посты о войне.",
            36,
        ),
    ],
)
def test_a_number_in_digits_then_one_in_words_is_two_numbers(run, text, term):
    result = _ru(run, text)
    assert terms(result) == {next(iter(terms(result))): term}


def test_digits_before_thousands_stay_one_number(run):
    result = _ru(run, "Суд оштрафовал активиста Игоря Мельника на 2 тысячи рублей.")
    assert not terms(result)


# -- a judge or prosecutor named in the nominative acts ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Суд приговорил Сергея Лаптева к шести годам колонии. По словам адвоката, приговор оглашала "
        "судья Ирина Лосева, заседание продолжалось около получаса.",
        "Суд приговорил Сергея Лаптева к шести годам колонии. Приговор зачитывал судья Олег Гранин.",
    ],
)
def test_a_judge_named_after_the_title_is_no_patient(run, text):
    result = _ru(run, text)
    assert ("sentence", "Сергей Лаптев") in events(result)
    assert not any(name != "Сергей Лаптев" for kind, name in events(result) if kind == "sentence")


def test_a_judge_named_in_an_oblique_case_may_be_the_patient(run):
    result = _ru(run, "В Кирове задержали бывшего судью Олега Гранина после его поста в поддержку протестов.")
    assert ("arrest", "Олег Гранин") in events(result)


# -- a hyphen typed with spaces as a dash, in a lead that names the term -------------------------


def test_a_term_named_between_typed_dashes_is_the_whole_term(run):
    result = _ru(
        run,
        "Южный окружной военный суд вынес приговор трём жителям Херсона. Самое строгое наказание - 12 лет "
        "лишения свободы с отбыванием первых трёх лет в тюрьме - получил 31-летний Денис Лысенко.",
    )
    assert terms(result).get("Денис Лысенко") == 144
    assert ("sentence", 3) in counts(result)


# -- a bare role noun far from the name it was given with -------------------------------------------


_TEACHER = (
    "Ольга Белова каждую неделю отправляет мужу посылки. Её муж, 41-летний учитель физики Антон "
    "Белов, работал в школе пятнадцать лет. Весной на уроке зашёл разговор о войне. Через неделю "
    "запись урока попала в полицию. Дело рассматривали почти год. На заседания приходили бывшие "
    "ученики и соседи. Директор школы Анна Кравцова дала показания обвинению. {verdict}"
)


def test_a_role_noun_far_from_its_one_person_is_that_person(run):
    result = _ru(run, _TEACHER.format(verdict="В марте суд назначил учителю четыре года колонии."))
    assert ("sentence", "Антон Белов") in events(result)
    assert terms(result).get("Антон Белов") == 48


def test_a_role_word_given_to_two_persons_points_to_neither(run):
    text = _TEACHER.replace(
        "отправляет мужу посылки.",
        "отправляет мужу посылки, их собирает его коллега, учитель физики Пётр Зуев.",
    )
    result = _ru(run, text.format(verdict="В марте суд назначил учителю четыре года колонии."))
    assert not any(kind == "sentence" for kind, _ in events(result))


def test_a_role_noun_beside_a_name_is_that_name(run):
    result = _ru(
        run,
        _TEACHER.format(verdict="В марте суд назначил учителю истории Игорю Носову четыре года колонии."),
    )
    assert ("sentence", "Антон Белов") not in events(result)
    assert ("sentence", "Игорь Носов") in events(result)


# -- «нет» heading a clause of its own is no negation of the verdict ------------------------------


def test_there_being_no_letters_does_not_negate_the_verdict(run):
    result = _ru(
        run,
        "Об этом сообщила жена Игоря Носова. Носова в 2022 году приговорили к 11 годам колонии усиленного "
        "режима, с весны от него нет писем.",
    )
    assert terms(result).get("Игорь Носов") == 132


def test_a_negated_verb_stays_negated(run):
    result = _ru(
        run, "Об этом сообщила жена Игоря Носова. Носова так и не освободили, с весны от него нет писем."
    )
    assert ("release", "Игорь Носов") not in events(result)


def test_no_confirmation_of_the_event_takes_it_back(run):
    result = _ru(
        run,
        "Ещё один житель Урус-Мартана, 24-летний Мансур Исраилов, пропал в октябре. Родственники "
        "предполагают, что его забрали сотрудники того же полка, но подтверждений этому нет.",
    )
    assert ("arrest", "Мансур Исраилов") not in events(result)


# -- a town's adjective before the level of a court is no person -----------------------------------


def test_a_town_adjective_before_a_court_level_is_no_person(run):
    result = _ru(
        run,
        "Андрей Черных опубликовал первый пост после освобождения. Год назад Слуцкий районный суд "
        "отправил его в колонию на шесть лет.",
    )
    assert {p.name for p in result.persons} == {"Андрей Черных"}
    assert terms(result) == {"Андрей Черных": 72}


def test_a_named_person_of_that_surname_stays(run):
    result = _ru(
        run, "Журналиста Игоря Слуцкого задержали в Минске. Слуцкий районный суд арестовал его на 15 суток."
    )
    assert ("arrest", "Игорь Слуцкий") in events(result)


# -- a bare role noun past sentences that name nobody, in its paragraph ----------------------------

_POST = (
    "Андрей Черных опубликовал первый пост: «Два часа назад я стоял у шлагбаума. Пять лет я засыпал с "
    "мыслью о доме. Я вернусь, обещаю».{gap}Напомним, журналиста районной газеты задержали в августе "
    "2020 года."
)


def test_a_role_noun_past_his_own_words_is_the_one_named_before(run):
    result = _ru(run, _POST.format(gap=" "))
    assert ("arrest", "Андрей Черных") in events(result)


def test_a_role_noun_in_the_next_paragraph_is_nobody(run):
    result = _ru(run, _POST.format(gap="\n\n"))
    assert not any(kind == "arrest" for kind, _ in events(result))


def test_a_role_noun_after_two_men_is_nobody(run):
    result = _ru(
        run,
        _POST.replace("Андрей Черных опубликовал", "Андрей Черных и Павел Гусев опубликовали").format(
            gap=" "
        ),
    )
    assert not any(kind == "arrest" for kind, _ in events(result))


# -- «имя одной из задержанных — это X»: a member of the group counted before ----------------------


@pytest.mark.parametrize(
    "lead",
    ["Известно имя одной из задержанных", "Стало известно имя одной из задержанных", "Имя одной из них"],
)
def test_the_name_of_one_of_the_group_is_a_member(run, lead):
    result = _ru(
        run, f"В Бресте за неделю задержаны шесть человек. {lead} — это 40-летняя учительница Ольга Пашкевич."
    )
    assert ("arrest", "Ольга Пашкевич") in events(result)
    assert ("arrest", 6) in counts(result)


def test_a_name_told_apart_from_one_of_the_group_is_no_member(run):
    result = _ru(
        run,
        "В Бресте за неделю задержаны шесть человек. Имя одной из задержанных не называется, а Ольга "
        "Пашкевич, по словам соседей, уехала.",
    )
    assert ("arrest", "Ольга Пашкевич") not in events(result)


# -- «N из освобождённых»: the participle names the whole, the number counts the verb's event -----


def test_a_part_of_the_freed_counts_the_verbs_event_only(run):
    result = _ru(
        run,
        "Официально помилованы 16 человек. Девятерых из освобождённых вывезли к литовской границе и "
        "выдворили из страны.",
    )
    assert ("release", 16) in counts(result)
    assert ("deportation", 9) in counts(result)
    assert ("release", 9) not in counts(result)


def test_a_counted_participle_of_its_own_keeps_its_count(run):
    result = _ru(run, "В Минске освобождены девять политзаключённых, осуждённых за протесты.")
    assert ("release", 9) in counts(result)
