"""Session 19 English precision: false quotes and false events from clutter. Words before
', X said' are no quote when the verb reports a clause after it or when they lie inside a marked
quote; a charge named inside a scene-setting participle ('Responding to the sentence for
"..."') is nobody's speech; a speaker lost by the parser in a long lead-in is the name right
before 'said:'; an unnamed relative ('Her daughter said ...') takes the pronoun of her sex; a
sentence that names nobody leaves the pronoun's topic where it was; a lone surname that is an
earlier person's first surname is not a later relative's; 'The blogger' is the person titled
so; each person of an acquitted list needs custody of their own; a term served 'but never
freed' frees no one; a deportation of people whose own sentences tell no custody frees no one.
Sentences written for these tests (none copied from an evaluation set), with precision traps."""

from __future__ import annotations

import pytest

from tests.extract_views import event_pairs as events
from tests.extract_views import quote_openings as _quotes

# -- quotes ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "lead",
    [
        "Speaking to us at the station in Linz, he said",
        "Asked about the charges at the airport, he said",
        "Interviewed by phone from Vienna on Monday, he told us",
    ],
)
def test_a_fronted_phrase_before_a_speech_verb_that_reports_a_clause_is_no_quote(extract_text, lead):
    result = extract_text(
        f"Blogger Oskar Wendling was freed on Monday. {lead} the guards had offered him a deal."
    )
    assert not result.quotes


def test_words_before_a_speech_verb_with_nothing_after_it_stay_a_quote(extract_text):
    result = extract_text(
        "Blogger Oskar Wendling was freed on Monday. We will not stop, we will never stop, he said."
    )
    assert ("Oskar Wendling", "We will not") in _quotes(result)


def test_a_sentence_inside_a_marked_quote_is_not_a_second_quote(extract_text):
    result = extract_text(
        'Reporters met Lena Kovacs in Pecs. "I thought they would keep me forever. When the gate '
        'opened, I stayed in the courtyard for a long while, unsure whether I was allowed to leave," '
        "Kovacs, now 52, told the BBC at her home."
    )
    assert _quotes(result) == {("Lena Kovacs", "I thought they")}


@pytest.mark.parametrize(
    "lead",
    [
        "Responding to the sentencing on Tuesday of the Kenyan blogger Achieng Wafula to three years in jail "
        'for "misusing civic liberties" under Article 12 of the code, Amnesty\'s director, Peter '
        "Holloway, said:",
        "Responding to the sentencing on Tuesday of the Kenyan blogger Achieng Wafula to three years in "
        "jail, Article 19 Kenya's programme director, Peter Holloway, said:",
    ],
)
def test_a_statement_after_a_long_lead_in_is_the_named_speakers(extract_text, lead):
    result = extract_text(
        f'{lead}\n\n"She did nothing but report on the river. Locking her up is a scandal."'
    )
    assert _quotes(result) == {("Peter Holloway", "She did nothing")}


def test_a_charge_inside_a_scene_setting_participle_is_no_quote(extract_text):
    result = extract_text(
        'Commenting on the law against "spreading fake news about the army", analyst Rita Moor said '
        "it was vague."
    )
    assert not result.quotes


@pytest.mark.parametrize(
    "middle",
    [
        "Zhudro's daughter confirmed to the group that her mother was back in her flat.",
        "Her daughter said her mother was home.",
        "Her sister told a local paper that she was home.",
    ],
)
def test_an_unnamed_relative_takes_the_pronoun_of_her_sex(extract_text, middle):
    result = extract_text(
        f'Among the pardoned was pensioner Olga Zhudro, 71, from Mozyr. {middle} "Mum is tired but '
        'she is home," she wrote in a message.'
    )
    assert not result.quotes


def test_a_relative_of_the_other_sex_leaves_the_pronoun_to_the_named_person(extract_text):
    result = extract_text(
        "Olga Zhudro, 71, was pardoned on Friday. Her son said she was home. "
        '"I am tired but happy," she said.'
    )
    assert ("Olga Zhudro", "I am tired") in _quotes(result)


