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
            "Blogger Samir Haddad was detained in May over a video. Down the corridor on Tuesday, a "
            "separate panel sentenced former deputy governor Karim Saleh to eight years for taking bribes.",
            "Karim Saleh",
        ),
        (
            "Blogger Samir Haddad was detained in May over a video. In another case, a different bench "
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
        "Opposition figure Samir Haddad got nine years for embezzlement, a charge that his "
        "supporters call fabricated.",
        "In a separate case, a panel sentenced the opposition leader Samir Haddad to nine years for "
        "embezzlement, charges his party calls fabricated.",
    ],
)
def test_the_storys_own_defendant_keeps_the_verdict(extract_text, text):
    assert ("sentence", "Samir Haddad") in event_pairs(extract_text(text))
