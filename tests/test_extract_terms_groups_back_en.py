"""English terms and groups in long, dense news: an elliptic "as did X" sharing a term, an age
closing a sentence, a second passive the parser joins to a time clause's gerund, a relative
clause's second conjunct, an emphatic reflexive, listed participles hung on a place, pronouns
beside a judge named in the court's description, a term a new one rose or fell from, and a group
counted back ("the two", "all nine defendants"). The sentences are written here, not taken from
any evaluation set."""

from __future__ import annotations

import pytest

from tests.test_extract_wire_en import events, terms


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The editors Olga Marin and Pavel Stoica each got seven years, as did the driver Ion"
            " Petrescu, 33.",
            {("Olga Marin", 84), ("Pavel Stoica", 84), ("Ion Petrescu", 84)},
        ),
        (
            "The cartoonist Omar Haddad was handed five years, as was his publisher Samir Aoun.",
            {("Omar Haddad", 60), ("Samir Aoun", 60)},
        ),
    ],
)
def test_an_elliptic_as_did_clause_shares_the_term(extract_text, text, expected):
    assert terms(extract_text(text)) == expected


def test_as_did_traps(extract_text):
    # the clause after a noun trigger is about the noun's speaker, not its patient
    result = extract_text("Lawyers condemned the arrest of Omar Haddad, as did Samir Aoun.")
    assert ("arrest", "Samir Aoun") not in events(result)
    result = extract_text("Omar Haddad received five years, as did not Samir Aoun.")
    assert ("sentence", "Samir Aoun") not in events(result)


def test_an_age_closing_a_sentence_is_no_term(extract_text):
    result = extract_text("Three students received six years each, as did the nurse Lena Varga, 29.")
    assert ("Lena Varga", 348) not in terms(result)
    assert ("Lena Varga", 72) in terms(result)


def test_a_second_passive_joined_to_a_time_clause_is_the_detainees(extract_text):
    result = extract_text(
        "The cameraman Oskar Lind was arrested in March while covering a strike at the port and was"
        " later given six years for espionage."
    )
    assert {("arrest", "Oskar Lind"), ("sentence", "Oskar Lind")} <= events(result)
    assert ("Oskar Lind", 72) in terms(result)


@pytest.mark.parametrize(
    ("text", "name", "months"),
    [
        (
            "Aboard the plane was the surgeon Maria Solano, who had shared a ward with him and who had"
            " been sentenced in absentia to 14 years.",
            "Maria Solano",
            168,
        ),
        (
            "In the gallery sat the poet Kemal Uysal, 68, who was himself sentenced to five years in"
            " jail by a state security court in 1983.",
            "Kemal Uysal",
            60,
        ),
    ],
)
def test_a_relative_clauses_sentence_reaches_its_noun(extract_text, text, name, months):
    assert (name, months) in terms(extract_text(text))


def test_listed_participles_on_a_place_are_the_main_verbs(extract_text):
    result = extract_text(
        "Rafael Ortiz joined the rebels in 1969. He was detained by soldiers in 1975 after a raid in"
        " Esteli, beaten, and sentenced by a court-martial to 12 years."
    )
    assert ("Rafael Ortiz", 144) in terms(result)


def test_a_judge_in_the_courts_description_is_not_the_defendant(extract_text):
    result = extract_text(
        "Police detained the teacher Reza Karimi in May. A tribunal presided over by Judge Hamid"
        " Nouri sentenced him to death in June; the verdict was quashed and, at a second trial, he"
        " was sentenced to nine years."
    )
    assert ("Reza Karimi", 108) in terms(result)
    assert not any(n == "Hamid Nouri" for _, n in events(result))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nadia Farouk and Leila Mansour were each sentenced to 21 years, up from 16.",
            {("Nadia Farouk", 252), ("Nadia Farouk", 192), ("Leila Mansour", 252), ("Leila Mansour", 192)},
        ),
        (
            "Karim Saleh was jailed for nine years, down from 12 years at his first trial.",
            {("Karim Saleh", 108), ("Karim Saleh", 144)},
        ),
        # a request is no verdict
        ("Karim Saleh was jailed for nine years, up from six sought by prosecutors.", {("Karim Saleh", 108)}),
        ("Prosecutors want Karim Saleh jailed for nine years, up from six.", set()),
    ],
)
def test_the_term_a_new_one_rose_or_fell_from_is_a_sentence(extract_text, text, expected):
    assert terms(extract_text(text)) == expected


