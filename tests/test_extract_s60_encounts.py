"""English, session 60 (helper encounts): running counts on real English news, each class counted
across the English read sets, the real-news tune halves and two pools of unannotated real articles
before it was written (docs/extract.md, "Session 60 — running counts on real English news
(encounts)"), in wordings invented for these tests:

* a verb joined to a perfect with no auxiliary of its own shares that perfect, so a tally "as of" a
  date or "so far" covers it ("the army had killed 310 and detained 2,418");
* an "as of" a date hung on the auxiliary counts as on the verb ("Tribunals had, as of May 5, jailed
  88 people");
* people "held" in custody "as of" a date are a state counted then, in any tense;
* "Of those, 34 have so far been ..." points back through no comma: the count is a tally;
* a count over a reporting period named by its bounds ("in the April–June period") or "under" a
  government "alone" is a statistic, and a fronted period scopes over the joined clause.
"""

from __future__ import annotations

from tests.extract_views import group_counts

# --- a shared perfect, and "as of" on the auxiliary ----------------------------------------------


def test_conjunct_shares_the_perfect_of_an_as_of_tally(extract_text) -> None:
    result = extract_text(
        "Monitor's figures\n\nThe Karen Human Rights Group reported as of June 9, 2022, the army had "
        "killed 310 villagers and detained 2,418 people."
    )
    assert ("arrest", 2418) not in group_counts(result)


def test_as_of_on_the_auxiliary(extract_text) -> None:
    result = extract_text(
        "Death row grows\n\nMilitary tribunals had, as of May 5, sentenced 88 people to death since "
        "the takeover, a monitoring group said."
    )
    assert ("sentence", 88) not in group_counts(result)


def test_conjunct_with_its_own_tense_keeps_its_count(extract_text) -> None:
    # trap: the second verb has its own auxiliary and tells one day's group
    result = extract_text(
        "Raid in the capital\n\nPolice have questioned dozens of students since March, and on Friday "
        "they detained 14 of them at a campus rally."
    )
    assert ("arrest", 14) in group_counts(result)


def test_one_release_counted_by_an_hour_keeps_its_count(extract_text) -> None:
    # trap (session 58): "by" an hour of the day tells one release
    result = extract_text(
        "Amnesty day\n\nBy early evening, the prison service had freed 37 inmates held under the "
        "emergency decree."
    )
    assert ("release", 37) in group_counts(result)


# --- held as of a date -------------------------------------------------------------------------------


def test_held_as_of_a_date_is_a_state(extract_text) -> None:
    result = extract_text(
        "Prison census\n\nAs of March 31, according to figures of the prison authority, the state held "
        "3,106 detainees in custody without trial."
    )
    assert ("arrest", 3106) not in group_counts(result)


def test_detained_on_a_date_keeps_its_count(extract_text) -> None:
    # trap: a date with no "as of" tells when one group was taken
    result = extract_text(
        "Rally broken up\n\nOn March 31, police detained 26 demonstrators outside the parliament building."
    )
    assert ("arrest", 26) in group_counts(result)


# --- "Of those, N have so far ..." ------------------------------------------------------------------


def test_of_those_so_far_is_a_tally(extract_text) -> None:
    result = extract_text(
        "Trials go on\n\nProsecutors have charged 210 people over the riots. Of those, 58 have so far "
        "been convicted; none has been acquitted."
    )
    assert ("sentence", 58) not in group_counts(result)


def test_all_those_since_keeps_its_count(extract_text) -> None:
    # trap: a part of a told group freed since, in the story's own time (session 56)
    result = extract_text(
        "Staff detained\n\nPolice detained 40 teachers at the school in May. Of the 40 teachers, 22 "
        "have since been freed on bail."
    )
    assert ("release", 22) in group_counts(result)


# --- a named reporting period, a government "alone" -----------------------------------------------


def test_named_period_is_a_statistic(extract_text) -> None:
    result = extract_text(
        "Quarterly report\n\nIn the April–June period, 57 reporters were detained and 12 were "
        "arrested, the press union said."
    )
    counts = group_counts(result)
    assert ("arrest", 57) not in counts
    assert ("arrest", 12) not in counts


def test_same_period_keeps_its_count(extract_text) -> None:
    # trap: "the same period" names no bounds; a week's group keeps its count
    result = extract_text(
        "Crackdown\n\nIn the first week of April, police arrested 19 students in the capital."
    )
    assert ("arrest", 19) in group_counts(result)


def test_under_a_government_alone_is_a_statistic(extract_text) -> None:
    result = extract_text(
        "Prisoners' tally\n\nThe country holds 804 political prisoners, 512 of whom were arrested "
        "under the Moreno government alone, a rights group said."
    )
    assert ("arrest", 512) not in group_counts(result)
