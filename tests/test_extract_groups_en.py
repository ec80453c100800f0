"""Group membership across a story, English: who in a counted or described group goes through the
group's event. The stories are written for these tests in the way wires, NGOs and features word
them (none is copied from an evaluation set)."""

from __future__ import annotations

from tests.extract_views import event_pairs as _events
from tests.extract_views import group_counts as _counts


def _of(result, name: str) -> set[str]:
    return {kind for kind, person in _events(result) if person == name}


def test_a_members_quote_does_not_carry_the_story_away_from_the_group(extract_text):
    # six sentences lie between the group and "Among the others", four of them the words of a
    # freed man: the narration has moved on two sentences only
    result = extract_text(
        "VILNIUS - Belarus freed 14 political prisoners on Thursday and drove them to the "
        "Lithuanian border, the exiled opposition said.\n\n"
        "The economist Pavel Drozd was one of them. Most were never asked whether they wished to go.\n\n"
        '"Nobody told us anything," Drozd said. "We thought we were going to another colony." '
        '"Then the coach stopped in a forest." He paused. "Then we saw the border post."\n\n'
        "Among the others on the coach were the retired nurse Alena Mikhalkova and the "
        "student Zmitser Savich."
    )
    for name in ("Alena Mikhalkova", "Zmitser Savich"):
        assert _of(result, name) == {"release", "deportation"}, name


def test_those_detained_after_a_release_headline_are_the_larger_group(extract_text):
    # the headline frees two of the detained: everyone the arrest list names was held, not freed
    result = extract_text(
        "Dozens held after strike at Gomel plant; two released\n\n"
        "The Viasna centre has recorded the detention of at least 40 workers of the Gomel "
        "tractor plant since the strike began.\n\n"
        "Among those detained are:\n"
        "- Ivan Barysevich, 41, a welder, who was detained at his home on 3 May;\n"
        "- Palina Sharenda, 29, an engineer, who was taken into custody at the factory gate.\n\n"
        "Two of the detainees, Barysevich among them, were released on Friday after paying fines."
    )
    assert _of(result, "Palina Sharenda") == {"arrest"}
    assert _of(result, "Ivan Barysevich") == {"arrest", "release"}


def test_people_picked_out_of_the_groups_noun_are_its_members(extract_text):
    # "her and four of her teachers" is one group of five; "Two of the teachers", "A third" and
    # "The fourth teacher" pick its members out, and each was arrested and tried with it
    result = extract_text(
        "SAGAING - In May 2021, soldiers arrested the headmistress Daw Aye Aye Mar and three of "
        "her teachers at the school. The three teachers were each sentenced to two years by a "
        "military tribunal.\n\n"
        "Two of the teachers, Ma Thida Aye and Ko Min Naing, were freed in an amnesty last year. "
        "A third, Ma Khin Lay, died in Monywa prison in 2023.\n\n"
        "Daw Aye Aye Mar still teaches in the monastery."
    )
    for name in ("Ma Thida Aye", "Ko Min Naing"):
        assert _of(result, name) == {"arrest", "sentence", "release"}, name
    assert _of(result, "Ma Khin Lay") == {"arrest", "sentence", "death"}
    assert ("arrest", 4) in _counts(result)
    terms = {(names, e.term_months) for e in result.events for names in e.persons if e.type == "sentence"}
    assert {term for _, term in terms} == {24}


def test_the_nth_member_of_a_counted_group_was_not_freed_with_the_others(extract_text):
    result = extract_text(
        "Police detained 14 teachers at a school in Mandalay on Monday.\n\n"
        "The fourth teacher, Ko Zeya Htun, was never released."
    )
    assert _of(result, "Ko Zeya Htun") == {"arrest"}


def test_a_relation_of_the_group_is_no_member(extract_text):
    result = extract_text(
        "Police detained 14 teachers at a school in Mandalay on Monday.\n\n"
        "One of the teachers' lawyers, U Kyaw Soe, said the arrests were unlawful. Two of the "
        "other teachers, Ma Ei Phyu and Ko Wai Yan, were not at the school that day."
    )
    for name in ("U Kyaw Soe", "Ma Ei Phyu", "Ko Wai Yan"):
        assert _of(result, name) == set(), name


