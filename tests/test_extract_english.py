"""English extraction on real sentences: persons, events (with the precision traps), quotes."""

from __future__ import annotations

import pytest

from vigil.model import Extraction


def names(result: Extraction) -> set[str]:
    return {p.name for p in result.persons}


def events(result: Extraction) -> set[tuple[str, str]]:
    by_id = {p.id: p.name for p in result.persons}
    return {(e.type, by_id[pid]) for e in result.events for pid in e.persons}


def counts(result: Extraction) -> set[tuple[str, int]]:
    return {(e.type, e.count) for e in result.events if e.count is not None}


def terms(result: Extraction) -> dict[str, int]:
    by_id = {p.id: p.name for p in result.persons}
    return {by_id[pid]: e.term_months for e in result.events if e.term_months for pid in e.persons}


def quotes(result: Extraction) -> set[tuple[str, str]]:
    by_id = {p.id: p.name for p in result.persons}
    return {(by_id[q.speaker], " ".join(q.text.split()[:4])) for q in result.quotes if q.speaker}


# -- persons -------------------------------------------------------------------------


def test_surname_mentions_join_the_full_name_and_roles_are_read(extract_text):
    result = extract_text(
        "Freed alongside Kolesnikova was Viktor Babaryka, a banker and political prisoner, as well as "
        "Nobel Peace prize laureate Ales Bialiatski. Maria Kolesnikova was seen celebrating."
    )
    kolesnikova = next(p for p in result.persons if p.name == "Maria Kolesnikova")
    assert len(kolesnikova.mentions) == 2
    text = result.document.text
    assert {text[s:e] for s, e in kolesnikova.mentions} == {"Kolesnikova", "Maria Kolesnikova"}
    babaryka = next(p for p in result.persons if p.name == "Viktor Babaryka")
    assert "banker" in babaryka.roles
    bialiatski = next(p for p in result.persons if p.name == "Ales Bialiatski")
    assert any("laureate" in r for r in bialiatski.roles)


def test_names_the_model_mislabels_are_still_persons(extract_text):
    result = extract_text(
        "Kanstantsin Shylau, a railway signalman, died in custody at a penal colony in Mahilyou."
    )
    assert "Kanstantsin Shylau" in names(result)
    assert ("death", "Kanstantsin Shylau") in events(result)


@pytest.mark.parametrize(
    ("byline", "expected"),
    [
        ("By TOMAS NOVAK and GRETA LINDQVIST Associated Press", {"Tomas Novak", "Greta Lindqvist"}),
        ("By RASHID OMAROV Reuters", {"Rashid Omarov"}),
        ("By Ilona Varga, Agence France-Presse", {"Ilona Varga"}),
    ],
)
def test_bylines_are_persons_without_the_agency_or_an_event(extract_text, byline, expected):
    story = "BAKU (AP) — A court in Baku jailed the blogger Elvin Aliyev on Tuesday."
    result = extract_text(f"{byline}\n\n{story}")
    assert expected | {"Elvin Aliyev"} == names(result)
    assert {name for _, name in events(result)} == {"Elvin Aliyev"}  # a byline has no event


def test_relatives_with_gendered_surnames_stay_two_people(extract_text):
    result = extract_text(
        "Alyaksandr Khaletski was freed on Thursday. Khalecki's wife, Natallia Khaletskaya, had not been "
        "allowed to visit him."
    )
    assert {"Alyaksandr Khaletski", "Natallia Khaletskaya"} <= names(result)
    khaletski = next(p for p in result.persons if p.name == "Alyaksandr Khaletski")
    surfaces = [result.document.text[s:e] for s, e in khaletski.mentions]
    # "Khalecki" is a spelling variant of him, and "him" refers to him
    assert surfaces == ["Alyaksandr Khaletski", "Khalecki", "him"]


# -- events and their precision traps ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Activists called for the release of Ales Hrachanik.",
        "Rumours that jailed opposition politician Ales Hrachanik could be freed within days swept the city.",
        "Ales Hrachanik may be pardoned next week, officials hinted.",
        "If she is released early, Alesia Bychkouskaya will go to a sanatorium.",
        "Trade unionist Ivan Tsyrulnik was not among those freed, his wife said.",
        "Western governments have asked Minsk to free Viktar Ramanchyk.",
        "Dzianis Marhun was reported to have been released, but the report proved false.",
        "Trade unions demanded that Ihar Vasilevich be freed immediately.",
    ],
)
def test_calls_rumours_conditions_and_negations_are_not_events(extract_text, text):
    result = extract_text(text)
    assert not [e for e in result.events if e.type == "release"], result.events


