"""Session 62 (exchanges): people handed back (or over) in a trade of prisoners are freed by it.

'Russia handed back N civilians in an exchange', 'X was handed over to Ukraine in a prisoner
swap' are releases, as 'was brought back in a prisoner exchange' already is; 'handed the guards a
letter in exchange for …', the other side's 'were handed over' with no trade named, a hope of an
exchange and an exchange of documents are nothing.
"""

from __future__ import annotations

import pytest

from tests.test_extract_english import counts, events

NAME = "Olena Marchuk"
LEAD = "Olena Marchuk, a schoolteacher from Kherson, was jailed for six years in 2023. "


def _en(extract_text, text: str):
    return extract_text("News\n\n" + text)


@pytest.mark.parametrize(
    "text",
    [
        LEAD + "On Saturday she was handed back to Ukraine in a prisoner exchange.",
        LEAD + "Marchuk was handed over to Ukraine in a prisoner swap last week.",
    ],
)
def test_handed_back_in_an_exchange_is_a_release(extract_text, text):
    assert ("release", NAME) in events(_en(extract_text, text))


def test_a_counted_group_handed_back_in_an_exchange(extract_text):
    text = "Moscow handed back 14 Ukrainian civilians on Tuesday in an exchange mediated by the Vatican."
    assert ("release", 14) in counts(_en(extract_text, text))


@pytest.mark.parametrize(
    "text",
    [
        LEAD + "Marchuk handed the guards a letter in exchange for a phone call.",
        LEAD + "Her family hopes she will be handed back in an exchange.",
        LEAD + "Marchuk's lawyers handed over her file in an exchange of documents with the court.",
    ],
)
def test_a_thing_handed_or_a_hoped_exchange_is_no_release(extract_text, text):
    assert ("release", NAME) not in events(_en(extract_text, text))
