"""English, session 56 (helper hrd2, led by the tuning half of the real-news set `hrdnews2`),
in wordings invented for these tests:

* a bare verb coordinated with an infinitive shares its "to" and so what governs it: "has vowed
  to close the camps and deport 4,000 people" gives no deportation, as "vowed to deport" gives
  none; a finite conjunct ("used batons to break up the rally and detained 45 people": past
  tense, or its own auxiliary) is still told, and so is an infinitive under a verb that tells
  the act done ("ordered to pay a fine and serve ...": the existing ALLOW_INFINITIVE_UNDER);
* "X said (that) he/she ..." tells X's sex when the name does not (names the given-name lists
  lack), so a later "she" meant for a woman named after X no longer falls on X; not when
  someone else is named between X and the pronoun;
* a running tally is read when its "So far," / "To date," opens the sentence, as it was when
  the words stood inside it ("So far, eight ... have been arrested": no count).
"""

from __future__ import annotations

from tests.extract_views import event_pairs, group_counts

# --- a bare conjunct of an infinitive shares what governs it ------------------------------------------


def test_vowed_infinitive_and_conjunct_give_no_deportation(extract_text) -> None:
    result = extract_text(
        "The new cabinet, sworn in last month, has vowed to move 6,000 asylum seekers off the islands "
        "and deport 4,000 people whose claims fail before the end of the year."
    )
    assert ("deportation", 4000) not in group_counts(result)


def test_decided_to_close_and_release_is_no_release(extract_text) -> None:
    result = extract_text(
        "The council decided to close the camp at Orvel and release its 300 inmates in spring."
    )
    assert ("release", 300) not in group_counts(result)


def test_finite_conjunct_after_an_infinitive_is_told(extract_text) -> None:
    """Trap: the past-tense 'detained' is the sentence's own verb, not a second infinitive."""
    result = extract_text("Riot police used batons to break up the march in Tarsk and detained 45 people.")
    assert ("arrest", 45) in group_counts(result)


def test_conjunct_with_its_own_auxiliary_is_told(extract_text) -> None:
    """Trap: 'was detained' carries its own auxiliary; it is not a second infinitive of 'tried'."""
    pairs = event_pairs(
        extract_text(
            "The editor Jonas Vilk tried to leave the country in June and was detained at the border."
        )
    )
    assert ("arrest", "Jonas Vilk") in pairs


# --- "X said he ..." tells X's sex -----------------------------------------------------------------


def test_said_he_keeps_a_later_she_off_the_speaker(extract_text) -> None:
    pairs = event_pairs(
        extract_text(
            "Defence lawyer Wu Tianming said on Saturday that he had been stripped of his licence.\n\n"
            "Wu also defended the citizen reporter Zhao Lan, who was detained over her videos of the "
            "lockdown. She was sentenced last month to three years in prison."
        )
    )
    assert ("sentence", "Zhao Lan") in pairs
    assert ("sentence", "Wu Tianming") not in pairs


def test_said_she_keeps_a_later_he_off_the_speaker(extract_text) -> None:
    pairs = event_pairs(
        extract_text(
            "Advocate Ngozi Eze told reporters she would appeal the ruling.\n\n"
            "Eze represents the student leader Chidi Obi, who was arrested at a rally in May. "
            "He was released on bail on Friday."
        )
    )
    assert ("release", "Chidi Obi") in pairs
    assert ("release", "Ngozi Eze") not in pairs


def test_someone_named_between_tells_no_sex(extract_text) -> None:
    """Trap: 'Li said Zhou Ping knew he ...' — the pronoun may be Zhou Ping's, so Li's sex stays
    unknown and the later 'he' may still be Li's."""
    pairs = event_pairs(
        extract_text(
            "Li Wen said Zhou Ping knew he would be watched.\n\nLi was detained at his home on Monday."
        )
    )
    assert ("arrest", "Li Wen") in pairs


# --- a running tally opening its sentence ----------------------------------------------------------


def test_so_far_opening_the_sentence_is_a_running_tally(extract_text) -> None:
    result = extract_text("So far, eight former staff members of the weekly have been arrested.")
    assert ("arrest", 8) not in group_counts(result)


def test_to_date_opening_the_sentence_is_a_running_tally(extract_text) -> None:
    result = extract_text("To date, 14 of the monks from the hill monastery have been released.")
    assert ("release", 14) not in group_counts(result)


def test_one_group_in_the_perfect_keeps_its_count(extract_text) -> None:
    """Trap: a perfect tense without a tally word tells one group's event."""
    result = extract_text("Police in Orvel have arrested eight former staff members of the weekly.")
    assert ("arrest", 8) in group_counts(result)