def test_group_release_with_named_members(extract_text):
    result = extract_text(
        "Ultimately, 123 political prisoners were released. Among those released was Maria Kolesnikova. "
        "Freed alongside Kolesnikova was Viktor Babaryka, a banker and political prisoner, as well as "
        "Nobel Peace prize laureate Ales Bialiatski, who had been serving a 10-year sentence."
    )
    release = next(e for e in result.events if e.type == "release" and e.count == 123)
    by_id = {p.id: p.name for p in result.persons}
    assert {by_id[p] for p in release.persons} == {"Maria Kolesnikova", "Viktor Babaryka", "Ales Bialiatski"}
    assert terms(result) == {"Ales Bialiatski": 120}


def test_members_inherit_the_deportation_of_their_group(extract_text):
    result = extract_text(
        "Belarusian authorities on Thursday released 37 people and drove them across the border into "
        "Lithuania.\n\nAmong them was Alyaksandr Khaletski, a history teacher who had been serving a "
        "seven-year sentence."
    )
    assert {("release", "Alyaksandr Khaletski"), ("deportation", "Alyaksandr Khaletski")} <= events(result)
    assert {("release", 37), ("deportation", 37)} <= counts(result)
    assert terms(result) == {"Alyaksandr Khaletski": 84}


def test_approximate_numbers_are_no_group_count(extract_text):
    result = extract_text("More than 30 people jailed over the 2020 protests were released on Tuesday.")
    assert not counts(result)


def test_word_counts_and_partitives(extract_text):
    result = extract_text(
        "Police in Mahilyou detained 12 people on Sunday. Among those detained was the poet Yanka Dzivin. "
        "Eight of the 12, including Mikita Aleksiyevich, were released the next day."
    )
    assert {("arrest", 12), ("release", 8)} <= counts(result)
    assert ("release", "Mikita Aleksiyevich") in events(result)
    assert ("release", "Yanka Dzivin") not in events(result)


def test_sentences_with_terms_and_pronouns(extract_text):
    result = extract_text(
        "Journalist Darya Loban, detained in March 2021 and later sentenced to eight and a half years, "
        "was also freed. Anton Verbitski received 11 years in a penal colony.\n\n"
        "Ryhor Lapatsin walked free after serving his full five-year sentence. "
        "He was arrested in December 2020."
    )
    assert terms(result) == {"Darya Loban": 102, "Anton Verbitski": 132, "Ryhor Lapatsin": 60}
    assert {("arrest", "Darya Loban"), ("release", "Ryhor Lapatsin"), ("arrest", "Ryhor Lapatsin")} <= events(
        result
    )


def test_refusing_to_leave_is_release_and_arrest_not_deportation(extract_text):
    result = extract_text(
        "Twenty-six people were pardoned on Saturday and taken by bus to the Lithuanian border, but one of "
        "them, veteran politician Fiodar Hrynkevich, refused to leave the country. "
        "He was taken back into custody."
    )
    got = events(result)
    assert ("release", "Fiodar Hrynkevich") in got
    assert ("arrest", "Fiodar Hrynkevich") in got
    assert ("deportation", "Fiodar Hrynkevich") not in got
    assert ("release", 26) in counts(result)


def test_events_abroad_of_unnamed_people_are_dropped(extract_text):
    result = extract_text(
        "Belarusian woman detained at border.\n\nAnastasiya Rudzko was detained in Minsk on Friday. "
        "On the same day, police in Lithuania arrested two men suspected of smuggling cigarettes."
    )
    assert ("arrest", "Anastasiya Rudzko") in events(result)
    assert ("arrest", 2) not in counts(result)


def test_dates_are_normalised_against_the_publication_date(extract_text):
    from datetime import date

    result = extract_text("Ihar Vasilevich was detained on Saturday.", published=date(2025, 12, 17))
    arrest = next(e for e in result.events if e.type == "arrest")
    assert arrest.date == "2025-12-13"
    result = extract_text("Ihar Vasilevich was detained in March 2021.")
    assert next(e for e in result.events if e.type == "arrest").date == "2021-03"


