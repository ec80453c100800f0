"""A woman's name whose nominative is a man's genitive («Валянціна Сакалова» / Валянцін Сакалоў's),
told only with a full participle or a role noun in apposition (session 45, from the roll of seed
25, where she was split in two: her Belarusian article made a man of her and lost «Яе затрымалі»).
Traps: a man's genitive before a man's role noun, and before a masculine plural participle.
"""

from __future__ import annotations

from tests.test_extract_ru import events, names, terms

ARTICLE = (
    "Валянціна Сакалова асуджаная да двух з паловай гадоў\n\n"
    "Валянціна Сакалова, бібліятэкарка з Магілёва, у панядзелак асуджаная да двух з паловай гадоў "
    "калоніі за «дыскрэдытацыю дзяржавы».\n\n"
    "Яе затрымалі ў маі 2025 года."
)


def test_a_womans_name_by_her_participle_and_role_noun(be):
    result = be(ARTICLE)
    assert names(result) == {"Валянціна Сакалова"}
    assert ("arrest", "Валянціна Сакалова") in events(result)
    assert terms(result) == {"Валянціна Сакалова": 30}


def test_the_role_noun_in_apposition_alone(be):
    result = be("Валянціна Сакалова, пенсіянерка з Оршы, атрымала тры гады калоніі.")
    assert names(result) == {"Валянціна Сакалова"}


def test_traps_a_mans_genitive_stays_his(be):
    result = be("Суд над кіроўцам. Справу Валянціна Сакалова, кіроўцы з Магілёва, разгледзелі ўчора.")
    assert "Валянцін Сакалоў" in names(result)
    result = be("Бацькі Валянціна Сакалова затрыманыя ў Магілёве.")
    assert "Валянцін Сакалоў" in names(result)
