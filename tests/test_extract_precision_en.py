"""Precision of English events on the language of general (political) news, where the event words
have other senses: documents are released, rulings free people to act, politicians serve terms
in office and fly abroad, judges impose sentences. Every sentence here was written for these tests
(other names, places and wordings than any evaluation set); each trap comes with the real event
its rule must still find."""

from __future__ import annotations

import pytest

from tests.extract_views import event_pairs as _events


def _terms(result) -> set[tuple[str, int]]:
    names = {p.id: p.name for p in result.persons}
    return {(names[p], e.term_months) for e in result.events if e.term_months for p in e.persons}


# -- released: documents, polls and statements are no prisoners ----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Newly released emails show that aides to Senator Maria Quist discussed the contract in 2014.",
        "Aides to Mayor Linda Carvalho released her tax returns late on Friday.",
        "Governor Tom Beale's press release reached reporters an hour before the vote.",
        "A survey of 1,200 likely voters released Tuesday by the Marist Institute gave Ramon Ortiz a lead.",
        "More Gloria Santos memos released on the eve of the primary.",
        "The interview, taped and released on Sunday, shows Paul Greer at ease.",
        "According to figures that were released by the commission, Dan Hollis raised $2 million.",
    ],
)
def test_published_things_are_not_released_people(extract_text, text):
    assert not [e for e in extract_text(text).events if e.type == "release"]


def test_a_release_of_people_next_to_released_documents(extract_text):
    result = extract_text(
        "The ministry released a statement on Monday. Hours earlier, police had released Omar Haddad, "
        "a blogger detained at a checkpoint on Saturday."
    )
    assert ("release", "Omar Haddad") in _events(result)


# -- free: enabling someone is not setting them free ----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The court ruling frees Governor Dana Whitfield to appoint a new attorney general.",
        "Party rules were changed to free its 800 delegates to back any candidate at the convention.",
        "Victories in three primaries freed Carla Mendes to focus on the general election.",
        "The new budget freed up $40 million for schools, Senator Paul Greer said.",
    ],
)
def test_freeing_someone_to_act_is_no_release(extract_text, text):
    assert not [e for e in extract_text(text).events if e.type == "release"]


@pytest.mark.parametrize(
    "text",
    [
        "A judge freed Yusuf Demir on bail to await trial.",
        "Authorities freed Rashid Aliyev from prison to attend his father's funeral.",
    ],
)
def test_freed_from_custody_to_do_something_is_a_release(extract_text, text):
    assert [name for kind, name in _events(extract_text(text)) if kind == "release"]


# -- serve and terms: office and military service --------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Frank Delgado served two terms as mayor of Tucson before running for Congress.",
        "The board nominated Alice Moreno for a second four-year term as chair of the central bank.",
        "Before entering politics, Tom Reyes served in the Navy for six years.",
        "Before entering politics, Tom Reyes had served in Iraq - 14 months he calls the worst of his life.",
        "Senator Ruth Calder, who is serving her third six-year term, opposes the bill.",
    ],
)
def test_terms_of_office_and_service_are_no_sentences(extract_text, text):
    assert not [e for e in extract_text(text).events if e.type == "sentence"]


def test_a_prison_term_beside_a_term_of_office(extract_text):
    result = extract_text(
        "Former governor Eli Barros, who served two terms in office, is serving a 12-year prison "
        "term for bribery."
    )
    assert ("Eli Barros", 144) in _terms(result)


# -- durations inside other clauses, and times ago ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Senator Ruth Calder said she received a letter from a veteran who had spent three years abroad.",
        "The governor gave Kevin Marsh a chance that did not seem possible two months ago.",
        "Mayor Ines Wolff got a call from a donor who had moved to Texas five years earlier.",
    ],
)
def test_a_duration_in_a_clause_of_the_object_is_no_term(extract_text, text):
    assert not [e for e in extract_text(text).events if e.type == "sentence"]


# -- the judge who imposes a sentence is not sentenced ----------------------------------------


def test_the_judge_who_imposes_a_sentence_is_not_its_subject(extract_text):
    result = extract_text(
        "U.S. District Judge Helen Moss imposed a 40-month sentence, saying the fraud had ruined families."
    )
    assert not any(p == "Helen Moss" for _, p in _events(result))


def test_a_sentence_imposed_on_a_named_person(extract_text):
    result = extract_text("Judge Helen Moss imposed a 40-month prison sentence on Victor Lang.")
    assert ("Victor Lang", 40) in _terms(result)
    assert not any(p == "Helen Moss" for _, p in _events(result))


# -- trips abroad are no deportations ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Representative Alan Petrov, who flew to Austria with the families of the detained sailors, said "
        "the talks were slow.",
        "Governor Lisa Crane flew to Mexico on Tuesday for the summit.",
    ],
)
def test_travelling_abroad_is_no_deportation(extract_text, text):
    assert not extract_text(text).events


def test_a_prisoner_flown_abroad_is_deported(extract_text):
    result = extract_text("Belarusian guards flew dissident Pavel Orlik to Germany hours after his release.")
    assert ("deportation", "Pavel Orlik") in _events(result)


