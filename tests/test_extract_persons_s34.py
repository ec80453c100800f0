"""Persons and who is who (session 34), in wording invented for these tests.

* A count needs a number in the event's own clause (GUIDELINES): "all of them", "all" or «все»
  with no number after a counted group carry no count; the events keep the named members.
* A pronoun's person is the same whatever order the rules ask the tokens in
  (`DocContext.person_at`: "Her lawyer, X, said she ..." names the one "her" names).
"""

from __future__ import annotations

import dataclasses

import pytest

from tests.extract_views import event_pairs, group_counts


# -- a count needs a number ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "counted", "uncounted"),
    [
        (
            "Thirty-one prisoners were pardoned on Monday. All of them were put on a bus and "
            "expelled to Poland.",
            ("release", 31),
            ("deportation", 31),
        ),
        (
            "Officers detained five students outside the university; all were freed by midnight.",
            ("arrest", 5),
            ("release", 5),
        ),
        (
            "A court in Gomel convicted nine railway workers in June. All of them were later "
            "pardoned and released.",
            ("sentence", 9),
            ("release", 9),
        ),
    ],
)
def test_all_with_no_number_carries_no_count(extract_text, text, counted, uncounted) -> None:
    counts = group_counts(extract_text(text))
    assert counted in counts
    assert uncounted not in counts


def test_all_with_a_number_keeps_it(extract_text) -> None:
    counts = group_counts(
        extract_text("Police detained six bloggers in Brest. All six were released on Sunday.")
    )
    assert ("release", 6) in counts


def test_all_of_the_named_keeps_the_named(extract_text) -> None:
    pairs = event_pairs(
        extract_text(
            "Police detained Hanna Kuts, Aleh Zhuk and Ilya Mirau in Brest. All of them were "
            "released on Sunday."
        )
    )
    assert {("release", n) for n in ("Hanna Kuts", "Aleh Zhuk", "Ilya Mirau")} <= pairs


@pytest.mark.parametrize(
    ("text", "language", "counted", "uncounted"),
    [
        (
            "В субботу полиция задержала семерых пикетчиков. Всех отпустили к утру.",
            "ru",
            ("arrest", 7),
            ("release", 7),
        ),
        (
            "В понедельник помиловали 23 политзаключённых. Все они были вывезены в Литву.",
            "ru",
            ("release", 23),
            ("deportation", 23),
        ),
        (
            "Міліцыя затрымала шасцярых студэнтаў. Усіх адпусцілі праз суткі.",
            "be",
            ("arrest", 6),
            ("release", 6),
        ),
    ],
)
def test_all_with_no_number_carries_no_count_ru_be(run, text, language, counted, uncounted) -> None:
    counts = group_counts(run(text, language))
    assert counted in counts
    assert uncounted not in counts


# -- a pronoun's person does not depend on the order it is asked in ------------------------------


_ORDER_TEXTS = [
    "Hanna Kuts was detained in May. Her lawyer, Maryna Zhuk, said she was released on Friday.",
    "Ales Pushkin was arrested in March. His brother, Ihar Pushkin, told reporters that he had "
    "been moved to a colony and that his health was failing.",
    "Maryia Rabkova was sentenced in 2022. Her colleague, Nasta Loika, said her appeal was "
    "rejected and that she was moved to Gomel, where her mother visited her.",
]


@pytest.mark.parametrize("text", _ORDER_TEXTS)
def test_person_at_does_not_depend_on_call_order(extractor, text) -> None:
    nlp = extractor.extractor_for("en").nlp
    with nlp.select_pipes(disable=["vigil_quotes", "vigil_events"]):
        doc = nlp(text)
    first = doc._.vigil_ctx
    second = dataclasses.replace(first)  # the same names, an empty cache of pronouns
    forward = {t.i: first.person_at(t) for t in doc}
    backward = {t.i: second.person_at(t) for t in reversed(doc)}
    assert forward == backward
