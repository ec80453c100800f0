"""Russian family of session 22: a group told with its count, then its names in the next
sentence after the word for names — «известны имена троих из них: A, B и C», «стали
известны их имена: A, B и C», «Их фамилии: …». The names are the group's members (the
Belarusian «імёны дваіх з іх» already were); the list ends at a verb, so the source after it
is no member. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.test_extract_ru import events

THREE = {"Олег Сурин", "Анна Мезенцева", "Пётр Гусаков"}


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "В Твери полицейские задержали троих участников пикета. Вечером стали известны их имена: "
            "Олег Сурин, Анна Мезенцева и Пётр Гусаков.",
            "arrest",
        ),
        (
            "В Гомеле Лукашенко помиловал 12 человек. Правозащитникам известны имена троих из них: "
            "Олег Сурин, Анна Мезенцева и Пётр Гусаков.",
            "release",
        ),
        (
            "В Твери задержали пятерых активистов. Имена троих из них — Олег Сурин, Анна Мезенцева "
            "и Пётр Гусаков.",
            "arrest",
        ),
        (
            "В Твери задержали троих активистов. Их имена: Олег Сурин, Анна Мезенцева и Пётр Гусаков, "
            "сообщил адвокат Глеб Ставров.",
            "arrest",
        ),
    ],
)
def test_names_given_after_the_group_are_its_members(run, text, label):
    assert events(run(text, "ru")) == {(label, name) for name in THREE}


@pytest.mark.parametrize(
    "text",
    [
        "Правозащитники требуют освободить пятерых активистов. Их имена: Олег Сурин, Анна "
        "Мезенцева и Пётр Гусаков.",
        "Пятерым активистам грозит арест. Имена троих из них: Олег Сурин, Анна Мезенцева и Пётр Гусаков.",
    ],
)
def test_names_of_a_group_with_no_event_give_nothing(run, text):
    assert events(run(text, "ru")) == set()
