"""An object pronoun later in a sentence whose main subject is a person of its sex, with other
names only inside prepositional phrases in between, in wording invented for these tests (session
22): 'He was seized again in May, weeks ahead of a vote at which all rivals of Y sat in cells,
and a court then jailed him' is the subject's sentence, not Y's. A name that takes part in a
clause in between (a subject or an object) leaves the usual nearest-name walk in charge."""

from __future__ import annotations

import pytest

from tests.extract_views import event_pairs


@pytest.mark.parametrize(
    ("text", "pair", "wrong"),
    [
        (
            "Farid Osmanov, a farmer, was first held in 2018.\n\nHe was seized again in May 2020, weeks "
            "ahead of a vote at which all rivals of Nursultan Abenov sat in cells, and in March 2021 a "
            "court sentenced him to nine years.",
            ("sentence", "Farid Osmanov"),
            ("sentence", "Nursultan Abenov"),
        ),
        (
            "Photojournalist Lin Mya Thwe, 29, was detained in Mandalay's Chan Aye Tharzan township in 2021 "
            "while filming a march, and a year later a military court sentenced her to five years.",
            ("sentence", "Lin Mya Thwe"),
            ("sentence", "Chan Aye Tharzan"),
        ),
        (
            "Marta Olesky, a nurse, spoke at a rally in 2020.\n\nShe was detained in May, a week after a "
            "protest in support of Olga Petrova, and a court later jailed her for two years.",
            ("sentence", "Marta Olesky"),
            ("sentence", "Olga Petrova"),
        ),
        (
            "Tomas Reyes, a union organiser, was first jailed in 2015.\n\nHe was freed in 2019 under an "
            "amnesty announced by President Daniel Ocampo, but police detained him again in 2021.",
            ("arrest", "Tomas Reyes"),
            ("arrest", "Daniel Ocampo"),
        ),
    ],
)
def test_the_object_pronoun_goes_on_from_the_main_subject(extract_text, text, pair, wrong):
    pairs = event_pairs(extract_text(text))
    assert pair in pairs
    assert wrong not in pairs


def test_a_named_participant_in_between_is_still_the_nearest(extract_text):
    pairs = event_pairs(extract_text("Ivan Sokol said police had beaten Pavel Drozd and later arrested him."))
    assert ("arrest", "Ivan Sokol") not in pairs


def test_a_plan_about_the_pronoun_still_gives_nothing(extract_text):
    pairs = event_pairs(
        extract_text(
            "Farid Osmanov, a farmer, was questioned in 2018.\n\nHe spoke at a rally in June, days before a "
            "visit by Nursultan Abenov, and prosecutors now want a judge to sentence him to ten years."
        )
    )
    assert ("sentence", "Farid Osmanov") not in pairs
    assert ("sentence", "Nursultan Abenov") not in pairs
