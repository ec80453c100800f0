"""Terms told in a wire lead of someone unnamed and the name given in the next paragraph (session
23), on sentences written for these tests: the lead sits below a byline and a dateline line; the
introduction is reported ("X, 41, was convicted ..., her lawyer told AFP"); the name is the object
of the verdict further into its sentence ("The provincial court convicted X, 38, of ...", "found X
guilty"); an article the parser hangs on a plural owner ("a well-known miners' union organiser").
Traps: a relative named after the one convicted is not the lead's person, and a headline whose
person the lead already names gives its term to nobody else."""

from __future__ import annotations

import pytest

from tests.extract_views import term_pairs


@pytest.mark.parametrize(
    ("text", "term"),
    [
        (
            "Laos jails poet for 6 years over online verse\n\n"
            "By SOMPHONE KEO Associated Press\n\n"
            "VIENTIANE, Laos (AP) —\n\n"
            "A provincial court in central Laos on Monday sentenced a poet to six years in prison over "
            "verses he posted online, a relative said.\n\n"
            "The Savannakhet Provincial Court convicted Bounmy Sisavath, 38, of slandering the state under "
            "Article 117. The prosecution had asked for nine years.",
            ("Bounmy Sisavath", 72),
        ),
        (
            "Laos jails poet for 6 years over online verse\n\n"
            "By SOMPHONE KEO Associated Press\n\n"
            "VIENTIANE, Laos (AP) —\n\n"
            "A provincial court in central Laos on Monday sentenced a poet to six years in prison over "
            "verses he posted online.\n\n"
            "The Savannakhet Provincial Court found Bounmy Sisavath, 38, guilty of slandering the state, his "
            "sister said.",
            ("Bounmy Sisavath", 72),
        ),
        (
            "Tunisian court jails rapper for three years\n\n"
            "TUNIS, May 6 (AFP) - A military court on Tuesday sentenced a rapper who mocked the police in a "
            "song to three years in prison, a day after President Kais Saied pardoned a jailed poet, lawyers "
            "said.\n\n"
            "Amine Belhaj, 24, was convicted by the court in Bab Saadoun over a video filmed at a concert, "
            "his lawyer Rania Gharbi told AFP.",
            ("Amine Belhaj", 36),
        ),
        (
            "Iranian miners' leader handed five-year term\n\n"
            "By Sara Tehrani\n\n"
            "DUBAI, June 2 (Reuters) - A Revolutionary Court has sentenced a well-known miners' union "
            "organiser to five years in prison, his lawyer told reporters on Monday.\n\n"
            "Reza Kamali, 49, a former shift foreman from Kerman who led strikes at a copper mine, was also "
            "barred from union work for two years, lawyer Hamid Rostami told Reuters.",
            ("Reza Kamali", 60),
        ),
    ],
)
def test_the_lead_term_goes_to_the_person_named_next(extract_text, text, term):
    assert term in term_pairs(extract_text(text))


def test_a_relative_named_after_the_one_convicted_does_not_take_the_lead_term(extract_text):
    text = (
        "Laos jails poet for 6 years over online verse\n\n"
        "By SOMPHONE KEO Associated Press\n\n"
        "VIENTIANE, Laos (AP) —\n\n"
        "A provincial court in central Laos on Monday sentenced a poet to six years in prison over verses "
        "he posted online.\n\n"
        "The Savannakhet Provincial Court found Bounmy Sisavath, 38, guilty under Article 117 of Laos's "
        "penal code after a trial that took one morning.\n\n"
        "Bounmy's cousin, Khamla Sisavath, 30, who shared the poems, was sentenced to two years."
    )
    terms = term_pairs(extract_text(text))
    assert ("Khamla Sisavath", 72) not in terms
    assert ("Khamla Sisavath", 24) in terms


def test_a_headline_whose_person_the_lead_names_gives_nobody_else_its_term(extract_text):
    text = (
        "Court jails editor for 12 years, convicts six others\n\n"
        "ALGIERS — A criminal court in Algiers on Monday convicted seven defendants, handing newspaper "
        "editor Karim Benali 12 years in prison, defence lawyers said.\n\n"
        "The court gave reporter Samir Haddad six years and sent cartoonist Lina Bouzid, 31, to prison "
        "for four years."
    )
    terms = term_pairs(extract_text(text))
    assert ("Lina Bouzid", 144) not in terms
    assert ("Samir Haddad", 144) not in terms
