"""English quotes, session 52 (`quotes`), in wordings invented for these tests:

* a broadcast transcript labels its turns with the speaker's name in capitals, often the only
  place the name is written ('HOST (ANA LUKIC):', 'PETAR ILIC (CIVIC WATCH):'); in a dialogue
  those names are persons and their turns are their quotes. Traps: a one-off capital heading
  ('READ MORE:', 'URGENT ACTION:') and labels that never take the floor twice name nobody.
* a live blog's entry 'Name, <where/how/who>: "..."' names its speaker after a time stamp, with
  a participle, an adverb or a relative clause as the aside (trap: a clause with its own verb).
* a list item's bullet before a quote opens its sentence ('* "...," X told Reuters').
* a participle that names the medium ('In a video posted on X, ...') is no speech verb before a
  colon; the colon gives the words to the clause's subject.
* a relative told dead between a pronoun and its antecedent takes no floor from the antecedent.
"""

from __future__ import annotations

from tests.extract_views import quote_openings

_PODCAST = (
    "Voices from the Dock, episode 12 (transcript)\n\n"
    "Recorded in Belgrade. Edited for length.\n\n"
    "HOST (ANA LUKIC): Good evening. With me is Dragan Vesic, whose brother was jailed in March. "
    "Dragan, what happened?\n\n"
    "DRAGAN VESIC: They took him at dawn. Nobody showed us a warrant.\n\n"
    "ANA LUKIC: And the lawyers?\n\n"
    "PETAR ILIC (CIVIC WATCH): We were not allowed to see him for nine days. That is the pattern.\n\n"
    "ANA LUKIC: Is it getting worse?\n\n"
    "PETAR ILIC (CIVIC WATCH): Every month we count more cases than the month before.\n"
)


def test_capital_turn_labels_in_a_dialogue_name_their_speakers(extract_text) -> None:
    result = extract_text(_PODCAST)
    names = {p.name for p in result.persons}
    assert {"Ana Lukic", "Petar Ilic"} <= names
    assert "Civic Watch" not in names  # the body a voice speaks for is nobody
    said = quote_openings(result)
    assert ("Ana Lukic", "Good evening. With") in said
    assert ("Ana Lukic", "And the lawyers?") in said
    assert ("Dragan Vesic", "They took him") in said
    assert ("Petar Ilic", "We were not") in said
    assert ("Petar Ilic", "Every month we") in said


def test_one_off_capital_headings_name_nobody(extract_text) -> None:
    """Trap: headings in capitals that no voice repeats are no turns."""
    result = extract_text(
        "Court jails blogger in Minsk\n\n"
        "URGENT ACTION: WRITE TO THE AUTHORITIES NOW\n\n"
        "A court in Minsk sentenced blogger Ihar Bely to three years on Tuesday.\n\n"
        "READ MORE: Another blogger detained in Homel\n\n"
        "TEODOR VANCEA: a note on our sources for this story\n"
    )
    assert not {p.name for p in result.persons} & {"Urgent Action", "Read More", "Teodor Vancea"}
    assert not result.quotes


def test_a_live_blog_entry_with_an_aside_names_its_speaker(extract_text) -> None:
    result = extract_text(
        "Live: verdict in the Tbilisi case\n\n"
        "11:05\nThe judge has begun reading the verdict.\n\n"
        '11:40 - Defence lawyer Tamar Beridze, representing three of the accused: "Not one video '
        'shows my clients touching anyone."\n\n'
        '12:15\nThe mother of one defendant, Nana Kapanadze, outside: "He is twenty. He was holding '
        'a flag."\n\n'
        '12:40\nRights lawyer Levan Abashidze, who came from Batumi for the hearing: "This is a '
        'punishment for protest, nothing else."\n'
    )
    said = quote_openings(result)
    assert ("Tamar Beridze", "Not one video") in said
    assert ("Nana Kapanadze", "He is twenty.") in said
    assert ("Levan Abashidze", "This is a") in said


def test_a_clause_before_the_colon_is_no_entry_label(extract_text) -> None:
    """Trap: a sentence whose name part has its own verb does not give the name the quote."""
    result = extract_text(
        "Live: verdict in the Tbilisi case\n\n"
        "11:40 - The court heard Tamar Beridze, who was given two years, and then a statement by "
        'the prosecution: "The guilt of all the accused is proven."\n'
    )
    assert ("Tamar Beridze", "The guilt of") not in quote_openings(result)


def test_a_bulleted_quote_is_attributed_after_it(extract_text) -> None:
    result = extract_text(
        "BRIEF-Court frees union leader in Aktobe\n\n"
        "* The court in Aktobe gave union leader Serik Omarov a two-year suspended term.\n"
        '* "We will appeal. He did nothing but organise a meeting," lawyer Gulnara Ismailova told '
        "Reuters.\n"
    )
    assert ("Gulnara Ismailova", "We will appeal.") in quote_openings(result)


def test_a_bullet_before_a_scare_quote_makes_no_quote(extract_text) -> None:
    """Trap: the bullet opens the sentence, but a short quoted label is still no speech."""
    result = extract_text(
        "BRIEF-Court frees union leader in Aktobe\n\n"
        '* "Extremism" charges were dropped against Serik Omarov on Monday.\n'
    )
    assert not result.quotes


