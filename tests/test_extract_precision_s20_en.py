"""Session 20 English precision and quote attribution.

Quotes: an infinitive in quote marks after the narrator's noun ('the wish "to heal the nation"')
tells what the noun is and is no quote (after the speaker's own verb, 'urged them to "..."', it
stays the speaker's words); a short form closed by a patronymic particle ("Temir kyzy wrote:")
is the speaker; "The words were those of X" attributes the quote before; a name reported in the
speaker's relative clause ("X, who announced that Y would appeal") and a passive speech verb
("if the commutation is confirmed") take no floor from the speaker.
Persons: a child's name that carries the parent's given names (patronymic naming) does not take
the parent's short forms; a surname opening with a particle ("Ben Salah") lends no gender to the
full name; a pronoun after a nickname subject is not the ruler named in that sentence's clauses.
Sentences written for these tests (none copied from an evaluation set), with traps."""

from __future__ import annotations

import pytest

from tests.extract_views import event_pairs as events
from tests.extract_views import quote_openings as _quotes

# -- quoted verb phrases that finish the narrator's phrase ------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Government spokesman Arvid Koller told reporters that the pardon reflected the president's wish "
        '"to heal the wounds of the nation" before the vote.',
        'Rights activist Lena Dorn said the verdict showed a determination "to silence anyone who speaks."',
        'Rights lawyer Hana Moravec said the raid was part of an attempt "to intimidate the whole bar."',
        'Opposition leader Mira Santos dismissed the government\'s pledge "to free everyone held unlawfully" '
        "as theatre.",
    ],
)
def test_a_quoted_infinitive_after_the_narrators_noun_is_no_quote(extract_text, sentence):
    assert not extract_text(sentence).quotes


@pytest.mark.parametrize(
    ("sentence", "quote"),
    [
        # after a verb of the speaker's own ('urged', 'vowed', 'promised', 'told X'), the quoted verb
        # phrase stays the speaker's words (the decision of tests/test_extract_quotes_en.py)
        (
            'Opposition leader Mira Santos urged supporters to "keep marching until every prisoner is home".',
            ("Mira Santos", "keep marching until"),
        ),
        (
            'Defence lawyer Tomas Beck vowed to "fight this verdict in every court."',
            ("Tomas Beck", "fight this verdict"),
        ),
        (
            'Minister Paul Ekwe promised "to review every case of those detained."',
            ("Paul Ekwe", "to review every"),
        ),
        (
            'Opposition leader Mira Santos told the minister "to stop lying to the families."',
            ("Mira Santos", "to stop lying"),
        ),
    ],
)
def test_a_quoted_verb_phrase_after_the_speakers_own_verb_stays_a_quote(extract_text, sentence, quote):
    assert quote in _quotes(extract_text(sentence))


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ('"We will appeal," lawyer Tomas Beck said, "and we will win."', ("Tomas Beck", "and we will")),
        ('Minister Paul Ekwe said: "Every case will be reviewed."', ("Paul Ekwe", "Every case will")),
        (
            'Opposition leader Mira Santos told the crowd, "Keep marching until every prisoner is home."',
            ("Mira Santos", "Keep marching until"),
        ),
    ],
)
def test_a_quote_with_its_own_opening_stays(extract_text, text, quote):
    assert quote in _quotes(extract_text(text))


# -- patronymic names: the parent's short forms -------------------------------------------------------


def test_a_childs_name_carrying_the_parents_given_names_leaves_the_short_forms_to_the_parent(extract_text):
    result = extract_text(
        'Dawit Haile Mesfin, an editor, was arrested in 2001. A letter said "the detainee Dawit '
        'Haile" had died in 2019.\n\nHis daughter, Ruth Dawit Haile, who was nine when he was taken, '
        'read it to me over the phone. "Six years. We wrote to a dead man," she said. "We sent him '
        'socks."\n\nDawit was arrested with ten other editors.'
    )
    assert _quotes(result) == {("Ruth Dawit Haile", "Six years. We"), ("Ruth Dawit Haile", "We sent him")}
    pairs = events(result)
    assert ("death", "Dawit Haile Mesfin") in pairs
    assert not any(name == "Ruth Dawit Haile" for _kind, name in pairs)


def test_an_arabic_son_named_after_his_father_keeps_his_own_quotes(extract_text):
    result = extract_text(
        "Blogger Khalid Nasser Saleh was sentenced to seven years in 2020. His son, Omar Khalid "
        'Nasser, said the family had not seen him since. "We are not even allowed a phone call," '
        "Omar Khalid Nasser said.\n\nKhalid was moved to another prison in May."
    )
    assert ("Omar Khalid Nasser", "We are not") in _quotes(result)
    assert ("sentence", "Khalid Nasser Saleh") in events(result)
    assert not any(name == "Omar Khalid Nasser" for _kind, name in events(result))


