"""A family named by its plural surname («семьи Карповых», «супруги Карповы») is no person.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.test_extract_ru import events


@pytest.mark.parametrize(
    "text",
    [
        "Для семьи Карповых это уже второй приговор. Отец Ильи, 60-летний Роман Карпов, в 2018 году "
        "был приговорён к 11 годам колонии.",
        "Супруги Карповы давно живут в Риге. Роман Карпов в 2018 году был приговорён к 11 годам колонии.",
    ],
)
def test_a_family_named_by_its_plural_surname_is_no_person(run, text):
    result = run(text, "ru")
    assert {p.name for p in result.persons} == {"Роман Карпов"}
    assert events(result) == {("sentence", "Роман Карпов")}
