"""«X вместе с другими 51 политзаключённым», «разам з іншымі 51 палітвязнем»: the named
person and N others are N plus one, and the group goes with that event only, not with a later
event of the same person in the sentence. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.test_extract_ru import counts, events


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Бывший кандидат в президенты Николай Статкевич, которого освободили 11 сентября "
            "вместе с другими 51 политзаключённым, отказался уезжать из Беларуси.",
            "ru",
            ("release", 52),
        ),
        (
            "Былы кандыдат у прэзідэнты Мікалай Статкевіч, якога вызвалілі 11 верасня разам з "
            "іншымі 51 палітвязнем, адмовіўся выязджаць з Беларусі.",
            "be",
            ("release", 52),
        ),
        (
            "Міліцыя затрымала Марыю Калеснікаву разам з іншымі трыма актывістамі.",
            "be",
            ("arrest", 4),
        ),
    ],
)
def test_a_named_person_with_n_others_counts_n_plus_one(run, text, language, expected):
    assert counts(run(text, language)) == {expected}


def test_the_group_with_a_named_person_stays_with_its_own_event(run):
    result = run(
        "Мікалай Статкевіч, якога вызвалілі 11 верасня разам з іншымі 51 палітвязнем, адмовіўся "
        "выязджаць з Беларусі і быў вернуты ў калонію.",
        "be",
    )
    assert {("release", "Мікалай Статкевіч"), ("arrest", "Мікалай Статкевіч")} <= events(result)
    assert counts(result) == {("release", 52)}


def test_two_verbs_of_one_group_still_share_its_count(run):
    # the trap the rule above must not break: «вызвалілі і вывезлі … разам з 13 іншымі»
    result = run("Яго вызвалілі і вывезлі ў Літву разам з 13 іншымі палітвязнямі.", "be")
    assert ("deportation", 14) in counts(result) or ("deportation", 13) in counts(result)


def test_approximate_others_carry_no_count(run):
    result = run("Николая Статкевича освободили вместе с более чем 50 другими политзаключёнными.", "ru")
    assert counts(result) == set()
