"""A sentence that opens with what it reports («Об аресте X стало известно», «Пра вызваленне X
паведамілі …») states the event as a fact; a demand in the same shape does not. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from tests.test_extract_ru import events


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Об аресте блогера Тимура Ахмедова стало известно в среду.", "ru", ("arrest", "Тимур Ахмедов")),
        ("О задержании Тимура Ахмедова написал его брат.", "ru", ("arrest", "Тимур Ахмедов")),
        ("Об освобождении Светланы Гриб сообщила правозащитная группа.", "ru", ("release", "Светлана Гриб")),
        ("Пра затрыманне Цімура Ахмедава стала вядома ў сераду.", "be", ("arrest", "Цімур Ахмедаў")),
        ("Пра вызваленне Святланы Грыб паведаміў яе адвакат.", "be", ("release", "Святлана Грыб")),
    ],
)
def test_a_reported_noun_with_a_name_is_an_event(run, text, language, expected):
    assert expected in events(run(text, language))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Об освобождении Светланы Гриб просят её дети.", "ru"),
        ("Об освобождении Светланы Гриб говорят как о возможном шаге.", "ru"),
        ("О задержании Тимура Ахмедова не сообщалось.", "ru"),
        ("Пра вызваленне Святланы Грыб просяць яе дзеці.", "be"),
        ("Родные Светланы Гриб сообщили о её переводе в другую колонию.", "ru"),
    ],
)
def test_a_demand_a_possibility_or_a_denial_is_no_event(run, text, language):
    assert not events(run(text, language))
