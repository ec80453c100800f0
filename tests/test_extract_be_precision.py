"""Belarusian precision families (atoms round 2), on sentences written for these tests: an
imperfective infinitive or a perfective's future is no fact («выслаць … не могуць»); a removal
told again in detail frees no one when its first telling did not; an institution's or a
place's capitalised words are no person («Прысуд Брэсцкі абласны суд агучыць …», «у
акупаваным Херсоне», «паміж Беларуссю і Захадам», «Дзень Перамогі»); terms listed
«адпаведна» with a preposition before each; a plural surname two first names share."""

from __future__ import annotations

import pytest

from tests.test_extract_ru import events, names, terms


@pytest.mark.parametrize(
    "text",
    [
        "Літоўскія ўлады збіраюцца выслаць расіяніна Пятра Гуменюка. Ягоная абаронца падала скаргу,"
        " і пакуль скаргу не разгледзяць, выдвараць мужчыну не могуць.",
        "Латвійскі суд дазволіў выдвараць Пятра Гуменюка толькі пасля разгляду скаргі.",
        "Сваякі чакаюць, што неўзабаве Пятра Гуменюка вызваляць.",
        "Пятра Гуменюка абяцаюць адпускаць на выхадныя, калі ён паправіцца.",
    ],
)
def test_infinitive_or_future_is_no_fact(be, text):
    got = events(be(text))
    assert not {e for e in got if e[1] == "Пётр Гуменюк" and e[0] in ("deportation", "release")}


@pytest.mark.parametrize(
    "text",
    [
        "Пятра Гуменюка вызвалілі і выдварылі ў Літву.",
        "У чацвер Пятра Гуменюка выслалі з краіны.",
    ],
)
def test_stated_removal_stays(be, text):
    assert ("deportation", "Пётр Гуменюк") in events(be(text))


def test_a_foreigner_sent_home_is_not_freed_by_the_detail(be):
    result = be(
        "Грамадзяніна Літвы Антанаса Вайткуса, затрыманага ў Брэсце за здымкі мосту, выдварылі з"
        " Беларусі. Яго давезлі да мяжы і перадалі літоўскім памежнікам."
    )
    assert ("deportation", "Антанас Вайткус") in events(result)
    assert ("release", "Антанас Вайткус") not in events(result)


def test_a_prisoner_handed_over_at_the_border_is_freed(be):
    result = be(
        "Палітвязня Антанаса Вайткуса пасля трох гадоў калоніі давезлі да мяжы"
        " і перадалі літоўскім памежнікам."
    )
    assert {("deportation", "Антанас Вайткус"), ("release", "Антанас Вайткус")} <= events(result)


@pytest.mark.parametrize(
    ("text", "person", "wrong"),
    [
        (
            "Выхавальніцу Пінскага дзіцячага садка Ганну Лабко 3 сакавіка забралі з працы сілавікі.",
            "Ганна Лабко",
            "Пінскага",
        ),
        (
            "Абвінаваўца папрасіў для Сымона Карчэўскага чатыры гады. Прысуд Брэсцкі абласны суд"
            " агучыць 3 красавіка.",
            "Сымон Карчэўскі",
            "Прысуд",
        ),
        (
            "Украінца Пятра Бондара асудзілі на дзесяць гадоў. Яго затрымалі ў акупаваным Херсоне ўвосень.",
            "Пётр Бондар",
            "Херсоне",
        ),
        (
            "Дзякуючы абмену паміж Беларуссю і Захадам на волі апынуўся праграміст Ілья Сокал.",
            "Ілья Сокал",
            "Захад",
        ),
        (
            "Да Дня Перамогі вызвалены з магілёўскай калоніі былы настаўнік Пётр Жук.",
            "Пётр Жук",
            "Перамог",
        ),
        ("Пятра Бондара затрымалі пад Севастопалем, пасля вывезлі ў Расію.", "Пётр Бондар", "Севастопал"),
    ],
)
def test_institutions_and_places_are_no_persons(be, text, person, wrong):
    result = be(text)
    assert person in names(result)
    assert not [n for n in names(result) if wrong in n]
    assert not [e for e in events(result) if wrong in e[1]]


def test_a_court_named_before_a_future_verdict_is_no_sentence(be):
    result = be("Прысуд Віцебскі абласны суд абвесціць на наступным тыдні.")
    assert not events(result)


def test_a_real_person_after_a_place_preposition_stays(be):
    result = be("Суд у Гомелі асудзіў Кастуся Шарамета на тры гады.")
    assert ("sentence", "Кастусь Шарамет") in events(result)


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "Суд прысудзіў Васіля і Ірыну Жалнерскіх адпаведна да паўтара года і да двух гадоў і трох"
            " месяцаў калоніі.",
            ("Васіль Жалнерскі", 18),
            ("Ірына Жалнерская", 27),
        ),
        (
            "Бацьку і сына з Ліды Андрэя і Мікіту Гарбацэвічаў асудзілі адпаведна да трох гадоў і да"
            " двух з паловай гадоў калоніі.",
            ("Андрэй Гарбацэвіч", 36),
            ("Мікіта Гарбацэвіч", 30),
        ),
    ],
)
def test_respectively_with_a_preposition_before_each_term(be, text, first, second):
    got = terms(be(text))
    assert got[first[0]] == first[1]
    assert got[second[0]] == second[1]


def test_a_shared_plural_surname_in_each_gender(be):
    result = be("У Баранавічах затрымалі Вольгу і Пятра Сіняковых.")
    assert {"Вольга Сінякова", "Пётр Сінякоў"} <= set(names(result))
    assert {("arrest", "Вольга Сінякова"), ("arrest", "Пётр Сінякоў")} <= events(result)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Ганну Сушко адправілі ў калонію на чатыры гады.", ("sentence", "Ганна Сушко")),
        (
            "Сілавікі ўварваліся да Юрыя Рудзенкі і вывезлі яго ў невядомым кірунку.",
            ("arrest", "Юрый Рудзенка"),
        ),
        ("Музыку Ігара Банцара выпусцілі з ізалятара пасля 15 сутак.", ("release", "Ігар Банцар")),
        ("Ігар Банцар выйшаў са спецпрыёмніка ў нядзелю.", ("release", "Ігар Банцар")),
    ],
)
def test_stay_idioms(be, text, event):
    assert event in events(be(text))


@pytest.mark.parametrize(
    "text",
    [
        "Ганну Сушко адправілі ў калонію адбываць пакаранне.",
        "Ганну Сушко могуць адправіць у калонію на чатыры гады.",
        "Бацькі вывезлі Ганну Сушко ў невядомым кірунку.",
    ],
)
def test_stay_idiom_traps(be, text):
    assert not events(be(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Суд асудзіў Пятра Лебедзя на два гады.", "Пётр Лебедзь"),
        ("Сяргею Гусю далі тры гады калоніі.", "Сяргей Гусь"),
        ("Размова з Іванам Кавалём адбылася ў судзе.", "Іван Каваль"),
    ],
)
def test_soft_stem_surnames_in_the_nominative(be, text, name):
    assert name in names(be(text))


def test_no_longer_behind_bars_is_a_release(be):
    assert ("release", "Сяргей Віхор") in events(be("Блогер Сяргей Віхор больш не за кратамі."))


@pytest.mark.parametrize(
    "text",
    [
        "Марыя Лук не за кратамі, а пад хатнім арыштам.",
        "Калі Марыя Лук больш не за кратамі будзе, яна паедзе да маці.",
    ],
)
def test_no_longer_behind_bars_traps(be, text):
    assert not events(be(text))
