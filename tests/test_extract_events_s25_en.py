"""English event recall (session 25), in wording invented for these tests: a counted group whose
names the parser hangs on the short phrase after it ("two volunteers of the fund, A and B, ...");
"both" after two people named as members of an uncounted group; "the other N" beside named people
as the rest of a roster; the active "holding him for N hours"; a passive's second participle
"forcibly returned to <country>" read as a past tense; a membership list split by semicolons.
Traps: a count the names do not match, "the other N" the roster does not add up to, "held talks
for two days", "were freed and returned to <country>"."""

from __future__ import annotations

import pytest

from tests.extract_views import event_pairs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On Tuesday a district court jailed two volunteers of the charity, Pavel Sidorov and "
            "Anna Sidorova, a brother and sister, for three and four years respectively.",
            {("sentence", "Pavel Sidorov"), ("sentence", "Anna Sidorova")},
        ),
        (
            "Police detained three students from the university, Ivan Petrov, Olga Smirnova and "
            "Maria Kuznetsova, outside the library late on Friday.",
            {("arrest", "Ivan Petrov"), ("arrest", "Olga Smirnova"), ("arrest", "Maria Kuznetsova")},
        ),
        (
            "The regional court convicted two members of the union, Mikhail Orlov and Elena "
            "Orlova, on Monday.",
            {("sentence", "Mikhail Orlov"), ("sentence", "Elena Orlova")},
        ),
    ],
)
def test_counted_group_names_past_its_phrase(extract_text, text, expected) -> None:
    assert expected <= event_pairs(extract_text(text))


def test_count_the_names_do_not_match_names_no_one(extract_text) -> None:
    """Three counted, two named: the names are not the group (maybe a part, maybe others)."""
    text = (
        "Police detained three students from the university, Ivan Petrov and Olga Smirnova, "
        "outside the library late on Friday."
    )
    pairs = event_pairs(extract_text(text))
    assert ("arrest", "Ivan Petrov") not in pairs
    assert ("arrest", "Olga Smirnova") not in pairs


@pytest.mark.parametrize(
    ("text", "etype", "members"),
    [
        (
            "The verdict cleared four defendants. Among those acquitted were the cameramen Omar "
            "Haddad and Samir Khalil. Both had been detained at a checkpoint in May and spent a "
            "week in custody.",
            "arrest",
            ("Omar Haddad", "Samir Khalil"),
        ),
        (
            "Among those pardoned were the teachers Rustam Aliyev and Kamala Huseynova. The two "
            "were arrested in 2022 after a strike.",
            "arrest",
            ("Rustam Aliyev", "Kamala Huseynova"),
        ),
    ],
)
def test_both_after_two_members(extract_text, text, etype, members) -> None:
    pairs = event_pairs(extract_text(text))
    assert {(etype, name) for name in members} <= pairs


def test_the_other_n_are_the_rest_of_the_roster(extract_text) -> None:
    text = (
        "The court gave the five reporters of the weekly these terms:\n\n"
        "Tofig Mammadov, editor: 8 years\n"
        "Leyla Karimova, reporter: 7 years\n"
        "Nurlan Rzayev, reporter: 7 years\n"
        "Gunel Abbasova, photographer: 6 years\n"
        "Elchin Safarov, driver: 5 years\n\n"
        "Police arrested Mammadov and Karimova in March and picked up the other three over the "
        "next month, the lawyer said."
    )
    pairs = event_pairs(extract_text(text))
    assert {("arrest", n) for n in ("Nurlan Rzayev", "Gunel Abbasova", "Elchin Safarov")} <= pairs


def test_the_other_n_that_do_not_add_up_name_no_one(extract_text) -> None:
    text = (
        "The court gave the five reporters of the weekly these terms:\n\n"
        "Tofig Mammadov, editor: 8 years\n"
        "Leyla Karimova, reporter: 7 years\n"
        "Nurlan Rzayev, reporter: 7 years\n"
        "Gunel Abbasova, photographer: 6 years\n"
        "Elchin Safarov, driver: 5 years\n\n"
        "Police arrested Mammadov and Karimova in March and picked up the other two over the "
        "next month, the lawyer said."
    )
    pairs = event_pairs(extract_text(text))
    assert ("arrest", "Nurlan Rzayev") not in pairs
    assert ("arrest", "Elchin Safarov") not in pairs


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Immigration officers put the Dutch blogger Pieter de Vries on a flight home on Monday "
            "after holding him for seven hours at the airport.",
            "Pieter de Vries",
        ),
        (
            "Security agents questioned the student Farida Karimova about her posts, holding her "
            "for two days at a police station before letting her go.",
            "Farida Karimova",
        ),
    ],
)
def test_holding_someone_briefly_is_an_arrest(extract_text, text, name) -> None:
    assert ("arrest", name) in event_pairs(extract_text(text))


