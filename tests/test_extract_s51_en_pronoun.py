"""English, session 51 (`en-pronoun`: false events from a pronoun resolved to another person), in
wordings invented for these tests, with a trap that must stay as it was:

* "A court sentenced him to six years for insulting Y. // In 2025 he was released": the object
  him/her of a main verb whose subject is an institution or a force (no person) is the topic a
  next sentence's pronoun of its sex continues, as a main-subject he/she is, past a name that
  stands only inside that sentence's phrases; "her" as that object does not take a "he".
"""

from __future__ import annotations

from tests.extract_views import event_pairs


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
