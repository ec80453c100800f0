"""English, session 59 (helper hrd8, led by the tuning half of the real-news set `hrdnews8`),
in wordings invented for these tests:

* in a story that tells of hostages, ransoms or kidnappers, an abduction that names no state's
  forces as its doers is a hostage-taking, not an arrest (an abduction by police stays one, and
  "hostage diplomacy", a name for a state's detentions, makes no hostage story);
* a number right after a month's name ("on March 4") is the day of a date, never a term elided
  after a sentencing ("A got five years and B four");
* "detailed" and "disclosed" attribute the quotation marks beside them, as "explained" does.
"""

from __future__ import annotations

from tests.extract_views import event_pairs, group_counts, quote_openings, term_pairs

# --- abductions in a hostage story ---------------------------------------------------------------


def test_abduction_in_a_hostage_story_is_no_arrest(extract_text) -> None:
    result = extract_text(
        "Militia keeps its captives\n\n"
        "The militia has held foreign aid workers for ransom for a decade and is believed to keep "
        "at least two engineers hostage in the hills.\n\n"
        "Officials think it still holds Peter Lund, a surveyor, who was abducted in March 2021 and "
        "has not been heard from since."
    )
    assert ("arrest", "Peter Lund") not in event_pairs(result)


def test_counted_abduction_in_a_hostage_story_gives_no_count(extract_text) -> None:
    result = extract_text(
        "Old hijacking\n\n"
        "The gunmen held the passengers hostage for a week.\n\n"
        "Their leader was later freed in exchange for three engineers who were abducted in Tripoli."
    )
    assert ("arrest", 3) not in group_counts(result)


def test_abduction_by_police_in_a_hostage_story_stays_an_arrest(extract_text) -> None:
    """Trap: the state's forces named as the doers keep the arrest, whatever else the story tells."""
    pairs = event_pairs(
        extract_text(
            "Crackdown after the siege\n\n"
            "Gunmen held six villagers hostage for two days last month.\n\n"
            "The activist Dana Ruiz was abducted by police officers outside her office on Monday, "
            "her lawyer said."
        )
    )
    assert ("arrest", "Dana Ruiz") in pairs


def test_hostage_diplomacy_makes_no_hostage_story(extract_text) -> None:
    """Trap: 'hostage diplomacy' names a state's detentions; an abduction there is an arrest."""
    pairs = event_pairs(
        extract_text(
            "Dual national seized\n\n"
            "Critics accuse the government of hostage diplomacy.\n\n"
            "The engineer Karim Haddad was abducted from his hotel in May and is now held in the capital's "
            "main prison, his family said on Friday."
        )
    )
    assert ("arrest", "Karim Haddad") in pairs


def test_abduction_without_hostages_in_the_story_stays_an_arrest(extract_text) -> None:
    """Trap: without hostages, ransoms or kidnappers in the story, the usual reading holds."""
    pairs = event_pairs(
        extract_text(
            "Journalist missing\n\n"
            "The reporter Sami Okafor was abducted from his home in the capital on Tuesday night, "
            "and the security service later confirmed that it was holding him."
        )
    )
    assert ("arrest", "Sami Okafor") in pairs


# --- a date's day is no elided term ------------------------------------------------------------


def test_day_after_a_month_is_no_term(extract_text) -> None:
    result = extract_text(
        "Verdicts\n\n"
        "A court sentenced the mayor Rosa Lind to five years on Monday.\n\n"
        "Her deputy Arne Holm was also sentenced to five years as the court ruled in the first of the "
        "cases against Rosa Lind and other officials removed in a purge on March 4."
    )
    assert ("Rosa Lind", 48) not in term_pairs(result)
    assert ("Rosa Lind", 60) in term_pairs(result)


def test_abbreviated_month_day_is_no_term(extract_text) -> None:
    result = extract_text(
        "Verdicts\n\n"
        "A judge sentenced the printer Ola Berg to three years in the case opened against him and "
        "his partner Nils Dahl on Feb. 2."
    )
    assert ("Nils Dahl", 24) not in term_pairs(result)
    assert ("Ola Berg", 36) in term_pairs(result)


def test_bare_number_after_a_later_name_is_still_a_term(extract_text) -> None:
    """Trap: 'A to eight years and B to six' keeps B's elided term (no month before the number)."""
    terms = term_pairs(
        extract_text(
            "Two jailed\n\nThe court sentenced Mira Sol to eight years and Tomas Vik to six on Monday."
        )
    )
    assert ("Tomas Vik", 72) in terms


# --- 'detailed' and 'disclosed' beside quotation marks ---------------------------------------------


def test_detailed_attributes_a_quote(extract_text) -> None:
    result = extract_text(
        "Editor speaks\n\n"
        "The editor Jonas Field recalled that his reporter Ali Musa had been jailed in 2017. Musa later "
        "worked for a weekly.\n\n"
        '"He wrote to a colleague and said he feared for his life," Field detailed.'
    )
    assert ("Jonas Field", "He wrote to") in quote_openings(result)


def test_disclosed_attributes_a_quote(extract_text) -> None:
    result = extract_text('Chief held\n\n"Some of our own people were killed there," Ade Bello disclosed.')
    assert ("Ade Bello", "Some of our") in quote_openings(result)


def test_detailed_without_quotation_marks_is_no_quote(extract_text) -> None:
    """Trap: 'detail' speaks only beside quotation marks ('The report detailed abuses')."""
    result = extract_text(
        "Report\n\nThe report by Anna Wells detailed abuses in three prisons and the deaths of two inmates."
    )
    assert not result.quotes
