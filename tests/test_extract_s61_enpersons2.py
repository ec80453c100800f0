"""English, session 61 (helper enpersons2, led by the plain full names the tagger calls an
organisation, a place or a work on the real-news tune halves), in wordings invented for these
tests:

* an age written right before a plain run of two or three capitalised proper nouns
  ("Seventeen-year-old Bello Garba told ...") is a person's, whatever the tagger called the name;
* traps: an age before a run that qualifies a noun after it ("a 42-year-old Workers Union
  organiser"), a run opened as a place's name is ("a 30-year-old South Sudan native").
"""

from __future__ import annotations

from tests.extract_views import event_pairs


def _names(result) -> set[str]:
    return {p.name for p in result.persons}


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


def test_age_before_a_place_is_no_name(extract_text) -> None:
    """Trap: a run opened as a place's name is, after an age."""
    result = extract_text(
        "Trader held\n\nPolice in Kampala detained a 30-year-old South Sudan native on Monday, a "
        "spokesman said."
    )
    assert not any("Sudan" in n for n in _names(result))
