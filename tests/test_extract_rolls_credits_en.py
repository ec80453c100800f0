"""Session 15 families (English terms, counts, persons): verdict rolls (one line per defendant
after a lead-in about verdicts), "N more years", timeline entries after a named entry, counted
acquittals, sums of money, credit lines, places read as names. Wording invented for these tests."""

from __future__ import annotations

from tests.test_extract_english import counts, events, names, quotes, terms

_ROLL = (
    "Kazan court hands down verdicts in 'reading circle' case\n\n"
    "A military court in Kazan on Tuesday convicted five members of a student reading circle of "
    "plotting a rebellion.\n\n"
    "The sentences handed down were as follows:\n\n"
    "- Ruslan Gafarov, 30, described by the prosecution as the circle's founder: 13 years in a "
    "strict-regime colony (prosecutors had wanted 15);\n"
    "- Aliya Mingazova, 24: ten years and six months;\n"
    "- Timur Ilyasov, 27: seven years;\n"
    "- Elmira Sabirova, 21: three years suspended.\n\n"
    "Sabirova walked out of the courtroom with her mother."
)


def test_a_verdict_roll_gives_each_named_defendant_the_term_on_their_line(extract_text):
    result = extract_text(_ROLL)
    found = terms(result)
    assert found["Ruslan Gafarov"] == 156
    assert found["Aliya Mingazova"] == 126
    assert found["Timur Ilyasov"] == 84
    assert found["Elmira Sabirova"] == 36
    # "described by the prosecution as ...:" is no speech of the defendant
    assert not any(speaker == "Ruslan Gafarov" for speaker, _ in quotes(result))


def test_a_roll_without_bullets_after_a_dash(extract_text):
    result = extract_text(
        "Judge Irena Vukovic read out the verdicts in Novi Sad on Friday. The terms:\n"
        "Dragan Milic - six years\n"
        "Jovan Peric - five years and a half\n"
    )
    assert terms(result)["Dragan Milic"] == 72
    assert terms(result)["Jovan Peric"] == 66


def test_what_the_prosecution_asked_for_is_no_roll_of_sentences(extract_text):
    result = extract_text(
        "Prosecutors in Ufa asked the court for the following terms:\n\n"
        "- Ildar Khasanov: 12 years;\n"
        "- Marat Zakirov: nine years.\n\n"
        "The verdict is due next month."
    )
    assert ("sentence", "Ildar Khasanov") not in events(result)
    assert ("sentence", "Marat Zakirov") not in events(result)


def test_a_roll_of_possible_terms_is_no_verdict(extract_text):
    result = extract_text(
        "If convicted, the defendants could receive these terms:\n\n"
        "- Ildar Khasanov: up to 12 years;\n"
        "- Marat Zakirov: up to nine years.\n"
    )
    assert "Ildar Khasanov" not in terms(result)
    assert "Marat Zakirov" not in terms(result)


def test_more_years_added_by_a_second_court_is_a_term(extract_text):
    result = extract_text(
        "Anton Rak was jailed for four years in 2021. Last month a second court gave him five more "
        "years for insulting the president."
    )
    sentences = {f.term_months for f in result.events if f.type == "sentence"}
    assert {48, 60} <= sentences


def test_more_years_still_to_serve_or_threatened_are_no_new_term(extract_text):
    result = extract_text("Oskar Lind could face three more years if the charges are upheld.")
    assert ("sentence", "Oskar Lind") not in events(result)


_BOX = (
    "Amnesty frees hundreds in Myanmar\n\n"
    "Ko Aung Naing walked out of Bago prison on Friday.\n\n"
    "One prisoner's path\n"
    "• May 2021 — Ko Aung Naing arrested at a march in Bago\n"
    "• June 2022 — sentenced to seven years for sedition\n"
    "• April 2025 — freed in the amnesty\n\n"
    "His sister said he had lost weight."
)


def test_lower_case_timeline_entries_after_an_entry_that_names_the_person(extract_text):
    result = extract_text(_BOX)
    assert terms(result)["Ko Aung Naing"] == 84
    assert ("arrest", "Ko Aung Naing") in events(result)


