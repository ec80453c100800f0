"""English rules of session 60 (helper bbc, led by the new real yardstick `realnews-en`, BBC
News 2004-2005; docs/extract.md "Session 60 — a new real English yardstick (bbc)"), in
wordings invented for these tests:

* "jailed / imprisoned for life" is a life sentence (no term in months), never a lock-up before
  trial, whatever date follows;
* "X, who said: '...'": the "who" of a speech verb in a relative clause speaks for the name the
  clause describes, not for a name after "the lawyer for" / "the wife of".
"""

from __future__ import annotations

import pytest

from tests.extract_views import event_pairs, quote_openings, term_pairs

HEAD = "News from Ostrava\n\n"


# --- for life --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Tomas Reiner was jailed for life in March.",
        "Tomas Reiner was imprisoned for life.",
        "Her neighbour's killer, Tomas Reiner, 19 - who was jailed for life last year - had copied a film.",
    ],
)
def test_jailed_for_life_is_a_sentence_without_a_term(extract_text, text):
    result = extract_text(HEAD + text)
    assert event_pairs(result) == {("sentence", "Tomas Reiner")}
    assert term_pairs(result) == set()


def test_jailed_pending_trial_is_still_an_arrest(extract_text):
    # trap: no verdict, a trial to come (and "for her life" is a fear, no term)
    result = extract_text(
        HEAD + "Lena Varga, who says she fears for her life, was jailed in March pending trial."
    )
    assert event_pairs(result) == {("arrest", "Lena Varga")}


def test_a_stated_term_keeps_its_months(extract_text):
    result = extract_text(HEAD + "Tomas Reiner was imprisoned for six years in March.")
    assert term_pairs(result) == {("Tomas Reiner", 72)}


# --- who said --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'The plan was welcomed by Senator Ilse Brandt, who said: "We have waited for this for years."',
            ("Ilse Brandt", "We have waited"),
        ),
        (
            'The delegation met Marek Dvorak, who told journalists: "Nothing will change here."',
            ("Marek Dvorak", "Nothing will change"),
        ),
        (
            'It was backed by Culture, Media and Sport Secretary Ilse Brandt who said: "Nobody is above it."',
            ("Ilse Brandt", "Nobody is above"),
        ),
        (
            'The plan drew criticism from Marek Dvorak, who said, "This is a step backwards for the city."',
            ("Marek Dvorak", "This is a"),
        ),
    ],
)
def test_who_of_a_relative_speech_verb_is_the_name(extract_text, text, expected):
    assert quote_openings(extract_text(HEAD + text)) == {expected}


def test_who_after_a_role_of_the_name_is_not_the_name(extract_text):
    # trap: "the lawyer for X, who said" may be the lawyer speaking
    result = extract_text(
        HEAD + 'Reporters reached the lawyer for Marek Dvorak, who said: "The charges are absurd."'
    )
    assert all(speaker != "Marek Dvorak" for speaker, _ in quote_openings(result))


def test_who_of_a_clause_that_is_no_speech_gives_no_speaker_by_it(extract_text):
    # trap: the relative clause tells something else; the quote is the narrator's subject's
    result = extract_text(HEAD + 'Ilse Brandt, who chairs the council, said: "We will vote next week."')
    assert quote_openings(result) == {("Ilse Brandt", "We will vote")}
