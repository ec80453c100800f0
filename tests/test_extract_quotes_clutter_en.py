"""Session 18 English quotes: clutter between a quote and its speaker. A name inside the clause
the last speaker reports hands nobody the floor; a first clause the parser hung on a later verb
(a clause of reason, a misplaced comma) is still the sentence's main clause for the quote that
follows it; "As X puts it", "In the words of X", "In X's words" name the source; "offered" gives
things as often as words, and a named attribution right after a quote set off by commas is
surer than a verb before it. Sentences written for these tests (none copied from an evaluation
set), with precision traps."""

from __future__ import annotations

import pytest

from tests.extract_views import quote_openings as _quotes


@pytest.mark.parametrize(
    "tail",
    [
        "Ostrander told a crowd in Toledo, saying Governor Wilma Haskett would close the plant.",
        "Ostrander said, adding that Governor Wilma Haskett had broken her promise.",
        "Ostrander warned the crowd, arguing Governor Wilma Haskett would sell the land.",
    ],
)
def test_a_name_in_what_the_speaker_reports_hands_nobody_the_floor(extract_text, tail):
    result = extract_text(
        "Councilman Rudy Ostrander campaigned in Ohio on Friday.\n\n"
        f'"If she wins, there is nothing you can do about it," {tail}\n\n'
        '"Maybe the unions can stop her. I really do not know. It would be a sad day."'
    )
    assert ("Rudy Ostrander", "Maybe the unions") in _quotes(result)


def test_a_name_that_replies_in_between_still_takes_the_floor(extract_text):
    result = extract_text(
        "Councilman Rudy Ostrander campaigned in Ohio on Friday.\n\n"
        '"If she wins, there is nothing you can do about it," Ostrander said. Governor Wilma '
        "Haskett answered that the plant was safe.\n\n"
        '"Maybe the unions can stop her. I really do not know. It would be a sad day."'
    )
    assert ("Rudy Ostrander", "Maybe the unions") not in _quotes(result)


def test_a_speech_verb_the_parser_hung_on_a_later_verb_gives_the_next_quote(extract_text):
    result = extract_text(
        "Pollster Gideon Farrow has followed the race for months.\n\n"
        "Farrow wrote in a column for the Ledger that delegates pledged to Nadia Brill, even those "
        "who signed up before the race began, may change sides.\n\n"
        '"A win in Oregon would show how weak the front-runner really is."'
    )
    assert ("Gideon Farrow", "A win in") in _quotes(result)


def test_a_clause_of_reason_made_the_root_leaves_the_first_clause_its_subject(extract_text):
    result = extract_text(
        "The fundraiser Helga Marchetti has backed Ivo Sandor since the spring.\n\n"
        "Marchetti is hopeful about Sandor's chances in June, in part because she regards him as a "
        "unifier.\n\n"
        '"Not only can he win in June, he is our strongest shot at carrying the state."'
    )
    assert ("Helga Marchetti", "Not only can") in _quotes(result)


@pytest.mark.parametrize(
    "lead",
    [
        "As the Courier's Ottilie Brandauer puts it,",
        "As the Courier's Ottilie Brandauer put it,",
        "In the words of the Courier's Ottilie Brandauer,",
        "In Brandauer's words,",
    ],
)
def test_as_x_puts_it_and_in_the_words_of_x_name_the_source(extract_text, lead):
    result = extract_text(
        "The columnist Ottilie Brandauer covers the statehouse.\n\n"
        "Governor Amos Pell has not named a candidate.\n\n"
        f'{lead} "The senators are unmoved, and the activists are unimpressed."'
    )
    assert ("Ottilie Brandauer", "The senators are") in _quotes(result)


def test_put_it_as_an_act_speaks_no_words(extract_text):
    result = extract_text(
        "Clerk Ottilie Brandauer took the ballot box on Monday. Brandauer put it in the vault, "
        '"where the seal stays intact until the count."'
    )
    assert ("Ottilie Brandauer", "where the seal") not in _quotes(result)


