"""Nouns of detention, release and verdict with a named patient and no count or term («Арест X
вызвал протесты», «Прысуд X агучылі»), and Belarusian words whose first у is written ў.
Sentences written for these tests, each family with its precision traps. The Russian nouns
are traps only: the rule that read them from the parse was left out (see docs/extract-ru-be.md)."""

from __future__ import annotations

import pytest

from tests.test_extract_ru import events


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Арышт Івана Пятрова выклікаў пратэсты.", "be", ("arrest", "Іван Пятроў")),
        ("Прысуд Івану Пятрову агучылі ў пятніцу.", "be", ("sentence", "Іван Пятроў")),
        ("Івана Пятрова ўзялі пад варту проста ў зале суда.", "be", ("arrest", "Іван Пятроў")),
    ],
)
def test_a_belarusian_noun_opening_a_sentence_with_a_named_patient_is_an_event(run, text, language, expected):
    assert expected in events(run(text, language))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Правозащитники потребовали освобождения Анны Смирновой.", "ru"),
        ("Суд выдал ордер на арест Ивана Петрова.", "ru"),
        ("Следствие направило ходатайство об аресте Ивана Петрова.", "ru"),
        ("Над Иваном Петровым нависла угроза ареста.", "ru"),
        ("Иван Петров избежал ареста.", "ru"),
        ("Стороны обсудили освобождение Анны Смирновой.", "ru"),
        ("Приговор Ивану Петрову огласят 5 мая.", "ru"),
        ("Верховный суд отменил приговор Ивану Петрову.", "ru"),
        ("Оправдательный приговор Ивану Петрову вызвал протесты.", "ru"),
        ("Вызваленне Ганны Смірновай абмяркоўвалі на сустрэчы.", "be"),
        ("Праваабаронцы патрабуюць вызвалення Ганны Смірновай.", "be"),
        ("Суд выдаў ордэр на арышт Івана Пятрова.", "be"),
    ],
)
def test_a_noun_that_states_no_fact_is_no_event(run, text, language):
    result = run(text, language)
    assert result.persons  # the name is read, it only has no event
    assert not events(result)
