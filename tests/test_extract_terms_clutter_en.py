"""Terms and sentences told through clutter (session 18), on sentences written for these tests
(none copied from an evaluation set): lists whose items carry roles with prepositions, a phrase
set off after "and" before the second verb, a name bracketed before its verdict, "one of ...,
NAME," as a subject, time served for an offence, terms of several people in one phrase, the
owner of a term upheld or cut, members of the forces tried for crimes of office, a quoted
nickname inside a name, and "awarded" terms."""

from __future__ import annotations

import pytest

from tests.extract_views import event_pairs as _events
from tests.extract_views import group_counts as _counts
from tests.extract_views import term_pairs

# -- lists whose items carry a role with a preposition ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Marta Linde, the editor of Vecer, Tomas Hruby, a reporter for Radio Sever, and Jonas Kell, a "
        "poet, were sentenced to five years each.",
        "The court sentenced Marta Linde, the editor of Vecer, Tomas Hruby, a reporter for Radio "
        "Sever, and Jonas Kell, a poet, to five years each.",
        "Marta Linde, one of the organisers, Tomas Hruby, a lecturer at the polytechnic, and Jonas "
        "Kell were jailed for five years each.",
    ],
)
def test_every_item_of_a_list_with_roles_takes_the_verdict(extract_text, text):
    terms = term_pairs(extract_text(text))
    assert {("Marta Linde", 60), ("Tomas Hruby", 60), ("Jonas Kell", 60)} <= terms


def test_a_name_inside_a_role_of_a_list_is_no_item(extract_text):
    result = extract_text("Police detained Marta Linde, the wife of Tomas Hruby, and Jonas Kell.")
    assert ("arrest", "Tomas Hruby") not in _events(result)
    assert {("arrest", "Marta Linde"), ("arrest", "Jonas Kell")} <= _events(result)
    result = extract_text("Marta Linde, a lawyer for Tomas Hruby, and Jonas Kell were detained.")
    assert ("arrest", "Tomas Hruby") not in _events(result)


# -- a phrase set off after "and" before the second verb ----------------------------------------


@pytest.mark.parametrize(
    ("text", "term"),
    [
        (
            "Marta Linde was detained in April and, after a closed trial, sentenced in June to six years "
            "in prison.",
            72,
        ),
        ("Marta Linde was arrested at her flat and, after a hearing in Szeged, sentenced to four years.", 48),
        ("Marta Linde was convicted of treason and, after two appeals, sentenced to life.", None),
    ],
)
def test_a_verdict_after_a_phrase_set_off_by_and_is_the_subjects(extract_text, text, term):
    result = extract_text(text)
    assert ("sentence", "Marta Linde") in _events(result)
    if term is not None:
        assert ("Marta Linde", term) in term_pairs(result)


# -- a name bracketed before its verdict; "one of ..., NAME," ---------------------------------


def test_a_verdict_in_brackets_after_a_name_is_that_persons(extract_text):
    result = extract_text(
        "Marta Linde (sentenced to six years) and Tomas Hruby (five years) remain in prison."
    )
    assert {("Marta Linde", 72), ("Tomas Hruby", 60)} <= term_pairs(result)
    result = extract_text("Marta Linde (detained in May) was freed on Friday.")
    assert ("arrest", "Marta Linde") in _events(result)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "One of the men detained after the strike, 52-year-old Tomas Hruby, died in a prison in "
            "Vac while serving a nine-year term.",
            ("death", "Tomas Hruby"),
        ),
        (
            "One of them, the drummer Tomas Hruby, was later sentenced to five years.",
            ("sentence", "Tomas Hruby"),
        ),
        ("One of the lawyers for Marta Linde, Tomas Hruby, was detained.", ("arrest", "Tomas Hruby")),
    ],
)
def test_one_of_a_group_named_before_the_verb_is_the_name(extract_text, text, event):
    result = extract_text(text)
    assert event in _events(result)
    assert ("arrest", "Marta Linde") not in _events(result)


def test_one_of_a_group_dying_while_serving_keeps_the_term(extract_text):
    result = extract_text(
        "One of the men detained after the strike, 52-year-old Tomas Hruby, died in a prison in Vac "
        "while serving a nine-year term."
    )
    assert ("Tomas Hruby", 108) in term_pairs(result)


# -- time served for an offence -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "term"),
    [
        (
            "Last week Lau Wing-sze, a former student organiser, was released after serving 28 months for "
            "incitement.",
            28,
        ),
        ("Dario Ferro walked free on Monday after serving two years for insulting the president.", 24),
        (
            "Dario Ferro is out. He left the jail on Sunday after serving four years and five months "
            "for incitement.",
            53,
        ),
        ("Dario Ferro was freed after serving three years for his role in the protests.", 36),
    ],
)
def test_time_served_for_an_offence_is_the_term(extract_text, text, term):
    result = extract_text(text)
    assert ("Dario Ferro" if "Ferro" in text else "Lau Wing-sze", term) in term_pairs(result)


