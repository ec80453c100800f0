"""Counts of session 52 (helper counts), in wordings invented for these tests.

* a verdict a court gave or confirmed to a counted group of people ("delivered its verdict in
  the case of five dockers", "passed sentence on six farmers", "the prison terms handed to three
  teachers") is that group's counted sentence (`nouns.verdict_for_group`): the count stands in
  the verdict noun's own phrase (GUIDELINES: a count needs a number in the event's own clause).
  Traps: a verdict still to come, asked for by a prosecutor, negated; an approximate group;
  a verdict for counted things (posts, charges), not people.
"""

from __future__ import annotations

from tests.extract_views import group_counts


def test_a_verdict_delivered_in_the_case_of_a_counted_group_is_its_sentence(extract_text) -> None:
    result = extract_text(
        "On Tuesday the regional court in Pinsk delivered its verdict in the case of five dockers "
        "from the river port."
    )
    assert ("sentence", 5) in group_counts(result)


def test_a_verdict_against_or_on_a_counted_group_is_its_sentence(extract_text) -> None:
    assert ("sentence", 6) in group_counts(
        extract_text("A district judge in Lida passed a harsh verdict against six farmers on Friday.")
    )
    assert ("sentence", 3) in group_counts(
        extract_text("The military court issued the same sentence against three other men in April.")
    )


def test_prison_terms_handed_to_a_counted_group_are_its_sentence(extract_text) -> None:
    result = extract_text(
        "Rights groups denounced the prison terms handed down last week by a Tashkent court to "
        "seven bloggers from Nukus."
    )
    assert ("sentence", 7) in group_counts(result)


def test_life_imprisonment_upheld_for_a_counted_group_is_its_sentence(extract_text) -> None:
    result = extract_text("The appeals chamber confirmed life imprisonment for 19 defendants in the case.")
    assert ("sentence", 19) in group_counts(result)


def test_a_verdict_still_to_come_gives_no_count(extract_text) -> None:
    # traps: the future and "due to" (GUIDELINES: plans and the future are no events)
    assert ("sentence", 4) not in group_counts(
        extract_text("The city court is due to deliver its verdict in the case of four cyclists on Monday.")
    )
    assert ("sentence", 4) not in group_counts(
        extract_text("The court will pass sentence on four cyclists next week.")
    )


def test_a_verdict_asked_for_or_denied_gives_no_count(extract_text) -> None:
    # traps: a prosecutor's request, a negation
    assert ("sentence", 9) not in group_counts(
        extract_text("The prosecutor asked for sentences of six to eight years for all nine dockers.")
    )
    assert ("sentence", 9) not in group_counts(
        extract_text("The court did not pass sentence on the nine dockers, adjourning the case.")
    )
    # traps: a request to give the terms, a verdict that only may come
    assert ("sentence", 5) not in group_counts(
        extract_text("Prosecutors asked the court to hand prison terms of six years to five activists.")
    )
    assert ("sentence", 5) not in group_counts(
        extract_text("The court may pass sentence on five activists on Friday.")
    )


def test_an_approximate_group_or_counted_things_give_no_count(extract_text) -> None:
    # traps: an approximate number (GUIDELINES), a verdict over counted posts, not people
    assert not group_counts(extract_text("The court passed sentence on more than 40 protesters in May."))
    assert ("sentence", 12) not in group_counts(
        extract_text("The judge handed down sentences for 12 posts on a Telegram channel.")
    )


def test_sentences_left_unchanged_with_the_word_on_the_group_are_upheld(extract_text) -> None:
    # the parser may hang "unchanged" on the counted group rather than on the verb
    result = extract_text("The appeals court left the sentences of six bloggers unchanged on Monday.")
    assert ("sentence", 6) in group_counts(result)
    # trap: a verdict changed is no "unchanged" (and a negated keeping is none)
    assert ("sentence", 6) not in group_counts(
        extract_text("The appeals court did not leave the sentences of six bloggers unchanged.")
    )


def test_a_possessive_inside_the_group_name_is_no_owner(extract_text) -> None:
    # "Jehovah's" names the group; "her" owns it (trap: counted beside a named one)
    assert ("sentence", 4) in group_counts(
        extract_text("A court in Tver passed sentence on four Jehovah's Witnesses from the town on Monday.")
    )
    assert ("sentence", 2) not in group_counts(
        extract_text("The same judge passed sentence on her two co-accused, Ivan Dzeruk and Oleg Sych.")
    )
