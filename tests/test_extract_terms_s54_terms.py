"""Sentence terms, session 54 (`terms`), in wordings invented for these tests, each class with traps:

* a term the parser hangs on a distributive adverb after the verb ("got 13 years apiece", "were
  handed nine years apiece", "drew six years each") is the verb's term, for every subject; not a
  request, not "faces up to", not money or time "apiece";
* "drew N years" is a term like "got N years"; not a crowd, protests or criticism drawn;
* a fronted time the parser reads as the subject of a second verb ("was detained in May and last
  month was sentenced to five years") leaves the verb the first verb's subject; not a length
  that is the subject ("another two years were added");
* a set-off "receiving N years" on such a second verb is the first verb's subject's;
* a verb the parser joins to the main clause past an open "who" clause ("a poem dedicated to X,
  a poet who was arrested in 2023 and is now serving seven years") is the relative's; not past a
  relative closed by a comma;
* "Art. 342", "Pt. 2": the abbreviation's stop ends no sentence, so the verdict keeps its term;
  the article number is no term;
* "X, who has been in prison since 2021 serving a nine-year sentence": the bare participle on the
  relative is X's; not "serving as" a librarian;
* "Prosecutor X had asked for nine years. The judge gave Kot seven.": a named prosecutor's request
  gives the later bare number its unit; the prosecutor is never the one given the term.
"""

from __future__ import annotations

from vigil.model import Extraction


def _terms(result: Extraction) -> set[tuple[str, int]]:
    names = {p.id: p.name for p in result.persons}
    return {(names[p], e.term_months) for e in result.events if e.term_months for p in e.persons}


def _sentenced(result: Extraction) -> set[str]:
    names = {p.id: p.name for p in result.persons}
    return {names[p] for e in result.events if e.type == "sentence" for p in e.persons}


# --- a term hung on "apiece" / "each" / "respectively" --------------------------------------


def test_got_years_apiece_gives_every_subject_the_term(extract_text) -> None:
    terms = _terms(extract_text("Rustam Aliev and Bekzod Nurov got 11 years apiece for the leaflets."))
    assert terms == {("Rustam Aliev", 132), ("Bekzod Nurov", 132)}


def test_handed_years_apiece_in_a_passive(extract_text) -> None:
    terms = _terms(
        extract_text("Rustam Aliev, 41, and Bekzod Nurov, 36, were handed nine years apiece on Thursday.")
    )
    assert terms == {("Rustam Aliev", 108), ("Bekzod Nurov", 108)}


def test_apiece_after_a_clause_with_each(extract_text) -> None:
    terms = _terms(
        extract_text(
            "Dilshod Karimov and Olim Saidov were sentenced to 12 years each, while Rustam Aliev, "
            "Bekzod Nurov and Farrukh Tashev got ten years apiece."
        )
    )
    assert ("Dilshod Karimov", 144) in terms and ("Olim Saidov", 144) in terms
    assert ("Rustam Aliev", 120) in terms and ("Farrukh Tashev", 120) in terms


def test_drew_years_apiece_in_a_colony(extract_text) -> None:
    terms = _terms(
        extract_text("Rustam Aliev and Bekzod Nurov drew seven years apiece in a strict-regime colony.")
    )
    assert terms == {("Rustam Aliev", 84), ("Bekzod Nurov", 84)}


def test_received_years_each_still_read(extract_text) -> None:
    terms = _terms(extract_text("Rustam Aliev and Bekzod Nurov received six years each in a penal colony."))
    assert terms == {("Rustam Aliev", 72), ("Bekzod Nurov", 72)}


def test_requested_years_apiece_is_no_term(extract_text) -> None:
    """Trap: the prosecution's request."""
    result = extract_text("Prosecutors asked for 14 years apiece for Rustam Aliev and Bekzod Nurov.")
    assert not _terms(result)


def test_faces_up_to_years_apiece_is_no_term(extract_text) -> None:
    """Trap: a possible penalty."""
    assert not _terms(extract_text("Rustam Aliev and Bekzod Nurov face up to 15 years apiece if convicted."))


