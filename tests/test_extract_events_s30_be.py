"""Belarusian families of session 30, from a matrix of wordings (lexicon × frame × orthography):
a death on a timeline's line in the masculine past «памёр»; removal abroad worded «выставілі з
краіны», «выправілі ў Літву» and participles of expulsion in any case («выгнанай зь Беларусі»);
«адзін з N X, якіх …» counting the group of the relative clause; «разам з N іншымі» adding the
named to the others; the lexicon of a term cut («зменшыў тэрмін»), an amnesty, a death found
(«знайшлі павешаным»), a death in transit («падчас этапу»), «сеў на N гадоў». Precision traps:
the same words with no person or no term, inside custody at home, a count of one of a whole
named by its trigger. Sentences written for these tests."""

from __future__ import annotations

from tests.test_extract_ru import counts, events, terms

# -- a death on a timeline's line --------------------------------------------------------------


def test_timeline_line_death_masculine(be):
    text = (
        "Сяргей Кулеш, хірург\n"
        "• верасень 2021 — затрыманы ў бальніцы;\n"
        "• чэрвень 2022 — асуджаны на 8 гадоў калоніі;\n"
        "• 14 студзеня 2024 — памёр у калоніі № 3."
    )
    found = events(be(text))
    assert {("arrest", "Сяргей Кулеш"), ("sentence", "Сяргей Кулеш"), ("death", "Сяргей Кулеш")} <= found


def test_timeline_line_death_taraskievica(be):
    text = "Зьміцер Лысы, настаўнік\n• 2021 — затрыманы;\n• 2023 — памёр у калёніі ў Шклове."
    assert ("death", "Зьміцер Лысы") in events(be(text))


def test_timeline_line_death_feminine_still_found(be):
    text = "Ганна Малец, пенсіянерка\n• 2022 — затрыманая;\n• 2024 — памерла ў калоніі ў Гомелі."
    assert ("death", "Ганна Малец") in events(be(text))


def test_timeline_line_death_of_another_gender_gives_nothing(be):
    text = "Ганна Малец, пенсіянерка\n• 2022 — затрыманая;\n• 2024 — памёр у калоніі ў Гомелі."
    assert ("death", "Ганна Малец") not in events(be(text))


# -- removal abroad ---------------------------------------------------------------------------------


def test_put_out_of_the_country(be):
    assert ("deportation", "Андрэй Пачобут") in events(be("Андрэя Пачобута выставілі з краіны."))


def test_sent_off_to_lithuania(be):
    text = "Ігара Карнея пасля вызвалення выправілі ў Літву."
    assert {("release", "Ігар Карней"), ("deportation", "Ігар Карней")} <= events(be(text))


def test_expelled_participle_in_an_oblique_case(be):
    text = "Гутарка з вызваленай і выгнанай зь Беларусі Ларысай Гурыновіч."
    assert ("deportation", "Ларыса Гурыновіч") in events(be(text))


def test_expelled_participle_in_the_nominative(be):
    text = "Ларыса Гурыновіч, выгнаная зь Беларусі, жыве ў Вільні."
    assert ("deportation", "Ларыса Гурыновіч") in events(be(text))


def test_sent_to_a_colony_is_no_removal(be):
    assert ("deportation", "Ігар Карней") not in events(be("Ігара Карнея выправілі ў калонію."))


# -- «адзін з N X, якіх …» ------------------------------------------------------------------------


def test_one_of_a_counted_group_arrested(be):
    result = be("Дзяніс Івашын — адзін з 12 журналістаў, якіх затрымалі ў той дзень.")
    assert ("arrest", "Дзяніс Івашын") in events(result)
    assert ("arrest", 12) in counts(result)


def test_one_of_a_counted_group_pardoned_and_removed_taraskievica(be):
    result = be("Ларыса Шчыракова — адна з 14 палітвязьняў, якіх 9 верасьня памілавалі і вывезьлі ў Літву.")
    assert {("release", "Ларыса Шчыракова"), ("deportation", "Ларыса Шчыракова")} <= events(result)
    assert {("release", 14), ("deportation", 14)} <= counts(result)


def test_one_of_two_freed_names_no_group_size(be):
    result = be("Адзін з двух вызваленых — Дзяніс Івашын.")
    assert ("release", "Дзяніс Івашын") in events(result)
    assert ("release", 2) not in counts(result)


# -- «разам з N іншымі» -----------------------------------------------------------------------------


def test_together_with_others_without_a_noun(be):
    result = be("Ігара Карнея вывезлі ў Літву разам з 13 іншымі.")
    assert ("deportation", 14) in counts(result)


def test_together_with_others_passive(be):
    result = be("Ігар Карней быў вызвалены разам з 13 іншымі.")
    assert ("release", 14) in counts(result)


def test_together_with_others_and_a_noun_still_counts(be):
    result = be("Ігара Карнея разам з 13 іншымі палітвязнямі памілавалі.")
    assert ("release", 14) in counts(result)


def test_together_with_workers_signing_is_no_event(be):
    result = be("Разам з 13 іншымі працаўнікамі завода Ігар Карней падпісаў ліст.")
    assert not events(result) and not counts(result)


# -- lexicon ----------------------------------------------------------------------------------------


def test_term_cut_on_appeal(be):
    result = be("Вярхоўны суд зменшыў Ігару Карнею тэрмін да трох гадоў.")
    assert terms(result).get("Ігар Карней") == 36


def test_term_cut_imperfective(be):
    result = be("Суд паменшыў Ганне Малец тэрмін да двух гадоў.")
    assert terms(result).get("Ганна Малец") == 24


def test_amnesty(be):
    assert ("release", "Ігар Карней") in events(be("Ігара Карнея амнісціравалі."))


def test_found_hanged_in_a_cell(be):
    assert ("death", "Ігар Карней") in events(be("Ігара Карнея знайшлі павешаным у камеры."))


def test_died_in_transit_between_prisons(be):
    assert ("death", "Ігар Карней") in events(be("Ігар Карней памёр падчас этапу."))


def test_went_to_prison_for_a_term(be):
    result = be("Ігар Карней сеў на пяць гадоў.")
    assert terms(result).get("Ігар Карней") == 60


def test_sat_down_on_a_bench_is_no_sentence(be):
    assert not events(be("Ігар Карней сеў на лаўку і заплакаў."))


def test_died_after_release_is_no_death_in_custody(be):
    found = events(be("Ігар Карней памёр праз тыдзень пасля вызвалення."))
    assert ("death", "Ігар Карней") not in found


def test_amnesty_called_for_is_no_release(be):
    assert not events(be("Праваабаронцы патрабуюць амнісціраваць Ігара Карнея."))
