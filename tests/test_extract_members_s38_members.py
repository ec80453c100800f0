"""Members of a group event (session 38), in wording written for these tests: a named part
counted «N из них» / «N з іх» of a larger group counted just before (in its own sentence or the
one before it) went through that group's event too, whatever event its own verb tells and
whether the names stand set off by commas or dashes, as subject or object, before or after the
verb («Полиция задержала шестерых. Двоих из них — A и B — отпустили»: A and B were detained
and released). Traps: a group that was only hoped for, a part told past a sentence about
something else, and a part with no names."""

from __future__ import annotations

import pytest

from tests.extract_views import event_pairs


def _doc(run, text: str, language: str):
    return run("Новости\n\n" + text, language)


@pytest.mark.parametrize(
    ("language", "text", "names", "types"),
    [
        (
            "ru",
            "Весной в Самаре задержали семерых студентов. В пятницу двое из них, Глеб Сорокин и "
            "Инна Белова, были приговорены к четырём годам колонии.",
            ("Глеб Сорокин", "Инна Белова"),
            ("arrest", "sentence"),
        ),
        (
            "ru",
            "Полиция задержала шесть человек у здания суда, троих из них — Глеба Сорокина, Инну "
            "Белову и Олега Рыбина — отпустили вечером.",
            ("Глеб Сорокин", "Инна Белова", "Олег Рыбин"),
            ("arrest", "release"),
        ),
        (
            "ru",
            "Осенью были арестованы восемь волонтёров. Суд приговорил двоих из них — Глеба Сорокина "
            "и Инну Белову — к шести годам.",
            ("Глеб Сорокин", "Инна Белова"),
            ("arrest", "sentence"),
        ),
        (
            "ru",
            "Задержанных было пятеро. Двоих из них, Глеба Сорокина и Инну Белову, отпустили утром.",
            ("Глеб Сорокин", "Инна Белова"),
            ("arrest", "release"),
        ),
        (
            "be",
            "У сакавіку ў Гродне затрымалі сямёх студэнтаў. У панядзелак двух з іх, Глеба Сарокіна "
            "і Іну Белаву, асудзілі да чатырох гадоў калоніі.",
            ("Глеб Сарокін", "Іна Белава"),
            ("arrest", "sentence"),
        ),
        (
            "be",
            "Міліцыя затрымала шасцярых чалавек каля суда. Двое з іх, Глеб Сарокін і Іна Белава, "
            "былі вызваленыя ўвечары.",
            ("Глеб Сарокін", "Іна Белава"),
            ("arrest", "release"),
        ),
        (
            "be",
            "Улады памілавалі 25 палітвязняў. Двух з іх — Глеба Сарокіна і Іну Белаву — у той жа "
            "дзень вывезлі ў Літву.",
            ("Глеб Сарокін", "Іна Белава"),
            ("release", "deportation"),
        ),
    ],
)
def test_a_named_part_of_them_goes_through_the_whole_groups_event(run, language, text, names, types):
    pairs = event_pairs(_doc(run, text, language))
    assert {(t, n) for t in types for n in names} <= pairs


@pytest.mark.parametrize(
    ("language", "text", "names", "etype"),
    [
        (
            "ru",
            "Правозащитники надеются, что освободят 20 человек. Двое из них, Глеб Сорокин и Инна "
            "Белова, были задержаны в мае.",
            ("Глеб Сорокин", "Инна Белова"),
            "release",
        ),
        (
            "ru",
            "Полиция задержала шесть человек. Потом был долгий суд над другими людьми, о котором "
            "писали многие. Двое из них, Глеб Сорокин и Инна Белова, получили по пять лет.",
            ("Глеб Сорокин", "Инна Белова"),
            "arrest",
        ),
        (
            "be",
            "Праваабаронцы спадзяюцца, што вызваляць 20 чалавек. Двое з іх, Глеб Сарокін і Іна "
            "Белава, былі затрыманыя ў траўні.",
            ("Глеб Сарокін", "Іна Белава"),
            "release",
        ),
    ],
)
def test_no_whole_event_for_a_part_of_a_hoped_for_or_distant_group(run, language, text, names, etype):
    pairs = event_pairs(_doc(run, text, language))
    assert not {(etype, n) for n in names} & pairs


def test_a_part_with_no_names_gives_nobody_the_whole_event(run):
    result = _doc(
        run,
        "Полиция задержала шесть человек. Двоих из них отпустили вечером. Адвокат Глеб Сорокин "
        "назвал задержания незаконными.",
        "ru",
    )
    assert ("arrest", "Глеб Сорокин") not in event_pairs(result)