def test_a_medium_participle_before_a_colon_leaves_the_words_to_the_subject(extract_text) -> None:
    result = extract_text(
        "Teenager dies in police custody\n\n"
        "Student Arman Sadeghi, 17, died in custody in Tabriz on Sunday. In a clip shared on "
        "Telegram, his uncle, Karim Sadeghi, shows the boy's school report: \"He wanted to be an "
        'engineer. They sent him back to us in a coffin."\n'
    )
    assert ("Karim Sadeghi", "He wanted to") in quote_openings(result)


def test_a_medium_with_its_author_still_names_nobody_else(extract_text) -> None:
    """Trap: the colon after a clause about the post names no new speaker from its subject."""
    result = extract_text(
        "Teenager dies in police custody\n\n"
        "Student Arman Sadeghi, 17, died in custody in Tabriz on Sunday. In a clip shared on "
        'Telegram, the police statement was read aloud: "The detainee suffered a heart attack."\n'
    )
    assert not any(name not in ("?",) for name, _ in quote_openings(result))


def test_a_relative_told_dead_takes_no_floor(extract_text) -> None:
    result = extract_text(
        "Pardoned blogger to visit family grave\n\n"
        "Blogger Omar Nasser walked out of prison on Sunday, his sister, Leila Nasser, said.\n\n"
        "Leila Nasser said her brother would first go to their father's grave. Their mother died "
        "in 2021 while he was in prison.\n\n"
        '"He asked for a clean shirt and a razor," she said.\n'
    )
    assert ("Leila Nasser", "He asked for") in quote_openings(result)


def test_a_living_relative_between_still_takes_the_floor(extract_text) -> None:
    """Trap: a living relative of the pronoun's sex, described but not named, may be the speaker."""
    result = extract_text(
        "Pardoned blogger to visit family grave\n\n"
        "Blogger Omar Nasser walked out of prison on Sunday, his sister, Leila Nasser, said.\n\n"
        "Their mother waited at the gate with a thermos of tea.\n\n"
        '"He asked for a clean shirt and a razor," she said.\n'
    )
    assert ("Leila Nasser", "He asked for") not in quote_openings(result)


def test_a_glued_outlet_name_keeps_the_second_pair_with_its_speaker(extract_text) -> None:
    """'Sibir.Realii': the parser cuts a sentence at a stop glued to the next word."""
    result = extract_text(
        "Court jails three in Tomsk\n\n"
        '"They were tried for a prayer meeting," defence lawyer Ruslan Akhmetov told Sibir.Realii after '
        'the hearing. "There is no weapon in the whole case file."\n'
    )
    assert ("Ruslan Akhmetov", "There is no") in quote_openings(result)


def test_a_prison_named_between_two_pairs_hands_nobody_the_floor(extract_text) -> None:
    result = extract_text(
        "Releases in Caracas\n\n"
        '"I counted every morning on the wall," Yelitza Marcano said outside the Yare prison, where her '
        'family had waited since dawn. "Three hundred and ten. Then I stopped."\n'
    )
    assert ("Yelitza Marcano", "Three hundred and") in quote_openings(result)


def test_someone_else_between_two_pairs_still_takes_the_floor(extract_text) -> None:
    """Trap: a name in between that is a person's, not a place's, ends the first speaker's turn."""
    result = extract_text(
        "Releases in Caracas\n\n"
        '"I counted every morning on the wall," Yelitza Marcano said. Her lawyer, Jorge Pineda, '
        'spoke next. "The case file is empty."\n'
    )
    assert ("Yelitza Marcano", "The case file") not in quote_openings(result)


def test_a_group_member_named_before_a_speech_verb_is_a_person(extract_text) -> None:
    result = extract_text(
        "Activist deported\n\n"
        '"Sending him home means sending him to a cell," group member Khamsing Vongsa told RFA.\n'
    )
    assert ("Khamsing Vongsa", "Sending him home") in quote_openings(result)


def test_a_nickname_used_alone_keeps_the_pronoun_after_it(extract_text) -> None:
    result = extract_text(
        "Bangkok court jails activist\n\n"
        'A Bangkok court on Tuesday sentenced Supaporn "Nok" Chaiwat, 24, to six years for royal '
        "defamation.\n\n"
        "Smiling, Nok raised three fingers as she was led away by guards.\n\n"
        '"I regret nothing. I would say it all again," she told reporters before the hearing.\n'
    )
    assert ("Supaporn Chaiwat", "I regret nothing.") in quote_openings(result)
    assert "Nok" not in {p.name for p in result.persons}


def test_a_nickname_that_is_someone_elses_name_is_not_linked(extract_text) -> None:
    """Trap: a nickname that another person's name holds stays that person's."""
    result = extract_text(
        "Bangkok court jails activist\n\n"
        'A Bangkok court on Tuesday sentenced Supaporn "Ploy" Chaiwat, 24, to six years. Her friend '
        "Ploy Rattana, a student, watched from the gallery.\n\n"
        '"She did nothing wrong," Ploy said.\n'
    )
    assert ("Supaporn Chaiwat", "She did nothing") not in quote_openings(result)