def test_a_middle_name_alone_still_names_its_bearer(extract_text):
    # no one else's name opens with it: the Spanish first surname stays the person's
    result = extract_text(
        "Ernesto Alvarado Ruiz, a critic of the government, was arrested in Managua on Friday. "
        "Alvarado was sentenced to eight years in March."
    )
    assert ("sentence", "Ernesto Alvarado Ruiz") in events(result)


# -- speakers named in clutter ---------------------------------------------------------------------


@pytest.mark.parametrize("particle", ["kyzy", "uulu"])
def test_a_short_form_closed_by_a_patronymic_particle_is_the_speaker(extract_text, particle):
    result = extract_text(
        f"Reporter Aida Temir {particle} was sentenced to six years. In a letter from prison that her "
        f'lawyer published in October, Temir {particle} wrote: "I am not asking for a pardon, because I '
        'did nothing wrong."'
    )
    assert (f"Aida Temir {particle}", "I am not") in _quotes(result)


@pytest.mark.parametrize(
    "after",
    [
        "The words were those of his wife, Le Thi Hoa, who waited outside.",
        "The words were those of Le Thi Hoa, his wife.",
        "Those words belonged to his wife, Le Thi Hoa.",
    ],
)
def test_the_words_were_those_of_x_attributes_the_quote_before(extract_text, after):
    result = extract_text(
        f'Blogger Tran Van Long was jailed for five years. "He knew the risks. He told us not to cry." '
        f"{after}"
    )
    assert ("Le Thi Hoa", "He knew the") in _quotes(result)


def test_the_words_were_those_of_an_unnamed_official_name_nobody(extract_text):
    result = extract_text(
        'Blogger Tran Van Long was jailed for five years. "We will appeal the verdict at once." '
        "The words were those of a court official."
    )
    assert not result.quotes


@pytest.mark.parametrize(
    "aside",
    ["", "a member of the lawyers' union (ALU), ", "a member of the Northern Association for Civil Rights, "],
)
def test_a_name_reported_in_the_speakers_relative_clause_does_not_break_her_second_quote(extract_text, aside):
    result = extract_text(
        'Blogger Karim Idrissi was jailed for seven years. "Today we saw the bad face of justice," said '
        f"defence lawyer Samira Haddou, {aside}who announced that Idrissi would appeal. "
        '"Karim is paying for holding the camera."'
    )
    assert ("Samira Haddou", "Karim is paying") in _quotes(result)


def test_a_second_quote_after_a_new_speaker_in_a_relative_clause_is_not_the_first_speakers(extract_text):
    result = extract_text(
        'Blogger Karim Idrissi was jailed for seven years. "Today we saw the bad face of justice," said '
        "defence lawyer Samira Haddou, who was standing beside prosecutor Omar Benali. Benali said the "
        'court had been fair. "The law is the law."'
    )
    assert ("Samira Haddou", "The law is") not in _quotes(result)


@pytest.mark.parametrize(
    "before",
    [
        "Ekber could be released as early as 2026 if the commutation is confirmed, but Dilnur said she had "
        "stopped counting dates.",
        "The release was announced by the ministry, and Dilnur said she had stopped counting dates.",
    ],
)
def test_a_passive_speech_verb_beside_the_speaker_takes_no_floor(extract_text, before):
    result = extract_text(
        "Professor Anwar Mehmet died in prison in May. His daughter, Dilnur Mehmet, lives in London. His son "
        f'Ekber Mehmet is serving ten years. {before} "Every time I make a plan, they change the plan."'
    )
    assert ("Dilnur Mehmet", "Every time I") in _quotes(result)


# -- pronouns --------------------------------------------------------------------------------------


@pytest.mark.parametrize("particle", ["Ben", "Bin"])
def test_a_surname_opening_with_a_particle_lends_no_gender_to_the_full_name(extract_text, particle):
    result = extract_text(
        f"Lawyer Amira {particle} Salah, 49, was detained on Sunday. {particle} Salah is being investigated "
        "under a decree which President Kamel Rahim issued in 2022. A judge on Monday ordered that she be "
        "held in pre-trial detention."
    )
    assert not any(name == "Kamel Rahim" for _kind, name in events(result))


def test_a_pronoun_after_a_nickname_subject_is_not_the_ruler_in_its_clauses(extract_text):
    result = extract_text(
        "Student Chanida Wongsa was sentenced on Tuesday. Ploy was among dozens of students who led "
        "rallies in 2020 calling for the resignation of then-Prime Minister Somchai Rattana. She was first "
        "arrested in October 2020."
    )
    assert not any(name == "Somchai Rattana" for _kind, name in events(result))


def test_a_pronoun_after_a_named_subject_still_takes_the_object_when_no_one_else_fits(extract_text):
    result = extract_text(
        "Police said they had detained the blogger Anna Kowal. She was taken to a cell in Gdansk."
    )
    assert ("arrest", "Anna Kowal") in events(result)
