"""English events told of a group the article named earlier, and list items the clutter of a
long sentence hid, in wording invented for these tests (session 19): "the reporters were
detained" after the reporters were named; "the four were among 11 staff detained" after four
people were named one sentence at a time; "X, one of 38 prisoners freed, refused to go"; a
list that goes on after a relative clause; a release after a detention in "the same operation";
a participle describing a group whose release a noun tells."""

from __future__ import annotations

import pytest

from tests.extract_views import event_pairs, group_counts

# -- "the <group noun>" tells again the group counted by that noun and named -----------------


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        (
            "A court in Dushanbe sentenced three bloggers, Parviz Sharipov, Gulnora Ashurova and Sherzod "
            "Ismoilov, to prison on Tuesday. Their families were not allowed into the hall. The bloggers "
            "had been detained during several raids the previous spring.",
            "arrest",
        ),
        (
            "Police in Kandy detained nine students on Sunday, including Nimal Jayasuriya and Sanduni "
            "Perera. The university protested. The students were freed on Tuesday evening.",
            "release",
        ),
    ],
)
def test_the_group_noun_tells_again_the_named_group(extract_text, text, etype):
    pairs = event_pairs(extract_text(text))
    first, second = (
        ("Parviz Sharipov", "Sherzod Ismoilov")
        if etype == "arrest"
        else ("Nimal Jayasuriya", "Sanduni Perera")
    )
    assert {(etype, first), (etype, second)} <= pairs


def test_the_others_and_other_nouns_are_not_the_group(extract_text):
    others = extract_text(
        "Police detained nine students on Sunday, including Nimal Jayasuriya and Sanduni Perera. "
        "The others were freed on Tuesday evening."
    )
    assert ("release", "Nimal Jayasuriya") not in event_pairs(others)
    other_noun = extract_text(
        "Police detained nine students on Sunday, including Nimal Jayasuriya and Sanduni Perera. "
        "The lecturers were freed on Tuesday evening."
    )
    assert ("release", "Nimal Jayasuriya") not in event_pairs(other_noun)
    denied = extract_text(
        "A court in Dushanbe sentenced three bloggers, Parviz Sharipov, Gulnora Ashurova and Sherzod "
        "Ismoilov, on Tuesday. The bloggers were never detained before the trial."
    )
    assert ("arrest", "Parviz Sharipov") not in event_pairs(denied)


# -- "the four were among N people detained": the people named one sentence at a time -------


@pytest.mark.parametrize(
    "text",
    [
        "A court in Osh jailed the editor Asel Omurova for five years on Friday. Her colleague, the "
        "cameraman Timur Bekov, got a suspended term. Two other defendants, Dina Saparova and Erlan "
        "Kadyrov, walked free. The four were among 14 channel staff who were detained in night raids "
        "in March.",
        "A court in Osh jailed the editor Asel Omurova for five years on Friday. Her colleague, the "
        "cameraman Timur Bekov, got a suspended term. Two other defendants, Dina Saparova and Erlan "
        "Kadyrov, walked free. The four were among 14 staff of the channel arrested in pre-dawn "
        "searches on March 3 after it broadcast a report on a gold mine.",
    ],
)
def test_a_counted_back_group_among_those_detained_is_the_people_named_before(extract_text, text):
    pairs = event_pairs(extract_text(text))
    for name in ("Asel Omurova", "Timur Bekov", "Dina Saparova", "Erlan Kadyrov"):
        assert ("arrest", name) in pairs, name


def test_a_counted_back_group_of_another_size_or_denied_is_no_one(extract_text):
    wrong_size = extract_text(
        "A court in Osh jailed Asel Omurova and Timur Bekov on Monday. The three were among 11 "
        "employees detained in January."
    )
    assert ("arrest", "Asel Omurova") not in event_pairs(wrong_size)
    denied = extract_text(
        "A court in Osh jailed Asel Omurova and Timur Bekov on Monday. The two were not among the 11 "
        "employees detained in January."
    )
    assert ("arrest", "Asel Omurova") not in event_pairs(denied)
    two = extract_text(
        "A court in Osh jailed Asel Omurova and Timur Bekov on Monday. The two were among 11 employees "
        "detained in January."
    )
    assert {("arrest", "Asel Omurova"), ("arrest", "Timur Bekov")} <= event_pairs(two)