# -- labels, purposes and other people's releases ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The campaign booked convicted fraudster Ricky Vance and talk-show host Kim Dorsey for the rally.",
        "The network has convicted murderer Gary Pool and novelist Joan Hale on its panel tonight.",
    ],
)
def test_convicted_as_a_label_is_no_verdict_for_the_list(extract_text, text):
    events = _events(extract_text(text))
    assert not {p for _, p in events} & {"Kim Dorsey", "Joan Hale"}
    assert not events


def test_a_purpose_is_no_release_and_a_hedged_description_no_conviction(extract_text):
    result = extract_text(
        "To win the release of Daniel Ochoa and two other Americans, Washington freed four men charged "
        "with or convicted of export violations."
    )
    assert not [e for e in result.events if e.type == "sentence"]
    assert not any(p == "Daniel Ochoa" for _, p in _events(result))
    assert {e.count for e in result.events if e.type == "release"} == {4}


def test_another_country_also_releasing_is_another_release(extract_text):
    result = extract_text(
        "In 2009, Egypt freed 300 prisoners in an amnesty.\n\n"
        "In 2014, Cuba also released Martin Leary, an American aid worker."
    )
    leary = [e for e in result.events if e.type == "release" and e.persons]
    assert leary and all(e.count is None for e in leary)


def test_an_interview_taped_and_released_is_no_release(extract_text):
    result = extract_text(
        '"We owe nothing to anyone," she said. Senator Marie Dubois spoke to Reuters in the interview '
        "recorded and released on Friday."
    )
    assert not [e for e in result.events if e.type == "release"]


# -- members of a tally are not members of an earlier event -----------------------------------


@pytest.mark.parametrize(
    "tally",
    [
        "The monitoring group Crude Accountability said more than 900 political prisoners remain behind "
        "bars, among them human rights defender Anar Mammadli, who is serving a six-year sentence.",
        "Rights groups say more than 900 political prisoners remain behind bars, among them rapper "
        "Parviz Guluzade, who is serving a five-year term.",
        "More than 300 dissidents are still held, among them Booker-winning novelist Tamar Kvirikashvili.",
        "Some 1,400 people remain in prison on political charges, among them economist Gubad Ibadoghlu.",
    ],
)
def test_a_tally_after_a_release_keeps_its_members_out_of_it(extract_text, tally):
    """'N remain behind bars, among them X' names X among those still held: after a release story
    X must not be marked released (a wrong 'released' on a prisoner's record)."""
    result = extract_text(
        f"The authorities freed 11 prisoners on Thursday. Among them was the blogger Tural Bayramov. {tally}"
    )
    events = _events(result)
    assert ("release", "Tural Bayramov") in events
    assert not {name for kind, name in events if kind == "release"} - {"Tural Bayramov"}
    assert {e.count for e in result.events if e.type == "release"} == {11}


def test_a_trailing_member_list_still_joins_its_own_event(extract_text):
    result = extract_text(
        "Police detained 12 people in Baku on Saturday, among them the journalist Sevda Aliyeva."
    )
    assert ("arrest", "Sevda Aliyeva") in _events(result)


@pytest.mark.parametrize(
    "text",
    [
        "Another defendant, Iryna Kovalchuk, remains jailed in Homel.",
        "The lawyer Dmitri Sokolov remains imprisoned despite the ruling.",
        "The editor Maryna Zolatava remains detained in Minsk.",
    ],
)
def test_remaining_in_prison_is_no_event(extract_text, text):
    """GUIDELINES: being in prison is not a sentence, nor a new arrest."""
    assert not extract_text(text).events


# -- "one of them" points back a few sentences, not to any earlier group ---------------------


_FILLER = (
    "The city council met on Tuesday to discuss the budget. Bus fares will rise in March. "
    "Teachers in the northern districts asked for new textbooks. A storm closed the coastal road. "
    "The harbour authority announced repairs to the pier. Tourism fell by a tenth last summer. "
)


@pytest.mark.parametrize(
    "member",
    [
        "Two opposition deputies demanded an inquiry. One of them, Mr Ferenc Halasz, spoke for an hour.",
        "Several veterans of the old ruling party now criticise the government. Economist Ilona Varga "
        "is among the ranks of former loyalists who have broken with it.",
    ],
)
def test_a_group_named_long_before_does_not_take_later_members(extract_text, member):
    """'One of them, X' after a sentence about two deputies refers to the deputies, not to the
    people detained many sentences earlier."""
    result = extract_text(f"Police detained 40 people after the march on Sunday. {_FILLER}{member}")
    assert {(e.type, e.count) for e in result.events} == {("arrest", 40)}
    assert not _events(result)


def test_one_of_them_right_after_the_group_still_joins_it(extract_text):
    result = extract_text(
        "Police detained 40 people after the march on Sunday. One of them, the student Bence Kovacs, "
        "was taken to hospital with a broken arm."
    )
    assert ("arrest", "Bence Kovacs") in _events(result)


