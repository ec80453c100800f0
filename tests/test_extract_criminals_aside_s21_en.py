"""Session 21 English precision: people tried as ordinary criminals beside the story.

A person tried for an ordinary crime (murder, robbery, kidnapping, drugs ...) in a case the
article itself sets apart ("in a separate hearing", "an unrelated verdict", "a case with no
connection to the protests") is named but has no event; nor has, in any later sentence, a member of
the forces tried for abuse. A doubted charge ("alleged", "planted", "a sham"), a story about one
criminal case, and a political charge set apart keep their events.
Sentences written for these tests (none copied from an evaluation set)."""

from __future__ import annotations

import pytest

from tests.extract_views import event_pairs as events

_LEAD = "Reporter Lina Chowdhury was freed on bail on Friday. "


@pytest.mark.parametrize(
    ("text", "criminal"),
    [
        (
            "The court in Sfax jailed the poet Anis Belhadj for two years on Monday over verses about "
            "power cuts. In a separate hearing on Wednesday, the same judges jailed Yassin Mrad for eleven "
            "years for methamphetamine trafficking.",
            "Yassin Mrad",
        ),
        (
            "The blogger Samir Alaoui was jailed for three years on Monday. An unrelated verdict: Petra "
            "Ivanic, 29, received six years for armed robbery.",
            "Petra Ivanic",
        ),
        # the charge in the person's relative clause; a later arrest of the same person
        (
            _LEAD + "In another case, the judges confirmed a life term for Dario Mendez, who was found "
            "guilty of murdering his business partner. Mendez had been arrested in 2021.",
            "Dario Mendez",
        ),
        # the case set apart after the verdict, in the same sentence
        (
            _LEAD + "Also before the bench that afternoon, Bruno Salgado was sentenced to a nine-year term "
            "for kidnapping a pharmacist, a case that has no connection to the protests.",
            "Bruno Salgado",
        ),
        # passive, with the link denied in the next sentence
        (
            _LEAD + "Gert Vollmer was convicted of manslaughter by the same judge an hour later. That trial "
            "is unrelated to the press cases.",
            "Gert Vollmer",
        ),
    ],
)
def test_an_ordinary_criminal_in_a_case_set_apart_has_no_event(extract_text, text, criminal):
    pairs = events(extract_text(text))
    assert not any(name == criminal for _kind, name in pairs)
    assert pairs  # the story's own prisoner keeps hers


def test_an_official_tried_for_abuse_has_no_later_arrest_either(extract_text):
    pairs = events(
        extract_text(
            _LEAD + "On the same day a court jailed a former prison guard, Olek Brandt, for twelve years for "
            "the torture of inmates. Brandt was detained in 2022 after a video surfaced."
        )
    )
    assert pairs == {("release", "Lina Chowdhury")}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # a doubted charge: a common pretext
        (
            _LEAD + "In a separate case, journalist Rana Haddad was jailed for four years for alleged drug "
            "trafficking.",
            ("sentence", "Rana Haddad"),
        ),
        (
            _LEAD
            + "In another case, activist Omar Tazi was sentenced to five years for cocaine possession, a "
            "charge his family says was planted.",
            ("sentence", "Omar Tazi"),
        ),
        (
            _LEAD + "In a separate case, the court jailed Hugo Lenz, a rights lawyer, for six years for "
            "murder after a trial his colleagues called a sham.",
            ("sentence", "Hugo Lenz"),
        ),
        # a story about one criminal case is that story
        (
            "A court sentenced lorry driver Ken Abara to 20 years for drug trafficking on Thursday, his "
            "lawyer said.",
            ("sentence", "Ken Abara"),
        ),
        # a political charge set apart
        (
            _LEAD
            + "In another case, cartoonist Maud Ferrand was jailed for seven years for defaming the head "
            "of state.",
            ("sentence", "Maud Ferrand"),
        ),
    ],
)
def test_a_doubted_or_political_charge_keeps_its_event(extract_text, text, pair):
    assert pair in events(extract_text(text))
