"""The victim of the crime is no patient (session 41, from the real-news yardstick `realnews-ru`),
in wording written for these tests: a name in an oblique case hung on a noun of harm done to
someone (a killing, an attack, a kidnapping, a death; a killer) names whom the crime was done
to, not who was arrested or sentenced for it. Traps: the convict or suspect named beside the
victim, a case named after its defendant, a subject in the nominative after such a noun."""

from __future__ import annotations

import pytest

from tests.test_extract_ru import events
from vigil.model import Extraction

VICTIM = "Тамара Вежина"
CONVICT = "Глеб Сурин"


def _ru(run, text: str) -> Extraction:
    return run("Новости\n\n" + text, "ru")


@pytest.mark.parametrize(
    "text, victim",
    [
        ("Областной суд огласил приговор по делу о жестоком убийстве 30-летней Тамары Вежиной.", VICTIM),
        ("Приговор по делу об убийстве фермера Глеба Сурина вынесли в Саратове.", CONVICT),
        ("Двое осуждены за покушение на журналистку Тамару Вежину.", VICTIM),
        ("Суд отправил под стражу обвиняемых в похищении предпринимателя Глеба Сурина.", CONVICT),
        ("Полиция задержала подозреваемых в гибели Тамары Вежиной.", VICTIM),
        ("Краевой суд приговорил к пожизненному сроку убийц Глеба Сурина.", CONVICT),
        ("По делу о нападении на Тамару Вежину арестованы трое мужчин.", VICTIM),
    ],
)
def test_a_name_after_a_noun_of_harm_is_the_victim(run, text, victim):
    found = events(_ru(run, text))
    assert not any(name == victim for _, name in found)


@pytest.mark.parametrize(
    "text, kind",
    [
        ("Суд приговорил Глеба Сурина к 12 годам колонии за убийство Тамары Вежиной.", "sentence"),
        ("Убийца Тамары Вежиной Глеб Сурин приговорен к 18 годам.", "sentence"),
        ("По делу об убийстве Тамары Вежиной задержан её сосед Глеб Сурин.", "arrest"),
        ("Полиция задержала Глеба Сурина по подозрению в нападении на соседа.", "arrest"),
        ("Следователи арестовали Глеба Сурина, подозреваемого в покушении на Тамару Вежину.", "arrest"),
    ],
)
def test_the_convict_beside_the_victim_keeps_the_event(run, text, kind):
    found = events(_ru(run, text))
    assert (kind, CONVICT) in found
    assert not any(name == VICTIM for _, name in found)


@pytest.mark.parametrize(
    "text, kind",
    [
        ("Суд вынес приговор по делу Глеба Сурина: ему дали три года колонии.", "sentence"),
        ("После убийства фермера Глеб Сурин скрылся, но через неделю его задержали.", "arrest"),
        ("Суд приговорил Глеба Сурина к пяти годам по делу об избиении соседа.", "sentence"),
    ],
)
def test_defendants_named_near_a_harm_noun_stay(run, text, kind):
    assert (kind, CONVICT) in events(_ru(run, text))
