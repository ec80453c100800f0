"""English, session 57 (helper hrd4, led by the tuning half of the real-news set `hrdnews4`),
in wordings invented for these tests:

* a bare double-barrelled surname that two named people share ("Oleg Vasin-Kurov ... his wife,
  Anna Vasin-Kurov ... Vasin-Kurov said") goes to the one the lone-surname namesake rules pick
  (the story's subject, not the relative introduced as such), where it went to no one;
* manner-of-speaking verbs (howl, growl, boom, bellow, roar, snarl) attribute a quotation beside
  its marks, as "shouted" and "thundered" did;
* a pronoun that speaks ("he said", "he added", "he pointed out") is not someone named inside
  what it reports: its quotation, its complement clause, or the clause an inverted "..., he
  pointed out" hangs on; and after "According to Y, ..." the next "he said" is Y's.
"""

from __future__ import annotations

from tests.extract_views import event_pairs, quote_openings

# --- a shared double-barrelled surname ----------------------------------------------------------------


def test_bare_double_surname_goes_to_the_subject_not_the_wife(extract_text) -> None:
    result = extract_text(
        "Critic detained in Tarsk\n\n"
        "Police on Monday detained Oleg Vasin-Kurov, a veteran opposition politician.\n\n"
        'His wife, Anna Vasin-Kurov, confirmed the detention in a post. "They want to silence him," '
        "she wrote.\n\n"
        'In an interview last week, Vasin-Kurov said, "I have no doubt the regime will end."'
    )
    assert ("Oleg Vasin-Kurov", "I have no") in quote_openings(result)
    assert ("Anna Vasin-Kurov", "They want to") in quote_openings(result)


def test_bare_double_surname_event_is_the_subjects(extract_text) -> None:
    pairs = event_pairs(
        extract_text(
            "The lawyer Maria Lenz-Odell was stopped at the airport on Friday. Her brother, Paul "
            "Lenz-Odell, said the family had not been told where she was taken.\n\n"
            "Lenz-Odell was sentenced to three years in prison on Monday."
        )
    )
    assert ("sentence", "Maria Lenz-Odell") in pairs
    assert ("sentence", "Paul Lenz-Odell") not in pairs


def test_double_surname_of_one_person_still_joins_them(extract_text) -> None:
    """Trap: with one bearer the surname goes to that one, as before."""
    pairs = event_pairs(
        extract_text(
            "Police detained the blogger Ilya Sarn-Petrov in May. Sarn-Petrov was released on Tuesday."
        )
    )
    assert ("release", "Ilya Sarn-Petrov") in pairs


# --- manner-of-speaking verbs beside quotation marks --------------------------------------------


def test_howled_and_growled_attribute_quotes(extract_text) -> None:
    result = extract_text(
        "Officers broke up the rally of the party leader Tomas Brevik on Friday.\n\n"
        'Angry, Brevik howled, "You have no right to stand in my way today."\n\n'
        'He then growled, "Go back and look at yourselves in the mirror."'
    )
    openings = quote_openings(result)
    assert ("Tomas Brevik", "You have no") in openings
    assert ("Tomas Brevik", "Go back and") in openings


def test_bellowed_after_the_quote_attributes_it(extract_text) -> None:
    result = extract_text(
        "Judge Ellen Marsh opened the hearing on Monday.\n\n"
        '"Nothing of the kind has ever happened in this court," bellowed Marsh.'
    )
    assert ("Ellen Marsh", "Nothing of the") in quote_openings(result)


def test_roared_without_quote_marks_is_no_quote(extract_text) -> None:
    """Trap: the new verbs attribute only beside quotation marks ("the crowd roared" is noise)."""
    result = extract_text("The activist Lina Kovac was freed on Monday. The crowd roared as she walked out.")
    assert not result.quotes


# --- a pronoun that speaks is not named in what it reports ---------------------------------------


def test_inverted_pointed_out_is_not_the_one_named_in_the_clause(extract_text) -> None:
    result = extract_text(
        "According to Pavel Drozd, a former diplomat, the government is weaker than it looks. "
        '"This is not only about one country," he said.\n\n'
        'The arrests showed Viktor Orlov\'s weakness, he pointed out, noting: "He cannot win back any trust."'
    )
    assert ("Pavel Drozd", "He cannot win") in quote_openings(result)
    assert ("Viktor Orlov", "He cannot win") not in quote_openings(result)


def test_he_added_is_not_the_one_the_quote_names(extract_text) -> None:
    result = extract_text(
        "Rights lawyer Anton Berg spoke to reporters on Friday.\n\n"
        "According to Berg, the ruling party is brittle, with Igor Salt reliant on the police. There "
        'are defections inside, he said. "Salt does not control the economy any more," he added.'
    )
    openings = quote_openings(result)
    assert ("Anton Berg", "Salt does not") in openings
    assert ("Igor Salt", "Salt does not") not in openings


def test_he_said_still_continues_the_previous_speaker(extract_text) -> None:
    """Trap: with no one named in what he reports, 'he said' stays with the speaker before."""
    result = extract_text(
        '"We will appeal," said the lawyer Mira Holt\'s colleague, Dan Fisk. "The court ignored the '
        'evidence," he said.'
    )
    assert ("Dan Fisk", "The court ignored") in quote_openings(result)


def test_pronoun_of_an_event_after_a_report_is_unchanged(extract_text) -> None:
    """Trap: only a pronoun that speaks skips names in its report; 'he was released' still
    continues the one the report was about."""
    pairs = event_pairs(
        extract_text(
            "Officials said the journalist Karim Adel had been held for a month. He was released on Sunday."
        )
    )
    assert ("release", "Karim Adel") in pairs


def test_subject_of_a_clause_hung_on_he_said_still_speaks(extract_text) -> None:
    """Trap: the parser hangs 'X weighed in, telling ...' on the 'he said' after the quote; X is
    that clause's subject, the one who speaks, not a name inside what is reported."""
    result = extract_text(
        "On Sunday, Senator Luis Ortega launched a new line of attack, stating on a talk show that his "
        'rival\'s "judgment" was lacking.\n\n'
        "Vice President Tom Reyes weighed in as well, telling a radio station in an interview published "
        'on Monday, "But honestly, they are both qualified," he said, adding, "Maria is '
        'overwhelmingly qualified to lead."'
    )
    openings = quote_openings(result)
    assert ("Tom Reyes", "But honestly, they") in openings
    assert ("Luis Ortega", "But honestly, they") not in openings
