"""English arrests told by a described stay and people told by a predicate (session 23), in
wording invented for these tests: "X was a <person noun> ..., detained in 2021" makes X a person
and the participle X's; a stay in custody that a release awaiting trial ends ("spent a year in
jail before being freed on bail"), or a holding at a prison before X "was among a group freed",
was a detention. Traps: a stay that a plain release ends is a term served; "one of the judges"
is no bare term of the judge; "the other three" are not the people named before; a surname that
opens a township's name is no mention of the person."""

from __future__ import annotations

import pytest

from tests.extract_views import event_pairs


def _names(result) -> set[str]:
    return {p.name for p in result.persons}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Teodora Balinas was a fisherfolk organiser from Leyte, 44 years old, detained in 2020.",
            ("arrest", "Teodora Balinas"),
        ),
        (
            "Ruslan Tokhtarov is a mathematics teacher in Taraz, 39, picked up by police in May.",
            ("arrest", "Ruslan Tokhtarov"),
        ),
        (
            "Marisol Quintanilla was a union activist from Oruro, imprisoned in 2019 for leading a strike. "
            "She died in the prison in April, her relatives said.",
            ("death", "Marisol Quintanilla"),
        ),
    ],
)
def test_a_person_noun_predicated_of_a_name_takes_the_participle(extract_text, text, pair):
    assert pair in event_pairs(extract_text(text))


def test_a_body_predicated_by_a_group_noun_is_no_person(extract_text):
    result = extract_text("Lumen Watch was a monitoring group from Oslo, closed in 2021.")
    assert "Lumen Watch" not in _names(result)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Hakan Durmaz had already spent ten months in jail in 2022 before being released pending "
            "trial, his lawyer said.",
            ("arrest", "Hakan Durmaz"),
        ),
        (
            "Julián Barreto spent a year behind bars before being freed on bail in March.",
            ("arrest", "Julián Barreto"),
        ),
        (
            "Peruvian reporter Aníbal Cortez, who had been held inside Ramo Verde prison for nine months, "
            "was among a smaller group of prisoners freed and flown to Lima on Friday.",
            ("arrest", "Aníbal Cortez"),
        ),
    ],
)
def test_a_stay_that_a_release_awaiting_trial_ends_was_a_detention(extract_text, text, pair):
    assert pair in event_pairs(extract_text(text))


def test_a_stay_that_a_plain_release_ends_is_a_term_served(extract_text):
    pairs = event_pairs(extract_text("Hakan Durmaz spent six years in prison before being freed in 2019."))
    assert ("release", "Hakan Durmaz") in pairs
    assert ("arrest", "Hakan Durmaz") not in pairs


def test_one_of_the_judges_is_no_bare_term_of_the_judge(extract_text):
    text = (
        "Irene Lam, 26, received five years and two months, after Judge Victor Ho, one of the judges "
        "picked by the government to hear security cases, found her guilty."
    )
    pairs = event_pairs(extract_text(text))
    assert not any(name == "Victor Ho" for _, name in pairs)


def test_the_other_three_are_not_the_people_named_before(extract_text):
    text = (
        "Police raided a flat in Cebu and arrested five activists. A court later convicted Dina Reyes "
        "and Joy Salcedo. Lorna Abad, a farmer from Samar, died in a police cell in 2022.\n\n"
        "The other three members of that group were released on bail in 2023."
    )
    pairs = event_pairs(extract_text(text))
    assert ("release", "Dina Reyes") not in pairs
    assert ("release", "Joy Salcedo") not in pairs


def test_a_surname_opening_a_township_name_is_no_mention(extract_text):
    text = (
        "The junta chief, Min Aung Hlaing, announced an amnesty. Ma Su Myat, a nurse, was arrested in "
        "Yangon's Hlaing Thaya township in 2021, and a tribunal later sentenced her to three years."
    )
    pairs = event_pairs(extract_text(text))
    assert ("sentence", "Ma Su Myat") in pairs
    assert ("sentence", "Min Aung Hlaing") not in pairs
