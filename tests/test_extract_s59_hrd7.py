"""English, session 59 (helper hrd7, led by the tuning half of the real-news set `hrdnews7`),
in wordings invented for these tests:

* a quote that is a sentence of its own, right after a sentence whose speaker is named only
  beside a quoted phrase ('The group is "alarmed by the numbers," Ruth Adler said. "We ..."'),
  is that speaker's: the phrase is no quote of its own, so it no longer hides the sentence
  before; a tag set off by commas ('..., Adler said, as the strike goes on.') speaks too;
* "continue" with a verb of its own ('as the strike continues to spread') tells that
  something goes on, and is no second speaker of that sentence; with a quoted phrase in the
  sentence before, only a speech verb after the phrase speaks for the next quote;
* a count that a monitor gives for a whole year ('According to the union, 64 reporters were
  detained ... last year', '... in 2023, according to ...') is a year's statistic, no group;
  a month or a day in the sentence makes it one event's.
"""

from __future__ import annotations

from tests.extract_views import group_counts, quote_openings

INTRO = '"We count every case," said Ruth Adler, who heads the monitor.\n\n'


def test_quote_after_a_phrase_tagged_sentence_is_the_taggers(extract_text) -> None:
    result = extract_text(
        "Writers behind bars\n\n"
        + INTRO
        + 'Poets are often "the first to be silenced when a government hardens," '
        'Adler said. "We wanted the number out there, and it is a hard number."'
    )
    assert ("Ruth Adler", "We wanted the") in quote_openings(result)


def test_tag_set_off_by_commas_speaks_for_the_next_quote(extract_text) -> None:
    result = extract_text(
        "Writers behind bars\n\n"
        + INTRO
        + 'The monitor remains "worried about the detainees in the far west," '
        "Adler said, particularly as the epidemic continues to spread in the camps. "
        '"Getting them out is urgent now."'
    )
    assert ("Ruth Adler", "Getting them out") in quote_openings(result)


def test_a_phrase_quoted_without_a_named_speaker_gives_no_speaker(extract_text) -> None:
    """Trap: the sentence before holds a quoted phrase but nobody named speaks in it."""
    result = extract_text(
        "Writers behind bars\n\n" + INTRO + 'The ministry called the report "a pack of lies" on Monday. '
        '"Nobody here reads it anyway."'
    )
    assert not any(opening.startswith("Nobody here") for _, opening in quote_openings(result))


def test_two_named_speakers_before_give_no_speaker(extract_text) -> None:
    """Trap: a phrase of one speaker and the words of another in the sentence before: no owner."""
    result = extract_text(
        "Writers behind bars\n\n"
        + INTRO
        + 'The case is "a scandal of our time," Adler said, and the minister '
        'Paul Greer said it was closed. "The file is shut for good."'
    )
    assert not any(opening.startswith("The file is") for _, opening in quote_openings(result))


def test_a_verb_before_the_phrase_does_not_speak(extract_text) -> None:
    """Trap: 'Reacting to the trial of Y for "phrase", X said:' gives the next quote to X, not Y."""
    result = extract_text(
        "Writers behind bars\n\nThe novelist Omar Haddad was sentenced to six years on Monday.\n\n"
        'Reacting to the verdict against Haddad for "spreading false news", the PEN director, '
        "Ruth Adler, said:\n\n"
        '"Omar wrote a novel. For that he will spend six years in a cell."'
    )
    assert ("Omar Haddad", "Omar wrote a") not in quote_openings(result)


def test_quote_after_a_whole_quote_still_goes_on_with_its_speaker(extract_text) -> None:
    """The old path is kept: a full quote, then another, is one speaker going on."""
    result = extract_text(
        "Writers behind bars\n\n" + INTRO + '"Numbers tell the story," Adler said. "Names tell the rest."'
    )
    openings = quote_openings(result)
    assert ("Ruth Adler", "Numbers tell the") in openings
    assert ("Ruth Adler", "Names tell the") in openings


# --- a monitor's count for a whole year -------------------------------------------------------------


def test_a_monitors_count_for_last_year_is_no_group(extract_text) -> None:
    counts = group_counts(
        extract_text(
            "Press freedom report\n\nAccording to the press union, 64 reporters were detained across "
            "the country last year, most of them for covering protests."
        )
    )
    assert ("arrest", 64) not in counts


def test_a_monitors_count_in_a_year_is_no_group(extract_text) -> None:
    counts = group_counts(
        extract_text(
            "Press freedom report\n\nA total of 212 people were arrested under the cyber law in 2023, "
            "according to the watchdog Open Lines."
        )
    )
    assert ("arrest", 212) not in counts


def test_a_dated_event_in_a_year_keeps_its_count(extract_text) -> None:
    """Trap: a month (or a day) makes the count one event's, even with a source and a year."""
    counts = group_counts(
        extract_text(
            "Church raid\n\nIn March this year, police detained 19 members of a house church in the "
            "capital, according to church elders."
        )
    )
    assert ("arrest", 19) in counts


def test_a_years_event_without_a_source_keeps_its_count(extract_text) -> None:
    """Trap: "In 2021, four reporters were arrested ..." tells one event; no monitor counts it."""
    counts = group_counts(
        extract_text(
            "Reporters on trial\n\nIn 2021, four reporters of the weekly Sauti were arrested while "
            "covering clashes in the north."
        )
    )
    assert ("arrest", 4) in counts


def test_one_cases_arrests_in_a_year_keep_their_count(extract_text) -> None:
    """Trap: a year's arrests in one case, told of no country or law, are that case's group."""
    counts = group_counts(
        extract_text(
            "Forum raided\n\nPolice say the forum shared leaked files. A total of 17 forum members "
            "were arrested in 2022, according to the newspaper Daily Lens."
        )
    )
    assert ("arrest", 17) in counts


def test_a_monthly_review_keeps_its_count(extract_text) -> None:
    """Trap: a month's verdicts told by a monitor are counted as the read sets count them."""
    counts = group_counts(
        extract_text(
            "Monthly review\n\nCourts convicted 31 people in political cases in October, according to "
            "the monthly review of the rights centre."
        )
    )
    assert ("sentence", 31) in counts
