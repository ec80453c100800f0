"""English terms and persons (session 28), on sentences written for these tests: a term set
before a dash or colon and then pointed at ('Six years in a colony: this is the verdict handed
to X'); a list of different terms after 'sentences were handed down:' gives the plural noun none
of them; 'he himself' in a relative clause is the described person, not the other one named
there; 'his father' after 'X and his son Y' is X; terms hung on 'respectively'; 'the same case as
X were sentenced' keeps the counted group; a bare 'The sentence:' lead-in; 'the 34-year-old' as
an object; a lone name told as a parent; headline terms; 'One of them, X, was executed'. Traps: a
fronted term the prosecutor asked for, a fronted time that is no term, a request or a termless
verdict after a lead-in, the aged object of another verb, an untold namesake, a headline time
that is no term."""

from __future__ import annotations

import pytest

from tests.extract_views import event_pairs, term_pairs


@pytest.mark.parametrize(
    ("text", "name", "months"),
    [
        (
            "Nine years in a strict-regime colony: this is the verdict a judge delivered to Yan Barysau.",
            "Yan Barysau",
            108,
        ),
        (
            "Five years of imprisonment — that is what the Lida court gave the plumber Zmitser Koval.",
            "Zmitser Koval",
            60,
        ),
        (
            "Two years of restricted freedom: such is the sentence for the pensioner Alena Husak.",
            "Alena Husak",
            24,
        ),
        (
            "Eight years behind bars — this is the punishment handed down to Ruslan Tkach on Friday.",
            "Ruslan Tkach",
            96,
        ),
    ],
)
def test_a_fronted_term_pointed_at_is_the_recipients(extract_text, text, name, months):
    result = extract_text(text)
    assert term_pairs(result) == {(name, months)}


@pytest.mark.parametrize(
    "text",
    [
        "Twelve years in a colony — that is the term the prosecutor requested for Ruslan Tkach.",
        "Three years: that is how long Ruslan Tkach waited for a hearing.",
        "Two years after the march — this is when police came for Ruslan Tkach.",
    ],
)
def test_a_fronted_request_or_time_is_no_term(extract_text, text):
    assert term_pairs(extract_text(text)) == set()


@pytest.mark.parametrize(
    "lead",
    ["The following sentences were handed down:", "Sentences were announced on Tuesday:"],
)
def test_a_list_of_terms_after_sentences_gives_each_only_its_own(extract_text, lead):
    text = f"{lead} Timur Sadykov, nine years; Azamat Bekov, four years; Erlan Dosov, two years."
    assert term_pairs(extract_text(text)) == {
        ("Timur Sadykov", 108),
        ("Azamat Bekov", 48),
        ("Erlan Dosov", 24),
    }


@pytest.mark.parametrize(
    "text",
    [
        "Leanid Krol died in the Hlybokaye camp in March.\n\nIhar Sych, who slept in the bunk beside Krol "
        "until he himself walked free in May after a two-year term, said the guards mocked the sick.",
        "Leanid Krol died in the Hlybokaye camp in March.\n\nIhar Sych, who shared a cell with Krol until "
        "he himself was freed in May at the end of a two-year term, said the doctors ignored him.",
    ],
)
def test_he_himself_in_a_relative_clause_is_the_described_person(extract_text, text):
    result = extract_text(text)
    assert ("Ihar Sych", 24) in term_pairs(result)
    assert ("release", "Ihar Sych") in event_pairs(result)
    assert ("release", "Leanid Krol") not in event_pairs(result)


@pytest.mark.parametrize(
    ("text", "name", "months"),
    [
        (
            "A Brest court tried Anatol Mirny, 61, and his son Kastus Mirny, 33. Kastus got five years. "
            "His father received two years of restricted freedom.",
            "Anatol Mirny",
            24,
        ),
        (
            "Police detained Halina Shut and her daughter Vera Shut in April. Vera was jailed for four "
            "years. Her mother was given three years.",
            "Halina Shut",
            36,
        ),
    ],
)
def test_a_kin_noun_is_the_one_named_with_the_converse_tie(extract_text, text, name, months):
    assert (name, months) in term_pairs(extract_text(text))


@pytest.mark.parametrize("verb", ["got", "received"])
def test_terms_hung_on_respectively_go_in_order(extract_text, verb):
    text = f"Kamran Aliyev and Elnur Guliyev {verb} five and two years respectively."
    assert term_pairs(extract_text(text)) == {("Kamran Aliyev", 60), ("Elnur Guliyev", 24)}


def test_respectively_without_a_term_is_no_verdict(extract_text):
    text = "Kamran Aliyev and Elnur Guliyev got five and two votes respectively."
    assert event_pairs(extract_text(text)) == set()


@pytest.mark.parametrize(
    ("text", "etype", "count"),
    [
        (
            "Two farmers charged in the same case as Nasrin Tabrizi were sentenced to death at another "
            "trial in 2022.",
            "sentence",
            2,
        ),
        (
            "Three students accused in the same plot as Nasrin Tabrizi were detained in Tabriz last spring.",
            "arrest",
            3,
        ),
    ],
)
def test_the_person_after_same_as_is_not_the_group(extract_text, text, etype, count):
    result = extract_text(text)
    assert (etype, "Nasrin Tabrizi") not in event_pairs(result)
    assert count in {e.count for e in result.events if e.type == etype}


@pytest.mark.parametrize(
    ("lead", "months"),
    [
        ("The sentence: five years in a penal colony.", 60),
        ("Her punishment: three years of restricted freedom.", 36),
    ],
)
def test_a_bare_verdict_lead_in_gives_its_term_to_the_one_just_convicted(extract_text, lead, months):
    result = extract_text(f"Volha Zhuk, a music teacher from Pinsk, was convicted on Monday. {lead}")
    assert ("Volha Zhuk", months) in term_pairs(result)


