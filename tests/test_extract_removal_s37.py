"""People with more than one event (session 37, removal helper), in wording invented for these
tests: a removal abroad said with a verb the model lemmatises oddly ("bussed"), a prisoner forced
onto an aircraft with no destination told, a pair told back by a determiner or a noun for two
("both men", "the couple"), a Russian removal told by its noun after a preposition («после
высылки») and Belarusian custody with the place fronted («Пад вартай ён знаходзіцца …») — each
with traps that must not fire."""

from __future__ import annotations

import pytest

from tests.extract_views import event_pairs, group_counts

# -- "bussed" abroad ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Minsk pardoned a group of prisoners this week. The teacher Pavel Sidorov was among "
            "those bussed to the Lithuanian border.",
            ("Pavel Sidorov",),
        ),
        (
            "Minsk pardoned a group of prisoners this week. Guards bussed the blogger Taras Melnyk "
            "and four other men to the Polish frontier.",
            ("Taras Melnyk",),
        ),
        (
            "Minsk pardoned a group of prisoners on Monday. Hours later Iryna Kavalenka was bussed "
            "out of the country without her passport.",
            ("Iryna Kavalenka",),
        ),
    ],
)
def test_bussed_abroad_is_a_deportation(extract_text, text, names) -> None:
    result = extract_text(text)
    assert {("deportation", n) for n in names} <= event_pairs(result)


@pytest.mark.parametrize(
    "text",
    [
        "Minsk pardoned a group of prisoners this week. Pavel Sidorov was bussed to the courthouse "
        "in Hrodna.",
        "Minsk pardoned a group of prisoners this week. Friends of Pavel Sidorov were bussed to a rally.",
    ],
)
def test_bussed_at_home_is_no_deportation(extract_text, text) -> None:
    assert not {p for p in event_pairs(extract_text(text)) if p[0] == "deportation"}


# -- forced onto an aircraft, no destination told ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Moscow freed several dissidents in an exchange on Friday. Yuri Belov was forced onto "
            "the plane, his lawyer said.",
            ("Yuri Belov",),
        ),
        (
            "Moscow freed several dissidents in an exchange on Friday. Guards forced Anna Orlova and "
            "Gleb Sorokin onto a government plane at dawn.",
            ("Anna Orlova", "Gleb Sorokin"),
        ),
        (
            "Moscow freed several dissidents in an exchange on Friday. The historian Lev Markin, "
            "who had been jailed for treason, was forcibly put on a jet before sunrise.",
            ("Lev Markin",),
        ),
        (
            # the subject's relative clause has a destination of its own ("to 25 years")
            "Moscow freed several dissidents in an exchange on Friday. Oleg Zorin, who was detained in "
            "2023 and later sentenced to 25 years, was also forced onto the plane, his lawyer said.",
            ("Oleg Zorin",),
        ),
    ],
)
def test_forced_aboard_an_aircraft_is_a_deportation(extract_text, text, names) -> None:
    result = extract_text(text)
    assert {("deportation", n) for n in names} <= event_pairs(result)


@pytest.mark.parametrize(
    "text",
    [
        # a bus or a van is a transfer, not a removal
        "Police detained Yuri Belov at a protest. Officers forced him onto a bus and drove him to a station.",
        # a plan, a refusal, a voluntary flight
        "Moscow may expel Yuri Belov, his lawyer warned. He could be forced onto a plane.",
        "Moscow freed three dissidents on Friday. Yuri Belov refused to be forced onto the plane.",
        "Moscow freed three dissidents on Friday. Yuri Belov boarded the plane with the others.",
        # a destination at home: a transfer to a prison
        "Police arrested Yuri Belov in Moscow. He was forced onto a plane and flown to a prison in Siberia.",
    ],
)
def test_aboard_without_force_or_to_a_prison_is_no_deportation(extract_text, text) -> None:
    assert not {p for p in event_pairs(extract_text(text)) if p[0] == "deportation"}


# -- a named pair told back: "both men", "the couple", "the pair" ------------------------------


