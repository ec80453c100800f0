"""Russian families of session 29 (events and names):

* a court's custody measure told of a list of names («избрал в отношении X, Y и Z меру
  пресечения в виде заключения под стражу», «избрал X, Y и Z меру …»): the trigger's window
  crosses the commas of the list (no other stop), so every name in it is arrested;
* a woman's surname in -ина/-ына in an oblique case («Анны Лисиной») goes back to -ина, not
  to an adjective «Лисиная» that the dictionary may list («лисиный»).

Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.test_extract_ru import events

_NAMED = {"Игорь Смирнов", "Олег Ветров", "Анна Лисина"}


@pytest.mark.parametrize(
    "text",
    [
        "Суд избрал в отношении Игоря Смирнова, Олега Ветрова и Анны Лисиной меру пресечения "
        "в виде заключения под стражу сроком на два месяца.",
        "Районный суд избрал Игорю Смирнову, Олегу Ветрову и Анне Лисиной меру пресечения в виде "
        "заключения под стражу.",
        "Вчера суд избрал Олегу Ветрову, Анне Лисиной, а также Игорю Смирнову меру пресечения в "
        "виде заключения под стражу.",
    ],
)
def test_custody_measure_for_a_list_of_names(run, text):
    found = events(run(text, "ru"))
    assert {name for kind, name in found if kind == "arrest"} == _NAMED


def test_custody_measure_refused_for_a_list_gives_nothing(run):
    """Trap: a measure asked for or refused is no arrest, list or not."""
    text = (
        "Следствие просило избрать Игорю Смирнову, Олегу Ветрову и Анне Лисиной меру пресечения "
        "в виде заключения под стражу."
    )
    assert events(run(text, "ru")) == set()


def test_custody_window_stops_at_a_full_stop(run):
    """Trap: the window crosses commas only; a name told in the sentence before is not the patient."""
    text = "Олега Ветрова допросили. Суд избрал меру пресечения в виде заключения под стражу."
    assert ("arrest", "Олег Ветров") not in events(run(text, "ru"))


@pytest.mark.parametrize(
    "form, nominative",
    [("Анны Лисиной", "Анна Лисина"), ("Ольги Калининой", "Ольга Калинина"), ("Нины Осиной", "Нина Осина")],
)
def test_feminine_in_ina_genitive(run, form, nominative):
    result = run(f"Задержана сестра {form}.", "ru")
    assert nominative in {p.name for p in result.persons}


def test_adjective_surname_still_declines(run):
    """Trap: a real adjective surname («Белой», «Лесного») keeps its adjective nominative."""
    result = run("Задержаны дочь Анны Белой и сын Сергея Лесного.", "ru")
    assert {p.name for p in result.persons} >= {"Анна Белая", "Сергей Лесной"}
