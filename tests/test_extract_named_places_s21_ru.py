"""Russian family of session 21: a name after a street word («на улице Карла Маркса», «на
проспекте Максима Горького», «ул. Энгельса») is what the street is named after, not a person
held there (like «колония имени Дзержинского»). A name that opens the next sentence after
«улице.» is a person. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.test_extract_ru import events


@pytest.mark.parametrize(
    "text",
    [
        "Задержанных отвезли в ИВС на улице Фридриха Энгельса.",
        "Всех доставили в отдел полиции на проспекте Максима Горького.",
        "Задержанного отвезли в ИВС на улице Льва Толстого.",
        "Задержанных отвезли в ИВС на ул. Фридриха Энгельса.",
    ],
)
def test_a_street_namesake_is_not_detained(run, text):
    assert events(run(text, "ru")) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Полицейские задержали Олеся Кравчука на улице Ленина.", {("arrest", "Олесь Кравчук")}),
        ("Полицейские задержали Олеся Кравчука на проспекте Мира.", {("arrest", "Олесь Кравчук")}),
        # a sentence ending in a street word, then a name
        (
            "Двое соседей жили на той же улице. Тимур Асанов в итоге получил 12 лет.",
            {("sentence", "Тимур Асанов")},
        ),
    ],
)
def test_the_detained_beside_a_street_keep_their_event(run, text, expected):
    assert events(run(text, "ru")) == expected
