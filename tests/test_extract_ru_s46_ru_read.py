"""Russian events by construction (session 46, from syn36-ru-b), in wording written for these
tests: a relative «которому / которой» in the dative is the recipient of a verb that gives a term
(«которому дали три года»), also where the parser hung the relative clause off the sentence and a
common-noun apposition stands between the name and the clause («X, владимирский фотограф,
которому …»); being taken hostage («взяли в заложники») is a taking into custody, as «похитили» is.
Traps: a relative clause that gives no term («которому не дали свидания», «которому дали слово»);
a relative whose gender is not the name's; hostages named as a threat inside a quote with no
named patient, and a threat («грозят взять в заложники»)."""

from __future__ import annotations

import pytest

from tests.test_extract_ru import events, terms
from vigil.model import Extraction


def _ru(run, text: str) -> Extraction:
    return run("Новости\n\n" + text, "ru")


# -- «которому дали N лет»: the dative relative is the recipient ------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "term"),
    [
        (
            "Из колонии в Ковровском районе вышел Антон Гусляков, владимирский фотограф, которому в "
            "2023 году дали три года за «фейки» о российской армии.",
            "Антон Гусляков",
            36,
        ),
        (
            "В Гомельском районе на свободу вышла Ольга Рябцева, бывшая медсестра, которой в 2022-м "
            "дали пять лет колонии.",
            "Ольга Рябцева",
            60,
        ),
        (
            "Из колонии в Ковровском районе вышел Антон Гусляков, которому в 2023 году присудили "
            "четыре года.",
            "Антон Гусляков",
            48,
        ),
    ],
)
def test_a_dative_relative_receives_the_term(run, text, name, term):
    result = _ru(run, text)
    assert ("sentence", name) in events(result)
    assert terms(result) == {name: term}


@pytest.mark.parametrize(
    "text",
    [
        "Из колонии в Ковровском районе вышел Антон Гусляков, фотограф, которому в тот день не дали "
        "свидания с родными.",
        "Из колонии в Ковровском районе вышел Антон Гусляков, фотограф, которому на митинге дали слово.",
    ],
)
def test_a_dative_relative_with_no_term_is_no_verdict(run, text):
    result = _ru(run, text)
    assert ("sentence", "Антон Гусляков") not in events(result)
    assert not terms(result)


def test_a_relative_of_another_gender_is_not_the_names(run):
    result = _ru(
        run,
        "Из колонии в Ковровском районе вышел Антон Гусляков, фотограф, которой в 2023 году дали три "
        "года за «фейки».",
    )
    assert ("sentence", "Антон Гусляков") not in events(result)


# -- «взяли в заложники» ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "В СИЗО-2 Таганрога скончался 45-летний гражданский заложник Игорь Савчук. Его взяли в "
        "заложники в 2023 году и так и не предъявили никаких обвинений.",
        "Жителя Каховки Игоря Савчука российские военные взяли в заложники весной 2023 года.",
    ],
)
def test_taken_hostage_is_an_arrest(run, text):
    assert ("arrest", "Игорь Савчук") in events(_ru(run, text))


@pytest.mark.parametrize(
    "text",
    [
        "«Моих родных взяли в заложники, чтобы заставить меня замолчать», — заявил Игорь Савчук.",
        "Игорю Савчуку угрожали, что его семью возьмут в заложники.",
        "Родственники Игоря Савчука боятся, что его могут взять в заложники.",
    ],
)
def test_hostages_not_named_or_not_taken_are_no_arrest(run, text):
    assert ("arrest", "Игорь Савчук") not in events(_ru(run, text))
