"""English quote speakers, session 58 (helper quotesreal, led by the census of quote misses and
false positives on the real English tuning halves and the English read sets), in wordings
invented for these tests:

* words that open their sentence right after a sentence that puts a question to a person who
  answers with no speech verb ("Asked whether ..., she laughs.", "X was asked what ...") are
  that person's answer. Not when the one asked refuses or declines, when the sentence is
  negated, when the one asked is no person ("the ministry"), when a "she" is named nowhere in
  the paragraph, nor when the question comes from a named asker ("was asked by Y");
* a lone word that is the opening letters of a longer surname ("Liu" / "Zhou Liuming") is
  another name, not a spelling of that surname: "Liu said" is not Zhou Liuming's;
* a pull quote signed after a dash with a name and then who the person is ('— X, 58, a
  retired nurse who ...') is that person's, also in a live blog's entry that opens with its
  time ('14:05 — "..." — X, ...'); not when the words after the dash name nobody of the story
  or someone else's relation only;
* "Witness" before a name is a role ("Witness Dzmitry X, a colleague, ..."), as "Lawyer" is.
"""

from __future__ import annotations

import pytest

from tests.extract_views import quote_openings
from vigil.extract.en.persons import same_surname

# --- an answer to a question, with a gesture instead of a speech verb -----------------------------


@pytest.mark.parametrize(
    ("text", "speaker", "opening"),
    [
        (
            "Waiting at the gate\n\nMarta Velk has travelled to the colony every month since her "
            "son was jailed in 2021. Asked whether she has thought of giving up, she laughs. "
            '"Who else would bring him warm socks?"',
            "Marta Velk",
            "Who else would",
        ),
        (
            "A quiet man\n\nThe trial of the mechanic Oleg Varsh went into its third day. His "
            "neighbour Pavel Orsk was asked what the accused was like at home. "
            '"Calm. He fixed every bicycle on our street."',
            "Pavel Orsk",
            "Calm. He fixed",
        ),
        (
            "Waiting at the gate\n\nTomas Brell, 70, lost his job after his daughter's arrest. "
            "Asked what he would tell the judge, he stares at the window for a long time. "
            '"That she only carried a flag."',
            "Tomas Brell",
            "That she only",
        ),
    ],
)
def test_words_after_a_question_answered_by_a_gesture_are_the_answer(
    extract_text, text: str, speaker: str, opening: str
) -> None:
    assert (speaker, opening) in quote_openings(extract_text(text))


@pytest.mark.parametrize(
    ("text", "opening"),
    [
        # the one asked turns away: the words after are someone else's
        (
            "Verdict\n\nMarta Velk was jailed in 2021. Asked about the verdict, she turned away. "
            '"The sentence is fair and final."',
            "The sentence is",
        ),
        # a negated answer
        (
            "Verdict\n\nMarta Velk was jailed in 2021. Asked about her case, the guard Ivo Brandt "
            'did not answer. "Nobody here knows anything."',
            "Nobody here knows",
        ),
        # the one asked is no person
        (
            "Verdict\n\nMarta Velk was jailed in 2021. The ministry was asked about the case on "
            'Monday. "We do not comment on individual prisoners."',
            "We do not",
        ),
        # a named asker: the one asked is not said to answer
        (
            "Verdict\n\nMarta Velk was jailed in 2021. Her sister Anna Velk was asked by the judge "
            'about the letters. "They were never sent."',
            "They were never",
        ),
    ],
)
def test_words_after_a_question_not_answered_get_no_answerer(extract_text, text: str, opening: str) -> None:
    spoken = quote_openings(extract_text(text))
    assert ("Marta Velk", opening) not in spoken
    assert ("Ivo Brandt", opening) not in spoken
    assert ("Anna Velk", opening) not in spoken


def test_a_she_named_only_paragraphs_back_takes_no_answer(extract_text) -> None:
    spoken = quote_openings(
        extract_text(
            "Five years\n\nMarta Velk has written to her husband every week since 2021.\n\n"
            "Their daughter, now 20, studies in Riga. She was fifteen when he was taken.\n\n"
            "Asked what she would say to him, she is silent for a while.\n\n"
            '"That I finished school. That I am fine."'
        )
    )
    assert ("Marta Velk", "That I finished") not in spoken


# --- a name that only opens a longer surname -----------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("xiao", "xiaoping", False),
        ("rahmon", "rahmonzoda", False),
        ("sadyr", "sadyrov", False),
        ("navalny", "navalnyi", True),
        ("khaletski", "khalecki", True),
        ("verbitski", "verbitsky", True),
    ],
)
def test_a_surname_is_not_the_opening_of_a_longer_one(a: str, b: str, same: bool) -> None:
    assert same_surname(a, b) is same


def test_a_lone_name_opening_a_longer_surname_speaks_for_its_own_person(extract_text) -> None:
    spoken = quote_openings(
        extract_text(
            "Activist detained\n\nLiu Qiang, director of the Hong Kong group Open Cells, said the "
            "arrest broke the law.\n\nThe campaign grew as the ageing leader Zhou Liuming fell ill, "
            'Liu said. "This is a government that fears its own people," said Liu, speaking in Manila.'
        )
    )
    assert ("Zhou Liuming", "This is a") not in spoken


# --- a pull quote signed with a name and a description ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker", "opening"),
    [
        (
            "THE WEEK IN TBILISI\n\nMore protesters were detained on Friday night.\n\nVOICE OF THE WEEK\n"
            '"Every night they take a few of us. Every night more of us come." — Nino Sharia, 58, a '
            "retired nurse who has stood outside parliament since December.\n\nNEXT WEEK\n"
            "An appeal hearing is due on Tuesday.",
            "Nino Sharia",
            "Every night they",
        ),
        (
            "Verdict day, live\n\n14:30 — The court sentenced Davit Abuladze to three years.\n\n"
            '14:05 — "He only carried a flag. He is not a criminal." — Tamar Abuladze, the '
            "defendant's sister, at the courthouse door.\n\n13:40 — The hearing resumed.",
            "Tamar Abuladze",
            "He only carried",
        ),
    ],
)
def test_pull_quote_signed_with_name_and_description(
    extract_text, text: str, speaker: str, opening: str
) -> None:
    assert (speaker, opening) in quote_openings(extract_text(text))


def test_pull_quote_signed_with_someone_unnamed_gets_no_named_speaker(extract_text) -> None:
    spoken = quote_openings(
        extract_text(
            "THE WEEK IN TBILISI\n\nNino Sharia was detained on Friday night.\n\nVOICE OF THE WEEK\n"
            '"Every night they take a few of us. Every night more of us come." — a retired nurse, '
            "58, who asked not to be named.\n\nNEXT WEEK\nAn appeal hearing is due on Tuesday."
        )
    )
    assert ("Nino Sharia", "Every night they") not in spoken


def test_witness_before_a_name_is_a_role_not_a_given_name(extract_text) -> None:
    result = extract_text(
        "Day three\n\nThe trial of the mechanic Oleg Varsh went on. Witness Dzmitry Haurylchyk, a "
        'colleague, was asked what Varsh was like at work. "Careful. He checked every bolt twice."'
    )
    assert "Dzmitry Haurylchyk" in {p.name for p in result.persons}
    assert ("Dzmitry Haurylchyk", "Careful. He checked") in quote_openings(result)