def test_evidence_is_the_sentence_in_the_cleaned_text(extract_text):
    result = extract_text("Headline here\n\nIhar Vasilevich was detained on Tuesday. Nothing else happened.")
    arrest = next(e for e in result.events if e.type == "arrest")
    start, end = arrest.evidence
    assert result.document.text[start:end] == "Ihar Vasilevich was detained on Tuesday."


# -- quotes ----------------------------------------------------------------------------


def test_quotes_with_and_without_marks_and_pronoun_speakers(extract_text):
    result = extract_text(
        "Vasilevich's wife, Alena Mikulich, said officers had searched the flat. They took our phones and "
        "even the children's drawings, she said.\n\n"
        "Interior ministry spokesman Anatol Sierada said: Everyone who breaks the law will answer for it.\n\n"
        "\u201cI still can't believe I am going to sleep in my own bed,\u201d Lidziya Matsulevich said.\n\n"
        "Ales Bialiatski himself urged, Optimism and activism, never give up!"
    )
    assert quotes(result) == {
        ("Alena Mikulich", "They took our phones"),
        ("Anatol Sierada", "Everyone who breaks the"),
        ("Lidziya Matsulevich", "I still can't believe"),
        ("Ales Bialiatski", "Optimism and activism, never"),
    }


def test_indirect_speech_and_reported_narrative_are_not_quotes(extract_text):
    result = extract_text(
        "Tamara Sych said her son had lost 15 kilograms in prison. "
        "Valiantsina Kurlovich was taken from her home by four officers, Stsiapan Harnak said in a video."
    )
    assert not result.quotes


def test_hyphenated_names_titles_and_companions(extract_text):
    result = extract_text(
        "Kremlin critic Vladimir Kara-Murza was freed in a prisoner swap, along with journalist Evan "
        "Gershkovich. Lithuanian President Gitanas Nauseda welcomed the news."
    )
    assert {"Vladimir Kara-Murza", "Evan Gershkovich", "Gitanas Nauseda"} <= names(result)
    assert {("release", "Vladimir Kara-Murza"), ("release", "Evan Gershkovich")} <= events(result)


def test_time_adverbials_are_not_terms(extract_text):
    result = extract_text(
        "Viktar Ramanchyk was arrested at Minsk airport in 2021. A year later he was sentenced to ten and a "
        "half years for 'betraying the state'."
    )
    assert terms(result) == {"Viktar Ramanchyk": 126}
    arrest = next(e for e in result.events if e.type == "arrest")
    assert arrest.date == "2021"


def test_durations_are_not_event_dates(extract_text):
    result = extract_text("Siarhei Tsikhanouski was sentenced to 18 years in prison in 2021.")
    sentence = next(e for e in result.events if e.type == "sentence")
    assert (sentence.term_months, sentence.date) == (216, "2021")


def test_a_dateline_paragraph_anchors_relative_dates(extract_text):
    result = extract_text(
        "Belarus frees prisoners\n\nJune 21, 2025\n\nIhar Karnei was freed on Saturday, officials said."
    )
    assert result.document.published.isoformat() == "2025-06-21"
    release = next(e for e in result.events if e.type == "release")
    assert release.date == "2025-06-21"  # the day of publication is itself a Saturday


def test_a_list_hanging_anywhere_in_the_group_phrase(extract_text):
    result = extract_text(
        "Belarus on Saturday freed 31 people convicted on political charges, including prominent "
        "opposition figure Siarhei Tsikhanouski."
    )
    assert ("release", "Siarhei Tsikhanouski") in events(result)
    assert counts(result) == {("release", 31)}  # "convicted" describes the group: no sentence of 31


def test_a_verb_the_parser_reads_as_an_adjective(extract_text):
    result = extract_text(
        "A Moscow military court on Monday sentenced theatre director Zhenya Berkovich and playwright "
        "Svetlana Petriychuk to six years in prison each."
    )
    assert terms(result) == {"Zhenya Berkovich": 72, "Svetlana Petriychuk": 72}


def test_two_subjects_one_counted_one_named(extract_text):
    result = extract_text(
        "More than 30 people were released on Tuesday. Seven of the released prisoners, Tsimur Hlinski "
        "among them, were driven straight to the Lithuanian border and ordered to cross."
    )
    assert ("deportation", "Tsimur Hlinski") in events(result)
    assert ("deportation", 7) in counts(result)
