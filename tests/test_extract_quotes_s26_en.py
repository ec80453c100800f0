"""English quotes (session 26), in wording invented for these tests: an unlabelled interview
whose first answer carries the interviewee's label ("Name: ...") once; the second pair of marks
after 'said <office> <name>' when the parser made the office the subject; a quote that opens
the story after its dateline, attributed by 'That is how X remembers ...'; in a first-person
letter, "my father" who takes over from a named antecedent is the person the story sets equal
to him anywhere ('My father's name is X').
Traps: an interview whose answers two different labels name; a dateline quote followed by a
sentence of narrative that names nobody who put it so; "my father" never named; "my brother"
(one may have several)."""

from __future__ import annotations

import pytest

from tests.extract_views import quote_openings

_INTRO = (
    "Q&A\n\n"
    "Miriam Tadesse Haile was nine when her brother, the poet Dawit Tadesse Haile, was taken from "
    "a bus in Keren in 2009. Miriam, now a pharmacist in Oslo, talked to our reporter about the "
    "years since.\n\n"
    "This conversation has been edited for length.\n\n"
)
_TURNS = (
    "What do you recall about the arrest?\n\n"
    "{label}Very little of it is mine. I recall the colour of the bus and the rain.\n\n"
    "Your brother had been warned before.\n\n"
    "Twice. My mother begged him to stop writing, and he laughed at her.\n\n"
    "Has anyone told you where he is held?\n\n"
    "Nobody. I write to the ministry each spring and I get no reply.\n\n"
)


@pytest.mark.parametrize("label", ["Miriam Tadesse: ", "Miriam Tadesse Haile: ", "MIRIAM TADESSE HAILE: "])
def test_one_labelled_answer_names_the_interviewee(extract_text, label):
    openings = quote_openings(extract_text(_INTRO + _TURNS.format(label=label)))
    speakers = {
        speaker
        for speaker, words in openings
        if words in ("Very little of", "Twice. My mother", "Nobody. I write")
    }
    assert len(speakers) == 1 and speakers.pop().startswith("Miriam Tadesse")
    assert not any(words.startswith("Miriam Tadesse") for _, words in openings)  # the label is no speech


def test_answers_two_labels_name_go_to_nobody(extract_text):
    text = _INTRO + _TURNS.format(label="Miriam Tadesse: ").replace(
        "Twice. My mother", "Dawit Tadesse Haile: Twice. My mother"
    )
    openings = quote_openings(extract_text(text))
    assert not any(words == "Nobody. I write" and speaker != "?" for speaker, words in openings)


@pytest.mark.parametrize(
    "office",
    [
        "RSF Eastern Europe and Central Asia Desk Head",
        "HRW Europe and Central Asia Division Researcher",
    ],
)
def test_second_pair_after_an_office_parsed_as_subject(extract_text, office):
    text = (
        "A court in Tashkent jailed the blogger Otabek Sattoriy for six years on Monday.\n\n"
        '"He reported on corruption in the water board. Now he is going to a colony for it," said '
        f'{office} Jeanne Cavelier. "The partners of this government should say so aloud."'
    )
    openings = quote_openings(extract_text(text))
    assert ("Jeanne Cavelier", "He reported on") in openings
    assert ("Jeanne Cavelier", "The partners of") in openings


@pytest.mark.parametrize("verb", ["remembers", "recalls", "recounts"])
def test_dateline_quote_that_is_how_she_remembers(extract_text, verb):
    text = (
        "By Laura Benítez\n\n"
        "MIAMI — \u201cWe were sure they were driving us to a ditch.\u201d That is how Rosa Elena "
        f"Quintanilla Mora {verb} the night transfer from the women's prison in the spring of 2022, "
        "when guards woke her and handed her a plastic bag."
    )
    openings = quote_openings(extract_text(text))
    assert ("Rosa Elena Quintanilla Mora", "We were sure") in openings


def test_dateline_quote_before_narrative_names_nobody(extract_text):
    text = (
        "MIAMI — \u201cWe were sure they were driving us to a ditch.\u201d The transfer took place "
        "at night, when guards woke Rosa Elena Quintanilla Mora and handed her a plastic bag."
    )
    openings = quote_openings(extract_text(text))
    assert not any(words == "We were sure" and speaker != "?" for speaker, words in openings)


_LETTER = (
    "I write to Dmitri Orlov every month.{before} He taught chemistry for thirty years in Perm.\n\n"
    "His colleague Pavel Ivanov was questioned as a witness and released.\n\n"
    "My {kin} has not asked for a pardon. In a letter that came in May, he explained why: "
    '"A pardon is for the guilty. I will wait for the law to change."\n\n'
    "{after}"
)


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("", "My father's name is Dmitri Orlov. Please remember it."),
        ("", "Dmitri Orlov is my father. Please remember his name."),
        (" Dmitri Orlov, my father, turned 70 in March.", ""),
    ],
)
def test_the_narrators_father_named_anywhere_speaks(extract_text, before, after):
    openings = quote_openings(extract_text(_LETTER.format(before=before, kin="father", after=after)))
    assert ("Dmitri Orlov", "A pardon is") in openings


def test_the_narrators_father_never_named_is_nobody(extract_text):
    openings = quote_openings(extract_text(_LETTER.format(before="", kin="father", after="")))
    assert not any(words == "A pardon is" and speaker != "?" for speaker, words in openings)


def test_the_narrators_brother_is_not_one_person(extract_text):
    """One has one father but maybe several brothers: 'my brother' is named by nothing here."""
    text = _LETTER.format(before="", kin="brother", after="My brother's name is Dmitri Orlov.")
    openings = quote_openings(extract_text(text))
    assert not any(words == "A pardon is" and speaker != "?" for speaker, words in openings)
