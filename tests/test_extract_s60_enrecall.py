"""English, session 60 (helper enrecall: missed facts on real English news), in wordings invented
for these tests:

* bail denied, refused or rejected to a named person ("X was denied bail", "a court refused bail
  to X", "rejected bail for X", "X was charged and denied bail") is that person's arrest: a court
  keeps them in custody before trial. Not bail denied pending an appeal (a convict kept), not a
  request to deny it, not a negation, and no counted arrest for a group ("denied bail to four
  editors").
"""

from __future__ import annotations

from tests.extract_views import event_pairs, group_counts

# --- bail withheld ---------------------------------------------------------------------------------


def test_passive_denied_bail_is_an_arrest(extract_text) -> None:
    result = extract_text("Court hearing\n\nThe printer Jonas Abebe was denied bail on Tuesday.")
    assert ("arrest", "Jonas Abebe") in event_pairs(result)


def test_bail_refused_to_a_named_person(extract_text) -> None:
    result = extract_text(
        "Court hearing\n\nA magistrate in Gweru refused bail to the teacher Ruth Moyo on Friday."
    )
    assert ("arrest", "Ruth Moyo") in event_pairs(result)


def test_bail_rejected_for_a_named_person(extract_text) -> None:
    result = extract_text(
        "Court hearing\n\nThe tribunal rejected bail for the cartoonist Tomas Varga on Monday."
    )
    assert ("arrest", "Tomas Varga") in event_pairs(result)


def test_charged_and_denied_bail_shares_the_subject(extract_text) -> None:
    result = extract_text(
        "Court hearing\n\nThe bookseller Olena Marchuk was charged with sedition and denied bail."
    )
    assert ("arrest", "Olena Marchuk") in event_pairs(result)


def test_bail_denied_pending_appeal_is_no_arrest(extract_text) -> None:
    """Trap: a convict kept in custody while appealing the verdict is not arrested again."""
    result = extract_text(
        "Verdict\n\nThe bookseller Olena Marchuk was found guilty on Monday and denied bail pending appeal."
    )
    assert ("arrest", "Olena Marchuk") not in event_pairs(result)


def test_request_to_deny_bail_is_no_arrest(extract_text) -> None:
    """Trap: a prosecutor's request is not what the court did."""
    result = extract_text(
        "Court hearing\n\nThe prosecutor urged the judge to deny bail to the teacher Ruth Moyo."
    )
    assert ("arrest", "Ruth Moyo") not in event_pairs(result)


def test_bail_not_denied_is_no_arrest(extract_text) -> None:
    """Trap: a negation."""
    result = extract_text("Court hearing\n\nThe printer Jonas Abebe was not denied bail.")
    assert ("arrest", "Jonas Abebe") not in event_pairs(result)


def test_bail_denied_to_a_counted_group_gives_no_count(extract_text) -> None:
    """Trap: the read sets' gold gives bail refused to a group no counted arrest."""
    result = extract_text(
        "Court hearing\n\nA district court denied bail to six union organisers on Wednesday."
    )
    assert ("arrest", 6) not in group_counts(result)
