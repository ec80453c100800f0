"""English event recall through names and descriptions (session 23), in wording invented for
these tests: a given name shaped like an English past form opening a sentence ("Jamshed",
"Naveed") is part of the name, not a verb before it; "bint" / "binti" join an Arabic or Malay
name as "bin" does; a "who" clause the parser hangs on a thing inside a description ("a pensioner
fined for donating money to the fund, who died ...") is the person's; a person held "since" a
date or an arrest who died was held when they died. Traps: an English verb opening the sentence
stays outside the name; a detention that ended, or a death at home, is no death in custody."""

from __future__ import annotations

import pytest

from tests.extract_views import event_pairs


def _names(result) -> set[str]:
    return {p.name for p in result.persons}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Jamshed Rahimzoda, a lawyer for several opposition members, was detained in 2016 at his office.",
            ("arrest", "Jamshed Rahimzoda"),
        ),
        (
            "Naveed Qureshi was sentenced on Tuesday to seven years in prison by an anti-terrorism court.",
            ("sentence", "Naveed Qureshi"),
        ),
        (
            "Rasheed Al-Tamimi walked free from the central jail late on Thursday, his brother said.",
            ("release", "Rasheed Al-Tamimi"),
        ),
    ],
)
def test_a_given_name_shaped_like_a_past_form_opens_the_name(extract_text, text, pair):
    assert pair in event_pairs(extract_text(text))


def test_an_english_verb_opening_the_sentence_stays_outside_the_name(extract_text):
    result = extract_text("Reporting from the border, Lena Fischer said the crossing was closed.")
    assert "Reporting Lena Fischer" not in _names(result)
    assert not any(n.startswith("Reporting") for n in _names(result))


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Noura bint Saleh al-Qahtani, 29, a teacher from Jeddah, was arrested in March over her posts.",
            ("arrest", "Noura bint Saleh al-Qahtani"),
        ),
        (
            "A court in Riyadh sentenced Hessa bint Fahd al-Otaibi to 18 years in jail over her tweets.",
            ("sentence", "Hessa bint Fahd al-Otaibi"),
        ),
        (
            "Siti Aminah binti Hassan was released from Kajang prison on Friday after a royal pardon.",
            ("release", "Siti Aminah binti Hassan"),
        ),
    ],
)
def test_bint_and_binti_join_the_name_as_bin_does(extract_text, text, pair):
    assert pair in event_pairs(extract_text(text))


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "The latest was Pavel Marchuk, 58, a driver from Lida fined for sending 15 euros to a "
            "strike fund, who died in the medical unit of Penal Colony No. 9 in October.",
            ("death", "Pavel Marchuk"),
        ),
        (
            "Her uncle Oleg Savchenko, a farmer jailed for posting a song to a video channel, who died "
            "in a prison hospital last winter, was 66.",
            ("death", "Oleg Savchenko"),
        ),
        (
            "Kato Lwanga, 41, a union organiser who had been held ever since his arrest in March, died at an "
            "army base outside the capital on Monday, his party said.",
            ("death", "Kato Lwanga"),
        ),
        (
            "Ali Nurmatov, who had been held since 2022, died in a military hospital on Friday, his "
            "lawyer said.",
            ("death", "Ali Nurmatov"),
        ),
    ],
)
def test_a_who_clause_past_a_description_or_a_detention_held_since_tells_the_death(extract_text, text, pair):
    assert pair in event_pairs(extract_text(text))


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Ivan Petrov, who had been held since May, died at home in July.", ("death", "Ivan Petrov")),
        (
            "Ivan Petrov, who had been held since May and freed in June, died in a clinic in July.",
            ("death", "Ivan Petrov"),
        ),
    ],
)
def test_a_detention_that_ended_or_a_death_at_home_is_no_death_in_custody(extract_text, text, absent):
    assert absent not in event_pairs(extract_text(text))
