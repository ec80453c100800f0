"""English person names the tagger misses or runs together, and the traps that look like names."""

from __future__ import annotations

import pytest

from vigil.model import Extraction


def names(result: Extraction) -> set[str]:
    return {p.name for p in result.persons}


def events(result: Extraction) -> set[tuple[str, str]]:
    by_id = {p.id: p.name for p in result.persons}
    return {(e.type, by_id[pid]) for e in result.events for pid in e.persons}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In Istanbul Okan Polat was detained at dawn.", {"Okan Polat"}),
        (
            "Activists in Lankaran Elvin Mammadzade and Rauf Aliyev were detained.",
            {"Elvin Mammadzade", "Rauf Aliyev"},
        ),
        (
            "Protesters from Gomel Sergei Ivanov and Anna Petrova were fined.",
            {"Sergei Ivanov", "Anna Petrova"},
        ),
    ],
)
def test_a_town_before_a_name_is_no_part_of_it(extract_text, text, expected):
    assert names(extract_text(text)) == expected


def test_vietnamese_three_part_names_after_in_stay_whole(extract_text):
    result = extract_text(
        "The hearing in Ho Thi Lan's case lasted a day. The court in Ho Chi Minh City sentenced"
        " Ho Thi Lan to three years."
    )
    assert names(result) == {"Ho Thi Lan"}
    assert ("sentence", "Ho Thi Lan") in events(result)


def test_a_sentence_listing_names_is_not_a_headline(extract_text):
    result = extract_text("Among them were Okan Polat, Halil Yıldız and Şebnem Korur Fincancı.")
    assert names(result) == {"Okan Polat", "Halil Yıldız", "Şebnem Korur Fincancı"}


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("The Russian court sentenced Kurmasheva to six and a half years in prison.", "sentence"),
        ("Kurmasheva was freed in a prisoner swap on Thursday, along with Evan Gershkovich.", "release"),
        ("Kurmasheva's release was welcomed by her colleagues.", "release"),
        ('"I am happy to be home," Kurmasheva said.', None),
    ],
)
def test_a_surname_alone_names_a_person(extract_text, text, event):
    result = extract_text(text)
    assert "Kurmasheva" in names(result)
    if event:
        assert (event, "Kurmasheva") in events(result)


def test_a_lone_surname_joins_the_full_name_given_later(extract_text):
    result = extract_text(
        "Police detained Kurmasheva in Kazan. The journalist Alsu Kurmasheva works for RFE/RL."
        " Kurmasheva denied the charges."
    )
    assert len(result.persons) == 1
    assert result.persons[0].name == "Alsu Kurmasheva"


@pytest.mark.parametrize(
    "text",
    [
        "Mr President, Belarus must free its prisoners. Madam Speaker, we agree.",
        "The Kremlin said the release was a gesture. Minsk released the prisoners.",
        "Amnesty said Belsat's release of the video was brave.",
        "Belarus Frees Political Prisoners In Surprise Move Ahead Of Talks",
        "Vilnius District Court Jails Activist For Six Years\nThe court jailed a local activist.",
    ],
)
def test_offices_organisations_places_and_headlines_are_no_persons(extract_text, text):
    assert names(extract_text(text)) == set()


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        ("By ŽYDRŪNAS ŠIMKUS AND ŁUCJA WIŚNIEWSKA", {"Žydrūnas Šimkus", "Łucja Wiśniewska"}),
        ("Written by JĀNIS OZOLS", {"Jānis Ozols"}),
        ("By Gintarė Žukauskaitė and Kęstutis Šerėnas", {"Gintarė Žukauskaitė", "Kęstutis Šerėnas"}),
    ],
)
def test_bylines_with_diacritics_and_in_capitals(extract_text, byline, expected):
    result = extract_text(f"{byline}\n\nA court in Baku jailed the blogger Elvin Aliyev on Tuesday.")
    assert names(result) == expected | {"Elvin Aliyev"}


def test_baltic_and_polish_names_in_running_text(extract_text):
    result = extract_text(
        "Authorities released Rasuł Bekmakhanov, Ināra Vilkaste and Mārtiņš Kalniņš, three journalists."
        " Ruta Vanagaite said the court had jailed Vytautas Šustauskas and Eglė Kuzmickienė."
    )
    assert {"Rasuł Bekmakhanov", "Ināra Vilkaste", "Mārtiņš Kalniņš", "Eglė Kuzmickienė"} <= names(result)
    assert ("release", "Ināra Vilkaste") in events(result)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police say two brothers, Tamerlan and Dzhokhar Tsarnaev, carried the bombs.",
            {"Tamerlan Tsarnaev"},
        ),
        ("The couple, Ales and Natallia Pinchuk, were detained in Brest.", {"Ales Pinchuk"}),
    ],
)
def test_a_given_name_coordinated_with_a_full_name_shares_its_surname(extract_text, text, expected):
    assert expected <= names(extract_text(text))


