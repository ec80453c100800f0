"""English, session 62 (helper enprec, events precision), in wordings invented for these tests:

* a person whose own clause says they remain held is no member of the release told beside
  them ("Among them is X, who remains in custody", "Those still held are A and B", "two of
  them — A and B — are still being held", "a tenth prisoner, X, refused and remains in custody");
* traps: the freed and the held told in one sentence keep the freed ("Eight, including X, were
  released; the other four remain in custody"); a pronoun of the freed in the held clause ("her
  colleagues remain in custody"); a clause that tells both ("remained in custody until freed").
"""

from __future__ import annotations

from tests.extract_views import event_pairs


def test_named_among_freed_but_still_in_custody(extract_text) -> None:
    result = extract_text(
        "Protesters freed\n\n"
        "A court in Batumi freed 14 of the people detained at the rally on Friday. "
        "Among them is the cameraman Giorgi Lomidze, who remains in custody."
    )
    assert ("release", "Giorgi Lomidze") not in event_pairs(result)


def test_those_still_held_are_named(extract_text) -> None:
    result = extract_text(
        "Reporters bailed\n\n"
        "Police in Gondar arrested five reporters on 3 May. Three of them were released on bail "
        "on Tuesday. Those still held are Abebe Kassa, a radio host, and Selam Girma, a blogger."
    )
    pairs = event_pairs(result)
    assert ("release", "Abebe Kassa") not in pairs
    assert ("release", "Selam Girma") not in pairs


def test_two_of_the_group_still_being_held(extract_text) -> None:
    result = extract_text(
        "Detentions in Hrodna\n\n"
        "Security officers detained nine members of a book club in Hrodna last week. Most were let "
        "go after two days, but two of them — the teacher Iryna Sauchuk and her brother, Pavel "
        "Sauchuk — are still being held in the city's detention centre."
    )
    pairs = event_pairs(result)
    assert ("release", "Iryna Sauchuk") not in pairs
    assert ("release", "Pavel Sauchuk") not in pairs


def test_refuser_who_remains_in_custody(extract_text) -> None:
    result = extract_text(
        "Prisoners handed over\n\n"
        "Seven political prisoners were pardoned on Monday and driven to the Polish border. "
        "An eighth man offered the same deal, Andrei Zhuk, refused to go and remains in custody, "
        "his wife said."
    )
    assert ("release", "Andrei Zhuk") not in event_pairs(result)


def test_freed_and_held_in_one_sentence_keep_the_freed(extract_text) -> None:
    """Trap: the clause naming X tells X's release; the held are the others."""
    result = extract_text(
        "Fines paid\n\n"
        "Police detained twelve students in Mahilyou on Sunday. Eight of them, including Maksim "
        "Karpovich, were released the next day after paying fines; the other four remain in custody."
    )
    assert ("release", "Maksim Karpovich") in event_pairs(result)


def test_pronoun_of_the_freed_in_held_clause(extract_text) -> None:
    """Trap: "her colleagues ... remain in custody" is no clause of hers."""
    result = extract_text(
        "Pardon in Baku\n\n"
        "The president pardoned 90 prisoners on Tuesday, among them the reporter Leyla Huseynova, "
        "who had been held since 2023, but her colleagues from the same outlet remain in custody."
    )
    assert ("release", "Leyla Huseynova") in event_pairs(result)


def test_held_until_freed_in_one_clause(extract_text) -> None:
    """Trap: the clause that says the person remained held also tells their release."""
    result = extract_text(
        "Acquitted\n\n"
        "The blogger Tamar Beridze, who remained in custody for a year, was released on Friday "
        "after the court acquitted her."
    )
    assert ("release", "Tamar Beridze") in event_pairs(result)


# a rumour's content is no event (GUIDELINES: rumours are not events)


def test_rumours_opening_a_sentence_after_a_headline(extract_text) -> None:
    """'Rumours' opening the sentence after a headline is tagged a plural proper noun (NNPS)."""
    result = extract_text(
        "Colony denies death\n\n"
        "Rumours that the retired engineer Viktar Kalinouski had died in the Shklou colony were "
        "dismissed on Monday by the prison service."
    )
    assert ("death", "Viktar Kalinouski") not in event_pairs(result)


def test_reports_that_circulate(extract_text) -> None:
    result = extract_text(
        "Border rumour\n\n"
        "Reports spread online on Friday that the former councillor, Rashed Hossain Bhuiyan, had "
        "been detained at a crossing into India."
    )
    assert ("arrest", "Rashed Hossain Bhuiyan") not in event_pairs(result)


def test_social_media_accounts_as_the_reporter(extract_text) -> None:
    result = extract_text(
        "Early release?\n\n"
        "A number of social media accounts reported that the land activist Nguyen Van Binh had "
        "been freed early from Xuan Loc prison."
    )
    assert ("release", "Nguyen Van Binh") not in event_pairs(result)


def test_a_named_source_that_reports_is_a_fact(extract_text) -> None:
    """Trap: a rights group, an agency or a newspaper reporting is a source, not a rumour."""
    result = extract_text(
        "Pastor held\n\nA rights group, Freedom Now, reported that the pastor Li Wenbo had been "
        "detained in Changsha on Monday."
    )
    assert ("arrest", "Li Wenbo") in event_pairs(result)


def test_reports_that_emerged_are_left_as_reports(extract_text) -> None:
    """Trap: reports that emerge (not circulate) keep their event."""
    result = extract_text(
        "Editor held\n\nReports emerged on Tuesday that the editor Ahmad Karimi had been arrested "
        "at his office in Herat."
    )
    assert ("arrest", "Ahmad Karimi") in event_pairs(result)
