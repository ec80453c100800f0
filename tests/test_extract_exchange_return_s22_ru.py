"""Russian family of session 22: a return home told with the exchange it came by is a release
(«вернулась домой в результате обмена», «в ходе обмена вернулись 12 гражданских», «по обмену
вернулся X», «вернувшийся по обмену X»), as «вернулся из плена» already was. Hopes, the
future, negation and an exchange only talked about give nothing. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from tests.test_extract_ru import counts, events


@pytest.mark.parametrize(
    "text",
    [
        "Санитарка Дарина Гуцол вернулась домой в результате обмена пленными.",
        "Санитарка Дарина Гуцол, вернувшаяся по обмену в прошлом году, дала интервью.",
        "Во время августовского обмена на родину вернулась и санитарка Дарина Гуцол.",
    ],
)
def test_a_return_by_exchange_is_a_release(run, text):
    assert events(run(text, "ru")) == {("release", "Дарина Гуцол")}


def test_a_counted_group_back_by_exchange_with_a_member(run):
    result = run(
        "В мае в ходе обмена на подконтрольную Киеву территорию вернулись 14 гражданских, "
        "среди них санитарка Дарина Гуцол.",
        "ru",
    )
    assert events(result) == {("release", "Дарина Гуцол")}
    assert counts(result) == {("release", 14)}


@pytest.mark.parametrize(
    "text",
    [
        "Санитарка Дарина Гуцол может вернуться домой в ходе следующего обмена.",
        "Родные надеются, что Дарина Гуцол вернётся домой по обмену.",
        "Санитарка Дарина Гуцол не вернулась домой в ходе обмена.",
        "Санитарка Дарина Гуцол вернулась из командировки и рассказала об обмене пленными.",
    ],
)
def test_hoped_denied_or_unrelated_returns_give_nothing(run, text):
    assert events(run(text, "ru")) == set()
