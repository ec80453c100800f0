"""English quote attribution by structure: the words of speech kept as data
(`patterns/speech.json`; a statement put out introduces its words, 'issued a statement, "..."'),
and where the parse goes astray: a sentence the parser breaks where no full stop stands, a second
speech verb hung on the clause the first one reports, a participle set as a sentence of its own.
Sentences written for these tests (none copied from an evaluation set)."""

from __future__ import annotations

from tests.extract_views import quote_openings as _quotes


def test_a_statement_put_out_introduces_its_words(extract_text):
    result = extract_text(
        "The exiled opposition leader Svetlana Marchuk followed the trial from Vilnius.\n\n"
        'Hours after the verdict, Marchuk issued a statement, "Today a court punished a '
        'teacher for a poem, and every teacher in the country heard the sentence."'
    )
    assert _quotes(result) == {("Svetlana Marchuk", "Today a court")}


def test_a_statement_released_to_the_press_names_its_author(extract_text):
    result = extract_text(
        "Defence lawyer Olga Bystrova visited the colony on Friday.\n\n"
        'Bystrova later released a short statement: "He has lost weight, but he asked me to '
        'tell his students that he is not afraid."'
    )
    assert _quotes(result) == {("Olga Bystrova", "He has lost")}


def test_issuing_a_decree_is_no_speech(extract_text):
    result = extract_text(
        "President Arkady Volkov spoke to the cabinet on Monday.\n\n"
        'Volkov issued a decree on what officials called "measures to protect the information space".'
    )
    assert _quotes(result) == set()


def test_what_a_statement_condemned_in_the_narrators_words_is_no_quote(extract_text):
    result = extract_text(
        "Foreign Minister Ingrid Halvorsen followed the trial from Oslo.\n\n"
        'Halvorsen released a statement on Friday condemning "what can only be called a show trial '
        'of a peaceful poet." She said her ministry had summoned the ambassador.'
    )
    assert _quotes(result) == set()


def test_a_second_speech_verb_on_the_reported_clause_is_the_reporters(extract_text):
    result = extract_text(
        "Pavel Sevruk, the head of the defence committee, met reporters in Minsk.\n\n"
        'Sevruk said it would take months to gather the documents but added, "We will file the '
        'appeal the day the court lets us see the case."'
    )
    assert _quotes(result) == {("Pavel Sevruk", "We will file")}


def test_a_speech_verb_after_a_passive_reported_clause_is_the_reporters(extract_text):
    result = extract_text(
        "Human rights lawyer Marta Ilyina spoke outside the court.\n\n"
        "Ilyina said the ruling was written by the prosecutor's office and said, \"Nobody in that "
        'room expected a fair hearing."'
    )
    assert _quotes(result) == {("Marta Ilyina", "Nobody in that")}


def test_a_reported_person_keeps_their_own_second_verb(extract_text):
    result = extract_text(
        "Journalist Ivan Dorosh wrote about the hearing.\n\n"
        'Dorosh said the judge Yuri Lenkov paused and added, "The court has heard enough from '
        'the defence today."'
    )
    assert ("Ivan Dorosh", "The court has") not in _quotes(result)


def test_a_participle_set_as_its_own_sentence_goes_on_from_the_speaker(extract_text):
    result = extract_text(
        "The novelist Irena Haidukova, freed in September, spoke at the book fair.\n\n"
        'Haidukova stated that her years in the colony had been "a school of patience." '
        'Adding, "Now I write every morning, as if someone might take the pen away again."'
    )
    assert ("Irena Haidukova", "Now I write") in _quotes(result)


def test_a_sentence_the_parser_breaks_without_a_full_stop_still_introduces_its_quote(extract_text):
    result = extract_text(
        "The former ambassador Lev Zhuk has followed the case since 2021.\n\n"
        "Speaking about the new charges, former ambassador Lev Zhuk told Freedom Radio Daily "
        'SiriusXM host Ann Ruiz, "They did not need new evidence, only a new article of the code."'
    )
    assert _quotes(result) == {("Lev Zhuk", "They did not")}


def test_a_speech_verb_outranks_a_statement_put_out_before_the_quote(extract_text):
    result = extract_text(
        "Defence lawyer Olga Bystrova waited outside the court in Gomel.\n\n"
        'Bystrova told reporters, after the court issued a statement, "We will appeal, and we '
        'will keep appealing until someone reads the file."'
    )
    assert _quotes(result) == {("Olga Bystrova", "We will appeal,")}


def test_a_comment_pasted_with_invisible_direction_marks_keeps_its_signer(extract_text):
    result = extract_text(
        "The jailed blogger Ihar Losik thanked his readers in a letter read out on Sunday.\n\n"
        "Readers answered under the post.\n\n"
        '\u202a"We are waiting for you, and we will be at the gate when they let you out!" '
        "wrote Hanna Kupreichyk.\u202c"
    )
    assert _quotes(result) == {("Hanna Kupreichyk", "We are waiting")}
