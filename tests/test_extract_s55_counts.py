"""Counts of session 55 (helper counts), in wordings invented for these tests
(docs/extract.md and docs/extract-ru-be.md, "Session 55 — counts").

* English: an event noun whose named object has a counted rest conjoined ("the detention of X
  and 13 others") is a group of N + 1, as after a verb (`groups.named_and_others` from
  `nouns.event_nouns`); a count told only there is not dropped as a repeat of a headline's
  uncounted "the detention of X and others". Traps: a demand, an approximate rest.
* English: a bare count set off before an apposition that the parser made a second subject ("The
  six, members of a group called X, were arrested") counts the group
  (`groups.count_before_apposition`). Trap: an approximate number before the apposition.
* English: a verb that sizes its group by comparison ("detained twice as many") takes no count
  from the verb it is joined to (`groups.size_by_comparison`).
* Russian and Belarusian: an event whose own clause sizes its group by a comparison («вдвое
  больше», «ў пяць разоў больш») or an inexact part («большинство из них», «часть из них») takes
  no count, neither its own nor one borrowed (`GroupRules._inexact_size_uncounted`). Traps: «по
  части 2 статьи» (an article, no part), a comparison or majority word in another clause.
"""

from __future__ import annotations

import pytest

from tests.extract_views import event_pairs, group_counts


def test_event_noun_with_named_object_and_counted_rest(extract_text) -> None:
    result = extract_text(
        "Rights groups condemned the arrest of the lawyer Maya Orlova and six others in Homel."
    )
    assert ("arrest", 7) in group_counts(result)
    assert ("arrest", "Maya Orlova") in event_pairs(result)
    result = extract_text(
        "The embassy welcomed the release of the poet Ivan Dudar and 11 other prisoners on Friday."
    )
    assert ("release", 12) in group_counts(result)


def test_headline_without_count_then_a_counted_noun_phrase(extract_text) -> None:
    result = extract_text(
        "The detention of Lev Marchuk and others\n\n"
        "MINSK — Our centre condemns the detention of the engineer Lev Marchuk and nine others on Sunday."
    )
    assert ("arrest", 10) in group_counts(result)


def test_event_noun_rest_traps(extract_text) -> None:
    # a demand is no event; a rest not counted exactly carries no count (GUIDELINES)
    assert not group_counts(extract_text("Activists demanded the release of Maya Orlova and six others."))
    assert not group_counts(
        extract_text("The arrest of Ivan Sokol and dozens of others was condemned abroad.")
    )


def test_count_before_an_apposition_made_a_second_subject(extract_text) -> None:
    result = extract_text('The five, members of a book club called "Free Page", were detained on Friday.')
    assert ("arrest", 5) in group_counts(result)
    result = extract_text(
        "All eight, workers at the same tractor plant, were convicted of treason on Monday."
    )
    assert ("sentence", 8) in group_counts(result)


def test_approximate_number_before_an_apposition_is_no_count(extract_text) -> None:
    assert not group_counts(extract_text("About 30, most of them students, were detained on Friday."))


def test_a_verb_sized_by_comparison_borrows_no_count(extract_text) -> None:
    counts = group_counts(
        extract_text("The police freed nine people on Friday but arrested twice as many on Saturday.")
    )
    assert ("release", 9) in counts
    assert ("arrest", 9) not in counts
    # the joined verb with its own "them" still shares the group
    counts = group_counts(extract_text("Police detained nine people and released them hours later."))
    assert {("arrest", 9), ("release", 9)} <= counts


@pytest.mark.parametrize(
    ("language", "text", "kept", "dropped"),
    [
        ("ru", "За месяц отпустили 11 человек, а задержали втрое больше.", ("release", 11), ("arrest", 11)),
        (
            "be",
            "За тыдзень вызвалілі дзевяць чалавек, а затрымалі ў тры разы больш.",
            ("release", 9),
            ("arrest", 9),
        ),
        (
            "ru",
            "В список добавили 25 человек, из него исключили 30 — большинство из них вышли на свободу.",
            None,
            ("release", 25),
        ),
        (
            "be",
            "У спіс дадалі 25 чалавек, з яго выключылі 30 — большасць з іх выйшлі на волю.",
            None,
            ("release", 25),
        ),
        ("ru", "Задержали 40 человек, часть из них отпустили к вечеру.", ("arrest", 40), ("release", 40)),
    ],
)
def test_ru_be_size_by_comparison_or_inexact_part(run, language, text, kept, dropped) -> None:
    counts = group_counts(run(text, language))
    assert dropped not in counts
    if kept is not None:
        assert kept in counts


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # an article's part is no part of a group
        ("ru", "Суд приговорил шестерых по части 3 статьи 130 к пяти годам колонии.", ("sentence", 6)),
        # a majority word in a clause of its own tells who the people are, not the event's size
        ("ru", "Задержали 20 человек, большинство из них студенты.", ("arrest", 20)),
        ("be", "Затрымалі 20 чалавек, большасць з іх студэнты.", ("arrest", 20)),
    ],
)
def test_ru_be_part_words_elsewhere_keep_the_count(run, language, text, expected) -> None:
    assert expected in group_counts(run(text, language))