# -- detained in hospital: the British sense is a patient kept in ----------------------------------


def test_patients_detained_in_hospital_are_not_arrested(extract_text):
    result = extract_text(
        "Twelve people were detained in hospital after the bombing, among them the shopkeeper Alan Reid, "
        "and 30 others were sent home after treatment."
    )
    assert not [e for e in result.events if e.type == "arrest"]


def test_detention_in_a_psychiatric_hospital_is_an_arrest(extract_text):
    result = extract_text("The blogger Pavel Orlov was detained in a psychiatric hospital in Kazan last May.")
    assert ("arrest", "Pavel Orlov") in _events(result)


# -- organisations and titles: names that are no persons, titles that are no anaphors ---------------


@pytest.mark.parametrize(
    ("text", "not_a_person"),
    [
        (
            "The opposition Democratic Party said its offices in Tbilisi were searched on Monday.",
            "Democratic Party",
        ),
        (
            "Rights campaigner Human Rights Watch documented 40 detentions in Baku last month.",
            "Human Rights Watch",
        ),
        (
            "Veteran activists of the Solidarity Front were questioned by police in Vitebsk.",
            "Solidarity Front",
        ),
        (
            "The exiled leader Anna Reyes spoke at the Sakharov Institute in Riga on Friday.",
            "Sakharov Institute",
        ),
    ],
)
def test_a_name_ending_in_an_organisations_head_is_no_person(extract_text, text, not_a_person):
    assert not_a_person not in {p.name for p in extract_text(text).persons}


def test_a_role_noun_before_a_name_is_that_persons_title_not_the_previous_person(extract_text):
    """The parser may read "The teacher Ilya Voronin" as two subjects; the role noun is Voronin's
    title, not a description of the person named before."""
    result = extract_text(
        "Opposition leaders Marta Quiroga and Esteban Lira were arrested in June. "
        "The teacher Ilya Voronin was detained on Tuesday."
    )
    names = {p.id: p.name for p in result.persons}
    groups = [{names[p] for p in e.persons} for e in result.events]
    assert {"Ilya Voronin"} in groups and {"Marta Quiroga", "Esteban Lira"} in groups, groups


# -- traps beside the recall rules of real news -----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Physician Dana Oren returned to the prison on Monday to treat an inmate.",
        "Lawyer Dana Oren returned to the detention centre with documents for her client.",
        "Dana Oren returned the files to the prison archive.",
        "Reporter Layla Haddad, who arrested the attention of the judges, won the prize.",
        "Police seized the phone of reporter Layla Haddad.",
        "Senator Ray Colton seized on the remarks of his rival on Tuesday.",
        "Reporter Layla Haddad seized the initiative in the debate.",
    ],
)
def test_returns_seizures_and_relatives_that_arrest_nobody(extract_text, text):
    assert not [e for e in extract_text(text).events if e.type == "arrest"]


def test_of_a_tally_is_no_group_of_the_story(extract_text):
    """'Of the 1,200 political prisoners in the country' counts a population, not the group the
    story told: a woman named in it is not one of those released."""
    result = extract_text(
        "The authorities released 18 prisoners on Saturday. Of the 1,200 political prisoners in the "
        "country, 160 are women, including the journalist Katsiaryna Andreyeva."
    )
    assert ("release", "Katsiaryna Andreyeva") not in _events(result)


def test_a_term_after_an_unrelated_sentence_or_demand_is_nobodys(extract_text):
    result = extract_text(
        "Editor Nika Gvaramia was convicted of abuse of office on Tuesday. Prosecutors had asked "
        "for a nine-year sentence.\n\nThe same court has imposed a seven-year sentence in similar cases."
    )
    assert not _terms(result)


def test_relatives_and_owners_in_an_including_list_are_not_its_members(extract_text):
    result = extract_text(
        "Police detained 12 people on Sunday, including the wife of opposition leader Arman "
        "Dzhumabaev, poet Saule Nurlanova and Yerlan Ospanov's lawyer."
    )
    events = _events(result)
    assert ("arrest", "Saule Nurlanova") in events
    assert ("arrest", "Arman Dzhumabaev") not in events and ("arrest", "Yerlan Ospanov") not in events


def test_a_later_clause_with_its_own_verb_is_no_gapped_term(extract_text):
    result = extract_text(
        "Chen Guoliang was jailed for 11 years in 2023 and Hu Meiling has been held for 14 months."
    )
    assert ("Hu Meiling", 14) not in _terms(result)


@pytest.mark.parametrize(
    "text",
    [
        "Ravshan Ergashev was sent to prison on Monday to visit his brother.",
        "Ravshan Ergashev sent a letter to the prison for six years before he got a reply.",
        "Officials say Ravshan Ergashev will be released once he is pardoned.",
        "Ravshan Ergashev could be sentenced to six years if he is convicted.",
    ],
)
def test_no_sentence_or_release_without_a_verdict_or_a_past_fact(extract_text, text):
    assert not [e for e in extract_text(text).events if e.type in ("sentence", "release")]


