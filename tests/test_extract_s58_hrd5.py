"""English, session 58 (helper hrd5, led by the real English articles of `hrdnews5`), in
wordings invented for these tests:

* a court's order to free someone is their release, whatever its form ("ordered the release of
  X", "ordered X's release", "ordered X released"), as real news tells it (the order carried
  out as a rule). Traps: an order the order's sentence or the two after it tell was not carried
  out ("but she was still in prison", "The order was never implemented", "instead of freeing
  him", "was never freed", "police refused to free him"), an order still to come ("may order the
  release"), a call for an order ("urged the court to order the release"), and an order to
  arrest or to deport (a warrant, a decision: "ordered the arrest of X").
"""

from __future__ import annotations

from tests.extract_views import event_pairs

_BEFORE = "The union leader Ramon Iturbe was detained in a police raid in December. "

# --- an order to free is a release -------------------------------------------------------------------


def test_court_ordered_the_release_of_a_named_person(extract_text) -> None:
    pairs = event_pairs(
        extract_text(_BEFORE + "On Monday a regional court ordered the release of union leader Ramon Iturbe.")
    )
    assert ("release", "Ramon Iturbe") in pairs


def test_court_ordered_the_release_of_two_named_people(extract_text) -> None:
    pairs = event_pairs(
        extract_text(
            "The reporters Lisa Ng and Omar Bello were arrested at a protest in March. In June a "
            "judge ordered the release of Lisa Ng and Omar Bello for lack of evidence."
        )
    )
    assert ("release", "Lisa Ng") in pairs
    assert ("release", "Omar Bello") in pairs


def test_order_followed_by_walking_out_is_a_release(extract_text) -> None:
    pairs = event_pairs(
        extract_text(
            _BEFORE + "A judge ordered the release of Ramon Iturbe on Friday, and he left the jail "
            "that evening."
        )
    )
    assert ("release", "Ramon Iturbe") in pairs


# --- traps: no release ---------------------------------------------------------------------------------


def test_order_told_not_carried_out_in_its_sentence_is_no_release(extract_text) -> None:
    pairs = event_pairs(
        extract_text(
            _BEFORE + "A court ordered the release of Ramon Iturbe on Tuesday, but by Friday he was "
            "still in Santa Ana prison, his lawyer said."
        )
    )
    assert ("release", "Ramon Iturbe") not in pairs


def test_order_never_implemented_is_no_release(extract_text) -> None:
    pairs = event_pairs(
        extract_text(
            _BEFORE + "In May a criminal court ordered his release. The order was never implemented, "
            "and he was added to a new case."
        )
    )
    assert ("release", "Ramon Iturbe") not in pairs


def test_possessive_order_followed_by_instead_of_freeing_is_no_release(extract_text) -> None:
    pairs = event_pairs(
        extract_text(
            _BEFORE + "In May a criminal court ordered Iturbe's release, but instead of freeing him "
            "the police took him to another prosecutor."
        )
    )
    assert ("release", "Ramon Iturbe") not in pairs


def test_ordered_released_then_never_freed_is_no_release(extract_text) -> None:
    pairs = event_pairs(
        extract_text(_BEFORE + "A judge ordered Iturbe released on bail in May. He was never freed.")
    )
    assert ("release", "Ramon Iturbe") not in pairs


def test_police_refusing_the_order_is_no_release(extract_text) -> None:
    pairs = event_pairs(
        extract_text(
            _BEFORE + "A court ordered the release of Ramon Iturbe in May. The police refused to release him."
        )
    )
    assert ("release", "Ramon Iturbe") not in pairs


def test_order_still_to_come_is_no_release(extract_text) -> None:
    pairs = event_pairs(
        extract_text(_BEFORE + "The court may order the release of Ramon Iturbe at a hearing next week.")
    )
    assert ("release", "Ramon Iturbe") not in pairs


def test_call_for_an_order_is_no_release(extract_text) -> None:
    pairs = event_pairs(
        extract_text(_BEFORE + "Unions urged the court to order the release of Ramon Iturbe.")
    )
    assert ("release", "Ramon Iturbe") not in pairs


def test_order_to_arrest_stays_a_warrant(extract_text) -> None:
    pairs = event_pairs(
        extract_text("On Monday a regional court ordered the arrest of the union leader Ramon Iturbe.")
    )
    assert ("arrest", "Ramon Iturbe") not in pairs


def test_another_defendant_kept_in_custody_does_not_undo_the_order(extract_text) -> None:
    """Trap of the guard: the custody told after the order is someone else's."""
    pairs = event_pairs(
        extract_text(
            "The editor Ana Kervin and the driver Bruno Salt were convicted on Monday. The court "
            "ordered Kervin's release pending appeal, but ruled that Salt should remain in custody."
        )
    )
    assert ("release", "Ana Kervin") in pairs
    assert ("release", "Bruno Salt") not in pairs
