"""Terms and sentences told through asides and loose lists (session 19), on sentences written for
these tests (none copied from an evaluation set): verdict lists whose lines give a role before the
term after commas, a lead-in that ends a paragraph of other sentences, a bracketed alias after the
name that introduces the lead's person, an age before a dash aside, a term the parser splits
across clauses, a term read as an adverbial after "received", "X and N others to T", "N months
effective", a reflexive set off after a relative, a definite role naming the one person titled so
and a participle on a counted group that is the object of an event noun."""

from __future__ import annotations

import pytest

from tests.extract_views import event_pairs as _events
from tests.extract_views import group_counts as _counts
from tests.extract_views import term_pairs

# -- verdict lists: "• Name, role, term" and a lead-in after other sentences ---------------------

_LEAD_INS = [
    "The regional court announced its verdicts:",
    "On Tuesday the regional court convicted the three of tax evasion, charges their lawyers call "
    "invented. According to a defence lawyer, the court handed down these sentences:",
]


@pytest.mark.parametrize("lead", _LEAD_INS)
def test_a_verdict_list_line_gives_its_term_after_the_role(extract_text, lead):
    text = (
        f"Three editors jailed in Kestrel\n\n{lead}\n\n"
        "• Dmitri Soloviev, publisher, six years\n"
        "• Alina Petrenko, the outlet's chief editor and a columnist, five and a half years\n"
        "• Oleg Marchenko, 44, photographer, sentenced to four years\n"
    )
    terms = term_pairs(extract_text(text))
    assert {("Dmitri Soloviev", 72), ("Alina Petrenko", 66), ("Oleg Marchenko", 48)} <= terms


def test_a_list_of_requests_after_commas_gives_no_term(extract_text):
    text = (
        "Three editors on trial in Kestrel\n\nProsecutors asked for the following sentences:\n\n"
        "• Dmitri Soloviev, publisher, six years\n"
        "• Alina Petrenko, chief editor, five years\n"
    )
    assert not term_pairs(extract_text(text))


def test_a_list_line_without_a_term_after_its_commas_gives_none(extract_text):
    text = (
        "Verdicts in Kestrel\n\nThe regional court passed the following sentences:\n\n"
        "• Dmitri Soloviev, publisher, acquitted\n"
        "• Alina Petrenko, chief editor, five years\n"
    )
    terms = term_pairs(extract_text(text))
    assert ("Alina Petrenko", 60) in terms
    assert not any(name == "Dmitri Soloviev" for name, _ in terms)


# -- the lead's person introduced with a bracketed alias -----------------------------------------


@pytest.mark.parametrize(
    "aside",
    ["(spelled Sharifzada in some reports)", "(also known as Abu Karim)"],
)
def test_a_bracketed_alias_does_not_hide_the_introduction(extract_text, aside):
    text = (
        "ISTARAVSHAN -- A regional court has sentenced a migrant worker to nine years' imprisonment over "
        "sharing videos of an opposition group, his family said.\n\n"
        f"Bahodur Sharifzoda {aside}, 29, was convicted under two articles of the criminal code on "
        "Monday, his sister said."
    )
    assert ("Bahodur Sharifzoda", 108) in term_pairs(extract_text(text))


# -- an age before a dash aside; a bare term before one ------------------------------------------


def test_an_age_before_a_dash_aside_is_no_term(extract_text):
    result = extract_text(
        "Pensioner Grace Whitlow, 71, received 14 months, and nursing student Ellen Marsh, 20 — no "
        "relation to the judge — was sentenced to eight months."
    )
    terms = term_pairs(result)
    assert {("Grace Whitlow", 14), ("Ellen Marsh", 8)} <= terms
    assert ("Ellen Marsh", 20) not in terms


def test_an_age_before_a_bracket_and_a_verb_is_no_term(extract_text):
    terms = term_pairs(
        extract_text(
            "Grace Whitlow received 14 months, and her co-defendant Ellen Marsh, 19 (a first-year "
            "student at the time), was given ten."
        )
    )
    assert ("Ellen Marsh", 19) not in terms


def test_a_bare_term_before_a_dash_aside_is_still_a_term(extract_text):
    terms = term_pairs(
        extract_text("Grace Whitlow received 14 months, and her deputy, Ellen Marsh, 9 — the shortest one.")
    )
    assert ("Ellen Marsh", 9) in terms


