"""Russian and Belarusian extraction in the registers of long-form news (Meduza, BBC Russian,
DW, Novaya Gazeta Europe) and of official media (БелТА): long participial phrases before a
name, arrests in absentia, official court formulas, pardons by decree. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from tests.test_extract_ru import events, terms
from vigil.ingest.documents import make_document
from vigil.model import Extraction


@pytest.fixture(scope="module")
def run(extractor):
    def extract(text: str, language: str) -> Extraction:
        return extractor.extract(make_document(text, source=f"{language}.txt", language=language))

    return extract


# -- a participial phrase before a role noun and a name ----------------------------------------


@pytest.mark.parametrize(
    ("text", "event", "term"),
    [
        (
            "Осуждённый в 2022 году к восьми с половиной годам колонии муниципальный депутат "
            "Алексей Горинов снова предстал перед судом.",
            ("sentence", "Алексей Горинов"),
            102,
        ),
        (
            "Приговорённый к пяти годам за поддержку Алексея Навального инженер Сергей Мальцев "
            "подал апелляцию.",
            ("sentence", "Сергей Мальцев"),
            60,
        ),
        (
            "Задержанный в январе в Москве по делу о госизмене учёный Анатолий Губанов остаётся в СИЗО.",
            ("arrest", "Анатолий Губанов"),
            None,
        ),
        (
            "Осуждённая за «фейки» об армии врач Надежда Буянова обжаловала приговор.",
            ("sentence", "Надежда Буянова"),
            None,
        ),
    ],
)
def test_russian_long_participial_phrase_before_the_name(run, text, event, term):
    result = run(text, "ru")
    assert event in events(result)
    if term:
        assert terms(result)[event[1]] == term


def test_name_inside_the_participial_phrase_is_not_its_patient(run):
    result = run(
        "Приговорённый к пяти годам за поддержку Алексея Навального инженер Сергей Мальцев подал апелляцию.",
        "ru",
    )
    assert ("sentence", "Алексей Навальный") not in events(result)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Арестованный заочно по делу о фейках журналист Дмитрий Колезев живёт в Латвии.", "ru"),
        ("Басманный суд заочно арестовал журналиста Дмитрия Колезева.", "ru"),
        ("Суд завочна арыштаваў журналіста Аляксандра Пазняка.", "be"),
    ],
)
def test_arrest_in_absentia_holds_no_one(run, text, language):
    assert not [e for e in run(text, language).events if e.type == "arrest"]
