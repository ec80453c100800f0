"""'Guards seized two members of a village aid council: A and B': the members of a body
are people a force can seize (session 21); the colon list names them. Invented wording."""

from __future__ import annotations

from tests.extract_views import event_pairs, group_counts


def test_members_of_a_body_seized_by_officers(extract_text):
    result = extract_text(
        "Border guards in Gedaref seized three members of the neighbourhood relief committee on Friday "
        "as they unloaded sorghum at the market: Salwa Idris, Khalid Musa and Tahani Omer."
    )
    pairs = event_pairs(result)
    assert {("arrest", "Salwa Idris"), ("arrest", "Khalid Musa"), ("arrest", "Tahani Omer")} <= pairs
    assert ("arrest", 3) in group_counts(result)


def test_a_thing_seized_is_no_arrest(extract_text):
    result = extract_text("Customs officers seized three crates of medicine at the port on Friday.")
    assert not any(etype == "arrest" for etype, _ in event_pairs(result))
    assert ("arrest", 3) not in group_counts(result)
