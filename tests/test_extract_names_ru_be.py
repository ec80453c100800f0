"""Names in the nominative from oblique forms in Russian and Belarusian news: vowels that
the other forms drop, a man's surname in the dative, first names the dictionary does not know
and foreign names written in Cyrillic. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.test_extract_ru import events, names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Суд в Томске продлил арест Николая Дедка, обвиняемого в участии в сообществе.", "Николай Дедок"),
        ("Журналиста Павла Орла задержали в аэропорту Шереметьево.", "Павел Орёл"),
        ("Следователи допросили Ивана Немца по делу о поджоге.", "Иван Немец"),
        ("Суд арестовал активиста Андрея Зайца на два месяца.", "Андрей Заяц"),
        ("Полиция задержала блогера Игоря Сучка у здания суда.", "Игорь Сучок"),
        ("Адвокат Юрия Бутка обжаловал приговор.", "Юрий Буток"),
    ],
)
def test_russian_surname_with_a_fleeting_vowel(run, text, name):
    assert name in names(run(text, "ru"))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Суд задержал Марка Франка у подъезда.", "Марк Франк"),
        ("Полиция задержала Олега Волка у подъезда.", "Олег Волк"),
        ("Суд продлил арест Виктора Кравченко.", "Виктор Кравченко"),
    ],
)
def test_russian_surname_without_a_fleeting_vowel_keeps_its_stem(run, text, name):
    assert name in names(run(text, "ru"))


def test_russian_unknown_first_name_in_the_dative_is_a_mans(run):
    result = run("Суд в Уфе назначил Фаилю Алсынову четыре года колонии.", "ru")
    assert "Фаиль Алсынов" in names(result)


def test_russian_undeclined_unknown_first_name_is_a_womans(run):
    result = run("Суд в Баку арестовал журналистку Айтен Мамедову на четыре месяца.", "ru")
    assert "Айтен Мамедова" in names(result)


def test_russian_foreign_name_in_the_nominative_stays_as_written(run):
    result = run("Посол Великобритании Найджел Кейси потребовал освободить Владимира Кара-Мурзу.", "ru")
    assert "Найджел Кейси" in names(result)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ігару Ільяшу і Андрэю Пачобуту вынеслі прысуды ў Гродне.", "Ігар Ільяш"),
        ("Ігару Ільяшу і Андрэю Пачобуту вынеслі прысуды ў Гродне.", "Андрэй Пачобут"),
        ("Суд у Брэсце прызначыў Андрэю Бастунцу тры гады пазбаўлення волі.", "Андрэй Бастунец"),
        ("Сустрэча з Андрэем Кузнечыкам адбылася ў Вільні.", "Андрэй Кузнечык"),
        ("Палітвязня Мікалая Дзядка этапавалі ў калонію ў Наваполацку.", "Мікалай Дзядок"),
        ("Суд пачаў разгляд справы Аляксандра Краўца.", "Аляксандр Кравец"),
        ("Паліцыя затрымала Алега Воўка каля пад'езда.", "Алег Воўк"),
    ],
)
def test_belarusian_mans_surname_in_an_oblique_case(run, text, name):
    assert name in names(run(text, "be"))


def test_belarusian_short_first_name_after_a_role_word(run):
    result = run("Праваабаронца Насця Лойка асуджаная на сем гадоў калоніі.", "be")
    assert "Насця Лойка" in names(result)


# -- names in Latin letters ---------------------------------------------------------------------


def test_russian_latin_names_are_persons_with_their_events(run):
    result = run(
        "Германия освободила Вадима Красикова. В ответ Россия освободила Evan Gershkovich и Paul Whelan.",
        "ru",
    )
    assert {"Evan Gershkovich", "Paul Whelan"} <= names(result)
    assert {("release", "Evan Gershkovich"), ("release", "Paul Whelan")} <= events(result)


def test_latin_name_the_ner_read_as_an_organisation(run):
    result = run(
        "В Екатеринбурге задержали американского журналиста Эвана Гершковича. Evan Gershkovich "
        "работал корреспондентом The Wall Street Journal.",
        "ru",
    )
    # the Latin spelling is a mention of the Cyrillic one's person (one person, two scripts)
    assert names(result) == {"Эван Гершкович"}
    text = result.document.text
    assert "Evan Gershkovich" in [text[s:e] for s, e in result.persons[0].mentions]


def test_latin_name_gender_serves_a_pronoun(run):
    result = run(
        "Журналистка Jane Smith и фотограф Иван Петров пришли к зданию суда. Её задержали у входа.", "ru"
    )
    assert ("arrest", "Jane Smith") in events(result)
    assert ("arrest", "Иван Петров") not in events(result)


def test_belarusian_latin_name(run):
    result = run("Польскага журналіста Andrzej Poczobut перавезлі ў іншую калонію.", "be")
    assert "Andrzej Poczobut" in names(result)


def test_name_inside_an_organisation_span_of_lower_case_words(run):
    result = run("Праваабаронцы паведамілі пра Андрэя Шумоўскага і Наталлю Шумоўскую.", "be")
    assert {"Андрэй Шумоўскі", "Наталля Шумоўская"} <= names(result)


def test_region_name_after_a_capital_preposition_is_no_person(run):
    result = run("В Минской области за неделю задержаны двадцать три человека.", "ru")
    assert not result.persons


def test_belarusian_name_the_ner_cut_at_the_surname_is_one_person(run):
    result = run("Палітвязня Алеся Бяляцкага прыгаварылі да 10 гадоў. Суд над Бяляцкім доўжыўся год.", "be")
    assert names(result) == {"Алесь Бяляцкі"}
    assert ("sentence", "Алесь Бяляцкі") in events(result)


def test_russian_known_womans_name_in_the_accusative(run):
    assert "Зарема Мусаева" in names(run("Суд арестовал Зарему Мусаеву на два месяца.", "ru"))


def test_belarusian_mans_name_in_a_in_the_instrumental(run):
    result = run("Павел Севярынец расказаў пра сустрэчу з Міколам Статкевічам. Статкевіч адмовіўся.", "be")
    assert names(result) == {"Павел Севярынец", "Мікола Статкевіч"}


# -- a foreign first name alone is the one full name that starts with it --------------------------------


def test_russian_a_lone_first_name_joins_the_full_name(run):
    result = run(
        "Фарида Ахтар из деревни Чак-Джумра была арестована в 2011 году. В 2012 году Фарида была "
        "приговорена к повешению.",
        "ru",
    )
    assert [p.name for p in result.persons] == ["Фарида Ахтар"]
    assert ("sentence", "Фарида Ахтар") in events(result)


def test_russian_a_lone_first_name_shared_by_two_people_joins_neither(run):
    result = run("Фарида Ахтар и Фарида Малик задержаны в Лахоре. Фарида отказалась говорить.", "ru")
    assert {p.name for p in result.persons} >= {"Фарида Ахтар", "Фарида Малик"}