def test_a_clause_set_off_after_the_defendants_is_told_as_fact(extract_text):
    # the demand is the prosecutors'; "who were detained in March" is what the story knows
    result = extract_text(
        "BATUMI - A court convicted eight people over the port clashes on Monday. The student "
        "Giorgi Abashidze received three years. The journalist Nino Kapanadze received two years.\n\n"
        "Prosecutors had asked for five years for each of the defendants, who were detained in March."
    )
    for name in ("Giorgi Abashidze", "Nino Kapanadze"):
        assert _of(result, name) == {"arrest", "sentence"}, name


def test_all_of_a_group_held_since_its_arrest_is_counted_and_named(extract_text):
    result = extract_text(
        "Six people were jailed on Friday for organising a banned vigil.\n\n"
        "The organiser Chow Ka-ming received two years. Lee Wing-sze and Tam Chi-fung received "
        "16 and 12 months respectively. The other three received nine months each.\n\n"
        "All six had been held in custody since their arrest in May."
    )
    for name in ("Chow Ka-ming", "Lee Wing-sze", "Tam Chi-fung"):
        assert _of(result, name) == {"arrest", "sentence"}, name
    assert ("arrest", 6) in _counts(result)


def test_them_after_a_crowd_is_the_crowd(extract_text):
    result = extract_text(
        "Six former editors of the newspaper were arrested in June 2021. Among them are the "
        "former chief editor Ryan Tsoi Man-kit and the former publisher Lo Pui-shan.\n\n"
        "Outside the court, a queue of supporters had formed before dawn. One of them, the retired "
        "nurse Wong Siu-ling, said she came every day."
    )
    for name in ("Ryan Tsoi Man-kit", "Lo Pui-shan"):
        assert _of(result, name) == {"arrest"}, name
    assert _of(result, "Wong Siu-ling") == set()


def test_a_group_set_beside_the_patient_is_a_group_of_its_own(extract_text):
    result = extract_text(
        "ANKARA - The mayor Selim Korkmaz was detained in a dawn raid on Tuesday, along with 38 "
        "municipal employees, on bribery charges."
    )
    assert _of(result, "Selim Korkmaz") == {"arrest"}
    assert ("arrest", 38) in _counts(result)
    assert ("arrest", 39) not in _counts(result)


def test_people_counted_with_the_named_one_make_one_group(extract_text):
    together = extract_text("Police arrested the mayor Selim Korkmaz together with 12 of his aides.")
    assert _counts(together) == {("arrest", 13)}
    others = extract_text("The mayor Selim Korkmaz was arrested along with four other officials on Monday.")
    assert _counts(others) == {("arrest", 5)}


def test_a_release_that_starts_a_ban_in_a_verdict_is_still_to_come(extract_text):
    result = extract_text(
        "TEHRAN - The rapper Mehdi Karimi was sentenced on Sunday to four years in prison and "
        "barred from leaving Iran for two years after his release, his lawyer said."
    )
    assert _of(result, "Mehdi Karimi") == {"sentence"}
    past = extract_text("The rapper Mehdi Karimi was arrested again in March, two years after his release.")
    assert "release" in _of(past, "Mehdi Karimi")


def test_they_after_a_phrase_naming_the_brothers_take_their_terms_in_order(extract_text):
    result = extract_text(
        "Or take the cousins Osvaldo Rivera and Mario Quintana, who filmed the march on their "
        "phones: they received 9 and 11 years respectively."
    )
    terms = {
        ({p.id: p.name for p in result.persons}[pid], e.term_months)
        for e in result.events
        for pid in e.persons
        if e.type == "sentence"
    }
    assert terms == {("Osvaldo Rivera", 108), ("Mario Quintana", 132)}


