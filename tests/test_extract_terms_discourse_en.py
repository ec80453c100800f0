"""Terms attached to the right person in whole articles, on sentences written for these tests
(none copied from an evaluation set): semicolon lists whose items carry their own clauses, a
plural clause after two names and a collective noun, the subject pronoun that continues the
topic of the sentence before, and ages that close a list item."""

from __future__ import annotations

import pytest

from tests.extract_views import event_pairs as _events
from tests.extract_views import term_pairs


def test_each_item_of_a_semicolon_list_keeps_its_own_clause(extract_text):
    result = extract_text(
        "Those pardoned included the surgeon Marek Holub, who was picked up in 2021 and later given "
        "seven years for sabotage; the poet Irena Vasko, held since March over a song; and the "
        "mechanic Tadeusz Brzoza, who had been serving a four-year sentence since 2020."
    )
    terms = term_pairs(result)
    assert ("Marek Holub", 84) in terms
    assert ("Tadeusz Brzoza", 48) in terms
    assert ("Irena Vasko", 84) not in terms
    assert ("Tadeusz Brzoza", 84) not in terms
    assert ("arrest", "Tadeusz Brzoza") not in _events(result)


def test_a_singular_clause_after_the_first_of_two_names_stays_its_own(extract_text):
    result = extract_text(
        "Sofia Lantz, a nurse from Kalmar, who was jailed for three years, and Per Ekdahl were "
        "named in the report."
    )
    assert term_pairs(result) == {("Sofia Lantz", 36)}


@pytest.mark.parametrize(
    "text",
    [
        "The list names Dana Ruzicka and Filip Sedlak, a couple from Ostrava, who were each given "
        "four years in a labour colony for blocking a road.",
        "The list names Dana Ruzicka and Filip Sedlak, two teachers from Ostrava, who were each given "
        "four years in a labour colony for blocking a road.",
    ],
)
def test_a_plural_clause_after_two_names_and_their_description_is_both_of_theirs(extract_text, text):
    assert term_pairs(extract_text(text)) == {("Dana Ruzicka", 48), ("Filip Sedlak", 48)}


def test_a_subject_pronoun_continues_the_topic_not_a_name_inside_a_clause(extract_text):
    result = extract_text(
        "Omar Haddani, a pharmacist, ran a clinic in Oran for twenty years. He became known in 2019, "
        "when he led the sit-ins that pushed Governor Said Larbi out of office. He was detained in "
        "2020, jailed for two years and freed in 2021 after a higher court cut his term to 14 months."
    )
    terms = term_pairs(result)
    assert ("Omar Haddani", 24) in terms
    assert ("Omar Haddani", 14) in terms
    assert not any(name == "Said Larbi" for name, _ in terms)
    assert ("arrest", "Said Larbi") not in _events(result)


def test_a_named_subject_in_between_still_takes_the_pronoun(extract_text):
    # trap: the sentence before has a named main subject, so the pronoun is that one's
    result = extract_text(
        "Omar Haddani spoke at the rally. Governor Said Larbi left office after it. He was detained in 2020."
    )
    assert ("arrest", "Said Larbi") in _events(result)


def test_an_age_in_digits_closing_a_list_item_is_no_term(extract_text):
    result = extract_text(
        "Among the freed were Brother Anton Reiter, a monk from Linz who was arrested in 2022 and "
        "later sentenced to nine years for espionage; the student Lena Hofer, 22; and Karl Moser, "
        "a retired miner."
    )
    assert term_pairs(result) == {("Anton Reiter", 108)}


def test_a_bare_number_word_after_a_semicolon_is_still_a_term(extract_text):
    result = extract_text(
        "The judge gave Anton Reiter nine years; his driver, Karl Moser, five; and the cook, Lena Hofer, two."
    )
    assert term_pairs(result) == {("Anton Reiter", 108), ("Karl Moser", 60), ("Lena Hofer", 24)}


@pytest.mark.parametrize(
    "text",
    [
        "Correction, 9 June: An earlier version of this report said that Idris Kaba had been jailed "
        "for seven years. He was jailed for six years.",
        "This article previously stated that Idris Kaba had been jailed for seven years. He was "
        "jailed for six years.",
        "We mistakenly reported that Idris Kaba had been jailed for seven years. He was jailed for "
        "six years.",
    ],
)
def test_a_correction_withdraws_the_term_it_corrects(extract_text, text):
    assert term_pairs(extract_text(text)) == {("Idris Kaba", 72)}


def test_a_report_that_is_no_correction_still_tells_the_term(extract_text):
    # trap: a report, not an earlier version of the article
    result = extract_text("A court report said that Idris Kaba had been jailed for seven years.")
    assert term_pairs(result) == {("Idris Kaba", 84)}


