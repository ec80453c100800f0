"""Session 16 English quotes and persons: relatives whose name repeats part of another's,
"adding" after a reported clause, quoted conditions of the narrator's clause. Sentences written
for these tests (none copied from an evaluation set), with precision traps."""

from __future__ import annotations

from tests.extract_views import event_pairs as _events
from tests.extract_views import quote_openings as _quotes


def test_a_son_named_after_the_link_word_is_another_person(extract_text):
    result = extract_text(
        "The scholar Yusuf bin Khalid al-Qahtani died in a Dammam prison on Sunday.\n\n"
        "His nephew, Khalid al-Qahtani, who lives in Oslo, said the family was told by phone. "
        '"My uncle loved his garden more than anything," he said.'
    )
    names = {p.name for p in result.persons}
    assert {"Yusuf bin Khalid al-Qahtani", "Khalid al-Qahtani"} <= names
    assert _quotes(result) == {("Khalid al-Qahtani", "My uncle loved")}
    assert _events(result) == {("death", "Yusuf bin Khalid al-Qahtani")}


def test_a_shorter_name_without_a_link_word_is_still_the_same_person(extract_text):
    result = extract_text(
        "Officers detained Rania Abu-Saleh in Hebron on Monday. "
        '"We knew they would come," Abu Saleh said later.'
    )
    assert len([p for p in result.persons if "Saleh" in p.name]) == 1


def test_ben_after_a_maghreb_given_name_opens_the_surname(extract_text):
    result = extract_text(
        "Police detained Tarek Ben Amor at his home in Sfax on Friday.\n\n"
        'His daughter, Ines Ben Amor, said: "They did not show us any warrant."'
    )
    names = {p.name for p in result.persons}
    assert {"Tarek Ben Amor", "Ines Ben Amor"} <= names
    assert _events(result) == {("arrest", "Tarek Ben Amor")}
    assert _quotes(result) == {("Ines Ben Amor", "They did not")}


def test_ben_after_an_office_or_party_is_the_given_name(extract_text):
    result = extract_text(
        "Coach Ben Hale was arrested in Leeds. Labour councillor Ben Ashworth said nothing."
    )
    names = {p.name for p in result.persons}
    assert "Ben Hale" in names
    assert "Coach Ben Hale" not in names


def test_adding_after_a_reported_clause_is_the_reporters(extract_text):
    result = extract_text(
        "Mayor Greta Solheim met the council on Thursday. Solheim said the reserve fund was empty, "
        'adding, "We cannot repair the ferry this winter."\n\n'
        'Harbour chief Olav Dahl said the crew had worked for weeks unpaid, adding: "They deserve better."'
    )
    assert _quotes(result) == {
        ("Greta Solheim", "We cannot repair"),
        ("Olav Dahl", "They deserve better."),
    }


def test_a_quoted_condition_of_the_narrators_clause_is_no_quote(extract_text):
    result = extract_text(
        "In 2020, interior minister Abel Tesfaye told visiting envoys that the detainees would be "
        'charged "when the state is ready for it". No charges followed.\n\n'
        'Lawyer Hana Odeh said the talks would resume "if the other side stops shelling".'
    )
    assert not result.quotes


def test_a_quote_that_opens_with_a_condition_is_still_speech(extract_text):
    result = extract_text(
        'Lawyer Hana Odeh said: "When the court sits again, we will be there." '
        '"If they refuse, we appeal," Odeh added.'
    )
    assert _quotes(result) == {("Hana Odeh", "When the court"), ("Hana Odeh", "If they refuse,")}


def test_a_participle_before_the_role_after_said_does_not_end_the_speaker(extract_text):
    result = extract_text(
        '"I am not going to apologise for any of it," said retired surgeon Piet Halvorsen, '
        "asked about the claims.\n\n"
        '"Nobody has told us a thing," said jailed reporter Amir Sadeghi\'s brother, Reza Sadeghi.'
    )
    assert _quotes(result) == {
        ("Piet Halvorsen", "I am not"),
        ("Reza Sadeghi", "Nobody has told"),
    }


def test_a_quoted_command_after_a_colon_is_still_speech(extract_text):
    result = extract_text('Governor Lena Marsh told the crowd: "Go home and vote for change tomorrow."')
    assert _quotes(result) == {("Lena Marsh", "Go home and")}


def test_a_titled_given_name_is_the_parent_not_the_child_named_after_him(extract_text):
    result = extract_text(
        "TORONTO — The last novel Arslan Yusup published before he vanished was a thriller set in "
        "Hotan. His son keeps a copy at home.\n\n"
        '"He liked trains more than people," Erkin Arslan, 29, said.\n\n'
        "Professor Arslan was detained at his university by police in 2018 and later sentenced to 15 years."
    )
    assert _events(result) == {("arrest", "Arslan Yusup"), ("sentence", "Arslan Yusup")}
    assert _quotes(result) == {("Erkin Arslan", "He liked trains")}


def test_that_was_how_x_described_it_attributes_the_quote_before(extract_text):
    result = extract_text(
        "Police detained the editor Dawit Mekonnen in Adama on Monday.\n\n"
        '"We have lived through this before, and we came through it." That was how Dawit\'s wife, '
        "Hiwot Bekele, summed up how the relatives felt on Friday.\n\n"
        '"It is a warning to every reporter in the country." That is how the union described the arrest.'
    )
    assert _quotes(result) == {("Hiwot Bekele", "We have lived")}


def test_ben_after_a_given_name_following_of_opens_the_surname(extract_text):
    result = extract_text(
        "The appeal court raised the sentence of Nabil Ben Youssef, a former minister, "
        "from 12 years to 20 years.\n\n"
        'Ben Youssef\'s wife, Samia Ben Youssef, said: "He is ill and needs a doctor."'
    )
    names = {p.name for p in result.persons}
    assert {"Nabil Ben Youssef", "Samia Ben Youssef"} <= names
    assert _events(result) == {("sentence", "Nabil Ben Youssef")}
    assert _quotes(result) == {("Samia Ben Youssef", "He is ill")}


def test_a_nationality_and_mep_before_a_name_are_no_part_of_it(extract_text):
    result = extract_text(
        'The Latvian MEP Inese Kalnina wrote on X: "Ten years for a song. Europe must answer this."'
    )
    assert {p.name for p in result.persons} == {"Inese Kalnina"}
    assert _quotes(result) == {("Inese Kalnina", "Ten years for")}


def test_a_service_before_two_ranks_is_no_person(extract_text):
    result = extract_text('"We are proud of every crew," said Air Force Maj. Gen. Carl Brennan on Friday.')
    assert {p.name for p in result.persons} == {"Carl Brennan"}


def test_ben_after_a_given_name_the_tagger_calls_a_place(extract_text):
    result = extract_text(
        "The court raised the sentence of Karim Ben Salem, a former minister, from 16 to 26 years."
    )
    assert {p.name for p in result.persons} == {"Karim Ben Salem"}


def test_an_untitled_word_that_is_a_surname_and_a_given_name_stays_with_the_surname(extract_text):
    result = extract_text(
        "Senator Ted Lindholm spoke first, then the panel turned to the Lindholm Plan.\n\n"
        'Lindholm said: "The plan will not pass this year, and we all know it."'
    )
    assert _quotes(result) == {("Ted Lindholm", "The plan will")}
