"""Russian events, counts and terms by construction (session 42), in wording written for these
tests: a term served with the perfective «отсидеть» is a verdict's term; «под стражу» fronted
with the patient between it and the verb; «все N» after a counted group whose N people were
named since; an origin noun and its town are no part of a name; a participle set off by a comma
describes the noun it agrees with, and an arrest participle on a verdict's counted group is
counted; a counted gapped remainder («ещё трое — по два года») is a group of its own with its
term; verbless verdict lines («X-у — 5 лет колонии») after a verdict told up to three sentences
before; a term named first («Самое суровое наказание — 19 лет — назначено X»).
Traps: custody before trial, days of administrative arrest, a part of a term, an age after a
dash, a fine after a dash, a remainder of another event, a demanded term, a verb of pardon on a
group described by a verdict participle."""

from __future__ import annotations

import pytest

from tests.test_extract_ru import counts, events, terms
from vigil.model import Extraction


def _ru(run, text: str) -> Extraction:
    return run("Новости\n\n" + text, "ru")


def _count_terms(result: Extraction) -> set[tuple[str, int, int | None]]:
    return {(e.type, e.count, e.term_months) for e in result.events if e.count is not None}


# -- a term served: «отсидеть» ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "who", "months"),
    [
        (
            "Правозащитник Тимур Алиев вышел на свободу в 2021 году, отсидев пять лет по делу о митинге.",
            "Тимур Алиев",
            60,
        ),
        (
            "Фермера Степана Гуляева, отсидевшего три года в колонии, выслали в Казахстан.",
            "Степан Гуляев",
            36,
        ),
        (
            "Блогер Кирилл Марков отсидел шесть лет в мордовской колонии и вернулся в Самару.",
            "Кирилл Марков",
            72,
        ),
        ("Журналистка Вера Соколова, отсидевшая два с половиной года, уехала в Ригу.", "Вера Соколова", 30),
    ],
)
def test_a_term_served_with_otsidet_is_the_verdicts_term(run, text, who, months):
    result = _ru(run, text)
    assert ("sentence", who) in events(result)
    assert terms(result).get(who) == months


@pytest.mark.parametrize(
    "text",
    [
        "Блогер Кирилл Марков отсидел в СИЗО восемь месяцев и был отпущен под залог.",
        "Активист Кирилл Марков отсидел 15 суток в спецприёмнике за пикет.",
        "Блогеру Кириллу Маркову придётся отсидеть шесть лет, если суд согласится с прокурором.",
    ],
)
def test_custody_before_trial_days_or_a_condition_give_no_term(run, text):
    result = _ru(run, text)
    assert ("sentence", "Кирилл Марков") not in events(result)


# -- «под стражу» fronted, the patient between ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Под стражу Олега Миронова взяли в ноябре прошлого года.", "Олег Миронов"),
        ("Под стражу журналистку Ирину Белову отправили прямо из редакции.", "Ирина Белова"),
        ("Под стражу главного редактора Олега Миронова поместили в тот же вечер.", "Олег Миронов"),
    ],
)
def test_custody_fronted_with_the_patient_between(run, text, who):
    assert ("arrest", who) in events(_ru(run, text))


def test_custody_fronted_with_a_counted_group_between(run):
    result = _ru(run, "Под стражу всех семерых взяли в марте.")
    assert ("arrest", 7) in counts(result)


def test_custody_fronted_but_negated_is_no_arrest(run):
    result = _ru(run, "Олега Миронова допросили. Под стражу его так и не взяли.")
    assert ("arrest", "Олег Миронов") not in events(result)


# -- «все N» after the N people named since the group was counted -------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Суд вынес приговор трём жителям Твери. В зал их заводят по одному: 30-летний Олег Миронов, "
        "Павел Гуров и Илья Носов. Поджог случился в мае. Через неделю всех троих задержали.",
        "Трём студентам из Орла огласили приговор. Подсудимые — Олег Миронов, Павел Гуров и Илья "
        "Носов. Всех троих арестовали ещё весной.",
        "Суд приговорил троих аспирантов. Олегу Миронову дали пять лет, Павлу Гурову — четыре года, "
        "Илье Носову — три. Под стражу всех троих взяли в ноябре.",
    ],
)
def test_all_n_are_the_people_named_since_the_group(run, text):
    found = events(_ru(run, text))
    assert {("arrest", "Олег Миронов"), ("arrest", "Павел Гуров"), ("arrest", "Илья Носов")} <= found


