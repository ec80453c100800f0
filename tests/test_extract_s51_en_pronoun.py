"""English, session 51 (`en-pronoun`: false events from a pronoun resolved to another person), in
wordings invented for these tests, with a trap that must stay as it was:

* "He was arrested before an election in which every challenger to Y was behind bars, and a judge
  sentenced him": when every name of the pronoun's sentence stands inside a clause describing a
  noun, the pronoun goes on from the sentence's main-subject pronoun of its sex, not that name;
  a name outside such a clause in the sentence still is the antecedent.
"""

from __future__ import annotations

from tests.extract_views import event_pairs


def test_name_only_inside_a_relative_clause_is_no_antecedent(extract_text) -> None:
    pairs = event_pairs(
        extract_text(
            "The farmer Julián Ortiz Mendoza led the land protests in Rivas for a decade.\n\n"
            "He was arrested again in May 2021, three months before a vote in which every rival of "
            "President Ramírez was in jail, and in March 2022 a judge sentenced him to nine years for "
            '"treason."'
        )
    )
    assert ("sentence", "Julián Ortiz Mendoza") in pairs
    assert not {pair for pair in pairs if "Ramírez" in pair[1]}


def test_name_outside_a_clause_is_still_the_antecedent(extract_text) -> None:
    """Trap: a name of the sentence outside any describing clause is the one the pronoun takes."""
    pairs = event_pairs(
        extract_text(
            "The farmer Julián Ortiz Mendoza led the land protests in Rivas for a decade.\n\n"
            "Police arrested his neighbour Tomás Ruiz Lacayo in May 2021, three months before a vote in "
            "which every rival of President Ramírez was in jail, and in March 2022 a judge sentenced him to "
            'nine years for "treason."'
        )
    )
    assert ("sentence", "Tomás Ruiz Lacayo") in pairs


def test_main_object_pronoun_goes_on_past_a_name_in_its_phrase(extract_text) -> None:
    pairs = event_pairs(
        extract_text(
            "Pavel Marozau, 48, taught history in Hrodna until August 2021, when he was detained over a "
            "donation to a strike fund.\n\nA regional court sentenced him in March 2022 to six years for "
            "insulting Aliaksandr Lukashenka.\n\nIn September 2025 he was released in a deal brokered by "
            "the United States."
        )
    )
    assert ("release", "Pavel Marozau") in pairs
    assert not {pair for pair in pairs if pair[1] == "Aliaksandr Lukashenka"}


def test_main_object_pronoun_of_the_other_sex_is_no_topic(extract_text) -> None:
    """Trap: "her" as the court's object does not take a "he" after it; the man named in her
    sentence's phrase still does."""
    pairs = event_pairs(
        extract_text(
            "Volha Marozava, 45, taught history in Hrodna until August 2021.\n\nA regional court sentenced "
            "her in March 2022 to six years together with her husband, Pavel Marozau.\n\nIn September "
            "2025 he was released in a deal brokered by the United States."
        )
    )
    assert ("release", "Pavel Marozau") in pairs
    assert ("release", "Volha Marozava") not in pairs
