"""Extradition told as a noun, in wording invented for these tests (session 21): "since his
extradition from Peru", "the extradition of X to Chile took place" state a hand-over abroad done
(a deportation, as the verb "was extradited" is); one fought, faced, requested, approved or
blocked is not done."""

from __future__ import annotations

import pytest

from tests.extract_views import event_pairs


@pytest.mark.parametrize(
    "text",
    [
        "Since his extradition from Peru in 2011, Michael Turner has been held in a Miami jail.",
        "Michael Turner was questioned by detectives the day after his extradition.",
        "The extradition of Michael Turner to Chile was completed on Thursday.",
        "Following the extradition of Michael Turner, prosecutors charged two of his associates.",
    ],
)
def test_an_extradition_told_as_done_is_a_deportation(extract_text, text):
    assert ("deportation", "Michael Turner") in event_pairs(extract_text(text))


@pytest.mark.parametrize(
    "text",
    [
        "Michael Turner is fighting extradition to Chile.",
        "Michael Turner faces extradition to the United States.",
        "Chile has requested the extradition of Michael Turner.",
        "A judge approved the extradition of Michael Turner on Monday.",
        "Michael Turner's extradition to Chile was approved by a judge on Monday.",
        "The extradition of Michael Turner was blocked by the appeals court.",
        "Michael Turner's extradition hearing was put off until May.",
        "Michael Turner lost his appeal against extradition.",
        "Police are seeking the extradition of Michael Turner from Brazil.",
    ],
)
def test_an_extradition_fought_sought_or_decided_is_none(extract_text, text):
    assert ("deportation", "Michael Turner") not in event_pairs(extract_text(text))


def test_an_expulsion_approved_is_not_yet_done(extract_text):
    result = extract_text(
        "Michael Turner's expulsion from the country was approved by the minister on Monday."
    )
    assert ("deportation", "Michael Turner") not in event_pairs(result)
