"""English precision traps (session 33), in wording invented for these tests: a group told again
only in part ("The defendants, most of whom ...") or by an indefinite "a group of" is not the
people named before; "N of them" after a group of its own sentence is no one named before; a
pronoun in a time clause bound by "her client" is not the lawyer's; a man's "his" outweighs a
surname ending that reads as a woman's; a removal that ends in police hands frees no one."""

from __future__ import annotations

import pytest

from tests.extract_views import event_pairs

_NAMED = (
    "Court jails four protesters\n\n"
    "Four defendants, Levan Beridze, Dato Kapanadze, Gia Lomidze and Irakli Tsiklauri, were "
    "sentenced to three years each on Monday. "
)
_FOUR = {"Levan Beridze", "Dato Kapanadze", "Gia Lomidze", "Irakli Tsiklauri"}


@pytest.mark.parametrize(
    "text",
    [
        "The defendants, most of whom have been in custody since their arrests in May, listened "
        "from a glass cage.",
        "The defendants, some of whom have been held since their arrests in the spring, did not speak.",
        "The country's president pardoned a group of detained protesters in 2023, but he has not "
        "commented on this case.",
        "Rights groups count more than 60 people held over the protests; in October, four of them "
        "were released on bail.",
    ],
)
def test_group_told_in_part_or_anew_is_not_the_named(extract_text, text) -> None:
    pairs = event_pairs(extract_text(_NAMED + text))
    assert not {p for p in pairs if p[0] in ("arrest", "release") and p[1] in _FOUR}


@pytest.mark.parametrize(
    "text",
    [
        "Defense lawyer Maia Gelashvili, who represents the student, called the case political. "
        "Her client, she noted, had been holding a flag when she was detained.",
        "Lawyer Nino Kobakhidze spoke after the hearing. Her client, she said, had been filming "
        "the rally when she was arrested.",
    ],
)
def test_pronoun_bound_by_her_client_is_not_the_lawyer(extract_text, text) -> None:
    pairs = event_pairs(extract_text("Student jailed\n\n" + text))
    assert not {p for p in pairs if p[1] in ("Maia Gelashvili", "Nino Kobakhidze")}


def test_his_outweighs_a_womans_surname_ending(extract_text) -> None:
    text = (
        "Journalist detained\n\n"
        "Police detained the editor Tewodros Bekele Araya on Monday. "
        "Tewodros Bekele Araya, the channel's founder, was taken from his home that evening, his "
        "brother Yonas Bekele said. "
        "Yonas Bekele said the family had not been able to see him. "
        "This is not the first time Tewodros has been detained. In 2021 he was held without "
        "charge for seven months."
    )
    pairs = event_pairs(extract_text(text))
    assert ("arrest", "Yonas Bekele") not in pairs
    assert ("arrest", "Tewodros Bekele Araya") in pairs


@pytest.mark.parametrize(
    "text",
    [
        "Sok Dara was arrested by Thai police on Monday. On Tuesday he was driven to the border "
        "crossing and handed to Cambodian police, his wife said.",
        "Chea Vuthy was detained by Malaysian immigration officers in May and was later deported "
        "and handed over to Cambodian police at the airport.",
    ],
)
def test_removal_into_police_hands_frees_no_one(extract_text, text) -> None:
    pairs = event_pairs(extract_text("Activist deported\n\n" + text))
    assert not {p for p in pairs if p[0] == "release"}
