"""Who is a person in English wire copy: headline nouns, products and places stay out; names
the tagger calls organisations or places come in when a prison term or a coordinated relative
says they are people's."""

from __future__ import annotations

import pytest

from vigil.model import Extraction


def names(result: Extraction) -> set[str]:
    return {p.name for p in result.persons}


def pairs(result: Extraction) -> set[tuple[str, str, int | None]]:
    by_id = {p.id: p.name for p in result.persons}
    return {(e.type, by_id[pid], e.term_months) for e in result.events for pid in e.persons}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a role noun before everyday words of a headline the story never repeats as a name
        (
            "Second Detainee Mistreatment Report Expected\n\nInvestigators said guards mistreated"
            " detainees at the jail, a report will say.",
            set(),
        ),
        (
            "Appeals Judge Blocks Release of Trial Tapes\n\nA judge stopped the release of tapes"
            " from the trial on Tuesday.",
            set(),
        ),
        (
            "Senate to Debate Prisoner Amnesty Law\n\nLawmakers will weigh a law that frees some"
            " inmates early.",
            set(),
        ),
        # a given name over a word of the headline, the story giving that name another surname
        (
            "Key Helen Witness Gets Probation\n\nA clerk who helped Helen Marsh hide the files was"
            " spared prison on Friday.",
            {"Helen Marsh"},
        ),
        # a headline of three words is a headline too
        ("Rangers Sign Petrov\n\nThe club signed the defender Ivan Petrov on Saturday.", {"Ivan Petrov"}),
    ],
)
def test_headline_words_are_no_person(extract_text, text, expected):
    assert names(extract_text(text)) == expected


def test_a_headline_name_the_story_repeats_stays(extract_text):
    result = extract_text(
        "Reporter Tofig Guliyev Freed After Two Years\n\nGuliyev walked out of the colony on Monday,"
        " his wife said."
    )
    assert names(result) == {"Tofig Guliyev"}


@pytest.mark.parametrize(
    ("text", "product"),
    [
        ("The company released Ledger Server 4.0 to its customers on Monday.", "Ledger Server"),
        ("On Monday the firm released Safety Update 2004-09-30 for its laptops.", "Safety Update"),
        ("It launched Ticket Desk version 5.0 and a new partnership.", "Ticket Desk"),
        ("The bundle includes a new free Photo Viewer with added tools.", "Photo Viewer"),
    ],
)
def test_products_are_no_persons(extract_text, text, product):
    assert product not in names(extract_text(text))


def test_an_indefinite_article_makes_a_kind_not_a_name(extract_text):
    assert (
        names(extract_text("A former Green Beret led the three men, who were convicted on Friday.")) == set()
    )
    # but a known given name under one is a person's ("an apologetic Michael Phelps")
    result = extract_text("An apologetic Michael Phelps said he made a mistake when he was arrested.")
    assert "Michael Phelps" in names(result)


@pytest.mark.parametrize(
    "text",
    [
        "A court in the northern province of Thái Bình on Friday sentenced four activists.",
        "Police detained them near Victoria Park with candles and leaflets on Sunday.",
    ],
)
def test_places_are_no_persons(extract_text, text):
    assert names(extract_text(text)) == set()


def test_a_prison_term_makes_a_pair_of_unseen_names_people(extract_text):
    result = extract_text("Saba Meskhi and Andro Chichua got four years in prison on Monday, the court said.")
    assert names(result) == {"Saba Meskhi", "Andro Chichua"}


def test_a_name_handed_a_term_is_a_person(extract_text):
    result = extract_text("On Friday the activist Ramil Hasanov was handed seven years in a colony.")
    assert "Ramil Hasanov" in names(result)


def test_a_company_given_years_of_relief_is_no_person(extract_text):
    assert names(extract_text("In the end Gazprom got five years of tax breaks from the state.")) == set()


def test_brothers_share_a_double_surname(extract_text):
    result = extract_text(
        "The brothers Jorge and Lázaro Peña Milián, who filmed the march, were sentenced to 10 and"
        " 12 years in prison respectively."
    )
    assert {"Jorge Peña Milián", "Lázaro Peña Milián"} <= names(result)
    assert ("sentence", "Jorge Peña Milián", 120) in pairs(result)
    assert ("sentence", "Lázaro Peña Milián", 144) in pairs(result)


@pytest.mark.parametrize(
    "text",
    [
        "Police say two brothers who had lived in the city for a decade, Tamerlan and Dzhokhar"
        " Tsarnaev, carried the bombs.",
        "The police detained the brothers Tamerlan and Dzhokhar Tsarnaev on the same day.",
    ],
)
def test_a_lone_given_name_beside_a_full_name_shares_its_surname(extract_text, text):
    assert names(extract_text(text)) == {"Tamerlan Tsarnaev", "Dzhokhar Tsarnaev"}


def test_a_list_of_single_names_keeps_them_apart(extract_text):
    result = extract_text(
        "The concert featured singers Brandy, Monica and Lauryn Hill, who sang for an hour."
    )
    assert "Monica Hill" not in names(result)


def test_a_name_that_spent_time_in_prison_is_a_person(extract_text):
    result = extract_text("Ekrem Durmaz has now spent 400 days in Silivri prison, his lawyer said.")
    assert names(result) == {"Ekrem Durmaz"}
    assert names(extract_text("The delegation spent two weeks in Geneva at the talks.")) == set()


def test_a_name_the_story_calls_a_province_is_a_place_everywhere(extract_text):
    result = extract_text(
        "The Taliban attacked a compound in central Maidan Wardak province on Monday. Officials in"
        " Maidan Wardak said Governor Abdul Karimi was unhurt."
    )
    assert "Maidan Wardak" not in names(result)


def test_a_city_named_for_a_person_lends_no_word_to_a_name(extract_text):
    result = extract_text(
        "• Hanoi: Blogger Tran Minh Khoa was jailed for five years.\n"
        "• Ho Chi Minh City: Environmental campaigner Le Thi Ngoc Anh was released early from prison."
    )
    assert names(result) == {"Tran Minh Khoa", "Le Thi Ngoc Anh"}
    assert ("release", "Tran Minh Khoa", None) not in pairs(result)


def test_a_place_is_no_short_form_of_a_name_like_it(extract_text):
    result = extract_text(
        "Bombs killed 12 people in Baghdad on Sunday. The message was purportedly that of Abu Bakr"
        " al-Baghdadi, the group's leader."
    )
    person = next(p for p in result.persons if p.name == "Abu Bakr al-Baghdadi")
    text = result.document.text
    assert [text[s:e] for s, e in person.mentions] == ["Abu Bakr al-Baghdadi"]


def test_a_name_after_in_is_a_place_despite_the_tagger(extract_text):
    result = extract_text(
        "Fighters were killed in IS attacks in Badia al-Sukhnah on Tuesday, the monitor said."
    )
    assert names(result) == set()
