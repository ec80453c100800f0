"""English quotes, session 61 (helper enquotes2): the traps of a quote paragraph with no tag after
a narrative paragraph (docs/extract.md, "Session 61 — a quote paragraph after its speaker's
paragraph (enquotes2)"). The session's rule (such a paragraph goes on from the one named person who
speaks in the paragraph before) was withdrawn: a held half's count showed a false quote. These
traps hold on the current code and stay for whoever tries the family again: no speaker for a quote
paragraph after a paragraph in which a second person acts or speaks, a question (an interviewer's)
or an exclamation (a slogan), a paragraph with no speech verb ('X was sentenced. "We will
appeal."', session 47), a text named as the subject before the quote (a ruling cited word for
word), or a speaker told only by a pronoun in that paragraph. Wordings invented for these tests.
"""

from __future__ import annotations

from tests.extract_views import quote_openings

HEAD = "Transfer in Hrodna\n\n"
SPEAKER = (
    "Marta Lindqvist told reporters on Friday that her brother had been moved to a prison in the north. "
    "The transfer was not announced.\n\n"
)
WORDS = '"Nobody told us where he was going. We found out from a neighbour who saw the van leave the gates."'


def speakers_of(result, opening: str) -> set[str]:
    """The speakers given to the quote(s) opening with `opening` ("?" for none)."""
    return {name for name, words in quote_openings(result) if words == opening}


def test_a_second_person_acting_in_the_paragraph_stops_it(extract_text):
    text = (
        HEAD + "Marta Lindqvist said her brother, Jonas Berg, had been moved to a prison in the north. "
        "Berg was detained in March after a protest.\n\n" + WORDS
    )
    assert speakers_of(extract_text(text), "Nobody told us") <= {"?"}


def test_a_question_or_a_slogan_is_not_carried_on(extract_text):
    for words in (
        '"Why would anyone move a sick man in the middle of the night without telling his family?"',
        '"Freedom for every political prisoner in this country, now and forever!"',
    ):
        result = extract_text(HEAD + SPEAKER + words)
        assert not any(name == "Marta Lindqvist" for name, _ in quote_openings(result))


def test_no_speech_verb_in_the_paragraph_before(extract_text):
    text = (
        HEAD + "Jonas Berg was sentenced to five years on Tuesday. "
        "He was taken from the courtroom in handcuffs.\n\n"
        '"We will appeal this decision to the Supreme Court as soon as the written verdict arrives."'
    )
    assert speakers_of(extract_text(text), "We will appeal") <= {"?"}


def test_a_text_named_before_the_quote_keeps_its_words(extract_text):
    text = (
        HEAD + "Marta Lindqvist said the decision was unjust. The ruling was published on Monday.\n\n"
        '"The defendant poses a danger to the constitutional order and must be isolated from society."'
    )
    assert speakers_of(extract_text(text), "The defendant poses") <= {"?"}


def test_a_speaker_only_told_by_pronoun_in_the_paragraph_before(extract_text):
    text = (
        HEAD + "Marta Lindqvist has campaigned for her brother since March.\n\n"
        "On Friday she said that he had been moved to a prison in the north. "
        "The transfer was not announced.\n\n" + WORDS
    )
    assert not any(name == "Marta Lindqvist" for name, _ in quote_openings(extract_text(text)))


def test_two_people_speaking_in_the_paragraph_before(extract_text):
    text = (
        HEAD + "Marta Lindqvist said her brother had been moved to a prison in the north. "
        "Her lawyer, Tomas Reid, told the court the transfer was never announced. "
        "The prison service has not commented.\n\n" + WORDS
    )
    assert speakers_of(extract_text(text), "Nobody told us") <= {"?"}
