"""Belarusian extraction, session 57 (helper bepersons): person precision on real Belarusian news
(realnews-be), each class counted across all the Belarusian read sets before it was written
(docs/extract-ru-be.md, session 57, bepersons), in wordings of our own, with traps.

* a case form of a body's noun («Камітэта», «Камітэтам», «Савет») or of a power named by its body
  or capital («Еўрасаюза», «Крамля», «Брусэль») is no name, and a name the NER ran into it keeps
  only its own words;
* a capitalised infinitive opening a list's line or a sentence («- Пісаць лісты …») is a verb;
* «вёска Ганна Слуцкага раёна»: a village's name and its district's adjective, no person;
* «Мэтро Кастрычніцкая.» opening a line: a place noun and a place's name.
"""

from __future__ import annotations

from tests.test_extract_ru import events


def names(result) -> list[str]:
    return [p.name for p in result.persons]


# -- bodies and powers ---------------------------------------------------------------------------


def test_body_noun_after_an_opening_word_is_no_person(be):
    result = be(
        "Рашэнне Камітэта ААН па правах чалавека чакаюць у траўні. "
        "Палітвязень Павел Мароз застаецца ў калоніі."
    )
    assert names(result) == ["Павел Мароз"]  # trap: «Мароз» is a surname that is also a word


def test_name_run_into_a_body_keeps_its_own_words(be):
    result = be(
        "Скаргу Віктара Саўчанкі Камітэтам па правах чалавека яшчэ не разгледзелі. "
        "Саўчанку асудзілі ў 2021 годзе."
    )
    assert names(result) == ["Віктар Саўчанка"]
    assert ("sentence", "Віктар Саўчанка") in events(result)


def test_powers_in_any_case_are_no_persons(be):
    result = be(
        "Падтрымка Крамля не дапаможа рэжыму, лічыць палітолаг Андрэй Воўк. "
        "Брусэль гатовы пашырыць санкцыі супраць Еўрасаюза не звязаных кампаній."
    )
    assert names(result) == ["Андрэй Воўк"]  # trap: «Воўк» is a surname that is also a word


# -- infinitives opening a list's lines ------------------------------------------------------------


def test_infinitives_opening_list_lines_are_verbs(be):
    result = be(
        "Што можна зрабіць:\n- Пісаць лісты палітвязням\n"
        "- Падпісаць петыцыю за вызваленне Ігара Лосіка\n- Ахвяраваць на дапамогу сем'ям"
    )
    assert names(result) == ["Ігар Лосік"]


def test_surname_opening_a_line_after_the_full_name_stays(be):
    # trap: a real surname at a line's start, after the person is named in full
    result = be(
        "Палітвязня Паўла Мароза этапавалі ў калонію ў Шклове.\n"
        "Мароза асудзілі на тры гады за каментар у сацсетках."
    )
    assert names(result) == ["Павел Мароз"]
    assert ("sentence", "Павел Мароз") in events(result)


# -- places: a village and its district, a metro station ---------------------------------------


def test_village_named_like_a_first_name_before_its_district(be):
    result = be("Пенсіянерка з вёскі Ганна Слуцкага раёна расказала, як жывуць людзі ў пандэмію.")
    assert names(result) == []


def test_namesake_street_and_the_person_in_another_sentence(be):
    # trap: a street after a surname, and a man of that surname named in full elsewhere
    result = be("Акцыя прайшла на вуліцы Ракаўскай. Затрыманага Сяргея Ракаўскага вызвалілі праз суткі.")
    assert names(result) == ["Сяргей Ракаўскі"]
    assert ("release", "Сяргей Ракаўскі") in events(result)


def test_market_adjective_is_no_person(be):
    result = be("Людзі сабраліся каля Ракаўскага кірмаша. Міліцыя затрымала двух чалавек.")
    assert names(result) == []


def test_metro_station_line_is_no_person(be):
    result = be("Мэтро Кастрычніцкая.\nТам затрымалі Зміцера Воўка.")
    assert names(result) == ["Зміцер Воўк"]
    assert ("arrest", "Зміцер Воўк") in events(result)
