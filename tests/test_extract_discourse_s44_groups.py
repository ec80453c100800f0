"""Group membership told across paragraphs (session 44, helper groups), in wordings written for
these tests, English, Russian and Belarusian:

* a lead that says how many of a counted group were identified ("Rights groups identified three of
  those freed.", «Удалося ўсталяваць тры прозвішчы.», «Правозащитникам удалось установить три
  фамилии.») introduces the profiles that follow it, each opened by a name; their people are
  members of the group, never more than the lead counts.

Each with traps: a lead of those still held, a run of profiles longer than the count, a lead that
follows no counted event, a profile of someone told before.
"""

from __future__ import annotations

import pytest

from tests.extract_views import event_pairs
from tests.test_extract_ru import events

# -- English: "identified N of those freed" then one profile a sentence ---------------------------

_EN_LEAD = (
    "Azerbaijan pardoned 31 prisoners on Monday, the presidential administration said.\n\n"
    "Local rights defenders have so far identified {n} of those freed. Rauf Mammadov, a 44-year-old "
    "economist from Ganja, was jailed in 2021 for a post about corruption. Leyla Huseynova, a "
    "student of journalism, had spent eight months in pre-trial detention. Tofig Aliyev, a "
    "retired army officer, was arrested at his home in Sumgait last spring.\n\n"
    "Officials gave no reason for the pardon."
)


def test_profiles_after_identified_part_are_members(extract_text):
    pairs = event_pairs(extract_text(_EN_LEAD.format(n="three")))
    assert {("release", n) for n in ("Rauf Mammadov", "Leyla Huseynova", "Tofig Aliyev")} <= pairs


def test_profile_run_longer_than_the_count_is_not_taken(extract_text):
    # only two were identified, three profiles follow: one of them is someone else
    pairs = event_pairs(extract_text(_EN_LEAD.format(n="two")))
    assert not {("release", n) for n in ("Rauf Mammadov", "Leyla Huseynova", "Tofig Aliyev")} & pairs


def test_profile_run_shorter_than_the_count_is_taken(extract_text):
    pairs = event_pairs(extract_text(_EN_LEAD.format(n="five")))
    assert {("release", n) for n in ("Rauf Mammadov", "Leyla Huseynova", "Tofig Aliyev")} <= pairs


def test_profiles_of_those_still_held_are_no_members(extract_text):
    text = (
        "Azerbaijan pardoned 31 prisoners on Monday, the presidential administration said.\n\n"
        "Rights defenders named three of those still in prison. Rauf Mammadov, a 44-year-old "
        "economist, is serving nine years. Leyla Huseynova, a student, was jailed in May."
    )
    pairs = event_pairs(extract_text(text))
    assert ("release", "Rauf Mammadov") not in pairs and ("release", "Leyla Huseynova") not in pairs


def test_profiles_after_identified_them_join_the_event_just_told(extract_text):
    text = (
        "Police detained 14 people outside the court in Almaty on Tuesday.\n\n"
        "Reporters identified four of them. Aigerim Sadykova, a lawyer, was pushed into a van. "
        "Nurlan Beisenov, a blogger, was detained as he filmed the arrests."
    )
    pairs = event_pairs(extract_text(text))
    assert ("arrest", "Aigerim Sadykova") in pairs and ("arrest", "Nurlan Beisenov") in pairs


def test_a_profile_of_someone_told_before_ends_the_run(extract_text):
    text = (
        "Rauf Mammadov spoke to reporters at the gate.\n\n"
        "Azerbaijan pardoned 31 prisoners on Monday, the presidential administration said. "
        "Rights defenders identified two of those freed. Rauf Mammadov, a 44-year-old economist, "
        "is not one of them. Leyla Huseynova, a student, was jailed in May."
    )
    pairs = event_pairs(extract_text(text))
    assert ("release", "Rauf Mammadov") not in pairs


def test_identified_with_no_counted_event_before_is_no_lead(extract_text):
    text = (
        "Investigators identified three of them. Rauf Mammadov, a 44-year-old economist, lives in Ganja. "
        "Leyla Huseynova, a student, studies in Baku."
    )
    assert not extract_text(text).events


# -- Belarusian and Russian: «удалося ўсталяваць N прозвішчаў» then one profile a paragraph --------

_BE_LEAD = (
    "Напярэдадні свята кіраўнік дзяржавы памілаваў 19 асуджаных, паведаміла прэс-служба.\n\n"
    "Праваабаронцам удалося ўсталяваць {n} прозвішчы.\n\n"
    "Сяргей Дубовік, 52 гады, электрык з Ліды. Адбываў тры гады ў Шклоўскай калоніі.\n\n"
    "Ала Пракопчык, 31 год, медсястра з Оршы, жыла ў інтэрнаце. Асуджаная на два гады калоніі.\n\n"
    "Віктар Жук, 60 гадоў, пенсіянер з Пінска. Пра яго тэрмін родныя не кажуць.\n\n"
    "Указ у поўным аб'ёме не апублікаваны."
)

