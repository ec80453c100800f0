"""Persons (session 36), in wording invented for these tests.

* English: a capitalised run keeps one sense through an article. Where the text once says what
  it is — a description after its comma headed by a body's or a place's noun ("X, a monitoring
  group", "X, which ...", "X, where ..."), a kind of publication before it ("the regional weekly
  X"), "known as X" said of no person, a place it is in or at ("held in X", "visits him at X",
  "a mechanic from X"), a place it is listed with ("in A, B and C"), a member's role between it
  and the member's name ("X vice president Carla Y") — its other mentions ("X said") are that
  body or place, never a person. Traps: a person described as one ("X, a lawyer", "X, who"),
  "shouted at X", a person listed after a place ("A in Riga and Olena B in Kyiv"), a person
  listed after a common noun ("in prison and camera operator X"), "Kolesnikova ally X".
  A landform's first word ("Lake", "Mount") opens no person's name.
* Russian: a first name the dictionary does not list, cut by the NER off the surname after it
  («Бахтовар | Сафаров»), is one name with it; a client's or a relative's surname the NER put
  before a name stays apart («Адвокат Мартиросяна Ануш Саркисян»); after a kin noun and a named
  man's genitive, a lone word or a first name is the relative's first name («Жена Алиева
  Гюльнара», «Мать Рустамова Дильбар»); a name after an abbreviated street («ул. Пушкина») is
  no person; a woman's dative patronymic («Марине Петровне») is a patronymic.
* Belarusian: a lone capitalised word whose Russian-like spelling the dictionary knows only as
  a thing's noun («Дэпартамент», «Японіі», «Міністэрства») is no person (an animal's noun is a
  surname too: Кот); a familiar form of the first name of one person named before («Насцю» of
  Анастасія) is that person.
"""

from __future__ import annotations

import pytest

from tests.extract_views import event_pairs


def _names(result) -> set[str]:
    return {p.name for p in result.persons}


# -- English: one sense per article ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        (
            "Police detained 12 people, according to Kalam Huru, a Bolivian monitoring group that "
            "tracks arrests. Kalam Huru said two of them were later freed.",
            "Kalam Huru",
        ),
        (
            "Tesfu Araya edited the regional weekly Dimtsi Hizbi until 2019. Dimtsi Hizbi was shut "
            "down and Tesfu Araya was arrested.",
            "Dimtsi Hizbi",
        ),
        (
            "She spent three years in the women's prison known as Casa Verde. Casa Verde holds 40 "
            "political prisoners, lawyers say.",
            "Casa Verde",
        ),
        (
            "His daughter visits him every month at Tai Lam. Tai Lam is a maximum-security jail.",
            "Tai Lam",
        ),
        (
            "Ruben Castro, a mechanic from Villa Nueva, was detained on Friday. Villa Nueva has seen "
            "raids before.",
            "Villa Nueva",
        ),
        ("Police raided homes in Kwun Tong, Wong Tai Sin and Sai Kung and arrested five people.", "Sai Kung"),
        (
            "Nuevo Rumbo vice president Carla Mendez said the group would appeal. Nuevo Rumbo said "
            "20 people were freed.",
            "Nuevo Rumbo",
        ),
        (
            "Arturo Vega was held in El Pozo for a year. Guards at El Pozo refused him insulin.",
            "El Pozo",
        ),
        (
            "The activists were taken to Kara Tash, where the police keep detainees. Kara Tash was "
            "closed to lawyers.",
            "Kara Tash",
        ),
        ("Dmitry Orlov spent decades trying to protect Lake Onega and was jailed in 2021.", "Lake Onega"),
    ],
)
def test_a_run_the_article_calls_a_body_or_a_place_is_no_person(extract_text, text, thing) -> None:
    result = extract_text(text)
    assert thing not in _names(result)
    assert not any(name == thing for _type, name in event_pairs(result))


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Karim Salib, a human rights lawyer, was arrested on Monday. Karim Salib had defended bloggers.",
            "Karim Salib",
        ),
        (
            "Protesters shouted at Daniel Ortega Reyes as he left. Daniel Ortega Reyes was jailed in 2021.",
            "Daniel Ortega Reyes",
        ),
        (
            "Reporting by Andrius Vaitkus in Riga and Olena Petrenko in Kyiv. Olena Petrenko was "
            "detained in 2023.",
            "Olena Petrenko",
        ),
        (
            "The director was sentenced to six years in prison and camera operator Bakyt Ormonov to five.",
            "Bakyt Ormonov",
        ),
        ("Kolesnikova ally Maxim Znak was jailed for ten years.", "Maxim Znak"),
        (
            "Nuevo Rumbo vice president Carla Mendez said the group would appeal.",
            "Carla Mendez",
        ),
        ("Lucia Perez, who ran a bakery in Masaya, was arrested in June.", "Lucia Perez"),
        (
            "Police detained a heckler at Marta Oyarzun rally in Temuco. Marta Oyarzun told "
            'reporters: "Nobody should be jailed for shouting."',
            "Marta Oyarzun",
        ),
    ],
)
def test_a_person_stays_a_person(extract_text, text, person) -> None:
    assert person in _names(extract_text(text))


