"""English quotes, session 61 (helper enquotes2): a quote set as a paragraph of its own, with no
tag, after a narrative paragraph in which one named person, and nobody else, speaks, goes on from
that person (docs/extract.md, "Session 61 — a quote paragraph after its speaker's paragraph
(enquotes2)"). The sentence right before the quote need not be about the speaker: the session's
census found the speaker's verb earlier in the paragraph ("X told the radio that ... . It is a
federal matter."). Wordings invented for these tests.

Traps: a paragraph in which a second person acts or speaks; a question (an interviewer's) or an
exclamation (a slogan); a few words; a paragraph with no speech verb ('X was sentenced. "We will
appeal."', session 47); a text named as the subject before the quote (a ruling cited word for
word); the speaker only a pronoun in that paragraph.
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


def test_a_quote_paragraph_goes_on_from_the_one_who_speaks_in_the_paragraph_before(extract_text):
    result = extract_text(HEAD + SPEAKER + WORDS)
    assert speakers_of(result, "Nobody told us") == {"Marta Lindqvist"}


def test_what_the_speaker_reports_may_name_someone_else(extract_text):
    text = (
        HEAD + "Pavel Orlov said the guards had beaten Ales Kavalenka during the search. "
        "The prison service denies it.\n\n"
        '"I heard him shouting through the wall for an hour, and then it was quiet until morning."'
    )
    assert speakers_of(extract_text(text), "I heard him") == {"Pavel Orlov"}


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
        HEAD + "Jonas Berg was sentenced to five years on Tuesday. He was taken from the courtroom in handcuffs.\n\n"
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
        "On Friday she said that he had been moved to a prison in the north. The transfer was not announced.\n\n"
        + WORDS
    )
    assert not any(name == "Marta Lindqvist" for name, _ in quote_openings(extract_text(text)))