def test_a_first_surname_names_the_person_already_named_not_a_later_relative(extract_text):
    result = extract_text(
        '"They woke us at night," said Deacon Tomas Arguello Zelaya, 61, who had been held for a year. '
        '"I only realised we were going when they put us on the bus." Arguello, who was sentenced in '
        "March 2023 to nine years, was among those expelled. His sister, Lucia Arguello, said the family "
        "was overjoyed. "
        '"We are laughing and crying," she said.'
    )
    quotes = _quotes(result)
    assert ("Lucia Arguello", "We are laughing") in quotes
    assert ("Tomas Arguello Zelaya", "They woke us") in quotes
    assert ("sentence", "Tomas Arguello Zelaya") in events(result)
    assert ("sentence", "Lucia Arguello") not in events(result)


# -- events ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "tail",
    [
        "The reprieve held for four months. Re-arrested in October 2023 for a speech, he was charged once "
        "more and was still awaiting a hearing when he died.",
        "The amnesty did not last. In October 2023 he was arrested again.",
    ],
)
def test_a_sentence_that_names_nobody_leaves_the_pronoun_with_the_topic(extract_text, tail):
    result = extract_text(
        "Farmer Keo Sambath was jailed in 2022. He was released in a pardon in 2023, after Mao Vichet "
        f"succeeded his uncle as party leader. {tail}"
    )
    assert ("arrest", "Keo Sambath") in events(result)
    assert ("arrest", "Mao Vichet") not in events(result)


@pytest.mark.parametrize("role", ["blogger", "journalist"])
def test_a_definite_role_subject_is_the_person_titled_so_not_the_last_named(extract_text, role):
    result = extract_text(
        f"Uzbek {role} Dilnoza Tursunova freed after three years\n\n"
        "TASHKENT - Dilnoza Tursunova walked out of a prison colony on Friday, her husband, Rustam "
        'Aliyev, wrote on Telegram. "She has lost weight but she is smiling," he said.\n\n'
        f'The {role}, who criticised the governor, was convicted of "spreading false information" in 2021.'
    )
    assert ("sentence", "Dilnoza Tursunova") in events(result)
    assert ("sentence", "Rustam Aliyev") not in events(result)


@pytest.mark.parametrize(
    "verdict",
    [
        "Acquitted were reporter Leyla Demir, editor Kerem Aydin and translator Ali Sahin.",
        "The court acquitted reporter Leyla Demir, editor Kerem Aydin and translator Ali Sahin.",
    ],
)
def test_each_person_of_an_acquitted_list_needs_custody_of_their_own(extract_text, verdict):
    result = extract_text(
        f"{verdict} Sahin, who had been in detention since February, was released from Van Prison late "
        "Monday."
    )
    assert ("release", "Ali Sahin") in events(result)
    assert ("release", "Leyla Demir") not in events(result)
    assert ("release", "Kerem Aydin") not in events(result)


def test_an_acquitted_list_all_held_is_freed(extract_text):
    result = extract_text("Acquitted were Leyla Demir and Kerem Aydin, both held in Van Prison since March.")
    assert {("release", "Leyla Demir"), ("release", "Kerem Aydin")} <= events(result)


@pytest.mark.parametrize(
    "after",
    [
        "but was never freed; rather, she was named in a fresh case and is still in detention.",
        "and was not released.",
        "; she was re-arrested outside the prison gates.",
    ],
)
def test_a_term_served_but_followed_by_more_custody_frees_no_one(extract_text, after):
    result = extract_text(
        f"Lawyer Mona Saleh, jailed in 2020, completed her four-year sentence in June 2024 {after}"
    )
    assert ("release", "Mona Saleh") not in events(result)


def test_a_term_served_and_then_home_is_a_release(extract_text):
    result = extract_text(
        "Blogger Omar Nabil, jailed in 2020, finished serving his four-year sentence in March and went home."
    )
    assert ("release", "Omar Nabil") in events(result)


def test_a_deportation_of_people_with_no_custody_of_their_own_frees_no_one(extract_text):
    result = extract_text(
        "Activist Farrukh Nematov was detained in a migrant detention centre and flown to Dushanbe. "
        "His family believes that two more men who were deported on that plane, Umid Karimov and "
        "Jasur Tolibov, have been missing ever since."
    )
    assert ("deportation", "Umid Karimov") in events(result)
    assert ("release", "Umid Karimov") not in events(result)


