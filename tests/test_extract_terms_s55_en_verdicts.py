"""Group verdicts whose members and terms are told apart, session 55 (helper en-verdicts), in
wordings invented for these tests, each class with its traps:

* "A, B and C were found guilty. The judge gave them 13, 12 and 11 years, respectively.": the
  terms follow the order the people were last named before the sentence, whatever later
  paragraphs say of them;
* a law's bound ("under Article 331, which carries a maximum of seven years") is no term;
* a sentence with no finite verb that opens with a term ("Eight years, general regime.") is the
  term of the one person whose verdict the sentence before told without one; not a time after
  something, not after a request, not after a release;
* verdict lines parted by a dash (also typed "--") as well as a colon, under a time stamp or a
  bullet, and a caption line opened by a "[Photo]" label;
* a verbless run "A and B — three years each; C — two years" right after a group's verdict; one
  item "X, a teacher: nine years" too; not after a request;
* "B and C got seven" / "B and C each got 13" after a stated term: each holder gets the bare
  number; not "13 between them";
* a caption "X, 44, a teacher." after a counted group's verdict, then "Nine years.".
"""

from __future__ import annotations

from vigil.model import Extraction


def _terms(result: Extraction) -> set[tuple[str, int]]:
    names = {p.id: p.name for p in result.persons}
    return {(names[p], e.term_months) for e in result.events if e.term_months for p in e.persons}


# --- "respectively" over people named before ------------------------------------------------


def test_respectively_follows_the_order_named_before_not_later(extract_text) -> None:
    text = (
        "Judge Pavel Rudnik read the verdict on Friday. Kastus Lemiasheu, Aliaksei Zubrych and "
        "Hanna Sarokina were found guilty of high treason. The judge gave them 14, 10 and 9 years "
        "in a strict-regime colony, respectively.\n\n"
        "Their lawyers said they would appeal. Lemiasheu has a heart condition, his sister said."
    )
    terms = _terms(extract_text(text))
    assert ("Kastus Lemiasheu", 168) in terms and ("Hanna Sarokina", 108) in terms
    assert ("Kastus Lemiasheu", 108) not in terms and ("Hanna Sarokina", 168) not in terms


# --- a law's maximum -----------------------------------------------------------------------


def test_a_maximum_the_law_carries_is_no_term(extract_text) -> None:
    text = "Tran Minh Hieu was convicted in May under Article 117, which carries a maximum of 12 years."
    assert ("Tran Minh Hieu", 144) not in _terms(extract_text(text))


def test_a_maximum_penalty_of_is_no_term(extract_text) -> None:
    text = "Rania Haddad was convicted of sedition, which carries a maximum penalty of seven years."
    assert not _terms(extract_text(text))


def test_the_maximum_a_court_gave_keeps_its_term(extract_text) -> None:
    text = "Rania Haddad was sentenced to the maximum term of seven years in prison."
    assert ("Rania Haddad", 84) in _terms(extract_text(text))


# --- a verbless term after a one-person verdict --------------------------------------------


def test_verbless_term_after_a_heard_sentence(extract_text) -> None:
    text = "Iryna Vasilenka heard her sentence after the others. Six years, general regime."
    assert ("Iryna Vasilenka", 72) in _terms(extract_text(text))


def test_verbless_term_after_a_conviction(extract_text) -> None:
    text = "The regional court convicted Iryna Vasilenka on Monday. Six years in a penal colony."
    assert ("Iryna Vasilenka", 72) in _terms(extract_text(text))


def test_a_time_after_something_is_no_verbless_term(extract_text) -> None:
    text = "Iryna Vasilenka was convicted in 2015. Six years later, she left the country."
    assert not _terms(extract_text(text))


def test_no_verbless_term_after_a_request(extract_text) -> None:
    text = "Prosecutors asked the court to convict Iryna Vasilenka. Six years, they said."
    assert not _terms(extract_text(text))


def test_no_verbless_term_after_a_release(extract_text) -> None:
    text = "Iryna Vasilenka was released on Tuesday. Six years behind bars."
    assert not _terms(extract_text(text))


def test_no_verbless_probation(extract_text) -> None:
    text = "Iryna Vasilenka was convicted on Tuesday. Three years of probation."
    assert not _terms(extract_text(text))


# --- verdict lines parted by a dash, captions ----------------------------------------------


def test_live_blog_line_with_dashes(extract_text) -> None:
    text = (
        "LIVE: verdict in the Osh protest case\n\n"
        "14:10 -- Judge Aibek Osmonov starts reading.\n\n"
        "14:32 -- Nurbek Sydykov -- six years, suspended, with a probation period of two years.\n\n"
        "14:35 — Elmira Zhumabaeva — four years in a general-regime colony."
    )
    terms = _terms(extract_text(text))
    assert ("Nurbek Sydykov", 72) in terms and ("Elmira Zhumabaeva", 48) in terms
    assert ("Nurbek Sydykov", 24) not in terms


def test_live_blog_verdict_then_term_on_one_line(extract_text) -> None:
    text = (
        "LIVE: verdict in the Osh protest case\n\n"
        "14:05 — The defendants are Nurbek Sydykov and Elmira Zhumabaeva.\n\n"
        "14:41 — Sydykov: found guilty of calling for mass riots. Eight years of imprisonment."
    )
    assert ("Nurbek Sydykov", 96) in _terms(extract_text(text))