@pytest.mark.parametrize(
    "text",
    [
        "Senator Dale Whitmore spoke of his political convictions at the rally.",
        "Dale Whitmore's conviction that the tax is unfair has not changed.",
        "Dale Whitmore was taken by ambulance to a hospital in Tulsa.",
        "Dale Whitmore drove his daughter into town in a van.",
        "Dale Whitmore was not allowed to leave prison for the funeral.",
        "Dale Whitmore's sentencing is scheduled for June.",
        "Activists say Dale Whitmore disappeared from public view in May.",
        "Dale Whitmore was led away by guards after the verdict.",
        "Riot police pushed Dale Whitmore away from the barrier.",
    ],
)
def test_beliefs_trips_and_refusals_are_no_events(extract_text, text):
    assert not extract_text(text).events


@pytest.mark.parametrize(
    "text",
    [
        "A court in Almaty jailed a pensioner for three years on Tuesday. Separately, activist "
        "Gulmira Seitova was detained in Shymkent.",
        "A court in Almaty jailed a pensioner for three years on Tuesday.\n\nOpposition leader "
        "Gulmira Seitova, who was arrested in 2022, condemned the verdict.",
        "A court in Almaty jailed a pensioner for three years on Tuesday.\n\nIn another case, "
        "Gulmira Seitova was sentenced to five years.",
    ],
)
def test_someone_else_named_after_the_lead_does_not_take_its_term(extract_text, text):
    assert ("Gulmira Seitova", 36) not in _terms(extract_text(text))


def test_the_upper_end_of_a_range_is_no_ones_term(extract_text):
    result = extract_text(
        "The court jailed 12 protesters, including Kerim Aydin, for terms ranging from two to six years."
    )
    assert not _terms(result)


def test_a_part_of_a_group_with_no_event_joins_nothing(extract_text):
    result = extract_text(
        "Of the 30 candidates who ran in Grodno, nine were arrested on Monday, including Anton Rudak."
    )
    assert ("arrest", "Anton Rudak") in _events(result)
    assert ("release", "Anton Rudak") not in _events(result)


# -- released from hospital: a patient sent home ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Opposition leader Tomasz Wrona was released from hospital on Tuesday after heart surgery.",
        "After her release from hospital last week, Senator Maria Quist returned to the chamber.",
        "Doctors said Ramon Ortiz would be released from the clinic within days.",
    ],
)
def test_a_patient_released_from_hospital_is_no_release(extract_text, text):
    assert not [e for e in extract_text(text).events if e.type == "release"]


def test_a_release_from_a_prison_hospital_or_from_custody_to_hospital_is_one(extract_text):
    result = extract_text(
        "Journalist Ana Ruiz was released from the prison hospital on Monday. Activist Tomas Velez "
        "was released from custody and taken to hospital."
    )
    assert {("release", "Ana Ruiz"), ("release", "Tomas Velez")} <= _events(result)


# -- expelled from a school or a party; a hedged or life verdict; counted groups in title case -------


@pytest.mark.parametrize(
    "text",
    [
        "Three pupils were expelled from a lycee in Nantes on Tuesday for refusing to remove their veils.",
        "The ruling party expelled four deputies for voting against the budget.",
        "Two cadets were expelled from the naval academy after the brawl.",
    ],
)
def test_expelled_from_a_school_or_a_party_is_no_deportation(extract_text, text):
    assert not [e for e in extract_text(text).events if e.type == "deportation"]


def test_expelled_from_a_country_stays_a_deportation(extract_text):
    result = extract_text(
        "Two reporters, Ilse Vandamme and Pieter Claes, were expelled from Uzbekistan on Friday."
    )
    assert {("deportation", "Ilse Vandamme"), ("deportation", "Pieter Claes")} <= _events(result)


def test_a_possible_death_sentence_is_no_verdict(extract_text):
    result = extract_text(
        "The family of pilot Ruud Vermeer fear his possible death sentence, his sister Anouk Vermeer said."
    )
    assert not [e for e in result.events if e.type == "sentence"]


def test_years_served_of_a_life_sentence_are_no_term(extract_text):
    result = extract_text("Tarek Mansour served 19 years of a life sentence before he was paroled in March.")
    assert ("sentence", "Tarek Mansour") in _events(result)
    assert not _terms(result)


@pytest.mark.parametrize(
    "text",
    [
        "Ruslan Tagiev was jailed for 30 months in 2018 and served 14 months of that sentence before "
        "an amnesty.",
        "A court gave Dilnoza Rakhimova three years; she served two years of the term in a women's colony.",
    ],
)
def test_time_served_of_a_term_told_before_is_no_term(extract_text, text):
    terms = {months for _, months in _terms(extract_text(text))}
    assert terms and terms <= {30, 36}  # the verdict's own term, never the months served


def test_months_served_of_a_term_stated_there_keep_that_term(extract_text):
    result = extract_text("Yuri Garmash served nine months of a two-year sentence before his parole.")
    assert _terms(result) == {("Yuri Garmash", 24)}


