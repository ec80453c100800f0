"""Counts of session 51 (helper counts), in wordings invented for these tests.

* a detention told as a participle of a counted subject whose own verb is a verdict or a
  deportation ("Nine farmers arrested in March were convicted", "Four students, detained in May,
  were deported") is the same group's earlier arrest, and carries the group's count
  (`events._detained_before_verdict`). A release as the verb, the object form, "held" and a
  running total are left as they were (traps).
"""

from __future__ import annotations

from tests.extract_views import group_counts


def test_a_counted_group_detained_then_convicted_has_a_counted_arrest(extract_text) -> None:
    result = extract_text(
        "Nine farmers arrested in Kasese in March were convicted on Tuesday and sentenced to five years each."
    )
    assert {("arrest", 9), ("sentence", 9)} <= group_counts(result)


def test_a_counted_group_detained_then_deported_has_a_counted_arrest(extract_text) -> None:
    result = extract_text("Four students, detained in May, were deported to Kenya on Friday.")
    assert {("arrest", 4), ("deportation", 4)} <= group_counts(result)


def test_detained_then_released_keeps_the_count_to_the_release(extract_text) -> None:
    # trap: with a release as the verb the detention ends in the news itself (census 2 in 4)
    result = extract_text(
        "Eleven miners arrested after the strike in Kabwe were released on bail on Sunday, their union said."
    )
    counts_ = group_counts(result)
    assert ("release", 11) in counts_
    assert ("arrest", 11) not in counts_


def test_held_is_custody_not_a_detention(extract_text) -> None:
    # trap: "held" tells where the group is, not an arrest
    result = extract_text("Six teachers held in Evin prison were sentenced on Monday to three years each.")
    counts_ = group_counts(result)
    assert ("sentence", 6) in counts_
    assert ("arrest", 6) not in counts_


def test_the_object_of_a_verdict_keeps_its_count_to_the_verdict(extract_text) -> None:
    # trap: "jailed five men arrested in May" (object form, census 2 in 4) is left as it was
    result = extract_text("The court in Gulu jailed five men arrested in May for three years.")
    counts_ = group_counts(result)
    assert ("sentence", 5) in counts_
    assert ("arrest", 5) not in counts_


def test_a_running_total_of_verdicts_counts_no_arrest(extract_text) -> None:
    # trap: a perfect counted up to now is a statistic, for the participle as for its verb
    result = extract_text("Since 2020, 300 people detained at protests have been convicted.")
    assert ("arrest", 300) not in group_counts(result)
