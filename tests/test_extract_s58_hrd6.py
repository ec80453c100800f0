"""English, session 58 (helper hrd6, led by the tuning half of the real-news set `hrdnews6`),
in wordings invented for these tests:

* given names of world news (Arabic, South Asian, African, Southeast Asian) open a person's
  name where the statistical NER mislabels it ("Najam ...", "Fahim ...");
* a past perfect counted up to a bound that opens the sentence ("Before Monday, 15 people had
  been arrested", "Up until May, the state had executed 9") is a tally, no group count;
* quoted words whose noun phrase the narrator opened before the marks ('said the "arrest of X
  is a concern"') and an infinitive asked of someone followed by the narrator's participle
  ('urged the court to "release them," calling it ...') are fragments of indirect speech.
"""

from __future__ import annotations

from tests.extract_views import event_pairs, group_counts, quote_openings

# --- given names of world news ------------------------------------------------------------------


def test_world_given_name_opens_a_speaker(extract_text) -> None:
    result = extract_text(
        "Columnist questioned in Quetta\n\n"
        '"This country is not safe for reporters," Fahim Baloch wrote on Monday.'
    )
    assert any(p.name == "Fahim Baloch" for p in result.persons)
    assert ("Fahim Baloch", "This country is") in quote_openings(result)


def test_world_given_name_makes_an_owner_of_an_arrest(extract_text) -> None:
    pairs = event_pairs(
        extract_text(
            "Press freedom\n\nThe party's history with the press is long, from Najam Qadri's 1999 arrest "
            "on treason charges to the passage of the cyber law."
        )
    )
    assert ("arrest", "Najam Qadri") in pairs


def test_a_given_name_does_not_make_a_place_a_person(extract_text) -> None:
    """Trap: a capitalised run that only starts like a name stays out ("the British Raj")."""
    result = extract_text(
        "History lesson\n\nThe museum tells the story of the British Raj and of the salt march. "
        "Police detained the curator Anna Berg on Monday."
    )
    names = {p.name for p in result.persons}
    assert "Anna Berg" in names
    assert not any("Raj" in n for n in names)


# --- fragments of indirect speech -----------------------------------------------------------------


def test_noun_phrase_opened_outside_the_marks_is_no_quote(extract_text) -> None:
    result = extract_text(
        "Union protests\n\nThe union's leaders Martin Salehi and Nora Haddad in a joint statement said the "
        '"detention of a respected reporter like Ali Rahimi is a matter of the gravest concern".'
    )
    assert not any(s == "Martin Salehi" for s, _ in quote_openings(result))


def test_quote_that_opens_its_own_noun_phrase_stays(extract_text) -> None:
    """Trap: the words open their own sentence; the determiner is inside the marks."""
    result = extract_text(
        "Union protests\n\n"
        '"The detention of a respected reporter is a matter of the gravest concern," Martin Salehi said.'
    )
    assert ("Martin Salehi", "The detention of") in quote_openings(result)


def test_infinitive_asked_then_narrators_participle_is_no_quote(extract_text) -> None:
    result = extract_text(
        "Mother speaks\n\nOutside the court, Helen Marsh urged the government to "
        '"bring home every citizen held abroad without charge," calling it a national disgrace.'
    )
    assert not any(s == "Helen Marsh" for s, _ in quote_openings(result))


def test_words_of_their_own_sentence_before_a_participle_stay(extract_text) -> None:
    """Trap: the words open their own sentence (no "to" of the narrator's outside the marks), so a
    participle after them changes nothing."""
    result = extract_text(
        "Mother speaks\n\nOutside the court, Helen Marsh spoke to the crowd.\n\n"
        '"Bring home every citizen held abroad without charge," she said, calling it a national disgrace.'
    )
    assert ("Helen Marsh", "Bring home every") in quote_openings(result)


# --- a tally up to a bound -------------------------------------------------------------------------


def test_tally_before_a_day_gives_no_count(extract_text) -> None:
    result = extract_text(
        "Security law\n\nPolice arrested the publisher Dan Kwok on Monday. Before Monday, 12 people, "
        "among them students, had been arrested under the law."
    )
    assert ("arrest", 12) not in group_counts(result)
    assert ("arrest", "Dan Kwok") in event_pairs(result)


def test_tally_up_until_a_day_gives_no_count(extract_text) -> None:
    result = extract_text(
        "Executions\n\nUp until Friday, the state had executed nine people convicted of drug crimes "
        "this year."
    )
    assert ("death", 9) not in group_counts(result)


def test_count_by_an_hour_of_the_day_stays(extract_text) -> None:
    """Trap: "By late afternoon, ... had released 23" tells one release; its count stays."""
    result = extract_text(
        "Amnesty\n\nBy late afternoon, the prison authorities had released 23 prisoners held under the law."
    )
    assert ("release", 23) in group_counts(result)


def test_bound_after_the_count_is_no_tally(extract_text) -> None:
    """Trap: a "before" clause after the verb dates the arrest; the count stays."""
    result = extract_text("Protest\n\nPolice had arrested 15 people before the march began on Monday.")
    assert ("arrest", 15) in group_counts(result)
