"""English quotes (session 29), in wording invented for these tests.

* A quoted -ing phrase that a preposition before the marks takes ('jailed for "organising
  ..."', 'on charges of "inciting ..."', 'found guilty of "insulting ..."') names a charge in
  the narrator's clause: no quote, whoever tells the story. An active verb of praise or blame
  ('thanked X for "taking ..."') still reports words through its preposition.
* An interviewer may prompt with a statement ('There are rumours that ...'): inside an
  interview, such a one-sentence remark between an answer and a paragraph in the first person
  followed by the next question is a prompt, and that paragraph is an answer.
* The Belarusian man's ending -ou is shared by Maghrebi and Greek surnames: on a stem no
  Slavic name has (a doubled consonant), it tells no sex, so "she" can find the woman.
* The possessor of a noun of words speaks ('X's reply was brief: "..."'); 'In the words of
  <role> X' names X even when the parser reads the role noun as a verb; '"..." Those were the
  last words of X' names X.
* 'Q.' / 'A.' labels with a full stop, and labels in bold ('**Q:**'), mark transcript turns.
* '"...," reads a letter X sent': the written thing's author speaks; a placard or a sign
  with no author named is nobody's, not the speaker before.
* A roundup's entry 'X, on X: "..."' / 'X, speaking to journalists: "..."' (a name and only a
  phrase of where or how, no verb, before the colon) names the speaker; an institution in the
  same frame names nobody.
Traps: a ministry's statement names no person; a bare 'A.' initial without any 'Q.' is no
turn; a placard's slogan does not go to the previous speaker.
"""

from __future__ import annotations

import pytest

from tests.extract_views import quote_openings


@pytest.mark.parametrize(
    "sentence",
    [
        'A district court jailed the cartoonist for "publishing drawings that mock the authorities", '
        "his lawyer Aivar Sultanov told reporters.",
        'Prosecutors charged the cartoonist with "spreading deliberately false information", '
        "Aivar Sultanov, his lawyer, said.",
        'The cartoonist was also found guilty of "insulting the head of state online", said his '
        "lawyer, Aivar Sultanov.",
        'The cartoonist, who was detained on charges of "urging crowds to seize the capital", '
        "faces up to eight years, according to his lawyer Aivar Sultanov.",
    ],
)
def test_a_quoted_charge_after_a_preposition_is_no_quote(extract_text, sentence):
    intro = "A cartoonist, Daniyar Ermekov, was picked up by police in Almaty last spring."
    text = f"Cartoonist jailed\n\n{intro}\n\n{sentence}"
    assert not extract_text(text).quotes


def test_praise_or_blame_still_reports_words_through_its_preposition(extract_text):
    text = (
        "Rally in Almaty\n\n"
        'Opposition leader Zhanbolat Mamai praised the volunteers for "standing in the rain for '
        'our friends in prison." Mamai accused the police of "treating peaceful people like '
        'criminals every single weekend."'
    )
    openings = quote_openings(extract_text(text))
    assert ("Zhanbolat Mamai", "standing in the") in openings
    assert ("Zhanbolat Mamai", "treating peaceful people") in openings


_INTERVIEW = (
    "'We slept in our coats': a freed reporter on the detention centre\n\n"
    "Aygul Nurlanova, 34, was held for eleven months in Karaganda before a court released her "
    "in August. She spoke to our reporter in Almaty.\n\n"
    "How did the arrest happen?\n\n"
    "Police knocked before dawn. I was still asleep and my daughter opened the door.\n\n"
    "What was the cell like?\n\n"
    "Cold. We were eight women in a room for four, and I slept in my coat all winter.\n\n"
    "{prompt}\n\n"
    "I have heard that promise before. I will believe it when my colleagues are home.\n\n"
    "What will you do now?\n\n"
    "Write. I have no other trade, and I do not want another one.\n\n"
    "Nurlanova now works for an independent news site."
)


@pytest.mark.parametrize(
    "prompt",
    [
        "The ministry says the remaining journalists will be freed by spring.",
        "There are rumours of a new amnesty before the elections.",
    ],
)
def test_a_statement_put_to_the_interviewee_is_a_prompt(extract_text, prompt):
    openings = quote_openings(extract_text(_INTERVIEW.format(prompt=prompt)))
    assert ("Aygul Nurlanova", "I have heard") in openings
    assert ("Aygul Nurlanova", "Write. I have") in openings


def test_a_narrators_aside_after_the_interview_is_no_answer(extract_text):
    text = _INTERVIEW.format(prompt="Many of your colleagues remain in prison.").replace(
        "Nurlanova now works for an independent news site.",
        "Her editor declined to comment.\n\nI met her again a week later in a cafe near the court.",
    )
    openings = quote_openings(extract_text(text))
    assert not any(opening.startswith("I met her") for _, opening in openings)


def test_a_maghrebi_surname_ending_in_ou_leaves_she_to_the_woman(extract_text):
    text = (
        "Reporter freed\n\n"
        "Journalist Karima Bouhaddou walked out of a prison in Oran on Friday after a pardon.\n\n"
        "Bouhaddou, who had served eleven months for an article on fuel prices, thanked her "
        "readers.\n\n"
        '"Nobody should go to prison for counting queues at petrol stations," she wrote on '
        "Facebook."
    )
    assert ("Karima Bouhaddou", "Nobody should go") in quote_openings(extract_text(text))


