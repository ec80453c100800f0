"""Discourse families of English articles (session 13, round 2): a name set off from its verb
by an aside between dashes, a second participle of a relative clause ("who was detained ... and
later handed N years"), and a nominal release whose freed are listed after "among them". The
sentences are written for these tests."""

from __future__ import annotations

from tests.test_extract_english import events, terms

# -- a name, then an aside between dashes, then the verb ----------------------------------------


def test_name_before_a_spelling_aside_is_the_subject(extract_text):
    result = extract_text(
        "A court in Osh sentenced the singer Bermet Asanova to three years on Monday. "
        "Asanova – the name is written Asanowa in her passport – was detained in March after a concert."
    )
    assert ("arrest", "Bermet Asanova") in events(result)


def test_aside_between_dashes_with_a_negated_verb_tells_nothing(extract_text):
    result = extract_text(
        "The lawyer Rustam Yuldashev spoke to reporters. "
        "Yuldashev – the name also appears as Yuldoshev – was not detained, police said."
    )
    assert ("arrest", "Rustam Yuldashev") not in events(result)


# -- the second participle of a relative clause --------------------------------------------------


def test_later_handed_years_in_a_relative_clause_is_a_sentence(extract_text):
    result = extract_text(
        "Freed on Friday was Darius Kowalczyk, a 47-year-old printer who was seized at his shop "
        "in 2021 and later handed five years for distributing leaflets."
    )
    assert ("arrest", "Darius Kowalczyk") in events(result)
    assert ("sentence", "Darius Kowalczyk") in events(result)
    assert terms(result).get("Darius Kowalczyk") == 60


def test_handed_a_summons_after_a_detention_is_no_sentence(extract_text):
    result = extract_text("Darius Kowalczyk was detained overnight and later handed a court summons.")
    assert ("sentence", "Darius Kowalczyk") not in events(result)


def test_could_be_handed_years_is_no_sentence(extract_text):
    result = extract_text("Darius Kowalczyk was detained in May and could be handed six years if convicted.")
    assert ("sentence", "Darius Kowalczyk") not in events(result)


# -- a nominal release, its freed listed after "among them" --------------------------------------


def test_confirmed_release_of_a_group_among_them_names(extract_text):
    result = extract_text(
        "Monitors confirmed the release of eleven detainees on Sunday, among them the cartoonist "
        "Lionel Mbaye and the nurse Awa Diallo."
    )
    assert ("release", "Lionel Mbaye") in events(result)
    assert ("release", "Awa Diallo") in events(result)


def test_demanded_release_of_a_group_among_them_names_is_no_release(extract_text):
    result = extract_text(
        "Monitors demanded the release of eleven detainees on Sunday, among them the cartoonist "
        "Lionel Mbaye and the nurse Awa Diallo."
    )
    assert ("release", "Lionel Mbaye") not in events(result)
    assert ("release", "Awa Diallo") not in events(result)


# -- a reaction to a sentencing tells that it took place -----------------------------------------


def test_responding_to_the_sentencing_of_a_person_is_a_sentence(extract_text):
    result = extract_text(
        "Reacting to the sentencing of the Lao cartoonist Bounmy Keola to four years on Tuesday, "
        "the union's chair said little."
    )
    assert ("sentence", "Bounmy Keola") in events(result)


def test_responding_to_an_upcoming_sentencing_is_no_sentence(extract_text):
    result = extract_text(
        "Responding to the upcoming sentencing of the Lao cartoonist Bounmy Keola, the union's chair "
        "urged the judges to show mercy."
    )
    assert ("sentence", "Bounmy Keola") not in events(result)


# -- a wire lead's unnamed person, named in the next sentence by the same event noun -------------

_WIRE = "Police arrest wanted Dutch man.\n\nLISBON 2001-03-02\n"


def test_wire_lead_someone_named_by_the_arrest_noun_next(extract_text):
    result = extract_text(
        _WIRE + "Portuguese police on Monday arrested a 52-year-old Dutch man wanted in the "
        "Netherlands for smuggling, a radio station said.\nThe station said a judge had ordered "
        "the arrest of Pieter van Dijk, a retired architect who runs a cafe in Porto.\n"
    )
    assert ("arrest", "Pieter van Dijk") in events(result)


def test_wire_lead_someone_and_a_relative_named_next_is_no_echo(extract_text):
    result = extract_text(
        _WIRE + "Portuguese police on Monday arrested a 52-year-old Dutch man wanted in the "
        "Netherlands for smuggling, a radio station said.\nThe station said a judge had ordered "
        "the arrest of Pieter van Dijk, a friend of the suspect.\n"
    )
    assert ("arrest", "Pieter van Dijk") not in events(result)


# -- "the same prison / the same place where X died" ---------------------------------------------


def test_same_place_where_someone_died_after_a_prison_sentence_before(extract_text):
    result = extract_text(
        "The smuggler died on Sunday at the state penitentiary in Tulsa, a spokesman said. "
        "It was the same place where Victor Ramos, a rival smuggler, died of a stroke in 2011."
    )
    assert ("death", "Victor Ramos") in events(result)


def test_same_place_where_someone_died_after_a_home_is_no_custody_death(extract_text):
    result = extract_text(
        "The smuggler died on Sunday at his ranch near Tulsa, a spokesman said. "
        "It was the same place where Victor Ramos, his partner, died of a stroke in 2011."
    )
    assert ("death", "Victor Ramos") not in events(result)


def test_same_prison_where_plural_role_and_names_died(extract_text):
    result = extract_text(
        "It is the same jail where gangsters Victor Ramos and Dale Pruitt also died, the paper said."
    )
    assert ("death", "Victor Ramos") in events(result)
    assert ("death", "Dale Pruitt") in events(result)


def test_same_hospital_where_names_died_is_no_custody_death(extract_text):
    result = extract_text(
        "It is the same clinic where singers Victor Ramos and Dale Pruitt also died, the paper said."
    )
    assert ("death", "Victor Ramos") not in events(result)


# -- capitalised kind words after "a" before a role are no name ----------------------------------


def test_people_and_kind_before_a_role_after_a_is_no_person(extract_text):
    result = extract_text(
        "Still held is Tomas Villca, an Aymara Indigenous organiser from the highlands who has "
        "been held incommunicado since his arrest in May."
    )
    assert {p.name for p in result.persons} == {"Tomas Villca"}
    assert ("arrest", "Tomas Villca") in events(result)


# -- "abroad" is judged against the story's own country, not an assumed one ----------------------


def test_counted_release_in_the_storys_own_country_is_kept(extract_text):
    result = extract_text(
        "Monitors in Guatemala City on Sunday welcomed the release of eleven detainees at a prison "
        "in Guatemala, among them the cartoonist Lionel Mbaye and the nurse Awa Diallo."
    )
    assert ("release", "Lionel Mbaye") in events(result)


def test_counted_release_abroad_in_a_story_of_another_country_is_dropped(extract_text):
    result = extract_text(
        "Belarusian activists in Minsk said Belarus still holds 1,100 political prisoners. Belarusian "
        "monitors on Sunday welcomed the release of eleven detainees at a prison in Guatemala."
    )
    assert not any(e.type == "release" and e.count == 11 for e in result.events)
