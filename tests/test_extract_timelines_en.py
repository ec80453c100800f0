"""Timelines and fact boxes: entries whose verb has no subject are told of the one person the
title names. Written for these tests in several layouts (bullets, dates with colons or dashes)."""

from __future__ import annotations

from tests.test_extract_english import events, terms

BULLETED = (
    "Timeline: the case of Tamara Oduya\n"
    "- April 2020: Detained by the intelligence service at her office in Kisumu.\n"
    "- June 2021: Sentenced to six years by the High Court.\n"
    "- March 2024: Released under a presidential amnesty.\n"
)


def test_bulleted_entries_are_the_title_personsevents(extract_text):
    result = extract_text(BULLETED)
    for kind in ("arrest", "sentence", "release"):
        assert (kind, "Tamara Oduya") in events(result)
    assert terms(result)["Tamara Oduya"] == 72


def test_dated_entries_without_bullets(extract_text):
    result = extract_text(
        "Lucas Ferreyra: key dates\n"
        "12 May 2022 — Arrested at a rally in Rosario.\n"
        "3 Feb 2023 — Freed on the orders of an appeals judge.\n"
    )
    assert ("arrest", "Lucas Ferreyra") in events(result)
    assert ("release", "Lucas Ferreyra") in events(result)


def test_negated_or_possible_entries_are_noevents(extract_text):
    result = extract_text(
        "Timeline: the case of Tamara Oduya\n"
        "- April 2020: Detained by the intelligence service at her office in Kisumu.\n"
        "- March 2024: Not released despite a court order.\n"
        "- 2025: Could be pardoned on Independence Day.\n"
    )
    assert ("arrest", "Tamara Oduya") in events(result)
    assert ("release", "Tamara Oduya") not in events(result)


def test_a_title_naming_two_people_assigns_no_one(extract_text):
    result = extract_text(
        "The cases of Tamara Oduya and Peter Kamau\n"
        "- April 2020: Detained by the intelligence service.\n"
        "- June 2021: Sentenced to six years.\n"
    )
    assert not {kind for kind, _ in events(result)} & {"arrest", "sentence"}


def test_a_single_bulleted_line_is_no_timeline(extract_text):
    result = extract_text("Profile of Tamara Oduya\n- Arrested at a rally, according to a rumour.\n")
    assert ("arrest", "Tamara Oduya") not in events(result)
