"""English, session 50 (`en-read`, led by the newly read `syn40b`), in wordings invented for these
tests, each rule with a trap that must stay as it was:

* a spelling told after "spelled", "transliterated", "appears ... as", "known as" joins its
  person; "known by name: A, B and C" (the people identified) spells no one, and a name before
  the word is the person spelled, not a spelling;
* "about 1,150 people remain behind bars. Among them is X": a tally of those held today (the
  state of being held, said of a group a number sizes afresh) is the crowd "them" points to, not
  a group an earlier event freed or expelled;
* "the closed trial of six residents ... All six had been detained": a group counted back by its
  number is the group of that size counted afresh just before, though no event was told of it;
  the people named before that count are of other stories, and the names the verdict gives
  after it are its members.
"""

from __future__ import annotations

from tests.extract_views import event_pairs

# --- a spelling is told after its word ------------------------------------------------------------


def test_known_by_name_lists_people_not_spellings(extract_text) -> None:
    result = extract_text(
        "A regional court in Brest convicted several residents of Pinsk. Three of the defendants are "
        "known by name: Ihar Shved was jailed for six years; Mikita Aliakseyeu received five years; and "
        "Ala Sauchuk, a kindergarten cook, four."
    )
    names = {p.name for p in result.persons}
    assert {"Ihar Shved", "Mikita Aliakseyeu", "Ala Sauchuk"} <= names
    pairs = event_pairs(result)
    assert {("sentence", "Mikita Aliakseyeu"), ("sentence", "Ala Sauchuk")} <= pairs


def test_a_spelling_after_its_word_still_joins(extract_text) -> None:
    """Trap: a real spelling stays the same person, one event."""
    result = extract_text(
        "Hanna Dubrouskaya, whose name appears in Russian-language court records as Anna Dubrovskaya, "
        "was detained in October 2021."
    )
    assert [p.name for p in result.persons] == ["Hanna Dubrouskaya"]
    assert event_pairs(result) == {("arrest", "Hanna Dubrouskaya")}