_RU_LEAD = (
    "Накануне праздника президент помиловал 19 осуждённых, сообщила пресс-служба.\n\n"
    "Правозащитникам удалось установить {n} фамилии.\n\n"
    "Сергей Дубовик, 52 года, электрик из Лиды. Отбывал три года в шкловской колонии.\n\n"
    "Алла Прокопчик, 31 год, медсестра из Орши, жила в общежитии. Осуждена на два года колонии.\n\n"
    "Виктор Жук, 60 лет, пенсионер из Пинска. О его сроке родные не говорят.\n\n"
    "Указ полностью не опубликован."
)


@pytest.mark.parametrize(
    ("language", "text", "people"),
    [
        ("be", _BE_LEAD.format(n="тры"), ("Сяргей Дубовік", "Ала Пракопчык", "Віктар Жук")),
        ("ru", _RU_LEAD.format(n="три"), ("Сергей Дубовик", "Алла Прокопчик", "Виктор Жук")),
    ],
)
def test_profile_paragraphs_after_names_lead_are_members(run, language, text, people):
    found = events(run(text, language))
    assert {("release", p) for p in people} <= found


@pytest.mark.parametrize(
    ("language", "text", "people"),
    [
        # two names established, three profiles: the run holds someone else
        ("be", _BE_LEAD.format(n="дзве"), ("Сяргей Дубовік", "Ала Пракопчык", "Віктар Жук")),
        ("ru", _RU_LEAD.format(n="две"), ("Сергей Дубовик", "Алла Прокопчик", "Виктор Жук")),
    ],
)
def test_profile_run_longer_than_its_count_is_not_taken(run, language, text, people):
    found = events(run(text, language))
    assert not {("release", p) for p in people} & found


def test_profiles_of_those_still_held_are_no_members_be(be):
    text = (
        "Кіраўнік дзяржавы памілаваў 19 асуджаных. Але ў калоніях застаюцца больш за тысячу палітвязняў.\n\n"
        "Вядомыя прозвішчы трох з тых, хто застаецца за кратамі.\n\n"
        "Сяргей Дубовік, 52 гады, электрык з Ліды. Адбывае тры гады ў Шклоўскай калоніі.\n\n"
        "Ала Пракопчык, 31 год, медсястра з Оршы. Асуджаная на два гады калоніі.\n\n"
        "Віктар Жук, 60 гадоў, пенсіянер з Пінска."
    )
    found = events(be(text))
    assert not {("release", p) for p in ("Сяргей Дубовік", "Ала Пракопчык", "Віктар Жук")} & found


def test_profiles_with_no_counted_group_before_are_no_members_ru(run):
    text = (
        "Правозащитникам удалось установить три фамилии.\n\n"
        "Сергей Дубовик, 52 года, электрик из Лиды.\n\n"
        "Алла Прокопчик, 31 год, медсестра из Орши.\n\n"
        "Виктор Жук, 60 лет, пенсионер из Пинска."
    )
    assert not run(text, "ru").events


# -- English: "Two of the nine, students A and B, said ...": the part and its names as two subjects -


@pytest.mark.parametrize(
    "part",
    [
        "Two of the nine, university students Juma Mrema and Halima Mushi,",
        "Two of them, students Juma Mrema and Halima Mushi,",
    ],
)
def test_counted_part_named_as_second_subject(extract_text, part):
    text = (
        "Police in Mbeya on Saturday freed nine members of the party's youth wing. The regional "
        "commander, Elias Mwansasu, said they had been told to report weekly.\n\n"
        f"{part} said they had been questioned about the party's funding."
    )
    pairs = event_pairs(extract_text(text))
    assert {("release", "Juma Mrema"), ("release", "Halima Mushi")} <= pairs


def test_counted_part_with_more_names_than_its_count_is_no_membership(extract_text):
    text = (
        "Police in Mbeya on Saturday freed nine members of the party's youth wing.\n\n"
        "Two of them, students Juma Mrema, Halima Mushi and Neema Lema, said they had been questioned."
    )
    pairs = event_pairs(extract_text(text))
    assert not {p for p in pairs if p[1] in ("Juma Mrema", "Halima Mushi", "Neema Lema")}


def test_counted_part_of_a_crowd_is_no_membership(extract_text):
    text = (
        "Police in Mbeya on Saturday freed nine members of the party's youth wing. A crowd of "
        "supporters gathered outside the station.\n\n"
        "Two of them, students Juma Mrema and Halima Mushi, said they had come from Iringa."
    )
    pairs = event_pairs(extract_text(text))
    assert not {p for p in pairs if p[1] in ("Juma Mrema", "Halima Mushi")}