@pytest.mark.parametrize(
    "text",
    [
        "Dario Ferro walked free after serving 50 months.",
        "Dario Ferro walked free after serving more than three years for sedition.",
        "Dario Ferro returned home after serving two years for the army.",
        "Dario Ferro moved to Paris after serving two years for a charity.",
        "Dario Ferro could be freed after serving two years for fraud.",
        "Dario Ferro will walk free after serving two years for fraud.",
    ],
)
def test_time_served_alone_approximate_or_for_a_body_gives_no_term(extract_text, text):
    assert not term_pairs(extract_text(text))


# -- terms of several people told in one phrase -----------------------------------------------


def test_terms_listed_after_a_plural_term_noun_give_none_the_last_one(extract_text):
    # (the order alone does not say who got which term: no pairing without "respectively")
    result = extract_text(
        "Two reporters, Marta Linde and Tomas Hruby, received sentences of six and five years."
    )
    assert {("sentence", "Marta Linde"), ("sentence", "Tomas Hruby")} <= _events(result)
    assert ("Marta Linde", 60) not in term_pairs(result)
    result = extract_text("Marta Linde and Tomas Hruby received prison sentences of five years each.")
    assert {("Marta Linde", 60), ("Tomas Hruby", 60)} <= term_pairs(result)


def test_a_term_before_its_recipient_is_no_term_of_the_name_before(extract_text):
    result = extract_text(
        "The court handed down sentences of six years to Marta Linde and five years to Tomas Hruby."
    )
    assert ("Marta Linde", 60) not in term_pairs(result)
    assert ("Tomas Hruby", 72) not in term_pairs(result)


def test_a_group_told_with_respectively_keeps_no_one_term(extract_text):
    result = extract_text(
        "A court on Thursday jailed two journalists of the outlet Kolo.\n\n"
        "The judge convicted them and sentenced them to seven years and four years in jail respectively."
    )
    assert not [e for e in result.events if e.count == 2 and e.term_months is not None]


def test_the_verbs_own_clause_holds_its_term_list(extract_text):
    result = extract_text(
        "Marta Linde was awarded three years by the court, while the remaining defendants received terms "
        "of between two and nine years."
    )
    assert ("Marta Linde", 36) in term_pairs(result)


# -- the owner of a term upheld, cut or left unchanged -----------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "term"),
    [
        ("The court upheld the 14-year sentence of union organiser Karim Belhadj.", "Karim Belhadj", 168),
        (
            "At a later hearing, the same judges upheld a 12-year sentence against Karim Belhadj, a blogger.",
            "Karim Belhadj",
            144,
        ),
        (
            "The appeals chamber left unchanged the seven-year term of Karim Belhadj, a former deputy.",
            "Karim Belhadj",
            84,
        ),
        (
            "The Supreme Court cut the prison sentence of lawyer and blogger Karim Belhadj from 16 years "
            "to 12.",
            "Karim Belhadj",
            144,
        ),
    ],
)
def test_the_owner_of_a_term_behind_a_role(extract_text, text, name, term):
    assert (name, term) in term_pairs(extract_text(text))


def test_a_term_of_office_of_a_named_person_is_none(extract_text):
    assert not extract_text("Parliament extended the five-year term of the president.").events


def test_convictions_counted_for_a_part_of_the_accused(extract_text):
    result = extract_text("In all, the appeals court confirmed convictions for 19 of the 23 defendants.")
    assert ("sentence", 19) in _counts(result)
    assert ("sentence", 12) in _counts(extract_text("The court upheld the convictions against 12 activists."))
    assert not extract_text("Lawyers will appeal the convictions for nine protesters.").events
    assert not extract_text("The court upheld convictions for fraud on Monday.").events


# -- members of the forces tried for crimes of office ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "In another case, a judge in Pinsk sentenced a former road police officer, Ivan Lapko, "
        "to four years for taking bribes from drivers.",
        "At a later hearing, the court upheld a 12-year sentence against Ivan Lapko, a former customs "
        "inspector convicted of smuggling diesel.",
        "Last month a court jailed a former police colonel, Ivan Lapko, for 12 years for accepting bribes.",
        "Police officer Ivan Lapko was sentenced to 12 years for bribery.",
    ],
)
def test_an_officer_jailed_for_a_crime_of_office_is_no_political_prisoner(extract_text, text):
    result = extract_text(text)
    assert "Ivan Lapko" in {p.name for p in result.persons}
    assert not _events(result)


@pytest.mark.parametrize(
    "text",
    [
        "A court jailed the journalist Ivan Lapko for 12 years for reporting on corruption among police "
        "officers.",
        "A court jailed former police officer Ivan Lapko for 12 years for criticising the government.",
    ],
)
def test_a_reporter_of_corruption_or_an_officer_jailed_for_speech_keeps_the_verdict(extract_text, text):
    assert ("Ivan Lapko", 144) in term_pairs(extract_text(text))


