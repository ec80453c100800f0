"""English, session 62 (helper enpersons3, led by the persons never recognised on the real-news
tune halves), in wordings invented for these tests:

* a lone word set off by commas right after a kin noun's phrase ("a daughter, Dilnoza,", "his
  wife of 40 years, Gulnara,", "one of Wong's sons, Kevin,") is that relative's name, whatever
  label the tagger gives it and however the parser hangs it;
* traps: a kin noun that only owns the noun set off ("his daughter's school, Lyceum,"), a place
  after a kin noun, an honorific before a surname set off ("his wife, Ms. Ivanova,"), a kin noun
  with a verb before the comma.
"""

from __future__ import annotations

from tests.extract_views import event_pairs


def _names(result) -> set[str]:
    return {p.name for p in result.persons}


def test_given_name_after_a_kin_noun_read_as_a_place(extract_text) -> None:
    result = extract_text(
        "Dissident dies\n\n"
        "Marat Ibragimov died in 2019. He is survived by a daughter, Dilnoza, and three grandchildren."
    )
    assert "Dilnoza" in _names(result)


def test_given_name_after_a_kin_noun_with_its_of_phrase(extract_text) -> None:
    result = extract_text(
        "Dissident dies\n\n"
        "Marat Ibragimov died in 2019. He is survived by his wife of 40 years, Gulnara, and a son."
    )
    assert "Gulnara" in _names(result)


def test_given_name_after_a_partitive_of_kin_takes_the_arrest(extract_text) -> None:
    result = extract_text(
        "Tycoon's son held\n\n"
        "Publisher Martin Wong was arrested on Monday. Police said one of Wong's sons, Kevin, had also "
        "been arrested at his flat."
    )
    assert "Kevin" in _names(result)
    assert ("arrest", "Kevin") in event_pairs(result)


def test_kin_noun_owning_the_noun_set_off_is_no_name(extract_text) -> None:
    """Trap: the set-off word names the daughter's school, not the daughter."""
    result = extract_text(
        "Editor jailed\n\nPavel Marchuk was jailed in May. His daughter's school, Lyceum, was closed a "
        "week later."
    )
    assert "Lyceum" not in _names(result)


def test_place_after_a_kin_noun_is_no_name(extract_text) -> None:
    """Trap: a place set off after a kin noun's clause."""
    result = extract_text(
        "Editor jailed\n\nPavel Marchuk was jailed in May, and his brother moved abroad, to Vilnius, in June."
    )
    assert "Vilnius" not in _names(result)


def test_honorific_after_a_kin_noun_keeps_the_surname(extract_text) -> None:
    """Trap: 'Ms.' set off after a kin noun is no given name."""
    result = extract_text(
        "Editor jailed\n\nPavel Marchuk was jailed in May. His wife, Ms. Ivanova, spoke to reporters."
    )
    assert "Ms" not in _names(result)
    assert "Ms." not in _names(result)
