"""Removal abroad, session 56 (helper `removal`): classes of language behind the removals the
judges and read sets miss, each counted across the read sets before it was written
(docs/extract.md and docs/extract-ru-be.md, «Session 56 — removal abroad»), in wordings invented
for these tests, with traps:

* a removal told with the same number as the article's release (a headline "Nine flown out of
  Russia ...", a lead "nine people held in Russia were freed ... Among them: A, B") is that group:
  the named freed went abroad — not one who refused to leave (a release and an arrest), not the
  members of a release of another number;
* Russian «N политзаключённых помиловали и в тот же день вывезли к литовской границе»: the two
  verbs joined by «и» share the counted group whatever the parse made of them; not across a
  semicolon;
* English "Among those put on the flight were A and B" after a group removal: the list joins the
  removal; "Among those put in a police van" after an arrest does not make a removal.
"""

from __future__ import annotations

from tests.extract_views import event_pairs


def test_headline_removal_with_the_release_count_names_the_freed(extract_text) -> None:
    result = extract_text(
        "Nine prisoners flown out of Russia and handed over in Vienna\n\n"
        "VIENNA - Nine people held in Russia were freed on Tuesday as part of an exchange, Austrian "
        "officials said. Among them were the sound engineer Pavel Rudnev and the nurse Olesya Kirs."
    )
    pairs = event_pairs(result)
    for name in ("Pavel Rudnev", "Olesya Kirs"):
        assert ("release", name) in pairs
        assert ("deportation", name) in pairs


def test_a_freed_member_who_refused_to_leave_is_not_removed(extract_text) -> None:
    result = extract_text(
        "Belarus frees 11 prisoners and drives them into Lithuania\n\n"
        "VILNIUS - Belarus released 11 political prisoners on Monday, among them the carpenter Yury "
        "Maslau and the teacher Halina Rak. Eleven were driven to the Lithuanian border. Halina Rak "
        "refused to cross and was taken back to her colony, her son said."
    )
    pairs = event_pairs(result)
    assert ("deportation", "Yury Maslau") in pairs
    assert ("release", "Halina Rak") in pairs
    assert ("deportation", "Halina Rak") not in pairs


def test_a_removal_of_another_number_takes_no_member_of_the_release(extract_text) -> None:
    # 15 freed, six of them bussed abroad: the named freed may be among the other nine
    result = extract_text(
        "Belarus frees 15 prisoners\n\n"
        "MINSK - Belarus pardoned 15 political prisoners on Friday, among them the welder Andrei "
        "Lukin. Six of them were bussed to the Polish border the same evening, a rights group said."
    )
    pairs = event_pairs(result)
    assert ("release", "Andrei Lukin") in pairs
    assert ("deportation", "Andrei Lukin") not in pairs


def test_ru_pardoned_and_taken_to_the_border_share_the_group(run) -> None:
    result = run(
        "Свобода без паспорта\n\n"
        "Ровно 40 политзаключённых в пятницу помиловали и в тот же вечер вывезли к латвийской границе. "
        "Среди них был инженер Степан Горелик из Бреста.",
        "ru",
    )
    pairs = event_pairs(result)
    assert ("release", "Степан Горелик") in pairs
    assert ("deportation", "Степан Горелик") in pairs


def test_ru_pardoned_and_taken_to_the_border_hours_later(run) -> None:
    result = run(
        "Свобода без паспорта\n\n"
        "В начале марта 26 политзаключённых помиловали и через несколько часов вывезли к литовской "
        "границе. Среди них была бухгалтер Нина Сыч из Орши.",
        "ru",
    )
    assert ("deportation", "Нина Сыч") in event_pairs(result)


def test_ru_a_semicolon_sets_the_second_verb_apart(run) -> None:
    # «…; их отпустили»: a clause of its own; the members named are the pardon's, and nothing tells
    # that the pardoned were taken abroad
    result = run(
        "Задержания в Гродно\n\n"
        "Утром задержали девять человек; вечером их отпустили. Среди задержанных — Степан Горелик.",
        "ru",
    )
    assert ("deportation", "Степан Горелик") not in event_pairs(result)


def test_among_those_put_on_the_flight_joins_the_removal(extract_text) -> None:
    result = extract_text(
        "Managua sends 21 critics to Guatemala\n\n"
        "MANAGUA - Nicaragua expelled 21 political prisoners to Guatemala on Wednesday. Among those "
        "put on the flight were the agronomist Rosa Pineda and the radio host Efrain Solis."
    )
    pairs = event_pairs(result)
    for name in ("Rosa Pineda", "Efrain Solis"):
        assert ("deportation", name) in pairs


def test_those_put_in_a_police_van_after_an_arrest_are_not_removed(extract_text) -> None:
    result = extract_text(
        "Police detain 12 at a vigil\n\n"
        "MINSK - Police detained 12 people at a candle vigil on Saturday. Among those put in the van "
        "were the student Rosa Pineda and the pensioner Efrain Solis."
    )
    pairs = event_pairs(result)
    assert ("deportation", "Rosa Pineda") not in pairs
    assert ("deportation", "Efrain Solis") not in pairs


def test_ru_freed_then_brought_by_special_flight_to_a_foreign_capital(run) -> None:
    result = run(
        "Обмен заключёнными\n\n"
        "В четверг Россия освободила семерых заключённых. Их доставили спецбортом в Анкару. "
        "Среди них был геолог Тарас Белых.",
        "ru",
    )
    assert ("deportation", "Тарас Белых") in event_pairs(result)


def test_ru_flown_to_abu_dhabi_is_abroad(run) -> None:
    result = run(
        "Обмен заключёнными\n\n"
        "Утром на свободу вышли шестеро политзаключённых. Всех шестерых отвезли во Внуково и "
        "вывезли самолётом в Абу-Даби. Среди них была художница Нина Сыч.",
        "ru",
    )
    assert ("deportation", "Нина Сыч") in event_pairs(result)


def test_ru_brought_to_a_home_capital_after_questioning_is_no_removal(run) -> None:
    # a story told in Kyrgyzstan: Bishkek is at home, whatever the release beside it
    result = run(
        "Задержания в Оше\n\n"
        "Всех восьмерых активистов в пятницу доставили в Бишкек, двоих из них позже отпустили. "
        "Среди задержанных — блогер Азамат Токтогулов.",
        "ru",
    )
    assert ("deportation", "Азамат Токтогулов") not in event_pairs(result)
