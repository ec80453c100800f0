"""Belarusian families from the atoms round (short briefs, each saying one fact in its own
way), on sentences written for these tests: taken away by force («забралі з дому», «вывелі ў
кайданках», «сілавікі забралі»), a counted noun inside a longer trigger («змясціў пад хатні
арышт»), a condemnation that is no verdict, forced removal onto transport, death idioms,
numbers that name («калонія №9») or price («10 тысяч долараў»), negated membership («не
трапіў у спіс памілаваных»)."""

from __future__ import annotations

import pytest

from tests.test_extract_ru import counts, events
from vigil.ingest.documents import make_document
from vigil.model import Extraction


@pytest.fixture(scope="module")
def be(extractor):
    def run(text: str) -> Extraction:
        return extractor.extract(make_document(text, source="be.txt", language="be"))

    return run


def test_house_arrest_ordered_by_a_court(be):
    result = be("Суд Фрунзенскага раёна змясціў пад хатні арышт бухгалтарку Алену Кавалёву.")
    assert ("arrest", "Алена Кавалёва") in events(result)


@pytest.mark.parametrize(
    "text",
    [
        "Мастака Пятра Мароза забралі з кватэры ў аўторак, паведамляюць праваабаронцы.",
        "Фатографа Андрэя Сіняка вывелі з офіса ў кайданках.",
        "У нядзелю сілавікі забралі Кірыла Дзмітрыева проста з канцэрта.",
        "Праграміста Кірыла Дзмітрыева запіхнулі ў бус каля пад'езда.",
        "Ноччу Кірыла Дзмітрыева забралі супрацоўнікі КДБ.",
    ],
)
def test_taken_away_by_force_is_an_arrest(be, text):
    assert any(kind == "arrest" for kind, _ in events(be(text)))


@pytest.mark.parametrize(
    "text",
    [
        "Пасля прысуду Андрэя Сіняка вывелі з залы суда ў кайданках.",
        "Андрэй Сіняк забраў з кватэры свае рэчы і паехаў да маці.",
        "Кірыла Дзмітрыева забралі з дому сваякі.",
    ],
)
def test_taking_away_that_is_no_arrest(be, text):
    assert not any(kind == "arrest" for kind, _ in events(be(text)))


def test_custody_for_months_in_the_investigative_isolator(be):
    result = be("Суд адправіў Пятра Мароза на два месяцы ў следчы ізалятар.")
    assert ("arrest", "Пётр Мароз") in events(result)
    assert not any(kind == "sentence" for kind, _ in events(result))


def test_condemnation_is_no_verdict(be):
    result = be("Затрыманне блогера Андрэя Курчыка жорстка асудзілі ў Еўразвязе.")
    assert not any(kind == "sentence" for kind, _ in events(result))
    result = be("Суд асудзіў Андрэя Курчыка на тры гады калоніі.")
    assert ("sentence", "Андрэй Курчык") in events(result)


def test_forced_onto_transport_is_a_deportation_without_release(be):
    result = be("Журналістку Ганну Ціхан прымусова пасадзілі ў цягнік да Варшавы.")
    assert ("deportation", "Ганна Ціхан") in events(result)
    assert ("release", "Ганна Ціхан") not in events(result)


def test_death_idiom_in_a_prison_hospital(be):
    result = be("Памерла палітвязніца Ірына Лазар. 60-гадовая жанчына пайшла з жыцця ў турэмнай бальніцы.")
    assert ("death", "Ірына Лазар") in events(result)


def test_a_number_that_names_or_prices_counts_nobody(be):
    result = be("У віцебскай калоніі №9 памёр палітвязень Пётр Гаранін.")
    assert counts(result) == [] or all(n != 9 for _, n in counts(result))
    result = be("Суд вызваліў пад заклад у 20 тысяч долараў журналістку Ніну Гарбач, затрыманую ў пятніцу.")
    assert ("release", "Ніна Гарбач") in events(result)
    assert all(n != 20000 for _, n in counts(result))


@pytest.mark.parametrize(
    "text",
    [
        "Сяргей Мароз не ўвайшоў у лік памілаваных, хоць падаваў прашэнне.",
        "Не аказалася сярод вызваленых і Ганны Ціхан.",
    ],
)
def test_not_among_those_freed(be, text):
    assert not any(kind == "release" for kind, _ in events(be(text)))


def test_among_those_freed(be):
    result = be("Улады вызвалілі пяць палітвязняў. Сярод вызваленых — Ганна Ціхан.")
    assert ("release", "Ганна Ціхан") in events(result)
