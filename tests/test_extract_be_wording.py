"""Belarusian families from the atoms round (short briefs, each saying one fact in its own
way), on sentences written for these tests: taken away by force («забралі з дому», «вывелі ў
кайданках», «сілавікі забралі»), a counted noun inside a longer trigger («змясціў пад хатні
арышт»), a condemnation that is no verdict, forced removal onto transport, death idioms,
numbers that name («калонія №9») or price («10 тысяч долараў»), negated membership («не
трапіў у спіс памілаваных»)."""

from __future__ import annotations

import pytest

from tests.test_extract_ru import counts, events


def test_house_arrest_ordered_by_a_court(be):
    result = be("Суд Фрунзенскага раёна змясціў пад хатні арышт бухгалтарку Алену Кавалёву.")
    assert ("arrest", "Алена Кавалёва") in events(result)


@pytest.mark.parametrize(
    "text",
    [
        "Мастака Пятра Мароза забралі з кватэры ў аўторак, паведамляюць праваабаронцы.",
        "Фатографа Андрэя Сіняка вывелі з офіса ў кайданках.",
        "У нядзелю сілавікі забралі Кірыла Дзмітрыева проста з канцэрта.",
        "Праграміста Кірыла Дзмітрыева запіхнулі ў бус каля пад'езда.",
        "Ноччу Кірыла Дзмітрыева забралі супрацоўнікі КДБ.",
    ],
)
def test_taken_away_by_force_is_an_arrest(be, text):
    assert any(kind == "arrest" for kind, _ in events(be(text)))


@pytest.mark.parametrize(
    "text",
    [
        "Пасля прысуду Андрэя Сіняка вывелі з залы суда ў кайданках.",
        "Андрэй Сіняк забраў з кватэры свае рэчы і паехаў да маці.",
        "Кірыла Дзмітрыева забралі з дому сваякі.",
    ],
)
def test_taking_away_that_is_no_arrest(be, text):
    assert not any(kind == "arrest" for kind, _ in events(be(text)))


def test_custody_for_months_in_the_investigative_isolator(be):
    result = be("Суд адправіў Пятра Мароза на два месяцы ў следчы ізалятар.")
    assert ("arrest", "Пётр Мароз") in events(result)
    assert not any(kind == "sentence" for kind, _ in events(result))


def test_condemnation_is_no_verdict(be):
    result = be("Затрыманне блогера Андрэя Курчыка жорстка асудзілі ў Еўразвязе.")
    assert not any(kind == "sentence" for kind, _ in events(result))
    result = be("Суд асудзіў Андрэя Курчыка на тры гады калоніі.")
    assert ("sentence", "Андрэй Курчык") in events(result)


def test_forced_onto_transport_is_a_deportation_without_release(be):
    result = be("Журналістку Ганну Ціхан прымусова пасадзілі ў цягнік да Варшавы.")
    assert ("deportation", "Ганна Ціхан") in events(result)
    assert ("release", "Ганна Ціхан") not in events(result)


def test_death_idiom_in_a_prison_hospital(be):
    result = be("Памерла палітвязніца Ірына Лазар. 60-гадовая жанчына пайшла з жыцця ў турэмнай бальніцы.")
    assert ("death", "Ірына Лазар") in events(result)


def test_a_number_that_names_or_prices_counts_nobody(be):
    result = be("У віцебскай калоніі №9 памёр палітвязень Пётр Гаранін.")
    assert counts(result) == [] or all(n != 9 for _, n in counts(result))
    result = be("Суд вызваліў пад заклад у 20 тысяч долараў журналістку Ніну Гарбач, затрыманую ў пятніцу.")
    assert ("release", "Ніна Гарбач") in events(result)
    assert all(n != 20000 for _, n in counts(result))


@pytest.mark.parametrize(
    "text",
    [
        "Сяргей Мароз не ўвайшоў у лік памілаваных, хоць падаваў прашэнне.",
        "Не аказалася сярод вызваленых і Ганны Ціхан.",
    ],
)
def test_not_among_those_freed(be, text):
    assert not any(kind == "release" for kind, _ in events(be(text)))


def test_among_those_freed(be):
    result = be("Улады вызвалілі пяць палітвязняў. Сярод вызваленых — Ганна Ціхан.")
    assert ("release", "Ганна Ціхан") in events(result)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Актывіст Павел Рудзік выйшаў з-за кратаў у пятніцу.", "release"),
        ("Настаўніца Вольга Кулік апынулася на волі пасля трох гадоў калоніі.", "release"),
        ("Павел Рудзік пакінуў сцены калоніі ў Віцебску.", "release"),
        ("Сяргея Барыса кінулі за краты пасля ператрусу.", "arrest"),
        ("Уладзімір Дрозд трапіў у рукі сілавікоў на мяжы.", "arrest"),
    ],
)
def test_release_and_jail_idioms(be, text, kind):
    assert any(k == kind for k, _ in events(be(text)))


@pytest.mark.parametrize(
    "text",
    [
        "Уладзімір Дрозд не выйшаў з-за кратаў і ў гэты раз.",
        "Сяргея Барыса кінулі за краты на тры гады.",
        "Вольга Кулік можа апынуцца на волі ўжо ўвосень.",
    ],
)
def test_idioms_negated_or_with_a_term(be, text):
    kinds = {k for k, _ in events(be(text))}
    assert "release" not in kinds and "arrest" not in kinds


