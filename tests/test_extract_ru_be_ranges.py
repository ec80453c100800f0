"""A range of terms over a group states a verdict but no one's term; Belarusian surnames in -й
and organisations named by adjectives. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.test_extract_ru import counts, events, terms


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Все девять обвиняемых по делу анархистов получили от четырёх до семи лет колонии.", "ru"),
        ("Усе дзевяць абвінавачаных па справе анархістаў атрымалі ад чатырох да сямі гадоў калоніі.", "be"),
    ],
)
def test_a_range_of_terms_counts_the_group_without_a_term(run, text, language):
    result = run(text, language)
    assert counts(result) == {("sentence", 9)}
    assert not terms(result)


def test_named_people_given_a_range_get_the_verdict_but_no_term(run):
    result = run("Олег Бурак и Софья Лешко получили от двух до пяти лет колонии.", "ru")
    assert events(result) == {("sentence", "Олег Бурак"), ("sentence", "Софья Лешко")}
    assert not terms(result)


def test_a_threatened_range_is_still_no_sentence(run):
    assert not events(run("Олегу Бураку грозит от двух до пяти лет колонии.", "ru"))


@pytest.mark.parametrize(
    "text",
    [
        "Суд вынес прысуд Юрыю Шалаю ў панядзелак.",
        "Сваякі не бачылі Юрыя Шалая з вясны.",
        "З Юрыем Шалаем не дазволілі сустрэцца.",
    ],
)
def test_a_belarusian_surname_in_j_declines_as_a_soft_stem(run, text):
    assert {p.name for p in run(text, "be").persons} == {"Юрый Шалай"}


def test_an_organisation_named_by_adjectives_is_no_person(run):
    result = run("Пра затрыманне Юрыя Шалая паведаміў Беларускі Хельсінкскі камітэт.", "be")
    assert {p.name for p in result.persons} == {"Юрый Шалай"}
