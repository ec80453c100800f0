"""Sentence terms, session 53 (`terms`), in wordings invented for these tests, each class with traps:

* a live blog's or digest's verdict line, bulleted or time-stamped, "— Name[, age]: TERM ...",
  under a heading that tells the verdict or alone with a penal word; not under a request, not time
  spent before trial, not a probation period;
* a set-off "receiving N years" clause without a subject tells the main clause's subject's term;
* "X, a physicist convicted of ... and sentenced to N years": the second participle the parser
  joins to the name is the name's;
* "In total the three will spend N years in the colonies": a group's sum is nobody's term;
* a text table whose header names a column of sentences; not a column (or a lead-in) of requests.
"""

from __future__ import annotations

from vigil.model import Extraction


def _terms(result: Extraction) -> set[tuple[str, int]]:
    names = {p.id: p.name for p in result.persons}
    return {(names[p], e.term_months) for e in result.events if e.term_months for p in e.persons}


_CAGE = "Dmitri Volkov, Irina Sedova and Pavel Kornev stand in the glass cage of the regional court.\n\n"


def test_verdict_lines_under_a_verdict_heading(extract_text) -> None:
    terms = _terms(
        extract_text(
            "LIVE: Verdict in the Tver library case\n\n"
            "10:15\n" + _CAGE + "10:48\n"
            "VERDICT. All three found guilty.\n"
            "— Volkov: 8 years, strict-regime colony\n"
            "— Sedova: 5 years and 6 months\n"
            "— Kornev: 4 years, suspended, with a 3-year probation period\n"
        )
    )
    assert ("Dmitri Volkov", 96) in terms
    assert ("Irina Sedova", 66) in terms
    assert ("Pavel Kornev", 48) in terms
    assert ("Pavel Kornev", 36) not in terms  # the probation period is no term


def test_time_stamped_verdict_line_alone(extract_text) -> None:
    terms = _terms(extract_text("16:20 — Arseny Lebedev, 29: seven and a half years in a penal colony."))
    assert terms == {("Arseny Lebedev", 90)}


def test_verdict_lines_under_a_request_are_no_terms(extract_text) -> None:
    """Trap: the lines give what the prosecution asked for."""
    terms = _terms(
        extract_text(
            _CAGE + "The prosecutor asked the court for these terms.\n"
            "— Volkov: 9 years, strict-regime colony\n"
            "— Sedova: 7 years\n"
        )
    )
    assert not terms


def test_verdict_lines_of_time_before_trial_are_no_terms(extract_text) -> None:
    """Trap: time already held before the verdict."""
    terms = _terms(
        extract_text(
            _CAGE + "How long they have been held in jail.\n"
            "— Volkov: 2 years in jail pending trial\n"
            "— Sedova: 14 months in jail before the hearing\n"
        )
    )
    assert not terms


def test_verdict_line_of_probation_only_is_no_term(extract_text) -> None:
    terms = _terms(extract_text(_CAGE + "VERDICT. Guilty.\n— Kornev: 3 years of probation\n"))
    assert ("Pavel Kornev", 36) not in terms


def test_receiving_clause_gives_the_subject_its_term(extract_text) -> None:
    terms = _terms(
        extract_text(
            "Courier Bogdan Ilyin was convicted of treason in March, receiving 13 years in a colony."
        )
    )
    assert ("Bogdan Ilyin", 156) in terms


def test_receiving_clause_traps(extract_text) -> None:
    """Traps: a clause with a subject of its own, and something received that is no term."""
    result = extract_text("Courier Bogdan Ilyin was arrested in March, receiving a summons a day earlier.")
    assert not any(e.type == "sentence" for e in result.events)
    terms = _terms(
        extract_text(
            "Prosecutors asked for 13 years for courier Bogdan Ilyin, while his lawyer was receiving threats."
        )
    )
    assert not terms


def test_second_participle_of_an_aside_is_the_names(extract_text) -> None:
    terms = _terms(
        extract_text(
            "Oskar Lind, a chemist convicted of spying in 2024 and sentenced to 11 years, was freed on "
            "Friday."
        )
    )
    assert ("Oskar Lind", 132) in terms


def test_second_participle_of_an_aside_traps(extract_text) -> None:
    """Traps: a participle of release gives no term; a request in the aside gives none."""
    terms = _terms(
        extract_text(
            "Engineer Oskar Lind, a chemist detained in Minsk in 2022 and facing up to 11 years, spoke "
            "from the dock."
        )
    )
    assert not terms


def test_group_total_is_nobodys_term(extract_text) -> None:
    """'three mechanics get 30 years between them': the sum is no member's term."""
    for text in (
        "Three mechanics get 30 years between them in Gomel\n\n"
        "Ruslan Hamidov, Timur Sadykov and Oleg Brant were convicted of sabotage on Monday. Hamidov was "
        "sentenced to 12 years, Sadykov to ten and Brant to eight.",
        "Ruslan Hamidov, Timur Sadykov and Oleg Brant were convicted on Monday. Hamidov was sentenced "
        "to 12 years, Sadykov to ten and Brant to eight. Between them the three mechanics will spend "
        "30 years in penal colonies.",
    ):
        terms = _terms(extract_text(text))
        assert ("Ruslan Hamidov", 144) in terms and ("Oleg Brant", 96) in terms
        assert not any(months == 360 for _, months in terms)


