"""Belarusian extraction on sentences written for these tests (classical orthography and
taraškievica): detection, names in the nominative, events with their traps, counts, terms,
quotes."""

from __future__ import annotations

import pytest

from tests.test_extract_ru import counts, events, names, quotes, terms
from vigil.ingest.documents import make_document
from vigil.ingest.language import detect_language
from vigil.model import Extraction


@pytest.fixture(scope="module")
def be(extractor):
    def run(text: str) -> Extraction:
        return extractor.extract(make_document(text, source="be.txt", language="be"))

    return run


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Суд асудзіў актывіста на тры гады калоніі.", "be"),
        ("Суд приговорил активиста к трём годам колонии.", "ru"),
        ("Зьміцер выйшаў на волю ў суботу.", "be"),
        ("Палітвязня вызвалілі пасля поўнага тэрміну.", "be"),
    ],
)
def test_short_texts_are_told_apart(text, language):
    assert detect_language(text) == language


def test_oblique_names_become_nominative(be):
    result = be("Суд асудзіў прадпрымальніка Віктара Мазурэнку на шэсць гадоў калоніі.")
    assert "Віктар Мазурэнка" in names(result)
    assert terms(result)["Віктар Мазурэнка"] == 72


def test_feminine_names_keep_their_gender(be):
    result = be("Марыю Калеснікаву памілавалі. Калеснікава выйшла на волю ў чацвер.")
    assert "Марыя Калеснікава" in names(result)
    assert "Калеснікаў" not in " ".join(names(result))
    assert ("release", "Марыя Калеснікава") in events(result)


def test_taraskievica_spelling(be):
    result = be("Зьміцер Сталярчук асуджаны на 8 гадоў калёніі. Ён быў затрыманы ў 2021 годзе.")
    assert {("sentence", "Зьміцер Сталярчук"), ("arrest", "Зьміцер Сталярчук")} <= events(result)


def test_group_count_with_members(be):
    result = be("У Гродне затрыманыя трое актывістаў — Сяргей Шымчык, Андрэй Лаўрыновіч і Ганна Кісель.")
    assert ("arrest", 3) in counts(result)
    assert {("arrest", "Сяргей Шымчык"), ("arrest", "Ганна Кісель")} <= events(result)


def test_terms_in_words_and_months(be):
    result = be("Алену Нікіфараву асудзілі на два гады і шэсць месяцаў калоніі.")
    assert terms(result)["Алена Нікіфарава"] == 30


def test_traps_are_not_events(be):
    result = be(
        "Праваабаронцы заклікаюць вызваліць Алеся Шыбута. "
        "Паводле чутак, Тацяну Лукшу могуць памілаваць. "
        "Ларыса Кот не была вызваленая."
    )
    assert events(result) == set()


def test_approximate_count_has_no_count(be):
    result = be("У Мінску затрымалі больш за 20 чалавек.")
    assert counts(result) == set()


def test_death_in_custody(be):
    result = be("Палітвязень Генадзь Жукоўскі памёр у калоніі ў Шклове.")
    assert ("death", "Генадзь Жукоўскі") in events(result)


def test_quote_with_dash_attribution(be):
    result = be(
        "Ганна Кісель выйшла на волю ў панядзелак.\n"
        "«Я не шкадую ні пра што, што рабіла», — сказала Кісель журналістам."
    )
    assert quotes(result) == {("Ганна Кісель", "Я не шкадую")}
