"""English terms (session 29), on sentences written for these tests: a "who" clause the parser hung
on a place inside the person's description ('X, a clerk at the depot in Pinsk, who had served ...');
a set-off term given by a passive verb ('The longest sentence, nine years, was imposed in absentia
on X'); a term appealed against by the one freed pending the appeal; 'the sentence for X' changed
on appeal; 'the same sentence' as the one just told; a lead's unnamed prisoner whose second verb
the parser hung on a thing; a term given "to" a name ('gave eight years to A and five to B').
Traps: 'now 27' and 'a mother of three' after a name in a sentencing sentence are no terms; a
request, an appeal by someone else, 'the same sentence as C', a lead with two people."""

from __future__ import annotations

import pytest

from tests.extract_views import event_pairs, term_pairs


@pytest.mark.parametrize(
    ("text", "name", "months"),
    [
        (
            "Also freed was Stsiapan Lobach, 58, a former engineer at the tractor works in Babruisk, "
            "who had spent three years of a nine-year sentence in a colony.",
            "Stsiapan Lobach",
            108,
        ),
        (
            "The report names Raisa Bonch, an accountant at a bakery in Lida, who walked free in "
            "June after serving a four-year sentence for donations.",
            "Raisa Bonch",
            48,
        ),
        (
            "Ales Kruk, a teacher from a school in Mahiliou, who is serving eleven years, was moved "
            "to a cell-type room.",
            "Ales Kruk",
            132,
        ),
    ],
)
def test_who_after_a_place_in_the_description_is_the_person(extract_text, text, name, months):
    assert (name, months) in term_pairs(extract_text(text))


@pytest.mark.parametrize(
    ("text", "name", "months"),
    [
        (
            "The longest sentence, nine years, was imposed in absentia on Tenzin Dorje, an exiled writer.",
            "Tenzin Dorje",
            108,
        ),
        (
            "The heaviest sentence, twelve years, was passed on the union organiser Hamid Sharifi.",
            "Hamid Sharifi",
            144,
        ),
        (
            "The toughest sentence, six years, was handed to the student Pavel Hrom in a closed hearing.",
            "Pavel Hrom",
            72,
        ),
    ],
)
def test_a_set_off_term_given_by_a_passive_verb_is_the_recipients(extract_text, text, name, months):
    assert term_pairs(extract_text(text)) == {(name, months)}


def test_a_term_appealed_by_the_one_freed_pending_the_appeal(extract_text):
    result = extract_text(
        "The lawyer Farida Nazari was let out on bail from Qarchak prison pending her appeal "
        "against a five-year prison sentence."
    )
    assert ("Farida Nazari", 60) in term_pairs(result)


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("The sentence for Kiryl Sauka was cut on appeal from nine to six years.", {108, 72}),
        ("On Friday the sentence for Kiryl Sauka was reduced to six years by the regional court.", {72}),
    ],
)
def test_the_sentence_for_a_named_person_changed_on_appeal(extract_text, text, months):
    assert term_pairs(extract_text(text)) == {("Kiryl Sauka", m) for m in months}


@pytest.mark.parametrize(
    "second",
    [
        "Her co-accused, Symon Pyl, received the same sentence.",
        "Symon Pyl was given the same term on the same day.",
    ],
)
def test_the_same_sentence_is_the_term_just_told(extract_text, second):
    result = extract_text(f"A court in Brest sentenced the nurse Olha Dzik to five years. {second}")
    assert term_pairs(result) == {("Olha Dzik", 60), ("Symon Pyl", 60)}


def test_the_same_sentence_as_someone_else_is_not_the_last_term(extract_text):
    result = extract_text(
        "A court in Brest sentenced the nurse Olha Dzik to five years. Symon Pyl received the same "
        "sentence as his cousin."
    )
    assert ("Symon Pyl", 60) not in term_pairs(result)


def test_a_lead_prisoner_whose_death_the_parser_hung_on_the_charges(extract_text):
    result = extract_text(
        "An Uyghur teacher serving a 15-year sentence in China on separatism charges that his family "
        "calls invented has died in a prison in Xinjiang, his brother said on Monday.\n\n"
        "Abdurehim Tohti, 61, died on Saturday in the prison hospital in Kashgar, his brother said."
    )
    assert ("Abdurehim Tohti", 180) in term_pairs(result)
    assert ("death", "Abdurehim Tohti") in event_pairs(result)


@pytest.mark.parametrize(
    "text",
    [
        "Nine farmers were jailed for eight years each; one of them, Okello Mugisha, now 31, is "
        "held in a prison near Gulu.",
        "Hleb Rak received three and a half years, and Yana Shyk, a nurse and mother of three, "
        "was given two years.",
    ],
)
def test_an_age_or_a_family_after_a_name_is_no_term(extract_text, text):
    terms = term_pairs(extract_text(text))
    assert ("Okello Mugisha", 372) not in terms
    assert ("Yana Shyk", 36) not in terms


def test_a_set_off_term_asked_for_is_no_verdict(extract_text):
    text = "The longest sentence, ten years, was requested for the blogger Pavel Hrom by the prosecutor."
    assert term_pairs(extract_text(text)) == set()


def test_an_appeal_by_prosecutors_gives_the_freed_person_no_term(extract_text):
    text = (
        "The student Lina Marok was released from custody pending an appeal by prosecutors, who want "
        "a six-year prison sentence."
    )
    assert ("Lina Marok", 72) not in term_pairs(extract_text(text))


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        ("The tribunal gave eight years to Marat Alimov.", {("Marat Alimov", 96)}),
        (
            "The tribunal gave eight years to Marat Alimov and five to Dilnoza Karimova.",
            {("Marat Alimov", 96), ("Dilnoza Karimova", 60)},
        ),
        (
            "The tribunal gave eight years to Marat Alimov and five years to Dilnoza Karimova.",
            {("Marat Alimov", 96), ("Dilnoza Karimova", 60)},
        ),
        (
            "The judge handed eight years to Marat Alimov and five to his sister Dilnoza Alimova.",
            {("Marat Alimov", 96), ("Dilnoza Alimova", 60)},
        ),
    ],
)
def test_a_term_given_to_a_name_is_that_names(extract_text, text, pairs):
    assert term_pairs(extract_text(text)) == pairs


def test_a_lead_with_two_people_names_neither_from_the_next_paragraph(extract_text):
    result = extract_text(
        "Police have detained the editor of a news site and expelled a foreign reporter this week, "
        "colleagues said.\n\n"
        "Kebede Alemu, founder of the site, was taken from his flat late on Friday, his wife said."
    )
    assert ("deportation", "Kebede Alemu") not in event_pairs(result)