# -- the word for names opening a list after a group ------------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "names", "etype"),
    [
        (
            "ru",
            "Утром в Гомеле задержали шестерых волонтёров. Имена подтверждены: Артур Дашко, Наталья Шумская.",
            ("Артур Дашко", "Наталья Шумская"),
            "arrest",
        ),
        (
            "ru",
            "Суд в Могилёве приговорил пятерых анархистов к срокам от трёх до восьми лет. Пока "
            "известны имена — Артур Дашко и Наталья Шумская.",
            ("Артур Дашко", "Наталья Шумская"),
            "sentence",
        ),
        (
            "ru",
            "На свободу вышли 52 заключённых. Известны имена двоих: Артур Дашко и Наталья Шумская.",
            ("Артур Дашко", "Наталья Шумская"),
            "release",
        ),
        (
            "be",
            "Раніцай у Гомелі затрымалі шасцярых валанцёраў. Імёны ўстаноўлены: Артур Дашко, "
            "Наталля Шумская.",
            ("Артур Дашко", "Наталля Шумская"),
            "arrest",
        ),
        (
            "be",
            "Дванаццаць вызваленых вывезлі ў Літву. Ужо высветлены імёны: Артур Дашко, Наталля Шумская.",
            ("Артур Дашко", "Наталля Шумская"),
            "deportation",
        ),
    ],
)
def test_names_known_after_a_group_are_its_members(run, language, text, names, etype):
    pairs = event_pairs(_doc(run, text, language))
    assert {(etype, n) for n in names} <= pairs


@pytest.mark.parametrize(
    ("language", "text", "names", "etype"),
    [
        (
            "ru",
            "Суд приговорил пятерых анархистов к срокам от трёх до восьми лет. Известны имена "
            "судей: Артур Дашко, Наталья Шумская.",
            ("Артур Дашко", "Наталья Шумская"),
            "sentence",
        ),
        (
            "ru",
            "Вчера на свободу вышли 14 человек. Известны имена тех, кто остался за решёткой: Артур "
            "Дашко, Наталья Шумская.",
            ("Артур Дашко", "Наталья Шумская"),
            "release",
        ),
        (
            "be",
            "Суд асудзіў пяцёх анархістаў да тэрмінаў ад трох да васьмі гадоў. Вядомыя імёны "
            "суддзяў: Артур Дашко, Наталля Шумская.",
            ("Артур Дашко", "Наталля Шумская"),
            "sentence",
        ),
        (
            "be",
            "Праваабаронцы заклікаюць вызваліць усіх палітвязняў. Ужо вядомыя імёны: Артур Дашко, "
            "Наталля Шумская.",
            ("Артур Дашко", "Наталля Шумская"),
            "release",
        ),
    ],
)
def test_names_of_another_group_or_of_no_event_are_not_members(run, language, text, names, etype):
    pairs = event_pairs(_doc(run, text, language))
    assert not {(etype, n) for n in names} & pairs


# -- English: a counted part named apart from its number; names given next -------------------


@pytest.mark.parametrize(
    ("text", "names", "types"),
    [
        (
            "Six students were detained in 2022. On Wednesday two of them, Yuri Latysh and Darya "
            "Gorbel, were sentenced to five years.",
            ("Yuri Latysh", "Darya Gorbel"),
            ("arrest", "sentence"),
        ),
        (
            "Police arrested six students in 2022. Yuri Latysh and Darya Gorbel, two of the six, "
            "were sentenced to five years on Wednesday.",
            ("Yuri Latysh", "Darya Gorbel"),
            ("arrest", "sentence"),
        ),
        (
            "The government pardoned 40 prisoners on Monday. Omar Haddad and Leila Mansour, two of "
            "those pardoned, were expelled to France the same night.",
            ("Omar Haddad", "Leila Mansour"),
            ("release", "deportation"),
        ),
        (
            "Officers rounded up nine protesters outside parliament. Later that evening three of "
            "them, Omar Haddad, Leila Mansour and Karim Aziz, were freed on bail.",
            ("Omar Haddad", "Leila Mansour", "Karim Aziz"),
            ("arrest", "release"),
        ),
    ],
)
def test_a_counted_part_named_apart_joins_the_group_before(extract_text, text, names, types):
    pairs = event_pairs(extract_text(text))
    assert {(t, n) for t in types for n in names} <= pairs


@pytest.mark.parametrize(
    ("text", "name", "etype"),
    [
        (
            "Activists hope that 30 prisoners will be freed. Omar Haddad and Leila Mansour, two of "
            "them, were detained in May.",
            "Omar Haddad",
            "release",
        ),
        (
            "A small crowd of supporters gathered outside the court. Two of them, Omar Haddad and "
            "Leila Mansour, said they had travelled from Aleppo.",
            "Omar Haddad",
            "arrest",
        ),
        (
            "Police detained nine protesters. On Tuesday two of them, Omar Haddad and three "
            "others, were charged.",
            "Omar Haddad",
            "arrest",
        ),
    ],
)
def test_no_group_event_for_a_part_of_no_event_or_miscounted(extract_text, text, name, etype):
    assert (etype, name) not in event_pairs(extract_text(text))