def test_a_verdict_broken_down_by_name_and_named_pairs_gives_the_group_its_members(extract_text):
    # the lead counts four; two are named one by one, two as "Two women ..., A and B"; "The four
    # had been held since ..." then is each one's detention. A province named like a country
    # ("Thai Binh") is no story abroad, and "Nguyen" is a name, not a negation
    result = extract_text(
        "HANOI - A court in the northern province of Thai Binh on Friday sentenced four farmers "
        "to a combined 26 years in prison for abusing democratic freedoms, state media reported.\n\n"
        "Nguyen Van Hoang, 58, was given eight years, and his son Nguyen Van Duc, 30, was given "
        "six years. Two women from the same commune, Tran Thi Mai and Le Thi Cuc, were jailed for "
        "six years each. The four had been held since March 2024, when police broke up a meeting "
        "about land seized for a golf course."
    )
    for name in ("Nguyen Van Hoang", "Nguyen Van Duc", "Tran Thi Mai", "Le Thi Cuc"):
        assert _of(result, name) == {"sentence", "arrest"}, name
    assert ("sentence", 4) in _counts(result)


def test_held_at_a_prison_since_is_a_stay_not_a_detention(extract_text):
    result = extract_text("The blogger Tran Van Nam has been held at Chi Hoa prison since 2021.")
    assert _of(result, "Tran Van Nam") == set()


def test_the_terms_that_went_to_named_people_are_theirs(extract_text):
    result = extract_text(
        "A Tbilisi court convicted seven protesters on Monday. The longest terms, three years and "
        "six months each, went to the student Levan Gogua and the actor Dato Beridze. The heaviest "
        "fine went to a journalist."
    )
    terms = {(n, e.term_months) for e in result.events for n in _names(result, e) if e.type == "sentence"}
    assert terms == {("Levan Gogua", 42), ("Dato Beridze", 42)}
    one = extract_text("The heaviest sentence, seven years, went to the blogger Ilya Sorokin.")
    assert {(n, e.term_months) for e in one.events for n in _names(one, e)} == {("Ilya Sorokin", 84)}


def _names(result, event) -> list[str]:
    names = {p.id: p.name for p in result.persons}
    return [names[p] for p in event.persons]


def test_the_others_are_not_the_group_just_told(extract_text):
    # held pending trial is a detention; "the others" were freed, the six were not
    result = extract_text(
        "Police detained 31 people at the rally on Sunday. Most were fined and let go on Monday. "
        "Zurab Japaridze and five others are now in pre-trial detention. The others were released."
    )
    assert _of(result, "Zurab Japaridze") == {"arrest"}
    assert ("arrest", 6) in _counts(result)
    still = extract_text("Zurab Japaridze remains in pre-trial detention.")
    assert _of(still, "Zurab Japaridze") == set()


def test_a_release_that_a_future_clause_comes_after_is_still_to_come(extract_text):
    ahead = extract_text("The blogger Ihar Losik will live in Vilnius after his release, his wife said.")
    assert _of(ahead, "Ihar Losik") == set()
    dated_ahead = extract_text("Ihar Losik could walk free after his release next year, his lawyer said.")
    assert _of(dated_ahead, "Ihar Losik") == set()
    told = extract_text("The blogger Ihar Losik moved to Vilnius after his release in 2025.")
    assert _of(told, "Ihar Losik") == {"release"}


def test_among_the_detained_names_members_of_the_detained_group(extract_text):
    result = extract_text(
        "Police detained 12 activists in Gomel on Monday. Among the detained were the blogger "
        "Andrei Kuznechyk and the nurse Volha Zolatava. Not among the detained was Pavel Seviarynets."
    )
    for name in ("Andrei Kuznechyk", "Volha Zolatava"):
        assert _of(result, name) == {"arrest"}, name
    assert _of(result, "Pavel Seviarynets") == set()


