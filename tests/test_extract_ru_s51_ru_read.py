"""Two classes of Russian (and Belarusian) wording that gave false facts (session 51, from
syn41-ru-b), in wording written for these tests:

* a name told in a clause of its own that says it is not in a group («…, Андрея среди них не
  было», «сярод іх не было») is not the patient of the removal or release told before it;
* a deity's name («Свидетели Иеговы») is no person: the faith's name gives no person and no
  verdict, and a believer's own name after it is kept.

Traps: the names the removal itself names keep their event; a name told absent keeps its own past
verdict (a participle inside its clause); «среди них не только X» is no absence."""

from __future__ import annotations

from tests.test_extract_ru import events, names, terms
from vigil.model import Extraction


def _ru(run, text: str) -> Extraction:
    return run("Новости\n\n" + text, "ru")


def _be(run, text: str) -> Extraction:
    return run("Навіны\n\n" + text, "be")


def test_a_name_told_absent_from_the_group_gets_no_removal(run):
    result = _ru(
        run,
        "Когда в сентябре очередную группу политзаключённых вывезли в Литву, Андрея Салея среди них не было.",
    )
    assert not {e for e in events(result) if e[1] == "Андрей Салей"}


def test_absence_told_with_in_their_number_or_a_released_group(run):
    result = _ru(
        run,
        "Когда летом освободили группу политзаключённых, Марии Колесниковой в их числе не было. "
        "В пятницу из колонии выпустили очередную группу, Олега Сидорова среди них не было.",
    )
    assert not events(result)


def test_the_named_removed_keep_their_event_beside_an_absent_one(run):
    result = _ru(
        run,
        "Утром в Литву вывезли журналиста Ивана Петрова и учителя Олега Сидорова, а Андрея Салея "
        "среди них не было.",
    )
    found = events(result)
    assert ("deportation", "Иван Петров") in found and ("deportation", "Олег Сидоров") in found
    assert not {e for e in found if e[1] == "Андрей Салей"}


def test_a_name_told_absent_keeps_its_own_past_verdict(run):
    result = _ru(
        run,
        "Вчера в Литву вывезли 14 политзаключённых. Андрея Салея, осуждённого на семь лет, среди них "
        "не было.",
    )
    assert terms(result).get("Андрей Салей") == 84
    assert ("deportation", "Андрей Салей") not in events(result)
    assert ("release", "Андрей Салей") not in events(result)


def test_not_only_is_no_absence(run):
    result = _ru(
        run,
        "В сентябре в Литву вывезли 14 политзаключённых, среди них не только журналист Иван Петров, "
        "но и учитель Олег Сидоров.",
    )
    found = events(result)
    assert ("deportation", "Иван Петров") in found and ("deportation", "Олег Сидоров") in found


def test_belarusian_name_told_absent_gets_no_removal(run):
    result = _be(run, "Раніцай у Літву вывезлі журналіста Івана Пятрова, а Андрэя Салея сярод іх не было.")
    found = events(result)
    assert ("deportation", "Іван Пятроў") in found
    assert not {e for e in found if e[1] == "Андрэй Салей"}


def test_a_faith_named_after_a_deity_is_no_person(run):
    result = _ru(run, "В Биробиджане вынесли приговор семерым Свидетелям Иеговы.")
    assert not any("Иегов" in n for n in names(result))
    assert not any(e.persons for e in result.events)


def test_a_believer_named_after_the_faith_keeps_his_verdict(run):
    result = _ru(run, "Суд приговорил к шести годам Свидетеля Иеговы Ивана Петрова.")
    assert names(result) == {"Иван Петров"}
    assert terms(result) == {"Иван Петров": 72}
