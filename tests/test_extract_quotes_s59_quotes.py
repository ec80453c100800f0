"""English quotes on real news, session 59 (helper quotes, led by the census of false and missed
quotes on the real English tuning halves and the English read sets, docs/extract.md "Session 59 —
quotes on real news (quotes)"), in wordings invented for these tests:

* words in marks joined by "and"/"but"/"or" to earlier words in marks of the same sentence that
  were read as no speech ('had "shown remorse" ... and "saved the witnesses ..."') are no speech
  either; joined to a real quote ('said, "We are tired," and "we will not stop"'), or in the next
  sentence, they stay quotes;
* a name set off by a comma before its role noun ('"...," Raj Mehta, U.S. attorney, said') is the
  speaker, though the parser hangs it on the noun; a name that modifies the noun with no comma
  ('a Mehta aide said') speaks no words;
* a "he said" chained back to a name past a description the name does not fit names nobody;
* Russian: a past-tense predicate in marks after a mid-clause «по словам X» is no quote.
"""

from __future__ import annotations

import pytest

from tests.extract_views import quote_openings

HEAD = "Verdict in Kaunas\n\n"


# --- a second part joined to a fragment -----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        HEAD + 'The judge Omar Lint said the couple had "shown remorse at an early stage" by pleading guilty '
        'and "saved the witnesses from having to relive the worst days of their lives."',
        HEAD + 'Lena Marsh said that "the law is not aimed at anyone," and "when the courts are fair again, '
        'we will ask for its repeal."',
    ],
)
def test_words_joined_to_a_fragment_are_no_quote(extract_text, text):
    assert quote_openings(extract_text(text)) == set()


def test_words_joined_to_a_real_quote_stay_quotes(extract_text):
    # trap: the first words in marks are said (after "said,"), so the second part is said too
    result = extract_text(
        HEAD + 'Lena Marsh said, "We are tired of waiting," and "we will not stop now," before she left '
        "the court."
    )
    assert quote_openings(result) == {("Lena Marsh", "We are tired"), ("Lena Marsh", "we will not")}


def test_a_quote_in_the_next_sentence_is_not_joined(extract_text):
    # trap: a stop ends the fragment's sentence; "And" opens a sentence of its own with a speaker
    result = extract_text(
        HEAD + 'Lena Marsh called the ruling "a disgrace." And "we will fight on," she added.'
    )
    assert quote_openings(result) == {("Lena Marsh", "we will fight")}


def test_a_quote_broken_by_its_tag_stays_whole(extract_text):
    # trap: '"...," said X, "and ..."' is one speaker's two parts, no fragment before
    result = extract_text(HEAD + '"We will appeal," said Lena Marsh, "and we will win."')
    assert quote_openings(result) == {("Lena Marsh", "We will appeal"), ("Lena Marsh", "and we will")}


# --- a name set off before its role ---------------------------------------------------------------


def test_a_name_set_off_before_its_role_speaks(extract_text):
    # (whether the parser hangs the name on the role as "nmod" depends on the name itself; with
    # these words it may not, and the test then guards the older reading's result, the same speaker)
    result = extract_text(
        HEAD + '"We will never forget them," Raj Mehta, U.S. attorney, said after the hearing.'
    )
    assert quote_openings(result) == {("Raj Mehta", "We will never")}


def test_a_name_that_modifies_a_role_does_not_speak(extract_text):
    # trap: no comma, "a Mehta aide" is someone else, unnamed
    result = extract_text(
        HEAD + '"The sentence is far too harsh," a Mehta aide said after the hearing. Ravi Mehta left '
        "without comment."
    )
    assert ("Ravi Mehta", "The sentence is") not in quote_openings(result)


# --- a chain of "he said" back past a description ------------------------------------------------

_CHAIN = (
    "Two reporters flee\n\n"
    "The government has been criticised since the killing of the blogger Omar Fadil last year in a "
    "consulate abroad.\n\n"
    "The case of the two men dates to 2020, when a foreign crew visited the country. {who} told "
    "Reuters that, in his job at the ministry, he arranged interviews for the crew.\n\n"
    "He said that, without his knowledge, the crew met two dissidents who were later arrested.\n\n"
    "He said he was told to stop working with foreign media. He began to suspect his phone was "
    "monitored.\n\n"
    "He said the family threatened to call the police, and the two men fled the country.\n\n"
    '"I love my country, and I have defended it many times on television," he said.'
)


def test_a_he_chain_past_an_unnamed_description_names_nobody(extract_text):
    # the "he" goes on about "the older reporter", whom the story never names
    result = extract_text(_CHAIN.format(who="The older reporter"))
    assert ("Omar Fadil", "I love my") not in quote_openings(result)


def test_a_he_chain_past_a_description_that_fits_keeps_the_name(extract_text):
    # trap: "the blogger" is the role the story gave Omar Fadil, so the chain is his
    text = (
        "A reporter flees\n\n"
        "The blogger Omar Fadil was released last year after two years in a prison near the capital.\n\n"
        "The case dates to 2020, when a foreign crew visited the country. The blogger told Reuters that, "
        "in his job at the ministry, he arranged interviews for the crew.\n\n"
        "He said that, without his knowledge, the crew met two dissidents who were later arrested.\n\n"
        "He said he was told to stop working with foreign media. He began to suspect his phone was "
        "monitored.\n\n"
        "He said the family threatened to call the police, and the two men fled the country.\n\n"
        '"I love my country, and I have defended it many times on television," he said.'
    )
    assert quote_openings(extract_text(text)) == {("Omar Fadil", "I love my")}


# --- Russian: a past-tense predicate in marks after «по словам X» ---------------------------------


def _ru_quotes(result) -> set[tuple[str, str]]:
    names = {p.id: p.name for p in result.persons}
    return {(names.get(q.speaker or "", "?"), " ".join(q.text.split()[:3])) for q in result.quotes}


@pytest.mark.parametrize(
    "body",
    [
        'Судья Елена Старостина, по словам Оксаны Ивановой, "даже не подняла глаз", когда зачитывала '
        "приговор.",
        'Активиста Петра Громова отвезли на допрос, где, по его словам, "били головой об стену и пол".',
    ],
)
def test_ru_past_predicate_after_according_is_no_quote(run, body):
    result = run("Приговор в Тюмени\n\nПрокурор запросил шесть лет. " + body, "ru")
    assert _ru_quotes(result) == set()


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # trap: a subject of its own inside the marks
        (
            'Оксана Иванова, по её словам, "я ничего не знала о деле до самого ареста".',
            {("Оксана Иванова", "я ничего не")},
        ),
        # trap: «по словам X» opens the sentence, the words in marks are a clause of their own
        (
            'По словам Оксаны Ивановой, "суд даже не стал слушать защиту".',
            {("Оксана Иванова", "суд даже не")},
        ),
        # trap: after a colon the according phrase opens a clause of its own
        (
            'Суд дал меньше, но радоваться нечему: по словам адвоката Петра Громова, "всё обвинение '
            'строилось на показаниях одного свидетеля".',
            {("Пётр Громов", "всё обвинение строилось")},
        ),
    ],
)
def test_ru_words_after_according_with_a_clause_stay_quotes(run, body, expected):
    result = run("Приговор в Тюмени\n\n" + body, "ru")
    assert _ru_quotes(result) == expected
