"""English, session 60 (helper enfp): false facts on real English news, each class counted across
the English read sets, the real-news tune halves and a pool of unannotated real articles before
it was written (docs/extract.md, "Session 60 — false facts on real English news (enfp)"), in
wordings invented for these tests:

* a run of capitals that ends in an office or a status ("Associate Editor", "Public Relations
  Officer", "Rappler CEO", "the NUP MP", "Political Prisoner") is no person's name, and an event
  told of that office goes to the named person, if any, or to no one.
"""

from __future__ import annotations

from tests.extract_views import event_pairs

# --- an office ends no name -----------------------------------------------------------------------


def _names(result) -> set[str]:
    return {p.name for p in result.persons}


def test_office_in_title_case_is_no_person(extract_text) -> None:
    result = extract_text(
        "Editor abducted\n\nThe general was questioned over the beating of a weekly paper's Associate "
        "Editor in 2009. Separately, the Police Public Relations Officer, Tunde Bako, said two men "
        "were held."
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
