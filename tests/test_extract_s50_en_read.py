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


# --- a tally of those held is the crowd "them" points to -------------------------------------------


def test_them_after_a_held_tally_is_not_the_expelled_group(extract_text) -> None:
    pairs = event_pairs(
        extract_text(
            "Of the 14 pardoned, two were expelled from Belarus to Lithuania, a spokesman said. He named "
            "one of them as Darius Jankauskas, a lorry driver.\n\nViasna says about 1,150 people remain "
            "behind bars in Belarus on politically motivated charges. Among them is the trade union "
            "leader Raman Hryb, who is serving 11 years."
        )
    )
    assert ("deportation", "Darius Jankauskas") in pairs
    assert ("sentence", "Raman Hryb") in pairs
    assert not {pair for pair in pairs if pair[1] == "Raman Hryb" and pair[0] != "sentence"}


def test_among_them_after_a_present_tally_is_no_expulsion(extract_text) -> None:
    pairs = event_pairs(
        extract_text(
            "Nicaragua expelled 135 prisoners to Guatemala in September. Rights groups estimate that about "
            "70 people are still imprisoned for political reasons. Among them is the journalist Leonor "
            "Cisneros Blandon, who was sentenced in March to eight years in prison."
        )
    )
    assert pairs == {("sentence", "Leonor Cisneros Blandon")}


def test_them_after_an_event_group_still_joins(extract_text) -> None:
    """Trap: a group an event told ("were released") is still the group "them" points to."""
    pairs = event_pairs(
        extract_text(
            "Belarus released 16 political prisoners on Thursday and drove them to the Lithuanian "
            "border. Among them is the journalist Ihar Losik."
        )
    )
    assert ("release", "Ihar Losik") in pairs


# --- a group counted back is the group counted afresh just before ----------------------------------


TRIAL = (
    "Babruisk District Court convicted Natallia Zhuk of insulting the president; she received two years "
    "of restricted freedom. The same court handed pensioner Halina Rusak a suspended term of two years.\n\n"
    "Brest Regional Court concluded the closed trial of six residents of Pinsk accused of mass riots. "
    "All six had been detained in February 2025. Four of the defendants are known by name: Ihar Shved "
    "was jailed for six years; Mikita Aliakseyeu received five and a half years; Ala Sauchuk got four "
    "years; and Yury Tsyvinski got three years."
)


def test_all_six_is_the_group_counted_just_before(extract_text) -> None:
    pairs = event_pairs(extract_text(TRIAL))
    arrested = {name for kind, name in pairs if kind == "arrest"}
    assert not arrested & {"Natallia Zhuk", "Halina Rusak"}


def test_all_six_gets_the_names_the_verdict_gives_after(extract_text) -> None:
    pairs = event_pairs(extract_text(TRIAL))
    assert {("arrest", "Ihar Shved"), ("arrest", "Mikita Aliakseyeu"), ("arrest", "Yury Tsyvinski")} <= pairs


def test_all_three_after_named_defendants_still_joins(extract_text) -> None:
    """Trap: no group counted afresh between: "All three" are the three named before."""
    pairs = event_pairs(
        extract_text(
            "A court in Homel sentenced Andrei Zhuk to six years, Palina Shapel to five years and Mikola "
            "Dubrouski to four years. All three were detained in March 2024."
        )
    )
    assert {("arrest", "Andrei Zhuk"), ("arrest", "Palina Shapel"), ("arrest", "Mikola Dubrouski")} <= pairs
