"""A bribery or embezzlement case the article sets apart from its story (session 22), on sentences
written for these tests: "a separate panel sentenced former deputy governor X to eight years for
taking bribes" is no political prisoner's verdict (the person is still named). The story's own
defendant charged with embezzlement, or a charge the text doubts, keeps the sentence."""

from __future__ import annotations

import pytest

from tests.extract_views import event_pairs


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The blogger Samir Haddad was arrested in May over his posts. In the same building on Tuesday, a "
            "separate panel sentenced former deputy governor Karim Saleh to eight years for taking bribes.",
            "Karim Saleh",
        ),
        (
            "The blogger Samir Haddad was arrested in May over his posts. In another case, a different bench "
            "jailed the businessman Rami Aziz for six years for bribery.",
            "Rami Aziz",
        ),
    ],
)
def test_a_bribery_case_set_apart_is_no_verdict_of_the_story(extract_text, text, name):
    assert ("sentence", name) not in event_pairs(extract_text(text))


@pytest.mark.parametrize(
    "text",
    [
        "The opposition leader Samir Haddad was sentenced to nine years for embezzlement, a charge his "
        "supporters call fabricated.",
        "In a separate case, a panel sentenced the opposition leader Samir Haddad to nine years for "
        "embezzlement, charges his party calls fabricated.",
    ],
)
def test_the_storys_own_defendant_keeps_the_verdict(extract_text, text):
    assert ("sentence", "Samir Haddad") in event_pairs(extract_text(text))
