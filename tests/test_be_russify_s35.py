"""The russified parse switched on (session 35): the Belarusian rules its conjoined verbs need.

Once Belarusian is parsed through its Russian-like surface (`be/russify.py`), two verbs of one
sentence are conjoined and the second shares the first one's named person. Two classes the
Russian rules guard and Belarusian did not: the later verb's own object is someone else,
unnamed (others, the rest, an ordinal, a relative: `_own_unnamed_object`), and a number in the
clause before a comma is not the later verb's term (`_fronted_words`). Each family runs with
the russified parse on and off. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests import test_be_russify_s34 as s34
from tests.test_extract_ru import counts, events, terms

# the switch's fixtures: Belarusian with the russified parse on, off, and both in turn
be_russified, be_plain, be = s34.be_russified, s34.be_plain, s34.be

# -- the later verb's own object is someone else, unnamed: it shares no name ---------------------

_OWN_OBJECT = [
    (
        "Міхася Шалаша затрымалі ў аўторак, а яго жонку адпусцілі пасля допыту.",
        ("arrest", "Міхась Шалаш"),
        "release",
    ),
    (
        "Ірыну Дуброўскую вызвалілі ў чэрвені, а потым затрымалі яе мужа.",
        ("release", "Ірына Дуброўская"),
        "arrest",
    ),
    (
        "Алега Качана вызвалілі ў пятніцу, а праз дзень вывезлі ў Польшчу іншых.",
        ("release", "Алег Качан"),
        "deportation",
    ),
    (
        "Паўла Жылку асудзілі ў Гомелі, а другога фігуранта справы вызвалілі.",
        ("sentence", "Павел Жылка"),
        "release",
    ),
    ("Зінаіду Белую памілавалі, потым дачку затрымалі на мяжы.", ("release", "Зінаіда Белая"), "arrest"),
    (
        "Антона Стэльмаха вызвалілі з калоніі, але іх сына асудзілі на два гады.",
        ("release", "Антон Стэльмах"),
        "sentence",
    ),
]


@pytest.mark.parametrize(("text", "held", "other"), _OWN_OBJECT)
def test_a_later_verbs_own_unnamed_object_keeps_its_event(be_russified, text, held, other):
    """The rule reads the parse's object of the later verb: with the switch off the Belarusian
    parse seldom has it (and «а яго жонку», «а другога фігуранта» still share there)."""
    found = events(be_russified(text))
    assert held in found
    assert (other, held[1]) not in found


_SHARED = [
    # no object of its own: the second verb is told of the same person
    (
        "Аляксея Ганчара вызвалілі, але праз два дні затрымалі зноў.",
        {("release", "Аляксей Ганчар"), ("arrest", "Аляксей Ганчар")},
    ),
    (
        "Святлану Ждан памілавалі і вывезлі ў Літву разам з сынам.",
        {("release", "Святлана Ждан"), ("deportation", "Святлана Ждан")},
    ),
    # its own object is the same person, a pronoun
    (
        "Таццяну Мароз затрымалі ў траўні, а ў жніўні асудзілі яе на два гады.",
        {("arrest", "Таццяна Мароз"), ("sentence", "Таццяна Мароз")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), _SHARED)
def test_a_later_verb_with_no_other_object_shares_the_name(be, text, expected):
    assert expected <= events(be(text))


def test_a_named_relative_takes_the_later_verb(be):
    """Trap: the relative is named: the later verb is that one's, not the first person's."""
    found = events(be("Пятра Бойку вызвалілі, а яго брата Андрэя Бойку затрымалі."))
    assert ("release", "Пётр Бойка") in found
    assert ("arrest", "Пётр Бойка") not in found


# -- a number in the clause before a comma is not the later verb's term --------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Абвінавачванне прасіла сем гадоў, суд асудзіў Рыгора Вала.", {}),
        ("Следства доўжылася два гады, у выніку суд асудзіў Кірыла Мельніка.", {}),
        # control: a term in the verb's own clause, fronted
        ("На чатыры гады калоніі асудзілі Дзяніса Лютага.", {"Дзяніс Люты": 48}),
        ("Пракурор прасіў пяць гадоў, а суд асудзіў Ніну Гук на тры гады.", {"Ніна Гук": 36}),
    ],
)
def test_a_number_before_the_clause_is_no_term(be, text, expected):
    assert terms(be(text)) == expected


def test_counts_unchanged_by_the_clause_rule(be):
    """Control: a fronted count of the verb's own clause still counts."""
    found = be("Восем палітвязняў вызвалілі ў суботу, і ўсіх іх вывезлі ў Літву.")
    assert ("release", 8) in counts(found)
