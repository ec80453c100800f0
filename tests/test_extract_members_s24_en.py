"""English group members (session 24), in wording invented for these tests: "Among those taken
were A and B" names members of the custody group told before, though "taken" (or "held") alone is
no trigger; "Among those freed were A, who was jailed for "X", and B" lists B, whom the parser
hangs inside A's relative clause; "Another of those released, X, ..." and "Another freed
prisoner, X, ..." add one more member to the group whose event was just told. Traps: those taken
to hospital are the hurt; "another" beside no participle of an event names no member."""

from __future__ import annotations

import pytest

from tests.extract_views import event_pairs


@pytest.mark.parametrize(
    ("text", "etype", "members"),
    [
        (
            "Riot police detained 16 members of the farmers' union outside the ministry on Monday, "
            "the union said.\n\nAmong those taken were Samuel Mwangi, the union's treasurer, and Ruth "
            "Achieng, a 40-year-old teacher, union secretary Peter Otieno said on Tuesday.",
            "arrest",
            ("Samuel Mwangi", "Ruth Achieng"),
        ),
        (
            "Soldiers arrested 30 villagers near the border crossing last week. Among those held were "
            "the elder Musa Bello and his nephew Idris Bello, relatives said.",
            "arrest",
            ("Musa Bello", "Idris Bello"),
        ),
        (
            "The authorities set free 40 people jailed after the 2021 unrest on Friday.\n\nAmong those "
            'freed were the singer Ana Vidal Rocha, 52, who had been imprisoned for "public disorder '
            'and contempt", and the student Marco Ruiz Lema, 23, who was detained in May.',
            "release",
            ("Ana Vidal Rocha", "Marco Ruiz Lema"),
        ),
        (
            "The government pardoned 18 political prisoners on Sunday.\n\nAnother of those released, "
            "the 70-year-old retired engineer Pavel Karatkou, had been serving two years for a comment "
            "online.",
            "release",
            ("Pavel Karatkou",),
        ),
        (
            "Officials freed 11 inmates of the women's colony on Tuesday, the group said.\n\nAnother "
            "freed prisoner, the pensioner Nina Shautsova (Nina Shevtsova in court papers), had been "
            "held since 2022.",
            "release",
            ("Nina Shautsova",),
        ),
    ],
)
def test_members_of_a_group_told_before(extract_text, text, etype, members):
    pairs = event_pairs(extract_text(text))
    assert all((etype, name) in pairs for name in members)


def test_speaker_of_a_taken_list_is_no_member(extract_text):
    text = (
        "Riot police detained 16 members of the farmers' union outside the ministry on Monday, "
        "the union said.\n\nAmong those taken were Samuel Mwangi, the union's treasurer, and Ruth "
        "Achieng, a 40-year-old teacher, union secretary Peter Otieno said on Tuesday."
    )
    assert ("arrest", "Peter Otieno") not in event_pairs(extract_text(text))


@pytest.mark.parametrize(
    "text",
    [
        "Police detained 20 protesters in the capital on Friday. Several officers were hurt. Among "
        "those taken to hospital were Omar Saleh and Lina Haddad, medics said.",
        "The government pardoned 18 political prisoners on Sunday. Another speaker at the rally, "
        "the lawyer Pavel Karatkou, called the pardon a gesture.",
    ],
)
def test_no_member_of_a_custody_group(extract_text, text):
    pairs = event_pairs(extract_text(text))
    assert not {p for p in pairs if p[1] in ("Omar Saleh", "Lina Haddad", "Pavel Karatkou")}
