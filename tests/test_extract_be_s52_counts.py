"""Belarusian counts of session 52 (helper counts), in wordings invented for these tests.

* «сябар» (a member: «сябры партыі», «сяброў клуба») is a noun of counted people like «удзельнік»
  and «член» (`be/patterns/words.json`, `group_nouns`): «затрымалі пяцярых сяброў …» is a counted
  arrest. Traps: members told with no event, and an approximate number.
"""

from __future__ import annotations

from tests.test_extract_ru import counts


def test_counted_members_of_a_club_are_a_counted_arrest(be) -> None:
    result = be("Навіны\n\nУ лютым сілавікі затрымалі пяць сяброў веласіпеднага клуба з Оршы.")
    assert ("arrest", 5) in counts(result)


def test_counted_members_named_after_the_group_are_its_members(be) -> None:
    result = be(
        "Навіны\n\nУ Гродне затрымалі трох сяброў мясцовага хору — Алесю Шыманскую, Паўла Гуза і Яніну Лось."
    )
    assert ("arrest", 3) in counts(result)


def test_members_with_no_event_or_an_approximate_number_give_no_count(be) -> None:
    # traps: members who only visited, and «больш за» (an approximate number, GUIDELINES)
    assert not counts(be("Навіны\n\nДвое сяброў яго брата прыходзілі ў госці ў нядзелю."))
    assert not counts(be("Навіны\n\nУ лютым затрымалі больш за дзесяць сяброў клуба."))
