"""Custody told as a change of place («оказалась в СИЗО», «апынуўся ў СІЗА») and an exchange's
other side, which is not the group freed. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.test_extract_ru import counts, events


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ("После обыска активистка Дарина Лыкова оказалась в СИЗО.", "ru", "Дарина Лыкова"),
        ("Дарина Лыкова попала в изолятор на следующий день после пикета.", "ru", "Дарина Лыкова"),
        ("Пасля вобшуку актывістка Дарына Лыкава апынулася ў СІЗА.", "be", "Дарына Лыкава"),
    ],
)
def test_landing_in_a_jail_is_an_arrest(run, text, language, name):
    assert events(run(text, language)) == {("arrest", name)}


@pytest.mark.parametrize(
    "text",
    [
        "Дарина Лыкова попала в больницу после пикета.",
        "Дарина Лыкова оказалась в Вильнюсе после освобождения из-под стражи.",
    ],
)
def test_landing_elsewhere_is_no_arrest(run, text):
    assert not [kind for kind, _ in events(run(text, "ru")) if kind == "arrest"]


def test_whom_prisoners_were_traded_for_is_not_their_count(run):
    result = run("В августе Олега Сумина обменяли на трёх граждан Польши.", "ru")
    assert events(result) == {("release", "Олег Сумин")}
    assert not counts(result)


def test_a_counted_group_exchanged_keeps_its_count(run):
    result = run("Пятерых политзаключённых обменяли на трёх граждан Польши.", "ru")
    assert counts(result) == {("release", 5)}
