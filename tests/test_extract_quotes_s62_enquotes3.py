"""English quotes, session 62 (helper enquotes3): the traps of a quote after a colon that closes a
clause joined by "and" to the sentence's main verb, with a quoted fragment earlier in the sentence
('X called the plan a "disaster," and contrasted the governor with his rival: "..."'). The
session's rule (the words go to the main clause's subject, as they do with no fragment before)
was withdrawn: it changed no quote on `polnear-train` or any real English tuning half (the
parser breaks the real cases elsewhere). These traps hold on the current code and stay for
whoever tries the family again: the same sentence without a fragment, a second speaker joined
by "and", an unnamed second subject, a clause inside what someone hoped, and a joined verb with
its own he/she. Census in docs/extract.md, "Session 62 — quotes on real English text, precision
first (enquotes3)". Wordings invented for these tests.
"""

from __future__ import annotations

from tests.extract_views import quote_openings

HEAD = "Council race in Ohio\n\n"


def speakers_of(result, opening: str) -> set[str]:
    """The speakers given to the quote(s) opening with `opening` ("?" for none)."""
    return {name for name, words in quote_openings(result) if words == opening}


def test_the_same_without_a_fragment_is_unchanged(extract_text):
    text = (
        HEAD + "Marek Dolan criticised the plan, calling it a disaster, and contrasted the governor with "
        'his rival: "What I have seen from her is a steady hand in every crisis."'
    )
    assert speakers_of(extract_text(text), "What I have") == {"Marek Dolan"}


def test_a_second_speaker_joined_by_and_speaks(extract_text):
    text = (
        HEAD + 'Marek Dolan called the plan a "disaster," and Lena Brandt answered him on the radio: '
        '"We will not change a single line of the budget."'
    )
    assert speakers_of(extract_text(text), "We will not") <= {"Lena Brandt", "?"}


def test_an_unnamed_second_subject_takes_the_words_from_the_first(extract_text):
    text = (
        HEAD + 'Marek Dolan called the plan a "disaster" and the mayor replied within the hour: '
        '"We will not change a single line of the budget."'
    )
    assert "Marek Dolan" not in speakers_of(extract_text(text), "We will not")


def test_a_clause_inside_what_someone_hoped_names_no_speaker(extract_text):
    text = (
        HEAD + 'One voter said she hoped with her "whole heart" that Marek Dolan wins and Lena Brandt '
        'loses: "Then I can finally stop worrying about the schools."'
    )
    assert speakers_of(extract_text(text), "Then I can") <= {"?"}


def test_a_joined_verb_with_its_own_he_or_she_keeps_the_older_reading(extract_text):
    text = (
        HEAD + 'Dana Whitfield said both Ortega and Lund are "lightweights on the council," but she gave '
        'the younger man a backhanded compliment: "You always know where he stands, even when he '
        'stands nowhere."'
    )
    assert speakers_of(extract_text(text), "You always know") == {"Dana Whitfield"}