def test_in_the_words_of_someone_unnamed_gives_no_speaker(extract_text):
    result = extract_text(
        "Governor Amos Pell spoke on Monday about the budget.\n\n"
        'In the words of one aide, "The governor has no plan and no money for one."'
    )
    assert ("Amos Pell", "The governor has") not in _quotes(result)


@pytest.mark.parametrize("verb", ["said", "recalled", "told the panel"])
def test_an_attribution_after_a_quote_set_off_by_commas_outranks_a_verb_before(extract_text, verb):
    result = extract_text(
        "Mayor Leopold Yarrow and Senator Corinne Abate disagreed about the grants.\n\n"
        'In 2011, when Yarrow offered the districts millions of dollars, "the districts were '
        f'losing money every month. They needed it," Abate {verb}.'
    )
    quotes = _quotes(result)
    assert ("Corinne Abate", "the districts were") in quotes
    assert ("Leopold Yarrow", "the districts were") not in quotes


def test_offering_things_speaks_no_words_but_offering_alone_does(extract_text):
    result = extract_text(
        'Mayor Leopold Yarrow offered the districts a new bus line, "and we will pay for the '
        'drivers too."\n\n'
        '"We can talk about it next week," Senator Corinne Abate offered.'
    )
    quotes = _quotes(result)
    assert ("Corinne Abate", "We can talk") in quotes


@pytest.mark.parametrize(
    "between",
    [
        "Haskett assured Pomeroy, after Pomeroy told her that most of his listeners backed her.",
        "Haskett told Pomeroy.",
        "Haskett promised Pomeroy, as Pomeroy nodded.",
    ],
)
def test_the_one_spoken_to_hands_nobody_the_floor(extract_text, between):
    result = extract_text(
        "The radio host Quentin Pomeroy interviewed Wilma Haskett on Monday. "
        f'"Your program is wonderful," {between} "I will not disappoint you."'
    )
    assert ("Wilma Haskett", "I will not") in _quotes(result)


def test_after_a_question_put_to_a_named_person_the_next_words_are_not_the_askers(extract_text):
    result = extract_text(
        "The radio host Quentin Pomeroy interviewed Wilma Haskett on Monday. "
        '"Are you running again?" Pomeroy asked Haskett. "Absolutely. I will not disappoint you."'
    )
    assert ("Quentin Pomeroy", "Absolutely. I will") not in _quotes(result)


@pytest.mark.parametrize(
    "clause",
    [
        "wrote in his memoir that the wardens knew to expect trouble",
        "told the committee that the inspectors had been warned",
    ],
)
def test_a_participle_after_a_clause_about_a_group_goes_on_from_the_reporter(extract_text, clause):
    result = extract_text(
        f'Congressman Hollis Grady {clause}, saying, "They did not riot every week, but in '
        'private we heard about it quickly."'
    )
    assert ("Hollis Grady", "They did not") in _quotes(result)


def test_a_participle_after_a_clause_about_a_named_person_stays_that_persons(extract_text):
    result = extract_text(
        "A staff member who attended the meeting said Senator Hollis Grady calmed the room, "
        'telling the other senators, "We have to treat him fairly."'
    )
    assert ("Hollis Grady", "We have to") in _quotes(result)


@pytest.mark.parametrize(
    "role", ["Judiciary ranking Democrat", "outgoing committee chairman", "acting director"]
)
def test_a_participle_in_the_role_after_an_inverted_verb_is_part_of_the_role(extract_text, role):
    result = extract_text(f'"The majority is furious about the ruling," said {role} Walter Tarrant.')
    assert ("Walter Tarrant", "The majority is") in _quotes(result)


def test_unnamed_people_after_an_inverted_verb_take_no_earlier_name(extract_text):
    result = extract_text(
        'Oswin Tarrant spoke first. "We lost the vote," said campaigning volunteers in Ohio.'
    )
    assert ("Oswin Tarrant", "We lost the") not in _quotes(result)
