"""Arrests told in passing, second round (session 48, `arrests`), in wordings invented for these
tests, each with traps that must stay without the arrest:

* one person "taken away" with nothing more ("a member of the platform who was taken away with
  him", "stopped at a checkpoint and taken away"): not a thing, not a taking to a place, not by
  anyone named, not from a courtroom, not in a sentence that tells the verdict;
* a phrase set off after a person that dates a stay in prison from its start ("X, in prison since
  a wave of arrests in February 2023,"): not a named prison, not a phrase that runs on unclosed;
* Belarusian «узялі ў 2021 годзе»: «took» with the year right after it, as with the month; not
  «узялі на працу».
"""

from __future__ import annotations

import pytest

from tests.extract_views import event_pairs

# --- "taken away": one person, no place, agent or verdict ----------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Police detained the activist Raul Obiang on 3 June. Trinidad Nchama Esono, a fellow member of "
            "the platform who was taken away with him, was released without charge on 5 June.",
            "Trinidad Nchama Esono",
        ),
        (
            "The family of Saman Heidari, 23, say he died in custody on Tuesday, four days after he was "
            "stopped at a checkpoint and taken away.",
            "Saman Heidari",
        ),
        (
            "The poet Tursun Kadir was freed on Monday. He had been taken away in March, his sister said.",
            "Tursun Kadir",
        ),
    ],
)
def test_one_person_taken_away_is_an_arrest(extract_text, text, name) -> None:
    assert ("arrest", name) in event_pairs(extract_text(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a convict led off after the verdict
        (
            "The court sentenced Anna Petrova to four years. She was taken away from the courtroom.",
            "Anna Petrova",
        ),
        ("Blogger Olga Sidorova was sentenced to three years on Monday and taken away.", "Olga Sidorova"),
        # a patient moved, a place said, someone named who took him
        (
            "Amir Rahimi died in hospital on Friday. He had been taken away to hospital on Monday after "
            "collapsing in his cell.",
            "Amir Rahimi",
        ),
        (
            "Nadia Haddad, 7, was taken away from her mother by social services, the family's lawyer said.",
            "Nadia Haddad",
        ),
    ],
)
def test_a_convict_led_off_or_a_patient_moved_is_no_arrest(extract_text, text, name) -> None:
    assert ("arrest", name) not in event_pairs(extract_text(text))


def test_a_she_taken_away_in_what_a_named_person_says_is_left(extract_text) -> None:
    # "she" may be the speaker or her mother: the bare taking gives neither an arrest
    result = extract_text(
        "Officers detained the lawyer Salma Haddad at her office on Monday. Haddad's daughter Leila told "
        'reporters that her mother had been "calm, even smiling" as she was taken away.'
    )
    assert ("arrest", "Leila Haddad") not in event_pairs(result)
    assert ("arrest", "Leila") not in event_pairs(result)


def test_a_thing_taken_away_is_no_arrest(extract_text) -> None:
    result = extract_text(
        'A woman held up a placard reading "Books are not a crime" at a reading of Lev Orlov\'s poems. '
        "It was taken away within a minute."
    )
    assert not any(e.type == "arrest" for e in result.events)


def test_a_family_taken_away_is_no_one_person(extract_text) -> None:
    result = extract_text(
        "The blogger Ilya Sokolov was freed on Monday. His neighbours, a family who was taken away in "
        "March, are still missing."
    )
    assert ("arrest", "Ilya Sokolov") not in event_pairs(result)


# --- "X, in prison since <date or arrest>,": a stay dated from its start, set off ----------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "An appeals court in Tunis raised the sentences on Friday. Opposition figure Karim Mansour, in "
            "prison since a wave of arrests in February 2023, saw his term raised from 18 to 28 years.",
            "Karim Mansour",
        ),
        (
            "The poet Ahmed Saleh, behind bars since March 2022, was sentenced to five years on Monday.",
            "Ahmed Saleh",
        ),
        (
            "The blogger Nadia Amrani, in jail since her arrest in June, was given three years.",
            "Nadia Amrani",
        ),
        (
            "A court in Dushanbe sentenced the blogger Firuz Rahimov to 12 years on Friday. The 52-year-old, "
            "in custody since October 2025, was convicted behind closed doors.",
            "Firuz Rahimov",
        ),
    ],
)
def test_a_stay_set_off_and_dated_is_an_arrest(extract_text, text, name) -> None:
    assert ("arrest", name) in event_pairs(extract_text(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The poet Ahmed Saleh, in Evin prison since March 2022, was sentenced to five years on Monday.",
            "Ahmed Saleh",
        ),
        (
            "The poet Ahmed Saleh, in prison since the protests, was sentenced to five years on Monday.",
            "Ahmed Saleh",
        ),
    ],
)
def test_a_named_prison_or_no_start_stays_without_an_arrest(extract_text, text, name) -> None:
    assert ("arrest", name) not in event_pairs(extract_text(text))


# --- Belarusian «узялі ў 2021 годзе» -----------------------------------------------------------------


def test_be_taken_in_a_year_is_an_arrest(be) -> None:
    result = be(
        "Памілаваны Яўген Сухадолаў выйшаў на волю ў чацвер. Сухадолава, уладальніка сеткі кавярняў, "
        "узялі ў 2021 годзе ў аэрапорце, калі ён вяртаўся з Варшавы, і пазьней асудзілі да дзевяці гадоў."
    )
    assert ("arrest", "Яўген Сухадолаў") in event_pairs(result)


@pytest.mark.parametrize(
    "text",
    [
        "Палітвязня Андрэя Коваля вызвалілі ў панядзелак. Пасля вызвалення яго ўзялі ў 2023 годзе на "
        "працу ў аўтапарк.",
        "Андрэя Коваля вызвалілі ў панядзелак. На завод яго не ўзялі ў 2023 годзе.",
    ],
)
def test_be_taken_on_at_work_is_no_arrest(be, text) -> None:
    assert ("arrest", "Андрэй Коваль") not in event_pairs(be(text))