@pytest.mark.parametrize(
    ("sentence", "name", "opening"),
    [
        (
            "Defence lawyer Rustam Iskakov's reply was brief: \"My client will appeal, and we "
            'expect to lose again."',
            "Rustam Iskakov",
            "My client will",
        ),
        (
            'In the words of rights monitor Yelena Semyonova, "Each acquittal here is a rare '
            'accident, not the rule."',
            "Yelena Semyonova",
            "Each acquittal here",
        ),
        (
            '"Tell mother I am eating well." Those were the last words of the defendant\'s brother, '
            "Timur Aliyev, to the court.",
            "Timur Aliyev",
            "Tell mother I",
        ),
    ],
)
def test_words_owned_by_a_named_person(extract_text, sentence, name, opening):
    text = (
        "Appeal hearing\n\nA court in Shymkent heard the appeal of Marat Aliyev, jailed in 2023 "
        f"for a post about the war, on Monday.\n\n{sentence}"
    )
    assert (name, opening) in quote_openings(extract_text(text))


def test_a_ministrys_statement_names_nobody(extract_text):
    text = (
        "Appeal hearing\n\nA court in Shymkent heard the appeal of Marat Aliyev on Monday.\n\n"
        "The ministry's statement was short: \"All procedures were followed and the verdict "
        'stands."'
    )
    assert not extract_text(text).quotes


_DOTTED = (
    "An interview with a freed lawyer\n\n"
    "Maxim Znak, a lawyer, was freed in September after five years behind bars; we met him "
    "in Vilnius.\n\n"
    "{q}Q.{q} What did you miss most?\n\n"
    "{q}A.{q} Books without a censor's stamp on them, and the sound of my sons arguing.\n\n"
    "{q}Q.{q} Do you mean to practise law again?\n\n"
    "{q}A.{q} Not in Belarus, and not for now."
)


@pytest.mark.parametrize("bold", ["", "**"])
def test_dotted_labels_mark_the_answers(extract_text, bold):
    openings = quote_openings(extract_text(_DOTTED.format(q=bold)))
    assert ("Maxim Znak", "Books without a") in openings
    assert ("Maxim Znak", "Not in Belarus,") in openings


def test_a_bold_colon_label_stays_out_of_the_answer(extract_text):
    text = (
        "An interview with a freed lawyer\n\n"
        "Maxim Znak, a lawyer, was freed in September. He spoke to us in Vilnius.\n\n"
        "**Q:** What did you miss most?\n\n"
        "**Maxim Znak:** Books without a censor's stamp on them.\n\n"
        "**Q:** Do you mean to practise law again?\n\n"
        "**Maxim Znak:** Not in Belarus, and not for now."
    )
    result = extract_text(text)
    assert {q.text.split()[0] for q in result.quotes} == {"Books", "Not"}


def test_an_initial_without_questions_is_no_turn(extract_text):
    text = (
        "Lawyer disbarred\n\n"
        "The justice ministry revoked the licence of lawyer Anton Hlushko on Tuesday.\n\n"
        "A. Hlushko had defended three journalists in 2023. He was not told the reason."
    )
    assert not extract_text(text).quotes


_LETTER = (
    "Letters from the colony\n\n"
    "Activist Darya Kazlova has spent two years in a women's colony near Homel.\n\n"
    '"Every day here is the same, so I number them," said her father, Yury Kazlou.\n\n'
    "{sentence}"
)


@pytest.mark.parametrize(
    "sentence",
    [
        '"Do not send more sweets, send books," reads a letter Kazlova wrote to her father in May.',
        '"I am learning English from a dictionary," reads a letter from Kazlova dated June 3.',
    ],
)
def test_the_author_of_a_letter_that_reads_the_words_speaks(extract_text, sentence):
    openings = quote_openings(extract_text(_LETTER.format(sentence=sentence)))
    assert any(name == "Darya Kazlova" and not opening.startswith("Every") for name, opening in openings)


def test_a_placards_words_are_not_the_last_speakers(extract_text):
    text = _LETTER.format(sentence='"Free all political prisoners now," read a placard outside the court.')
    openings = quote_openings(extract_text(text))
    assert not any(opening.startswith("Free all") for _, opening in openings)


_ROUNDUP = (
    "How the world reacted\n\nA court in Grodno jailed reporter Ihar Losik's colleague for six "
    "years.\n\n{entry}"
)


@pytest.mark.parametrize(
    ("entry", "name", "opening"),
    [
        (
            'Czech Foreign Minister Jan Lipavsky, on X: "An outrageous sentence for doing journalism."',
            "Jan Lipavsky",
            "An outrageous sentence",
        ),
        (
            'Norwegian MP Ingrid Fiskaa, speaking to journalists in Oslo: "We will raise the case in '
            'parliament this week."',
            "Ingrid Fiskaa",
            "We will raise",
        ),
    ],
)
def test_a_name_with_an_aside_before_the_colon_speaks(extract_text, entry, name, opening):
    assert (name, opening) in quote_openings(extract_text(_ROUNDUP.format(entry=entry)))


def test_an_institution_with_an_aside_names_nobody(extract_text):
    entry = 'The regional court, in its written ruling: "The guilt of the accused is fully proven."'
    assert not extract_text(_ROUNDUP.format(entry=entry)).quotes
