"""English arrests told in passing (session 47, `arrests`): one person's custody dated from its
start ("who has been behind bars since March", "has been held since January") and a person taken
from home or work ("who was taken from her flat in February 2024"), in wordings invented for these
tests, beside the verdict, release or death the article is about. Each with traps that must stay
without the arrest: a named prison between ("held at El Helicoide since August"), a group or a
statistic, a "since" that names no time, an active "held", a hostage, a thing taken, a patient
moved."""

from __future__ import annotations

import pytest

from tests.extract_views import event_pairs

# --- "has been held / behind bars / in prison since <date>": custody dated from its start ---------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The appeals court in Oran upheld a four-year sentence against the blogger Karim Benali, "
            "who has been behind bars since March.",
            "Karim Benali",
        ),
        (
            "A court in Kutaisi sentenced Tamar Beridze to three years. Beridze has been held since January.",
            "Tamar Beridze",
        ),
        (
            "On Friday a district court released on probation Rustam Nazarov, a teacher who had been held "
            "since September on charges of insulting the president.",
            "Rustam Nazarov",
        ),
        (
            "Pavel Zhuk was pardoned on Monday. Zhuk, 41, had been behind bars since June 2021, when "
            "officers searched his flat.",
            "Pavel Zhuk",
        ),
        (
            "Pensioner Oleg Sorokin, 70, has died in a remand prison in Tula, where he had been held since "
            "October on charges of spreading fakes.",
            "Oleg Sorokin",
        ),
        (
            "Pensioner Oleg Sorokin, 70, has died in SIZO-2 in Tula, where he had been held since October.",
            "Oleg Sorokin",
        ),
        (
            "Among those still in detention is Mateo Coc, a community leader held since 2022 over a land "
            "dispute; he was moved to a hospital last month.",
            "Mateo Coc",
        ),
        (
            "The court sentenced Lina Haddad to five years. She has been in prison since 2019.",
            "Lina Haddad",
        ),
        (
            "A court in Busan jailed Kang Min-ho on Monday. Kang Min-ho has been in jail since 2022.",
            "Kang Min-ho",
        ),
    ],
)
def test_custody_dated_from_its_start_is_an_arrest(extract_text, text, name) -> None:
    assert ("arrest", name) in event_pairs(extract_text(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a named prison or another place between: a stay somewhere (the census: 1 of 7 annotated)
        (
            "Rafael Ortega was freed on Monday. Ortega had been held at El Helicoide since August 2024.",
            "Rafael Ortega",
        ),
        (
            "Among the freed was Sofia Lara, who had been held in La Esperanza women's prison since 2023.",
            "Sofia Lara",
        ),
        ("Jonas Vale died on Sunday. He had been held there since 2022 awaiting trial.", "Jonas Vale"),
        (
            "The court sentenced Lina Haddad to five years. She has been in Evin prison since 2019.",
            "Lina Haddad",
        ),
        # a "since" that names no time, an active "held", a hostage
        (
            "The authorities released 41 people who had been held since the protests, among them Ana Diaz.",
            "Ana Diaz",
        ),
        ("The poet Ana Diaz was freed on Monday. She has held the post of editor since 2019.", "Ana Diaz"),
        ("Olga Petrova was freed. She had been held hostage since May by the rebels.", "Olga Petrova"),
        # a death in a prison or colony: the held-since dates the term served there
        (
            "In May the farmer Tomas Reyes died in Tipitapa prison, where he had been held since 2023.",
            "Tomas Reyes",
        ),
    ],
)
def test_a_stay_somewhere_or_no_start_stays_without_an_arrest(extract_text, text, name) -> None:
    assert ("arrest", name) not in event_pairs(extract_text(text))


@pytest.mark.parametrize(
    "text",
    [
        "Ana Diaz was freed on Monday. Eurovision has been held since 1956.",
        "A court freed Ana Diaz on Monday. Festival has been held since 2005 in the town.",
    ],
)
def test_a_thing_held_since_is_no_arrest(extract_text, text) -> None:
    assert not any(e.type == "arrest" for e in extract_text(text).events)


def test_a_counted_group_held_since_gets_no_count(extract_text) -> None:
    result = extract_text(
        "A court freed Ana Diaz on Monday. More than 25 journalists have been held since 2023."
    )
    assert ("arrest", "Ana Diaz") not in event_pairs(result)
    assert all(e.count != 25 for e in result.events)


# --- "taken from her flat": a person taken from home or work -------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "A court in Melitopol jailed Olena Savchuk for 12 years. Savchuk, who was taken from her flat "
            "in February 2024, denies the charges.",
            "Olena Savchuk",
        ),
        (
            "The retired officer Octavio Ruiz died in custody in February 2022, eight months after he was "
            "taken from his home.",
            "Octavio Ruiz",
        ),
        (
            "Daw Khin Lay was freed on Monday. She was taken from her home in the early hours of the coup, "
            "and a court later jailed her for 20 years.",
            "Daw Khin Lay",
        ),
    ],
)
def test_taken_from_home_is_an_arrest(extract_text, text, name) -> None:
    assert ("arrest", name) in event_pairs(extract_text(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ivan Petrov was freed in May. He was taken from his home to hospital in June.", "Ivan Petrov"),
        ("Ivan Petrov was freed in May. In June he was taken from his home by ambulance.", "Ivan Petrov"),
        ("Ivan Petrov was freed in May. Documents were taken from his flat in June.", "Ivan Petrov"),
        ("Ivan Petrov was freed in May. He was taken from the colony to the border.", "Ivan Petrov"),
    ],
)
def test_a_patient_moved_or_a_thing_taken_stays_without_an_arrest(extract_text, text, name) -> None:
    assert ("arrest", name) not in event_pairs(extract_text(text))
