"""Whose event in a story of several people: a place-pair dateline names no one, a counted subset
of a named group ("Nine of them were freed") frees none of its named members, an acquitted
"fourth" is not one of the three sentenced, and members set off after the clause that describes
their group ("two nationals who had been held since May, A and B,") are that group. Every sentence
here was written for these tests (other names, places and wordings than any evaluation set)."""

from __future__ import annotations


def _events(result) -> set[tuple[str, str]]:
    names = {p.id: p.name for p in result.persons}
    return {(e.type, names[p]) for e in result.events for p in e.persons}


def _counts(result) -> set[tuple[str, int]]:
    return {(e.type, e.count) for e in result.events if e.count is not None}


_COURT_STORY = """Five choir members jailed over banned hymn; conductor gets three years

Regional Court, North Shore — Five members of a dissolved church choir were jailed on Monday for \
singing a banned hymn at a memorial service.

Judge Harriet Olsen jailed the choir's conductor, Petra Lindqvist, 44, for three years. Jonas Berg \
and Emil Strand got two years each. Maja Holm and Nils Ek were sentenced to 18 months.

Police detained 11 people after the service in May, including all five defendants. Seven of them \
were let go without charge the next day.
"""


def test_a_place_pair_dateline_names_no_one(extract_text):
    result = extract_text(_COURT_STORY)
    names = {p.name for p in result.persons}
    assert not names & {"Regional Court", "North Shore"}
    assert ("sentence", "Petra Lindqvist") in _events(result)


def test_a_counted_subset_of_a_named_group_frees_none_of_them(extract_text):
    result = extract_text(_COURT_STORY)
    assert not [e for e in _events(result) if e[0] == "release"]
    assert ("release", 7) in _counts(result)
    assert ("arrest", "Nils Ek") in _events(result) and ("arrest", 11) in _counts(result)


def test_all_of_a_group_told_before_is_no_new_count(extract_text):
    assert ("arrest", 5) not in _counts(extract_text(_COURT_STORY))


def test_an_acquitted_fourth_is_not_one_of_the_sentenced(extract_text):
    result = extract_text(
        "Court jails three students, acquits fourth\n\n"
        "A court in Batumi on Friday sentenced three students to prison terms of up to five years "
        "for blocking a road and acquitted a fourth, who left the courtroom a free man.\n\n"
        "Judge Irakli Beridze sentenced Nika Gogua to five years. Ana Kapanadze and Saba Jgharkava "
        "each got three years. Levan Meskhi was acquitted and freed."
    )
    events = _events(result)
    assert {e for e in events if e[0] == "release"} == {("release", "Levan Meskhi")}
    assert ("sentence", "Saba Jgharkava") in events
    assert not [c for c in _counts(result) if c[0] == "release"]


def test_members_set_off_after_the_clause_that_describes_the_group(extract_text):
    result = extract_text(
        "Carlos Vega, a taxi driver, was arrested in April and is still held in Tumbes.\n\n"
        "On Sunday, border guards freed two Peruvian citizens who had been detained at a checkpoint in "
        "January, Luis Quispe and Ana Mamani, and drove them to the frontier at Aguas Verdes."
    )
    events = _events(result)
    for name in ("Luis Quispe", "Ana Mamani"):
        assert ("release", name) in events and ("arrest", name) in events
    assert ("release", "Carlos Vega") not in events
    assert ("arrest", "Carlos Vega") in events


def test_members_after_the_clause_take_their_terms_in_order(extract_text):
    result = extract_text(
        "In March a military court sentenced three other members of the party who had been "
        "extradited from Georgia in January, Rustam Aliev, Daler Saidov and Farrukh Nabiev, to 16, "
        "12 and 9 years in prison respectively."
    )
    names = {p.id: p.name for p in result.persons}
    terms = {(names[p], e.term_months) for e in result.events if e.term_months for p in e.persons}
    assert terms == {("Rustam Aliev", 192), ("Daler Saidov", 144), ("Farrukh Nabiev", 108)}
