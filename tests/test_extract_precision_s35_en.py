"""English precision traps (session 35), in wording invented for these tests: "Among those
<verb> is X" where the verb tells no event, custody or journey describes a group of its own
("those denied treatment", "those who remember him"), not the group freed just before; and "those
still held" after a perfect-tense tally with no exact count ("at least 15 have since been
re-arrested") are the stock in prison, not members of that tally."""

from __future__ import annotations

import pytest

from tests.extract_views import event_pairs

_PARDON = "The king pardoned 400 prisoners in March. Rights groups say conditions in Jau remain harsh. "


@pytest.mark.parametrize(
    "among",
    [
        "Among those denied treatment is Ali Hassan, a teacher.",
        "Among those refused medical care is Ali Hassan, a teacher.",
        "Among those who remember him is Ali Hassan, a teacher.",
        "Among those following the hearing was Ali Hassan, a teacher.",
    ],
)
def test_among_those_of_another_predicate_are_no_members(extract_text, among) -> None:
    result = extract_text(_PARDON + among)
    assert ("release", 400) in {(e.type, e.count) for e in result.events}
    assert ("release", "Ali Hassan") not in event_pairs(result)


@pytest.mark.parametrize(
    "among",
    [
        "Among those freed was Ali Hassan, a teacher.",
        "Among those who arrived home was Ali Hassan, a teacher.",
        "Among those released early was Ali Hassan, a teacher.",
    ],
)
def test_among_those_freed_or_arriving_are_members(extract_text, among) -> None:
    assert ("release", "Ali Hassan") in event_pairs(extract_text(_PARDON + among))


def test_among_those_named_are_members(extract_text) -> None:
    text = "Police detained 20 people at the rally. Among those named by Viasna were Ali Hassan and Ina Rak."
    assert {("arrest", "Ali Hassan"), ("arrest", "Ina Rak")} <= event_pairs(extract_text(text))


def test_still_held_after_a_tally_is_no_arrest(extract_text) -> None:
    text = (
        "The group says at least 15 people freed in January have since been re-arrested, and that "
        "about 360 people detained over the protests remain in prison.\n\n"
        "Among those still behind bars is Luis Pardo Vega, a bricklayer, who was sentenced to 15 "
        "years for sedition."
    )
    pairs = event_pairs(extract_text(text))
    assert ("sentence", "Luis Pardo Vega") in pairs
    assert ("arrest", "Luis Pardo Vega") not in pairs


@pytest.mark.parametrize(
    "text",
    [
        "Police detained 30 people at the rally in Grodno on Sunday. Among those still in custody "
        "are Ihar Karnei and Danuta Pilecka.",
        "Dozens of people were detained at the rally in Grodno. Among those still in custody are "
        "Ihar Karnei and Danuta Pilecka.",
    ],
)
def test_still_held_after_a_roundup_are_its_members(extract_text, text) -> None:
    assert {("arrest", "Ihar Karnei"), ("arrest", "Danuta Pilecka")} <= event_pairs(extract_text(text))


@pytest.mark.parametrize(
    "among",
    [
        "Among those forced out were Ali Hassan, a teacher, and Ina Rak.",
        "Among those put over the border were Ali Hassan, a teacher, and Ina Rak.",
    ],
)
def test_among_those_moved_abroad_are_members(extract_text, among) -> None:
    text = (
        "Belarus freed 14 prisoners on Thursday, and 12 of them were driven to the Lithuanian border. "
        + among
    )
    pairs = event_pairs(extract_text(text))
    assert {("release", "Ali Hassan"), ("release", "Ina Rak")} <= pairs


def test_he_was_among_those_who_denounced_is_no_member(extract_text) -> None:
    text = (
        "He was freed in 1978 with 59 other prisoners. When protests erupted in 2018, Ernesto Aguilar "
        "was among the former comrades who publicly denounced the president."
    )
    assert ("release", "Ernesto Aguilar") not in event_pairs(extract_text(text))
