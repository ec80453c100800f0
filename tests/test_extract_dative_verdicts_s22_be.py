"""Belarusian verdicts told to a dative recipient (session 22, sentences written for these
tests): a term «прызначана» / «вызначыў» to a named person in the dative, also two names joined
by «і»; a court's list «Суд прызначыў:» whose lines open with the person's age as an adjective
(«31-гадоваму кіроўцу X — …;») as well as with the name. A prosecutor's demand, a possibility
and a negation give nothing."""

from __future__ import annotations

from tests.test_extract_ru import events, terms


def test_a_passive_term_to_a_dative_name(be):
    result = be(
        "Суд у Брэсце вынес прысуд. 52-гадовай бухгалтарцы Галіне Мароз прызначана чатыры гады калоніі."
    )
    assert terms(result).get("Галіна Мароз") == 48
    result = be("Электрыку Алесю Вярбіцкаму ўчора прызначаныя два з паловай гады «хіміі».")
    assert terms(result).get("Алесь Вярбіцкі") == 30


def test_vyznachyc_with_two_dative_names(be):
    result = be("Пятру Зайцаву і Сымону Літвіну суддзя вызначыў па тры гады абмежавання волі.")
    assert terms(result) == {"Пётр Зайцаў": 36, "Сымон Літвін": 36}
    result = be("Суд вызначыў Кірылу Бародзічу пяць гадоў калоніі ўзмоцненага рэжыму.")
    assert terms(result).get("Кірыл Бародзіч") == 60


def test_a_court_list_with_an_age_opening_a_line(be):
    result = be(
        "Суд у Брэсце вынес прысуд трым актывістам.\n\n"
        "Суд прызначыў:\n"
        "Галіне Мароз — чатыры гады калоніі агульнага рэжыму;\n"
        "31-гадоваму кіроўцу Пятру Зайцаву — тры гады калоніі;\n"
        "Сымону Літвіну — два гады абмежавання волі."
    )
    assert terms(result) == {"Галіна Мароз": 48, "Пётр Зайцаў": 36, "Сымон Літвін": 24}


def test_an_aged_line_first_in_the_list(be):
    result = be(
        "Прысуд абвясцілі ў чацвер.\n\n"
        "Суд прызначыў:\n"
        "60-гадовай пенсіянерцы Ганне Шыла — тры гады «хатняй хіміі»;\n"
        "Віктару Бараноўскаму — шэсць гадоў калоніі."
    )
    assert terms(result) == {"Ганна Шыла": 36, "Віктар Бараноўскі": 72}


def test_traps_demand_possibility_negation(be):
    assert not events(be("Абвінаваўца прасіў прызначыць Галіне Мароз чатыры гады калоніі."))
    assert not events(be("Пятру Зайцаву могуць прызначыць да трох гадоў калоніі."))
    assert not events(be("Суддзя не вызначыў Сымону Літвіну ніякага тэрміну, справу вярнулі на дапрацоўку."))
