"""English events told across sentences (session 34), in wording invented for these tests: a
counted part picked out of a group by the group's own noun ("Four of the students, including X,
were freed" after "detained twelve students": X was one of the twelve detained), a published list
referred to as "it" ("The list of those pardoned ... It includes X"), "those who had been
pardoned" pointing back to the group freed, "Another / One of the freed prisoners, X", the
heaviest term that "went to" a name with the term set off after it, and a gapped verdict list
whose last names the parser would have cut off into a sentence of their own."""

from __future__ import annotations

import pytest

from tests.extract_views import event_pairs, group_counts


def _pairs(extract_text, text: str) -> set[tuple[str, str]]:
    return event_pairs(extract_text(text))


@pytest.mark.parametrize(
    ("text", "etype", "names"),
    [
        (
            "Students held in Hrodna\n\n"
            "Police in Hrodna detained twelve students on Tuesday night. Four of the students, "
            "including Yana Luksha and Mikita Zhuk, were freed the next morning.",
            "arrest",
            ("Yana Luksha", "Mikita Zhuk"),
        ),
        (
            "Activists convicted\n\n"
            "A court in Baku sentenced seven activists on Monday. Three of the activists, among "
            "them Elchin Aliyev, were released on parole a year later.",
            "sentence",
            ("Elchin Aliyev",),
        ),
        (
            "Reporters held\n\n"
            "Security forces detained nine reporters in Istanbul on Monday. After two days the "
            "reporters were brought before a judge. Six of the reporters, including Ayse Demir and "
            "Kemal Arslan, were released on Wednesday.",
            "arrest",
            ("Ayse Demir", "Kemal Arslan"),
        ),
    ],
)
def test_part_picked_out_by_the_groups_noun(extract_text, text, etype, names) -> None:
    pairs = _pairs(extract_text, text)
    assert {(etype, n) for n in names} <= pairs


def test_part_picked_out_by_another_noun_is_not_the_group(extract_text) -> None:
    text = (
        "Reporters held\n\n"
        "Security forces detained nine reporters in Tbilisi. Six of the lawyers, including Nino "
        "Beridze, were released."
    )
    assert ("arrest", "Nino Beridze") not in _pairs(extract_text, text)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Pardon list\n\n"
            "Belarus pardoned 23 prisoners on Friday. The full list of those pardoned was "
            "published by state media on Saturday. It includes the journalist Ihar Losik and the "
            "pensioner Halina Zhuk.",
            ("Ihar Losik", "Halina Zhuk"),
        ),
        (
            "Swap\n\n"
            "Russia freed seven people on Tuesday. All seven were flown to Ankara. Earlier the "
            "family of Vera Lapina said she had been moved to Moscow.\n\n"
            "The list of those released has now been published. Besides Vera Lapina, it includes "
            "the teacher Oleg Sokolov and the student Anna Belova.",
            ("Vera Lapina", "Oleg Sokolov", "Anna Belova"),
        ),
    ],
)
def test_list_referred_to_as_it(extract_text, text, names) -> None:
    pairs = _pairs(extract_text, text)
    assert {("release", n) for n in names} <= pairs


def test_list_of_no_event_names_no_member(extract_text) -> None:
    text = (
        "Candidates\n\n"
        "Belarus pardoned 23 prisoners on Friday. The list of candidates for the council was "
        "published on Saturday. It includes the economist Ihar Losik."
    )
    assert ("release", "Ihar Losik") not in _pairs(extract_text, text)