def test_all_n_with_another_number_named_takes_nobody(run):
    text = (
        "Суд вынес приговор трём жителям Твери. Их защищали адвокаты Олег Миронов и Павел Гуров. "
        "Через неделю всех троих задержали."
    )
    found = events(_ru(run, text))
    assert ("arrest", "Олег Миронов") not in found
    assert ("arrest", "Павел Гуров") not in found


# -- an origin noun and its town are no part of the name -----------------------------------------


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Уроженца Пологов Сергея Бондаря выдворили в Грузию.", "Сергей Бондарь"),
        ("Уроженку Гомеля Анну Соколову задержали в Минске.", "Анна Соколова"),
        ("Жителя Бреста Олега Ракова приговорили к трём годам.", "Олег Раков"),
    ],
)
def test_origin_noun_and_town_are_not_a_person(run, text, who):
    result = _ru(run, text)
    assert {p.name for p in result.persons} == {who}


# -- a participle describes the noun it agrees with; an arrest participle on a verdict's group --


@pytest.mark.parametrize(
    "text",
    [
        "Суд огласил приговор пятерым участникам протестов на проспекте Руставели, задержанным в декабре.",
        "Суд вынес приговор пятерым активистам, задержанным в декабре.",
        "Суд приговорил пятерых студентов, арестованных весной, к срокам от двух до четырёх лет.",
        "Приговоры получили пятеро рабочих завода, задержанных после забастовки.",
    ],
)
def test_arrest_participle_on_a_verdicts_counted_group_is_counted(run, text):
    found = counts(_ru(run, text))
    assert ("sentence", 5) in found
    assert ("arrest", 5) in found


def test_verdict_participle_on_a_pardoned_group_is_not_counted(run):
    found = counts(_ru(run, "Президент помиловал 16 человек, осуждённых по «экстремистским» статьям."))
    assert ("release", 16) in found
    assert ("sentence", 16) not in found


# -- a counted gapped remainder ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "named", "named_term", "group"),
    [
        (
            "Студент Гия Беридзе и фотограф Нана Кварацхелия получили по пять лет, "
            "ещё четверо — по три года.",
            ["Гия Беридзе", "Нана Кварацхелия"],
            60,
            (4, 36),
        ),
        (
            "Олега Миронова приговорили к 9 годам, а двоих его товарищей — к 7 годам.",
            ["Олег Миронов"],
            108,
            (2, 84),
        ),
        (
            "Суд приговорил Анну Белову к шести годам, а троих её коллег — к четырём годам колонии.",
            ["Анна Белова"],
            72,
            (3, 48),
        ),
        ("Илья Носов получил восемь лет, двое других — по два года условно.", ["Илья Носов"], 96, (2, 24)),
    ],
)
def test_counted_gapped_remainder_is_a_group_of_its_own(run, text, named, named_term, group):
    result = _ru(run, text)
    for who in named:
        assert terms(result).get(who) == named_term
    assert ("sentence", group[0], group[1]) in _count_terms(result)
    assert ("sentence", group[0], named_term) not in _count_terms(result)


def test_named_pair_after_a_counted_noun_gets_the_count(run):
    text = (
        "Инженер Олег Миронов приговорён к 10 годам, а двое самых молодых подсудимых, 23-летние "
        "Павел Гуров и Илья Носов, — к 8 годам каждый."
    )
    result = _ru(run, text)
    assert terms(result).get("Олег Миронов") == 120
    assert terms(result).get("Илья Носов") == 96
    assert ("sentence", 2, 96) in _count_terms(result)
    assert ("sentence", 2, 120) not in _count_terms(result)


@pytest.mark.parametrize(
    "text",
    [
        "Олег Миронов получил пять лет, ещё двое — штрафы.",
        "Суд арестовал Олега Миронова, ещё двое — под домашним арестом.",
    ],
)
def test_a_remainder_with_no_term_or_of_another_event_adds_no_verdict(run, text):
    found = _count_terms(_ru(run, text))
    assert not any(t == "sentence" for t, _, _ in found)


# -- verbless verdict lines after a verdict told before ------------------------------------------


def test_verbless_lines_after_a_heading_verdict(run):
    text = (
        "Троих гомельчан осудили за донаты\n"
        "Гомельский областной суд рассмотрел дело о финансировании. Олегу Миронову — 6 лет колонии, "
        "его жене Анне Мироновой — 2 года «химии», Павлу Гурову и Илье Носову — по 3 года усиленного режима."
    )
    found = terms(_ru(run, text))
    assert found.get("Олег Миронов") == 72
    assert found.get("Анна Миронова") == 24
    assert found.get("Павел Гуров") == 36
    assert found.get("Илья Носов") == 36