def test_a_place_span_that_ends_in_a_name(be):
    result = be("Кіроўцу аўтобуса з Барысава Сяргея Лабана затрымалі каля вакзала.")
    assert ("arrest", "Сяргей Лабан") in events(result)


def test_a_citizen_of_a_country_before_the_name(be):
    result = be("Жыхарку Украіны Аксану Кравец выслалі з Беларусі.")
    assert ("deportation", "Аксана Кравец") in events(result)
    assert all("Украіны" not in p.name for p in result.persons)


def test_a_pronoun_beside_the_second_trigger(be):
    result = be("Ганну Ціхан вызвалілі з калоніі, але супрацоўнікі КДБ вывезлі яе на польскую мяжу.")
    assert ("release", "Ганна Ціхан") in events(result)
    assert ("deportation", "Ганна Ціхан") in events(result)


def test_a_generic_noun_two_sentences_on(be):
    result = be(
        "У калоніі №3 памёр палітвязень Пётр Гаранін. Яму было 58 гадоў. "
        "Мужчына адбываў пяць гадоў за каментары."
    )
    assert ("sentence", "Пётр Гаранін") in events(result)
    assert ("death", "Пётр Гаранін") in events(result)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Эколага Сцяпана Марчука павязалі каля пад'езда.", "arrest"),
        ("Краўчыху Зінаіду Паплаўскую скруцілі на выхадзе з крамы.", "arrest"),
        ("Сцяпан Марчук трапіў пад арышт разам з братам.", "arrest"),
        ("Падчас затрымання Сцяпана Марчука збілі.", "arrest"),
        ("Сцяпан Марчук зноў за кратамі.", "arrest"),
        ("Зінаіда Паплаўская — на волі: яе вызвалілі ўчора.", "release"),
        ("Сцяпан Марчук нарэшце на свабодзе.", "release"),
    ],
)
def test_slang_state_and_nominal_frames(be, text, kind):
    assert any(k == kind for k, _ in events(be(text)))


@pytest.mark.parametrize(
    "text",
    [
        "Сцяпан Марчук застаецца на волі, але пад наглядам.",
        "Зінаіда Паплаўская яшчэ не на волі.",
        "Калі Сцяпан Марчук будзе на волі, ён з'едзе.",
        "Сцяпан Марчук ужо тры гады за кратамі.",
    ],
)
def test_states_that_are_no_change(be, text):
    assert events(be(text)) == set()


def test_a_group_counted_before_a_place_on_a_cemetery(be):
    result = be("Шаснаццаць удзельнікаў акцыі на могілках затрымалі ў суботу.")
    assert ("arrest", 16) in counts(result)


@pytest.mark.parametrize(
    "text",
    [
        "Пасля заканчэння тэрміну Раман Жук вярнуўся дадому.",
        "Пасля адбыцця пакарання Раман Жук з'ехаў у Польшчу.",
    ],
)
def test_after_the_term_ended(be, text):
    assert ("release", "Раман Жук") in events(be(text))


@pytest.mark.parametrize(
    "text",
    [
        "Пасля заканчэння тэрміну Раман Жук можа выйсці на волю.",
        "Пасля заканчэння тэрміну Раман Жук з'едзе, калі зможа.",
        "Да заканчэння тэрміну Раману Жуку засталося два гады.",
    ],
)
def test_after_the_term_ends_in_future(be, text):
    assert ("release", "Раман Жук") not in events(be(text))


def test_a_lone_surname_opening_a_sentence(be):
    result = be("Кавальчук памілаваў 12 асуджаных, паведаміла прэс-служба.")
    assert [p.name for p in result.persons] == ["Кавальчук"]
    assert ("release", 12) in counts(result)
    assert ("release", "Кавальчук") not in events(result)


@pytest.mark.parametrize("text", ["Дзяўчына заявіла пра ціск.", "Справа дайшла да суда.", "Улада адмовіла."])
def test_a_common_word_opening_a_sentence_is_no_surname(be, text):
    assert be(text).persons == []


def test_a_womans_nominative_that_is_also_a_mans_genitive(be):
    result = be("Ягоная дачка Алеся Бойко гэтага не пацвярджае: «Мы нічога не ведаем, лістоў няма».")
    assert [p.name for p in result.persons] == ["Алеся Бойко"]
    assert len(result.quotes) == 1
    result = be("Сябры Алеся Мароза сабралі грошы на адваката.")
    assert [p.name for p in result.persons] == ["Алесь Мароз"]


@pytest.mark.parametrize(
    ("text", "freed"),
    [
        ("Свабоду атрымаў Ігар Лось.", True),
        ("Ігар Лось атрымаў доўгачаканую свабоду.", True),
        ("Ігар Лось можа атрымаць свабоду ўвосень.", False),
        ("Ігар Лось не атрымаў волю.", False),
    ],
)
def test_given_freedom(be, text, freed):
    assert (("release", "Ігар Лось") in events(be(text))) == freed


def test_a_release_noun_with_its_name_is_a_fact_whatever_follows(be):
    result = be("Пасля вызвалення Рамана Жука журналісты пыталіся даведацца, ці ён з'едзе.")
    assert ("release", "Раман Жук") in events(result)