def test_those_who_had_been_pardoned_are_the_group_freed(extract_text) -> None:
    text = (
        "Swap\n\n"
        "Russia freed six people on Friday. All six were flown out of Russia to Ankara. Those who "
        "had been pardoned said they were never asked whether they wanted to leave.\n\n"
        "The list of those released has now been published. It includes the activist Ilya "
        "Sorokin and the student Polina Gromova."
    )
    pairs = _pairs(extract_text, text)
    assert {("release", "Ilya Sorokin"), ("deportation", "Polina Gromova")} <= pairs


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Freed\n\nAzerbaijan released fourteen prisoners on Friday. Another of the freed "
            "prisoners, the poet Rauf Hasanli, said he would stay in Baku.",
            "Rauf Hasanli",
        ),
        (
            "Freed\n\nAzerbaijan released fourteen prisoners on Friday. One of the pardoned "
            "prisoners, journalist Gunel Mammadli, thanked her lawyers.",
            "Gunel Mammadli",
        ),
    ],
)
def test_another_of_the_freed_prisoners(extract_text, text, name) -> None:
    assert ("release", name) in _pairs(extract_text, text)


def test_one_of_the_guards_is_no_member(extract_text) -> None:
    text = (
        "Freed\n\nAzerbaijan released fourteen prisoners on Friday. One of the guards, Rauf "
        "Hasanli, said the prisoners had been warned."
    )
    assert ("release", "Rauf Hasanli") not in _pairs(extract_text, text)


@pytest.mark.parametrize(
    ("text", "name", "months"),
    [
        (
            "Verdict\n\nA court in Rostov jailed five men on Wednesday. The heaviest term went to "
            "Ruslan Bekirov, 51, whom prosecutors called the cell's organiser: 17 years in a "
            "strict-regime colony.",
            "Ruslan Bekirov",
            204,
        ),
        (
            "Verdict\n\nThe court convicted four teachers. The longest term went to Marat Kadyrov, "
            "a history teacher: nine years.",
            "Marat Kadyrov",
            108,
        ),
    ],
)
def test_term_that_went_to_a_name(extract_text, text, name, months) -> None:
    result = extract_text(text)
    names = {p.id: p.name for p in result.persons}
    terms = {(names[p], e.term_months) for e in result.events if e.type == "sentence" for p in e.persons}
    assert (name, months) in terms


def test_gapped_list_ends_with_two_names_each(extract_text) -> None:
    text = (
        "Verdict\n\nKarim Aliyev was given 12 years, Rashad Guliyev 10 years, and Tural Mammadov "
        "and Elvin Huseynov 8 years each."
    )
    result = extract_text(text)
    names = {p.id: p.name for p in result.persons}
    terms = {(names[p], e.term_months) for e in result.events if e.type == "sentence" for p in e.persons}
    expected = {("Karim Aliyev", 144), ("Rashad Guliyev", 120)}
    expected |= {("Tural Mammadov", 96), ("Elvin Huseynov", 96)}
    assert expected <= terms
    assert ("Tural Mammadov", 144) not in terms


def test_counted_part_with_named_members_keeps_its_count(extract_text) -> None:
    text = (
        "Azerbaijan's president pardons 154 prisoners, including six jailed activists\n\n"
        "The six include Elnur Huseynli and Gunel Mammadli."
    )
    assert {("release", 154), ("release", 6)} <= group_counts(extract_text(text))


def test_refusing_to_step_off_the_bus_is_refusing_to_leave(extract_text) -> None:
    text = (
        "Border\n\nBelarus freed twelve prisoners and drove them to the Lithuanian border. One of "
        "them, Pavel Sevyarynets, refused to get off the bus and was returned to prison."
    )
    pairs = _pairs(extract_text, text)
    assert ("release", "Pavel Sevyarynets") in pairs
    assert ("deportation", "Pavel Sevyarynets") not in pairs


@pytest.mark.parametrize(
    "text",
    [
        "Court\n\nSiarhei Melnik and his younger brother Ihar Melnik, from Pinsk, who were detained "
        "on 2 February, are held in Brest.",
        "Bulletin\n\n— Siarhei Kavaleuski and his younger brother Ihar Kavaleuski, from Pinsk, who were "
        "detained on 2 February after a search of their parents' flat.",
    ],
)
def test_plural_who_clause_describes_both_conjoined_names(extract_text, text) -> None:
    pairs = _pairs(extract_text, text)
    assert len({n for t, n in pairs if t == "arrest"}) == 2


