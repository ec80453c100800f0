"""A prison named with the term hung on it (session 22), on sentences written for these tests:
"sent him to a labour colony for 42 months", "put the reporter X behind bars for a dozen
years", "threw X into prison for six years" (the parser hangs "for" on the place, not the verb); "slapped X
with eight years" (not a lawsuit, a fine or a travel ban).
Without a term the verb says less: "put behind bars pending trial" is no sentence."""

from __future__ import annotations

import pytest

from tests.extract_views import event_pairs, term_pairs


@pytest.mark.parametrize(
    ("text", "term"),
    [
        (
            "A court in Homel convicted the pensioner Anatol Kryvko of insulting the president and sent "
            "him to a labour colony for three and a half years.",
            ("Anatol Kryvko", 42),
        ),
        (
            "Separately, judges this month put photographer Oksana Dremliuk behind bars for twelve "
            "years over treason.",
            ("Oksana Dremliuk", 144),
        ),
        (
            "A judge in Minsk sent the blogger Paval Sidaruk to a high-security prison for seven years.",
            ("Paval Sidaruk", 84),
        ),
    ],
)
def test_a_term_hung_on_the_prison_is_the_sentence(extract_text, text, term):
    assert term in term_pairs(extract_text(text))


@pytest.mark.parametrize(
    ("text", "term"),
    [
        (
            "The judge slapped the cartoonist Omar Haddad with a six-year sentence on Tuesday.",
            ("Omar Haddad", 72),
        ),
        (
            "The court slapped the economist Tarek Mansour with eight years and sent the poet Hala Nassar to "
            "prison for four years.",
            ("Tarek Mansour", 96),
        ),
    ],
)
def test_slapped_with_a_term_is_a_sentence(extract_text, text, term):
    assert term in term_pairs(extract_text(text))


@pytest.mark.parametrize(
    "text",
    [
        "The ministry slapped the newspaper editor Omar Haddad with a lawsuit over the cartoon.",
        "Omar Haddad was slapped with a fine of 3,000 dinars and a two-year travel ban.",
    ],
)
def test_slapped_with_a_lawsuit_or_a_ban_is_no_sentence(extract_text, text):
    result = extract_text(text)
    assert ("sentence", "Omar Haddad") not in event_pairs(result) and not term_pairs(result)


def test_behind_bars_pending_trial_is_no_sentence(extract_text):
    result = extract_text(
        "A magistrate put the photographer Oksana Dremliuk behind bars pending trial, "
        "rejecting her bail plea."
    )
    assert ("sentence", "Oksana Dremliuk") not in event_pairs(result) and not term_pairs(result)
