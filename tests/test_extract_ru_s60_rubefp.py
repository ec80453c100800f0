"""Russian false facts found on real news (session 60, helper rubefp: a precision census of 442
Telegram news posts no yardstick selects), in wordings written for these tests:

* the victims of a harm phrase are not the event's people: a number on the victims of a killing,
  a shooting or an attack («подозреваемый в расстреле двоих», «которая ранила четверых») is no
  count of the arrest or verdict, and a name after a harm participle («Убившего журналиста X …»)
  or after a harm noun opening the sentence («Похитителя X задержали») is the victim, no patient.
  Traps: a count of the patients beside a harm word stays («Задержаны трое, подозреваемые в
  нападении …»); «к расстрелу двоих» is the death penalty of two; a name before its own harm
  participle is the one who did it and is the patient.
* a number on the subject of an active trigger verb that has an object of its own counts who
  acted («Четверо омоновцев задержали студента»): no count. Traps: a passive or reflexive verb's
  counted subject is its patient («Четверо задержаны», «Трое освободились»); the counted object
  beside counted agents keeps its count.
"""

from __future__ import annotations

from tests.test_extract_ru import counts, events

# -- a harm phrase's victims ------------------------------------------------------------------


def test_victims_of_a_shooting_are_no_count_of_the_arrest(run):
    result = run("В Рязани задержан 35-летний мужчина, подозреваемый в убийстве троих соседей.", "ru")
    assert ("arrest", 3) not in counts(result)


def test_victims_of_a_relative_clause_are_no_count_of_the_verdict(run):
    result = run("Женщину, которая ранила четверых прохожих, приговорили к шести годам колонии.", "ru")
    assert ("sentence", 4) not in counts(result)


def test_a_name_after_a_harm_participle_is_the_victim(run):
    result = run("Убившего журналиста Олега Сидорова мужчину приговорили к 18 годам колонии.", "ru")
    assert ("sentence", "Олег Сидоров") not in events(result)


def test_a_name_after_a_sentence_opening_harm_noun_is_the_victim(run):
    result = run("Похитителя бизнесмена Игоря Лаптева задержали в Твери.", "ru")
    assert ("arrest", "Игорь Лаптев") not in events(result)


def test_trap_patients_counted_beside_a_harm_word_keep_their_count(run):
    result = run("В Казани задержаны трое мужчин, подозреваемых в нападении на полицейского.", "ru")
    assert ("arrest", 3) in counts(result)


def test_trap_the_death_penalty_of_two_keeps_its_count(run):
    result = run("Суд приговорил к расстрелу двоих обвиняемых.", "ru")
    assert ("sentence", 2) in counts(result)


def test_trap_a_name_before_its_own_harm_participle_is_the_patient(run):
    result = run("Олега Сидорова, напавшего на полицейского, приговорили к трём годам колонии.", "ru")
    assert ("sentence", "Олег Сидоров") in events(result)


# -- counted agents ---------------------------------------------------------------------------


def test_counted_agents_of_an_active_verb_are_no_count(run):
    result = run("Четверо омоновцев задержали студента у входа в метро.", "ru")
    assert ("arrest", 4) not in counts(result)


def test_trap_a_counted_passive_subject_is_the_patient(run):
    result = run("Четверо студентов задержаны у входа в метро.", "ru")
    assert ("arrest", 4) in counts(result)


def test_trap_a_counted_reflexive_subject_is_the_patient(run):
    result = run("Трое активистов освободились из изолятора в понедельник.", "ru")
    assert ("release", 3) in counts(result)


def test_trap_the_counted_object_beside_counted_agents_keeps_its_count(run):
    result = run("Трое сотрудников ФСБ задержали двоих студентов в общежитии.", "ru")
    assert ("arrest", 2) in counts(result)
    assert ("arrest", 3) not in counts(result)
