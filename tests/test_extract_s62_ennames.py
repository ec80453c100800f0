"""A sentence that only gives the names of a group just counted ("Their names, according to X:
A, B", "Named by X: A, B", "The men held were named by X as A and B", "Relatives named the dead
as A and B"): its people are the group's members (session 62, `membership.names_given_next`,
`_names_given_as`); and the names of people beside the case (lawyers, judges, guards, officers)
given the same way are not. Invented wording."""

from __future__ import annotations

import pytest

from tests.extract_views import event_pairs


@pytest.mark.parametrize(
    ("text", "etype", "names"),
    [
        (
            "Riot police detained six students outside the university in Tbilisi on Friday. Their names, "
            "according to the student union: Nika Beridze, Ana Kapanadze and Levan Tsiklauri.",
            "arrest",
            ["Nika Beridze", "Ana Kapanadze", "Levan Tsiklauri"],
        ),
        (
            "Border guards detained five fishermen near the island on Monday. Named by the coastguard "
            "union: Tomas Ruiz, Pedro Alves and Hugo Mendes.",
            "arrest",
            ["Tomas Ruiz", "Pedro Alves", "Hugo Mendes"],
        ),
        (
            "Two inmates died in custody after a riot at the Karaganda colony last week, officials said. "
            "The ministry gave no names. Relatives later named the dead as Aidos Serikov and Marat Nurlanov.",
            "death",
            ["Aidos Serikov", "Marat Nurlanov"],
        ),
        (
            "Police detained four teachers at a school in Osh on Tuesday. The teachers detained were "
            "identified by their union as Gulnara Asanova, Bakyt Osmonov, Aibek Tursunov and Nurlan Isaev.",
            "arrest",
            ["Gulnara Asanova", "Bakyt Osmonov", "Aibek Tursunov", "Nurlan Isaev"],
        ),
    ],
)
def test_names_given_after_a_counted_group_are_its_members(extract_text, text, etype, names):
    pairs = event_pairs(extract_text(text))
    assert all((etype, name) in pairs for name in names)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Police detained four activists in Minsk on Sunday. Their lawyers were named by the rights "
            "group as Anna Petrova and Oleg Sidorov.",
            ["Anna Petrova", "Oleg Sidorov"],
        ),
        (
            "Police detained four activists in Minsk on Sunday. Their lawyers, according to the rights "
            "group: Anna Petrova and Oleg Sidorov.",
            ["Anna Petrova", "Oleg Sidorov"],
        ),
        (
            "Security forces detained five protesters in Bamako on Monday. The officers in charge were "
            "identified by witnesses as Moussa Traore and Ibrahim Keita.",
            ["Moussa Traore", "Ibrahim Keita"],
        ),
        (
            "Three inmates died in custody after a fire at the Vakil prison. Rights groups named the "
            "guards on duty as Reza Karimi and Ali Sadeghi.",
            ["Reza Karimi", "Ali Sadeghi"],
        ),
        (
            "A court in Almaty convicted three bloggers of extremism on Monday. The judges were named by "
            "the court press service as Serik Abenov and Dana Omarova.",
            ["Serik Abenov", "Dana Omarova"],
        ),
    ],
)
def test_people_beside_the_case_named_after_a_group_are_not_its_members(extract_text, text, names):
    pairs = event_pairs(extract_text(text))
    assert not any(name == n for _, name in pairs for n in names)


def test_names_of_the_freed_after_an_arrest_are_not_named_as_detained_by_the_naming_sentence(extract_text):
    # a group of another event ("freed") named after an arrest: the naming sentence gives it no arrest
    pairs = event_pairs(
        extract_text(
            "Police detained five students in Yerevan on Monday. The students freed on Tuesday were "
            "named by their families as Arman Petrosyan and Gor Hakobyan."
        )
    )
    assert ("release", "Arman Petrosyan") in pairs
    assert ("arrest", "Arman Petrosyan") not in pairs


def test_more_names_than_the_group_counts_are_no_list_of_it(extract_text):
    pairs = event_pairs(
        extract_text(
            "Police detained two journalists in Baku on Friday. Their names, according to the union: "
            "Elnur Aliyev, Sevda Huseynova and Ramil Mammadov."
        )
    )
    assert not any(t == "arrest" and n == "Ramil Mammadov" for t, n in pairs)
