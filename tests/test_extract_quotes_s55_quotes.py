"""English quotes, session 55 (`quotes`), in wordings invented for these tests:

* words a named third person said, quoted inside an interview answer or a transcript turn
  ('He said to me: "..."' where he is someone the answer names), are that person's quote;
  an unnamed voice (a guard, a nurse) and the answerer's own quoted words stay inside the turn.
* '"...," the statement said' / '"...," the letter reads' after a sentence in which a named
  person said, wrote or sent that statement or letter gives the words to that person. Traps: a
  statement of an office, a letter someone received.
* a quote closing its paragraph, after a sentence of the same paragraph whose subject is a bare
  name that speaks or takes a stance there ('X himself is cautious. "..."', 'X called the ruling
  a warning. "..."', 'X says ... "..."'), is that person's. Traps: the name in the passive or in
  an event verb ('X was freed on Monday. "We ..."'), a name only acting ('X waited in the
  corridor.'), a second person in that sentence, a sentence between two quotes.
"""

from __future__ import annotations

import pytest

from tests.extract_views import quote_openings

# --- a named third person's words inside an answer ------------------------------------------

_NESTED = [
    (
        "Ruslan Abdulov",
        "Interview by Kira Sokolova\n\n"
        "Marat Ismailov, a teacher, spent two years in a colony near Ufa.\n\n"
        "Q: Who helped you there?\n\n"
        "Ismailov: My neighbour on the bunks, Ruslan Abdulov. On my first night he whispered to me: "
        '"Eat everything they give you, even the grey soup." I did.\n\n'
        "Q: Is he still inside?\n\n"
        "Ismailov: Yes. He has three more years.\n",
        "Eat everything they",
    ),
    (
        "Dina Karimova",
        "Interview by Oleg Petrenko\n\n"
        "Timur Sadykov was freed in March after four years.\n\n"
        "Q: What did your wife say when you came out?\n\n"
        "Sadykov: Dina Karimova, my wife, was waiting at the gate. The first thing she said was: "
        '"You need a haircut." Then she cried.\n\n'
        "Q: And now?\n\n"
        "Sadykov: Now I am learning to sleep with the light off.\n",
        "You need a",
    ),
]


@pytest.mark.parametrize(("speaker", "text", "opening"), _NESTED, ids=[s for s, _, _ in _NESTED])
def test_a_named_third_persons_words_inside_an_answer_are_theirs(
    extract_text, speaker, text, opening
) -> None:
    said = quote_openings(extract_text("A conversation\n\n" + text))
    assert (speaker, opening) in said, said


def test_an_unnamed_voice_inside_an_answer_stays_in_the_answer(extract_text) -> None:
    """Trap: 'a guard told me, "..."' inside an answer names nobody: no quote of its own."""
    said = quote_openings(
        extract_text(
            "A conversation\n\nInterview by Kira Sokolova\n\n"
            "Marat Ismailov, a teacher, spent two years in a colony near Ufa.\n\n"
            "Q: Were you allowed books?\n\n"
            'Ismailov: Some. A guard once told me, "Poetry is not on the list." So I learned it by heart.\n\n'
            "Q: And letters?\n\n"
            "Ismailov: Every one was opened.\n"
        )
    )
    assert not any(words.startswith("Poetry is") for _, words in said), said
    assert ("Marat Ismailov", "Some. A guard") in said, said


# --- 'the statement said' after 'X said in a statement' --------------------------------------

_TOLD_BEFORE = [
    (
        "Andrei Sitnikau",
        "Deputy Justice Minister Andrei Sitnikau said in a statement that the pardons were final. "
        '"Those released have accepted responsibility for what they did," the statement said.',
        "Those released have",
    ),
    (
        "Leyla Aliyeva",
        "Leyla Aliyeva, held in the Shuvalan women's prison since May, has sent a letter to her "
        'colleagues. "Do not stop publishing, whatever happens to me," the letter reads.',
        "Do not stop",
    ),
]


@pytest.mark.parametrize(("speaker", "text", "opening"), _TOLD_BEFORE, ids=[s for s, _, _ in _TOLD_BEFORE])
def test_the_text_told_before_is_its_givers(extract_text, speaker, text, opening) -> None:
    said = quote_openings(extract_text("News in brief\n\n" + text + "\n"))
    assert (speaker, opening) in said, said


def test_an_offices_statement_and_a_letter_received_are_nobodys(extract_text) -> None:
    """Traps: an office says it in a statement (no person); a person received the letter (the
    receiver is not its author)."""
    said = quote_openings(
        extract_text(
            "News in brief\n\n"
            "The Prosecutor's Office of Baku said in a statement that the case was closed. "
            '"All procedural rules were followed in full," the statement said.\n\n'
            "Sevda Mammadova received a letter from the colony on Tuesday. "
            '"The heating works only at night in the barracks," the letter reads.\n'
        )
    )
    opened = [name for name, words in said if words.startswith(("All procedural", "The heating"))]
    assert all(name == "?" for name in opened), said


# --- a first-person quote after a sentence about a named person ------------------------------

_NAMED_BEFORE = [
    (
        "Pavel Marchenko",
        "Lawyer Pavel Marchenko is careful with promises. "
        '"I can file the appeal, but I cannot tell the family it will work."',
        "I can file",
    ),
    (
        "Olga Brandt",
        "Olga Brandt, of the Berlin group Libereco, called the verdict a warning to every blogger. "
        '"Bloggers are the new target of the courts."',
        "Bloggers are the",
    ),
    (
        "Tomas Varga",
        'Tomas Varga says the colony has stopped passing on his letters. "The last one came in June."',
        "The last one",
    ),
]


@pytest.mark.parametrize(("speaker", "text", "opening"), _NAMED_BEFORE, ids=[s for s, _, _ in _NAMED_BEFORE])
def test_first_person_words_after_a_named_subject_are_theirs(extract_text, speaker, text, opening) -> None:
    lead = "Court news\n\nA verdict in Minsk was read on Tuesday.\n\n"
    said = quote_openings(extract_text(lead + text + "\n"))
    assert (speaker, opening) in said, said


def test_words_after_an_event_or_a_second_person_are_not_the_subjects(extract_text) -> None:
    """Traps: 'X was freed on Monday.' (passive, an event: the words may be anyone's answer);
    'X met her lawyer Y.' (two people named: either may be speaking); 'X waited in the corridor.'
    (X only acts, says nothing); a sentence between two quotes of the paragraph."""
    said = quote_openings(
        extract_text(
            "Court news\n\nA verdict in Minsk was read on Tuesday.\n\n"
            'Hanna Zhuk was freed on Monday. "We have waited for this day for three years."\n\n'
            'Iryna Sauchuk met her lawyer Mikhail Dzianisau in the corridor. "I was told to stay calm."\n\n'
            'Alena Kozel waited in the corridor all morning. "I knew the term before the judge read it."\n\n'
            '"The case was empty," said Ihar Savik, a lawyer. Judge Maryia Lis objected loudly. '
            '"I will not allow this in my court."\n'
        )
    )
    assert ("Hanna Zhuk", "We have waited") not in said, said
    assert ("Iryna Sauchuk", "I was told") not in said, said
    assert ("Alena Kozel", "I knew the") not in said, said
    assert ("Maryia Lis", "I will not") not in said, said