# -- a quoted nickname inside a name; "awarded" ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "term"),
    [
        ('Wiroj "Pond" Kaewsai, 26, a former student, was sentenced to three years.', "Wiroj Kaewsai", 36),
        (
            'The appeal court raised the sentence of rapper Wiroj "Pond" Kaewsai from four years to six.',
            "Wiroj Kaewsai",
            72,
        ),
        ('Rapper Wiroj "Pond" Kaewsai was jailed for two years.', "Wiroj Kaewsai", 24),
    ],
)
def test_a_quoted_nickname_inside_an_unlisted_name(extract_text, text, name, term):
    result = extract_text(text)
    assert (name, term) in term_pairs(result)


def test_a_quoted_word_inside_a_product_name_is_no_person(extract_text):
    assert not extract_text('Shares of Apple "Vision" Pro fell on Monday.').persons


@pytest.mark.parametrize(
    ("text", "term"),
    [
        (
            "Party worker Samina Akhtar, a school teacher from Okara, was awarded three years by the court.",
            36,
        ),
        ("The judge awarded Samina Akhtar a seven-year sentence.", 84),
    ],
)
def test_a_term_awarded_by_a_court(extract_text, text, term):
    assert ("Samina Akhtar", term) in term_pairs(extract_text(text))


def test_an_award_of_a_grant_is_no_sentence(extract_text):
    assert not extract_text("Samina Akhtar was awarded a three-year grant by the court of auditors.").events


def test_a_turkic_patronymic_particle_closes_the_name(extract_text):
    result = extract_text(
        "A court in Osh sentenced the reporter Aidana Kasymbek kyzy to six years. Kasymbek kyzy "
        "denied the charges. Her colleague Nurlan Abdybek uulu was released on probation."
    )
    assert ("Aidana Kasymbek kyzy", 72) in term_pairs(result)
    assert ("release", "Nurlan Abdybek uulu") in _events(result)


@pytest.mark.parametrize(
    "text",
    [
        "Marta Linde was given six years and her husband, Tomas Hruby, four years.",
        "Marta Linde was sentenced to six years; Tomas Hruby to four years.",
        "Marta Linde was sentenced on Monday to six years in prison; Tomas Hruby to four years of restricted "
        "freedom.",
        "The court gave Marta Linde six years and the driver, Tomas Hruby, four.",
    ],
)
def test_a_gapped_clause_after_a_role_or_a_semicolon_has_its_own_term(extract_text, text):
    terms = term_pairs(extract_text(text))
    assert {("Marta Linde", 72), ("Tomas Hruby", 48)} <= terms
    assert ("Tomas Hruby", 72) not in terms


def test_a_second_clause_with_its_own_verb_is_no_gapped_term(extract_text):
    result = extract_text("Marta Linde was sentenced to eight years and her lawyer, Tomas Hruby, was fined.")
    assert ("Tomas Hruby", 96) not in term_pairs(result)


@pytest.mark.parametrize(
    "text",
    [
        "Marta Linde received three years on each of two counts, six years in total.",
        "Marta Linde was given three years for each count, or six years in total.",
    ],
)
def test_a_total_after_the_term_of_each_count_is_a_term_too(extract_text, text):
    assert {("Marta Linde", 36), ("Marta Linde", 72)} <= term_pairs(extract_text(text))


def test_a_groups_total_is_no_ones_term(extract_text):
    result = extract_text(
        "Marta Linde was sentenced to three years; in total, 40 people were sentenced to 120 years."
    )
    assert term_pairs(result) == {("Marta Linde", 36)}


# -- headlines that tell the term -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Court jails blogger for three years over online posts\n\nORAN - A court in Oran on Sunday "
        "convicted the blogger Nadir Saadi of insulting state institutions, his lawyer said.",
        "Three years in prison for blogger Nadir Saadi\n\nORAN - A court in Oran on Sunday convicted "
        "the blogger Nadir Saadi of insulting state institutions, his lawyer said.",
        "Three years for Nadir Saadi: court jails blogger over posts\n\nA court in Oran on Sunday "
        "convicted Nadir Saadi.",
    ],
)
def test_a_headline_term_in_sentence_case_or_before_the_name(extract_text, text):
    assert ("Nadir Saadi", 36) in term_pairs(extract_text(text))


@pytest.mark.parametrize(
    "text",
    [
        "Court could jail blogger for three years\n\nORAN - A court in Oran on Sunday convicted the "
        "blogger Nadir Saadi of insulting state institutions.",
        "Three years sought for blogger Nadir Saadi\n\nORAN - Prosecutors asked for three years for "
        "the blogger Nadir Saadi.",
        "Three years for Nadir Saadi?\n\nThe verdict is due on Monday.",
    ],
)
def test_a_headline_term_hedged_sought_or_asked_is_none(extract_text, text):
    assert not term_pairs(extract_text(text))