def test_a_box_that_names_no_one_gives_its_entries_to_no_one(extract_text):
    result = extract_text(
        "Amnesty frees hundreds in Myanmar\n\n"
        "Ko Aung Naing walked out of Bago prison on Friday.\n\n"
        "Key dates\n"
        "• May 2021 — the army seizes power\n"
        "• June 2022 — sentenced to seven years for sedition\n"
    )
    assert "Ko Aung Naing" not in terms(result)


def test_a_counted_acquittal_frees_no_counted_group(extract_text):
    result = extract_text(
        "Court in Izmir jails two reporters, acquits three\n\n"
        "An Izmir court on Monday jailed two reporters, Ali Demir and Ece Tan, and acquitted three "
        "co-defendants."
    )
    assert ("release", 3) not in counts(result)
    assert ("sentence", 2) in counts(result)


def test_a_sum_of_money_is_no_counted_group(extract_text):
    result = extract_text(
        "Weekly digest\n\n"
        "A court in Omsk sentenced Ivan Lapin, 24, to nine years for treason. According to the "
        "indictment, he had wired 5,000 rubles to a field hospital in Kharkiv in 2022."
    )
    assert not any(count == 5000 for _, count in counts(result))
    assert terms(result)["Ivan Lapin"] == 108


def test_credit_lines_name_their_journalists(extract_text):
    result = extract_text(
        "Court frees activist\n\n"
        "Judge Omar Said freed the activist Karim Adel on Monday.\n\n"
        "(Reporting by Cairo Newsroom and Rūta Kairytė in Vilnius; Writing by Laila Nasser; "
        "Editing by Anne Hollis-Brown)"
    )
    found = names(result)
    assert {"Rūta Kairytė", "Laila Nasser", "Anne Hollis-Brown"} <= found
    assert not any("Newsroom" in n for n in found)
    assert not any(p for p in events(result) if p[1] in ("Laila Nasser", "Rūta Kairytė"))


def test_additional_reporting_and_text_credits(extract_text):
    result = extract_text(
        "Text: Marta Gorina\n\n"
        "Police in Yangon detained the poet Min Khant on Sunday.\n\n"
        "Additional reporting by Thet Su Mon"
    )
    assert {"Marta Gorina", "Thet Su Mon"} <= names(result)


def test_a_daughter_named_after_a_list_of_relatives(extract_text):
    result = extract_text(
        "The lawyer Samir Wahba died in custody in May. At the funeral were his mother, his "
        "brother and a niece, Rania."
    )
    assert "Rania" in names(result)


def test_a_seat_for_a_district_is_no_person(extract_text):
    result = extract_text(
        "Ng Yuk-ling, 41, a former district councillor for Kwai Tsing, was detained on Monday. Maria "
        "Sol, a lawmaker for Ana Ruiz's party, was also held."
    )
    found = names(result)
    assert {"Ng Yuk-ling", "Maria Sol", "Ana Ruiz"} <= found
    assert "Kwai Tsing" not in found


def test_outlets_and_programme_titles_are_no_persons(extract_text):
    result = extract_text(
        "Colleagues from the independent outlet Novy Kray remain in custody. Novy Kray's editor, "
        'Lev Danko, is serving six years. Mario Ruiz, host of the news programme "Voz del Valle", '
        "was arrested in May."
    )
    found = names(result)
    assert "Lev Danko" in found and "Mario Ruiz" in found
    assert "Novy Kray" not in found and "Voz del Valle" not in found


def test_a_bullet_the_parser_takes_for_the_subject_still_names_the_item(extract_text):
    result = extract_text(
        "Verdicts handed down last month included:\n\n"
        "• Olga Miraslava, a 59-year-old nurse from Barysau, was sentenced to two years of restricted "
        "freedom for a post about the war;\n"
        "• Piotr Zaleski, a welder from Lida, received four years in a penal colony."
    )
    assert terms(result)["Olga Miraslava"] == 24
    assert terms(result)["Piotr Zaleski"] == 48


