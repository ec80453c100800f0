"""English quote attribution across sentences and paragraphs: interviews set as questions and
answers, labelled transcript turns, pronouns after a description, a speaker's pause between two
quotes. Sentences written for these tests (none copied from an evaluation set)."""

from __future__ import annotations

import pytest

from tests.extract_views import quote_openings as _quotes

_INTERVIEW = (
    "Oksana Hrytsenko, a librarian from Mariupol, was held for fourteen months in a Russian "
    "detention centre. She was exchanged in May and now lives in Kyiv. The conversation was shortened.\n\n"
    "How did they treat you?\n\n"
    "Badly at first. I was questioned every night for a month.\n\n"
    "Were you ever charged?\n\n"
    "Never. My cellmate, Iryna Bondar, was sentenced to eight years without a trial I could see.\n\n"
    "You look well now.\n\n"
    "Appearances. I still wake up at five, when the count used to start.\n\n"
    "Some nights I dream that I am back in the cell.\n\n"
    "What will you do next?\n\n"
    '"Go back to my books. We reopened the library last week."'
)


def test_unlabelled_interview_answers_are_the_interviewees_quotes(extract_text):
    result = extract_text(_INTERVIEW)
    assert _quotes(result) == {
        ("Oksana Hrytsenko", "Badly at first."),
        ("Oksana Hrytsenko", "Never. My cellmate,"),
        ("Oksana Hrytsenko", "Appearances. I still"),
        ("Oksana Hrytsenko", "Some nights I"),
        ("Oksana Hrytsenko", "Go back to"),
    }


def test_what_an_interviewee_reports_still_gives_events(extract_text):
    result = extract_text(_INTERVIEW)
    names = {p.id: p.name for p in result.persons}
    terms = {(names[p], e.term_months) for e in result.events if e.type == "sentence" for p in e.persons}
    assert ("Iryna Bondar", 96) in terms


def test_an_explainer_answering_its_own_questions_is_no_interview(extract_text):
    result = extract_text(
        "Why was Lev Abramov detained?\n\n"
        "Abramov, a sound engineer from Samara, was detained in April after a concert. "
        '"I played one song they did not like," he wrote before his arrest.\n\n'
        "Who is defending him?\n\n"
        "His lawyer, Nadezhda Gromova, says the case will reach the Supreme Court. "
        "She declined to comment further.\n\n"
        "Can he be released early?\n\n"
        "Abramov has said he would not ask for clemency, his sister told reporters."
    )
    assert _quotes(result) == {("Lev Abramov", "I played one")}


def test_a_turn_labelled_with_a_role_and_a_name_is_that_persons(extract_text):
    result = extract_text(
        "MORNING DESK, radio transcript\n\n"
        "HOST (MIRA KALNINA): Good morning. A court in Riga has jailed the cartoonist Juris Ozols "
        "for a year. "
        "With me is his editor, Ilze Berzina. Ilze, were you surprised?\n\n"
        "ILZE BERZINA: Not at all. We expected a fine at worst, but we prepared for this.\n\n"
        "KALNINA: Will he appeal?\n\n"
        "BERZINA: He will. The drawing is still on our front page."
    )
    assert _quotes(result) == {
        ("Mira Kalnina", "Good morning. A"),
        ("Ilze Berzina", "Not at all."),
        ("Mira Kalnina", "Will he appeal?"),
        ("Ilze Berzina", "He will. The"),
    }


def test_a_pronoun_after_a_description_is_not_the_last_name(extract_text):
    result = extract_text(
        "The trial of the teacher Rustam Nazarov, 48, resumed in Dushanbe on Wednesday. "
        "Nazarov has been held since March. Prosecutors say Nazarov financed a banned party.\n\n"
        "His lawyer, Farid Saidov, argued that the bank records had been forged. "
        "He asked the court to call two experts.\n\n"
        "The defendant himself looked tired. \u201cI have never belonged to any party,\u201d he said."
    )
    assert _quotes(result) == {("Rustam Nazarov", "I have never")}


def test_a_description_nobody_was_given_leaves_the_quote_unattributed(extract_text):
    result = extract_text(
        "Rustam Nazarov was sentenced to nine years on Wednesday. His lawyer, Farid Saidov, "
        "called the ruling a disgrace.\n\n"
        "The interpreter, visibly shaken, put down her papers. "
        "\u201cI cannot translate any more of this,\u201d she said."
    )
    assert not any(q.text.startswith("I cannot translate") and q.speaker for q in result.quotes)


def test_a_speakers_pause_between_two_quotes_keeps_the_speaker(extract_text):
    result = extract_text(
        "Arman Dzhaksybekov was released from a colony in Pavlodar last week.\n\n"
        '"They took my passport on the first day," Dzhaksybekov said. He smiled. '
        '"I still do not have it back."'
    )
    assert _quotes(result) == {
        ("Arman Dzhaksybekov", "They took my"),
        ("Arman Dzhaksybekov", "I still do"),
    }


def test_someone_else_acting_between_two_quotes_ends_the_speech(extract_text):
    result = extract_text(
        "Arman Dzhaksybekov was released from a colony in Pavlodar last week. His mother, "
        "Gulnara Dzhaksybekova, waited at the gate.\n\n"
        '"They took my passport on the first day," Dzhaksybekov said. His mother shook her head. '
        '"They will give it back."'
    )
    assert ("Arman Dzhaksybekov", "They will give") not in _quotes(result)


