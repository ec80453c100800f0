"""A counted group closed by a colon and the list of its members with their roles, when the
clause of the group is the second of two coordinated verbs (session 21): the parser hangs the
list on the first verb, so it is read by place. Invented wording."""

from __future__ import annotations

import pytest

from tests.extract_views import event_pairs, group_counts


@pytest.mark.parametrize(
    ("text", "etype", "names"),
    [
        (
            "Gendarmes surrounded the farm before sunrise and detained four people: radio presenter Selin "
            "Arkan, beekeepers Ozan Tekin and Berk Yalcin, and schoolteacher Derya Kaplan.\n\nThe "
            "gendarmerie said it had found leaflets in a barn.",
            "arrest",
            ["Selin Arkan", "Ozan Tekin", "Berk Yalcin", "Derya Kaplan"],
        ),
        (
            "Agents searched the newsroom for six hours and took away three staff members: editor Rui "
            "Matos, photographer Lia Sequeira and driver Abel Cossa.",
            "arrest",
            ["Rui Matos", "Lia Sequeira", "Abel Cossa"],
        ),
        (
            "Soldiers stormed the hamlet at dawn and rounded up two men: the herder Tsegaye Alemu and his "
            "cousin, the carpenter Dawit Bekele.",
            "arrest",
            ["Tsegaye Alemu", "Dawit Bekele"],
        ),
        (
            "The appeals court quashed the verdicts on Tuesday and freed three defendants: lawyer Hana "
            "Morad, blogger Sami Khoury and student Lina Haddad.\n\nTheir families waited outside.",
            "release",
            ["Hana Morad", "Sami Khoury", "Lina Haddad"],
        ),
    ],
)
def test_the_list_after_the_colon_names_the_counted_group(extract_text, text, etype, names):
    result = extract_text(text)
    pairs = event_pairs(result)
    assert all((etype, name) in pairs for name in names)
    assert (etype, len(names)) in group_counts(result)


def test_a_clause_after_the_colon_is_no_list(extract_text):
    result = extract_text(
        "Gendarmes surrounded the farm and detained three people: radio presenter Selin Arkan said the "
        "raid had been unlawful."
    )
    assert ("arrest", "Selin Arkan") not in event_pairs(result)


def test_a_planned_detention_with_a_colon_list_gives_nothing(extract_text):
    result = extract_text(
        "Prosecutors asked the court to detain three people: editor Rui Matos, photographer Lia Sequeira "
        "and driver Abel Cossa."
    )
    assert not any(etype == "arrest" for etype, _ in event_pairs(result))