def test_verbless_lines_after_a_patientless_verdict(run):
    found = terms(_ru(run, "Суд огласил приговор. Олегу Миронову — 7 лет колонии, Павлу Гурову — 4 года."))
    assert found.get("Олег Миронов") == 84
    assert found.get("Павел Гуров") == 48


@pytest.mark.parametrize(
    "text",
    [
        "Суд рассмотрел дело о поджоге. Олегу Миронову — 30 лет, он учитель.",
        "Суд огласил приговор. Олегу Миронову — 30 лет, он учитель.",
        "Олега Миронова задержали в мае. Павлу Гурову — 6 лет колонии, так считает прокурор.",
    ],
)
def test_an_age_or_no_verdict_before_gives_no_line_term(run, text):
    assert "Олег Миронов" not in terms(_ru(run, text))


# -- a term named first -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "who", "months"),
    [
        ("Самое суровое наказание — 19 лет колонии — назначено имаму Рашиду Галееву.", "Рашид Галеев", 228),
        (
            "Самое суровое наказание — 17 лет, из которых три года он проведёт в тюрьме, — назначено "
            "50-летнему Рашиду Галееву.",
            "Рашид Галеев",
            204,
        ),
        ("Наибольший срок — восемь лет колонии — получила журналистка Дина Орлова.", "Дина Орлова", 96),
        ("Самый мягкий приговор — два года условно — вынесен студенту Илье Носову.", "Илья Носов", 24),
    ],
)
def test_a_term_named_first_is_the_verbs_term(run, text, who, months):
    assert terms(_ru(run, text)).get(who) == months


def test_a_threatened_term_named_first_is_no_verdict(run):
    result = _ru(run, "Срок — до пяти лет — грозит Илье Носову.")
    assert ("sentence", "Илья Носов") not in events(result)


# -- the named part beside «ещё N» makes up the group counted before ----------------------------


def test_named_part_and_more_are_the_counted_group(run):
    text = (
        "Суд огласил приговор шестерым активистам из Казани, задержанным в марте. Олег Миронов и Павел "
        "Гуров получили по пять лет, ещё четверо — по три года."
    )
    found = events(_ru(run, text))
    assert {("arrest", "Олег Миронов"), ("arrest", "Павел Гуров")} <= found
    assert ("sentence", 4, 36) in _count_terms(_ru(run, text))


def test_named_part_that_does_not_add_up_is_no_member(run):
    text = (
        "Суд огласил приговор шестерым активистам из Казани, задержанным в марте. Олег Миронов получил "
        "пять лет, ещё трое — по три года."
    )
    assert ("arrest", "Олег Миронов") not in events(_ru(run, text))


# -- custody extended ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Суд ещё на два месяца продлил содержание под стражей поэта Артёма Гусева.", "Артём Гусев"),
        ("Районный суд продлил арест журналистке Дарье Лисицыной до 5 марта.", "Дарья Лисицына"),
        ("Суд продлил домашний арест активисту Марату Юсупову.", "Марат Юсупов"),
        ("Суд продлил арест Артёма Гусева до весны.", "Артём Гусев"),
    ],
)
def test_custody_extended_is_an_arrest(run, text, who):
    assert ("arrest", who) in events(_ru(run, text))


@pytest.mark.parametrize(
    "text",
    [
        "Суд отказался продлить арест Артёму Гусеву.",
        "Следователи продлили срок следствия по делу Артёма Гусева.",
        "Прокуратура просит продлить арест Артёму Гусеву.",
    ],
)
def test_custody_extension_refused_asked_or_of_the_inquiry_is_none(run, text):
    assert ("arrest", "Артём Гусев") not in events(_ru(run, text))


# -- «вместе с ним» beside «ещё N» ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "Активист Руслан Тамбиев вышел на пикет в 2015 году. Вместе с ним тогда задержали ещё четверых "
            "участников.",
            "Руслан Тамбиев",
        ),
        (
            "Журналистку Дину Орлову остановили у редакции. Вместе с ней полиция задержала ещё двоих коллег.",
            "Дина Орлова",
        ),
    ],
)
def test_companion_beside_more_counted_is_arrested_too(run, text, who):
    assert ("arrest", who) in events(_ru(run, text))


def test_companion_of_a_verdict_is_not_sentenced(run):
    text = "Журналистку Дину Орлову задержали у редакции. Вместе с ней суд осудил ещё двоих коллег."
    assert ("sentence", "Дина Орлова") not in events(_ru(run, text))
