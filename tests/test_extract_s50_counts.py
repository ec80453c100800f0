"""Counts of session 50 (helper counts), in wordings invented for these tests.

* a verdict participle on a counted group whose own verb tells another event ("Twelve students
  jailed over a rally were released on Monday") names who the group are; the count belongs to
  the group's own verb, not to a verdict
  (GUIDELINES: a count needs a number in the event's own clause). English reads it where the
  parser took the participle for the verb and hung the real verb on it as a subjectless
  conjunct (`events._verdict_of_subject_of_next_verb`); Russian and Belarusian where the
  participle is an `acl` of the counted subject of a release (`cohorts.verdicts_of_the_freed`).
"""

from __future__ import annotations

from tests.extract_views import group_counts
from tests.test_extract_ru import counts
from vigil.model import Extraction


def test_a_verdict_participle_of_a_group_that_is_freed_takes_no_count(extract_text) -> None:
    result = extract_text(
        "Seventeen farmers jailed for opposing the land law were released on Thursday and flown to "
        "Costa Rica, their lawyers said."
    )
    counts_ = group_counts(result)
    assert ("release", 17) in counts_
    assert ("sentence", 17) not in counts_


def test_a_verdict_of_its_own_clause_keeps_the_count(extract_text) -> None:
    # trap: the verdict is the group's own verb, and a conjunct with its own subject is apart
    result = extract_text("Three teachers jailed, one acquitted in a case over a parents' chat.")
    assert ("sentence", 3) in group_counts(result)


def test_jailed_and_freed_with_its_auxiliary_keeps_the_verdict_count(extract_text) -> None:
    # trap: "were jailed and later freed" is a verdict told by the group's own (passive) verb
    result = extract_text("Four bloggers were jailed in 2023 and later freed in a pardon.")
    assert {("sentence", 4), ("release", 4)} <= group_counts(result)


def _ru(run, text: str, lang: str = "ru") -> Extraction:
    return run("Новости\n\n" + text, lang)


def test_ru_convicts_who_walk_free_have_no_counted_verdict(run) -> None:
    result = _ru(
        run,
        "Шестеро жителей Курска, осуждённых по делам о госизмене, в субботу оказались на свободе в "
        "результате обмена пленными.",
    )
    assert ("sentence", 6) not in counts(result)
    assert ("release", 6) in counts(result)


def test_ru_a_verdict_of_the_groups_own_verb_keeps_its_count(run) -> None:
    # trap: the group is convicted by its own verb, and freed in another clause
    result = _ru(run, "Шестеро жителей Курска были осуждены по делу о госизмене в 2023 году.")
    assert ("sentence", 6) in counts(result)


def test_ru_another_group_freed_in_a_clause_of_its_own_keeps_the_verdict_count(run) -> None:
    # trap: the release belongs to a conjoined clause of another group, not to the convicts' verb
    result = _ru(
        run,
        "Трое активистов, осуждённых по делу о госизмене, остаются в колонии, а двоих их знакомых "
        "освободили в зале суда.",
    )
    assert {("release", 2), ("sentence", 3)} <= counts(result)


def test_a_verdict_verb_with_its_own_object_keeps_the_count_when_the_group_is_freed(extract_text) -> None:
    # trap (found on syn17b after the merge): "received suspended terms" is the group's own verb,
    # its object the verdict, not a participle naming who the freed are
    result = extract_text(
        "Three other journalists received two-year suspended sentences and were freed in the "
        "courtroom on Tuesday."
    )
    assert ("sentence", 3) in group_counts(result)
