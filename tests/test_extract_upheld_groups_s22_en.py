"""A verdict confirmed on appeal for a counted group, in wording invented for these tests (session
22): "kept unchanged the prison terms of the three remaining defendants", "upheld the sentences of four
co-defendants", "confirmed the terms of nine activists" give a sentence of that group. Traps: a
denied or expected confirmation, beliefs ("his convictions of many years"), an uncounted group."""

from __future__ import annotations

import pytest

from tests.extract_views import event_pairs, group_counts


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "The appeal judges kept unchanged the prison terms of the three remaining defendants: Ana Ruiz "
            "got six years, and Tomas Vega and Lidia Sol four years each.",
            ("sentence", 3),
        ),
        (
            "The court upheld the sentences of four co-defendants who had got terms of five to ten years.",
            ("sentence", 4),
        ),
        (
            "On Tuesday the regional court confirmed the terms of nine activists convicted over the march.",
            ("sentence", 9),
        ),
        (
            "Judges left the verdicts of the two journalists intact and rejected their appeal.",
            ("sentence", 2),
        ),
    ],
)
def test_a_verdict_upheld_for_a_counted_group(extract_text, text, count):
    assert count in group_counts(extract_text(text))


def test_the_named_of_an_upheld_group_keep_their_terms(extract_text):
    result = extract_text(
        "The appeal judges kept unchanged the prison terms of the three remaining defendants: Ana Ruiz "
        "got six years, and Tomas Vega and Lidia Sol four years each."
    )
    assert {("sentence", "Ana Ruiz"), ("sentence", "Tomas Vega"), ("sentence", "Lidia Sol")} <= event_pairs(
        result
    )


@pytest.mark.parametrize(
    "text",
    [
        "The court did not uphold the sentences of the four co-defendants.",
        "Lawyers expect the court to uphold the sentences of the four co-defendants.",
        "He said he would not change his convictions of many years.",
        "The appeals court upheld the sentences of several co-defendants.",
        "The court upheld the sentences of about 20 co-defendants.",
    ],
)
def test_no_group_verdict_when_not_upheld_or_not_counted(extract_text, text):
    assert not group_counts(extract_text(text))


def test_an_upheld_group_counted_beside_a_named_one_has_no_count(extract_text):
    result = extract_text(
        "The appeal chamber cut the term of Karim Saadi to two years and confirmed the verdicts of "
        "his two fellow defendants."
    )
    assert ("sentence", 2) not in group_counts(result)