def test_singular_who_clause_describes_the_nearest_name(extract_text) -> None:
    text = (
        "Court\n\nSiarhei Melnik and his younger brother Ihar Melnik, from Pinsk, who was detained on "
        "2 February, spoke to reporters."
    )
    pairs = _pairs(extract_text, text)
    assert ("arrest", "Ihar Melnik") in pairs
    assert ("arrest", "Siarhei Melnik") not in pairs


@pytest.mark.parametrize(
    "text",
    [
        "Court\n\nHer husband, Viktar Lis, remains in Colony No. 17 in Shklou, where he is serving six "
        "years in the same case.",
        "Court\n\nHer husband, Viktar Lis, remains in Colony No. 17. He is serving six years in the "
        "same case.",
    ],
)
def test_term_served_in_the_same_case(extract_text, text) -> None:
    result = extract_text(text)
    names = {p.id: p.name for p in result.persons}
    terms = {(names[p], e.term_months) for e in result.events if e.type == "sentence" for p in e.persons}
    assert ("Viktar Lis", 72) in terms


def test_full_name_after_a_section_heading_of_an_appeal(extract_text) -> None:
    # (fallback: a full name the tagger may leave unmarked after "ADDITIONAL INFORMATION")
    text = (
        "URGENT ACTION\n\nIRAN: TEACHER AT RISK\n\nKurdish teacher Leyla Karimi, 41, is at risk of "
        "execution. She is held in Qarchak prison.\n\nI urge you to release Leyla Karimi immediately."
        "\n\nYours sincerely,\n\nADDITIONAL INFORMATION\n\nLeyla Karimi was arrested on 2 May 2024 at "
        "her school in Sanandaj by intelligence agents. In addition to the death sentence, the court "
        "sentenced Leyla Karimi to five years' imprisonment for membership of an opposition group."
    )
    result = extract_text(text)
    names = {p.id: p.name for p in result.persons}
    got = {(e.type, names[p], e.term_months) for e in result.events for p in e.persons}
    assert {("arrest", "Leyla Karimi", None), ("sentence", "Leyla Karimi", 60)} <= got
    assert ("release", "Leyla Karimi", None) not in got


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "Swap\n\nThose freed include the activist Ilya Shubin from Khabarovsk (six and a half years "
            'for "justifying terrorism") and the teacher Oleg Sokolov (four years for treason).',
            {("Ilya Shubin", 78), ("Oleg Sokolov", 48)},
            set(),
        ),
        (
            "Swap\n\nThose freed include the activist Ilya Shubin (held for two months) and the teacher "
            "Oleg Sokolov (24 years old).",
            set(),
            {("Ilya Shubin", 2), ("Oleg Sokolov", 288)},
        ),
    ],
)
def test_term_in_brackets_after_a_members_name(extract_text, text, expected, absent) -> None:
    result = extract_text(text)
    names = {p.id: p.name for p in result.persons}
    terms = {(names[p], e.term_months) for e in result.events if e.type == "sentence" for p in e.persons}
    assert expected <= terms
    assert not absent & terms


@pytest.mark.parametrize(
    "text",
    [
        "Court\n\nAhmed Hegazy had been arrested in September 2019 during a wave of detentions that "
        "followed rare protests and was later sentenced by an emergency court to five years for "
        "spreading false news.",
        "Court\n\nKarim Saleh was detained in March during a sweep that targeted bloggers and was "
        "later sentenced to five years by a military court.",
    ],
)
def test_passive_conjoined_to_a_clause_about_a_thing(extract_text, text) -> None:
    result = extract_text(text)
    names = {p.id: p.name for p in result.persons}
    terms = {(names[p], e.term_months) for e in result.events if e.type == "sentence" for p in e.persons}
    assert len(terms) == 1 and next(iter(terms))[1] == 60


def test_active_main_clause_lends_no_subject(extract_text) -> None:
    text = (
        "Court\n\nPolice detained Nadia Sherif during a raid that followed the protests and was later "
        "condemned by rights groups."
    )
    pairs = _pairs(extract_text, text)
    assert ("sentence", "Nadia Sherif") not in pairs
