"""English counts of session 47 (helper counts), in wordings invented for these tests.

* "all but N" is the group counted nearest before "all", in its own sentence too ("freed 17
  political prisoners, and all but one of them were handed over" is 16); a count told in an
  earlier sentence (a headline's other number) is not the group "them" points back to;
* "as one of N [people] [participle]" on a clause's verb (the feature and obituary register:
  "He had been given a five-year sentence in 2022, as one of 37 activists convicted in a mass
  trial") makes the clause's subject a member of the counted group, when the participle tells
  the verb's event.
"""

from __future__ import annotations

from tests.extract_views import group_counts


def test_all_but_n_takes_the_group_counted_before_it_in_its_own_sentence(extract_text) -> None:
    result = extract_text(
        "Belarus frees prisoners, pushes 12 across border\n\n"
        "Belarus on Friday freed 17 political prisoners under a pardon, and all but one of them "
        "were handed over to Lithuanian border guards within hours."
    )
    counts = group_counts(result)
    assert ("release", 17) in counts
    assert ("deportation", 16) in counts
    assert ("deportation", 11) not in counts


def test_all_but_n_after_a_counted_arrest_in_the_same_sentence(extract_text) -> None:
    result = extract_text(
        "Police detained 12 activists at the rally in Almaty, and all but two were released the same evening."
    )
    assert group_counts(result) == {("arrest", 12), ("release", 10)}


def test_all_but_n_still_reads_the_group_of_the_sentence_before(extract_text) -> None:
    result = extract_text(
        "Fifteen miners were arrested after the strike in Karaganda. All but three were freed "
        "on bail a week later."
    )
    assert {("arrest", 15), ("release", 12)} <= group_counts(result)


def test_all_but_n_with_no_group_counted_before_counts_nobody(extract_text) -> None:
    # trap: nothing counted before "all", so no size can be worked out
    result = extract_text(
        "Police raided the office of the newspaper on Monday. All but two of the staff were later released."
    )
    assert not group_counts(result)


def test_as_one_of_n_convicted_gives_the_subject_the_group_count(extract_text) -> None:
    result = extract_text(
        "Chhun Vannak, the union leader, died in prison on Monday. He had already been given a "
        "five-year sentence in absentia in 2022, as one of 37 opposition activists convicted in a "
        "single mass trial."
    )
    assert ("sentence", 37) in group_counts(result)


def test_as_one_of_n_arrested_after_an_arrest(extract_text) -> None:
    result = extract_text(
        "Chhun Vannak was detained in Bangkok in 2024, as one of 12 exiles arrested there that spring."
    )
    assert group_counts(result) == {("arrest", 12)}


def test_as_one_of_n_of_another_event_gives_no_count(extract_text) -> None:
    # trap: the group's participle tells another event than the clause's verb
    result = extract_text(
        "Chhun Vannak was released in 2022, as one of 37 activists convicted in a mass trial."
    )
    assert ("release", 37) not in group_counts(result)


def test_as_one_of_n_who_did_something_else_gives_no_count(extract_text) -> None:
    # trap: the group is told by no event
    result = extract_text(
        "Chhun Vannak was sentenced to five years in 2022, as one of 37 activists who signed the letter."
    )
    assert not group_counts(result)
