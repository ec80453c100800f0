"""Russian real news from Telegram channels (session 57, helper tg3, from the posts of
`realnews3-ru`), in wordings written for these tests:

* a plural participle noun («Подозреваемых», «Обвиняемых») fronted as the patient, with no word
  of its own, tells back the people the sentence before names together, as «их» does. Traps: the
  noun with words of its own («Подозреваемых в поджоге …»: another group); a sentence before
  that names one person only.
* a common noun capitalised because it opens its sentence («Адвоката X, который защищал Y,
  приговорили …», natasha tags the noun PROPN) describes the object as it does in lower
  case: the name inside its relative clause (Y) is not the patient. Trap: the noun's own
  name still is («Блогера X, который …, арестовали»).
* a lone hyphenated word with a lower-case part after the hyphen («Хирургу-онкологу X …»)
  is a compound profession opening its sentence, no person. Trap: a double surname, each part
  capitalised, stays a name.
"""

from __future__ import annotations

import pytest

from tests.test_extract_ru import events, names
from vigil.extract.ru.persons import _lower_compound
from vigil.model import Extraction


def _ru(run, text: str) -> Extraction:
    return run("Новости\n\n" + text, "ru")


@pytest.mark.parametrize("noun", ["Подозреваемых", "Обвиняемых"])
def test_a_fronted_participle_noun_tells_back_the_pair(run, noun):
    result = _ru(
        run,
        "Владельцами счетов оказались 30-летний Роман Тихонов и 25-летний Антон Зыков. "
        f"{noun} задержали в аэропорту.",
    )
    for person in ("Роман Тихонов", "Антон Зыков"):
        assert ("arrest", person) in events(result)


def test_a_participle_noun_with_words_of_its_own_is_another_group(run):
    result = _ru(
        run,
        "Роман Тихонов и Антон Зыков дали показания против соседей. "
        "Подозреваемых в поджоге задержали в Москве.",
    )
    assert not any(kind == "arrest" for kind, _ in events(result))


def test_one_person_before_is_no_pair(run):
    result = _ru(run, "Деньги перевёл Роман Тихонов. Подозреваемых задержали через неделю.")
    assert ("arrest", "Роман Тихонов") not in events(result)


def test_a_name_inside_the_clause_of_a_capitalised_first_noun_is_not_its_patient(run):
    result = _ru(
        run,
        "Новости недели\nАдвоката Олега Жукова, который защищал журналиста Павла Гусева, "
        "приговорили к шести годам колонии.",
    )
    assert ("sentence", "Павел Гусев") not in events(result)


def test_a_capitalised_first_noun_still_takes_its_own_name(run):
    result = _ru(run, "Блогера Олега Жукова, который критиковал мэра, арестовали на два месяца.")
    assert ("arrest", "Олег Жуков") in events(result)


@pytest.mark.parametrize(
    "word, compound",
    [
        ("Хирургу-онкологу", True),
        ("Анестезиологу-реаниматологу", True),
        ("Кара-Мурза", False),
        ("Римского-Корсакова", False),
        ("Нью-Йорк", False),
        ("Иванов", False),
    ],
)
def test_a_lower_case_part_after_the_hyphen_makes_a_compound_noun(word, compound):
    # (natasha's NER tags such a word a person only in some contexts; the rule is its own)
    assert _lower_compound(word) is compound


def test_the_items_of_a_list_of_professions_keep_their_names(run):
    result = _ru(
        run,
        "Апелляционный суд смягчил приговоры врачам.\n"
        "Хирургу-онкологу Марине Лавровой срок сократили до девяти лет.\n"
        "Анестезиологу-реаниматологу Олегу Шубину срок сократили до восьми лет.",
    )
    assert not any("-" in name for name in names(result))
    assert {"Марина Лаврова", "Олег Шубин"} <= names(result)


def test_a_hyphenated_surname_stays_a_person(run):
    result = _ru(run, "Сергея Римского-Корсакова задержали в Казани.")
    assert ("arrest", "Сергей Римский-Корсаков") in events(result)
