"""An office written with its domain after "of" before a name, in wording invented for these
tests (session 22): "Superintendent of Police", "Commissioner of Prisons", "Minister of Justice"
end at the domain, so the name that follows is the person's whole name (not "Police X", nor the
name cut at a middle name the lists know) and the quote is theirs."""

from __future__ import annotations

import pytest

from tests.extract_views import quote_openings


@pytest.mark.parametrize(
    ("paragraph", "quote"),
    [
        (
            "Senior Superintendent of Police Ravinder Kumar Bhat said in an emailed statement: "
            '"Detentions of this kind are preventive. Every order is reviewed."',
            ("Ravinder Kumar Bhat", "Detentions of this"),
        ),
        (
            'Commissioner of Prisons Wanjiku Achieng Mbugua said: "Both women were released on Friday."',
            ("Wanjiku Achieng Mbugua", "Both women were"),
        ),
    ],
)
def test_the_office_domain_is_no_part_of_the_name(extract_text, paragraph, quote):
    result = extract_text("The officials respond\n\n" + paragraph)
    assert quote in quote_openings(result)
    assert not any(p.name.startswith(("Police", "Prisons")) for p in result.persons)


def test_a_name_after_of_that_opens_with_a_known_given_name_is_unchanged(extract_text):
    result = extract_text(
        'The case of Daniel Mwangi Otieno was heard on Monday. "I am innocent," Otieno said.'
    )
    assert ("Daniel Mwangi Otieno", "I am innocent") in quote_openings(result)
