"""Lists of named prisoners in the register of rights groups' reports: a term in brackets after
each name, and lists of those still held next to lists of those freed. Every sentence here was
written for these tests (no evaluation set holds them)."""

from __future__ import annotations

import pytest


def _events(result) -> set[tuple[str, str]]:
    names = {p.id: p.name for p in result.persons}
    return {(e.type, names[p]) for e in result.events for p in e.persons}


def _terms(result) -> set[tuple[str, int]]:
    names = {p.id: p.name for p in result.persons}
    return {(names[p], e.term_months) for e in result.events if e.type == "sentence" for p in e.persons}


# -- a term in brackets after each name -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "terms"),
    [
        (
            "A court in Gomel sentenced Pavel Sharko (12 years), Alena Dubik (8 years) and Yury "
            "Leshchanka (6 years) on Wednesday.",
            {("Pavel Sharko", 144), ("Alena Dubik", 96), ("Yury Leshchanka", 72)},
        ),
        (
            "The editor Tomas Hrdina (5 years and 6 months) and the printer Oskar Valenta (3 years) "
            "were sentenced in Brno on Monday.",
            {("Tomas Hrdina", 66), ("Oskar Valenta", 36)},
        ),
        (
            "The tribunal jailed Kamran Aliyev (9 years) and his brother Rauf Aliyev (7 years) for "
            "organising the protest.",
            {("Kamran Aliyev", 108), ("Rauf Aliyev", 84)},
        ),
    ],
)
def test_a_term_in_brackets_after_each_name_is_that_persons_own(extract_text, text, terms):
    assert _terms(extract_text(text)) == terms


def test_a_name_without_a_bracket_keeps_the_term_stated_outside(extract_text):
    result = extract_text(
        "The court sentenced Marek Zoltan (pictured) and Ilona Farkas to eight years in a penal colony."
    )
    assert _terms(result) == {("Marek Zoltan", 96), ("Ilona Farkas", 96)}


@pytest.mark.parametrize(
    "text",
    [
        "The court sentenced Darius Petraitis (34) to four years in prison.",
        "The court sentenced Darius Petraitis (34 years old) to four years in prison.",
        "The court sentenced Darius Petraitis (aged 34) to four years in prison.",
    ],
)
def test_an_age_in_brackets_is_no_term(extract_text, text):
    assert _terms(extract_text(text)) == {("Darius Petraitis", 48)}


def test_a_pardon_list_with_terms_in_brackets_names_everyone(extract_text):
    result = extract_text(
        "The president pardoned 14 prisoners on Monday. Among those pardoned were Siarhei "
        "Marozau (11 years), Natallia Kruk (6 years) and Aliaksei Hanchar."
    )
    released = {name for kind, name in _events(result) if kind == "release"}
    assert released == {"Siarhei Marozau", "Natallia Kruk", "Aliaksei Hanchar"}
    assert ("release", 14) in {(e.type, e.count) for e in result.events}


# -- those still held are not among those freed ---------------------------------------------


@pytest.mark.parametrize(
    "held",
    [
        "Those still in prison include Ihar Karnei and Danuta Pilecka.",
        "Those who remain behind bars include Ihar Karnei and Danuta Pilecka.",
        "Among those still in custody are Ihar Karnei and Danuta Pilecka.",
        "Those still in prison include Ihar Karnei (10 years) and Danuta Pilecka (8 years).",
    ],
)
def test_those_still_held_are_not_added_to_a_release(extract_text, held):
    result = extract_text(f"The authorities pardoned 20 prisoners on Friday. {held}")
    assert ("release", 20) in {(e.type, e.count) for e in result.events}
    assert not {name for kind, name in _events(result) if kind == "release"}
    assert not {name for kind, name in _events(result) if kind == "arrest"}  # being held is no event


def test_those_still_held_after_a_roundup_are_its_members(extract_text):
    result = extract_text(
        "Police detained 30 people at the rally in Grodno on Sunday. Those still in custody "
        "include Ihar Karnei and Danuta Pilecka."
    )
    assert {("arrest", "Ihar Karnei"), ("arrest", "Danuta Pilecka")} <= _events(result)


# -- several people's terms in order: after a colon, after a life verdict ----------------------------


def test_a_verbless_list_after_a_colon_gives_each_name_its_term(extract_text):
    result = extract_text(
        "Four union leaders were sentenced in Harare on Wednesday: Tendai Moyo to six years, "
        "Rudo Chikwanha to five, Farai Ndlovu to four and Chipo Dube to 30 months."
    )
    assert {("Tendai Moyo", 72), ("Rudo Chikwanha", 60), ("Farai Ndlovu", 48), ("Chipo Dube", 30)} <= _terms(
        result
    )
    assert ("sentence", 4) in {(e.type, e.count) for e in result.events}


def test_a_colon_list_without_terms_gives_none(extract_text):
    result = extract_text(
        "Two editors were sentenced in Harare on Wednesday: Tendai Moyo and Rudo Chikwanha."
    )
    assert {("Tendai Moyo", None), ("Rudo Chikwanha", None)} <= _terms(result)


def test_a_term_after_a_life_verdict_belongs_to_the_next_name(extract_text):
    result = extract_text(
        "Militia commander Bosco Ntaganda was sentenced to life imprisonment, "
        "and his aide Jean Mudacumura to 25 years."
    )
    terms = _terms(result)
    assert ("Bosco Ntaganda", None) in terms and ("Jean Mudacumura", 300) in terms
    assert ("Bosco Ntaganda", 300) not in terms


def test_a_name_arrested_along_with_counted_others(extract_text):
    result = extract_text("Blogger Ahmed Douma was arrested on Friday along with six other activists.")
    assert ("arrest", 7) in {(e.type, e.count) for e in result.events}


# -- a gapped clause with its own term noun -------------------------------------------------


def test_a_gapped_term_noun_gives_the_second_name_its_own_term(extract_text):
    result = extract_text(
        "The regional court handed Marta Sillaste a 12-year sentence, and Jaan Kuusik an 8-year one."
    )
    terms = _terms(result)
    assert {("Marta Sillaste", 144), ("Jaan Kuusik", 96)} <= terms
    assert ("Jaan Kuusik", 144) not in terms