@pytest.mark.parametrize(
    "text",
    [
        "The economist Farid Nasser spent three years in custody without ever being convicted of a crime.",
        "Ana Ribeiro was held for 14 months without being sentenced, her lawyers said.",
    ],
)
def test_without_being_convicted_is_no_verdict(extract_text, text):
    assert not [e for e in extract_text(text).events if e.type == "sentence"]


def test_a_number_word_opening_a_title_case_headline_is_no_name(extract_text):
    result = extract_text("Nine Estonians Held in Kazakhstan Freed\n\nNine Estonians were freed on Monday.")
    assert not [p for p in result.persons if p.name.lower().startswith("nine")]
    assert ("release", 9) in {(e.type, e.count) for e in result.events}


# -- running totals since a date are statistics, not one group's event ------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Since 2021, 4,318 people have been convicted in politically motivated trials, the centre says.",
        "Police in Tbilisi have detained 612 demonstrators since the rallies began in November.",
        "The president has pardoned 214 prisoners since last summer.",
    ],
)
def test_a_running_total_since_a_date_carries_no_count(extract_text, text):
    assert not [e for e in extract_text(text).events if e.count is not None]


def test_a_counted_event_on_one_day_keeps_its_count(extract_text):
    result = extract_text(
        "Police in Tbilisi detained 61 demonstrators on Sunday, a day after the rally began."
    )
    assert ("arrest", 61) in {(e.type, e.count) for e in result.events}


def test_years_spent_in_prison_are_time_served_not_a_term(extract_text):
    result = extract_text("Ihar Losik spent two years in prison before his trial opened in Homel.")
    assert not _terms(result)


# -- senses of wire news that are no event (AG News families) --------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen kidnapped engineer Piotr Walczak near Kirkuk and demanded a ransom.",
        "Insurgents beheaded the British hostage Colin Marsh two weeks after kidnapping him.",
    ],
)
def test_a_hostage_kidnapped_by_an_armed_group_is_no_arrest(extract_text, text):
    assert not [e for e in extract_text(text).events if e.type == "arrest"]


def test_a_player_let_go_is_no_release_in_a_story_that_also_tells_of_courts(extract_text):
    result = extract_text(
        "Shakhtar Soligorsk have released their veteran goalkeeper Andrei Klimovich, the club said. "
        "In 2021 a court fined him for joining a protest."
    )
    assert not [e for e in result.events if e.type == "release"]
    freed = extract_text("Police released the former club striker Oleg Darin from custody on Monday.")
    assert ("release", "Oleg Darin") in _events(freed)


def test_a_player_released_by_a_club_is_no_release(extract_text):
    result = extract_text("The Rovers released striker Jonas Berg after the season ended, the club said.")
    assert not result.events


@pytest.mark.parametrize(
    "text",
    [
        "Nimbus released Cloud Server 3.1 on Tuesday.",
        "Vortex 2.0 Released\n\nVortex, the open-source studio, released Vortex 2.0 today.",
        "The company announced the release of Office Manager 2005 to manufacturers.",
    ],
)
def test_a_product_and_its_version_number_are_no_release_and_no_count(extract_text, text):
    assert not extract_text(text).events


def test_a_name_modifying_a_relation_noun_is_not_the_one_detained(extract_text):
    result = extract_text(
        "Mugabe aide detained in Harare\n\nPolice in Zimbabwe detained an aide to President Robert Mugabe "
        "on Friday."
    )
    assert not [e for e in result.events if e.persons]


def test_the_remanded_on_bail_are_not_held(extract_text):
    result = extract_text("The judge remanded Hugo Salas on bail until the hearing.")
    assert ("arrest", "Hugo Salas") not in _events(result)


def test_finishing_a_sentence_of_words_is_no_verdict(extract_text):
    assert not extract_text("Magda Fern finished her sentence with a smile and sat down.").events


def test_an_expulsion_from_a_school_or_a_party_is_no_deportation(extract_text):
    result = extract_text(
        "3 pupils expelled over protest\n\nThree pupils were expelled on Monday from a high school in Lyon "
        "after the protest. Separately, councillor Anne Roy was expelled from the party."
    )
    assert not [e for e in result.events if e.type == "deportation"]


def test_diplomats_expelled_from_a_country_are_deported_not_freed(extract_text):
    result = extract_text("Belarus expelled two Polish diplomats, Jan Nowak and Ewa Lis, on Friday.")
    assert {("deportation", "Jan Nowak"), ("deportation", "Ewa Lis")} <= _events(result)
    assert not [e for e in result.events if e.type == "release"]


def test_a_jailed_leader_named_after_a_subordinator_is_a_label(extract_text):
    result = extract_text(
        "Two soldiers were killed as jailed movement leader Karim Nasser withdrew from the election."
    )
    assert ("sentence", "Karim Nasser") not in _events(result)


def test_a_judge_handing_down_his_sentence_is_not_sentenced(extract_text):
    result = extract_text(
        "Having said he would not send the defendant to prison, Judge Oren Tal went on to hand down his "
        "sentence."
    )
    assert ("sentence", "Oren Tal") not in _events(result)