def test_a_sentence_case_headline_verb_before_a_number_counts_its_group(extract_text):
    result = extract_text(
        "Tokayev pardons 212 prisoners, including four journalists\n\n"
        "ASTANA - President Kassym-Jomart Tokayev signed a decree on Monday covering 212 convicts."
    )
    assert ("release", 212) in _counts(result)
    budget = extract_text("Minsk releases 2004 budget\n\nThe city published its spending plans.")
    assert budget.events == []


def test_a_headline_group_freed_is_the_group_the_story_names_later(extract_text):
    result = extract_text(
        "Kyrgyzstan: Four reporters of Temirov Live freed, but others remain behind bars\n\n"
        "The Bishkek Press Club welcomes the release of four journalists on Friday.\n\n"
        "The four - Makhabat Tazhibek kyzy, Azamat Ishenbekov, Aike Beishekeyeva and Aktilek "
        "Kaparov - were arrested in January 2024."
    )
    assert ("release", 4) in _counts(result)
    for name in ("Azamat Ishenbekov", "Aike Beishekeyeva", "Aktilek Kaparov"):
        assert _of(result, name) == {"arrest", "release"}, name


def test_jailed_and_later_sentenced_is_an_arrest_then_a_verdict(extract_text):
    result = extract_text(
        "They included the engineer Jose Pereira, one of five refinery managers who were jailed "
        "in Maracaibo in 2019 and later sentenced to between six and ten years."
    )
    assert _of(result, "Jose Pereira") == {"arrest", "sentence"}
    assert {("arrest", 5), ("sentence", 5)} <= _counts(result)
    jailed = extract_text("The engineer Jose Pereira was jailed for six years in 2019.")
    assert _of(jailed, "Jose Pereira") == {"sentence"}


def test_what_a_past_clause_says_of_a_counted_group_is_known_under_a_call(extract_text):
    result = extract_text("Activists called for the release of 14 students who were detained in March.")
    assert _counts(result) == {("arrest", 14)}
    asked = extract_text("Activists called for the release of 14 students who could be detained in March.")
    assert _counts(asked) == set()


def test_a_groups_release_that_a_deal_foresees_is_still_to_come(extract_text):
    for text in (
        "The deal foresees the release of 25 political prisoners.",
        "The release of 25 prisoners was scheduled for Friday.",
        "The agreement envisages the release of 40 detainees by the end of the year.",
    ):
        assert extract_text(text).events == [], text


def test_one_of_the_group_set_beside_a_name_is_a_member(extract_text):
    lead = "Belarus freed 52 political prisoners on Thursday. "
    for aside in ("one of the 52", "one of those freed"):
        result = extract_text(lead + f"Ihar Losik, {aside}, said he was happy to see his wife.")
        assert _of(result, "Ihar Losik") == {"release"}, aside
    helper = extract_text(lead + "Ihar Losik, one of those who campaigned for their release, spoke.")
    assert _of(helper, "Ihar Losik") == set()


def test_bare_terms_after_names_go_to_each_in_order(extract_text):
    def terms(text: str) -> set[tuple[str, int]]:
        result = extract_text(text)
        return {(n, e.term_months) for e in result.events for n in _names(result, e) if e.term_months}

    assert terms(
        "A court jailed Ales Bialiatski for ten years, while Valiantsin Stefanovich and Uladzimir "
        "Labkovich got nine and seven."
    ) == {("Ales Bialiatski", 120), ("Valiantsin Stefanovich", 108), ("Uladzimir Labkovich", 84)}
    assert terms(
        "A court jailed Ales Bialiatski for ten years, while Valiantsin Stefanovich and Uladzimir "
        "Labkovich got four each."
    ) == {("Ales Bialiatski", 120), ("Valiantsin Stefanovich", 48), ("Uladzimir Labkovich", 48)}


def test_a_bare_number_after_a_larger_group_is_part_of_it(extract_text):
    result = extract_text(
        "Police detained 14 activists in Minsk on Sunday. Eight were released on Monday, including "
        "the blogger Ihar Losik; the other six remain in custody."
    )
    assert _of(result, "Ihar Losik") == {"arrest", "release"}
    assert {("arrest", 14), ("release", 8)} <= _counts(result)
