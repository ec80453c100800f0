"""Terms and sentences told through clutter (session 20), on sentences written for these tests
(none copied from an evaluation set): a term changed by a participle that the tagger reads as a
past tense ("later reduced to 10"), a term noun set beside the sentencing verb or the name ("a
term cut on appeal to five years"), a surname the tagger swallowed into a date ("A to six years
and Bekov to five years"), a quoted nickname inside a name whose parts the tagger calls places, a
role and its name read as two subjects, a counted part set off after a fronted "Of the N ...",
and a counted group that the next sentences break down by name."""

from __future__ import annotations

import pytest

from tests.extract_views import event_pairs as _events
from tests.extract_views import group_counts as _counts
from tests.extract_views import term_pairs

# -- a term changed by a participle hung on the sentencing verb ---------------------------------


@pytest.mark.parametrize(
    ("text", "terms"),
    [
        ("Dara Voss was sentenced to 13 years for treason, later reduced to 11 on appeal.", {156, 132}),
        ("Dara Voss was sentenced to nine years, cut to six on appeal.", {108, 72}),
        ("Dara Voss was sentenced to twelve years in 2019, then increased to fifteen on appeal.", {144, 180}),
        (
            "Dara Voss was jailed for eight years in 2022, later reduced to five years by the high court.",
            {96, 60},
        ),
        ("Dara Voss was sentenced to 18 months, later reduced to 12 on appeal.", {18, 12}),
    ],
)
def test_a_term_changed_by_a_participle_takes_the_unit_of_the_term_before(extract_text, text, terms):
    assert {("Dara Voss", t) for t in terms} <= term_pairs(extract_text(text))


@pytest.mark.parametrize(
    "text",
    [
        "Dara Voss was sentenced to 14 years and later reduced his hours at the library to 10.",
        "Dara Voss was sentenced to nine years; his lawyers hope it will be cut to six on appeal.",
        "Dara Voss was sentenced to nine years, a term prosecutors want raised to twelve years.",
    ],
)
def test_no_changed_term_without_a_change_of_this_term(extract_text, text):
    terms = {t for name, t in term_pairs(extract_text(text)) if name == "Dara Voss"}
    assert not terms & {120, 72, 144}


# -- a term noun set beside the sentencing verb or the name -------------------------------------


@pytest.mark.parametrize(
    ("text", "terms"),
    [
        (
            "Ilse Marrow was sentenced to twelve years in 2019, a term raised to fifteen years on appeal.",
            {144, 180},
        ),
        (
            "Ilse Marrow, a cartoonist, who was sentenced to 11 years and four months in 2019, a term "
            "cut on appeal to four years in June 2021.",
            {136, 48},
        ),
        ("Ilse Marrow was given ten years in 2018, a sentence later commuted to seven years.", {120, 84}),
    ],
)
def test_a_term_noun_set_beside_the_verdict_changes_that_term(extract_text, text, terms):
    assert {("Ilse Marrow", t) for t in terms} <= term_pairs(extract_text(text))


def test_an_aside_that_is_no_term_change_adds_nothing(extract_text):
    result = extract_text("Ilse Marrow, who was arrested in 2020, a term she calls a kidnapping, is a poet.")
    assert not term_pairs(result)


# -- a surname the tagger read inside a date ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Police detained Aidana Tursun and editor Bakyt Ormonbekov.\n"
        "Tursun is sentenced to eleven years in jail and Ormonbekov to five years.",
        "Police detained Aidana Tursun and editor Bakyt Ormonbekov.\n"
        "Tursun was jailed for six years and Ormonbekov for five years.",
    ],
)
def test_a_surname_inside_a_date_keeps_its_term(extract_text, text):
    assert ("Bakyt Ormonbekov", 60) in term_pairs(extract_text(text))


def test_a_month_inside_a_date_is_no_person_named_after_it(extract_text):
    result = extract_text("Olga March was detained. In March the court sentenced her to two years.")
    assert ("Olga March", 24) in term_pairs(result)
    assert len(result.persons) == 1


# -- a quoted nickname inside a name whose parts the tagger calls places -------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            'Her co-defendant, Pichet "Ton" Saengkham, a 29-year-old activist, is serving 14 years.',
            "Pichet Saengkham",
        ),
        (
            'Somchai "Joe" Rattana, a 41-year-old lawyer, is now serving a combined sentence of 11 years.',
            "Somchai Rattana",
        ),
    ],
)
def test_a_nicknamed_name_with_place_labelled_parts_is_a_person(extract_text, text, name):
    assert ("sentence", name) in _events(extract_text(text))


@pytest.mark.parametrize(
    "text",
    [
        'He flew from Bangkok "Suvarnabhumi" Airport to Hanoi on Monday.',
        'Protesters in Minsk "Freedom" Square were detained.',
    ],
)
def test_a_quoted_word_between_places_is_no_person(extract_text, text):
    assert not extract_text(text).persons