@pytest.mark.parametrize(
    "text",
    [
        "Kestrel has released a new Vantor for the Korean market only.",
        "When Orbis released the Palmetto into the European market, sales were slow.",
        "Nimbus released a Preview Release of version 2.0 of its mail client.",
        "The firm announced the release of two pocket devices, the Lumo S1 and the Lumo S2, in Asia.",
        "Vendel has released bulletin VX05-041 about a flaw in its mail server.",
    ],
)
def test_goods_put_on_sale_are_no_release_and_no_count(extract_text, text):
    assert not extract_text(text).events


def test_a_campaign_to_secure_a_release_asserts_none(extract_text):
    result = extract_text(
        "Efforts to secure the release of aid worker Nora Lind are being stepped up as a delegation heads "
        "to the capital for talks."
    )
    assert ("release", "Nora Lind") not in _events(result)


def test_freeing_oneself_from_rules_is_no_release(extract_text):
    result = extract_text(
        "Radio host Gil Marsh is moving his show to satellite radio, freeing himself from the censors."
    )
    assert not result.events


def test_survivors_sent_home_from_hospital_are_not_freed(extract_text):
    result = extract_text(
        "One of the workers is in serious condition at City Hospital and the two other survivors were "
        "released on Sunday, a hospital spokeswoman said."
    )
    assert not result.events


def test_a_mother_abducted_by_kidnappers_is_no_arrest(extract_text):
    result = extract_text(
        "Footballer's mother freed by kidnappers\n\nThe mother of striker Tiago Moura was released unharmed "
        "on Friday. Lucia Moura, 51, looked thinner than when she was abducted."
    )
    assert not [e for e in result.events if e.type == "arrest"]


@pytest.mark.parametrize(
    "text",
    [
        "Pavel Rudd could spend up to 10 years in prison if convicted.",
        "Pavel Rudd will spend up to 10 years in prison.",
        "If convicted, Pavel Rudd will spend ten years in prison.",
        "Pavel Rudd spent four years in prison.",
        "Pavel Rudd will spend two weeks in Paris.",
    ],
)
def test_years_that_could_be_spent_or_were_spent_are_no_sentence(extract_text, text):
    assert not [e for e in extract_text(text).events if e.type == "sentence"]


@pytest.mark.parametrize(
    "text",
    [
        "The authorities freed 31 detainees on Friday, including the poet Lev Danilov and the"
        " student Olga Pavlova, after talks in Vienna with the Austrian envoy Klaus Brenner.",
        "Police detained 12 protesters, including Timur Sadykov and Aizhan Nurova, during a march"
        " led by the opposition politician Marat Zhanuzakov.",
    ],
)
def test_a_list_of_members_ends_where_the_clause_goes_on(extract_text, text):
    """The people named in a phrase after the list ('after talks with envoy C', 'during a march
    led by C') are no members of the group: a wrong release on a real person's record."""
    result = extract_text(text)
    members = {name for _type, name in _events(result)}
    assert len(members) == 2
    assert not members & {"Klaus Brenner", "Marat Zhanuzakov"}


def test_years_imprisoned_without_a_conviction_are_no_sentence(extract_text):
    result = extract_text(
        "Tariq Moss took his own life after being imprisoned for two years on Hart Island without being "
        "convicted of a crime."
    )
    assert ("sentence", "Tariq Moss") not in _events(result)


@pytest.mark.parametrize(
    "text",
    [
        # the name after the lead is someone else (another noun in apposition)
        "A young woman who set fire to a ministry car has been detained, officers said. "
        "Piotr Nowak, a police spokesman, said the car was empty.",
        # as many names as the lead counts are needed, no fewer
        "Three students have been arrested for painting slogans on the library. "
        "Owen Marsh and Leah Brandt, both students, watched from the café.",
        # a name told earlier is not the lead's unnamed person
        "Owen Marsh runs the campus paper. A student has been arrested for painting slogans on the "
        "library. Owen Marsh, a student, watched from the café.",
    ],
)
def test_a_name_after_an_unnamed_lead_that_is_not_its_person(extract_text, text):
    assert not {e for e in _events(extract_text(text)) if e[0] == "arrest"}


def test_a_remanded_lawsuit_is_no_person(extract_text):
    result = extract_text(
        "The appeals court remanded Ortega Holdings v. Lindqvist Partners to the district court."
    )
    assert not _events(result)


def test_an_arrest_that_a_report_stems_from_is_no_persons(extract_text):
    result = extract_text(
        "Senator Ilse Brandt said her report stemming from the arrest of protesters would be published."
    )
    assert ("arrest", "Ilse Brandt") not in _events(result)


@pytest.mark.parametrize(
    "text",
    [
        "A court in Osh sentenced the killer of blogger Nurlan Asanov to 20 years in prison.",
        "Police arrested the attacker of lawyer Timur Bekov on Monday.",
    ],
)
def test_the_victim_named_after_the_convicts_role_gets_no_event(extract_text, text):
    """'the killer of X': X is the victim; the small parser may hang the name on the verb as a
    second object."""
    assert not _events(extract_text(text))