# -- what describes a named subject's group is given, whatever the subject's verb says ------


@pytest.mark.parametrize(
    ("text", "pair", "count"),
    [
        (
            "In May, Andrei Sevastsyanau, one of 38 prisoners released under an agreement Washington "
            "negotiated, refused to board the bus to Poland.",
            ("release", "Andrei Sevastsyanau"),
            ("release", 38),
        ),
        (
            "Last week the veteran unionist Andrei Sevastsyanau — the best-known name among 31 inmates "
            "freed under the amnesty — refused to go abroad and was driven back to his cell.",
            ("release", "Andrei Sevastsyanau"),
            ("release", 31),
        ),
        (
            "Lena Brovka, one of 12 activists detained on Sunday, may face charges of hooliganism.",
            ("arrest", "Lena Brovka"),
            ("arrest", 12),
        ),
    ],
)
def test_a_named_subjects_group_event_is_told_despite_the_main_verb(extract_text, text, pair, count):
    result = extract_text(text)
    assert pair in event_pairs(result)
    assert count in group_counts(result)


@pytest.mark.parametrize(
    "text",
    [
        "Lena Brovka, one of the prisoners expected to be freed, refused to comment.",
        "Lena Brovka, one of the prisoners to be freed next week, declined to comment.",
        "Lena Brovka, a lawyer for 12 activists detained on Sunday, may appeal the ruling.",
    ],
)
def test_a_hedged_description_or_a_role_for_the_group_is_no_membership(extract_text, text):
    assert not {p for p in event_pairs(extract_text(text)) if p[1] == "Lena Brovka"}


# -- a list that goes on after an item's relative clause --------------------------------------


def test_a_list_goes_on_after_an_items_relative_clause(extract_text):
    result = extract_text(
        "Monitors confirmed the release of 43 people held for opposing the junta, among them Ko Htet "
        "Naing, a union organiser who had served six years of a ten-year term, and the singer Ma Su "
        "Hlaing."
    )
    assert {("release", "Ko Htet Naing"), ("release", "Ma Su Hlaing")} <= event_pairs(result)


def test_a_participle_of_a_group_whose_release_a_noun_tells_is_no_verdict(extract_text):
    result = extract_text("Monitors confirmed the release of 43 people jailed for opposing the junta.")
    assert ("release", 43) in group_counts(result)
    assert ("sentence", 43) not in group_counts(result)


# -- a release after a detention is no hospital stay ------------------------------------------


def test_detained_in_an_operation_and_then_released(extract_text):
    result = extract_text(
        "Her mother, Rosa Quintero, was held overnight in that same police operation and then "
        "released without charge."
    )
    assert {("arrest", "Rosa Quintero"), ("release", "Rosa Quintero")} <= event_pairs(result)
    ward = extract_text("The injured mother of the boy was kept for an operation and then released.")
    assert not [p for p in event_pairs(ward) if p[0] == "release"]


# -- a name set off after the role's place names the role -------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Another seasonal worker from Khatlon, Davron Saidov, was handed over by Kazakhstan to Tajikistan.",
        "In a similar case last spring, another seasonal worker from Khatlon, Davron Saidov (Saidzade), "
        "was handed over by Kazakhstan to Tajikistan although a UN committee had asked it to wait.",
    ],
)
def test_a_name_set_off_after_the_roles_place_is_the_role(extract_text, text):
    assert ("deportation", "Davron Saidov") in event_pairs(extract_text(text))


def test_a_place_joined_by_and_to_a_name_is_no_apposition(extract_text):
    result = extract_text("A nurse from Khatlon and Davron Saidov met the envoy, who was later expelled.")
    assert ("deportation", "Davron Saidov") not in event_pairs(result)


