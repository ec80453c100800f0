"""English, session 60 (helper enpersons, led by the persons missed or misread on the real-news
tune halves), in wordings invented for these tests:

* an office, a body or a party written right before a name with no comma ("Minister for Labour
  and Broadcasting X", "SDP MLCs X and Y", "rector of Tashkent Polytechnic University X") runs into
  the name; the name is the words after the office's last English verb or adjective, the body's
  head noun or its acronym, when two or more words are left and none of them is an English word;
* traps: a name whose first word is a known given name or an English noun ("Grace ...", "Saba
  ..."), a title ("Sir", "Lady"), a person entity the tagger began earlier, a body's own name
  ("Human Rights Watch") stay as they were.
"""

from __future__ import annotations

from tests.extract_views import event_pairs, quote_openings


def _names(result) -> set[str]:
    return {p.name for p in result.persons}


def test_office_verb_word_before_a_name_is_cut(extract_text) -> None:
    result = extract_text(
        "Engineer held\n\n"
        "Police detained an engineer on Monday. Minister for Information and Broadcasting Harun "
        'Qadeer said the detention "was lawful and necessary for public order."'
    )
    names = _names(result)
    assert "Harun Qadeer" in names
    assert not any(n.startswith("Broadcasting") for n in names)


def test_party_acronym_before_listed_names_is_cut(extract_text) -> None:
    result = extract_text(
        "Rally dispersed\n\n"
        "Police dispersed the rally. SDP MLCs Harish Verma and Gopal Rathore were detained outside "
        "the assembly on Monday."
    )
    pairs = event_pairs(result)
    assert ("arrest", "Harish Verma") in pairs
    assert not any(n.startswith("MLCs") for n in _names(result))


def test_body_name_before_a_name_leaves_the_name(extract_text) -> None:
    result = extract_text(
        "Scholar jailed\n\n"
        "Police arrested the former rector of Tashkent Polytechnic University Bakhtiyor Rustamov "
        "at his home on Tuesday."
    )
    names = _names(result)
    assert "Bakhtiyor Rustamov" in names
    assert not any("University" in n for n in names)


def test_known_given_name_keeps_a_long_name(extract_text) -> None:
    """Trap: a three-word name opened by a given name is the whole name."""
    pairs = event_pairs(
        extract_text("Activist held\n\nGrace Wanjiru Mwangi was arrested at her home in Nairobi on Friday.")
    )
    assert ("arrest", "Grace Wanjiru Mwangi") in pairs


def test_unlisted_given_name_that_is_a_noun_is_kept(extract_text) -> None:
    """Trap: an English noun that opens a name ("Saba") is no office: nouns alone never cut."""
    result = extract_text(
        "Protester sentenced\n\n"
        "Saba Kord Afshari, a protester, was sentenced to nine years in prison on Monday."
    )
    assert "Kord Afshari" not in _names(result)


def test_title_is_no_body_word(extract_text) -> None:
    """Trap: a title before a name is stripped by the title rules, never taken for a body."""
    result = extract_text(
        "Minister speaks\n\n"
        'Sir Keir Starmer said the sentence "must be reviewed at once." Sir Keir spoke in London.'
    )
    assert "Sir Keir" not in _names(result)


def test_body_name_alone_gives_no_person(extract_text) -> None:
    """Trap: a body's name is no person, cut or not."""
    result = extract_text(
        "Rights group\n\n"
        'Human Rights Watch said the detentions "violate international law," and asked for the '
        "release of all detainees."
    )
    assert not _names(result)
    assert all(speaker != "Rights Watch" for speaker, _ in quote_openings(result))


def test_short_english_word_opening_an_east_asian_name_is_kept(extract_text) -> None:
    """Trap: "Long", "Do" open East Asian names; a verb or adjective shorter than five letters
    never cuts."""
    result = extract_text(
        "Student held\n\nPolice detained Long Wei Ming, a student of history, at his home on Monday."
    )
    assert "Wei Ming" not in _names(result)
