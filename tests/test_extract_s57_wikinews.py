"""English, session 57 (helper wikinews, led by the tuning half of the real-news set
`wikinews-en`, English Wikinews), in wordings invented for these tests:

* "arrest" before "warrant(s)" or "order" is the noun compound even where a headline's tagger
  reads it as a verb ("Court issues arrest warrants for 12 people, including X"): no arrest;
  the verb in a headline ("Police arrest X in Tarsk") is still one;
* a grant of release the parser hangs on the recipient as an apposition ("granted X a full and
  unconditional pardon") is a release of X, as "granted X a pardon" is; a grant that is no
  release ("granted X a full and generous pension") is none;
* a subjectless passive gerund of a granting verb ("... before being granted clemency") tells
  of the subject of the clause it hangs on; "before being refused bail" is no release;
* time served inside the clause of a changed term ("the sentence was commuted after serving
  nine years") is no term of that change; a changed term ("cut to seven years after he had
  served four") still is;
* "was sentenced to serve N years" gives the term N, as "ordered to serve" does;
* a naming aside opened by an adverb of time ("detained the man, later identified as X") names
  the one detained, as "detained the man, identified as X" does; an aside of another verb
  ("detained the man, later released without charge") names no one;
* a doubled auxiliary ("who was was arrested", a typo of real news) no longer makes the
  fallback's climb to the verb loop for ever.
"""

from __future__ import annotations

from tests.extract_views import event_pairs, term_pairs

# --- an arrest warrant is no arrest ---------------------------------------------------------------


def test_headline_arrest_warrants_including_a_name_is_no_arrest(extract_text) -> None:
    pairs = event_pairs(extract_text("Court issues arrest warrants for 12 people, including Oren Valdt"))
    assert ("arrest", "Oren Valdt") not in pairs


def test_headline_arrest_order_is_no_arrest(extract_text) -> None:
    pairs = event_pairs(extract_text("Tribunal issues arrest order for former minister Kasia Dromm"))
    assert ("arrest", "Kasia Dromm") not in pairs


def test_headline_arrest_verb_is_still_an_arrest(extract_text) -> None:
    """Trap: the present-tense verb of a headline, with a person as its object, is an arrest."""
    pairs = event_pairs(extract_text("Police arrest blogger Oren Valdt in Tarsk"))
    assert ("arrest", "Oren Valdt") in pairs


# --- a grant hung on its recipient --------------------------------------------------------------------


def test_full_and_unconditional_pardon_is_a_release(extract_text) -> None:
    pairs = event_pairs(
        extract_text(
            "On Monday the governor granted Halvard Esk Brun a full and unconditional pardon. "
            "Brun had been convicted of tax evasion in 2011."
        )
    )
    assert ("release", "Halvard Esk Brun") in pairs


def test_full_and_generous_pension_is_no_release(extract_text) -> None:
    """Trap: the noun hung on the recipient is no grant of release."""
    pairs = event_pairs(
        extract_text("The board granted Halvard Esk Brun a full and generous pension on Monday.")
    )
    assert ("release", "Halvard Esk Brun") not in pairs


# --- a release granted in a subjectless passive gerund ----------------------------------------------


def test_served_before_being_granted_clemency_is_a_release(extract_text) -> None:
    pairs = event_pairs(
        extract_text(
            "Mirela Tosk was convicted of fraud in 2009. Tosk served ten years of a twenty-year "
            "term before being granted clemency."
        )
    )
    assert ("release", "Mirela Tosk") in pairs


def test_held_before_being_granted_bail_is_a_release(extract_text) -> None:
    pairs = event_pairs(extract_text("Reporter Arvo Linn was held for a month before being granted bail."))
    assert ("release", "Arvo Linn") in pairs


def test_held_before_being_refused_bail_is_no_release(extract_text) -> None:
    """Trap: a refusal is no grant."""
    pairs = event_pairs(extract_text("Reporter Arvo Linn was held for a month before being refused bail."))
    assert ("release", "Arvo Linn") not in pairs


# --- time served is no changed term --------------------------------------------------------------------


def test_commuted_after_serving_nine_years_gives_no_term(extract_text) -> None:
    result = extract_text(
        "Dara Quill was convicted of smuggling in 2010. The sentence was commuted after serving nine years."
    )
    assert ("Dara Quill", 108) not in term_pairs(result)


def test_cut_to_seven_after_serving_four_keeps_the_new_term(extract_text) -> None:
    """Trap: the changed term is read; only the time served is left out."""
    result = extract_text(
        "Ivor Quill was sentenced to ten years. An appeals court cut his sentence to seven years "
        "after he had served four."
    )
    terms = term_pairs(result)
    assert ("Ivor Quill", 84) in terms and ("Ivor Quill", 48) not in terms


# --- "sentenced to serve N" ------------------------------------------------------------------------------


def test_sentenced_to_serve_gives_the_term(extract_text) -> None:
    result = extract_text("Dara Quill was sentenced on Tuesday to serve 150 months in a federal prison.")
    assert ("Dara Quill", 150) in term_pairs(result)


def test_sentenced_and_ordered_to_serve_probation_gives_no_prison_term(extract_text) -> None:
    """Trap: a probation period is no prison term (dev2's trap list)."""
    result = extract_text("Dara Quill was sentenced on Tuesday to serve three years of probation.")
    assert ("Dara Quill", 36) not in term_pairs(result)


# --- a naming aside opened by an adverb -------------------------------------------------------------


def test_detained_the_man_later_identified_as_a_name(extract_text) -> None:
    result = extract_text("Officers detained the driver, later identified as Teodor Vask, at the scene.")
    pairs = event_pairs(result)
    assert ("arrest", "Teodor Vask") in pairs


def test_aside_of_another_verb_names_no_one(extract_text) -> None:
    """Trap: the aside is no naming; the only name in the sentence is the officer's."""
    pairs = event_pairs(
        extract_text("Police detained the driver, later released without charge, said inspector Teodor Vask.")
    )
    assert ("arrest", "Teodor Vask") not in pairs


# --- a doubled auxiliary ends ----------------------------------------------------------------------------


def test_doubled_auxiliary_ends_and_keeps_the_release(extract_text) -> None:
    """It looped for ever before; the release of the one named is still read."""
    pairs = event_pairs(
        extract_text("A second suspect, Olav Rusk, who was was detained on Friday, was released on bail.")
    )
    assert ("release", "Olav Rusk") in pairs