def test_one_persons_spend_is_still_a_term(extract_text) -> None:
    """Trap for the total: a single person's 'will spend' stays a term."""
    terms = _terms(
        extract_text(
            "Ruslan Hamidov was convicted of sabotage on Monday. He will spend nine years in a "
            "strict-regime colony."
        )
    )
    assert ("Ruslan Hamidov", 108) in terms


_TABLE = (
    'On 2 June the Batumi City Court found three dockers guilty of "group violence" at a port protest.\n\n'
)


def test_table_with_a_sentence_column(extract_text) -> None:
    terms = _terms(
        extract_text(
            _TABLE + "The defendants and their punishments:\n\n"
            "| Defendant | Age | Work | Sentence |\n"
            "|---|---|---|---|\n"
            "| Zurab Tsiklauri | 33 | crane operator | 3 years 6 months |\n"
            "| Eka Mgeladze | 27 | clerk | 2 years |\n"
            "| Gela Chkheidze | 51 | foreman | acquitted |\n"
        )
    )
    assert ("Zurab Tsiklauri", 42) in terms
    assert ("Eka Mgeladze", 24) in terms
    assert not any(name == "Gela Chkheidze" for name, _ in terms)
    assert not any(months in (33, 27, 51) for _, months in terms)  # ages are no terms


def test_table_of_requests_gives_no_terms(extract_text) -> None:
    """Traps: a column of sentences sought, and a table under a request."""
    terms = _terms(
        extract_text(
            "Three dockers went on trial in Batumi on Monday.\n\n"
            "| Defendant | Age | Sentence sought |\n"
            "|---|---|---|\n"
            "| Zurab Tsiklauri | 33 | 7 years |\n"
        )
    )
    assert not terms
    terms = _terms(
        extract_text(
            "Three dockers went on trial in Batumi on Monday. Prosecutors requested these terms:\n\n"
            "| Defendant | Age | Sentence |\n"
            "|---|---|---|\n"
            "| Zurab Tsiklauri | 33 | 7 years |\n"
        )
    )
    assert not terms


def test_clause_after_relatives_of_a_name_is_the_names(extract_text) -> None:
    """'Relatives of X, 58, who is serving ...': the singular verb cannot agree with 'Relatives'."""
    terms = _terms(
        extract_text(
            "Relatives of Yury Savitski, 58, who is serving nine years for sabotage in a colony near "
            "Orsha, say he has lost weight."
        )
    )
    assert ("Yury Savitski", 108) in terms


def test_clause_after_a_relation_of_a_name_serving_a_term(extract_text) -> None:
    """'The wife of X, who is serving ...': a relative does not serve the prisoner's term."""
    terms = _terms(
        extract_text(
            "The wife of Yury Savitski, who is serving a seven-year sentence in a colony near Orsha, "
            "spoke to reporters on Monday."
        )
    )
    assert ("Yury Savitski", 84) in terms


def test_bare_term_keeps_its_half(extract_text) -> None:
    terms = _terms(
        extract_text(
            "Editors Tamara Gulieva, Farid Aliyev and Rauf Hasanli were convicted on Friday. Gulieva "
            "received nine years. Aliyev got six and a half."
        )
    )
    assert ("Farid Aliyev", 78) in terms
    assert ("Farid Aliyev", 72) not in terms


_CARDS = (
    "WRITERS AT RISK — CASE FILE (extract)\n\n"
    "Ngo Minh Quan — essayist\n"
    "Date of arrest: 4 April 2023\n"
    "Sentence: seven years' imprisonment and three years of probation (Nam Dinh Court, 2024)\n"
    "Details: Ngo Minh Quan, 52, wrote essays about land seizures in his province.\n"
    "Status: Imprisoned.\n\n"
    "Vu Thi Mai — songwriter\n"
    "Date of arrest: 9 June 2025\n"
    "Charge: Article 331; faces up to seven years\n"
    "Details: Vu Thi Mai, 30, wrote songs about the floods.\n"
    "Status: Detained pending trial.\n\n"
    "Hoang Van Lam — editor\n"
    "Date of arrest: 1 May 2024\n"
    "Sentence: prosecutors asked for nine years; the verdict is due in January\n"
)


def test_case_card_sentence_field(extract_text) -> None:
    terms = _terms(extract_text(_CARDS))
    assert ("Ngo Minh Quan", 84) in terms
    assert ("Ngo Minh Quan", 36) not in terms  # the probation period is no term


def test_case_card_traps(extract_text) -> None:
    """Traps: a charge that one 'faces up to', a field that tells a request."""
    terms = _terms(extract_text(_CARDS))
    assert not any(name in ("Vu Thi Mai", "Hoang Van Lam") for name, _ in terms)
