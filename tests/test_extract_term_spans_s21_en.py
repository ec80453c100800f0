"""Time between two events is no prison term (session 21), on sentences written for these tests
(none copied from an evaluation set): "A year later he was convicted", "convicted again five years
later", "sentenced for the second time in three years" tell how long between, not how long for;
a term after "in absentia" is still the term."""

from __future__ import annotations

import pytest

from tests.extract_views import event_pairs as _events
from tests.extract_views import term_pairs


@pytest.mark.parametrize(
    "text",
    [
        "Oksana Brell was detained in 2019. A year later she was convicted of sedition.",
        "Oksana Brell was detained in 2019. Two years later, she was found guilty of sedition.",
        "Oksana Brell was first convicted in 2015 and convicted again six years later.",
        "Oksana Brell was sentenced for the second time in three years on Monday.",
        "Oksana Brell was jailed for the third time in four years after a street protest.",
        "Three years earlier, Oksana Brell had been convicted of insulting a judge.",
    ],
)
def test_the_time_between_two_events_is_no_term(extract_text, text):
    result = extract_text(text)
    assert ("sentence", "Oksana Brell") in _events(result)
    assert not {t for name, t in term_pairs(result) if name == "Oksana Brell"}


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("Exiled writer Oksana Brell was sentenced in absentia to 13 years by a court in Hrodna.", 156),
        ("Oksana Brell was convicted again in 2023 and handed eleven years.", 132),
        ("Oksana Brell was sentenced to nine years two years after her arrest.", 108),
    ],
)
def test_a_term_beside_a_time_phrase_is_still_read(extract_text, text, months):
    assert ("Oksana Brell", months) in term_pairs(extract_text(text))


@pytest.mark.parametrize(
    "text",
    [
        "A court in Minsk jailed the reporters Oleg Brusov and Dina Karpenko in what critics call "
        "the harshest verdict in two decades.",
        "Oleg Brusov was convicted on Monday, the harshest ruling against the press in more than a decade.",
        "Dina Karpenko, convicted on Friday, is the third editor to be jailed in two years.",
    ],
)
def test_a_duration_after_in_is_a_span_not_a_term(extract_text, text):
    result = extract_text(text)
    assert any(e.type == "sentence" for e in result.events)
    assert all(e.term_months is None for e in result.events)