@pytest.mark.parametrize(
    ("text", "etype", "names"),
    [
        (
            "A court in Shiraz sentenced Ali Rezaei and Omid Karimi to six years each on Monday. "
            "Both men were detained in raids in January.",
            "arrest",
            ("Ali Rezaei", "Omid Karimi"),
        ),
        (
            "A court in Shiraz sentenced Ali Rezaei and his wife Maryam Rezaei to six years each. "
            "The couple were detained in raids in January.",
            "arrest",
            ("Ali Rezaei", "Maryam Rezaei"),
        ),
        (
            "Police detained Lena Horvat and Mira Kos at a rally in May. Both women were later "
            "sentenced to two years.",
            "sentence",
            ("Lena Horvat", "Mira Kos"),
        ),
        (
            "The reporters Ana Lukic and Petar Simic were released on Friday. The pair had been "
            "arrested in March over a report on corruption.",
            "arrest",
            ("Ana Lukic", "Petar Simic"),
        ),
    ],
)
def test_a_named_pair_told_back(extract_text, text, etype, names) -> None:
    result = extract_text(text)
    assert {(etype, n) for n in names} <= event_pairs(result)


@pytest.mark.parametrize(
    "text",
    [
        # the two men's lawyers, not the men
        "A court sentenced Ali Rezaei and Omid Karimi to six years each on Monday. Both men's "
        "lawyers were detained in January.",
        # another couple
        "A court sentenced Ali Rezaei to six years on Monday. A couple from his village were "
        "detained in January.",
    ],
)
def test_other_people_than_the_pair(extract_text, text) -> None:
    assert not {p for p in event_pairs(extract_text(text)) if p[0] == "arrest"}


# -- Russian: the removal told by its noun after a preposition ---------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Белорусские власти освободили политзаключённых. После высылки в Литву Андрей "
            "Кузьмич живёт в Вильнюсе.",
            "Андрей Кузьмич",
        ),
        ("Иван Петров после своего выдворения из России работает в Ереване.", "Иван Петров"),
        ("Журналистка Ольга Лис с момента её высылки не видела своих детей.", "Ольга Лис"),
        ("С момента депортации Ольга Лис не видела своих детей.", "Ольга Лис"),
    ],
)
def test_ru_removal_noun_after_preposition(run, text, name) -> None:
    assert ("deportation", name) in event_pairs(run(text, "ru"))


@pytest.mark.parametrize(
    "text",
    [
        "Андрею Кузьмичу угрожали высылкой из страны.",
        "Андрей Кузьмич боится высылки в Таджикистан.",
        "После угрозы высылки Андрей Кузьмич уехал из страны.",
        "Андрей Кузьмич живёт в Вильнюсе после отъезда из Беларуси.",
    ],
)
def test_ru_threat_or_departure_is_no_removal(run, text) -> None:
    assert not {p for p in event_pairs(run(text, "ru")) if p[0] == "deportation"}


# -- custody: the Belarusian place fronted -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        (
            "Суд асудзіў Івана Пятрова на восем гадоў. Пад вартай ён знаходзіцца з сакавіка 2023 года.",
            "be",
            "Іван Пятроў",
        ),
        ("Пад вартай Вольга Ліс утрымліваецца з мінулай восені.", "be", "Вольга Ліс"),
    ],
)
def test_custody_is_an_arrest(run, text, language, name) -> None:
    assert ("arrest", name) in event_pairs(run(text, language))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Суд приговорил Ивана Петрова к восьми годам. Он отбывает срок в ИК-2.", "ru"),
        ("Суд асудзіў Івана Пятрова на восем гадоў. Цяпер ён знаходзіцца ў калоніі.", "be"),
    ],
)
def test_a_colony_is_no_custody(run, text, language) -> None:
    assert not {p for p in event_pairs(run(text, language)) if p[0] == "arrest"}


def test_be_still_held_others_give_no_count(run) -> None:
    result = run("Вольгу Ліс затрымалі ў лютым. Пад вартай застаюцца яшчэ трое яе калег.", "be")
    assert ("arrest", 3) not in group_counts(result)
