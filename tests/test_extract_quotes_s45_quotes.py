"""Quote speakers of session 45 (helper quotes; English, Russian and Belarusian).

* (English) a he/she who speaks goes to the most recent person of that sex in subject
  position before the quote (the subject of a speech verb or of a sentence's main verb), not
  to the topic person the report is about ('X was allowed home, his son Y told AFP. "...," he
  said'), nor to a name inside what was reported ('X said Y was beaten') or a list after a
  colon ('Y told us two were let out: A and B').
* (Russian, Belarusian) a first name alone, told again («— кажа Максім»), is the person the
  article already names by that first name alone («Сыну, 16-гадоваму Максіму»); a first name
  right after an age adjective («Двенадцатилетний Матвей», «дзевяцігадовая Ева») is a person
  of its own, as one after a kin noun is.
* (Belarusian) a sentence's first word that is an adverb («Цяпер Ціхану дванаццаць») does not
  make the first name after it part of a full name the NER cut.

Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.extract_views import quote_openings
from tests.test_extract_ru import quotes

# -- English: a pronoun speaker after a named one ---------------------------------------------------


def test_a_pronoun_speaker_goes_to_the_son_who_told_not_to_the_father(extract_text):
    # the parser hangs 'told' on the clause before; the father is the topic of the paragraph
    text = (
        "Former ministers freed in Niamey\n\n"
        "Four former ministers were detained in Niamey last week. Boubacar Hamani Koré, a former "
        "finance minister, was among them.\n\n"
        'Koré was allowed to go home late on Wednesday "for health reasons" but must report to the '
        "gendarmerie every Monday, his son Issa Koré told AFP.\n\n"
        '"My father is 71 and diabetic. They kept him on a mattress on the floor," he said.\n'
    )
    assert quote_openings(extract_text(text)) == {("Issa Koré", "My father is")}


def test_a_pronoun_speaker_goes_to_the_teller_not_to_a_name_after_the_colon(extract_text):
    text = (
        "Uganda election live\n\n"
        "19:40 - Police in Wakiso detained two opposition polling agents, Ivan Ssentongo and "
        "Harriet Nakato, after they refused to sign the tally sheet.\n\n"
        "22:20 - Lawyer Timothy Kabuye Mwesigwa has just told us that two of the Wakiso polling "
        "agents (see 19:40) were let out on police bond this evening: Ivan Ssentongo and Harriet "
        'Nakato. "They were held in a container at the back of the station, with no food, for nine '
        'hours," he said.\n'
    )
    assert quote_openings(extract_text(text)) == {("Timothy Kabuye Mwesigwa", "They were held")}


def test_a_pronoun_speaker_after_a_reported_clause_stays_with_the_reporter(extract_text):
    # trap: the reported clause's subject (Adamou) is the last name, but Okello reports it
    text = (
        "Former minister freed\n\n"
        "Lawyer Peter Okello said on Tuesday that Musa Adamou had been beaten in custody.\n\n"
        '"We will file a complaint tomorrow," he said.\n'
    )
    assert quote_openings(extract_text(text)) == {("Peter Okello", "We will file")}


def test_a_pronoun_speaker_of_the_other_sex_skips_the_last_named_subject(extract_text):
    # trap: the last subject is a man; "she" goes to the woman who spoke before him
    text = (
        "Former minister freed\n\n"
        "Musa Adamou was released on Monday, his wife Grace Atim said. His lawyer Peter Okello "
        "left the court without comment.\n\n"
        '"He is 66 years old," she said.\n'
    )
    assert quote_openings(extract_text(text)) == {("Grace Atim", "He is 66")}


# -- Russian and Belarusian: a child or relative named by first name alone -------------------------


def test_ru_a_first_name_after_an_age_adjective_is_a_speaker(run):
    text = (
        "Семья учителя ждёт его из колонии\n\n"
        "Учителя истории Романа Тихонова приговорили к шести годам колонии. "
        "Двенадцатилетний Матвей знает, где отец. «Я сказал другу, что папа ничего плохого не "
        "сделал», — пересказывает Матвей свой разговор.\n"
    )
    result = run(text, "ru")
    assert "Матвей" in {p.name for p in result.persons}
    assert quotes(result) == {("Матвей", "Я сказал другу,")}


def test_ru_a_first_name_told_again_is_the_relative_named_by_it(run):
    text = (
        "Смерть в изоляторе\n\n"
        "Рамазан Алибеков умер в изоляторе 18 ноября. Брат погибшего Шамиль рассказал, что на "
        "лице Рамазана были гематомы.\n\n"
        "«Мы видели его на свидании десять дней назад», — говорит Шамиль.\n"
    )
    assert quotes(run(text, "ru")) == {("Шамиль", "Мы видели его")}


def test_be_a_first_name_told_again_in_the_nominative_is_the_child(run):
    text = (
        "Сям'я шахцёра\n\n"
        "Шахцёра Юрыя Ганчарука асудзілі на пяць гадоў. "
        "Сыну, 16-гадоваму Максіму, даводзіцца цяжэй за ўсіх.\n\n"
        "— Я тады ўстаў і выйшаў, — кажа Максім.\n"
    )
    assert quotes(run(text, "be")) == {("Максім", "Я тады ўстаў")}


def test_be_an_adverb_opening_the_sentence_is_no_part_of_the_name(run):
    text = (
        "Сям'я палітвязня\n\n"
        "Сяргея Ламаку асудзілі на восем гадоў. Цяпер Ціхану дванаццаць.\n\n"
        "«Тата вернецца, калі я скончу школу», — сур'ёзна кажа Ціхан.\n"
    )
    result = run(text, "be")
    assert quotes(result) == {("Ціхан", "Тата вернецца, калі")}


def test_be_a_capitalised_name_word_before_a_first_name_still_blocks_it(run):
    # trap: «Сяргей» opening the sentence is a first name, so «Ціхану» after it is no lone name
    text = "Сям'я палітвязня\n\nСяргея Ламаку асудзілі на восем гадоў. Сяргей Ціхану пісаў кожны тыдзень.\n"
    assert "Ціхан" not in {p.name for p in run(text, "be").persons}


# -- English: a gerund or infinitive fragment in marks is no quote --------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        'Kryscina Savich said only that she regretted "causing pain to my family" and did not '
        "finish the sentence.",
        "Police spokesperson Chief Inspector Ismail Adam Zahir said the extension was sought "
        '"to prevent interference with witnesses".',
        "His widow, Aimée Ilunga, told Radio Okapi that she last saw him on 14 November, "
        '"sitting on the floor because he could no longer stand".',
    ],
)
def test_a_non_finite_fragment_in_marks_is_no_quote(extract_text, sentence):
    text = "Hearing in the capital\n\nAhmed Rasheed was arrested on Sunday. " + sentence + "\n"
    assert not extract_text(text).quotes


def test_a_gerund_handed_on_by_a_speech_verb_is_still_a_quote(extract_text):
    # trap: after 'wrote,' the gerund opens the written words
    text = (
        "Hearing in the capital\n\nAhmed Rasheed was arrested on Sunday. His mother Aishath "
        'Rasheed wrote on Facebook, "Hoping every day that you will come home, my son."\n'
    )
    assert quote_openings(extract_text(text)) == {("Aishath Rasheed", "Hoping every day")}


# -- English: unmarked speech does not reach back over a sentence naming the speaker -------------


def test_unmarked_speech_starts_after_the_sentence_naming_its_speaker(extract_text):
    text = (
        "Ecuador strike live\n\n"
        "09:25 - Males's daughter, Sisa Males, spoke to our reporter in Quiroga. Her father, 58, "
        "already spent four months in jail after the 2019 protests and was acquitted, she said. "
        '"He knows what prison is. What he is afraid of is Esmeraldas."\n'
    )
    assert quote_openings(extract_text(text)) == {("Sisa Males", "He knows what")}