@pytest.mark.parametrize(
    ("text", "names", "etype"),
    [
        (
            "Fifty-two prisoners have been freed, according to the U.S. embassy. Names confirmed "
            "so far: Artur Dashko, Natalia Shumska.",
            ("Artur Dashko", "Natalia Shumska"),
            "release",
        ),
        (
            "Fourteen prisoners were expelled to Poland on Wednesday. Names confirmed so far: "
            "Artur Dashko, Pavel Sevrin and Olga Brandt.",
            ("Artur Dashko", "Pavel Sevrin", "Olga Brandt"),
            "deportation",
        ),
        (
            "Police detained four journalists in Brest on Monday. Their names are Artur Dashko, "
            "Natalia Shumska and two others.",
            ("Artur Dashko", "Natalia Shumska"),
            "arrest",
        ),
        (
            "Security forces arrested three bloggers in Vitebsk. Their names are Artur Dashko, "
            "Pavel Sevrin and Olga Brandt.",
            ("Artur Dashko", "Pavel Sevrin", "Olga Brandt"),
            "arrest",
        ),
    ],
)
def test_names_given_right_after_a_counted_group_are_its_members(extract_text, text, names, etype):
    pairs = event_pairs(extract_text(text))
    assert {(etype, n) for n in names} <= pairs


@pytest.mark.parametrize(
    ("text", "name", "etype"),
    [
        (
            "Activists hope that 20 prisoners will be freed this week. Their names are Artur "
            "Dashko and Natalia Shumska.",
            "Artur Dashko",
            "release",
        ),
        (
            "Police detained four journalists in Brest on Monday. Their lawyers are Artur Dashko "
            "and Natalia Shumska.",
            "Artur Dashko",
            "arrest",
        ),
        (
            "Twelve prisoners were freed on Monday. The names of those still held: Artur Dashko, "
            "Natalia Shumska.",
            "Artur Dashko",
            "release",
        ),
        (
            "Security forces arrested three bloggers in Vitebsk. Their names were not released. "
            "Artur Dashko and Pavel Sevrin, who run a local channel, said they feared arrest.",
            "Artur Dashko",
            "arrest",
        ),
    ],
)
def test_names_of_no_event_others_or_withheld_are_not_members(extract_text, text, name, etype):
    assert (etype, name) not in event_pairs(extract_text(text))


# -- Belarusian: a lead-in line of names under a section heading --------------------------------


@pytest.mark.parametrize(
    ("text", "names", "etype"),
    [
        (
            "У пятніцу вызвалілі 20 палітвязняў, 12 з іх вывезлі ў Літву.\n\nКаго вывезлі ў Літву\n\n"
            "Рэдакцыі ўдалося пацвердзіць два прозвішчы:\n\n— Юрый Латыш, 54 гады, Берасце;\n"
            "— Ганна Сас, 29 гадоў, Магілёў.\n\nХто застаўся ў Беларусі\n\nАстатнія засталіся дома.",
            ("Юрый Латыш", "Ганна Сас"),
            "deportation",
        ),
        (
            "Лукашэнка памілаваў 16 асуджаных, дзевяць з іх вывезлі ў Літву.\n\nВывезеныя ў Літву\n\n"
            "Вядомыя прозвішчы:\n\n— Юрый Латыш, 61 год, Орша;\n— Ганна Сас, 44 гады, Ліда.",
            ("Юрый Латыш", "Ганна Сас"),
            "deportation",
        ),
    ],
)
def test_a_names_lead_in_under_a_heading_keeps_the_section(be, text, names, etype):
    pairs = event_pairs(be("Памілаванне\n\n" + text))
    assert {(etype, n) for n in names} <= pairs


@pytest.mark.parametrize(
    "text",
    [
        "Лукашэнка памілаваў 16 асуджаных.\n\nХто застаўся за кратамі\n\nВядомыя прозвішчы:\n\n"
        "— Юрый Латыш, 61 год, Орша;\n— Ганна Сас, 44 гады, Ліда.",
        "Лукашэнка памілаваў 16 асуджаных.\n\nВярнуліся дадому\n\nІмёны суддзяў:\n\n— Юрый Латыш, Орша;\n"
        "— Ганна Сас, Ліда.",
    ],
)
def test_names_under_a_held_heading_or_of_judges_are_not_freed(be, text):
    pairs = event_pairs(be("Памілаванне\n\n" + text))
    assert not {("release", "Юрый Латыш"), ("release", "Ганна Сас")} & pairs
