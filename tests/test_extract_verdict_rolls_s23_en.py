"""Verdict lists one line per defendant (session 23), on sentences written for these tests: a
lead-in sentence after quoted charges in its own paragraph ("... on charges of "fraud" and
"tax evasion". The terms handed down were as follows:") and lines "Name, role: N years"; a
surname the tagger reads as an adverb ("- Elnur Shukurlu, economist, to seven years;"). Trap: the
prosecution's requests in the same shape give nothing."""

from __future__ import annotations

from tests.extract_views import term_pairs

_ROLL = (
    "Court in Baku jails four staff of Meydan Press\n\n"
    'On May 3, a Baku court convicted the four of "smuggling by an organised group" and "tax evasion", '
    "their lawyer said by telephone. The terms handed down were as follows:\n\n"
    "Leyla Hasanova, Meydan Press director: 9 years\n"
    "Orkhan Aliyev, photographer: 8 years\n"
    "Gunel Mammadova, reporter: 6 years and 6 months\n"
    "Tofig Karimov, driver: 5 years\n"
)


def test_a_roll_of_name_role_and_term_after_a_paragraph_with_quoted_charges(extract_text):
    terms = term_pairs(extract_text(_ROLL))
    assert {
        ("Leyla Hasanova", 108),
        ("Orkhan Aliyev", 96),
        ("Gunel Mammadova", 78),
        ("Tofig Karimov", 60),
    } <= terms


def test_a_surname_tagged_as_an_adverb_keeps_its_line(extract_text):
    text = (
        "The appeals court in Baku upheld the verdicts on Friday. The court sentenced:\n\n"
        "- Rashad Babayev, camera operator, to eight years;\n"
        "- Elnur Shukurlu, economist and columnist, to seven years;\n"
        "- Aytan Ismayilova, accountant, to six years.\n"
    )
    terms = term_pairs(extract_text(text))
    assert {("Elnur Shukurlu", 84), ("Aytan Ismayilova", 72)} <= terms


def test_the_prosecution_s_requests_in_the_same_shape_give_nothing(extract_text):
    text = (
        'On May 3, prosecutors accused the four of "smuggling by an organised group" and "tax evasion". '
        "The prosecution asked the court for these terms:\n\n"
        "Leyla Hasanova, Meydan Press director: 12 years\n"
        "Orkhan Aliyev, photographer: 10 years\n"
    )
    assert not term_pairs(extract_text(text))
