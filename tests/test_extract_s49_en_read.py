"""English, session 49 (`en-read`, led by the newly read `syn39b`), in wordings invented for these
tests, each with traps that must stay as they were:

* a plural proper noun counted by a number or a quantifier ("7 Crimean Tatars", "some
  Republicans") names a people, a party or a faith, never one person; a family's plural with
  "the" ("The Marchenkos") still points to its named members;
* a person taken from a home the parser reads as a town ("from his Ashgabat flat", "from her
  Bahir Dar home") is taken from home: an arrest, and no removal from a country; a force that is
  the subject of a first verb takes the person of the verb joined to it ("Police arrested A ...
  and took B from her home");
* "Freelancer" opening a sentence before a name is a role, not a given name.
"""

from __future__ import annotations

import pytest

from tests.extract_views import event_pairs, group_counts

# --- a counted plural proper noun is a people, not a person ------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Since then, Russian courts have convicted well over 100 Crimean Tatars in Hizb ut-Tahrir cases, "
        "according to Ukrainian officials.",
        "Six Crimean Tatars get up to 17 years in Rostov court\n\nThe Southern District Military Court "
        "sentenced Enver Seitumerov to 12 years on Tuesday.",
        "In the fall, some Republicans made the same pledge, the senator Paul Ryan said.",
        # counted once, no person at a mention that is not counted
        "Russian agents detain 7 Crimean Tatars in dawn raids\n\nThe FSB detained Lenur Ablayev on "
        "Thursday. Since then, Crimean Tatars — a Muslim Turkic people who largely opposed the annexation "
        "— have been the target of repeated raids.",
    ],
)
def test_counted_plural_is_no_person(extract_text, text) -> None:
    result = extract_text(text)
    names = {p.name for p in result.persons}
    assert not any(name.endswith(("Tatars", "Republicans")) for name in names)


def test_counted_plural_keeps_the_group_count(extract_text) -> None:
    result = extract_text(
        "Russian agents detain 7 Crimean Tatars in dawn raids\n\nOfficers of the FSB detained seven men "
        "in Bakhchysarai on Thursday."
    )
    assert ("arrest", 7) in group_counts(result)
    assert not [p for p in result.persons if "Tatar" in p.name]


def test_family_plural_with_the_stays(extract_text) -> None:
    """Trap: "The Marchenkos" is a family whose members are named; they keep their arrest."""
    result = extract_text(
        "Ivan Marchenko and his wife Olha Marchenko ran a bakery in Melitopol. The Marchenkos were "
        "abducted by Russian security forces from their apartment in October 2023."
    )
    assert {("arrest", "Ivan Marchenko"), ("arrest", "Olha Marchenko")} <= event_pairs(result)


# --- taken from a home named by its town ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Batyr Orazov was taken from his Ashgabat flat in the early hours of 16 December 2002.",
            "Batyr Orazov",
        ),
        (
            "Ethiopian authorities should release the reporters Abebe Worku and Selamawit Derese, the "
            "Committee to Protect Journalists said.\n\nPolice arrested Abebe in Addis Ababa on October 28, "
            "and took Selamawit, of the weekly Addis Dimts, from her Bahir Dar home two days later.",
            "Selamawit Derese",
        ),
    ],
)
def test_taken_from_a_home_named_by_its_town_is_an_arrest(extract_text, text, name) -> None:
    pairs = event_pairs(extract_text(text))
    assert ("arrest", name) in pairs
    assert ("deportation", name) not in pairs


@pytest.mark.parametrize(
    "text",
    [
        # a thing taken, not a person
        "Officers took laptops and notebooks from his Minsk flat, Tatsiana Kuzmina said.",
        # a patient moved to a place said
        "Natallia Hersh was taken from her Hrodna home to hospital after she collapsed.",
    ],
)
def test_taken_from_a_town_home_traps(extract_text, text) -> None:
    assert not {pair for pair in event_pairs(extract_text(text)) if pair[0] == "arrest"}


def test_thrown_out_of_a_country_is_still_a_removal(extract_text) -> None:
    """Trap: a country left (no possessive, no home) stays a removal abroad."""
    result = extract_text("Ihar Losik was released on Thursday and thrown out of Belarus the same day.")
    assert ("deportation", "Ihar Losik") in event_pairs(result)


# --- "Freelancer" is a role ----------------------------------------------------------------------


def test_freelancer_before_a_name_is_a_role(extract_text) -> None:
    result = extract_text(
        "Freelancer Yonas Hailu, freed in 2023 after six months in a military camp without charge, was "
        "detained again on November 3."
    )
    assert {p.name for p in result.persons} == {"Yonas Hailu"}
    assert {("release", "Yonas Hailu"), ("arrest", "Yonas Hailu")} <= event_pairs(result)
