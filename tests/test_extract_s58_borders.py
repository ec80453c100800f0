"""English, session 58 (found by the roll of seed 38, `benchmarks/roll.py`), in wordings invented
for these tests:

* the country across a border ("the border with Latvia", "the frontier with Poland") is the
  neighbour, never the country the story is about. A headline that named no other country made
  the neighbour the home country, and the lead's "drove them to Latvia" was then no removal
  abroad: thirteen people exiled by one release read as merely released. Traps: a story that
  names its own country keeps it as home, so a transfer inside it stays no removal abroad; the
  neighbour named as where the story happens ("in Latvia") still counts.
"""

from __future__ import annotations

from tests.extract_views import event_pairs

_LEAD = (
    "The authorities on Friday freed 21 political prisoners and drove them to Latvia.\n\n"
    "Those freed included Pavel Rudak and Iryna Sokal."
)


def test_a_headline_naming_only_the_border_keeps_the_removal_abroad(extract_text) -> None:
    pairs = event_pairs(extract_text("Prisoners freed, taken to the border with Latvia\n\n" + _LEAD))
    assert ("deportation", "Pavel Rudak") in pairs
    assert ("release", "Iryna Sokal") in pairs


def test_the_frontier_with_a_neighbour_is_not_home(extract_text) -> None:
    pairs = event_pairs(extract_text("Freed prisoners bused to the frontier with Latvia\n\n" + _LEAD))
    assert ("deportation", "Iryna Sokal") in pairs


def test_a_transfer_inside_the_named_home_country_is_no_removal(extract_text) -> None:
    # trap: the story is about Latvia; a move to Riga is a transfer at home, not a removal abroad
    pairs = event_pairs(
        extract_text(
            "Latvian court frees activists near the border with Estonia\n\n"
            "A court in Latvia on Friday freed the activist Pavel Rudak, and police drove him to Riga."
        )
    )
    assert ("release", "Pavel Rudak") in pairs
    assert ("deportation", "Pavel Rudak") not in pairs
