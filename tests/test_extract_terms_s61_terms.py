"""Sentence terms, session 61 (`terms`), in wordings invented for these tests, each rule with traps:

* a "term" with its length, given for something its owner did ("his 12-year term for a string of
  posts", 'completed a three-year term for "insulting a judge"'), is a prison term though no court
  or custody word is in the sentence; not a term won in an election, nor one for an office, a
  body, a district or a person;
* "For A and B the judge set nine years each", "For X the court read out six years": a clause
  opened by "for" and the named people, whose subject is the bench, gives them the term its verb
  takes; several people only with "each"; not a prosecutor's request, a modal or negated clause,
  bail, a time ("For ten years the judge ..."), nor a clause whose subject is not the bench.
"""

from __future__ import annotations

import pytest

from vigil.model import Extraction


def _terms(result: Extraction) -> set[tuple[str, int]]:
    names = {p.id: p.name for p in result.persons}
    return {(names[p], e.term_months) for e in result.events if e.term_months for p in e.persons}


# --- a lengthed "term" given for an act --------------------------------------------------------


def test_owned_term_for_posts_upheld(extract_text) -> None:
    text = "Pensioner Marat Ibragimov saw his 12-year term for a string of Telegram posts confirmed in May."
    assert ("Marat Ibragimov", 144) in _terms(extract_text(text))


def test_completed_term_for_a_quoted_charge(extract_text) -> None:
    text = (
        'Her brother, Tran Minh Khoa, completed a three-year term for "insulting a judge" in 2022 '
        "and went home."
    )
    assert ("Tran Minh Khoa", 36) in _terms(extract_text(text))


def test_year_of_a_term_for_articles(extract_text) -> None:
    text = (
        "Left off the list was the reporter Nadia Lozovaya, who is in the third year of a seven-year term "
        "for reports on the strikes."
    )
    assert ("Nadia Lozovaya", 84) in _terms(extract_text(text))


@pytest.mark.parametrize(
    "text",
    [
        "Ruslan Gaidar won a five-year term for the farmers' party in 2021.",
        "Mayor Ruslan Gaidar is in the second year of a four-year term for the city council.",
        "Ruslan Gaidar, a councillor, is in the second year of a four-year term for his district.",
        "Ruslan Gaidar began a six-year term for the presidency in 2020.",
        "Ruslan Gaidar said a four-year term for Olga Serova would suit the board.",
    ],
)
def test_term_of_an_office_is_no_prison_term(extract_text, text: str) -> None:
    assert not _terms(extract_text(text))


# --- "For X the judge set N years" ----------------------------------------------------------------


def test_fronted_pair_with_each(extract_text) -> None:
    text = (
        "The regional court sentenced Oleg Marchuk, Pavel Ryzhov and Denis Kolos on Tuesday. "
        "For Pavel Ryzhov and Denis Kolos the judge set seven years each."
    )
    terms = _terms(extract_text(text))
    assert ("Pavel Ryzhov", 84) in terms and ("Denis Kolos", 84) in terms


def test_fronted_one_person_read_out(extract_text) -> None:
    text = "The regional court tried Oleg Marchuk and two others. For Marchuk the judge read out ten years."
    assert ("Oleg Marchuk", 120) in _terms(extract_text(text))


def test_fronted_term_in_a_for_phrase_after_the_verb(extract_text) -> None:
    text = (
        "The regional court sentenced Oleg Marchuk and Pavel Ryzhov on Tuesday. For Oleg Marchuk and "
        "Pavel Ryzhov the court chose restricted freedom for two years each."
    )
    terms = _terms(extract_text(text))
    assert ("Oleg Marchuk", 24) in terms and ("Pavel Ryzhov", 24) in terms


def test_fronted_pair_without_each_gives_no_term(extract_text) -> None:
    text = (
        "The regional court tried Pavel Ryzhov and Denis Kolos on Tuesday. "
        "For Pavel Ryzhov and Denis Kolos the judge set seven years."
    )
    assert not _terms(extract_text(text))


@pytest.mark.parametrize(
    "second",
    [
        "For Marchuk the prosecutor asked ten years.",
        "For Marchuk the judge may set ten years.",
        "For Marchuk the judge did not set ten years.",
        "For Marchuk the judge set bail at ten thousand roubles.",
        "For ten years the judge had known Marchuk.",
        "For Marchuk the judge's ruling meant ten years away from home.",
        '"For Marchuk the judge set ten years," his lawyer wrote.',
    ],
)
def test_fronted_traps(extract_text, second: str) -> None:
    text = f"Oleg Marchuk was tried on Friday. {second}"
    assert ("Oleg Marchuk", 120) not in _terms(extract_text(text))


# --- a singular "who" clause on the first of coordinated names -----------------------------------


def test_who_clause_on_the_first_name_is_its_own(extract_text) -> None:
    text = (
        "The blogger Yana Dubitskaya, who was midway through a six-year term for a string of posts, "
        "and Pavel Ivankou, 66, a retired surgeon, were also among those driven to the border."
    )
    terms = _terms(extract_text(text))
    assert ("Yana Dubitskaya", 72) in terms
    assert not any(name == "Pavel Ivankou" for name, _ in terms)
