"""English events (session 38, the syn28b census and the English read sets' "person found with
one event but missing another"), in wording invented for these tests: an event noun after
'until'/'before' that bounds a past clause ("worked as a courier until his arrest"), also when the
parser reads the preposition as the clause's mark, and when the clause hangs on the first of two
names; a fronted 'Before her arrest,' owned by the clause's subject; a bare 'jailed' describing a
person beside a verdict told apart; a name set off after a role noun's chain of phrases; time
spent in pre-trial detention after 'Having'. (A stay dated from its start, "held since 2021",
"behind bars since March", stays a state: sessions 21's and earlier tests keep it so.)"""

from __future__ import annotations

import pytest

from tests.extract_views import event_pairs

# -- an event noun bounding a past clause: 'until his arrest', 'before her detention' -------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Rustam Nazarov ran a small print shop in Khujand until his arrest in March 2023.",
            ("arrest", "Rustam Nazarov"),
        ),
        (
            "The accused were Bekzod Umarov and Timur Rakhimov, 24, who until his arrest drove a taxi "
            "in Samarkand.",
            ("arrest", "Timur Rakhimov"),
        ),
        (
            "Before her detention, the chemist Aliya Seitova had worked at a college in Shymkent.",
            ("arrest", "Aliya Seitova"),
        ),
        (
            "Prosecutors said the poet Emre Yalcin had removed the verses from his blog shortly before "
            "his arrest.",
            ("arrest", "Emre Yalcin"),
        ),
        (
            "Tamara Gelashvili taught music in Kutaisi until her deportation to Armenia last year.",
            ("deportation", "Tamara Gelashvili"),
        ),
        (
            "Until his release in October, the farmer Ivo Sandoval was kept in a cell with 30 men.",
            ("release", "Ivo Sandoval"),
        ),
    ],
)
def test_event_noun_bounding_a_past_clause(extract_text, text, pair) -> None:
    assert pair in event_pairs(extract_text(text))


@pytest.mark.parametrize(
    "text",
    [
        "Activist Rustam Nazarov will stay in the colony until his release in 2027.",
        "Rustam Nazarov hopes to see his daughter before his deportation.",
        "Rustam Nazarov wanted to finish the novel before his arrest, his wife said.",
        "The judge ordered that Rustam Nazarov be kept in custody until his trial.",
        "Rustam Nazarov must serve two more years before his release.",
    ],
)
def test_event_noun_bounding_a_plan_is_no_event(extract_text, text) -> None:
    pairs = event_pairs(extract_text(text))
    assert not {p for p in pairs if p[0] in ("release", "deportation")}
    assert ("arrest", "Rustam Nazarov") not in pairs or "custody" in text


def test_the_relative_clause_of_the_second_name_is_not_the_firsts(extract_text) -> None:
    pairs = event_pairs(
        extract_text(
            "In the dock sat Nodir Karimov, 30, a welder, and Farrukh Aliev, 22, who until his "
            "arrest studied law."
        )
    )
    assert ("arrest", "Farrukh Aliev") in pairs
    assert ("arrest", "Nodir Karimov") not in pairs


# -- a bare 'jailed' describing a person: when they were locked up -------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Authorities freed the activist Laila Nasser, who was jailed in 2021 over tweets, her "
            "brother said.",
            "Laila Nasser",
        ),
        ("Gusev, jailed in 2022, had been given a 16-year term on terrorism charges.", "Gusev"),
        (
            "Among those freed was Dmitri Orlov, a cameraman who was jailed in 2023 and later "
            "sentenced to six years.",
            "Dmitri Orlov",
        ),
    ],
)
def test_bare_jailed_describing_a_person_is_an_arrest(extract_text, text, name) -> None:
    assert ("arrest", name) in event_pairs(extract_text(text))


@pytest.mark.parametrize(
    "text",
    [
        "Karimi, who was jailed for five years in 2020, was freed on Monday.",
        "A court in Tashkent jailed the blogger Hamid Karimi on Monday.",
        "The pastor Hamid Karimi, who was jailed by a military court in 2019, died on Sunday.",
        "The cleric Hamid Karimi, jailed by the state since 1999, is serving a life sentence.",
    ],
)
def test_jailed_by_a_court_or_for_a_term_stays_a_sentence(extract_text, text) -> None:
    pairs = event_pairs(extract_text(text))
    name = "Karimi" if text.startswith("Karimi") else "Hamid Karimi"
    assert ("sentence", name) in pairs
    assert ("arrest", name) not in pairs


# -- a name set off after a role noun's chain of phrases -----------------------------------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "A court in Osh sentenced the former chairman of a farmers' cooperative in the Kara-Suu "
            "district, Almaz Toktorov, to five years.",
            ("sentence", "Almaz Toktorov"),
        ),
        (
            "Police detained the director of a small printing house in Bobruisk, Ihar Sushko, on Tuesday.",
            ("arrest", "Ihar Sushko"),
        ),
    ],
)
def test_name_after_a_role_phrase_names_the_role(extract_text, text, pair) -> None:
    assert pair in event_pairs(extract_text(text))


def test_bare_participle_with_no_other_verdict_is_the_verdict(extract_text) -> None:
    pairs = event_pairs(
        extract_text(
            "Aung Myo Min, a schoolteacher jailed in 2021 for incitement, was freed in Yangon on Friday."
        )
    )
    assert ("sentence", "Aung Myo Min") in pairs
    assert ("arrest", "Aung Myo Min") not in pairs


def test_official_jailed_for_bribes_after_a_role_phrase_has_no_event(extract_text) -> None:
    result = extract_text(
        "On the same day a court in Samara jailed a former deputy head of the regional customs "
        "service, Igor Belov, for seven years for taking bribes."
    )
    assert not {p for p in event_pairs(result) if p[1] == "Igor Belov"}


def test_name_after_a_person_in_the_phrase_is_that_persons(extract_text) -> None:
    pairs = event_pairs(
        extract_text("The lawyer of the jailed blogger, Anton Zhuk, said the appeal was rejected.")
    )
    assert not {p for p in pairs if p[1] == "Anton Zhuk" and p[0] != "arrest"}


# -- time spent in pre-trial detention, told with a perfect participle ---------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Having spent nine months in the Brest pre-trial detention centre, Ales Kruk was freed in court.",
            "Ales Kruk",
        ),
        (
            "Having spent a year in pretrial detention, Nino Kapanadze was acquitted on Monday.",
            "Nino Kapanadze",
        ),
    ],
)
def test_time_spent_before_trial_is_an_arrest(extract_text, text, name) -> None:
    assert ("arrest", name) in event_pairs(extract_text(text))


@pytest.mark.parametrize(
    "text",
    [
        "The blogger Sergei Ivanov spent two years in prison for his posts and now lives in Vilnius.",
        "Sergei Ivanov spent three weeks in a hospital after the attack.",
        "Sergei Ivanov spent a year under house arrest before the trial.",
        "Sergei Ivanov, who has already spent 16 months in detention, could be released within weeks.",
    ],
)
def test_time_spent_elsewhere_is_no_arrest(extract_text, text) -> None:
    assert ("arrest", "Sergei Ivanov") not in event_pairs(extract_text(text))