# -- terms the parser splits -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "months"),
    [
        (
            "The appeal court raised the sentence of trade unionist Pavel Hruska, convicted in March of "
            "incitement, from 18 months to three years and five months after the ministry appealed.",
            41,
        ),
        ("Press photographer Pavel Hruska received one year, seven months for his photographs.", 19),
        ("Pavel Hruska got two years, six months in a labour camp.", 30),
        ("The judge gave Pavel Hruska one year, nine months.", 21),
    ],
)
def test_a_term_read_whole_where_the_parse_splits_it(extract_text, text, months):
    assert ("Pavel Hruska", months) in term_pairs(extract_text(text))


def test_received_with_a_time_ago_is_no_sentence(extract_text):
    result = extract_text("Pavel Hruska received two years ago a prize from the journalists' union.")
    assert ("sentence", "Pavel Hruska") not in _events(result)


@pytest.mark.parametrize(
    "text",
    [
        "Tendai Gumbo was given 20 months effective.",
        "Forty were convicted, but three of them, including organiser Tendai Gumbo, were given 20 months "
        "effective since the magistrate found they had planned the march.",
        "Tendai Gumbo was given 20 months effective imprisonment.",
    ],
)
def test_months_effective_is_a_term(extract_text, text):
    assert ("Tendai Gumbo", 20) in term_pairs(extract_text(text))


def test_a_reason_after_a_bare_term_is_no_purpose(extract_text):
    text = "Tendai Gumbo was given three years because the magistrate said he had shown no remorse."
    assert ("Tendai Gumbo", 36) in term_pairs(extract_text(text))


def test_time_given_for_a_purpose_is_still_no_term(extract_text):
    result = extract_text("The council gave Tendai Gumbo two years to repay the loan.")
    assert ("sentence", "Tendai Gumbo") not in _events(result)


# -- "X and N others to T" ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The city court sentenced the nine defendants: Ivan Sorokin and Pavel Gusev to five years each, "
        "Vera Kuzina and four others to three years each.",
        "The city court sentenced Ivan Sorokin and Pavel Gusev to five years each, and Vera Kuzina and "
        "four others to three years each.",
        "The city court sentenced Ivan Sorokin to five years, Vera Kuzina and four other students to "
        "three years.",
    ],
)
def test_a_name_and_a_counted_rest_share_a_term(extract_text, text):
    result = extract_text(text)
    assert ("Vera Kuzina", 36) in term_pairs(result)
    assert ("sentence", 5) in _counts(result)
    assert ("Ivan Sorokin", 60) in term_pairs(result)


# -- who the person is -----------------------------------------------------------------------------


def test_a_reflexive_set_off_after_a_relative_is_the_relative(extract_text):
    result = extract_text(
        "Emre Kaplan was sentenced to three years on Thursday.\n\n"
        "Kaplan's uncle, himself a cartoonist, was imprisoned for two years during the 1980s."
    )
    assert ("Emre Kaplan", 24) not in term_pairs(result)
    assert ("Emre Kaplan", 36) in term_pairs(result)


def test_a_reflexive_set_off_after_a_name_is_that_name(extract_text):
    result = extract_text(
        "Emre Kaplan was sentenced on Monday.\n\nLeyla Sahin, herself a former prisoner, was imprisoned "
        "for two years in 2019."
    )
    assert ("Leyla Sahin", 24) in term_pairs(result)


def test_a_definite_role_names_the_one_person_titled_so(extract_text):
    result = extract_text(
        "Kazakh poet Dana Serikova released\n\n"
        "ALMATY — Dana Serikova left the colony on Monday, her brother, Arman Serikov, told reporters.\n\n"
        "The poet, who wrote about the unrest in the west, was convicted of spreading false news in 2023."
    )
    assert ("sentence", "Dana Serikova") in _events(result)
    assert ("sentence", "Arman Serikov") not in _events(result)


def test_the_object_of_an_event_noun_told_with_a_participle_is_no_group_of_its_own(extract_text):
    result = extract_text(
        "The monitors said they had confirmed the release of 41 people jailed for protesting, among "
        "them the student Min Ko Lwin."
    )
    assert ("sentence", 41) not in _counts(result)
    assert ("release", 41) in _counts(result)


