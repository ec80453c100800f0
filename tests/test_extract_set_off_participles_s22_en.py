"""A sentencing participle with no subject of its own (session 22), on sentences written for these
tests: set off after a name inside another phrase ("portraits of X, sentenced in May to eight
years, outside the court"; a caption) it is that name's verdict, not the main verb's subject's;
opening the sentence ("Handed an eight-year term in 2023, he is held ...") it is the main
clause's subject's. A condition ("If convicted", "Once sentenced") stays no event."""

from __future__ import annotations

import pytest

from tests.extract_views import event_pairs, term_pairs


@pytest.mark.parametrize(
    ("text", "term"),
    [
        (
            "Supporters held up photographs of Raman Lisouski, sentenced in May to eight years in a "
            "high-security colony, outside the court in Hrodna.",
            ("Raman Lisouski", 96),
        ),
        (
            "Relatives carried portraits of Nikita Sauchuk, jailed for six years over a song, "
            "along the avenue.",
            ("Nikita Sauchuk", 72),
        ),
        (
            "Her former colleague, Tang Wai-kit, was less lucky. Handed an eight-year term in 2023 for "
            '"conspiring with foreign agents", he is now kept in a top-security jail.',
            ("Tang Wai-kit", 96),
        ),
    ],
)
def test_a_set_off_participle_is_the_named_ones_verdict(extract_text, text, term):
    assert term in term_pairs(extract_text(text))


@pytest.mark.parametrize(
    "text",
    [
        "If convicted, the blogger Nikita Sauchuk could be sentenced to ten years.",
        "Once sentenced, Nikita Sauchuk would be sent to a colony far from Minsk.",
    ],
)
def test_a_conditional_participle_is_no_event(extract_text, text):
    assert ("sentence", "Nikita Sauchuk") not in event_pairs(extract_text(text))


def test_the_main_verbs_subject_gets_no_verdict_of_the_participle(extract_text):
    result = extract_text(
        "Supporters held up photographs of Raman Lisouski, sentenced in May to eight years, "
        "outside the court."
    )
    assert ("sentence", "Supporters") not in event_pairs(result)
