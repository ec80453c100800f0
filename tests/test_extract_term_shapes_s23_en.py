"""Terms in shapes the session-23 census found (every sentence written for these tests): a plural
"who" the parser hangs on the last of two names ("A and B, who ran the campaign office and were
serving terms of four and seven years respectively"); a change "from N to M years" set after a
relative clause about the owner ("raised the sentence of X, who was convicted of ..., from five
to eight years"); a name after a role's place ("former mayor of the town's Kadıköy district Ayşe
Kara"). Traps: "N years of probation" is no prison term, "pardoned one of the best-known
prisoners" gives no one a term of one, and a plural "who" on "the brothers A and B" after another
defendant is the brothers' alone."""

from __future__ import annotations

import pytest

from tests.extract_views import term_pairs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Two more prisoners were freed on Monday. Also pardoned were Olga Barysava and Mikhail Kuzmich, "
            "who ran a campaign office in Homel in 2020 and were serving terms of four and seven years "
            "respectively.",
            {("Olga Barysava", 48), ("Mikhail Kuzmich", 84)},
        ),
        (
            "The regional appeals court on Thursday raised the sentence of Rinat Gabdullin, who was "
            'convicted of leading "mass unrest" in the village of Sibay in March 2024, from five to eight '
            "years in a colony with a strict regime.",
            {("Rinat Gabdullin", 60), ("Rinat Gabdullin", 96)},
        ),
        (
            "The Istanbul 4th High Criminal Court found former mayor of the town's Kadıköy district Ayşe "
            'Kara, 51, guilty of "terrorist propaganda" and sentenced her to eight years in prison.',
            {("Ayşe Kara", 96)},
        ),
    ],
)
def test_the_term_reaches_its_owner(extract_text, text, expected):
    assert expected <= term_pairs(extract_text(text))


@pytest.mark.parametrize(
    "text",
    [
        "Three other employees of the channel — cameraman Bakyt Osmonov, editor Aida Satarova and driver "
        "Nurbek Ismailov — were convicted of that charge too and given three years of probation apiece.",
        "A military court on Monday sentenced a cartoonist to four years in prison, hours after President "
        "Kassym Tokayev pardoned one of the nation's best-known jailed poets, his lawyer said.",
    ],
)
def test_probation_and_a_partitive_one_give_no_term(extract_text, text):
    assert not term_pairs(extract_text(text))


def test_a_plural_who_on_a_plural_noun_leaves_the_name_before_it_out(extract_text):
    text = (
        "The court upheld the verdicts of his three co-defendants: Karim Haddad, a 47-year-old baker "
        "from Tipaza who received three years, and the brothers Amine Saadi and Walid Saadi, who were "
        "each sentenced to 20 months."
    )
    terms = term_pairs(extract_text(text))
    assert ("Karim Haddad", 20) not in terms
    assert {("Amine Saadi", 20), ("Walid Saadi", 20)} <= terms