def test_money_or_time_apiece_is_no_term(extract_text) -> None:
    """Traps: a fine's sum and years of service apiece are no terms."""
    assert not _terms(extract_text("Rustam Aliev and Bekzod Nurov paid 300 dollars apiece to the clerk."))
    assert not _terms(extract_text("Rustam Aliev and Bekzod Nurov spent four years apiece in the navy."))


def test_time_given_apiece_to_do_something_is_no_term(extract_text) -> None:
    """Trap: days or weeks allowed for a purpose."""
    result = extract_text(
        "The guards gave Rustam Aliev and Bekzod Nurov three days apiece to leave the country."
    )
    assert not _terms(result)
    assert not _sentenced(result)


# --- "drew N years" -----------------------------------------------------------------------


def test_drew_years_is_a_term(extract_text) -> None:
    assert _terms(extract_text("Blogger Rustam Aliev drew eight years in a penal colony.")) == {
        ("Rustam Aliev", 96)
    }


def test_who_drew_years_after_a_conviction(extract_text) -> None:
    terms = _terms(extract_text("The court convicted teacher Bekzod Nurov, who drew five years in prison."))
    assert terms == {("Bekzod Nurov", 60)}


def test_drew_protests_or_a_crowd_is_no_term(extract_text) -> None:
    """Traps: what a case or an event draws."""
    assert not _terms(extract_text("The trial of Rustam Aliev drew two years of protests outside the court."))
    assert not _terms(extract_text("Bekzod Nurov's rally drew 3,000 people over two years."))
    assert not _terms(extract_text("Rustam Aliev drew two years of criticism from the ruling party."))


# --- a fronted time read as a second verb's subject -----------------------------------------


def test_last_month_was_sentenced(extract_text) -> None:
    result = extract_text("Ihar Dubrou was detained in May and last month was sentenced to five years.")
    assert _terms(result) == {("Ihar Dubrou", 60)}


def test_this_week_was_handed(extract_text) -> None:
    result = extract_text("Ihar Dubrou was picked up in 2022 and this week was handed six years in a colony.")
    assert _terms(result) == {("Ihar Dubrou", 72)}


def test_last_year_was_convicted_gives_the_verdict(extract_text) -> None:
    result = extract_text("Ihar Dubrou was detained in 2021 and last year was convicted of treason.")
    assert "Ihar Dubrou" in _sentenced(result)


def test_the_next_day_was_released(extract_text) -> None:
    result = extract_text("Ihar Dubrou was detained in May and the next day was released.")
    names = {p.id: p.name for p in result.persons}
    assert any(e.type == "release" and names[p] == "Ihar Dubrou" for e in result.events for p in e.persons)


def test_receiving_on_the_second_verb(extract_text) -> None:
    result = extract_text(
        "Ihar Dubrou was detained at the airport in March 2024 and last year was convicted of tax "
        "evasion, receiving nine years in a medium-security colony."
    )
    assert ("Ihar Dubrou", 108) in _terms(result)


def test_a_time_that_is_a_subject_gives_nobody_a_term(extract_text) -> None:
    """Trap: a year that is the subject of its own (non-coordinated) clause."""
    result = extract_text("Last year was the hardest for the family, and Ihar Dubrou was detained in May.")
    assert not _terms(result)
    assert not _sentenced(result)


# --- a verb joined to the main clause past an open "who" clause -----------------------------


def test_poem_dedicated_to_a_poet_who_is_serving(extract_text) -> None:
    result = extract_text(
        "One song was dedicated to her friend Oleg Zimin, a singer who was arrested in 2023 after a "
        "concert and is now serving a six-year sentence."
    )
    assert _terms(result) == {("Oleg Zimin", 72)}


def test_case_linked_to_one_who_was_detained_and_jailed(extract_text) -> None:
    result = extract_text(
        "The lawyer compared the case to that of Oleg Zimin, who was detained in March and was "
        "jailed for four years in October."
    )
    assert ("Oleg Zimin", 48) in _terms(result)