def test_a_group_of_men_is_not_broken_down_into_a_woman(extract_text):
    """A counted group takes the people the next events name as members only when they can be
    its members: 'two men' are not 'Marina Belova'."""
    result = extract_text(
        "Police detained two men over the murder of a blogger.\n\n"
        "Ruslan Belov was arrested in March. Marina Belova was detained while visiting him in prison."
    )
    counted = [e for e in result.events if e.count == 2]
    assert counted and not counted[0].persons


def test_a_group_counted_at_one_time_is_not_broken_down_into_arrests_at_another(extract_text):
    result = extract_text(
        "Police detained two activists on Monday.\n\n"
        "Ruslan Belov was arrested in March. Artur Kim was detained in April."
    )
    counted = [e for e in result.events if e.count == 2]
    assert counted and not counted[0].persons


@pytest.mark.parametrize(
    ("text", "died_in_custody"),
    [
        ("Yuri Zakharenko, who spent four years in prison in the 1990s, died of cancer at his home.", False),
        ("Ales Ivanou, who was serving a ten-year sentence in a penal colony, died on Tuesday.", True),
        ("Pavel Sharko, who was held in a pre-trial detention centre, died last week.", True),
        ("Mikalai Kuzmich died in custody ten days after his transfer to a colony.", True),
    ],
)
def test_a_death_in_custody_is_told_by_the_deaths_clause(extract_text, text, died_in_custody):
    """A former prisoner who dies at home did not die in custody; one still serving or held did."""
    assert any(kind == "death" for kind, _name in _events(extract_text(text))) is died_in_custody


# -- two names and two terms: paired only when the text says how -------------------------


def test_two_terms_for_two_names_pair_in_order_even_without_respectively(extract_text):
    # session 21 changed the convention: English pairs two names and two terms of one verb in
    # their order with or without "respectively" (a range, "between six and nine years", never)
    result = extract_text(
        "A court in Kaunas sentenced Ruta Mazeika and Linas Petraitis to nine and six years."
    )
    assert {("sentence", "Ruta Mazeika"), ("sentence", "Linas Petraitis")} <= _events(result)
    assert _terms(result) == {("Ruta Mazeika", 108), ("Linas Petraitis", 72)}


def test_two_terms_for_two_names_are_paired_with_respectively(extract_text):
    result = extract_text(
        "A court in Kaunas sentenced Ruta Mazeika and Linas Petraitis to nine and six years respectively."
    )
    assert _terms(result) == {("Ruta Mazeika", 108), ("Linas Petraitis", 72)}


def test_all_but_with_no_group_counted_before_makes_up_no_count(extract_text):
    result = extract_text("All but two of the protesters were released on Monday, their lawyers said.")
    assert ("release", 2) not in {(e.type, e.count) for e in result.events}


# -- a clause after the last name of a list, and an age beside a name ---------------------------


def test_a_relative_clause_after_the_last_listed_name_is_that_persons_alone(extract_text):
    result = extract_text(
        "Those released included the teacher Vesna Marek, the driver Ivo Kranjc, and the pensioner "
        "Zora Bilic, 68, who had been arrested in 2021 and sentenced to five years."
    )
    assert ("arrest", "Zora Bilic") in _events(result)
    assert _terms(result) == {("Zora Bilic", 60)}
    assert ("arrest", "Vesna Marek") not in _events(result)
    assert ("release", "Vesna Marek") in _events(result)


def test_a_plural_relative_clause_after_a_list_is_everyones(extract_text):
    result = extract_text(
        "Those released included the teacher Vesna Marek and the driver Ivo Kranjc, who were "
        "arrested in 2021 and sentenced to five years."
    )
    assert _terms(result) == {("Vesna Marek", 60), ("Ivo Kranjc", 60)}


def test_an_age_set_off_after_a_later_name_is_no_term(extract_text):
    result = extract_text(
        "Pavel Novak, 51, who was serving a six-year sentence, and Milan Horak, 33, jailed for "
        "four years and three months, walked out of prison on Monday."
    )
    assert _terms(result) == {("Pavel Novak", 72), ("Milan Horak", 51)}


def test_not_among_those_freed_is_no_release(extract_text):
    result = extract_text(
        "The authorities freed 14 prisoners on Monday. Not among those freed was the economist "
        "Karim Haddad. The blogger Lina Sabbagh was not among those freed either."
    )
    assert not {name for _, name in _events(result)}


def test_a_number_in_a_name_is_no_count(extract_text):
    result = extract_text(
        "Another Charter 97 member, Ales Varonka, was deported from Russia in 2019. "
        "Rebels freed Wednesday two soldiers they had held for five months."
    )
    counts = {(e.type, e.count) for e in result.events if e.count is not None}
    assert counts == {("release", 2)}


