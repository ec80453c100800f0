"""Missed facts on real Russian and Belarusian news (session 60, helper rurecall), in wordings
written for these tests:

* «по имени X», «па імені X» (called X) introduces the person's own name, not a namesake's as
  «имени X» alone does («колония имени Дзержинского»): the name is a person (a lone first name
  too: news names a man it knows only so), and the events of the noun it names are that
  person's («задержали мужчину по имени X»). Traps: «имени X» after a noun of a body or place
  stays a namesake; «от имени X» stays on behalf of X (a person, no patient of the event).
* «Пожизненное лишение свободы получил X»: the life term fronted before «получил», as «срок
  получил X» is. Traps: a possibility («может получить») and a negation state no verdict.
* the surname «Ли» («журналистка Евгения Ли, приговорённая …», «Поэта Виктора Ли арестовали»)
  is no interrogative particle «ли», which made every trigger after it in its sentence a question.
  Traps:
  the particle in lower case («не знают, арестовали ли X») and a capitalised one at the sentence
  start («Освободили ли X, неизвестно») still ask.
"""

from __future__ import annotations

from tests.test_extract_ru import events

# -- «по имени X»: the person's own name ----------------------------------------------------------


def test_a_full_name_after_po_imeni_is_the_object(run):
    result = run("В Самаре полиция задержала водителя по имени Игнат Рябов.", "ru")
    assert ("arrest", "Игнат Рябов") in events(result)


def test_a_lone_first_name_after_po_imeni_is_a_person(run):
    result = run("Пограничники выслали в Турцию студента по имени Тимофей.", "ru")
    assert "Тимофей" in {p.name for p in result.persons}
    assert ("deportation", "Тимофей") in events(result)


def test_a_subject_named_after_po_imeni(run):
    result = run("Восемь лет колонии получил фермер по имени Глеб Суханов.", "ru")
    assert ("sentence", "Глеб Суханов") in events(result)


def test_belarusian_pa_imeni(run):
    result = run("Міліцыя затрымала хлопца па імені Зміцер Лобан.", "be")
    assert ("arrest", "Зміцер Лобан") in events(result)


def test_trap_a_colony_named_after_someone_is_no_patient(run):
    result = run("Активиста Павла Гурова этапировали в колонию имени Макаренко.", "ru")
    assert not any(name.endswith("Макаренко") for _, name in events(result))


def test_trap_on_behalf_of_someone_is_no_patient(run):
    result = run("От имени Анны Белых адвокат попросил освободить её мужа.", "ru")
    assert not any(name == "Анна Белых" for _, name in events(result))


# -- a life term fronted before «получил» --------------------------------------------------------


def test_a_fronted_life_term(run):
    result = run("Пожизненное лишение свободы получил бывший охранник Артур Лемешев.", "ru")
    assert ("sentence", "Артур Лемешев") in events(result)


def test_trap_a_fronted_life_term_as_a_possibility(run):
    result = run("Пожизненное заключение может получить бывший охранник Артур Лемешев.", "ru")
    assert ("sentence", "Артур Лемешев") not in events(result)


def test_trap_a_fronted_life_term_negated(run):
    result = run("Пожизненное лишение свободы не получил бывший охранник Артур Лемешев.", "ru")
    assert ("sentence", "Артур Лемешев") not in events(result)


# -- the surname «Ли» is no particle «ли» --------------------------------------------------------


def test_a_participle_after_the_surname_li(run):
    result = run("В Вильнюс приехал инженер Дмитрий Ли, осуждённый на шесть лет колонии.", "ru")
    assert ("sentence", "Дмитрий Ли") in events(result)


def test_the_surname_li_before_the_trigger_hedges_nothing(run):
    result = run("Поэта Виктора Ли арестовали в Ташкенте за стихи.", "ru")
    assert ("arrest", "Виктор Ли") in events(result)


def test_trap_the_particle_li_still_asks(run):
    result = run("Родственники не знают, арестовали ли Дмитрия Орехова.", "ru")
    assert ("arrest", "Дмитрий Орехов") not in events(result)


def test_trap_the_particle_li_at_the_sentence_start_asks(run):
    result = run("Освободили ли Дмитрия Орехова, пока неизвестно.", "ru")
    assert ("release", "Дмитрий Орехов") not in events(result)
