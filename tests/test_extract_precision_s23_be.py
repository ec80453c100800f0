"""Belarusian precision families of session 23 (sentences written for these tests):

* a verdict under the administrative offences code («іх пакаралі паводле арт. 17.1 КаАП»),
  with no criminal code and no term of months or years, is days of arrest, no sentence;
* a name right after a noun of residents («жыхарам Серабранкі», «ураджэнец Ліды») is a place;
* an adverb opening a sentence («Цалкам адбыўшы пакаранне, …») is no person;
* a refusal to leave in the classical spelling («адмовіўся выяжджаць з краіны») is a
  release, not a removal abroad (GUIDELINES).
"""

from __future__ import annotations

import pytest

from tests.test_extract_ru import counts, events, terms

CHAT = (
    "Сілавікі прыйшлі да трох удзельнікаў чата. Настаўніцу Кацярыну Лагодзіч суд Оршы пакараў "
    "12 суткамі арышту, 40-гадовага будаўніка Рыгора Кунаша — 14 суткамі. "
)


@pytest.mark.parametrize(
    "verdict",
    [
        "Абодвух асудзілі паводле арт. 17.1 КаАП за пікет каля ратушы.",
        "Абодвух асудзілі па арт. 24.23 КаАП за ўдзел у акцыі.",
    ],
)
def test_an_administrative_verdict_is_no_sentence(be, verdict):
    result = be(CHAT + verdict)
    assert ("arrest", "Кацярына Лагодзіч") in events(result)
    assert not any(kind == "sentence" for kind, _ in events(result))
    assert ("sentence", 2) not in counts(result)


def test_a_criminal_verdict_beside_the_administrative_code_stays(be):
    text = (
        "Рыгора Кунаша, якога раней штрафавалі па КаАП, асудзілі на чатыры гады калоніі паводле арт. 361 КК."
    )
    result = be(text)
    assert ("sentence", "Рыгор Кунаш") in events(result)
    assert terms(result) == {"Рыгор Кунаш": 48}


@pytest.mark.parametrize(
    "sentence",
    [
        "У абласным судзе агучылі прысуд чатыром жыхарам Серабранкі.",
        "Суд асудзіў двух ураджэнцаў Вялікай Бераставіцы на 2 гады калоніі.",
    ],
)
def test_a_place_after_a_resident_noun_is_no_person(be, sentence):
    result = be(sentence)
    assert not result.persons
    assert not any(e.persons for e in result.events)


def test_an_opening_adverb_is_no_person(be):
    result = be("• Цалкам адбыўшы пакаранне, з калоніі вызваліліся Алесь Мароз і Ніна Сакол.")
    assert {p.name for p in result.persons} == {"Алесь Мароз", "Ніна Сакол"}
    assert events(result) == {("release", "Алесь Мароз"), ("release", "Ніна Сакол")}


def test_a_refusal_to_leave_in_the_classical_spelling_is_a_release(be):
    text = (
        "Лукашэнка памілаваў 12 палітвязьняў.\n\n"
        "Ягоная сястра распавяла, што Рыгора Кунаша ў нядзелю вывезьлі з калёніі ў Віцебску, але на "
        "мяжы ён рашуча адмовіўся выяжджаць з краіны."
    )
    found = events(be(text))
    assert ("release", "Рыгор Кунаш") in found
    assert ("deportation", "Рыгор Кунаш") not in found


def test_a_resident_with_a_first_name_is_a_person(be):
    result = be("У Оршы мясцовага жыхара Рыгора Кунаша арыштавалі на 10 сутак за рэпост.")
    assert ("arrest", "Рыгор Кунаш") in events(result)


@pytest.mark.parametrize(
    "sentence",
    [
        "Паводле праваабаронцаў, па арт. 130 КК ужо асуджаныя больш за 900 чалавек.",
        "Па артыкуле 130 асуджаныя ўжо сотні людзей.",
    ],
)
def test_an_article_number_is_no_count(be, sentence):
    assert not counts(be(sentence))


def test_a_count_after_the_article_stays(be):
    result = be("Па арт. 342 КК суд асудзіў чатырох жыхароў Оршы на 2 гады калоніі.")
    assert ("sentence", 4) in counts(result)
