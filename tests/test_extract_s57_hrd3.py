"""English, session 57 (helper hrd3, led by the tuning half of the real-news set `hrdnews3`),
in wordings invented for these tests (docs/extract.md, "Session 57 — real English news (hrd3)"):

* "Those arrested were A, B and C" / "those detained were: A; B; and C": a group named only by
  its participle, whose copula lists names, tells the participle's event of each (as "Among
  those detained were A and B" does); traps: the copula lists no names, a participle group whose
  predicate is another event (a descriptive participle), a denied copula;
* a single word in brackets right after a body's full name ("the Zambian Federation of Mine
  Workers (Zafemiwo)") is its short form: "Zafemiwo said" is the body, no person and no quote;
  trap: a person's other surname in brackets stays a person;
* a bare passive "jailed" dated by a time or an event ("was jailed in May 2019", "during the
  raid"), with no court, term or verdict in its sentence or in any sentence that names the person
  again, is the lock-up (arrest); traps: a term, a court, a verdict told elsewhere of the person,
  a jailing on a weekday with its reason (a verdict report).
"""

from __future__ import annotations

from tests.extract_views import event_pairs, quote_openings

# --- "Those arrested were A, B and C" -----------------------------------------------------------


def test_those_arrested_were_names_each(extract_text) -> None:
    result = extract_text(
        "Soldiers raided the union office in Kabwe on Friday. Those arrested were Mwila Chanda, "
        "Bwalya Musonda and Chileshe Mutale."
    )
    pairs = event_pairs(result)
    assert {("arrest", "Mwila Chanda"), ("arrest", "Bwalya Musonda"), ("arrest", "Chileshe Mutale")} <= pairs


def test_those_detained_were_colon_list_with_semicolons(extract_text) -> None:
    result = extract_text(
        "Police broke up the vigil outside the ministry. Besides the organiser, those detained were: "
        "Tendai Moyo, a nurse; Rudo Chikwanha; and Farai Dube."
    )
    pairs = event_pairs(result)
    assert {("arrest", "Tendai Moyo"), ("arrest", "Rudo Chikwanha"), ("arrest", "Farai Dube")} <= pairs


def test_those_freed_were_names_release(extract_text) -> None:
    result = extract_text(
        "The amnesty took effect at dawn. Those freed were Ana Lucia Ferreira and Tomas Okonkwo."
    )
    assert {("release", "Ana Lucia Ferreira"), ("release", "Tomas Okonkwo")} <= event_pairs(result)


def test_those_detained_were_students_names_no_one(extract_text) -> None:
    """Trap: the copula describes the group, it lists no names."""
    result = extract_text(
        "Police broke up the vigil in Kabwe. Those detained were mostly students, Mwila Chanda said."
    )
    assert not [e for e in result.events if e.type == "arrest" and e.persons]


def test_descriptive_participle_with_another_event_is_no_list(extract_text) -> None:
    """Trap (dev2): 'those detained after the vote were released' tells the release only."""
    result = extract_text(
        "Those detained after the vote were released on Friday, lawyer Mwila Chanda said of the case."
    )
    assert ("arrest", "Mwila Chanda") not in event_pairs(result)


def test_relatives_of_a_name_are_not_that_name(extract_text) -> None:
    """Trap: the name inside the listed item's possessive or preposition is someone else."""
    result = extract_text(
        "Police raided the house in Kabwe. Those detained were relatives of Nadia Rahimi and "
        "Nadia Rahimi's two brothers."
    )
    assert ("arrest", "Nadia Rahimi") not in event_pairs(result)


def test_denied_copula_lists_no_one(extract_text) -> None:
    result = extract_text(
        "Police broke up the vigil in Kabwe. Those arrested were not Mwila Chanda and Bwalya Musonda, "
        "their lawyer said."
    )
    assert ("arrest", "Mwila Chanda") not in event_pairs(result)


# --- a body's bracketed short form is no person --------------------------------------------------


def test_bracketed_short_form_of_a_body_is_no_speaker(extract_text) -> None:
    result = extract_text(
        "The Zambian Federation of Mine Workers (Zafemiwo) has asked the courts to free its leader, "
        "Mwila Chanda, who was arrested in March.\n\n"
        '"Our members will not be silenced by arrests," Zafemiwo said in a statement.'
    )
    assert "Zafemiwo" not in {p.name for p in result.persons}
    assert not [q for q in quote_openings(result) if q[0] == "Zafemiwo"]
    assert ("arrest", "Mwila Chanda") in event_pairs(result)


def test_a_persons_other_surname_in_brackets_stays_a_person(extract_text) -> None:
    """Trap: no organisation noun before the brackets."""
    result = extract_text("Police in Dushanbe detained the blogger Farida Karimova (Karimi) on Tuesday.")
    assert ("arrest", "Farida Karimova") in event_pairs(result)


# --- a dated bare "jailed" with no verdict told ------------------------------------------------------


def test_jailed_in_a_month_with_no_trial_told_is_an_arrest(extract_text) -> None:
    result = extract_text(
        "Her sister, the campaigner Maha Suleiman, was jailed in May 2019, weeks before the protest "
        "law was repealed. Relatives say Suleiman has not seen a lawyer."
    )
    pairs = event_pairs(result)
    assert ("arrest", "Maha Suleiman") in pairs
    assert ("sentence", "Maha Suleiman") not in pairs


def test_jailed_during_a_raid_is_an_arrest(extract_text) -> None:
    result = extract_text(
        "Her husband, the union organiser Nestor Villaruel, was jailed during the dawn raid."
    )
    pairs = event_pairs(result)
    assert ("arrest", "Nestor Villaruel") in pairs
    assert ("sentence", "Nestor Villaruel") not in pairs


def test_jailed_with_a_term_stays_a_sentence(extract_text) -> None:
    """Trap: the term is the verdict."""
    result = extract_text("The campaigner Maha Suleiman was jailed for six years in May 2019.")
    assert ("sentence", "Maha Suleiman") in event_pairs(result)


def test_jailed_by_a_court_stays_a_sentence(extract_text) -> None:
    """Trap: a court jails by a verdict."""
    result = extract_text("The campaigner Maha Suleiman was jailed in May 2019 by a court in Jeddah.")
    assert ("sentence", "Maha Suleiman") in event_pairs(result)


def test_verdict_told_elsewhere_keeps_the_jailing_a_sentence(extract_text) -> None:
    """Trap: the article tells the person's trial in another sentence."""
    result = extract_text(
        "An appeals court raised the sentence of the student Daniel Okafor from two to three years. "
        "Okafor had been jailed in 2024 over a series of posts."
    )
    pairs = event_pairs(result)
    assert ("sentence", "Daniel Okafor") in pairs
    assert ("arrest", "Daniel Okafor") not in pairs


def test_jailed_on_a_weekday_for_a_reason_stays_a_sentence(extract_text) -> None:
    """Trap: 'jailed on Monday for ...' is how a verdict is reported; the rule reads only 'in' a
    date and 'during' an event."""
    result = extract_text("The campaigner Maha Suleiman was jailed on Monday for insulting the king.")
    assert ("sentence", "Maha Suleiman") in event_pairs(result)
