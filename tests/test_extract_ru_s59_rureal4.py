"""Russian real news (session 59, helper rureal4: rules from the real rights-monitor yardstick
`realnews4-ru`), in wordings written for these tests:

* a third-person pronoun inside a quotation never means the quotation's speaker — who speaks
  of himself says «я», «меня» — not even when the speaker is the one person named as a
  subject before it in the sentence («X, объясняя причину ареста Y, сказал: «… поэтому его
  задержали»»): the pronoun goes to someone named before. Traps: a first-person pronoun in the
  quote stays the speaker's; a pronoun outside any quote still finds the subject before it.
* a verb's personal (not reflexive) object never means the same verb's named subject — that
  would be «себя» — also when the subject stands with the first of two conjoined verbs («X
  попытался … и схватил его за руку»): X grabbed someone else, so X is not arrested. Traps:
  the pronoun object of a verb with no named subject («его задержали») still finds the person
  named before; a passive verb's subject is its patient and stays so; a singular subject the
  parse lends to an impersonal plural verb («X сталкивалась с давлением: её задерживали») does
  not agree with it and is no subject of it.
"""

from __future__ import annotations

from tests.test_extract_ru import events

# -- a pronoun in a quote is not its speaker -------------------------------------------------------


def test_a_pronoun_in_the_quote_is_not_its_speaker(run):
    result = run(
        "Блогера Тимура Галиева задержали в Казани. Мэр города Олег Ранцев, объясняя причину "
        "задержания Галиева, заявил: «Он снял ролик у здания мэрии, поэтому его задержали».",
        "ru",
    )
    assert ("arrest", "Олег Ранцев") not in events(result)
    assert ("arrest", "Тимур Галиев") in events(result)


def test_a_pronoun_in_the_quote_goes_to_the_one_named_before(run):
    result = run(
        "Глава района Пётр Савин, комментируя арест Ильи Сомова, сказал: «Он нарушил закон, поэтому его "
        "арестовали».",
        "ru",
    )
    assert ("arrest", "Пётр Савин") not in events(result)


def test_trap_a_first_person_pronoun_in_the_quote_is_the_speaker(run):
    result = run("Активист Денис Лаптев рассказал: «Меня задержали прямо у подъезда».", "ru")
    assert ("arrest", "Денис Лаптев") in events(result)


def test_trap_a_pronoun_outside_a_quote_finds_the_subject(run):
    result = run("Журналист Артём Климов вернулся в Томск, где его задержали через два дня.", "ru")
    assert ("arrest", "Артём Климов") in events(result)


# -- a pronoun object is not its own verb's subject ------------------------------------------------


def test_a_pronoun_object_is_not_the_verbs_own_subject(run):
    result = run(
        "Во время разгона Глеб Носов не пострадал. Носов пытался остановить полицейского и в какой-то "
        "момент схватил его за руку.",
        "ru",
    )
    assert ("arrest", "Глеб Носов") not in events(result)


def test_the_subject_of_the_first_of_two_verbs_counts(run):
    result = run(
        "Фермер Антон Белов заметил на своем поле чужака. Белов догнал незнакомца и схватил его у забора.",
        "ru",
    )
    assert ("arrest", "Антон Белов") not in events(result)


def test_trap_a_pronoun_object_without_a_named_subject_finds_the_person_before(run):
    result = run("Вечером Глеб Носов вышел из дома. У подъезда полицейские схватили его и увезли.", "ru")
    assert ("arrest", "Глеб Носов") in events(result)


def test_trap_a_passive_subject_is_its_patient(run):
    result = run("Глеб Носов был задержан у здания суда.", "ru")
    assert ("arrest", "Глеб Носов") in events(result)


def test_trap_a_subject_the_plural_verb_does_not_agree_with_is_another_clauses(run):
    result = run(
        "Блогера Дину Каримову задержали в Шымкенте у здания акимата. Пресс-секретарь полиции Жанна "
        "Ахметова заявила, что задержание прошло по закону. Каримова уже сталкивалась с давлением: в марте "
        "2021 года, во время уличных акций, её задерживали на пять суток, позже дело прекратили.",
        "ru",
    )
    assert ("arrest", "Дина Каримова") in events(result)
    assert ("arrest", "Жанна Ахметова") not in events(result)
