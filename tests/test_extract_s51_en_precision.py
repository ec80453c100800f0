"""English, session 51 (`en-precision`: a census of the rules' false events over every English read
set), in wordings invented for these tests, each rule with a trap that must stay as it was:

* "Not on the plane was X": a fronted "not" negates the copula that puts X on board, though the
  parser hangs it on the preposition; X is not of the group the plane carried ("Also on the plane
  was Y" still is);
* "Rumours spread on social media that X had been freed": what a rumour (or a report the text
  calls unconfirmed) carries about is no event, whatever verb carries it, not only a verb of
  saying; an event the same sentence tells outside the rumour's clause still is.
"""

from __future__ import annotations

from tests.extract_views import event_pairs

# --- a fronted "not" before the vehicle negates being on board -------------------------------------


def test_not_on_the_plane_is_not_on_board(extract_text) -> None:
    pairs = event_pairs(
        extract_text(
            "Nicaragua freed 14 political prisoners on Friday and flew them to Guatemala City on a chartered "
            "plane, the foreign ministry said.\n\nNot on the plane was the teacher Ernesto Ruiz Obando, "
            "who was given six years in 2023 and whom relatives had expected to be included."
        )
    )
    assert ("sentence", "Ernesto Ruiz Obando") in pairs
    assert not {pair for pair in pairs if pair[1] == "Ernesto Ruiz Obando" and pair[0] != "sentence"}


def test_also_on_the_plane_is_still_on_board(extract_text) -> None:
    """Trap: without the negation the one on board is of the group the plane carried."""
    pairs = event_pairs(
        extract_text(
            "Nicaragua freed 14 political prisoners on Friday and flew them to Guatemala City on a chartered "
            "plane, the foreign ministry said.\n\nAlso on the plane was the teacher Ernesto Ruiz Obando, "
            "who was given six years in 2023."
        )
    )
    assert {("release", "Ernesto Ruiz Obando"), ("deportation", "Ernesto Ruiz Obando")} <= pairs


# --- a rumour's content is no event, whatever verb spreads it --------------------------------------


def test_rumour_spread_that_someone_was_freed_is_no_release(extract_text) -> None:
    pairs = event_pairs(
        extract_text(
            "Police detained the union organiser Tomás Rangel Ibarra in Valencia on Monday, his lawyer said."
            "\n\nRumours spread on social media on Friday that he too had been freed, but his wife said they "
            "were false."
        )
    )
    assert pairs == {("arrest", "Tomás Rangel Ibarra")}


def test_unconfirmed_reports_circulating_that_someone_died(extract_text) -> None:
    pairs = event_pairs(
        extract_text(
            "Unconfirmed reports circulated on Telegram this week that the blogger Pavel Yarmolenka had died "
            "in Colony No. 9."
        )
    )
    assert not {pair for pair in pairs if pair[0] == "death"}


def test_a_release_told_beside_a_rumour_still_stands(extract_text) -> None:
    """Trap: the release the sentence tells outside the rumour's clause is an event."""
    pairs = event_pairs(
        extract_text(
            "The poet Lina Marchenko was released from Colony No. 4 on Friday, though rumours spread for "
            "weeks that the authorities would keep her."
        )
    )
    assert ("release", "Lina Marchenko") in pairs