# -- a role and its name read as two subjects ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Mona's co-defendant on one of the charges, Jaro Pellin, a lawyer, has been in jail since May "
        "2022 and is serving a sentence of 9 years.",
        "Mona's colleague in one of the cases, Jaro Pellin, a 50-year-old teacher, has been in prison "
        "since his detention in 2021 and is now serving a combined sentence of 9 years.",
    ],
)
def test_the_name_after_a_role_is_the_subject_of_a_later_verb(extract_text, text):
    assert ("Jaro Pellin", 108) in term_pairs(extract_text(text))


# -- a counted part set off after a fronted "Of the N ..." ---------------------------------------


@pytest.mark.parametrize(
    ("text", "etype", "count", "name"),
    [
        (
            "Of the forty convicted, three, including Tomas Ribe, were given 20 months.",
            "sentence",
            3,
            "Tomas Ribe",
        ),
        (
            "Of the 25 defendants, four, including Tomas Ribe, were sentenced to six years.",
            "sentence",
            4,
            "Tomas Ribe",
        ),
        (
            "Of the 30 detained, eight, including Tomas Ribe, were released on Friday.",
            "release",
            8,
            "Tomas Ribe",
        ),
    ],
)
def test_a_part_set_off_after_of_the_whole_is_the_group(extract_text, text, etype, count, name):
    result = extract_text(text)
    assert (etype, count) in _counts(result)
    assert (etype, name) in _events(result)


def test_the_whole_of_a_fronted_part_is_no_count(extract_text):
    result = extract_text("Of the 30 detained, eight, including Tomas Ribe, were released on Friday.")
    assert ("release", 30) not in _counts(result)


# -- a counted group broken down by name --------------------------------------------------------


def test_a_group_broken_down_next_is_not_counted_back_to_other_names(extract_text):
    result = extract_text(
        "Police detained Anna Bekova, director Timur Sadykov, cameraman Ruslan Ormonov and editor Ilyas "
        "Karimov.\n"
        "Ormonov and Karimov are released the next day.\n"
        "The court convicts the four. Bekova is sentenced to six years and Sadykov to five years. Two "
        "reporters, Azamat Tokoev and Aliya Nurova, are handed suspended sentences of two years."
    )
    pairs = _events(result)
    assert {("sentence", "Azamat Tokoev"), ("sentence", "Timur Sadykov")} <= pairs
    assert ("sentence", "Ruslan Ormonov") not in pairs
    assert ("sentence", "Ilyas Karimov") not in pairs


# -- the term noun as the object of a relative "serving" ----------------------------------------


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Maria Kuus says the seven-year term she is serving is revenge for her reporting.", 84),
        ("Friends of Maria Kuus say the 12-year sentence that she is serving in Homel is a reprisal.", 144),
    ],
)
def test_the_term_a_person_is_serving_in_a_relative_clause(extract_text, text, term):
    assert ("Maria Kuus", term) in term_pairs(extract_text(text))


@pytest.mark.parametrize(
    "text",
    [
        "Maria Kuus said the second term she is serving as mayor would be her last.",
        "Maria Kuus said the sentence that serves the public best is a short one.",
        "Maria Kuus would appeal any sentence she might be serving next year.",
    ],
)
def test_an_office_or_a_possible_term_served_is_no_sentence(extract_text, text):
    assert ("sentence", "Maria Kuus") not in _events(extract_text(text))


# -- the term before "for" and the name --------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Three activists were sentenced on Monday: six years for Ana Lind, five for Olga Rusko and four "
        "for Tomas Ribe.",
        "Three activists were sentenced on Monday: six years for Ana Lind, five years for Olga Rusko and "
        "four years for Tomas Ribe.",
    ],
)
def test_a_term_before_for_and_a_name_is_that_persons(extract_text, text):
    terms = term_pairs(extract_text(text))
    assert {("Ana Lind", 72), ("Olga Rusko", 60), ("Tomas Ribe", 48)} <= terms
    assert ("Ana Lind", 60) not in terms


@pytest.mark.parametrize(
    "text",
    [
        "Olga Rusko was jailed for five years for Tomas Ribe, his wife, said.",
        "Olga Rusko was sentenced to eleven years for Tomas Ribe's murder.",
    ],
)
def test_for_a_name_after_a_persons_own_term_gives_the_name_nothing(extract_text, text):
    assert not {t for t in term_pairs(extract_text(text)) if t[0] == "Tomas Ribe"}


# -- the term as the complement of "X's sentence is" ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Maria Kuus was found guilty of treason. Her sentence, announced on Friday, is eleven years.",
        "Maria Kuus's sentence is eleven years in a maximum-security camp.",
    ],
)
def test_the_term_a_sentence_is(extract_text, text):
    assert ("Maria Kuus", 132) in term_pairs(extract_text(text))


@pytest.mark.parametrize(
    "text",
    [
        "Prosecutors say Maria Kuus's sentence could be eleven years.",
        "Maria Kuus's sentence, if upheld, would be eleven years.",
        "Maria Kuus's term as mayor is five years.",
    ],
)
def test_a_possible_term_or_an_office_is_no_term(extract_text, text):
    assert not term_pairs(extract_text(text))
