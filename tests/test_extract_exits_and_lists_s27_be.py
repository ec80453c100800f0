"""Belarusian families of session 27: a release told with the prison before the verb («з калоніі
выйшла X»), «з-пад варты», a pardon received; a town between two conjoined verbs of a relative
clause; «што» as a relative word right after a name; a first name written with Ў; «разам з ім
забралі X»; a «гэта» list whose names carry an age and a trade; the group clause of «сярод …, —»
lists. Sentences written for these tests."""

from __future__ import annotations

from tests.test_extract_ru import events, terms

# -- release: the prison before the verb, «з-пад варты», a pardon received -------------------------


def test_release_with_the_prison_before_the_verb(be):
    text = "Учора з магілёўскай жаночай калоніі выйшла настаўніца Ганна Малец."
    assert ("release", "Ганна Малец") in events(be(text))


def test_release_with_the_prison_and_its_number_before_the_verb(be):
    text = "У панядзелак з калоніі № 4 вызваліўся інжынер Тарас Крупа."
    assert ("release", "Тарас Крупа") in events(be(text))


def test_release_of_the_name_after_a_dash(be):
    text = "Тым жа ранкам са СІЗА выйшла яшчэ адна вязніца — Ганна Малец з Оршы."
    assert ("release", "Ганна Малец") in events(be(text))


def test_a_letter_out_of_the_colony_frees_no_one(be):
    text = "З калоніі выйшаў ліст ад Тараса Крупы."
    assert not any(kind == "release" for kind, _ in events(be(text)))


def test_release_from_custody_after_an_extradition_refusal(be):
    text = "Суд у Тбілісі не выдаў беларуса Мінску, і праз месяц Тарас Крупа выйшаў з-пад варты."
    assert ("release", "Тарас Крупа") in events(be(text))


def test_a_pardon_received_is_a_release_either_order(be):
    found = events(be("Памілаванне атрымаў і 40-гадовы Тарас Крупа з Ліды."))
    assert ("release", "Тарас Крупа") in found
    assert ("release", "Ганна Малец") in events(be("Ганна Малец атрымала памілаванне ў верасні."))


def test_a_pardon_not_received_or_possible_is_no_release(be):
    assert not events(be("Ганна Малец так і не атрымала памілавання."))
    assert not events(be("Ганна Малец можа атрымаць памілаванне."))


# -- conjoined verbs of a relative clause across a town --------------------------------------------


def test_a_town_does_not_split_the_relative_clauses_verbs(be):
    text = "Адзін з іх — Тарас Крупа, які адбыў у Бабруйску чатыры гады і выйшаў на волю ўвосень."
    result = be(text)
    assert {("sentence", "Тарас Крупа"), ("release", "Тарас Крупа")} <= events(result)
    assert terms(result)["Тарас Крупа"] == 48


# -- «што» after a name ----------------------------------------------------------------------------


def test_relative_shto_after_a_name_gives_the_term(be):
    text = "Сярод іх — мастачка Ганна Малец, што адбывае пяць гадоў у калоніі пад Гомелем."
    result = be(text)
    assert ("sentence", "Ганна Малец") in events(result)
    assert terms(result)["Ганна Малец"] == 60


def test_shto_after_a_speech_verb_is_still_a_complementizer(be):
    text = "Ганна Малец кажа, што адбывае пяць гадоў у калоніі Тарас Крупа."
    found = events(be(text))
    assert ("sentence", "Тарас Крупа") in found
    assert ("sentence", "Ганна Малец") not in found


# -- a first name written with Ў -------------------------------------------------------------------


def test_first_name_with_u_short_after_an_age(be):
    text = "У спіс не трапіў 58-гадовы Ўладзіслаў Шчурко, які адбывае сем гадоў калоніі."
    result = be(text)
    assert ("sentence", "Уладзіслаў Шчурко") in events(result)
    assert terms(result)["Уладзіслаў Шчурко"] == 84


# -- «разам з ім забралі X» ------------------------------------------------------------------------


def test_taken_along_with_someone_detained(be):
    text = "Рэдактарку Ганну Малец затрымалі дома. Разам з ёй забралі яе калегу Тараса Крупу."
    assert {("arrest", "Ганна Малец"), ("arrest", "Тарас Крупа")} <= events(be(text))


def test_taken_to_the_police_imperfective(be):
    text = "Тараса Крупу ўжо забіралі ў міліцыю ў 2021 годзе за сцяг на балконе."
    assert ("arrest", "Тарас Крупа") in events(be(text))


def test_things_seized_along_with_a_name_are_no_arrest(be):
    text = "Разам з ім забралі ноўтбук і тэлефон Тараса Крупы."
    assert not events(be(text))


# -- a «гэта» list with ages and trades ------------------------------------------------------------


def test_these_are_list_with_ages_and_trades(be):
    text = (
        "У Віцебску ў аўторак затрымалі дваіх сяброў. "
        "Гэта 27-гадовы тэхнік Тарас Крупа і 31-гадовы муляр Андрэй Сілка."
    )
    found = events(be(text))
    assert {("arrest", "Тарас Крупа"), ("arrest", "Андрэй Сілка")} <= found


def test_a_verb_after_gjeta_is_no_list(be):
    text = "У Віцебску ў аўторак затрымалі дваіх сяброў. Гэта пацвердзіў адвакат Тарас Крупа і Андрэй Сілка."
    assert ("arrest", "Тарас Крупа") not in events(be(text))


# -- the group clause of a «сярод … —» list --------------------------------------------------------


def test_group_relative_clause_reaches_every_listed_name(be):
    text = (
        "Сярод вызваленых, якіх адразу вывезлі ў Польшчу, — Тарас Крупа, "
        "Ганна Малец, якая адбывала шэсць гадоў, і Андрэй Сілка."
    )
    found = events(be(text))
    for name in ("Тарас Крупа", "Ганна Малец", "Андрэй Сілка"):
        assert ("deportation", name) in found
        assert ("release", name) in found


def test_group_noun_reaches_a_name_past_another_relative_clause(be):
    text = "Сярод памілаваных — Тарас Крупа, Ганна Малец, якая адбывала шэсць гадоў, і Андрэй Сілка."
    found = events(be(text))
    assert {("release", "Тарас Крупа"), ("release", "Ганна Малец"), ("release", "Андрэй Сілка")} <= found


def test_one_of_two_freed_past_the_size(be):
    text = (
        "Дванаццаць вязняў памілавалі і вывезлі ў Літву. "
        "Адзін з двух вызваленых, хто не паехаў, — Андрэй Сілка."
    )
    assert ("release", "Андрэй Сілка") in events(be(text))


# -- «яго не стала» ------------------------------------------------------------------------------


def test_he_was_no_more_in_the_colony_is_a_death(be):
    text = "Пенсіянера Андрэя Сілку асудзілі на чатыры гады. Яго не стала ў Магілёўскай калоніі ў красавіку."
    assert ("death", "Андрэй Сілка") in events(be(text))


def test_no_more_outside_custody_or_of_things_is_no_death(be):
    assert not any(
        k == "death" for k, _ in events(be("Пасля вызвалення Андрэя Сілкі не стала ў Гомелі: ён з'ехаў."))
    )
    assert not any(
        k == "death" for k, _ in events(be("Андрэй Сілка сядзеў у калоніі. Грошай на адваката не стала."))
    )


# -- a year in the instrumental ------------------------------------------------------------------


def test_a_year_and_months_in_the_instrumental(be):
    result = be("Раённы суд пакараў годам і трыма месяцамі калоніі фатографа Андрэя Сілку.")
    assert terms(result)["Андрэй Сілка"] == 15
