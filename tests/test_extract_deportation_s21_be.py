"""Belarusian removal abroad of session 21, on sentences written for these tests: the nouns of
removal («дэпартацыя», «высылка», «выдварэнне/выдварэньне») with a count, with a name
opening the sentence, or stated as a fact after «пасля»; the border fronted before the verb
of driving («Да мяжы давезлі:», «на літоўскую мяжу адвезлі»), also as the header of a list.
Threats, fears, denials and calls to stop the practice give nothing."""

from __future__ import annotations

from tests.test_extract_ru import counts, events


def test_the_noun_of_removal_with_a_name_opening_the_sentence(be):
    result = be("Дэпартацыя Уладзіслава Карнейчыка ў Латвію адбылася ў чацвер уначы.")
    assert ("deportation", "Уладзіслаў Карнейчык") in events(result)
    result = be("Выдварэньне Галіны Мікуліч за мяжу суправаджалі двое канваіраў.")
    assert ("deportation", "Галіна Мікуліч") in events(result)
    result = be("Высылка Уладзіслава Карнейчыка стала ўжо трэцяй за месяц.")
    assert ("deportation", "Уладзіслаў Карнейчык") in events(result)


def test_the_noun_of_removal_stated_as_a_fact_after_pasla(be):
    result = be("Пасля дэпартацыі ў Польшчу Уладзіслаў Карнейчык шукае працу ў Беластоку.")
    assert ("deportation", "Уладзіслаў Карнейчык") in events(result)
    result = be("Пасьля сваёй высылкі Галіна Мікуліч двойчы выступала ў Брусэлі.")
    assert ("deportation", "Галіна Мікуліч") in events(result)


def test_the_noun_of_removal_with_a_count(be):
    result = be("Праваабаронцы пацвердзілі дэпартацыю 9 палітвязняў на літоўскі бок.")
    assert ("deportation", 9) in counts(result)


def test_traps_of_the_noun_threat_fear_denial_call_ordinal(be):
    assert not events(be("Уладзіславу Карнейчыку пагражае дэпартацыя ў Расію."))
    assert not events(be("Галіна Мікуліч баіцца дэпартацыі, бо яе пашпарт пратэрмінаваны."))
    assert not events(be("Памежнікі запэўнілі, што ніякай высылкі Уладзіслава Карнейчыка не было."))
    assert not counts(be("Праваабаронцы заклікалі спыніць высылку вызваленых палітвязняў."))
    assert not counts(be("Для Гродна гэта ўжо трэцяя вядомая дэпартацыя за восень."))


def test_the_border_fronted_before_the_verb_of_driving(be):
    result = be("Да польскай мяжы Галіну Мікуліч давезлі двое ў цывільным.")
    assert ("deportation", "Галіна Мікуліч") in events(result)
    result = be("Уладзіслава Карнейчыка забралі ад брамы калоніі і на латвійскую мяжу адвезлі ўначы.")
    assert ("deportation", "Уладзіслаў Карнейчык") in events(result)
    # negated: not driven there
    assert not events(be("Да мяжы яго ўрэшце не давезлі: Уладзіслаў Карнейчык застаўся ў Віцебску."))


def test_a_list_headed_by_the_fronted_border(be):
    result = be(
        "Памілаваных было адзінаццаць. Шасцярых з іх вывезлі за мяжу.\n\n"
        "Да мяжы давезлі:\n\n"
        "1. Уладзіслаў Карнейчык, Наваполацк.\n"
        "2. Галіна Мікуліч, Жлобін.\n\n"
        "Дома засталася Ядвіга Рамановіч."
    )
    found = events(result)
    assert {("deportation", "Уладзіслаў Карнейчык"), ("deportation", "Галіна Мікуліч")} <= found
    assert ("deportation", "Ядвіга Рамановіч") not in found
    assert ("deportation", 6) in counts(result)