def test_a_hostage_taken_by_an_armed_group_is_not_arrested(extract_text):
    result = extract_text(
        "An aid worker kidnapped by an armed group in Mali in January has been freed. "
        "Claire Morel, 52, had worked for the charity for ten years."
    )
    assert ("arrest", "Claire Morel") not in _events(result)
    result = extract_text("Lina Sabbagh was abducted by armed forces from her home on Monday.")
    assert ("arrest", "Lina Sabbagh") in _events(result)


def test_the_one_a_restrictive_clause_describes_is_not_the_person_named_in_it(extract_text):
    result = extract_text(
        "Student who filmed Mayor Ray Dunmore's car gets three-year sentence\n\n"
        "The student who first posted that Mayor Ray Dunmore drove drunk was sentenced to three "
        "years in prison on Tuesday."
    )
    assert ("sentence", "Ray Dunmore") not in _events(result)
    # set off by commas, the clause describes the person just named
    result = extract_text(
        "Nodir Saidov was detained in 2021. The 38-year-old carpenter, who was later convicted, "
        "walked out of the colony on Friday."
    )
    assert ("release", "Nodir Saidov") in _events(result)


@pytest.mark.parametrize(
    "text",
    [
        "Ottawa said it had taken in 3,000 refugees from Afghanistan by the end of the year.",
        "Germany took in 40 dissidents from Belarus in 2022.",
    ],
)
def test_people_taken_in_from_a_country_are_received_not_removed(extract_text, text):
    assert not [e for e in extract_text(text).events if e.type == "deportation"]
    assert [
        e.type for e in extract_text("The authorities removed 12 activists from Tajikistan last week.").events
    ] == ["deportation"]


# -- a term given as a bare number right after the prosecution's request ------------------------


def _sentence_terms(result) -> set[tuple[str, int]]:
    names = {p.id: p.name for p in result.persons}
    return {(names[p], e.term_months) for e in result.events if e.type == "sentence" for p in e.persons}


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("Poet Irina Vasko went on trial. Prosecutors had sought 14 years; the court gave her nine.", 108),
        (
            "Poet Irina Vasko went on trial in Brest. The prosecution asked for seven years, "
            "but the judge handed her five.",
            60,
        ),
        ("Poet Irina Vasko went on trial. Prosecutors had sought 14 years. She got nine.", 108),
        ("Poet Irina Vasko went on trial. Prosecutors had sought 14 years; she was jailed for nine.", 108),
        ("Poet Irina Vasko went on trial. Prosecutors asked for 30 months, but she was sentenced to 20.", 20),
        ("Poet Irina Vasko went on trial. Prosecutors demanded 30 months; she was given 20.", 20),
    ],
)
def test_a_bare_number_the_court_gives_after_a_request_is_a_term(extract_text, text, months):
    assert _sentence_terms(extract_text(text)) == {("Irina Vasko", months)}


@pytest.mark.parametrize(
    "text",
    [
        # the court has not ruled yet
        "Poet Irina Vasko went on trial. Prosecutors had sought 14 years; the judge may give her nine.",
        "Poet Irina Vasko went on trial. Prosecutors had sought 14 years; she may get nine.",
        # the court gave nothing yet
        "Poet Irina Vasko went on trial. Prosecutors had sought 14 years; the verdict is due Friday.",
        # the request is the defence's
        "Poet Irina Vasko went on trial. Her lawyer had sought two years; the court gave her nine.",
    ],
)
def test_a_request_alone_is_no_term(extract_text, text):
    assert not _sentence_terms(extract_text(text))


def test_a_bare_number_after_the_defences_request_takes_no_unit(extract_text):
    result = extract_text(
        "Poet Irina Vasko went on trial. Her lawyer asked for two years, but she was jailed for nine."
    )
    assert not [e for e in result.events if e.term_months]


# -- put on a plane abroad against one's will, the destination the only country named ----------


@pytest.mark.parametrize(
    "text",
    [
        "Reporter Lina Hrybava was put on a flight to Riga against her will on Monday.",
        "Reporter Lina Hrybava was forced onto a bus to Riga on Monday.",
        "Reporter Lina Hrybava was forcibly put on a train to Riga.",
    ],
)
def test_a_forced_flight_to_the_only_country_named_is_a_removal(extract_text, text):
    result = extract_text(text)
    names = {p.id: p.name for p in result.persons}
    assert {(e.type, names[p]) for e in result.events for p in e.persons} == {("deportation", "Lina Hrybava")}


@pytest.mark.parametrize(
    "text",
    [
        "Reporter Lina Hrybava was put on a flight to Riga on Monday.",  # no force said
        "Reporter Lina Hrybava was held in Riga against her will.",  # no journey
        "Police did not put Reporter Lina Hrybava on a flight to Riga against her will.",  # denied
        "Police forced Reporter Lina Hrybava off a flight to Riga.",  # taken off, not put aboard
    ],
)
def test_a_flight_without_force_or_a_denied_one_is_no_removal(extract_text, text):
    result = extract_text(text)
    assert not [e for e in result.events if e.type == "deportation"]