def test_quoted_words_after_a_copula_outside_the_marks_are_indirect_speech(extract_text):
    result = extract_text(
        "Pavlo Marchenko was jailed for five years in March. His daughter, Olena Marchenko, "
        'said the family was "angry but not at all afraid of them".'
    )
    assert not result.quotes


def test_a_pronoun_two_sentences_on_from_its_resolved_twin_keeps_the_speaker(extract_text):
    result = extract_text(
        "Marek Wolny was sentenced to three years for a post about the army. The hearing lasted ten minutes. "
        "His niece, Agata Wolna, sent him parcels every month, but none arrived.\n"
        "Asked if he regretted the post, he laughed. Why should I? Every word in it was true, he said."
    )
    assert ("Marek Wolny", "Why should I?") in _quotes(result)


def test_answers_headed_a_in_a_q_and_a_are_the_introduced_persons(extract_text):
    result = extract_text(
        "Nargiza Yusupova, a pharmacist from Andijan, was jailed for four years over a protest song. "
        "She was pardoned in August. We met her in Almaty.\n\n"
        "Q: What did the investigators want from you?\n\n"
        "A: Names. I gave them none, so they gave me four years.\n\n"
        "Q: Will you sing again?\n\n"
        "A: I already do, every evening, for my neighbours."
    )
    assert _quotes(result) == {("Nargiza Yusupova", "Names. I gave"), ("Nargiza Yusupova", "I already do,")}


def test_an_op_ed_that_asks_and_answers_itself_is_no_interview(extract_text):
    text = (
        "Why I still write about Minsk\n\nBy Olga Verbitskaya\n\n"
        "Olga Verbitskaya has covered Belarus for a decade.\n\n"
        "Why do I keep writing?\n\nBecause I remember every name on the list.\n\n"
        "Is it worth it?\n\nI think so, and I will go on."
    )
    assert not extract_text(text).quotes


# -- a speaker described by age: "the 45-year-old (activist) said" ----------------------------


@pytest.mark.parametrize(
    "speech",
    [
        '"Nobody can break us," the 38-year-old told reporters.',
        '"Nobody can break us," the 38-year-old teacher said outside the colony.',
    ],
)
def test_a_speaker_described_by_age_is_the_person_last_named(extract_text, speech):
    result = extract_text(f"Sevara Tursunova was released on Thursday after two years in prison. {speech}")
    names = {p.id: p.name for p in result.persons}
    assert [(names[q.speaker], q.text) for q in result.quotes] == [
        ("Sevara Tursunova", "Nobody can break us")
    ]


def test_an_age_stated_with_a_name_picks_that_person(extract_text):
    result = extract_text(
        "Sevara Tursunova, 38, was released on Thursday. Her lawyer, Anvar Ismoilov, met her at the gate. "
        '"Nobody can break us," the 38-year-old said.'
    )
    names = {p.id: p.name for p in result.persons}
    assert [names[q.speaker] for q in result.quotes] == ["Sevara Tursunova"]


def test_an_age_with_no_one_named_before_is_nobody(extract_text):
    result = extract_text('"Nobody can break us," the 38-year-old said. Sevara Tursunova was freed later.')
    assert not result.quotes or all(q.speaker is None for q in result.quotes)


def test_a_place_the_tagger_reads_as_a_person_does_not_break_a_split_quote(extract_text):
    result = extract_text(
        "Envoy Thomas Whitcombe met the freed men.\n\n"
        '"It is a first step," Whitcombe told reporters at the border post of Salcininkai, where the '
        'men were handed over. "We want all of them out."'
    )
    assert _quotes(result) == {("Thomas Whitcombe", "It is a"), ("Thomas Whitcombe", "We want all")}


def test_addressing_the_court_with_a_colon_is_speech(extract_text):
    result = extract_text(
        "Davit Kharadze, 31, was jailed on Friday.\n\n"
        "Before the judge retired, Kharadze addressed the court: I did nothing but film the police, "
        "and I would do it again."
    )
    assert _quotes(result) == {("Davit Kharadze", "I did nothing")}
    result = extract_text(
        "Davit Kharadze, 31, was jailed. Kharadze addressed the following issues: courts, "
        "prisons and the police."
    )
    assert not result.quotes


_QA = (
    "Gulnora Azimova, a schoolteacher, spent two years in a women's colony. We spoke to Azimova "
    "at her flat in Samarkand.\n\n"
)


def test_an_interviewee_telling_of_herself_in_the_first_person_has_those_events(extract_text):
    result = extract_text(
        _QA + "Q: How did it start?\n\nA: I was detained at the school gate in March 2022.\n\n"
        "Q: And the trial?\n\nA: They sentenced me to two years in a general-regime colony. "
        "I was freed in an amnesty in May."
    )
    names = {p.id: p.name for p in result.persons}
    events = {(e.type, names[p], e.term_months) for e in result.events for p in e.persons}
    assert events == {
        ("arrest", "Gulnora Azimova", None),
        ("sentence", "Gulnora Azimova", 24),
        ("release", "Gulnora Azimova", None),
    }


def test_an_interviewee_fearing_or_denying_an_event_has_none(extract_text):
    result = extract_text(
        _QA + "Q: Are you afraid?\n\nA: I could be detained again at any moment, I know that.\n\n"
        "Q: And your husband?\n\nA: I was never told why my husband was not detained."
    )
    assert not result.events
