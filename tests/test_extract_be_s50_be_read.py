"""Belarusian extraction, session 50 (helper be-read): classes of language behind missed events of
the Belarusian read sets (syn40-be-b newly readable), each counted across all the read sets before
it was written (docs/extract-ru-be.md, session 50), in wordings of our own, with traps.

* a sentence that names no one and opens with «Былога / Былую» + a lower-case noun («Былога
  інжынэра … затрымалі») tells of a person the article named before, of the adjective's gender;
* a genitive first name before a first name in another oblique case («Сябру Зьмітра Алегу
  Курыловічу») is whose friend: the person is the second name with the surname.
"""

from __future__ import annotations

from tests.test_extract_ru import events


def names(result) -> list[str]:
    return [p.name for p in result.persons]


# -- «Былога / Былую» + a noun opening a sentence that names no one ----------------------------------


def test_former_trade_opening_points_back_past_a_relative(be):
    result = be(
        "У калоніі ў Горках памёр палітвязень Мікалай Сцепанюк. Пра гэта паведаміла ягоная сястра "
        "Ларыса Сцепанюк. «Нам нічога не патлумачылі», — расказала яна.\n\n"
        "Былога майстра Магілёўскага аўтазавода затрымалі ў красавіку 2021 года."
    )
    assert ("arrest", "Мікалай Сцепанюк") in events(result)
    assert ("arrest", "Ларыса Сцепанюк") not in events(result)


def test_former_trade_in_the_feminine_points_back_to_her(be):
    result = be(
        "Палітвязьніца Алена Гнот выйшла на волю ў лістападзе. Яе сустракаў муж Андрэй Гнот.\n\n"
        "Былую бухгалтарку райспажыўсаюза затрымалі ў сакавіку 2022 году на працы."
    )
    assert ("arrest", "Алена Гнот") in events(result)
    assert ("arrest", "Андрэй Гнот") not in events(result)


def test_former_trade_in_a_headline_names_no_one(be):
    # trap: a headline has no one before it; the verdict goes to the person the body names
    result = be(
        "Былога ўчастковага з Ліды асудзілі на 9 гадоў\n\n"
        "Лідскі раённы суд асудзіў былога ўчастковага Сяргея Кліменку на 9 гадоў калоніі."
    )
    assert ("sentence", "Сяргей Кліменка") in events(result)


def test_former_trade_with_its_own_name_keeps_it(be):
    # trap: «Былога палітвязня X затрымалі» names its own person
    result = be(
        "Ігар Кот выйшаў на волю ў 2024 годзе.\n\n"
        "Былога палітвязня Арцёма Клімовіча зноў затрымалі ў Віцебску."
    )
    assert ("arrest", "Арцём Клімовіч") in events(result)
    assert ("arrest", "Ігар Кот") not in events(result)


# -- an owner's first name before a first name in another oblique case -------------------------------


def test_owners_genitive_before_a_dative_name_is_another_person(be):
    result = be(
        "Зьміцер Рудакоўскі застаецца за кратамі. Сябру Зьмітра Алегу Курыловічу, якога затрымалі "
        "разам зь ім, пашанцавала больш: ён атрымаў тры гады «хіміі»."
    )
    assert names(result) == ["Зьміцер Рудакоўскі", "Алег Курыловіч"]
    assert ("arrest", "Алег Курыловіч") in events(result)
    assert ("sentence", "Алег Курыловіч") in events(result)


def test_owners_genitive_before_an_instrumental_name(be):
    result = be("Дачка Ксеніі Бурак жыве ў Мазыры з бабуляй, маці Ксеніі Галінай Шутавай.")
    assert sorted(names(result)) == ["Галіна Шутава", "Ксенія Бурак"]


def test_a_first_name_and_a_surname_in_one_case_stay_one_person(be):
    # trap: «Алегу Курыловічу» alone is one person in the dative
    result = be("Алегу Курыловічу далі тры гады «хіміі».")
    assert names(result) == ["Алег Курыловіч"]
    assert ("sentence", "Алег Курыловіч") in events(result)
