"""English quote speakers of session 48 (helper quotes, the syn38b census).

* a request reported by someone else ('X says he had asked for help for a month: "..."') does not
  introduce the words after the colon: the reporter's verb does.
* '"...," he said' after a sentence whose speech verb has a named subject whose sex is only a
  guess from the surname's ending goes on with that reporter.
* a verbless label of words said with a possessor before a colon ('His last word in court: "..."')
  gives the words to the possessor.
* a faith's member named by a capitalised noun ("Jehovah's Witness, 63,") is no person, and so
  no one named between two quotes of one speaker.

Sentences written for these tests."""

from __future__ import annotations


def _en(extract_text, text: str) -> set[tuple[str, str]]:
    result = extract_text(text)
    by_id = {p.id: p.name for p in result.persons}
    return {(by_id[q.speaker], " ".join(q.text.split()[:3])) for q in result.quotes if q.speaker}


# -- a request inside the reported clause does not introduce the colon's words ---------------------

_EN_DEATH = (
    "Activist dies in pre-trial detention\n\n"
    "Yekaterinburg. Sergei Muratov, 45, died in SIZO-1. He had been arrested in March on treason "
    "charges. {sentence}\n"
)


def test_en_the_reporter_speaks_after_a_request_she_reports(extract_text):
    text = _EN_DEATH.format(
        sentence='His lawyer, Elena Shtern, says he had asked for medical help for a month: "Nobody came. '
        'They let him die in the cell."'
    )
    assert _en(extract_text, text) == {("Elena Shtern", "Nobody came. They")}


def test_en_a_report_with_no_content_of_its_own_still_introduces_the_words(extract_text):
    # precision trap: 'said he told the guards:' reports a telling whose words follow the colon
    text = _EN_DEATH.format(
        sentence='His lawyer, Elena Shtern, says he told the guards on the first night: "I need a doctor '
        'now."'
    )
    assert _en(extract_text, text) == {("Sergei Muratov", "I need a")}


# -- a reporter whose sex is only guessed from the surname ------------------------------------------

_EN_TRIAL = (
    "Rwanda court frees three activists\n\n"
    "The three acquitted defendants - Esther Mukamana, Olivier Niyitegeka and Fabrice Mugisha - were "
    "ordered released immediately, their lawyer said.\n\n"
    "{reporter} said his convicted clients would appeal. "
    '"Reading a book is not a crime in any country that calls itself a democracy," {pronoun} said.\n'
)


def test_en_he_after_a_reporter_whose_sex_is_a_surname_guess_is_the_reporter(extract_text):
    text = _EN_TRIAL.format(reporter="The defence lawyer, Félicien Gakwaya,", pronoun="he")
    assert _en(extract_text, text) == {("Félicien Gakwaya", "Reading a book")}


def test_en_a_reporter_whose_sex_is_known_is_not_taken_for_the_other_pronoun(extract_text):
    # precision trap: a given name the lists know says the sex; the "he" is not hers
    text = _EN_TRIAL.format(reporter="The defence lawyer, Maria Gakwaya,", pronoun="he")
    assert ("Maria Gakwaya", "Reading a book") not in _en(extract_text, text)


# -- a verbless label of words said ------------------------------------------------------------------

_EN_DIGEST = (
    "Telegram digest\n\n"
    "Moscow. The court has delivered its verdict for Dmitry Levchenko, a 52-year-old sound engineer, "
    "over two posts about the shelling of Mariupol. Term: 7 years in a general-regime colony. {label} "
    '"I wrote what I saw on the news."\n'
)


def test_en_his_last_word_before_a_colon_gives_the_words_to_him(extract_text):
    text = _EN_DIGEST.format(label="His last word in court:")
    assert _en(extract_text, text) == {("Dmitry Levchenko", "I wrote what")}


def test_en_a_label_that_is_no_noun_of_words_gives_nobody(extract_text):
    # precision trap: 'His charge:' names the accusation, not words he said
    text = _EN_DIGEST.format(label="His charge in court:")
    assert _en(extract_text, text) == set()


# -- a faith's member is no person ------------------------------------------------------------------

_EN_WITNESS = (
    "Russia jails Jehovah's Witness, 63, for six years over Bible meetings\n\n"
    "MOSCOW - A Russian court on Tuesday jailed Viktor Shalagin, a retired engineer, for six years.\n\n"
    '"I have done nothing except read the Bible with my friends," Shalagin told the court, according to '
    'a transcript published by the {publisher}. "If that is extremism, then the apostles were extremists."\n'
)


def test_en_a_faiths_member_is_no_one_named_between_two_quotes(extract_text):
    text = _EN_WITNESS.format(publisher="Witnesses")
    result = extract_text(text)
    assert "Witness" not in {p.name for p in result.persons}
    assert _en(extract_text, text) == {("Viktor Shalagin", "I have done"), ("Viktor Shalagin", "If that is")}


def test_en_a_person_named_between_two_quotes_still_stops_the_speaker(extract_text):
    # precision trap: a person's name between the quotes may be the next speaker
    text = _EN_WITNESS.format(publisher="lawyer Andrei Kopylov")
    assert ("Viktor Shalagin", "If that is") not in _en(extract_text, text)
