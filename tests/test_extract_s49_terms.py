"""Terms, session 49 (helper terms): a list of verdicts gives each person their own term.

«A, осуждённая на 3 года, и B, который отбывал 6 лет»; "A ... received six years, and B, who had
been serving a 10-year term": the readers of each language may lend one item's term to the next
name as well. The shared assembly pass (`assemble._one_term_each`) takes it back when one
sentence gives a person two terms, one held by another person of the sentence with a term's unit
word between the two names, the other held by nobody else. Traps: terms every named person shares
("each ... up from"), and two names joined by "and" before a term changed for one of them.
"""

from __future__ import annotations

import pytest


def terms(result) -> set[tuple[str, int]]:
    by_id = {p.id: p.name for p in result.persons}
    return {
        (by_id[pid], e.term_months)
        for e in result.events
        if e.type == "sentence" and e.term_months
        for pid in e.persons
    }


# -- the next item's own term, the earlier item's term not lent to it ------------------------------


def test_english_list_item_keeps_only_its_own_term(extract_text) -> None:
    result = extract_text(
        "Two journalists pardoned\n\nJournalist Pavel Karpau, 51, who was sentenced in 2022 to five "
        "years for his articles, and activist Ihar Zhuk, 39, serving nine years since his arrest at "
        "a rally, were taken from their colonies before dawn."
    )
    assert terms(result) == {("Pavel Karpau", 60), ("Ihar Zhuk", 108)}


def test_russian_gapped_verdicts_give_each_their_own_term(run) -> None:
    result = run(
        "Суд в Баку\n\nРепортёр Айгюн Рзаева приговорена к восьми годам и шести месяцам, оператор "
        "Эльдар Гасанов — к восьми годам, а журналист Фарид Алиев получил семь с половиной лет.",
        "ru",
    )
    assert terms(result) == {("Айгюн Рзаева", 102), ("Эльдар Гасанов", 96), ("Фарид Алиев", 90)}


def test_belarusian_verdict_list_gives_each_their_own_term(be) -> None:
    result = be(
        "Суд у Гомелі\n\n28-гадовага праграміста Максіма Лявончыка пакаралі дзевяццю гадамі калоніі "
        "ўзмоцненага рэжыму, яго былая аднакурсніца Кацярына Рудак атрымала 7 гадоў і 6 месяцаў "
        "калоніі агульнага рэжыму."
    )
    assert terms(result) == {("Максім Лявончык", 108), ("Кацярына Рудак", 90)}


# -- traps: terms that are shared -------------------------------------------------------------------


def test_terms_each_person_shares_stay(extract_text) -> None:
    result = extract_text(
        "Appeal court raises terms\n\nLawyer Karim Saidi and economist Amel Gharbi were each "
        "sentenced to 20 years, up from 15."
    )
    assert terms(result) == {
        ("Karim Saidi", 180),
        ("Karim Saidi", 240),
        ("Amel Gharbi", 180),
        ("Amel Gharbi", 240),
    }


@pytest.mark.parametrize(
    ("language", "text", "first", "second"),
    [
        (
            "en",
            "Appeal in Minsk\n\nAles Kot and Ivan Lis were sentenced to five years each, and on appeal "
            "Kot's term was raised to six years.",
            "Ales Kot",
            "Ivan Lis",
        ),
        (
            "ru",
            "Апелляция\n\nАлеся Кота и Ивана Лиса приговорили к пяти годам, а Коту суд позже увеличил "
            "срок до шести лет.",
            "Алесь Кот",
            "Иван Лис",
        ),
        (
            "be",
            "Апеляцыя\n\nАлеся Ката і Івана Ліса асудзілі на пяць гадоў, а Кату пазней тэрмін "
            "павялічылі да шасці гадоў.",
            "Алесь Кат",
            "Іван Ліс",
        ),
    ],
)
def test_joined_names_keep_the_shared_term_beside_a_changed_one(run, language, text, first, second) -> None:
    # trap: nothing of a term between the two names; the first keeps both of his terms
    result = run(text, language)
    assert terms(result) == {(first, 60), (first, 72), (second, 60)}


# -- "had served N of the M he was given": the whole term is the verdict's ------------------------


def test_part_served_of_the_whole_term_given(extract_text) -> None:
    result = extract_text(
        "Belarus frees prisoners\n\nPavel Zhuk, a former railway engineer, had served just over four "
        'years of the eight and a half he was given for "treason".'
    )
    assert terms(result) == {("Pavel Zhuk", 102)}


def test_part_served_told_by_a_pronoun(extract_text) -> None:
    result = extract_text(
        "Belarus frees prisoners\n\nAmong those freed was Hanna Lis, a nurse from Hrodna. She had "
        "served almost three years of the four she was given in 2023 for sending photographs."
    )
    assert terms(result) == {("Hanna Lis", 48)}


def test_part_served_in_a_relative_clause_is_no_term(extract_text) -> None:
    result = extract_text(
        "Belarus frees prisoners\n\nIhar Kot, who had served two years of the six he was sentenced "
        "to, walked out on Friday."
    )
    assert terms(result) == {("Ihar Kot", 72)}


@pytest.mark.parametrize(
    "text",
    [
        "Ihar Kot has spent two years of the past six in prison, his wife said.",  # no term given
        "Ihar Kot was released after he had served two years of the six his lawyer had feared.",
    ],
)
def test_part_of_a_whole_no_one_was_given_is_no_term(extract_text, text) -> None:
    # trap: the whole after "of the" is no verdict
    result = extract_text("Belarus frees prisoners\n\n" + text)
    assert ("Ihar Kot", 72) not in terms(result)