def test_a_group_counted_back_is_the_people_just_told(extract_text):
    result = extract_text(
        "A regional court on Monday convicted four of the six activists on trial.\n\n"
        "Judge Irina Volkova read the verdict. Pavel Sokol was given six years and Anton Reznik"
        " five. Oleg Titov and Maxim Dorn each received four years.\n\n"
        "Two defendants, Vera Lisitsyna and Olga Krug, were acquitted. The two teachers were freed in"
        " the courtroom.\n\n"
        "The six had been detained in a wave of raids in April."
    )
    freed = {n for t, n in events(result) if t == "release"}
    assert freed == {"Vera Lisitsyna", "Olga Krug"}
    detained = {n for t, n in events(result) if t == "arrest"}
    six = {"Pavel Sokol", "Anton Reznik", "Oleg Titov", "Maxim Dorn", "Vera Lisitsyna", "Olga Krug"}
    assert six <= detained
    assert "Irina Volkova" not in detained


def test_a_group_counted_back_of_another_size_names_no_one(extract_text):
    result = extract_text(
        "Pavel Sokol was given six years and Anton Reznik five. Oleg Titov was fined.\n\n"
        "The four had been detained in a wave of raids in April."
    )
    assert not {n for t, n in events(result) if t == "arrest"}


def test_all_the_defendants_counted_back_are_the_people_named_since_the_group(extract_text):
    result = extract_text(
        "Court jails five dockers\n\n"
        "GDANSK - A court on Friday jailed five dock workers and a union lawyer over a strike.\n\n"
        "Tomasz Wrona got three years. Piotr Lis and Adam Bury received two years each, and Ewa"
        " Nowak, Jan Kula and Rafal Sowa one year each.\n\n"
        "The court acquitted three more: Marek Zych, Ola Dab and Lena Gora.\n\n"
        "All nine defendants were detained in June."
    )
    detained = {n for t, n in events(result) if t == "arrest"}
    jailed = {"Tomasz Wrona", "Piotr Lis", "Adam Bury", "Ewa Nowak", "Jan Kula", "Rafal Sowa"}
    assert detained == jailed | {"Marek Zych", "Ola Dab", "Lena Gora"}
    counts = {(e.type, e.count) for e in result.events}
    assert ("arrest", 9) in counts


def test_all_before_a_count_is_no_approximation(extract_text):
    result = extract_text(
        "Court jails students\n\nA court jailed seven students on Monday.\n\n"
        "The judges tried 13 defendants in all.\n\nAll 13 defendants were arrested on May 4."
    )
    assert ("arrest", 13) in {(e.type, e.count) for e in result.events}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The poet Samir Ouali was fined 20,000 dinars and freed.", {("release", "Samir Ouali")}),
        ("The poet Samir Ouali was questioned for six hours and released.", {("release", "Samir Ouali")}),
        # a noun after "and" with its own determiner is no verb
        ("The poet Samir Ouali was fined and the seized books returned.", set()),
    ],
)
def test_a_participle_closing_a_list_read_as_a_noun_is_a_verb(extract_text, text, expected):
    assert {e for e in events(extract_text(text)) if e[0] == "release"} == expected


def test_the_other_few_are_not_the_people_named_before(extract_text):
    result = extract_text(
        "A court in Varna jailed four students on Friday.\n\n"
        "Ivo Pran received three years and Lea Dunst two. The other two, who were minors and were "
        "not named, received terms of ten months each."
    )
    assert {n for n, months in terms(result) if months == 10} == set()
    assert ("Ivo Pran", 36) in terms(result)


def test_a_judge_with_a_rank_before_the_title_is_of_the_bench(extract_text):
    result = extract_text(
        "A court in Varna ruled on the case of three students on Friday.\n\n"
        "District Judge Mara Holt gave Ivo Pran three years and Lea Dunst two.\n\n"
        "The three had been picked up at their flats in May."
    )
    assert not any(n == "Mara Holt" for t, n in events(result))
