"""Belarusian extraction, session 49 (helper be-read): classes of language behind false persons and
false events of the Belarusian read sets (syn39-be-b newly readable), each counted across all
the read sets before it was written (docs/extract-ru-be.md, session 49), in wordings of our own,
with traps.

* a lone surname in the genitive plural whose singular another person of the article bears
  («у сям'і Лагуновічаў», «у кватэры Кудлачоў») is the family, no person;
* a town in the classical spelling the town list lacked («з Маладэчна», «Наваградак») is no person;
* a report or hearsay («пісалі, што …», «з'явіліся звесткі, што …») that the next sentence points
  back to and denies («Гэта не так», «сваякі гэта абверглі», «інфармацыя не пацвердзілася») tells
  no event.
"""

from __future__ import annotations

from tests.test_extract_ru import events


def names(result) -> list[str]:
    return [p.name for p in result.persons]


# -- a family named by its plural surname ------------------------------------------------------------


def test_family_plural_after_a_family_noun_is_no_person(be):
    result = be(
        "Дзмітрыя Лагуновіча асудзілі на тры гады калоніі. У сям'і Лагуновічаў трое дзяцей; "
        "малодшаму два гады."
    )
    assert names(result) == ["Дзмітрый Лагуновіч"]
    assert ("sentence", "Дзмітрый Лагуновіч") in events(result)


def test_family_plural_of_a_surname_in_o_is_no_person(be):
    result = be("На кухні ў кватэры Сцяцкоў вісіць каляндар. Ігара Сцяцко затрымалі ў 2023 годзе.")
    assert names(result) == ["Ігар Сцяцко"]


def test_two_first_names_before_the_plural_surname_stay_two_persons(be):
    # trap: «Вольгу і Андрэя Стасевічаў» names two people, not the family
    result = be("Праваабаронцы заклікаюць вызваліць Вольгу і Андрэя Стасевічаў.")
    assert sorted(names(result)) == ["Андрэй Стасевіч", "Вольга Стасевіч"]


def test_a_surname_in_ou_with_its_own_case_forms_stays(be):
    # trap: «Шаўцоў» is a nominative; «Шаўцова» is his own case form, not another singular
    result = be("Палітвязня Мікалая Шаўцова вызвалілі ў панядзелак. Шаўцоў адразу паехаў да маці.")
    assert names(result) == ["Мікалай Шаўцоў"]
    assert ("release", "Мікалай Шаўцоў") in events(result)


# -- towns in the classical spelling -----------------------------------------------------------------


def test_town_in_classical_spelling_is_no_person(be):
    # «Маладэчна» (the list had the official «Маладзечна») in a headline and as a subject
    result = be(
        "Зьміцер Ляшкевіч з Маладэчна адсядзеў увесь тэрмін\n\n"
        "2 лістапада Зьміцер Ляшкевіч выйшаў на волю з калёніі № 1. За чатыры з паловай гады "
        "Маладэчна зьмянілася: на месцы кавярні — аптэка."
    )
    assert names(result) == ["Зьміцер Ляшкевіч"]
    assert events(result) == {("release", "Зьміцер Ляшкевіч")}


def test_town_as_a_subject_is_no_person(be):
    result = be("Сёлета Наваградак зьмяніўся. Сяргея Мароза затрымалі ўчора.")
    assert names(result) == ["Сяргей Мароз"]


# -- a report denied by the next sentence ------------------------------------------------------------


def test_hearsay_arrest_denied_next_is_no_event(be):
    result = be(
        "Ягора Барысевіча затрымалі ў траўні. На мінулым тыдні ў мясцовых чатах пісалі, што "
        "затрымалі і ягонага брата Дзяніса Барысевіча. Гэта не так: Дзяніс жыве ў Польшчы."
    )
    assert events(result) == {("arrest", "Ягор Барысевіч")}


def test_reported_death_the_relatives_denied_is_no_event(be):
    result = be(
        "У нядзелю з'явіліся звесткі, што ў калоніі памёр палітвязень Сцяпан Гурыновіч, асуджаны "
        "ў 2023 годзе на тры гады калоніі. Аднак сваякі гэта абверглі: Гурыновіч жывы і "
        "знаходзіцца ў бальніцы."
    )
    # trap: the participle after the name tells his past verdict, which no one denied
    assert events(result) == {("sentence", "Сцяпан Гурыновіч")}


def test_named_among_the_pardoned_unconfirmed_is_no_member(be):
    result = be(
        "Лукашэнка памілаваў 12 палітвязняў. Сярод вызваленых — Тамара Ждан і Ксенія Лобач.\n\n"
        "Раней у тэлеграм-каналах сярод памілаваных называлі і Ігара Бакуна, асуджанага на 10 "
        "гадоў калоніі. Гэтая інфармацыя не пацвердзілася: Бакун застаецца ў калоніі."
    )
    assert ("release", "Ігар Бакун") not in events(result)
    assert {("release", "Тамара Ждан"), ("release", "Ксенія Лобач")} <= events(result)
    assert ("sentence", "Ігар Бакун") in events(result)


def test_an_office_that_did_not_confirm_keeps_the_arrest(be):
    # trap: the police not confirming is no denial; only a report turning out unconfirmed is
    result = be(
        "Паводле звестак праваабаронцаў, Андрэя Лапцёнка затрымалі ў Гомелі. "
        "У прэс-службе міліцыі гэта не пацвердзілі."
    )
    assert ("arrest", "Андрэй Лапцёнак") in events(result)


def test_a_report_confirmed_next_keeps_the_release(be):
    # trap: the next sentence points back but confirms
    result = be("Сярод памілаваных, паводле звестак «Вясны», — Ігар Бакун. Гэта пацвердзіла яго жонка.")
    assert ("release", "Ігар Бакун") in events(result)


def test_a_relative_clause_in_the_denied_hearsay_stays_told(be):
    # trap: «які адбывае дзесяць гадоў» tells his standing, which the denial leaves alone
    result = be(
        "Напярэдадні некалькі тэлеграм-каналаў пісалі, што на волю можа выйсьці Ігнат Бародзіч — "
        "былы дэпутат з Магілёва, які адбывае дзесяць гадоў калёніі. Гэтыя чуткі не "
        "пацьвердзіліся: ягоная жонка сказала, што муж у калёніі."
    )
    assert events(result) == {("sentence", "Ігнат Бародзіч")}


def test_a_next_sentence_that_denies_its_own_report_leaves_the_one_before(be):
    # trap: «аднак афіцыйна гэта не пацвярджаецца» points at its own «кажуць, што …»
    result = be(
        "Сярод памілаваных няма Андрэя Мяцельскага, які адбывае 9 гадоў калоніі, хаця, паводле "
        "звестак сваякоў, ён падаваў прашэнне. У праваабарончым асяроддзі кажуць, што да Новага "
        "года могуць памілаваць яшчэ некалькі дзясяткаў чалавек, аднак афіцыйна гэта не "
        "пацвярджаецца."
    )
    assert ("sentence", "Андрэй Мяцельскі") in events(result)
