"""Belarusian names, session 41: a surname in -анка/-энка beside a first name that is both a
woman's nominative and a man's genitive («Валянціна», «Аляксандра») is the woman's nominative.

Found by the roll benchmark (seed 20): «Валянціна Марчанка асуджаная …» was read as the genitive
of a man «Валянцін Марчанк» — a registry person matching no prisoner, and the sentence's «Яе
затрымалі» lost its antecedent. A man's genitive of such a surname ends in -нкі («Валянціна
Марчанкі» is still Валянцін's).
"""

from __future__ import annotations

import pytest

from tests.test_extract_ru import events, names, terms


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Валянціна Марчанка, студэнтка з Барысава, асуджаная да трох гадоў калоніі.", "Валянціна Марчанка"),
        (
            "Суд прысудзіў Аляксандру Шаўчэнка тры гады, а Аляксандра Грышчанка атрымала два.",
            "Аляксандра Грышчанка",
        ),
    ],
)
def test_a_surname_in_nka_keeps_a_womans_nominative(be, text, name):
    assert name in names(be(text))


def test_her_arrest_told_next_goes_to_her(be):
    result = be(
        "Валянціна Марчанка, настаўніца з Ліды, асуджаная да двух гадоў калоніі.\n\nЯе затрымалі ў снежні."
    )
    assert ("arrest", "Валянціна Марчанка") in events(result)
    assert terms(result)["Валянціна Марчанка"] == 24


def test_a_mans_genitive_in_nki_stays_his(be):
    result = be("Праваабаронцы прызналі палітвязнем Валянціна Марчанкі, затрыманага ў маі.")
    assert "Валянцін Марчанка" in names(result)
