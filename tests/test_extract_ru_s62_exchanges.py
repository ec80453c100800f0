"""Session 62 (exchanges): people handed back to Ukraine in an exchange are freed home.

«Россия вернула Украине N гражданских», «X передали украинской стороне», «X вернули в Украину
при обмене» are releases (read-set gold: a release, no deportation); a spy's «передал украинской
стороне сведения», hopes of an exchange and «вернули в Украину» without an exchange are nothing.
"""

from __future__ import annotations

import pytest

from tests.test_extract_ru import counts, events
from vigil.model import Extraction

NAME = "Тарас Гнатюк"
LEAD = "Жителя Херсона Тараса Гнатюка в 2023 году задержали и осудили на семь лет. "


def _ru(run, text: str) -> Extraction:
    return run("Новости\n\n" + text, "ru")


@pytest.mark.parametrize(
    "text",
    [
        LEAD + "В субботу Гнатюка передали украинской стороне на пункте пропуска.",
        LEAD + "Осенью Гнатюк был передан Украине вместе с группой земляков.",
        LEAD + "Весной Гнатюка вернули в Украину в рамках обмена пленными.",
    ],
)
def test_handed_back_to_ukraine_is_a_release_not_a_deportation(run, text):
    found = events(_ru(run, text))
    assert ("release", NAME) in found
    assert ("deportation", NAME) not in found


def test_a_counted_group_returned_to_ukraine_is_a_counted_release(run):
    text = "В пятницу Россия вернула Украине 11 мирных жителей, сообщил омбудсмен."
    assert ("release", 11) in counts(_ru(run, text))


@pytest.mark.parametrize(
    "text",
    [
        LEAD + "По версии ФСБ, Гнатюк передал украинской стороне схемы мостов.",
        LEAD + "По версии ФСБ, Гнатюк передавал Украине сведения о колоннах.",
        LEAD + "Родные надеются, что Гнатюка передадут украинской стороне при следующем обмене.",
        LEAD + "Жена Гнатюка просит включить его в списки на обмен.",
    ],
)
def test_a_spy_charge_or_a_hope_of_an_exchange_is_no_release(run, text):
    assert ("release", NAME) not in events(_ru(run, text))
