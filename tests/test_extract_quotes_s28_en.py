"""English quotes (session 28), in wording invented for these tests.

* A quote that runs over paragraphs (news style opens each paragraph and closes only the last)
  and is attributed after its last part by "she said" / "he said": the quoted paragraphs are the
  speaker's words, not narration, so the pronoun's antecedent is looked for from where the quote
  opens, however long the quote is.
* A listed given name alone, set off by a description of a person ("Nino, a 31-year-old nurse,
  said"), names the speaker, as live blogs and features name passers-by.
* Two apostrophes for a double mark (an archive's style) after a colon: the quote ends at the
  closing pair, not at the end of the paragraph.
* A title-case book title with its sentence's period inside the marks, after "her memoir," is
  a title, not speech.
* A quoted clause whose subject the parser made the speech verb's object ('contended his
  firm's software "would be ..."') finishes indirect speech.
Traps: a man named before "she said" gives the quote nobody, and so does an unnamed speaker
between the name and the long quote; a given name set off by a description of no person
("Jordan, a close ally ...") makes no speaker; a quoted clause with its own subject stays a quote.
"""

from __future__ import annotations

import pytest

from tests.extract_views import quote_openings

_LONG_QUOTE = (
    "Pensioner dies in custody\n\n"
    "Ihar Lazouski, 70, who was serving three years for a comment online, died in a prison "
    "hospital in Minsk, rights groups said on Friday.\n\n"
    "{intro} told reporters that the prison had refused to send him to a heart surgeon. "
    "The prison service declined to answer questions.\n\n"
    '"For a whole year we wrote to every office we could think of. Each time the answer came '
    "back that his condition was satisfactory.\n\n"
    '"Then they phoned and said it was his heart. Nobody was surprised except them," {pronoun} said.'
)


@pytest.mark.parametrize(
    ("intro", "name", "pronoun"),
    [
        ("His daughter, Alesia, later", "Alesia", "she"),
        ("His wife, Tamara Lazouskaya,", "Tamara Lazouskaya", "she"),
        ("His son, Mikita Lazouski,", "Mikita Lazouski", "he"),
    ],
)
def test_a_pronoun_after_a_quote_of_several_paragraphs_looks_back_from_its_opening(
    extract_text, intro, name, pronoun
):
    text = _LONG_QUOTE.format(intro=intro, pronoun=pronoun)
    assert (name, "For a whole") in quote_openings(extract_text(text))


def test_a_pronoun_of_the_other_sex_gives_the_long_quote_nobody(extract_text):
    text = _LONG_QUOTE.format(intro="His son, Mikita Lazouski,", pronoun="she")
    openings = quote_openings(extract_text(text))
    assert ("Mikita Lazouski", "For a whole") not in openings
    assert ("Ihar Lazouski", "For a whole") not in openings


_PASSER_BY = (
    "Protest camp cleared\n\n"
    "Police removed the tents outside the parliament before dawn and detained 14 people, the "
    "interior ministry said.\n\n"
    "{sentence}"
)


@pytest.mark.parametrize(
    ("sentence", "name", "opening"),
    [
        (
            'Nino, a 31-year-old nurse from Batumi, said: "We came back because nobody answered us."',
            "Nino",
            "We came back",
        ),
        (
            'Luka, 19, a student, told our reporter: "I will sleep here again tonight if I have to."',
            "Luka",
            "I will sleep",
        ),
        (
            'Tamar, a retired teacher, said: "They can take the tents but not the reasons we brought them."',
            "Tamar",
            "They can take",
        ),
    ],
)
def test_a_given_name_set_off_by_a_description_of_a_person_speaks(extract_text, sentence, name, opening):
    text = _PASSER_BY.format(sentence=sentence)
    assert (name, opening) in quote_openings(extract_text(text))


def test_a_given_name_described_as_no_person_makes_no_speaker(extract_text):
    sentence = (
        'Jordan, a close ally of the government, said in a statement: "Order must be kept in the capital."'
    )
    result = extract_text(_PASSER_BY.format(sentence=sentence))
    assert "Jordan" not in {p.name for p in result.persons}
    assert not any(name == "Jordan" for name, _ in quote_openings(result))


_ARCHIVE = (
    "Candidate sharpens attacks\n\n"
    "Senator Paul Whitcombe spoke to supporters in Columbia on Monday.\n\n"
    "Raising his voice, Mr. Whitcombe continued: ''The worst flood this state has seen? It came "
    "on his watch.'' He added that the governor had been ''asleep at the wheel for a decade.''"
)


def test_an_archive_double_mark_after_a_colon_ends_the_quote_at_its_closing_pair(extract_text):
    result = extract_text(_ARCHIVE)
    names = {p.id: p.name for p in result.persons}
    said = [(names.get(q.speaker or ""), q.text) for q in result.quotes]
    assert ("Paul Whitcombe", "The worst flood this state has seen? It came on his watch.") in said
    assert not any("He added" in text for _, text in said)


