"""A named person said to belong to a counted group whose participle tells the event, in wording
invented for these tests (session 22): "X was one of 36 activists rounded up by police" (the
count is the group's), "X, who was among 17 miners freed in a deal, said ..." (the relative
pronoun is X), "The two were among nine reporters rounded up in May" (the participle the parser
hangs on the copula), "They were among ..." after a sentence whose subject is "the four", and
"Among the 12 were A and B" (the group of that size, not the latest one). Traps: a denied
membership, an approximate group, a group with no event of its own."""

from __future__ import annotations

import pytest

from tests.extract_views import event_pairs, group_counts

# -- "one of N people <participle>": the group's count goes with the member's event -----------


@pytest.mark.parametrize(
    ("text", "pair", "count"),
    [
        (
            "Marta Lindqvist, 41, a former councillor, was one of 36 activists and lawyers rounded up "
            "by security police in raids in March 2022.",
            ("arrest", "Marta Lindqvist"),
            ("arrest", 36),
        ),
        (
            "Marta Lindqvist was one of 12 students who were detained at the candlelit vigil.",
            ("arrest", "Marta Lindqvist"),
            ("arrest", 12),
        ),
        (
            "Marta Lindqvist, one of 52 prisoners released in May, refused to leave the country.",
            ("release", "Marta Lindqvist"),
            ("release", 52),
        ),
    ],
)
def test_one_of_a_counted_group_carries_its_count(extract_text, text, pair, count):
    result = extract_text(text)
    assert pair in event_pairs(result)
    assert count in group_counts(result)


def test_one_of_an_approximate_group_has_no_count(extract_text):
    result = extract_text(
        "Marta Lindqvist was one of more than 40 activists rounded up by security police last spring."
    )
    assert not group_counts(result)


# -- "X, who was among N people <participle>": the relative pronoun is the named person --------


@pytest.mark.parametrize(
    ("text", "pair", "count"),
    [
        (
            "His cousin Pavel Orlik, who was among 17 miners freed in a swap arranged by Sweden in 2024, "
            "said the union would strike.",
            ("release", "Pavel Orlik"),
            ("release", 17),
        ),
        (
            "The poet Irina Vask, who was among the 30 detainees pardoned by the president last week, "
            "returned home on Sunday.",
            ("release", "Irina Vask"),
            ("release", 30),
        ),
    ],
)
def test_who_was_among_a_counted_group(extract_text, text, pair, count):
    result = extract_text(text)
    assert pair in event_pairs(result)
    assert count in group_counts(result)


def test_who_was_not_among_the_group_is_no_member(extract_text):
    result = extract_text(
        "The poet Irina Vask, who was not among the 30 detainees pardoned by the president last week, "
        "remains in prison."
    )
    assert ("release", "Irina Vask") not in event_pairs(result)


def test_who_was_among_a_group_with_no_event_tells_nothing(extract_text):
    result = extract_text(
        "Pavel Orlik, who was among 17 union members at the meeting, said the strike would go ahead."
    )
    assert not {pair for pair in event_pairs(result) if pair[1] == "Pavel Orlik"}


# -- "The two were among nine reporters rounded up": the participle hung on the copula ----------


@pytest.mark.parametrize(
    "text",
    [
        "Amara Diallo and Kofi Mensah were granted bail on Friday. The two were among nine reporters "
        "rounded up in raids in the capital last May.",
        "The two journalists, Amara Diallo and Kofi Mensah, were granted bail on Friday. They were "
        "among nine reporters rounded up in raids in the capital last May.",
        "Amara Diallo and Kofi Mensah were granted bail on Friday. Both were among nine reporters "
        "rounded up in raids in the capital last May.",
    ],
)
def test_the_few_among_a_counted_group_rounded_up(extract_text, text):
    result = extract_text(text)
    assert {("arrest", "Amara Diallo"), ("arrest", "Kofi Mensah")} <= event_pairs(result)
    assert ("arrest", 9) in group_counts(result)
    assert ("arrest", 2) not in group_counts(result)


def test_figures_rounded_up_are_no_arrest(extract_text):
    result = extract_text("The ministry published the figures rounded up to the nearest thousand.")
    assert not result.events


# -- "Among the 12 were A and B": the group of that size -------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Authorities freed 12 political prisoners on Monday and drove ten of them to the Polish border. "
        "Among the 12 were Anton Bely and Oleg Mart.",
        "The regime pardoned 12 political prisoners on Monday and forced ten of them across the border. "
        "Among the 12 were Anton Bely and Oleg Mart.",
    ],
)
def test_among_the_counted_names_the_group_of_that_size(extract_text, text):
    result = extract_text(text)
    assert {("release", "Anton Bely"), ("release", "Oleg Mart")} <= event_pairs(result)
    assert ("deportation", "Oleg Mart") not in event_pairs(result)


def test_a_refuser_outside_the_part_driven_away_leaves_its_count(extract_text):
    result = extract_text(
        "Authorities freed 12 political prisoners on Monday and drove ten of them to the Polish border. "
        "Among the 12 were Anton Bely and Oleg Mart. Oleg Mart refused to go and was sent back to jail."
    )
    assert ("deportation", 10) in group_counts(result)
    assert ("deportation", 9) not in group_counts(result)


# -- a part of a group told before, held "since" its arrest, is no running statistic ------------


@pytest.mark.parametrize(
    "text",
    [
        "Police arrested seven activists in March. Four of those seven were held in custody from then on.",
        "Police arrested seven activists in March. Four of the seven have been kept in detention ever since.",
    ],
)
def test_a_part_of_a_told_group_held_since_keeps_its_count(extract_text, text):
    assert ("arrest", 4) in group_counts(extract_text(text))


def test_a_statistic_since_a_year_has_no_count(extract_text):
    result = extract_text("Since 2020, 412 of the country's journalists have been detained, the union says.")
    assert not group_counts(result)


# -- a member of a counted release is a member of the deportation of the same size -----------------


@pytest.mark.parametrize(
    "text",
    [
        "Rosa Tellez was one of 135 opposition activists who were freed from prisons in Managua in 2024, "
        "flown to Guatemala and stripped of their citizenship.",
        "Rosa Tellez was one of 135 opposition activists who were released from prisons in Managua, "
        "flown to Guatemala and stripped of their citizenship.",
    ],
)
def test_a_member_of_the_freed_is_a_member_of_the_expelled(extract_text, text):
    result = extract_text(text)
    assert {("release", "Rosa Tellez"), ("deportation", "Rosa Tellez")} <= event_pairs(result)
    assert {("release", 135), ("deportation", 135)} <= group_counts(result)


def test_a_deportation_of_another_size_takes_no_members(extract_text):
    result = extract_text(
        "Rosa Tellez was one of 135 opposition activists released in Managua on Monday; a further "
        "12 were flown to Guatemala."
    )
    assert ("deportation", "Rosa Tellez") not in event_pairs(result)


def test_among_a_counted_group_after_an_uncounted_arrest_keeps_its_count(extract_text):
    result = extract_text(
        "Officers arrested the reporters Amara Diallo and Kofi Mensah in a raid on their office. The two "
        "were among nine people detained in the city that morning."
    )
    assert ("arrest", 9) in group_counts(result)
    assert {("arrest", "Amara Diallo"), ("arrest", "Kofi Mensah")} <= event_pairs(result)
