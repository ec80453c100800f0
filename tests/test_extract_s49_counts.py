"""English counts of session 49 (helper counts), in wordings invented for these tests.

* a plural pronoun that is the subject of a clause of its own ("...; they were released the
  following year", "..., and they were sentenced last year") takes no count from the group counted
  before it in the sentence (GUIDELINES: a count needs a number in the event's own clause; a
  group referred to only as "they" gets no count); the object "them" of a verb sharing the
  counted clause's subject ("freed 28 prisoners and put them on a flight") still does, as the read
  gold counts it;
* a counted group placed or moved under house arrest is a change of measure, no counted arrest;
  its people keep their arrest;
* a named pair handed a list of terms sharing one unit ("A and B received 12 and 25 years") is
  one verdict each: the people keep their sentences and terms, the pair no count.
"""

from __future__ import annotations

from tests.extract_views import event_pairs, group_counts
from tests.test_extract_ru import terms


def test_they_as_the_subject_of_a_later_clause_takes_no_count(extract_text) -> None:
    result = extract_text(
        "In 2021, 12 teachers from Gonder were jailed pending trial in a single case; they were "
        "released the following year after 14 months in prison."
    )
    assert group_counts(result) == {("arrest", 12)}


def test_and_they_were_sentenced_takes_no_count(extract_text) -> None:
    result = extract_text(
        "Three of her colleagues who defended the opposition leader were arrested in 2023, and "
        "they were sentenced last year."
    )
    assert ("sentence", 3) not in group_counts(result)
    assert ("arrest", 3) in group_counts(result)


def test_them_as_the_object_of_a_shared_subject_verb_keeps_the_count(extract_text) -> None:
    # trap: the object of a verb sharing the counted clause's subject is the group just counted
    result = extract_text(
        "Nicaraguan authorities released 28 political prisoners on Thursday and put them on a "
        "flight to Guatemala City."
    )
    assert {("release", 28), ("deportation", 28)} <= group_counts(result)


def test_a_counted_group_placed_under_house_arrest_is_no_counted_arrest(extract_text) -> None:
    result = extract_text(
        "Police detained five pensioners in Hrodna on 3 October. Two of them, Alena Savich, 69, "
        "and Piotr Lukashou, 74, were later placed under house arrest because of their health."
    )
    counts = group_counts(result)
    assert ("arrest", 5) in counts
    assert ("arrest", 2) not in counts
    assert ("arrest", "Alena Savich") in event_pairs(result)


def test_a_counted_group_placed_under_house_arrest_alone_is_no_counted_arrest(extract_text) -> None:
    result = extract_text("Four former ministers were placed under house arrest on Monday, state media said.")
    assert not group_counts(result)


def test_a_counted_detention_beside_house_arrest_keeps_its_count(extract_text) -> None:
    # trap: the group's own detention is told with its number
    result = extract_text(
        "Police arrested three journalists of the outlet in Baku on Monday; a fourth was placed "
        "under house arrest."
    )
    assert ("arrest", 3) in group_counts(result)


def test_a_named_pair_handed_a_list_of_terms_is_no_counted_group(extract_text) -> None:
    result = extract_text(
        "Rustam Nazarov was jailed for life. His two co-defendants, the party members Olim Saidov "
        "and Farhod Rahimov, received 14 and 22 years."
    )
    assert ("sentence", 2) not in group_counts(result)
    assert terms(result) == {"Olim Saidov": 168, "Farhod Rahimov": 264}


def test_terms_on_a_conjoined_verb_leave_the_pair_uncounted(extract_text) -> None:
    result = extract_text(
        "Two former deputies, Sipho Dlamini and Themba Nkosi, were convicted in 2024 and jailed for "
        "20 and 15 years respectively."
    )
    assert ("sentence", 2) not in group_counts(result)
    assert ("sentence", "Sipho Dlamini") in event_pairs(result)


def test_a_named_trio_given_one_term_each_keeps_its_count(extract_text) -> None:
    # trap: one term for every member is one group verdict
    result = extract_text(
        "A court sentenced three activists, Ali Karimov, Jamshid Tursunov and Bobur Aliev, to six years each."
    )
    assert ("sentence", 3) in group_counts(result)


def test_an_unnamed_group_handed_a_list_of_terms_keeps_its_count(extract_text) -> None:
    # trap: no members named, so the number is the only thing told of the verdict
    result = extract_text("In September, three men from Rzhev were handed 17, 18 and 19 years.")
    assert ("sentence", 3) in group_counts(result)
