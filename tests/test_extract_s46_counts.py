"""English counts of session 46 (helper counts), in wordings invented for these tests: a counted
part named inside a phrase of a counted whole ("released 11 prisoners, including six citizens
jailed for ...") takes part in the whole's event, so the participle that describes the part is
no sentence of its own (as "26 people convicted in ... cases were pardoned" already was)."""

from __future__ import annotations

from tests.extract_views import group_counts


def test_a_described_part_inside_including_is_no_event_of_its_own(extract_text) -> None:
    result = extract_text(
        "Russia has released 11 prisoners, including six citizens jailed for opposing the war, "
        "in an exchange."
    )
    counts = group_counts(result)
    assert ("release", 11) in counts
    assert ("sentence", 6) not in counts


def test_a_group_described_inside_a_phrase_of_no_event_keeps_its_count(extract_text) -> None:
    # trap: the whole the phrase hangs on takes part in no event; the participle is the event
    result = extract_text("Rights groups praised the courage of 40 people detained in May in Minsk.")
    assert ("arrest", 40) in group_counts(result)