def test_holding_talks_is_no_arrest(extract_text) -> None:
    text = "The minister Pieter de Vries held talks for two days with the visiting delegation."
    assert not any(t == "arrest" for t, _ in event_pairs(extract_text(text)))


@pytest.mark.parametrize(
    "text",
    [
        "Two cousins, Bahodir Rahimov and Ilhom Rahimov, were arrested by police in Moscow in "
        "March and forcibly returned to Tajikistan a month later.",
        "The activists Bahodir Rahimov and Ilhom Rahimov were detained in Istanbul and sent back "
        "to Uzbekistan within a week.",
    ],
)
def test_passive_participle_returned_to_a_country(extract_text, text) -> None:
    pairs = event_pairs(extract_text(text))
    assert {("deportation", "Bahodir Rahimov"), ("deportation", "Ilhom Rahimov")} <= pairs


def test_freed_and_returned_home_is_no_deportation(extract_text) -> None:
    text = (
        "The researchers Bahodir Rahimov and Ilhom Rahimov were freed on Friday and returned to Tajikistan."
    )
    assert not any(t == "deportation" for t, _ in event_pairs(extract_text(text)))


def test_semicolon_list_after_among_those_freed(extract_text) -> None:
    text = (
        "The authorities released 60 prisoners on Sunday. Among those freed were Carlos Mendez's "
        "former deputy, the union organiser Rosa Elena Torres Vega; 11 members of a farmers' "
        "cooperative; and Julio César Ramos Paz, a retired engineer."
    )
    pairs = event_pairs(extract_text(text))
    assert {("release", "Rosa Elena Torres Vega"), ("release", "Julio César Ramos Paz")} <= pairs
    assert ("release", "Carlos Mendez") not in pairs


@pytest.mark.parametrize(
    "text",
    [
        "Security officers detained nine employees of the news site in raids in March. In "
        "September a district court convicted three of the reporters. Editor Azamat Bekov was "
        "sentenced to five years in prison, and reporters Dina Sultanova and Marat Omarov to four.",
        "Police rounded up 12 members of the teachers' union at a rally in May. On Friday a "
        "court sentenced two of the activists: Gulnara Abdieva was given three years and Timur "
        "Kasymov two years.",
    ],
)
def test_named_part_of_a_group_counted_before(extract_text, text) -> None:
    pairs = event_pairs(extract_text(text))
    named = {name for t, name in pairs if t == "sentence"}
    assert named and {("arrest", name) for name in named} <= pairs


def test_part_larger_than_the_group_before_names_no_one_into_it(extract_text) -> None:
    text = (
        "Police detained two students at the rally in May. In September a district court "
        "convicted three of the reporters. Editor Azamat Bekov was sentenced to five years in "
        "prison, and reporters Dina Sultanova and Marat Omarov to four."
    )
    pairs = event_pairs(extract_text(text))
    assert ("arrest", "Azamat Bekov") not in pairs


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "The opposition organiser Ramón Alberto Quintero Díaz was shoved into an unmarked "
            "pickup van outside his office on Tuesday, his party said.",
            ("Ramón Alberto Quintero Díaz",),
        ),
        (
            "Witnesses said the student leader Daniela Soto Rivas was pushed into an unmarked SUV "
            "together with her flatmates, Lucía Paredes and Marta Quiroz, near the campus gate.",
            ("Daniela Soto Rivas", "Lucía Paredes", "Marta Quiroz"),
        ),
    ],
)
def test_pushed_into_an_unmarked_vehicle(extract_text, text, names) -> None:
    assert {("arrest", n) for n in names} <= event_pairs(extract_text(text))


def test_helped_into_a_car_is_no_arrest(extract_text) -> None:
    text = "After the ceremony Daniela Soto Rivas was pushed into a taxi by her cheering friends."
    assert not any(t == "arrest" for t, _ in event_pairs(extract_text(text)))


def test_the_judge_who_orders_a_release_is_not_freed(extract_text) -> None:
    text = (
        "Among the nine acquitted were the poet Aibek Sultanov and the lawyer Dinara Osmonova.\n\n"
        "Judge Kubat Temirov ordered that every one of those acquitted who was still held be set "
        "free at once."
    )
    pairs = event_pairs(extract_text(text))
    assert ("release", "Kubat Temirov") not in pairs


def test_ordered_that_a_named_person_be_released(extract_text) -> None:
    text = "Judge Kubat Temirov ordered that the blogger Aibek Sultanov be released from custody."
    pairs = event_pairs(extract_text(text))
    assert ("release", "Aibek Sultanov") in pairs
    assert ("release", "Kubat Temirov") not in pairs
