"""Sentence terms, session 62 (`enterms2`), in wordings invented for these tests, each rule with traps:

* a "respectively" that hangs on another verb than the trigger, whose clause has a named subject
  of its own ("A and B were given nine years, while C and D got eight and seven years,
  respectively"), closes that subject's list: the trigger's people keep their own clause's term;
* a "respectively" list of terms after as many names joined by "and" and commas, which no verb of
  the sentence gave them ("A and B — six years and four years in a colony respectively", "A and B
  keep their terms of seven and five and a half years respectively", "sentenced to life
  imprisonment and 12 years respectively"), pairs them in order; not a list asked for, faced,
  possible or served, nor ages or fines.
"""

from __future__ import annotations

import pytest

from vigil.model import Extraction


def _terms(result: Extraction) -> set[tuple[str, int]]:
    names = {p.id: p.name for p in result.persons}
    return {(names[p], e.term_months) for e in result.events if e.term_months for p in e.persons}


# --- a "respectively" of another clause's subject ---------------------------------------------


def test_while_clause_list_is_not_the_first_pair(extract_text) -> None:
    text = (
        "Marta Kovalenko and Pavel Drozd were given ten years, while Ilya Sotnikov and Vera Lapina "
        "got seven and a half and six years, respectively."
    )
    terms = _terms(extract_text(text))
    assert ("Marta Kovalenko", 120) in terms and ("Pavel Drozd", 120) in terms
    assert ("Ilya Sotnikov", 90) in terms and ("Vera Lapina", 72) in terms
    assert not {("Marta Kovalenko", 90), ("Pavel Drozd", 72)} & terms


def test_semicolon_clause_list_is_not_the_each_pair(extract_text) -> None:
    text = (
        "The paper's owner, Rustam Guliev, and its editor, Leyla Hasanova, each received eleven years; "
        "reporters Orkhan Aliyev, Samir Babayev and Tural Jafarli were given nine, eight and six and a "
        "half years, respectively."
    )
    terms = _terms(extract_text(text))
    assert ("Rustam Guliev", 132) in terms and ("Leyla Hasanova", 132) in terms
    assert ("Tural Jafarli", 78) in terms
    assert ("Leyla Hasanova", 78) not in terms


def test_own_respectively_still_pairs(extract_text) -> None:
    text = (
        "The court sentenced Oleg Baranov to eight years, and Anna Petrova and Ivan Sidorov "
        "received five and four years respectively."
    )
    terms = _terms(extract_text(text))
    assert {("Oleg Baranov", 96), ("Anna Petrova", 60), ("Ivan Sidorov", 48)} <= terms


# --- a "respectively" list no verb gave --------------------------------------------------------


def test_verbless_dash_list(extract_text) -> None:
    text = (
        "The regional court tried Hanna Yurkevich and Stsiapan Lobach together. "
        "Yurkevich and Lobach — six years and three years of imprisonment in a penal colony respectively."
    )
    terms = _terms(extract_text(text))
    assert ("Hanna Yurkevich", 72) in terms and ("Stsiapan Lobach", 36) in terms


def test_verbless_colon_list(extract_text) -> None:
    text = (
        "The judge read out the verdict for Maryna Sakalova and Dzianis Hurin. "
        "Maryna Sakalova and Dzianis Hurin: four and seven years respectively, in general-regime colonies."
    )
    terms = _terms(extract_text(text))
    assert ("Maryna Sakalova", 48) in terms and ("Dzianis Hurin", 84) in terms


def test_kept_terms_list(extract_text) -> None:
    text = (
        "After the appeal, organisers Olena Bilyk and Taras Moroz keep their terms of seven and "
        "five and a half years respectively."
    )
    terms = _terms(extract_text(text))
    assert ("Olena Bilyk", 84) in terms and ("Taras Moroz", 66) in terms


def test_life_and_years_list(extract_text) -> None:
    text = (
        "In 2021 Dr Nurlan Abdullayev and Professor Gulnara Tokhtieva were sentenced to life "
        "imprisonment and 12 years respectively."
    )
    terms = _terms(extract_text(text))
    assert ("Gulnara Tokhtieva", 144) in terms
    assert not any(name == "Nurlan Abdullayev" for name, _ in terms)


@pytest.mark.parametrize(
    "text",
    [
        "Prosecutors had asked for nine and seven years for Anna Petrova and Ivan Sidorov respectively.",
        "Anna Petrova and Ivan Sidorov: prosecutors sought nine and seven years in prison respectively.",
        "Anna Petrova and Ivan Sidorov face up to ten and eight years in prison respectively.",
        "Anna Petrova and Ivan Sidorov, aged 34 and 29 respectively, were later sentenced.",
        "Anna Petrova and Ivan Sidorov could get ten and eight years in prison respectively.",
        "Anna Petrova and Ivan Sidorov spent four and three years in the colony respectively.",
        "Anna Petrova and Ivan Sidorov were not given five and three years respectively, the court said.",
    ],
)
def test_untold_lists_give_no_terms(extract_text, text: str) -> None:
    assert not _terms(extract_text(text))


def test_names_apart_are_no_list(extract_text) -> None:
    text = (
        "Anna Petrova, whose brother Oleg Baranov is a lawyer, and Ivan Sidorov: five and three years "
        "in a colony respectively."
    )
    terms = _terms(extract_text(text))
    assert ("Oleg Baranov", 36) not in terms and ("Anna Petrova", 60) not in terms
