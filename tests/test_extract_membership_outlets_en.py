"""English group membership and names that are no one's, in wording invented for these tests:
a denied membership ("neither A nor B was among those held", "..., but X was not one of them"),
named members who join the group of their own event rather than the nearest group of another,
an organisation's name before its lower-case kind ("the X press freedom group"), and a run of
capitals after "in" only shaped like a surname (a district)."""

from __future__ import annotations

from tests.test_extract_english import counts, events, names, quotes


def test_neither_nor_denies_the_membership(extract_text):
    result = extract_text(
        "Riot police detained 41 mourners outside a cemetery in Tbilisi on Sunday.\n\n"
        "Neither Levan Abashidze nor Nino Kapanadze was among those detained, their party said.\n"
    )
    assert ("arrest", 41) in counts(result)
    assert ("arrest", "Levan Abashidze") not in events(result)
    assert ("arrest", "Nino Kapanadze") not in events(result)


def test_neither_nor_denies_the_event_itself(extract_text):
    result = extract_text("Neither Levan Abashidze nor Nino Kapanadze was released on Thursday.\n")
    assert ("release", "Levan Abashidze") not in events(result)
    assert ("release", "Nino Kapanadze") not in events(result)


def test_not_one_of_them_in_the_same_sentence_as_the_group(extract_text):
    result = extract_text(
        "Border guards detained 17 hikers near the lake, but Giorgi Tsiklauri was not one of them.\n"
    )
    assert ("arrest", 17) in counts(result)
    assert ("arrest", "Giorgi Tsiklauri") not in events(result)


def test_one_of_them_still_names_a_member(extract_text):
    result = extract_text(
        "Border guards detained 17 hikers near the lake on Monday.\n\nGiorgi Tsiklauri was one of them.\n"
    )
    assert ("arrest", "Giorgi Tsiklauri") in events(result)


def test_named_members_join_the_group_of_their_own_event(extract_text):
    result = extract_text(
        "A court in Gyumri jailed eight farmers in March for blocking a highway.\n\n"
        "On Saturday police detained 30 people at a march in the capital.\n\n"
        "Among those already convicted is Anahit Sargsyan, a beekeeper.\n"
    )
    assert ("sentence", "Anahit Sargsyan") in events(result)
    assert ("arrest", "Anahit Sargsyan") not in events(result)


def test_also_freed_joins_the_release_not_a_later_arrest(extract_text):
    result = extract_text(
        "An amnesty freed 14 prisoners in Yerevan in April.\n\n"
        "Police separately detained 25 students at a sit-in on Sunday.\n\n"
        "Also freed were Anahit Sargsyan and Vahe Grigoryan.\n"
    )
    assert ("release", "Anahit Sargsyan") in events(result)
    assert ("release", "Vahe Grigoryan") in events(result)
    assert ("arrest", "Anahit Sargsyan") not in events(result)


def test_a_name_before_an_organisations_kind_is_the_body(extract_text):
    result = extract_text(
        "The Voz Abierta press freedom group said the reporter Julio Paredes was detained in Quito.\n\n"
        "Voz Abierta's director, Carmen Ibarra, said he had been beaten.\n"
    )
    assert "Voz Abierta" not in names(result)
    assert ("arrest", "Julio Paredes") in events(result)
    assert "Carmen Ibarra" in names(result)


def test_a_committee_named_after_a_person_keeps_the_person(extract_text):
    result = extract_text("The Julio Paredes defence committee said he was detained in Quito on Monday.\n")
    assert ("arrest", "Julio Paredes") in events(result)


def test_a_district_after_in_shaped_like_a_surname_is_no_one(extract_text):
    result = extract_text(
        "Her cousin, Ho Man-yee, 52, was arrested in Kau Lin on Thursday on suspicion of sedition.\n"
    )
    assert "Kau Lin" not in names(result)
    assert ("arrest", "Ho Man-yee") in events(result)


def test_a_group_given_suspended_sentences_is_sentenced(extract_text):
    result = extract_text(
        "Farmers blocked the highway for a week in October.\n\n"
        "A district court in Gyumri gave 15 farmers suspended sentences on Wednesday.\n"
    )
    assert ("sentence", 15) in counts(result)


def test_a_group_given_prison_terms_the_parser_reads_as_a_modifier(extract_text):
    result = extract_text(
        "Farmers blocked the highway for a week in October.\n\n"
        "The court handed 6 farmers prison sentences on Wednesday.\n"
    )
    assert ("sentence", 6) in counts(result)


def test_a_sentence_word_inside_another_thing_given_is_no_verdict(extract_text):
    result = extract_text(
        "Farmers blocked the highway for a week in October.\n\n"
        "A legal clinic gave 15 inmates sentence-review advice on Wednesday.\n"
    )
    assert ("sentence", 15) not in counts(result)


def test_a_group_only_asked_to_be_given_sentences_is_not_sentenced(extract_text):
    result = extract_text(
        "Farmers blocked the highway for a week in October.\n\n"
        "Prosecutors asked the court to give 15 farmers suspended sentences.\n"
    )
    assert ("sentence", 15) not in counts(result)


def test_a_name_with_party_and_state_before_a_colon_speaks(extract_text):
    result = extract_text(
        "Members of Congress reacted to the verdict on Friday.\n\n"
        'Sen. Ruth Calloway (D-Vermont): "Locking up a reporter for her work is indefensible."\n'
    )
    assert ("Ruth Calloway", "Locking up a reporter") in quotes(result)


def test_an_outlets_bureau_is_no_one(extract_text):
    result = extract_text(
        "Officials declined to comment.\n\n"
        "Farrukh Ismoilov, 37, was detained at his home, Radio Kavkaz's Tbilisi Bureau reported.\n"
    )
    assert "Tbilisi Bureau" not in names(result)
    assert ("arrest", "Farrukh Ismoilov") in events(result)


def test_neither_of_a_denied_clause_leaves_the_clause_after_it(extract_text):
    result = extract_text(
        "Neither Teodora Vlad nor Irina Pop was charged, because they were released within hours.\n"
    )
    assert ("release", "Teodora Vlad") in events(result)


def test_where_someone_was_moved_to_or_from_is_no_one(extract_text):
    result = extract_text(
        "Officials declined to comment.\n\n"
        "Thura Aung, 31, was deported from Ban Khlong after police stopped his bus; his brother fled "
        "to Nong Wai.\n"
    )
    assert "Ban Khlong" not in names(result)
    assert "Nong Wai" not in names(result)
    assert ("deportation", "Thura Aung") in events(result)


def test_a_person_whose_home_someone_was_moved_to_stays(extract_text):
    result = extract_text("Thura Aung was transferred to Daw Khin Sein's house under guard on Friday.\n")
    assert "Daw Khin Sein" in names(result) or "Khin Sein" in names(result)


def test_a_magistrates_office_in_title_case_is_no_one(extract_text):
    result = extract_text(
        "Officials declined to comment.\n\n"
        "A Senior Civil Magistrate in Multan remanded Tariq Mehmood, 34, in custody on Monday.\n"
    )
    assert "Civil Magistrate" not in names(result)
    assert ("arrest", "Tariq Mehmood") in events(result)
