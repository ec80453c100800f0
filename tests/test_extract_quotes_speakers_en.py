"""English quote attribution, session 14: who speaks when the attribution after a quote uses a
verb no lexicon lists, names inside a speaker's description, narrative between two quotes.
Sentences written for these tests (none copied from an evaluation set)."""

from __future__ import annotations

from tests.extract_views import quote_openings as _quotes


def test_a_named_subject_after_the_quote_stops_the_last_speaker_going_on(extract_text):
    # 'nodded' speaks no words, but the floor is no longer the councillor's
    result = extract_text(
        "Councillor Edwin Marsh opened the hearing on the harbour levy.\n\n"
        '"The levy has doubled in three years," Marsh said.\n\n'
        '"And who will pay the difference now," harbourmaster Greta Lindqvist interjected loudly, '
        "while Ilse Baptiste nodded.\n\n"
        '"Whoever docks here, as before," Lindqvist went on.'
    )
    quotes = _quotes(result)
    assert ("Edwin Marsh", "The levy has") in quotes
    assert ("Edwin Marsh", "And who will") not in quotes
    assert ("Edwin Marsh", "Whoever docks here,") not in quotes


def test_an_unlisted_verb_after_a_quote_with_a_named_subject_gives_nobody_the_last_speaker(extract_text):
    result = extract_text(
        "Pastor Amos Keane addressed the congregation on Sunday.\n\n"
        '"We will rebuild the hall before winter," Keane said.\n\n'
        '"With what money, Pastor," treasurer Lorna Pike grimaced.'
    )
    quotes = _quotes(result)
    assert ("Amos Keane", "We will rebuild") in quotes
    assert ("Amos Keane", "With what money,") not in quotes


def test_began_and_started_attribute_a_quote_beside_them(extract_text):
    result = extract_text(
        "The debate was the first of the autumn.\n\n"
        '"Tell us what you would cut first," moderator Yolanda Ferris began.\n\n'
        '"Nothing that keeps a classroom open," Governor Pieter Van Wyk replied.\n\n'
        '"Then let us talk about the roads," Ferris started again.'
    )
    quotes = _quotes(result)
    assert ("Yolanda Ferris", "Tell us what") in quotes
    assert ("Pieter Van Wyk", "Nothing that keeps") in quotes
    assert ("Yolanda Ferris", "Then let us") in quotes


def test_a_quote_that_goes_on_after_a_pause_keeps_its_speaker(extract_text):
    # trap: the pronoun after the quote is the same speaker; nobody else is named after it
    result = extract_text(
        "Bridge works on schedule\n\n"
        '"The bridge will reopen in May," said engineer Tobias Renner. "Not a day later." '
        "He smiled."
    )
    quotes = _quotes(result)
    assert ("Tobias Renner", "The bridge will") in quotes
    assert ("Tobias Renner", "Not a day") in quotes


def test_a_role_noun_the_tagger_reads_as_a_verb_before_the_name_after_an_inverted_verb(extract_text):
    # 'said engineer X': the bare form right before a name is the name's role, not a verb
    result = extract_text(
        "Bridge works on schedule\n\n"
        '"The deck is finished and the cables are tested," said engineer Anneke Vos. '
        '"We trained hard for this all winter," said coach Dale Wren.'
    )
    assert _quotes(result) == {("Anneke Vos", "The deck is"), ("Dale Wren", "We trained hard")}


def test_quoted_words_as_the_subject_of_the_narrators_verb_are_no_quote(extract_text):
    # '"A huge lorry" smashed through': the marks open the narrator's sentence, whose verb follows
    # (trap: '"..." said X' without a comma is still speech)
    result = extract_text(
        "Parade ends in panic\n\n"
        "Lorenz Abel, a tourist from Graz, told the radio that he had been watching the parade.\n\n"
        '"A huge lorry full of gravel" smashed through the barriers, he said.\n\n'
        '"We ran for our lives" said Greta Abel, his wife.\n\n'
        '"Fake news about our town" became the slogan of the week.'
    )
    assert _quotes(result) == {("Greta Abel", "We ran for")}


def test_a_quote_between_two_sentences_of_one_speakers_report_is_theirs(extract_text):
    # trap: when the sentence after the quote reports someone else, the quote is nobody's
    text = (
        "Vote rules challenged\n\n"
        "Attorney General Ruth Okafor announced on Monday a lawsuit against the state. "
        '"We are asking the court to block the new rules before the election." '
    )
    own = extract_text(text + "She further announced that her office would watch the polls.")
    assert _quotes(own) == {("Ruth Okafor", "We are asking")}
    other = extract_text(text + "Governor Mike Dunn said the suit was political.")
    assert _quotes(other) == set()


