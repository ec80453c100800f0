"""English, session 57 (helper realen, led by the residue of the real English tuning halves), in
wordings invented for these tests:

* an acquittal that the prosecution goes on to appeal in the same sentence ("was initially
  acquitted, but the prosecutor's office appealed the verdict", "were acquitted, though
  prosecutors appealed the acquittals") is a verdict still in dispute: no release from it. An
  acquittal won on the defendant's appeal ("acquitted on appeal and freed") and a later appeal
  by the defence still free;
* an acquittal of someone the text tells was never held ("who was tried without being detained",
  "was never detained") frees no one, as "had never been detained" did already.
"""

from __future__ import annotations

from tests.extract_views import event_pairs

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