def test_a_range_of_terms_handed_to_a_counted_group_is_a_sentence_without_a_term(extract_text):
    result = extract_text(
        "Two years ago a court in Omsk handed four students from a similar circle between five and "
        "seven years."
    )
    assert ("sentence", 4) in counts(result)
    assert not any(e.term_months for e in result.events)


def test_a_range_of_weeks_off_or_a_wished_range_is_no_sentence(extract_text):
    result = extract_text(
        "The coach gave the four players between two and three weeks off. Prosecutors want the "
        "court to give the five students between six and eight years."
    )
    assert not any(e.type == "sentence" for e in result.events)


def test_a_headline_jailing_the_body_tells_as_a_remand_is_an_arrest(extract_text):
    result = extract_text(
        "Armenia jails three more activists\n\n"
        "YEREVAN (AFP) - A judge in Yerevan on Tuesday ordered three more opposition activists "
        "held in custody for two months while the inquiry goes on."
    )
    assert ("arrest", 3) in counts(result)
    assert ("sentence", 3) not in counts(result)


def test_a_headline_jailing_the_body_tells_as_a_verdict_stays_a_sentence(extract_text):
    result = extract_text(
        "Belarus jails three more activists\n\n"
        "A Minsk court on Tuesday sentenced three more activists to prison. They had been detained "
        "in June: all three were arrested at a rally."
    )
    assert ("sentence", 3) in counts(result)


def test_a_counted_group_given_a_duration_each_with_its_names_set_off(extract_text):
    result = extract_text(
        "The court in Battambang on Monday gave four young farmers — Sok Dara, Keo Vanna, Lim Sophal "
        "and Chan Thida — two years each for a protest."
    )
    assert ("sentence", 4) in counts(result)
    assert terms(result)["Keo Vanna"] == 24


def test_a_counted_group_given_time_to_do_something_is_no_sentence(extract_text):
    result = extract_text("The ministry gave 40 journalists three weeks to register with the regulator.")
    assert not result.events


def test_a_surname_the_tagger_reads_as_a_pronoun_still_speaks(extract_text):
    result = extract_text(
        "The union leader Kwok Siu-fan moved to Taipei in May.\n\n"
        'Siu Hoi-tung, who teaches history in Taichung, sounds gloomier. "A cell door opening does '
        'not make you free," Siu said. "The walls just move."'
    )
    assert ("Siu Hoi-tung", "A cell door opening") in quotes(result)


_BACKSTORY = (
    "Ma Hla Win walked out of prison on Friday.\n\n"
    "For Hla Win, four years went by between jails. Soldiers stopped her bus in 2021 and took her away. A "
    "military court gave her two years. Later she was given four more years on a charge of funding "
    "rebels.\n\n"
    '"I counted the days for the first year. Then I stopped," she told us from her sister\'s flat.'
)


def test_a_quote_opening_a_paragraph_goes_on_from_the_pronoun_ending_the_one_before(extract_text):
    result = extract_text(_BACKSTORY)
    assert ("Ma Hla Win", "I counted the days") in quotes(result)


def test_no_crossing_when_the_paragraph_before_names_someone_else(extract_text):
    result = extract_text(
        "Ma Hla Win walked out of prison on Friday.\n\n"
        "Her lawyer, Daw Khin Mya, was not allowed to visit. She was seized in 2021 as she handed out "
        "leaflets. A military court gave her two years. Then, in a second trial, she was handed five "
        "more years.\n\n"
        '"I counted the days for the first year. Then I stopped," she said by telephone.'
    )
    assert ("Ma Hla Win", "I counted the days") not in quotes(result)


def test_a_quote_mark_glued_to_the_comma_before_it(extract_text):
    result = extract_text(
        'Mayor Ines Varela spoke after the verdict. Varela said,"We will appeal this ruling in every '
        'court we can."'
    )
    assert ("Ines Varela", "We will appeal this") in quotes(result)