def test_a_participle_on_a_reported_clause_with_a_mute_subject_is_the_reporters(extract_text):
    result = extract_text(
        "Weber stays neutral\n\n"
        "On a podcast, Carl Weber insisted it was premature to pick a side, adding about the tariff "
        'vote, "She has read the numbers more closely than anyone in the chamber."'
    )
    assert _quotes(result) == {("Carl Weber", "She has read")}


def test_the_speaker_goes_on_after_a_sentence_that_names_someone_as_their_object(extract_text):
    # 'X supports Y': Y is acted on by the last speaker, not a new one; trap: Y as a subject
    text = '"Housing matters but for me it is schools," says Nadia Petrov, 41, of Dayton. '
    quote = '"I have a degree, but I still owe more than my car is worth."'
    backs = extract_text(
        "Voters speak\n\n" + text + "Petrov supports Democrat Laura Kim in the race for governor. " + quote
    )
    assert ("Nadia Petrov", "I have a") in _quotes(backs)
    disagrees = extract_text("Voters speak\n\n" + text + "Laura Kim, her rival, disagrees. " + quote)
    assert ("Nadia Petrov", "I have a") not in _quotes(disagrees)
    assert ("Laura Kim", "I have a") not in _quotes(disagrees)


def test_a_clause_subordinate_to_words_before_a_scare_quote_gives_its_subject_no_voice(extract_text):
    # the colon gives the quote to the clause's subject only when that clause is the sentence's
    # own ('X went further:'), not what somebody unnamed hoped ('that X wins:')
    hoped = extract_text(
        "Readers react\n\n"
        'Commenters poked fun at the contest. One wrote that he "sincerely" wished Gary Holt '
        'would take the seat: "Then the council meetings become free entertainment."'
    )
    assert _quotes(hoped) == set()
    further = extract_text(
        "Readers react\n\n"
        'Asked about the "Evening Desk" poll, Gary Holt went further: '
        '"Then the council meetings become free entertainment."'
    )
    assert _quotes(further) == {("Gary Holt", "Then the council")}


def test_names_in_the_description_of_the_speaker_do_not_take_the_next_quote(extract_text):
    # '"A," said X, Y's regional coordinator. "B."': what describes X names nobody new;
    # trap: a named person as the subject of a sentence in between does
    result = extract_text(
        "Editors held\n\n"
        '"Each new charge sheet is written before the last trial has ended," said Rana '
        "Hadid, the watchdog's Gulf and Levant desk coordinator. "
        '"Tunis should let Sami, Nour and Hala go home today."\n\n'
        '"Sending people into exile is not freedom," said Marisol Pérez Duarte, Deputy Andes '
        'Director at Rights Watchers International. "It is another punishment, meant to erase them."\n\n'
        '"We will appeal," said Tom Reyes, an aide. Senator Jane Doyle disagreed. "The ruling is right."'
    )
    quotes = _quotes(result)
    assert ("Rana Hadid", "Tunis should let") in quotes
    assert ("Marisol Pérez Duarte", "It is another") in quotes
    assert ("Tom Reyes", "We will appeal,") in quotes or ("Tom Reyes", "We will appeal") in quotes
    assert not any(text.startswith("The ruling") and name != "?" for name, text in quotes)


def test_onset_verbs_with_what_begins_after_them_attribute_nothing(extract_text):
    # trap: 'donations began to pick up' is no speech verb, so the signer after it speaks
    result = extract_text(
        "Fundraising recovers\n\n"
        "Dale Gilmore runs the host committee.\n\n"
        '"The phones are ringing again," and pledges started to trickle in by Friday, Gilmore said.'
    )
    assert _quotes(result) == {("Dale Gilmore", "The phones are")}


def test_a_quoted_clause_followed_by_the_narrators_verb_stays_speech(extract_text):
    # trap for the fragment rule: a clause of its own ('The state is alleging that ...') is speech
    result = extract_text(
        "Defence responds\n\n"
        "Lawyer Thomas Quill spoke after the hearing. "
        '"The state is alleging that his calls to come and watch" were calls to violence.'
    )
    assert _quotes(result) == {("Thomas Quill", "The state is")}
