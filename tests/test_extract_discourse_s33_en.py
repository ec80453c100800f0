"""English events told across sentences (session 33), in wording invented for these tests: a
counted part of a group told before whose names follow a colon ("Two of those freed ...: A and
B"), a counted noun equated with names ("The three Russians were A, B and C"), "one of them" after
a group described by its event ("the other two pardoned prisoners"), a removal "sent back from" a
country, a role inside a clause describing a person (no official of the forces), and the release
a deportation implies kept when the same sentence tells another person's release."""

from __future__ import annotations

import pytest

from tests.extract_views import event_pairs


def _pairs(extract_text, text: str) -> set[tuple[str, str]]:
    return event_pairs(extract_text(text))


@pytest.mark.parametrize(
    ("text", "etype", "names"),
    [
        (
            "Azerbaijan pardons eight prisoners\n\n"
            "Azerbaijan released eight prisoners on Friday, officials said. "
            "Three of those freed spoke to reporters outside the prison gate: Elchin Mammadli, a "
            "teacher, Rauf Hasanli, a mechanic who had been jailed in 2021, and Gunel Aliyeva.",
            "release",
            ("Elchin Mammadli", "Rauf Hasanli", "Gunel Aliyeva"),
        ),
        (
            "Students held in Homel\n\n"
            "Police in Homel detained eleven students on Tuesday night. "
            "Two of those detained are well known in the city: Mikita Sauchuk and Yana Luksha.",
            "arrest",
            ("Mikita Sauchuk", "Yana Luksha"),
        ),
    ],
)
def test_counted_part_named_after_colon(extract_text, text, etype, names) -> None:
    pairs = _pairs(extract_text, text)
    assert {(etype, n) for n in names} <= pairs


def test_counted_part_with_fewer_names_names_no_one(extract_text) -> None:
    text = (
        "Azerbaijan pardons eight prisoners\n\n"
        "Azerbaijan released eight prisoners on Friday, officials said. "
        "Three of those freed spoke to reporters outside the prison gate: Elchin Mammadli and "
        "Rauf Hasanli, two neighbours."
    )
    pairs = _pairs(extract_text, text)
    assert ("release", "Elchin Mammadli") not in pairs


@pytest.mark.parametrize(
    ("text", "etype", "names"),
    [
        (
            "Minsk expels four activists\n\n"
            "Belarus expelled four activists to Poland on Monday, their lawyers said. "
            "The four activists were Ales Zhuk, a carpenter; Tatsiana Hurynovich, a nurse; "
            "Pavel Ramanchuk; and Iryna Lis.",
            "deportation",
            ("Ales Zhuk", "Tatsiana Hurynovich", "Pavel Ramanchuk", "Iryna Lis"),
        ),
        (
            "Journalists arrested\n\n"
            "Police arrested three journalists in Hrodna on Thursday. "
            "The three reporters were Siarhei Melnik, Alena Kruk and Dzmitry Bahdan.",
            "arrest",
            ("Siarhei Melnik", "Alena Kruk", "Dzmitry Bahdan"),
        ),
    ],
)
def test_counted_noun_equated_with_names(extract_text, text, etype, names) -> None:
    pairs = _pairs(extract_text, text)
    assert {(etype, n) for n in names} <= pairs


def test_counted_noun_of_no_group_told_names_no_one(extract_text) -> None:
    text = (
        "Verdict in Minsk\n\n"
        "A court in Minsk sentenced the blogger Ihar Kaval to six years on Monday. "
        "The three judges were Ales Zhuk, Tatsiana Hurynovich and Pavel Ramanchuk."
    )
    pairs = _pairs(extract_text, text)
    assert not {p for p in pairs if p[1] in ("Ales Zhuk", "Tatsiana Hurynovich", "Pavel Ramanchuk")}


def test_one_of_them_after_a_group_described_by_its_event(extract_text) -> None:
    text = (
        "Belarus frees ten prisoners\n\n"
        "Ten political prisoners were pardoned on Friday. Eight of the freed prisoners were "
        "driven to the Lithuanian border and made to cross it. "
        "Officials did not say what happened to the other two pardoned prisoners. "
        "One of them, 52-year-old driver Viktar Sushko, went home to Baranavichy, his son said."
    )
    pairs = _pairs(extract_text, text)
    assert ("release", "Viktar Sushko") in pairs
    assert ("deportation", "Viktar Sushko") not in pairs


@pytest.mark.parametrize(
    "text",
    [
        "Two Cambodian activists, Sok Dara and Chea Vuthy, were sent back from Thailand in June.",
        "In March, two party members, Sok Dara and Chea Vuthy, were also sent back from Malaysia.",
    ],
)
def test_sent_back_from_a_country(extract_text, text) -> None:
    pairs = _pairs(extract_text, "Activists returned\n\n" + text)
    assert {("deportation", "Sok Dara"), ("deportation", "Chea Vuthy")} <= pairs


def test_release_beside_a_removal_without_release_is_kept(extract_text) -> None:
    text = (
        "Activists returned\n\n"
        "In May, two party members, Sok Dara and Chea Vuthy, were sent back from Thailand; Dara was "
        "sentenced to two years in August, while Vuthy was released on bail."
    )
    assert ("release", "Chea Vuthy") in _pairs(extract_text, text)


def test_role_inside_a_describing_clause_is_not_the_persons(extract_text) -> None:
    text = (
        "Belarus expels prisoners\n\n"
        "Twelve prisoners were driven to the Lithuanian border on Friday. "
        "Also expelled was Nadzeya Lapko, a cook at a state canteen who was arrested in 2021 after "
        "she filmed riot police beating protesters."
    )
    pairs = _pairs(extract_text, text)
    assert {("deportation", "Nadzeya Lapko"), ("arrest", "Nadzeya Lapko")} <= pairs
