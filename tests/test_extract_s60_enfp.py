"""English, session 60 (helper enfp): false facts on real English news, each class counted across
the English read sets, the real-news tune halves and a pool of unannotated real articles before
it was written (docs/extract.md, "Session 60 — false facts on real English news (enfp)"), in
wordings invented for these tests:

* a run of capitals that ends in an office or a status ("Associate Editor", "Public Relations
  Officer", "Rappler CEO", "the NUP MP", "Political Prisoner") is no person's name, and an event
  told of that office goes to the named person, if any, or to no one;
* an abduction is no arrest when takers of hostages do it: separatists, a mob or a crowd as its
  doers, a capture by a crowd, or gunmen, pirates or an armed group named in its sentence with no
  force of a state (the verb and the noun "abduction" alike).
"""

from __future__ import annotations

from tests.extract_views import event_pairs, group_counts

# --- an office ends no name -----------------------------------------------------------------------


def _names(result) -> set[str]:
    return {p.name for p in result.persons}


def test_office_in_title_case_is_no_person(extract_text) -> None:
    result = extract_text(
        "General held\n\nBrigadier Sunil Mendis was arrested by detectives in May 2019 over the "
        "abduction and assault of a weekly paper's Associate Editor in June 2009. Separately, the "
        "Police Public Relations Officer, Tunde Bako, said two men were held."
    )
    names = _names(result)
    assert not any(n.endswith(("Editor", "Officer")) for n in names)
    assert "Tunde Bako" in names


def test_status_in_title_case_takes_no_release(extract_text) -> None:
    result = extract_text(
        "Veteran speaks\n\nMarcus Obi, a former union organiser and recently freed Political Prisoner, "
        "spoke at the rally on Sunday."
    )
    assert not any(name.endswith("Prisoner") for _, name in event_pairs(result))
    assert not any(n.endswith("Prisoner") for n in _names(result))


def test_company_head_before_a_name_is_no_person(extract_text) -> None:
    result = extract_text(
        "Verdict\n\nThe setbacks include the conviction of Tidewater News CEO and founder Alma Reyes "
        "for cyber libel in June."
    )
    pairs = event_pairs(result)
    assert ("sentence", "Alma Reyes") in pairs
    assert not any(name.endswith("CEO") for _, name in pairs)


def test_party_member_of_parliament_is_no_person(extract_text) -> None:
    result = extract_text(
        "Lawmaker seized\n\nOkot Joseph Lubega, the NUP MP for Kawempe North, was detained by soldiers "
        "outside a polling station on Thursday."
    )
    pairs = event_pairs(result)
    assert not any(name.endswith(("MP", "Mp")) for _, name in pairs)
    assert any(t == "arrest" and "Lubega" in name for t, name in pairs)


def test_office_before_a_name_leaves_the_name(extract_text) -> None:
    """Trap: the office opens the run and a name follows; the name is the person arrested."""
    pairs = event_pairs(
        extract_text("Editor held\n\nManaging Editor Jonas Berg was detained at the airport on Friday.")
    )
    assert any(t == "arrest" and name.endswith("Jonas Berg") for t, name in pairs)


def test_surnames_that_are_titles_stay_persons(extract_text) -> None:
    """Trap: King, Bishop, Judge and Major are surnames as well as titles; only offices that never
    end a name were added."""
    names = _names(
        extract_text(
            "Campaign\n\nThe candidates Paula Judge and Dennis Bishop spoke on Monday, and the organiser "
            "Ruth Major said the rally would go ahead."
        )
    )
    assert {"Paula Judge", "Dennis Bishop", "Ruth Major"} <= names


# --- takers of hostages take no one into custody --------------------------------------------------


def _arrests(result) -> set:
    return {p for p in event_pairs(result) if p[0] == "arrest"} | {
        c for c in group_counts(result) if c[0] == "arrest"
    }


def test_gunmen_in_the_sentence_make_no_arrest(extract_text) -> None:
    result = extract_text(
        "Convoy attacked\n\nSix engineers were abducted when gunmen ambushed their minibus outside "
        "Owerri on Sunday, the company said."
    )
    assert not _arrests(result)


def test_separatists_and_a_mob_as_doers_make_no_arrest(extract_text) -> None:
    result = extract_text(
        "Region in turmoil\n\nArmed separatists kidnapped the village chief along with two elders "
        "on Monday. A week later a mob broke into the station and kidnapped the prisoner Idris Kane."
    )
    assert not _arrests(result)


def test_capture_by_a_crowd_is_no_arrest(extract_text) -> None:
    result = extract_text(
        "Suspect beaten\n\nThe officer Musa Rind was captured by an angry crowd outside the market "
        "and beaten before colleagues rescued him."
    )
    assert ("arrest", "Musa Rind") not in event_pairs(result)


def test_abduction_noun_among_pirates_is_no_arrest(extract_text) -> None:
    result = extract_text(
        "Shipping risk\n\nPirates remain active in the gulf, as the abduction of eleven sailors from "
        "a tanker in March showed."
    )
    assert ("arrest", 11) not in group_counts(result)


def test_security_forces_in_the_sentence_keep_the_arrest(extract_text) -> None:
    """Trap: the state's forces are named beside the armed group; the abduction is theirs."""
    result = extract_text(
        "Workers taken\n\nTwelve farmhands were abducted by soldiers and paraded as surrendered "
        "rebels, a rights group said."
    )
    assert ("arrest", 12) in group_counts(result)


def test_abduction_from_a_crowd_by_agents_stays_an_arrest(extract_text) -> None:
    """Trap: a crowd the person was taken from is no taker."""
    result = extract_text(
        "Activist seized\n\nThe activist Nadia Faruk was abducted from the crowd at the rally by "
        "plainclothes agents on Friday."
    )
    assert ("arrest", "Nadia Faruk") in event_pairs(result)


def test_abduction_with_no_taker_named_stays_an_arrest(extract_text) -> None:
    """Trap: no one is named as the taker; in a story of custody the abduction stays an arrest."""
    result = extract_text(
        "Reporter missing\n\nThe reporter Imran Dar was abducted outside his home in Quetta on "
        "Friday and later appeared before a court, his brother said."
    )
    assert ("arrest", "Imran Dar") in event_pairs(result)


def test_teller_from_the_police_does_not_make_gunmen_state_forces(extract_text) -> None:
    """The force that tells of the abduction stands outside the clause that tells it."""
    result = extract_text(
        "Bus attacked\n\nA police spokesman, Inspector Ade Ojo, added that nine other passengers were "
        "abducted when gunmen stopped the bus near Lokoja."
    )
    assert ("arrest", 9) not in group_counts(result)