# -- "several of those freed were detained again, including X": X was freed too ------------


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        (
            "Several of those freed were detained again outside the gates, families said, including Ko "
            "Min Lwin, a retired clerk who was driven off by soldiers.",
            {("release", "Ko Min Lwin"), ("arrest", "Ko Min Lwin")},
        ),
        (
            "Some of those detained were later freed, including the painter Rana Haddad.",
            {("arrest", "Rana Haddad"), ("release", "Rana Haddad")},
        ),
    ],
)
def test_people_named_as_part_of_those_who_went_through_an_event(extract_text, text, pairs):
    assert pairs <= event_pairs(extract_text(text))


def test_part_of_those_freed_who_were_not_detained_again(extract_text):
    result = extract_text("Some of those freed were not detained again, including Ko Min Lwin.")
    assert ("arrest", "Ko Min Lwin") not in event_pairs(result)


# -- "X's wife, Y, said her husband was detained": the husband is X ---------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Karim Haddad's wife, Salma Haddad, who spent the day at the prosecutor's office, said her "
            "husband was detained in March over a meeting with a foreign reporter.",
            "Karim Haddad",
        ),
        (
            "Dmitri Volkov's mother, Irina Sokolova, told reporters her son was detained at the airport.",
            "Dmitri Volkov",
        ),
    ],
)
def test_the_relative_a_speaker_names_is_the_one_she_was_introduced_by(extract_text, text, name):
    pairs = event_pairs(extract_text(text))
    assert ("arrest", name) in pairs
    assert not [p for p in pairs if p[1] in ("Salma Haddad", "Irina Sokolova")]


@pytest.mark.parametrize(
    "text",
    [
        "Karim Haddad's wife, Salma Haddad, said her brother had been arrested in March.",
        "Karim Haddad's wife, Salma Haddad, said her husband could be arrested any day.",
    ],
)
def test_another_relative_or_a_hedged_event_is_not_the_introducers(extract_text, text):
    assert ("arrest", "Karim Haddad") not in event_pairs(extract_text(text))


# -- a holding cell is a lock-up -----------------------------------------------------------------


def test_taken_to_a_holding_cell_is_a_detention(extract_text):
    assert ("arrest", "Nok Sirikul") in event_pairs(extract_text("Nok Sirikul was taken to a holding cell."))
    assert not extract_text("The samples were taken to a holding cell of the laboratory.").events


# -- "X had her term replaced with probation and was released": the release is X's ---------


@pytest.mark.parametrize(
    "text",
    [
        "Zarina Tulegenova, a 52-year-old librarian who had been given three years for posting appeals "
        "for a boycott, had her jail term converted into a suspended sentence and was also released.",
        "Zarina Tulegenova had her sentence reduced to time served and was freed on Friday.",
    ],
)
def test_a_release_after_having_the_term_changed_is_the_prisoners(extract_text, text):
    assert ("release", "Zarina Tulegenova") in event_pairs(extract_text(text))


def test_a_term_extended_and_a_transfer_is_no_release(extract_text):
    result = extract_text(
        "Zarina Tulegenova had her term extended by a year and was moved to a harsher colony."
    )
    assert ("release", "Zarina Tulegenova") not in event_pairs(result)


# -- "X, a colleague of Y's, who ... since his arrest": his is X's ----------------------------


def test_the_possessive_in_a_relative_clause_is_the_described_persons(extract_text):
    result = extract_text(
        "Karim Saidi was jailed on Monday, one of dozens held over the protests. Among them is the "
        "cartoonist Yacine Brahimi, "
        "a one-time colleague of Saidi's at a daily, who got six years in 2022 over a drawing and "
        "has been behind bars since his arrest in May 2021."
    )
    pairs = event_pairs(result)
    assert ("arrest", "Yacine Brahimi") in pairs
    assert ("arrest", "Karim Saidi") not in pairs
