"""English, session 62 (helper enreal3, led by the missed events of the real-news tune halves), in
wordings invented for these tests:

* a person held by a state named as the agent of "held" ("have been held by the US at a naval
  base for two years", "had been held by Iran since 2019") is detained, as one "held by police" is;
* traps: a thing or a meeting held by a state ("talks held by the US"), territory held by a state,
  a hostage held by armed men, an adjective of nationality before a force the force list judges.
"""

from __future__ import annotations

from tests.extract_views import event_pairs


def test_held_by_the_us_for_years(extract_text) -> None:
    result = extract_text(
        "Britons freed\n\n"
        "Karim Latif and Owen Bradley, both from Leeds, have been held by the US at a naval base "
        "in Cuba for nearly two years."
    )
    pairs = event_pairs(result)
    assert ("arrest", "Karim Latif") in pairs
    assert ("arrest", "Owen Bradley") in pairs


def test_held_by_a_country_named_alone(extract_text) -> None:
    result = extract_text(
        "Engineer home\n\n"
        "The engineer Tomas Verhoeven had been held by Iran for fourteen months on spying charges."
    )
    assert ("arrest", "Tomas Verhoeven") in event_pairs(result)


def test_held_by_the_united_states(extract_text) -> None:
    result = extract_text(
        "Detainee's case\n\n"
        "Said Hamdani, a teacher from Sanaa, was held by the United States in Bagram for a year."
    )
    assert ("arrest", "Said Hamdani") in event_pairs(result)


def test_talks_held_by_a_state_are_no_detention(extract_text) -> None:
    """Trap: the thing held is a meeting, not a person."""
    result = extract_text(
        "Talks\n\nTalks held by the US and Qatar in Doha were attended by the envoy Marco Bellini on Monday."
    )
    assert not any(t == "arrest" for t, _ in event_pairs(result))


def test_territory_held_by_a_state_is_no_detention(extract_text) -> None:
    """Trap: land held by a state."""
    result = extract_text(
        "Visit\n\n"
        "The mayor, Irina Volkova, visited villages held by Russia in the south of the region last week."
    )
    assert not any(t == "arrest" for t, _ in event_pairs(result))


def test_hostage_held_by_gunmen_stays_no_detention(extract_text) -> None:
    """Trap: armed men are no state; the country in the clause is only where it happened."""
    result = extract_text("Aid worker\n\nThe aid worker Lena Fischer was held by gunmen in Mali.")
    assert ("arrest", "Lena Fischer") not in event_pairs(result)
