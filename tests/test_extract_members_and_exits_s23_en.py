"""English members, chains and exits (session 23), in wording invented for these tests: "Among
those held were A, a student, and B, a treasurer, lawyer C said" names A and B but not the
speaker C, however the parser joined C to the list or made the list the subject of "said"; a
comma inside a closing quote ("convicted of "insulting the president," fined and freed") does
not cut the verb chain from its subject; "walked out of IK-17" is a release when the article
writes the name beside a custody word elsewhere ("the colony, IK-17", "Kaliti prison"); a rough
length of pre-trial detention ends in a release ("after nearly five months on remand"). Traps:
walking out of a shop; a plain stay in prison before a release."""

from __future__ import annotations

import pytest

from tests.extract_views import event_pairs


@pytest.mark.parametrize(
    ("text", "members", "speaker"),
    [
        (
            "Police detained 23 students in Bishkek on Friday. Among those held were Aibek Osmonov, a law "
            "student, and Nurila Sadykova, the group's treasurer, lawyer Kanat Beishenov said on Saturday.",
            ("Aibek Osmonov", "Nurila Sadykova"),
            "Kanat Beishenov",
        ),
        (
            "Troops detained 14 supporters of the opposition Green Alliance at a rally in Gulu on Sunday, "
            "the party said.\n\nAmong those detained were Okot Denis, the alliance's district chairman, and "
            "Akello Grace, a 31-year-old nurse, party spokesman Otim Moses said in a statement.",
            ("Okot Denis", "Akello Grace"),
            "Otim Moses",
        ),
    ],
)
def test_a_list_closed_by_an_attribution_names_members_not_speaker(extract_text, text, members, speaker):
    pairs = event_pairs(extract_text(text))
    assert all(("arrest", name) in pairs for name in members)
    assert ("arrest", speaker) not in pairs


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            'Dilshod Karimov was convicted of "insulting the president," fined $500 and freed in the '
            "courtroom.",
            ("release", "Dilshod Karimov"),
        ),
        (
            'A third defendant, 58-year-old Bakhtiyor Nazarov, was found guilty of "hooliganism," '
            "ordered to pay a fine, and released from custody.",
            ("release", "Bakhtiyor Nazarov"),
        ),
    ],
)
def test_a_comma_inside_a_closing_quote_keeps_the_chain_s_subject(extract_text, text, pair):
    assert pair in event_pairs(extract_text(text))


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "His family was told of the death by the colony, IK-17 near Omsk. Rinat Galeev, who shared his "
            "barracks, walked out of IK-17 in May after serving four years.",
            ("release", "Rinat Galeev"),
        ),
        (
            "Relatives waited outside Kaliti prison all day. Meron Tadesse, 30, hugged her sister moments "
            "after walking out of Kaliti.",
            ("release", "Meron Tadesse"),
        ),
    ],
)
def test_walking_out_of_a_prison_named_elsewhere_is_a_release(extract_text, text, pair):
    assert pair in event_pairs(extract_text(text))


def test_a_list_of_no_known_event_closed_by_an_attribution_joins_no_group(extract_text):
    text = (
        "Troops detained 14 supporters at a rally in Gulu on Sunday, days after a party organiser died "
        "in military custody.\n\nAmong those taken were Okot Denis, the alliance's district chairman, "
        "and Akello Grace, a nurse, party spokesman Otim Moses said in a statement."
    )
    pairs = event_pairs(extract_text(text))
    assert ("death", "Okot Denis") not in pairs
    assert ("death", "Akello Grace") not in pairs


def test_walking_out_of_a_shop_is_no_release(extract_text):
    text = "Rinat Galeev walked out of Magnit in May. He had bought bread at the Magnit store."
    assert ("release", "Rinat Galeev") not in event_pairs(extract_text(text))


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Leyla Huseynova was freed by the judge after nearly eleven months in pre-trial detention.",
            ("arrest", "Leyla Huseynova"),
        ),
        (
            "Tomas Kral was released on Monday after several weeks in pre-trial custody.",
            ("arrest", "Tomas Kral"),
        ),
    ],
)
def test_a_rough_length_of_pretrial_detention_is_a_detention(extract_text, text, pair):
    assert pair in event_pairs(extract_text(text))


def test_a_plain_stay_in_prison_before_release_is_no_arrest(extract_text):
    pairs = event_pairs(extract_text("Leyla Huseynova was freed after nearly five years in prison."))
    assert ("release", "Leyla Huseynova") in pairs
    assert ("arrest", "Leyla Huseynova") not in pairs


def test_a_quoted_charge_earlier_in_the_lead_in_line_keeps_the_verdict_list(extract_text):
    text = (
        'On May 2 a court in Ganja convicted the five of "illegal entrepreneurship", their lawyer said. '
        "The terms were as follows:\n\n"
        "Rauf Aliyev, publisher: 8 years\n"
        "Lala Guliyeva, reporter: 6 years and 6 months\n"
        "Emin Rzayev, driver: 5 years"
    )
    pairs = event_pairs(extract_text(text))
    assert {("sentence", "Rauf Aliyev"), ("sentence", "Lala Guliyeva"), ("sentence", "Emin Rzayev")} <= pairs


def test_a_quoted_lead_in_stays_outside_the_article(extract_text):
    text = (
        'The prosecutor told the court: "The sentences should be as follows:\n\n'
        "Rauf Aliyev, publisher: 8 years\n"
        'Lala Guliyeva, reporter: 6 years."'
    )
    assert ("sentence", "Rauf Aliyev") not in event_pairs(extract_text(text))
