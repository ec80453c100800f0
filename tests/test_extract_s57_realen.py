"""English, session 57 (helper realen, led by the residue of the real English tuning halves), in
wordings invented for these tests:

* an acquittal that the prosecution goes on to appeal in the same sentence ("was initially
  acquitted, but the prosecutor's office appealed the verdict", "were acquitted, though
  prosecutors appealed the acquittals") is a verdict still in dispute: no release from it. An
  acquittal won on the defendant's appeal ("acquitted on appeal and freed") and a later appeal
  by the defence still free;
* an acquittal of someone the text tells was never held ("who was tried without being detained",
  "was never detained") frees no one, as "had never been detained" did already;
* a group whose size is hedged or untold, with an exact part after "including" ("freed nearly
  3,000 prisoners, including 12 inmates ...", "Many were detained ..., including three aides"):
  the part's number is the event's count. Not a standing figure ("holds around 3,100 prisoners,
  including 120 children"), a group of exact size ("detained 14 protesters, including two
  reporters": 14), a running tally, a future, or a part that counts no people.
"""

from __future__ import annotations

from tests.extract_views import event_pairs, group_counts

# --- an acquittal the prosecution appeals --------------------------------------------------------


def test_acquittal_appealed_by_prosecutors_office_is_no_release(extract_text) -> None:
    pairs = event_pairs(
        extract_text(
            "The historian Oskar Lemm spent fourteen months in a remand prison in Tarvik. "
            "He was at first acquitted, but the prosecutor's office appealed the ruling."
        )
    )
    assert ("release", "Oskar Lemm") not in pairs
    assert ("arrest", "Oskar Lemm") in pairs


def test_acquittals_appealed_by_the_state_give_no_release(extract_text) -> None:
    pairs = event_pairs(
        extract_text(
            "Mira Tals and Jon Ekre were held in pre-trial detention for ten months. Both were "
            "acquitted in June, though the state appealed the acquittals."
        )
    )
    assert ("release", "Mira Tals") not in pairs
    assert ("release", "Jon Ekre") not in pairs


def test_plain_acquittal_after_custody_still_frees(extract_text) -> None:
    """Trap: with no appeal told, the acquittal of someone held frees them, as before."""
    pairs = event_pairs(
        extract_text(
            "The historian Oskar Lemm spent fourteen months in a remand prison in Tarvik. "
            "He was acquitted on Tuesday."
        )
    )
    assert ("release", "Oskar Lemm") in pairs


def test_acquittal_won_on_appeal_and_freed_is_a_release(extract_text) -> None:
    """Trap: 'on appeal' is the defendant's appeal won, not the prosecution's against it."""
    pairs = event_pairs(
        extract_text(
            "Mira Tals was sentenced to two years in March and taken to a colony near Osk. "
            "She was acquitted on appeal in July and freed the same evening."
        )
    )
    assert ("release", "Mira Tals") in pairs


def test_appeal_by_the_defence_keeps_the_release(extract_text) -> None:
    """Trap: her own lawyers appealing (for damages) does not put the acquittal in dispute."""
    pairs = event_pairs(
        extract_text(
            "Mira Tals spent nine months in pre-trial detention. She was acquitted in May, and "
            "her lawyers appealed for compensation."
        )
    )
    assert ("release", "Mira Tals") in pairs


# --- an acquittal of someone never held ----------------------------------------------------------


def test_tried_without_being_detained_acquittal_is_no_release(extract_text) -> None:
    pairs = event_pairs(
        extract_text(
            "Two activists were detained in April and jailed for three years on Friday. A third "
            "defendant, Paul Renko, who was tried without being detained, was acquitted for lack "
            "of evidence."
        )
    )
    assert ("release", "Paul Renko") not in pairs


def test_was_never_detained_acquittal_is_no_release(extract_text) -> None:
    pairs = event_pairs(
        extract_text(
            "Police detained the blogger Anton Vail in March. His co-defendant Lisa Berg was "
            "acquitted on Monday; she was never detained and came to court from home."
        )
    )
    assert ("release", "Lisa Berg") not in pairs


def test_detained_then_acquitted_still_frees(extract_text) -> None:
    """Trap: custody told of the acquitted person, no word that they were never held."""
    pairs = event_pairs(
        extract_text("Paul Renko was detained in April. He was acquitted for lack of evidence on Friday.")
    )
    assert ("release", "Paul Renko") in pairs


# --- an exact part of a hedged group --------------------------------------------------------------


def test_exact_part_of_an_approximate_release_is_counted(extract_text) -> None:
    result = extract_text(
        "Laos has released nearly 3,000 prisoners, including 12 inmates whose cases had drawn "
        "attention abroad, as part of an annual amnesty."
    )
    assert ("release", 12) in group_counts(result)


def test_exact_part_of_an_uncounted_arrest_is_counted(extract_text) -> None:
    result = extract_text(
        "Many were detained before the march even started, including three senior aides of the mayor."
    )
    assert ("arrest", 3) in group_counts(result)


def test_exact_whole_keeps_its_own_count(extract_text) -> None:
    """Trap: the whole has an exact size; the part after "including" is not the count."""
    counts = group_counts(
        extract_text("Police detained 14 protesters in Tarsk on Sunday, including two reporters.")
    )
    assert ("arrest", 14) in counts
    assert ("arrest", 2) not in counts


def test_standing_figure_gives_no_count(extract_text) -> None:
    """Trap: a present-tense figure of those held is a state, not an event."""
    result = extract_text("The state holds around 3,100 prisoners in its jails, including 120 children.")
    assert not group_counts(result)


def test_running_tally_with_a_part_gives_no_count(extract_text) -> None:
    """Trap: a tally since a year stays a statistic, its part too."""
    result = extract_text("Since 2021 more than 1,500 people have been jailed, including 40 journalists.")
    assert ("sentence", 40) not in group_counts(result)


def test_future_release_with_a_part_gives_no_count(extract_text) -> None:
    """Trap: the release is still to come."""
    result = extract_text(
        "State media said more than 4,000 prisoners would be released nationwide, including 25 "
        "foreigners who will be deported."
    )
    assert ("release", 25) not in group_counts(result)


def test_part_that_counts_no_people_gives_no_count(extract_text) -> None:
    result = extract_text(
        "Police seized more than 300 kilograms of drugs in the raid, including 20 kilograms of heroin."
    )
    assert not group_counts(result)