def test_a_deportation_of_a_prisoner_still_frees_him(extract_text):
    result = extract_text(
        "Opposition leader Ihar Sosna was jailed in 2021 for 11 years. "
        "He was deported to Lithuania on Thursday."
    )
    assert {("deportation", "Ihar Sosna"), ("release", "Ihar Sosna")} <= events(result)


@pytest.mark.parametrize(
    "between",
    [
        '"I did not topple one dictator to applaud the next," he told a crowd in Jinotepe that May.\n\n',
        "\n\n",
    ],
)
def test_a_ruler_named_as_an_object_does_not_take_the_topics_pronouns(extract_text, between):
    result = extract_text(
        "Ernesto Ruiz Pena, a former guerrilla, died on Sunday in exile. When protests erupted in "
        f"2018, he was among the old comrades who publicly denounced Mr. Zeledon. {between}"
        "On July 9, 2021, police agents forced open the gate of his home in Jinotepe and took him away. "
        "In March 2022, a court sentenced him to nine years in jail."
    )
    pairs = events(result)
    assert {("arrest", "Ernesto Ruiz Pena"), ("sentence", "Ernesto Ruiz Pena")} <= pairs
    assert not {p for p in pairs if p[1] in ("Zeledon", "Mr. Zeledon")}


@pytest.mark.parametrize("noun", ["expulsion", "deportation"])
def test_an_ordered_expulsion_is_no_deportation(extract_text, noun):
    result = extract_text(
        "Another activist, Bahrom Sharipzoda, has been held in a detention centre for migrants in "
        f"Izhevsk since April, when a court ordered his {noun}."
    )
    assert ("deportation", "Bahrom Sharipzoda") not in events(result)
    assert ("arrest", "Bahrom Sharipzoda") in events(result)


def test_jailed_without_a_term_beside_pre_trial_detention_is_an_arrest(extract_text):
    result = extract_text(
        "Among them was Ilya Sorin, a 41-year-old violinist jailed over anti-war comments, who died in "
        "Vologda's pre-trial detention centre in 2024."
    )
    assert ("arrest", "Ilya Sorin") in events(result)
    assert ("sentence", "Ilya Sorin") not in events(result)
    result = extract_text(
        "Poet Ilya Sorin was jailed for five years in 2022, after eleven months in pre-trial detention."
    )
    assert ("sentence", "Ilya Sorin") in events(result)


@pytest.mark.parametrize(
    "after",
    [
        "after footage showing him beating a detainee in a cell was shared online",
        "after he beat a protester outside the court",
    ],
)
def test_an_officer_held_for_an_abuse_told_as_an_act_has_no_event(extract_text, after):
    result = extract_text(
        f"Separately, a police officer, Imran Khalid, was arrested in Quetta on Monday {after}."
    )
    assert ("arrest", "Imran Khalid") not in events(result)


@pytest.mark.parametrize(
    "text",
    [
        "A former police officer, Imran Khalid, was arrested on Monday after reporting that guards "
        "beat inmates.",
        "A former police officer, Imran Khalid, was arrested on Monday after he denounced the "
        "beating of detainees.",
        "Activist Imran Khalid was arrested after a video showing police beating students went viral.",
    ],
)
def test_one_arrested_for_telling_of_abuse_is_still_arrested(extract_text, text):
    assert ("arrest", "Imran Khalid") in events(extract_text(text))


@pytest.mark.parametrize(
    "clause",
    [
        'had been advised to "await the outcome of the investigation."',
        'was told by the guards to "stop asking questions or leave the building."',
        'had been instructed to "come back next week with a lawyer."',
    ],
)
def test_words_someone_unnamed_told_the_speaker_are_not_her_quote(extract_text, clause):
    result = extract_text(
        '"He begged for a doctor for months," said Vera Sarina, the physicist\'s wife.\n\n'
        f"She said she had never been told where his remains were and {clause}"
    )
    assert _quotes(result) == {("Vera Sarina", "He begged for")}


@pytest.mark.parametrize("record", ["no previous convictions", "no prior conviction"])
def test_no_previous_convictions_is_no_sentence(extract_text, record):
    result = extract_text(
        f"Police arrested student Chan Mei-ling on Monday. Chan, who has {record}, was later "
        "released on bail."
    )
    assert ("sentence", "Chan Mei-ling") not in events(result)
    assert ("arrest", "Chan Mei-ling") in events(result)