@pytest.mark.parametrize(
    "tail",
    ["The sentence demanded by the prosecutor: five years.", "The verdict: guilty on every count."],
)
def test_a_request_or_a_termless_verdict_lead_in_gives_no_term(extract_text, tail):
    result = extract_text(f"Volha Zhuk, a music teacher from Pinsk, was convicted on Monday. {tail}")
    assert term_pairs(result) == set()


def test_the_aged_object_of_a_verdict_is_the_one_just_named(extract_text):
    result = extract_text(
        "Volha Zhuk, 52, stood trial in Pinsk. The judge jailed the 52-year-old for four years."
    )
    assert term_pairs(result) == {("Volha Zhuk", 48)}


def test_the_aged_object_of_another_verb_is_no_one(extract_text):
    result = extract_text(
        "Volha Zhuk, 52, stood trial in Pinsk. Guards had beaten the 17-year-old before it."
    )
    assert term_pairs(result) == set()


@pytest.mark.parametrize(
    "text",
    [
        "For a long time Aynur Ablet heard nothing of her father. In 2020 a letter said that Ablet had been "
        "convicted in 2019 and sentenced to 13 years.\n\nAynur Ablet keeps a picture of her father, Ablet "
        "Mamut, by the window.",
        "Tekle Berhe, a preacher, was detained in Keren in 2004. His son Yonas Tekle left for Norway "
        "in 2012. Tekle was sentenced in secret to 13 years, the family learned in 2020.",
    ],
)
def test_a_lone_name_told_as_a_parent_is_the_parent(extract_text, text):
    result = extract_text(text)
    pairs = term_pairs(result)
    assert pairs and not {name for name, _ in pairs} & {"Aynur Ablet", "Yonas Tekle"}


def test_an_untold_namesake_keeps_the_surname_reading(extract_text):
    result = extract_text("Tom Reed was arrested in May. Ann Tom, a lawyer, said Reed was beaten.")
    assert ("arrest", "Tom Reed") in event_pairs(result)


@pytest.mark.parametrize(
    ("headline", "months"),
    [
        ("Seven years for a YouTube channel: Pinsk vlogger sentenced", 84),
        ("Kazakh reporter handed eight-year sentence", 96),
        ("Four years in prison for a song: Minsk singer jailed", 48),
    ],
)
def test_a_headline_term_goes_to_the_one_the_lead_convicts(extract_text, headline, months):
    result = extract_text(
        f"{headline}\n\nA court on Tuesday convicted Bauyrzhan Sadykov of spreading false news."
    )
    assert ("Bauyrzhan Sadykov", months) in term_pairs(result)


@pytest.mark.parametrize(
    "headline",
    [
        "Six years after the protests, Pinsk vlogger sentenced",
        "Twelve years on: Kazakh reporter given a prize",
    ],
)
def test_a_headline_time_that_is_no_term_gives_none(extract_text, headline):
    result = extract_text(
        f"{headline}\n\nA court on Tuesday convicted Bauyrzhan Sadykov of spreading false news."
    )
    assert term_pairs(result) == set()


def test_one_of_them_named_and_executed_dies_in_custody(extract_text):
    text = (
        "Two farmers were sentenced to death in 2021. One of them, Behrouz Alavi, was executed in Shiraz "
        "prison last winter."
    )
    result = extract_text(text)
    assert ("death", "Behrouz Alavi") in event_pairs(result)
    assert 2 in {e.count for e in result.events if e.type == "sentence"}


@pytest.mark.parametrize(
    "text",
    [
        "For six years the weekly she ran, Dehai Berhan, sold out every Friday. She was detained at her "
        "flat in 2002.",
        "In 1998 she launched a monthly, Selam Asmara, with two friends. She was detained in 2002.",
    ],
)
def test_a_title_set_off_after_a_publication_noun_is_no_person(extract_text, text):
    result = extract_text(text)
    assert not any(p.name in ("Dehai Berhan", "Selam Asmara") for p in result.persons)


@pytest.mark.parametrize(
    "text",
    [
        "The weekly's editor, Dawit Haile, was detained at his flat in 2002.",
        "A reporter from the weekly, Dawit Haile, was detained at his flat in 2002.",
    ],
)
def test_a_name_set_off_after_a_role_of_a_paper_is_a_person(extract_text, text):
    assert ("arrest", "Dawit Haile") in event_pairs(extract_text(text))


def test_a_given_name_before_kyzy_is_the_daughter(extract_text):
    text = (
        "Nine staff were detained, including Nurgul Asan kyzy. Asan kyzy was sentenced to five years. "
        "Asan kyzy's father, Asan Toktorov, 70, was held for ten days."
    )
    assert ("Nurgul Asan kyzy", 60) in term_pairs(extract_text(text))


def test_a_lone_name_is_the_child_when_the_parent_goes_by_his_surname(extract_text):
    text = (
        "Gulnara Ilham's father, Ilham Yusup, was detained in 2018 and died in custody. \"Nobody told "
        'us anything," said Ilham. Yusup had taught physics for 30 years.'
    )
    result = extract_text(text)
    names = {p.id: p.name for p in result.persons}
    assert [names.get(q.speaker) for q in result.quotes] == ["Gulnara Ilham"]


def test_an_in_law_sharing_a_name_is_no_parent(extract_text):
    text = (
        "Security officers took Omar Said from his flat, according to his wife, Salma Khaled. They also "
        'seized his father-in-law Khaled Abdel Aziz, 70. "They hit my father," Khaled said.'
    )
    result = extract_text(text)
    names = {p.id: p.name for p in result.persons}
    assert [names.get(q.speaker) for q in result.quotes] == ["Salma Khaled"]
