"""Russian family of session 29: «Остальных пятерых отпустили, X и Y арестованы».

A verb conjoined after another is a clause of its own when its own subject or object, one of
its named patients, stands between the two verbs: it continues no group of the first verb (the
named are not among those released). A counted group marked as the rest («остальных
пятерых», «других троих») is its verb's own patient: the names told beside it are not in it,
whichever verb comes first. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.test_extract_ru import counts, events

_NAMED = {("arrest", "Игорь Смирнов"), ("arrest", "Олег Ветров")}


@pytest.mark.parametrize(
    "second",
    [
        "Остальных пятерых отпустили, Игорь Смирнов и Олег Ветров арестованы.",
        "Остальных пятерых отпустили, Игоря Смирнова и Олега Ветрова арестовали.",
        "Игорь Смирнов и Олег Ветров арестованы, остальных пятерых отпустили.",
        "Пятерых отпустили, а Игорь Смирнов и Олег Ветров арестованы на два месяца.",
    ],
)
def test_the_rest_released_the_named_arrested(run, second):
    result = run(f"В Уфе полиция задержала семерых активистов. {second}", "ru")
    found = events(result)
    assert found >= _NAMED
    assert not {name for kind, name in found if kind == "release"}
    assert ("release", 5) in counts(result)


def test_the_others_released_after_one_arrest(run):
    result = run("Суд арестовал Игоря Смирнова, других троих задержанных отпустили.", "ru")
    assert events(result) == {("arrest", "Игорь Смирнов")}
    assert ("release", 3) in counts(result)


def test_one_person_through_conjoined_verbs_keeps_both(run):
    """Trap: one patient before both verbs, none between them: one clause, both events."""
    found = events(run("Игоря Смирнова задержали, продержали ночь в отделе и утром отпустили.", "ru"))
    assert found == {("arrest", "Игорь Смирнов"), ("release", "Игорь Смирнов")}


def test_named_and_more_counted_together(run):
    """Trap: «X и ещё пятерых» counts the named with the others (no rest)."""
    result = run("Полиция задержала Игоря Смирнова и ещё пятерых активистов.", "ru")
    assert events(result) == {("arrest", "Игорь Смирнов")}
    assert ("arrest", 6) in counts(result)