def test_a_place_coordinated_with_a_full_name_takes_no_surname(extract_text):
    result = extract_text(
        "Police detained Brest and Maria Kolesnikova. Protesters in Minsk and Maria Kolesnikova met."
    )
    assert names(result) == {"Maria Kolesnikova"}


def test_a_relative_named_between_commas(extract_text):
    result = extract_text(
        "Bill Richard, whose 8-year-old son, Martin, was killed in the bombing, spoke in court."
        " Her lawyer, Ivan Petrov, said the court was wrong. His company, Belsat, said so."
    )
    assert names(result) == {"Bill Richard", "Martin", "Ivan Petrov"}


def test_a_list_of_single_names_shares_no_surname(extract_text):
    result = extract_text("Stars like Brandy, Monica and Lauryn Hill performed. Biden and Susan Rice spoke.")
    assert not {"Monica Hill", "Biden Rice"} & names(result)


def test_a_place_listed_with_names_and_a_double_surname_part_are_no_persons(extract_text):
    result = extract_text(
        "Julie Davis reported from Midway Atoll, and Mark Landler from Kaneohe Bay, Hawaii."
        " ''Nobody listens,'' said Mr. Holtz-Eakin."
    )
    assert not {"Midway Atoll", "Eakin", "Holtz"} & names(result)
    assert "Holtz-Eakin" in names(result)
    assert {"Julie Davis", "Mark Landler"} <= names(result)


@pytest.mark.parametrize(
    "text",
    [
        "Narges Mohammadi's family said the new verdict was handed down on Saturday.",
        "Supporters of Narges Mohammadi gathered outside the embassy in Oslo.",
    ],
)
def test_names_the_tagger_leaves_unlabelled(extract_text, text):
    assert names(extract_text(text)) == {"Narges Mohammadi"}


def test_an_organisation_with_a_lawyer_is_no_person(extract_text):
    result = extract_text("Radio Free Europe's lawyer said the verdict against the journalist was unjust.")
    assert names(result) == set()


@pytest.mark.parametrize(
    ("headline", "body", "name", "event"),
    [
        (
            "Jailed Poet Dmitry Volkov Freed After Six Years",
            "Dmitry Volkov walked out of the colony on Monday.",
            "Dmitry Volkov",
            "release",
        ),
        (
            "Student Leader Amina Sultanova Sentenced Again",
            "A court added two years to the term of Amina Sultanova.",
            "Amina Sultanova",
            "sentence",
        ),
        (
            "Reporter Tofig Guliyev Detained In Sumgait",
            "Police detained the reporter at his flat, his wife said.",
            "Tofig Guliyev",
            "arrest",
        ),
        (
            "Veteran Lawyer Parisa Rahimi Says Prison Will Not Silence Her",
            "The lawyer wrote from her cell that she would go on.",
            "Parisa Rahimi",
            None,
        ),
    ],
)
def test_a_headline_verb_is_no_part_of_the_name_before_it(extract_text, headline, body, name, event):
    """In a title-case headline the verb after a name is capitalised too; it must not make a
    second person ("Dmitry Volkov Freed") beside the one the body names."""
    result = extract_text(f"{headline}\n\n{body}")
    assert names(result) == {name}
    if event:
        assert (event, name) in events(result)


def test_a_surname_that_looks_like_a_verb_stays_in_running_text(extract_text):
    result = extract_text("The court sentenced Anna Maria Held to four years in prison.")
    assert names(result) == {"Anna Maria Held"}


def test_a_headline_name_after_a_role_noun_is_a_name_whatever_its_given_name(extract_text):
    result = extract_text(
        "Kazakh Court Frees Activist Duman Mukhammedkarim\n\n"
        "Mukhammedkarim left the courtroom after the verdict, his lawyer said."
    )
    assert names(result) == {"Duman Mukhammedkarim"}
    assert ("release", "Duman Mukhammedkarim") in events(result)


def test_a_headline_verb_after_a_role_noun_opens_no_name(extract_text):
    result = extract_text(
        "Pastor Wants Girl Scout Leaders Fired Over Pride Badge\n\nThe row went on for weeks."
    )
    assert names(result) == set()


def test_a_news_agency_named_alone_later_is_no_person(extract_text):
    result = extract_text(
        "Two men were hanged on Saturday, the judiciary's Tasvir news agency reported. Both had"
        " been sentenced to death in May, Tasvir said."
    )
    assert "Tasvir" not in names(result)
