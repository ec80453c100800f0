"""Belarusian life terms (session 61, helper beall), in wordings written for these tests
(docs/extract-ru-be.md, «Session 61 — Belarusian events (beall)»):

* a life term given by the court with a verb other than «асудзіць / прысудзіць / атрымаць»:
  «суд прызначыў X пажыццёвае зняволенне», «X пакараны пажыццёвым пазбаўленнем волі», «суд
  вынес пажыццёвае зняволенне X», and the term fronted before «атрымаў» («Пажыццёвае зняволенне
  (—) атрымаў X»): a sentence with no months, the twins of the Russian life-term triggers.
  Traps: a threat («пагражае»), a possibility («можа прызначыць»), a prosecutor's request, a
  future «вынесе» and a later finite term give no life sentence.
* (linear reading) a name past a comma, dash or colon from the trigger whose own clause has a
  verb of its own is that verb's, not the trigger's, when the trigger's clause names someone
  else: «выйшла X — яна патэлефанавала Y», «Y баіцца за брата: … памёр X», «X адпусцілі, Y
  змясцілі ў ІЧУ». Traps: a list with a relative clause after it, a relative clause between two
  listed names, a trigger clause that names no one («X пісала скаргі, яе затрымалі»), a name
  between dashes before the trigger, the name's clause with its own trigger, and an arrest
  (its patients go on in verbs of taking away: «X затрымалі, Y павезлі следам»).
"""

from __future__ import annotations

import pytest

from tests.test_extract_ru import events, terms


@pytest.mark.parametrize(
    "text",
    [
        "Магілёўскі абласны суд прызначыў Кірылу Доўнару пажыццёвае пазбаўленне волі за падпал вышкі.",
        "Паводле «Вясны», 33-гадовы Кірыл Доўнар пакараны пажыццёвым зняволеннем.",
        "У чацвер Гомельскі абласны суд вынес пажыццёвае зняволенне 29-гадоваму Кірылу Доўнару.",
        "Пажыццёвае зняволенне атрымаў 29-гадовы механік Кірыл Доўнар, астатнім далі ад 8 да 15 гадоў.",
        "Самы суровы прысуд — пажыццёвае зняволенне — атрымаў Кірыл Доўнар з Жлобіна.",
    ],
)
def test_be_life_term_given_by_the_court(run, text):
    result = run(text, "be")
    assert ("sentence", "Кірыл Доўнар") in events(result)
    assert "Кірыл Доўнар" not in terms(result)


@pytest.mark.parametrize(
    "text",
    [
        # a threat and a possibility
        "Кірылу Доўнару, якога затрымалі ў сакавіку, пагражае пажыццёвае зняволенне.",
        "Суд можа прызначыць Кірылу Доўнару пажыццёвае зняволенне, мяркуе адвакат.",
        # a prosecutor's request inside a subordinate clause
        "Пракурор патрабуе, каб суд прызначыў Кірылу Доўнару пажыццёвае пазбаўленне волі.",
        # a future verdict
        "Суд вынесе прысуд Кірылу Доўнару на наступным тыдні; абвінавачанне просіць пажыццёвае зняволенне.",
    ],
)
def test_be_life_term_threatened_or_asked_is_no_sentence(run, text):
    assert ("sentence", "Кірыл Доўнар") not in events(run(text, "be"))


def test_be_life_term_asked_but_a_finite_term_given(run):
    # trap: the life term was only asked for; the court's finite term stands
    result = run(
        "Пракурор запатрабаваў для Кірыла Доўнара пажыццёвага зняволення, "
        "але суд прызначыў яму 20 гадоў калоніі.",
        "be",
    )
    assert terms(result).get("Кірыл Доўнар") == 240


# -- a name in a clause of its own -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "patient", "other"),
    [
        (
            "Увечары з калоніі выйшла Ірына Шуба — яна адразу набрала Стэфу Кавалюк.",
            "release",
            "Ірына Шуба",
            "Стэфа Кавалюк",
        ),
        (
            "Стэфа Кавалюк сумуе па брату: летась у гэтай калоніі памёр вязень Мікола Дзядок.",
            "death",
            "Мікола Дзядок",
            "Стэфа Кавалюк",
        ),
        (
            "Сясцёр Ірыну Шубу і Стэфу Шубу затрымалі разам. Ірыну ўвечары адпусцілі, Стэфу завезлі ў ІЧУ.",
            "release",
            "Ірына Шуба",
            "Стэфа Шуба",
        ),
    ],
)
def test_be_name_with_a_verb_of_its_own_is_not_the_patient(run, text, kind, patient, other):
    found = events(run(text, "be"))
    assert (kind, patient) in found
    assert (kind, other) not in found


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        # a list with a relative clause after it
        (
            "Затрымалі Ірыну Шубу, Стэфу Кавалюк і Міколу Дзядка, якія працавалі на фабрыцы.",
            {("arrest", "Ірына Шуба"), ("arrest", "Стэфа Кавалюк"), ("arrest", "Мікола Дзядок")},
        ),
        # a relative clause between two listed names
        (
            "Вызвалілі Ірыну Шубу, якая адбыла два гады, і Міколу Дзядка, які сядзеў у Горацы.",
            {("release", "Ірына Шуба"), ("release", "Мікола Дзядок")},
        ),
        # the trigger's clause names no one: the pronoun is the name's
        ("Ірына Шуба збірала подпісы, яе затрымалі ў аўторак.", {("arrest", "Ірына Шуба")}),
        # the name's clause has its own trigger
        (
            "Суд асудзіў Міколу Дзядка на тры гады, Ірына Шуба атрымала два гады хіміі.",
            {("sentence", "Мікола Дзядок"), ("sentence", "Ірына Шуба")},
        ),
        # an arrest goes on in a verb of taking away that is no trigger
        (
            "Міколу Дзядка затрымалі ля пад'езда, Ірыну Шубу павезлі следам.",
            {("arrest", "Мікола Дзядок"), ("arrest", "Ірына Шуба")},
        ),
        # the trigger in a relative clause on the name's counted group; the agent before it
        (
            "Увосень Ірына Шуба трапіла ў спіс з 30 палітвязняў, якіх Лукашэнка памілаваў.",
            {("release", "Ірына Шуба")},
        ),
        # a name joined by «а таксама» with a relative clause after it
        (
            "Затрымалі Міколу Дзядка, а таксама Ірыну Шубу, якая прыйшла разам з ім.",
            {("arrest", "Мікола Дзядок"), ("arrest", "Ірына Шуба")},
        ),
    ],
)
def test_be_names_of_the_trigger_clause_kept(run, text, pairs):
    assert pairs <= events(run(text, "be"))
