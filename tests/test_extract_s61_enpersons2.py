"""English, session 61 (helper enpersons2, led by the plain full names the tagger calls an
organisation, a place or a work on the real-news tune halves), in wordings invented for these
tests:

* a plain run of two or three capitalised proper nouns whose last word stands alone elsewhere in
  the story as the tagger's person ("over Morgan Sibanda of the MDC ... Sibanda, who was jailed")
  is a person's name: a story shortens a person to the surname, a body to its first word;
* an age written right before a plain run ("Seventeen-year-old Bello Garba told ...") is a
  person's, whatever the tagger called the name;
* traps: an age before a run that qualifies a noun ("a 42-year-old Workers Union organiser"), a
  body the tagger calls a person with no lone surname ("Kalinga Watch said"), a place opened by a
  compass word stay no person.
"""

from __future__ import annotations

from tests.extract_views import event_pairs


def _names(result) -> set[str]:
    return {p.name for p in result.persons}


def test_lone_surname_read_as_person_names_the_full_run(extract_text) -> None:
    result = extract_text(
        "Vote disputed\n\n"
        "The general beat Morgan Sibanda of the MDC in a disputed count. Sibanda, who was jailed "
        "twice, later became prime minister."
    )
    assert "Morgan Sibanda" in _names(result)
    assert ("arrest", "Morgan Sibanda") in event_pairs(result)


def test_age_before_a_name_read_as_a_body(extract_text) -> None:
    result = extract_text(
        "Camp freed\n\n"
        "Seventeen-year-old Bello Garba told Reuters he was happy but tired after his release from "
        "the camp."
    )
    assert "Bello Garba" in _names(result)
    assert ("release", "Bello Garba") in event_pairs(result)


def test_age_before_a_body_qualifying_a_noun_is_no_name(extract_text) -> None:
    """Trap: the run is a modifier of the role noun after it."""
    result = extract_text(
        "Activist held\n\nSecurity agents detained a 42-year-old Workers Union organiser in Harare on Monday."
    )
    assert not any("Union" in n for n in _names(result))


def test_body_without_a_lone_surname_stays_no_person(extract_text) -> None:
    """Trap: the tagger's person on a body's name, with no lone surname anywhere."""
    result = extract_text(
        "Journalist freed\n\n"
        "Authorities released the reporter after nine months. Rights group Kalinga Watch said the "
        "charges were false."
    )
    assert not any("Watch" in n for n in _names(result))


def test_place_opened_by_a_compass_word_is_no_name(extract_text) -> None:
    """Trap: a district's name whose last word is a person's elsewhere in the story."""
    result = extract_text(
        "Neighbours\n\n"
        'Manchester said the mayor was wrong. "People in Northeast Manchester get along," a '
        "resident said. Police detained two men there on Friday."
    )
    assert "Northeast Manchester" not in _names(result)