def test_a_book_title_with_its_period_inside_the_marks_is_no_quote(extract_text):
    text = (
        "Executive recalls merger fight\n\n"
        "Joanna Pereira, who ran the firm for six years, opposed the takeover at first, she wrote in "
        'her memoir, "Hard Bargains." The board overruled her within a month.'
    )
    assert ("Joanna Pereira", "Hard Bargains.") not in quote_openings(extract_text(text))


_REPORTED = (
    "Data firm courts the campaign\n\n"
    "Karl Brenner, the firm's founder, spoke to reporters on Tuesday. {sentence}"
)


@pytest.mark.parametrize(
    "sentence",
    [
        'He contended his company\'s software "would be the ideal tool for the campaign in every state."',
        'He argued the new rules "will cost thousands of jobs across the region."',
        'He insisted his client "had never seen the contracts before the hearing."',
    ],
)
def test_a_quoted_clause_whose_subject_stands_before_the_marks_is_indirect_speech(extract_text, sentence):
    result = extract_text(_REPORTED.format(sentence=sentence))
    assert not any(name == "Karl Brenner" for name, _ in quote_openings(result))


def test_a_quoted_clause_with_its_own_subject_stays_a_quote(extract_text):
    sentence = 'He told reporters "we will not give in to pressure from the regulators."'
    result = extract_text(_REPORTED.format(sentence=sentence))
    assert ("Karl Brenner", "we will not") in quote_openings(result)


@pytest.mark.parametrize(
    "between",
    [
        # someone else, unnamed, speaks in between
        "The prison's deputy governor said the family had been informed in good time.",
        "A spokesman for the prison service said the family had been informed in good time.",
    ],
)
def test_the_long_quote_goes_to_nobody_when_another_voice_comes_in_between(extract_text, between):
    text = (
        "Pensioner dies in custody\n\n"
        "Ihar Lazouski, 70, died in a prison hospital in Minsk. His wife, Tamara Lazouskaya, had "
        "campaigned for his release, and her neighbour, Olga Kireyeva, collected signatures.\n\n"
        f"{between}\n\n"
        '"For a whole year we wrote to every office we could think of. Each time the answer came '
        "back that his condition was satisfactory.\n\n"
        '"Then they phoned and said it was his heart. Nobody was surprised except them," she said.'
    )
    openings = quote_openings(extract_text(text))
    assert ("Tamara Lazouskaya", "For a whole") not in openings
    assert ("Olga Kireyeva", "For a whole") not in openings


_ANONYMOUS = (
    "Families held in place of exiles\n\n"
    "Samir Haddad, a blogger who lives in Berlin, was sentenced in absentia to ten years. His "
    "father has been held without charge since March.\n\n"
    "The rights group spoke to Samir Haddad and two other relatives. {who} said the father had been "
    'refused his medicine. "When we were finally let in, he could not walk unaided," {pronoun} said.'
)


@pytest.mark.parametrize(
    ("who", "pronoun"),
    [
        ("A relative who asked not to be named", "she"),
        ("A cousin who did not want her name used", "she"),
        ("A relative who spoke on condition of anonymity", "he"),
    ],
)
def test_an_indefinite_description_speaks_for_someone_new(extract_text, who, pronoun):
    openings = quote_openings(extract_text(_ANONYMOUS.format(who=who, pronoun=pronoun)))
    assert ("Samir Haddad", "When we were") not in openings


def test_a_definite_role_still_names_its_holder(extract_text):
    text = (
        "Lawyer describes hearing\n\n"
        "Her lawyer, Rania Saleh, attended the closed hearing on Monday. The lawyer said the "
        'judge read the verdict in four minutes. "Nobody was allowed to speak," she said.'
    )
    assert ("Rania Saleh", "Nobody was allowed") in quote_openings(extract_text(text))


@pytest.mark.parametrize(
    "source",
    ["according to the prosecution,", "according to the indictment,", "according to prosecutors,"],
)
def test_according_to_a_source_right_before_the_marks_takes_the_quote_from_the_subject(extract_text, source):
    text = (
        "Barista jailed over posts\n\n"
        "A magistrate sentenced Ming Tsang, 27, to a year in prison after he admitted writing 20 posts "
        f'that, {source} "stirred up hatred against the government and the courts".'
    )
    openings = quote_openings(extract_text(text))
    assert ("Ming Tsang", "stirred up hatred") not in openings


def test_according_to_a_named_person_right_before_the_marks_gives_that_person(extract_text):
    text = (
        "Barista jailed over posts\n\n"
        "A magistrate sentenced Ming Tsang, 27, to a year in prison. He admitted the posts, which, "
        'according to his lawyer Grace Leung, "were written in anger and deleted within an hour."'
    )
    openings = quote_openings(extract_text(text))
    assert ("Ming Tsang", "were written in") not in openings