# -- terms changed on appeal, told in participles, intransitively, or for two people at once ------


@pytest.mark.parametrize(
    "text",
    [
        "A Rabat appeals court toughened the verdicts against three editors, raising the columnist "
        "Yassine Amrani's term from five years to eight years.",
        "Columnist Yassine Amrani's sentence rose from five to eight years, while a colleague walked free.",
    ],
)
def test_a_term_changed_in_a_participle_or_intransitively_gives_both_terms(extract_text, text):
    assert term_pairs(extract_text(text)) >= {("Yassine Amrani", 60), ("Yassine Amrani", 96)}


def test_coordinated_terms_of_two_people_pair_up(extract_text):
    result = extract_text(
        "The court confirmed the 7-year sentence of Salma Idrissi, a retired judge, and the 20-year "
        "term imposed in absentia on Karim Tazi, a banker who lives in Canada."
    )
    assert term_pairs(result) == {("Salma Idrissi", 84), ("Karim Tazi", 240)}


def test_a_rise_of_something_else_is_no_term(extract_text):
    # trap: a quantity that rose, not a term
    result = extract_text("Yassine Amrani's salary rose from five to eight thousand dirhams after the trial.")
    assert term_pairs(result) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Among those released was Marek Nowicki, a 61-year-old farmer from Suwalki who was seized at "
        "the Hrodna crossing in June 2022 and sentenced that October to nine years in a high-security "
        "colony for what a Minsk court called sabotage.",
        "Marek Nowicki, a farmer from Suwalki, was seized at the crossing in June 2022 and sentenced "
        "that October to nine years in a colony for sabotage.",
    ],
)
def test_that_month_after_the_verb_is_a_time_not_the_one_sentenced(extract_text, text):
    assert term_pairs(extract_text(text)) == {("Marek Nowicki", 108)}


def test_that_person_after_the_verb_is_still_an_object(extract_text):
    # trap: "that" before a person noun is no time
    result = extract_text("Police arrested that man on Monday. Marek Nowicki was not detained.")
    assert _events(result) == set()


# -- terms of sentencing nouns and of headlines -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Reacting to the sentencing of the poet Ilkin Rustamli to seven years in prison, "
        "the union's chair, Dana Holt, said the trial was a farce.",
        "The jailing of the poet Ilkin Rustamli for seven years drew protests in Baku.",
    ],
)
def test_a_sentencing_noun_carries_its_term(extract_text, text):
    assert ("Ilkin Rustamli", 84) in term_pairs(extract_text(text))


@pytest.mark.parametrize(
    "text",
    [
        "Azerbaijan: Seven-year sentence for poet Ilkin Rustamli 'a travesty' - rights group\n\n"
        "The group said the verdict was unjust.",
        "Seven-year prison term for poet Ilkin Rustamli upheld\n\nThe court ruled on Monday.",
    ],
)
def test_a_headline_term_for_a_named_person_is_a_sentence(extract_text, text):
    assert term_pairs(extract_text(text)) == {("Ilkin Rustamli", 84)}


@pytest.mark.parametrize(
    "text",
    [
        # traps: a term sought, a term possible, a term asked for in the body
        "Prosecutors seek seven-year sentence for poet Ilkin Rustamli\n\nThe trial opened on Monday.",
        "Seven-year sentence possible for poet Ilkin Rustamli\n\nThe trial opened on Monday.",
        "Ilkin Rustamli went on trial. Prosecutors asked for a seven-year sentence for Ilkin Rustamli.",
    ],
)
def test_a_term_sought_or_possible_for_someone_is_no_sentence(extract_text, text):
    assert term_pairs(extract_text(text)) == set()


# -- a term changed by a difference: the new term is the old one with it -----------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nadia Karimova was jailed for four years in 2021. In May a higher court extended her "
            "sentence by 18 months.",
            {("Nadia Karimova", 48), ("Nadia Karimova", 66)},
        ),
        (
            "Nadia Karimova was jailed for four years in 2021. Last month a higher court reduced her "
            "sentence by a year.",
            {("Nadia Karimova", 48), ("Nadia Karimova", 36)},
        ),
        (
            "A higher court cut Nadia Karimova's three-year prison term by six months.",
            {("Nadia Karimova", 36), ("Nadia Karimova", 30)},
        ),
    ],
)
def test_a_difference_gives_the_new_term(extract_text, text, expected):
    assert term_pairs(extract_text(text)) == expected


def test_a_difference_with_no_term_told_before_gives_no_term(extract_text):
    # trap: the difference alone is no term
    result = extract_text("Last month a higher court extended Nadia Karimova's sentence by 18 months.")
    assert ("Nadia Karimova", 18) not in term_pairs(result)