def test_a_dashed_line_of_a_request_is_no_term(extract_text) -> None:
    text = (
        "Live: the hearing in Osh\n\n"
        "14:10 -- Nurbek Sydykov -- six years requested by the prosecutor.\n\n"
        "14:12 — Elmira Zhumabaeva — two years ago she was detained."
    )
    assert not _terms(extract_text(text))


def test_dashed_list_under_a_verdict_lead_in(extract_text) -> None:
    text = (
        "The court read out its verdict for the editors of Kolokol. The sentences:\n\n"
        "- Farhad Guliyev, publisher -- 8 years and 6 months;\n"
        "- Leyla Mammadova -- 6 years;\n"
        "- Rauf Aliyev and Samir Huseynov -- 5 years each."
    )
    terms = _terms(extract_text(text))
    assert {
        ("Farhad Guliyev", 102),
        ("Leyla Mammadova", 72),
        ("Rauf Aliyev", 60),
        ("Samir Huseynov", 60),
    } <= terms


def test_dashed_list_of_requests_gives_no_term(extract_text) -> None:
    text = (
        "The prosecution asked the court for these terms:\n\n"
        "- Farhad Guliyev, publisher -- 8 years and 6 months;\n"
        "- Leyla Mammadova -- 6 years."
    )
    assert not _terms(extract_text(text))


def test_caption_label_line(extract_text) -> None:
    text = (
        "The Supreme Court sentenced eight members of the dockers' union on Monday.\n\n"
        "[Photo] Mikalai Astrouski, the union's chairman: 13 years in a high-security colony."
    )
    assert ("Mikalai Astrouski", 156) in _terms(extract_text(text))


# --- a verbless run after a group's verdict ------------------------------------------------


def test_run_after_a_counted_verdict_with_shared_term(extract_text) -> None:
    text = (
        "Four dockers were convicted of 'gross violation of public order'. Mikalai Astrouski and "
        "Ruslan Pyatrou — two years of restricted freedom each; Ihar Babko — 18 months of home "
        "confinement; Zmitser Laptsik — one year in a colony."
    )
    terms = _terms(extract_text(text))
    assert {
        ("Mikalai Astrouski", 24),
        ("Ruslan Pyatrou", 24),
        ("Ihar Babko", 18),
        ("Zmitser Laptsik", 12),
    } <= terms


def test_one_item_after_a_counted_verdict(extract_text) -> None:
    text = "The court jailed three dockers. Ihar Babko, a crane driver from Hrodna: seven years in a colony."
    assert ("Ihar Babko", 84) in _terms(extract_text(text))


def test_no_run_after_a_request(extract_text) -> None:
    text = (
        "Prosecutors asked for long terms for four dockers. Mikalai Astrouski — five years; "
        "Ihar Babko — four years."
    )
    assert not _terms(extract_text(text))


def test_ages_in_a_run_are_no_terms(extract_text) -> None:
    text = "Four dockers were convicted on Monday. Mikalai Astrouski, 41; Ihar Babko, 38."
    assert not _terms(extract_text(text))


# --- bare numbers for several people --------------------------------------------------------


def test_plural_bare_number_after_a_term(extract_text) -> None:
    text = "Ali Karimov was given 11 years. Bahrom Usmonov and Davron Rahimov got nine."
    terms = _terms(extract_text(text))
    assert ("Bahrom Usmonov", 108) in terms and ("Davron Rahimov", 108) in terms


def test_plural_bare_number_with_each(extract_text) -> None:
    text = "Ali Karimov was given 11 years in a colony. Bahrom Usmonov and Davron Rahimov each got eight."
    terms = _terms(extract_text(text))
    assert ("Bahrom Usmonov", 96) in terms and ("Davron Rahimov", 96) in terms


def test_a_bare_sum_is_no_ones_term(extract_text) -> None:
    text = "Ali Karimov was given 11 years. Bahrom Usmonov and Davron Rahimov got 17 between them."
    terms = _terms(extract_text(text))
    assert ("Bahrom Usmonov", 204) not in terms and ("Davron Rahimov", 204) not in terms


# --- a caption member after a counted verdict -----------------------------------------------


def test_caption_member_then_a_verbless_term(extract_text) -> None:
    text = (
        "The Hrodna court sentenced seven postal workers on Friday.\n\n"
        "Ales Dzianisau, 52, a sorter. Eleven years.\n\n"
        "Tamara Kurylenka, 47. Nine years in a general-regime colony."
    )
    terms = _terms(extract_text(text))
    assert ("Ales Dzianisau", 132) in terms and ("Tamara Kurylenka", 108) in terms


def test_caption_member_without_a_group_verdict_gives_nothing(extract_text) -> None:
    assert not _terms(extract_text("Ales Dzianisau, 52, a sorter. Eleven years."))


def test_caption_then_a_time_ago_is_no_term(extract_text) -> None:
    text = (
        "The Hrodna court sentenced seven postal workers on Friday.\n\n"
        "Ales Dzianisau, 52, a sorter. Eleven years ago he moved to Hrodna."
    )
    assert not _terms(extract_text(text))


def test_a_possessor_is_no_holder_of_the_bare_number(extract_text) -> None:
    text = "Firuz Nazarov was given seven years. His brother, Daler Nazarov, received five."
    terms = _terms(extract_text(text))
    assert ("Daler Nazarov", 60) in terms and ("Firuz Nazarov", 60) not in terms
