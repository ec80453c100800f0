"""A list line's age is not a prison term (session 40): «1. X, 40 гадоў.» under «Іх прозвішчы:»
after a detention gave each detainee a 40-year verdict. An age is a number of years set off by
commas right after the name with nothing after it; a term line says how it is served («5 лет
колонии») or is short enough to be no age («— X, 3 года;» in a list of terms)."""

from __future__ import annotations

import pytest

from tests.test_extract_ru import events, terms
from vigil.ingest.documents import make_document
from vigil.model import Extraction


@pytest.fixture(scope="module")
def ru(extractor):
    def run(text: str) -> Extraction:
        return extractor.extract(make_document(text, source="ru.txt", language="ru"))

    return run


def test_ages_in_a_list_after_a_detention_are_no_verdicts(be):
    text = (
        "У чацвер у Гродне супрацоўнікі міліцыі затрымалі трох чалавек за каментарыі. Іх прозвішчы:\n"
        "1. Сяргей Лапін, 40 гадоў.\n2. Ірына Вайцяховіч, 35 гадоў, Ліда.\n3. Павел Юркевіч, 52 гады."
    )
    got = events(be(text))
    assert not {e for e in got if e[0] == "sentence"}
    assert not terms(be(text))


def test_ages_in_a_russian_list_are_no_verdicts(ru):
    text = (
        "В четверг в Гродно сотрудники милиции задержали трёх человек за комментарии. Их фамилии:\n"
        "1. Сергей Лапин, 40 лет.\n2. Ирина Войтехович, 35 лет, Лида.\n3. Павел Юркевич, 52 года."
    )
    assert not {e for e in events(ru(text)) if e[0] == "sentence"}
    assert not terms(ru(text))


def test_term_lines_keep_their_terms(ru, be):
    doc = ru(
        "Суд вынес приговор по делу. Сроки распределились так:\n"
        "— Олег Мартынов, 5 лет колонии;\n— Анна Гусева, 3 года."
    )
    assert terms(doc) == {"Олег Мартынов": 60, "Анна Гусева": 36}
    doc = be("Суд вынес прысуд. Вось іх прозвішчы:\n1. Андрэй Салаўёў, 52 гады, Ліда. 5 гадоў калоніі.")
    assert terms(doc) == {"Андрэй Салаўёў": 60}