# -- Russian ---------------------------------------------------------------------------------


def test_unlisted_first_name_joins_its_surname(run) -> None:
    result = run(
        "Его двоюродный брат Бахтовар Сафаров получил двенадцать лет. Друг семьи Дилшод "
        "Курбонов рассказал, что Сафарова этапировали в Худжанд.",
        "ru",
    )
    names = _names(result)
    assert "Бахтовар Сафаров" in names
    assert "Бахтовар" not in names and "Дилшод" not in names


def test_unlisted_first_name_opening_a_clause(run) -> None:
    result = run("Девять лет Шерзод Юсупов защищал мигрантов. Юсупова задержали в мае.", "ru")
    assert _names(result) == {"Шерзод Юсупов"}


def test_client_genitive_before_the_lawyers_name(run) -> None:
    result = run(
        "Суд арестовал активиста Гагика Мартиросяна. Адвокат Мартиросяна Ануш Саркисян заявила, "
        "что обжалует арест.",
        "ru",
    )
    assert {"Гагик Мартиросян", "Ануш Саркисян"} <= _names(result)
    assert not any("Мартиросян Ануш" in name for name in _names(result))


def test_relatives_first_name_after_her_husbands_genitive(run) -> None:
    result = run(
        "Суд приговорил Эмиля Алиева к шести годам. Жена Алиева Гюльнара стояла у входа с "
        "плакатом. Полиция её не задержала.",
        "ru",
    )
    assert {"Эмиль Алиев", "Гюльнара"} <= _names(result)


def test_relatives_first_name_then_her_full_name(run) -> None:
    result = run(
        "Суд приговорил Тимура Рустамова к пяти годам. Мать Рустамова Дильбар пришла на "
        "заседание. По словам Дильбар Рустамовой, сын невиновен.",
        "ru",
    )
    names = _names(result)
    assert "Дильбар Рустамова" in names
    assert not any(n.startswith("Рустамов") for n in names)


def test_street_after_an_abbreviation_is_no_person(run) -> None:
    result = run(
        "Писать Ирине Лебедевой: 614000, г. Пермь, ул. Пушкина, д. 3, СИЗО-1. Олегу Белову: "
        "г. Соликамск, ул. Карла Либкнехта, д. 1.",
        "ru",
    )
    assert _names(result) == {"Ирина Лебедева", "Олег Белов"}


def test_dative_patronymic_of_an_address_line(run) -> None:
    result = run("Суд отправил в СИЗО Марину Лебедеву. Писать: Лебедевой Марине Петровне, 1961 г. р.", "ru")
    assert _names(result) == {"Марина Лебедева"}


# -- Belarusian ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Разам з ім вызвалілі грамадзян Літвы і Японіі. Палітвязня Андрэя Кота таксама вызвалілі.",
        "Калонія і Дэпартамент выканання пакаранняў не адказалі. Андрэй Кот застаўся ў калоніі.",
        "У 2021 годзе Міністэрства інфармацыі прызнала канал экстрэмісцкім. Андрэя Кота затрымалі.",
    ],
)
def test_be_a_things_noun_is_no_person(be, text) -> None:
    assert _names(be(text)) == {"Андрэй Кот"}


def test_be_a_surname_that_is_an_animals_noun_stays(be) -> None:
    assert any(p.name.startswith("Кот") for p in be("Суд асудзіў Кота на тры гады.").persons)


def test_be_familiar_first_name_of_one_person(be) -> None:
    result = be(
        "Суд асудзіў Анастасію Лагун на пяць гадоў. «Шкада толькі хлопцаў і Насцю, якія "
        "сядзяць», — напісаў сябар."
    )
    assert _names(result) == {"Анастасія Лагун"}
