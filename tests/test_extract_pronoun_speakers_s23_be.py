"""Belarusian quote family of session 23: a pronoun speaker («— кажа ён») is the person of its
gender named in the nominative in its sentence or the one before, not one named there only in
an oblique case («Юрыст X, які абараняў Y-а, …»: Y is an object). With no one named in the
nominative the last person of the gender still speaks. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.test_extract_ru import quotes

ARREST = "Праграміста Паўла Шымчыка затрымалі ў Гомелі ў 2022 годзе.\n\n"


@pytest.mark.parametrize(
    "paragraph",
    [
        "Юрыст Антон Лагун, які абараняў Шымчыка ў судзе, памятае той працэс. "
        "«Доказаў там не было ніякіх, — кажа ён. — Але суд гэта не спыніла».",
        "Пра суд над Шымчыкам Антон Лагун распавядае спакойна. «Доказаў там не было ніякіх», — кажа ён.",
        "Антон Лагун наведваў Шымчыка ў СІЗА кожны тыдзень. «Доказаў там не было ніякіх», — успамінае ён.",
    ],
)
def test_the_nominative_name_speaks_not_the_object(be, paragraph):
    assert quotes(be(ARREST + paragraph)) == {("Антон Лагун", "Доказаў там не")}


def test_an_object_alone_is_still_the_speaker(be):
    text = ARREST + "Суд вызваліў Шымчыка ў 2024 годзе. «Я нікому не здаўся», — кажа ён."
    assert quotes(be(text)) == {("Павел Шымчык", "Я нікому не")}


def test_a_woman_named_in_the_nominative_does_not_take_his_words(be):
    text = ARREST + "Юрыстка Ала Ліпская абараняла Шымчыка ў судзе. «Я нікому не здаўся», — кажа ён."
    assert quotes(be(text)) == {("Павел Шымчык", "Я нікому не")}