def test_relative_closed_by_a_comma_keeps_the_main_subject(extract_text) -> None:
    """Trap: the comma closes the relative; the second verb is the main clause's."""
    result = extract_text(
        "The editor interviewed Oleg Zimin, who was released in 2023, and was herself sentenced to two "
        "years in March."
    )
    assert ("Oleg Zimin", 24) not in _terms(result)


# --- legal abbreviations --------------------------------------------------------------------


def test_sentenced_under_art_with_an_aside_to_years(extract_text) -> None:
    result = extract_text(
        "Zmitser Kavalenka, 52, was sentenced under Art. 130 (incitement to hatred) to four years in a colony"
    )
    assert _terms(result) == {("Zmitser Kavalenka", 48)}


def test_judge_sentenced_under_art_to_restricted_freedom(extract_text) -> None:
    result = extract_text(
        "Judge Alena Rak sentenced Zmitser Kavalenka under Art. 342 to two years of restricted freedom."
    )
    assert _terms(result) == {("Zmitser Kavalenka", 24)}


def test_part_and_article_abbreviated(extract_text) -> None:
    result = extract_text(
        "Zmitser Kavalenka was convicted under Pt. 2 of Art. 361 and sentenced to five years."
    )
    assert ("Zmitser Kavalenka", 60) in _terms(result)


def test_article_number_is_no_term(extract_text) -> None:
    """Trap: a charge under an abbreviated article is no verdict and its number no term."""
    result = extract_text("Zmitser Kavalenka was charged under Art. 342 of the Criminal Code.")
    assert not _terms(result)
    assert not _sentenced(result)


# --- a bare "serving" on a relative clause ----------------------------------------------------


def test_who_has_been_in_prison_serving(extract_text) -> None:
    result = extract_text(
        "Student leader Min Thu Aung, who has been in Insein since 2021 serving a 15-year term for "
        "incitement, was also not freed."
    )
    assert _terms(result) == {("Min Thu Aung", 180)}


def test_who_remains_somewhere_serving_years(extract_text) -> None:
    result = extract_text(
        "Ales Rudak, who remains in Mazyr serving seven years for a post, was not on the list."
    )
    assert _terms(result) == {("Ales Rudak", 84)}


def test_serving_as_a_librarian_is_no_term(extract_text) -> None:
    """Trap: serving in a job."""
    result = extract_text(
        "Ales Rudak, who has been in the colony since 2021 serving as its librarian, wrote to his wife."
    )
    assert not _terms(result)


# --- a named prosecutor's request gives a later bare number its unit --------------------------


def test_named_prosecutor_request_then_bare_number(extract_text) -> None:
    result = extract_text(
        "Ihar Kot was convicted of treason on Monday. Prosecutor Anton Lis had asked for nine years. "
        "The judge gave Kot seven."
    )
    assert ("Ihar Kot", 84) in _terms(result)


def test_prosecutor_in_apposition_then_bare_number(extract_text) -> None:
    result = extract_text(
        "Ihar Kot was convicted of treason on Monday. Anton Lis, the prosecutor, had asked for nine "
        "years, but the court gave Kot seven."
    )
    assert ("Ihar Kot", 84) in _terms(result)


def test_the_prosecutor_is_never_given_the_term(extract_text) -> None:
    """Trap: "him" after a named prosecutor's request is the defendant, never the prosecutor."""
    result = extract_text(
        "Ihar Kot stood in the cage. Prosecutor Anton Lis had asked for 12 years for him. "
        "The court gave him 11, to be served in a maximum-security colony."
    )
    assert not any(name == "Anton Lis" for name, _ in _terms(result))
    assert ("Anton Lis", 132) not in _terms(result)


def test_a_length_that_is_the_subject_is_not_relabelled(extractor) -> None:
    """Trap: "another two years were added" — the years are the subject, not a time of the verb."""
    english = extractor.extractor_for("en")
    doc = english.nlp(english._make_doc("He got six years, and in the colony another two years were added."))
    years = [t for t in doc if t.lower_ == "years"][-1]
    assert years.dep_ in ("nsubj", "nsubjpass")
