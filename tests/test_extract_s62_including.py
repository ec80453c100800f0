"""A list set off after a group event by ', including' or ', among them' that the parser hangs on
a word that is no person (a place, a date, a case): its names are the group's members, and they
also went through the group's own participle ("released 40 people held since the strike, among
them A": A was held too) (session 62, `trailing_lists.trailing_group_lists`). Lists of places,
charges or other people, or a list after another clause, give nothing. Invented wording."""

from __future__ import annotations

import pytest

from tests.extract_views import event_pairs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A decree signed on Monday freed 25 inmates convicted in protest cases, among them the "
            "teacher Marta Oliveira, who had served two years.",
            {("release", "Marta Oliveira")},
        ),
        (
            "Guards on Friday released nine other men detained at the same vigil on bail, among them "
            "Okello's cousin, Peter Wasswa, a 20-year-old mechanic.",
            {("release", "Peter Wasswa"), ("arrest", "Peter Wasswa")},
        ),
        (
            "The authorities have freed 19 people arrested in the raids that followed the strike, among "
            "them the miner Tomas Vidal, the union said on Sunday.",
            {("release", "Tomas Vidal"), ("arrest", "Tomas Vidal")},
        ),
    ],
)
def test_list_hung_on_a_thing_names_the_group(extract_text, text, expected):
    assert expected <= event_pairs(extract_text(text))


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a list of places
        (
            "Police detained 40 students in four towns, including Nova Vila and Santa Rita.",
            {"Nova Vila", "Santa Rita"},
        ),
        # a list that picks from other people (the officials), not from the freed
        (
            "The regime freed 12 prisoners after talks with foreign officials, including envoy Pierre "
            "Lambert and minister Hanna Berg.",
            {"Pierre Lambert", "Hanna Berg"},
        ),
        # another clause comes between
        (
            "Police detained 20 students on Monday while thousands marched in the capital, including the "
            "singer Rosa Quintero.",
            {"Rosa Quintero"},
        ),
    ],
)
def test_lists_of_other_things_name_no_member(extract_text, text, absent):
    named = {name for _, name in event_pairs(extract_text(text))}
    assert not named & absent
