"""Russian events missed on the read sets (session 61, helper rurecall2), in wordings written for
these tests:

* a prisoner who would not cross the border, or was freed for a moment, «увезли обратно» (taken
  back) is taken into custody again: an arrest of the named person or of the pronoun that means
  them. Traps: taken back home or to a hospital, by the family; a pronoun whose sentence first
  tells an unnamed man («был мужчина, который …, и его увезли обратно») is that man, not the
  last person named.
"""

from __future__ import annotations

from tests.test_extract_ru import events


def test_a_named_refuser_taken_back_is_arrested(run):
    text = (
        "Политзаключённый Антон Варакса отказался выходить из автобуса на границе. "
        "Вараксу увезли обратно в колонию."
    )
    assert ("arrest", "Антон Варакса") in events(run(text, "ru"))


def test_a_pronoun_taken_back_after_a_second_verb_is_arrested(run):
    text = (
        "Журналист Пётр Зеленко не захотел уезжать из страны. "
        "Его пересадили в другую машину и увезли обратно."
    )
    assert ("arrest", "Пётр Зеленко") in events(run(text, "ru"))


def test_taken_back_home_is_no_arrest(run):
    text = "Ольга Петренко провела у следователя весь день. Вечером её отвезли обратно домой."
    assert ("arrest", "Ольга Петренко") not in events(run(text, "ru"))


def test_taken_back_by_the_family_is_no_arrest(run):
    text = "Игоря Семашко выписали из больницы, и родственники забрали его обратно в деревню."
    assert ("arrest", "Игорь Семашко") not in events(run(text, "ru"))


def test_a_pronoun_after_an_unnamed_man_is_not_the_last_name(run):
    text = (
        "Указ о помиловании подписал Александр Лукашенко. "
        "В соседнем автобусе ехал мужчина, который отказался уезжать, и его увезли обратно."
    )
    assert ("arrest", "Александр Лукашенко") not in events(run(text, "ru"))