@pytest.mark.parametrize(
    ("text", "person_end", "label"),
    [
        ("Hamdi Sabry Abdelmaguid, a baker", 2, "PERSON"),  # the tagger's person cut short
        ("Tran Van Minh City", 3, None),  # a place whose head the tagger left out
    ],
)
def test_a_run_of_capitals_past_a_person_entity_is_a_person(text, person_end, label):
    import spacy
    from spacy.tokens import Span

    from vigil.extract.en.persons import _run_label

    doc = spacy.blank("en")(text)
    doc.ents = [Span(doc, 0, person_end, label="PERSON")]
    run = [t for t in doc if t.text[:1].isupper()]
    assert _run_label(run) == label


def test_names_joined_in_a_verdict_list_line_share_its_term(extract_text):
    text = (
        "Verdicts of the month:\n\n"
        "- married couple Pavel Hlebau and Iryna Hlebava from Lida — 18 months each for insults;\n"
        "- Mikita Zhuk, Olga Sidarava and Anton Lisouski — three years.\n"
    )
    terms = term_pairs(extract_text(text))
    assert {("Pavel Hlebau", 18), ("Iryna Hlebava", 18)} <= terms
    assert {("Mikita Zhuk", 36), ("Olga Sidarava", 36), ("Anton Lisouski", 36)} <= terms
    text = (
        "Verdicts of the month:\n\n- Anton Lisouski, Olga Sidarava's nephew and a driver, four years;\n"
        "- Olga Sidarava, a nurse, two years.\n"
    )
    terms = term_pairs(extract_text(text))
    assert {("Anton Lisouski", 48), ("Olga Sidarava", 24)} <= terms
    assert ("Olga Sidarava", 48) not in terms


def test_a_short_lead_in_after_the_verdicts_sentence_keeps_it(extract_text):
    text = (
        "Verdicts in Tula\n\nThe judge read out the sentences for an hour. Here they are:\n\n"
        "— Gleb Orlov, 23: eleven years;\n— Nina Fomina, 20: six years.\n"
    )
    assert {("Gleb Orlov", 132), ("Nina Fomina", 72)} <= term_pairs(extract_text(text))


# -- terms told in brackets and changed in a relative clause ----------------------------------------


def test_a_bare_bracketed_term_takes_the_unit_of_the_one_before(extract_text):
    terms = term_pairs(
        extract_text(
            "Monitors listed the verdicts: Ruslan Gavrin (seven years), Zoya Kurnik (four and a half) and "
            "Timur Aliev (21)."
        )
    )
    assert {("Ruslan Gavrin", 84), ("Zoya Kurnik", 54)} <= terms
    assert not any(name == "Timur Aliev" for name, _ in terms)  # "(21)": an age


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("Ruslan Gavrin was handed an 11-year term, which an appeal court later cut to eight.", 96),
        ("Ruslan Gavrin received a six-year sentence that was reduced to three years on appeal.", 36),
        ("Ruslan Gavrin was sentenced to a seven-year term, which was later extended by two years.", 108),
        ("Ruslan Gavrin's four-year sentence was extended by a year.", 60),
    ],
)
def test_a_term_changed_in_a_relative_clause_is_a_sentence_too(extract_text, text, months):
    assert ("Ruslan Gavrin", months) in term_pairs(extract_text(text))


def test_a_change_someone_wants_is_no_term(extract_text):
    terms = term_pairs(
        extract_text("Ruslan Gavrin was given a nine-year sentence, which his lawyers want cut to five.")
    )
    assert ("Ruslan Gavrin", 60) not in terms
    assert ("Ruslan Gavrin", 108) in terms


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("Ruslan Gavrin, whose seven-year sentence ends next spring, wrote to his daughter.", 84),
        ("Ruslan Gavrin, whose 10-year prison term was upheld in June, has lost weight, his wife says.", 120),
    ],
)
def test_whose_term_is_the_described_persons(extract_text, text, months):
    assert ("Ruslan Gavrin", months) in term_pairs(extract_text(text))


@pytest.mark.parametrize(
    "text",
    [
        "Ruslan Gavrin, whose possible 10-year sentence worries his family, is on trial.",
        "Ruslan Gavrin, whose brother's nine-year sentence ends in 2027, spoke to reporters.",
    ],
)
def test_whose_possible_or_someone_elses_term_is_none(extract_text, text):
    assert not term_pairs(extract_text(text))
