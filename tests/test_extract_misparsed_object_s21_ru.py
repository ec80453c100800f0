"""Russian family of session 21: natasha can label the accusative object of an active verb
a second subject («Суд, заседающий в …, приговорил … учителя … X к …» with the participle
clause splitting the sentence). An accusative-only word beside a nominative subject of an
active verb is its object whatever the label. The parse is hand-built here, as natasha
makes that mistake only on some sentences; the extraction tests are the neighbours that must
keep working. Sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from tests.test_extract_ru import events, terms
from vigil.extract.ru.events import _accusative_read_as_subject


def _doc(words, heads, deps, morphs) -> Doc:
    return Doc(Vocab(), words=words, heads=heads, deps=deps, morphs=morphs)


def test_an_accusative_labelled_subject_beside_a_nominative_one_is_the_object():
    doc = _doc(
        ["суд", "приговорил", "учителя", "Тараса"],
        [1, 1, 1, 2],
        ["nsubj", "ROOT", "nsubj", "appos"],
        ["Case=Nom", "Voice=Act", "Case=Acc", "Case=Gen"],
    )
    assert _accusative_read_as_subject(doc[2], doc[1])
    assert not _accusative_read_as_subject(doc[0], doc[1])


def test_a_lone_or_passive_subject_stays_the_subject():
    lone = _doc(["учителя", "приговорил"], [1, 1], ["nsubj", "ROOT"], ["Case=Acc", "Voice=Act"])
    assert not _accusative_read_as_subject(lone[0], lone[1])
    passive = _doc(
        ["суд", "приговорён", "учителя"],
        [1, 1, 1],
        ["nsubj", "ROOT", "nsubj"],
        ["Case=Nom", "Voice=Pass", "Case=Acc"],
    )
    assert not _accusative_read_as_subject(passive[2], passive[1])


@pytest.mark.parametrize(
    ("text", "name", "months"),
    [
        (
            "Краевой суд, заседающий в Чите, приговорил 58-летнего механика депо из Верхней Салды "
            "Всеволода Мерзлякова к 9 годам заключения за госизмену (статья 275 УК РФ).",
            "Всеволод Мерзляков",
            108,
        ),
        (
            "Областной суд, рассматривавший дело в Курске, осудил 33-летнюю медсестру больницы из "
            "Старого Оскола Веронику Глазову на шесть лет заключения за диверсию.",
            "Вероника Глазова",
            72,
        ),
        (
            "Крымский гарнизонный суд, заседающий в Симферополе, приговорил 44-летнего инженера "
            "водоканала из Новой Каховки Андрея Гончаренко к 13 годам заключения.",
            "Андрей Гончаренко",
            156,
        ),
    ],
)
def test_a_long_object_after_a_court_participle_is_sentenced(run, text, name, months):
    result = run(text, "ru")
    assert events(result) == {("sentence", name)}
    assert terms(result) == {name: months}


@pytest.mark.parametrize(
    "text",
    [
        # traps: a witness, a request
        "Краевой суд, заседающий в Чите, допросил 58-летнего механика депо из Верхней Салды "
        "Всеволода Мерзлякова в качестве свидетеля по делу о госизмене.",
        "Прокурор, выступавший в Чите, попросил приговорить 58-летнего механика депо из Верхней "
        "Салды Всеволода Мерзлякова к 9 годам колонии строгого режима.",
    ],
)
def test_a_witness_or_a_request_gives_nothing(run, text):
    assert events(run(text, "ru")) == set()
