"""Sentence terms, session 52 (`terms`), in wordings invented for these tests:

* a "respectively" that closes the list of an earlier clause pairs nothing in a later one ("...,
  respectively, while C and D got five years each");
* a clause of contrast in a past tense of its own ("while B and C were ordered to serve ...") is a
  fact beside a main clause that foretells, not under it;
* months past a year after years ("two years and 20 months ... respectively") are a second term,
  no remainder of one;
* "the youngest at 20" is an age, no term;
* a list closed by "respectively" after name-to-term pairs ("A to ten years, B to six, and C and D
  to five and four years respectively");
* "X, a former director whose six-year sentence ...": the term noun the parser set beside the
  name's role is the name's;
* Russian digest lines: a name with an aside before the dash (an age, a role), and the next item
  of a list of terms after a semicolon.
"""

from __future__ import annotations

from tests.extract_views import event_pairs
from vigil.model import Extraction


def _terms(result: Extraction) -> set[tuple[str, int]]:
    names = {p.id: p.name for p in result.persons}
    return {(names[p], e.term_months) for e in result.events if e.term_months for p in e.persons}


def test_respectively_of_an_earlier_clause_pairs_nothing_later(extract_text) -> None:
    terms = _terms(
        extract_text(
            "Oleksandr Marchuk and Dmytro Savka were given nine and seven years, respectively, while "
            "Taras Hlyva and Ivan Boichuk got five years each."
        )
    )
    assert ("Taras Hlyva", 60) in terms and ("Ivan Boichuk", 60) in terms
    assert ("Oleksandr Marchuk", 108) in terms and ("Dmytro Savka", 84) in terms
    assert ("Taras Hlyva", 108) not in terms and ("Ivan Boichuk", 84) not in terms


def test_respectively_of_its_own_clause_still_pairs(extract_text) -> None:
    """Trap: the list of the trigger's own clause keeps its order."""
    terms = _terms(
        extract_text("Oleksandr Marchuk and Dmytro Savka received nine and seven years respectively.")
    )
    assert terms == {("Oleksandr Marchuk", 108), ("Dmytro Savka", 84)}


def test_past_contrast_clause_under_a_future_main_clause_is_told(extract_text) -> None:
    terms = _terms(
        extract_text(
            "Reporter Gulnara Aliyeva will spend six years in a strict-regime colony, while editor "
            "Rauf Mammadov and driver Elchin Karimov were ordered to serve four years each."
        )
    )
    assert ("Rauf Mammadov", 48) in terms and ("Elchin Karimov", 48) in terms


def test_contrast_clause_keeps_its_own_modality(extract_text) -> None:
    """Traps: the contrast clause's own modal, and the main clause's, still hold."""
    pairs = event_pairs(
        extract_text(
            "Lawyer Zhanna Orlova may be pardoned next month, while her colleague Pavel Dudko was freed "
            "in May."
        )
    )
    assert ("release", "Pavel Dudko") in pairs
    assert ("release", "Zhanna Orlova") not in pairs
    pairs = event_pairs(
        extract_text(
            "Blogger Pavel Dudko was freed in May, while his colleague Zhanna Orlova could be deported."
        )
    )
    assert ("release", "Pavel Dudko") in pairs
    assert ("deportation", "Zhanna Orlova") not in pairs


def test_months_past_a_year_are_a_second_term(extract_text) -> None:
    result = extract_text(
        "A district court convicted two trade unionists on Monday, sentencing them to three years and "
        "20 months in prison respectively."
    )
    assert not any(e.term_months == 56 for e in result.events)


def test_years_and_months_under_a_year_stay_one_term(extract_text) -> None:
    """Trap: 'three years and six months' is one term."""
    terms = _terms(
        extract_text("Unionist Halina Sauchuk was sentenced to three years and six months in prison.")
    )
    assert terms == {("Halina Sauchuk", 42)}


def test_age_at_a_superlative_is_no_term(extract_text) -> None:
    terms = _terms(
        extract_text(
            "Lam Ka-wing and Ho Chi-man were each jailed for 14 months, while Wong Siu-ting, the "
            "oldest at 19, got nine months."
        )
    )
    assert ("Wong Siu-ting", 9) in terms
    assert ("Wong Siu-ting", 19) not in terms


def test_respectively_list_after_name_to_term_pairs(extract_text) -> None:
    terms = _terms(
        extract_text(
            "The tribunal sentenced editor Farida Gulieva to ten years, reporter Anar Hasanov to six "
            "and a half years, and camera operators Leyla Mamedova and Turan Aliyev to five and four "
            "years respectively."
        )
    )
    assert terms == {
        ("Farida Gulieva", 120),
        ("Anar Hasanov", 78),
        ("Leyla Mamedova", 60),
        ("Turan Aliyev", 48),
    }


def test_respectively_list_after_pairs_asked_for_is_no_term(extract_text) -> None:
    """Trap: a prosecutor's request of such a list gives no terms."""
    terms = _terms(
        extract_text(
            "The prosecutor asked the tribunal to sentence editor Farida Gulieva to ten years, and "
            "Leyla Mamedova and Turan Aliyev to five and four years respectively."
        )
    )
    assert terms == set()


def test_ru_digest_line_with_an_age_aside(run) -> None:
    result = run(
        "Суд огласил приговор по делу о чате.\n\nПётр Ломакин, 61 год, — пять лет; Николай Зуев — три "
        "с половиной года.\n\nИгорь Чаплин, как несовершеннолетний на момент дела, — шесть лет и два "
        "месяца в воспитательной колонии.",
        "ru",
    )
    assert _terms(result) == {("Пётр Ломакин", 60), ("Николай Зуев", 42), ("Игорь Чаплин", 74)}


def test_ru_digest_age_alone_is_no_term(run) -> None:
    """Traps: an age after the dash, with no age told before it, and a list asked for."""
    result = run(
        "На заседание пришли родственники.\n\nАнна Орлова — 45 лет; Николай Зуев — 38 лет.",
        "ru",
    )
    assert _terms(result) == set()
    result = run(
        "Прокурор попросил суд назначить такие сроки:\n\nПётр Ломакин, 61 год, — пять лет; Николай "
        "Зуев — три с половиной года.",
        "ru",
    )
    assert _terms(result) == set()


def test_whose_term_beside_a_role_of_the_name(extract_text) -> None:
    """'X, a role whose N-year sentence ...' with the clause broken by the parser: X's term."""
    terms = _terms(
        extract_text(
            '- Hleb Sarokin, a former school director whose six-year sentence for "insulting the '
            'president" was due to run until 2027.'
        )
    )
    assert terms == {("Hleb Sarokin", 72)}


def test_whose_term_of_an_unnamed_role_is_no_ones(extract_text) -> None:
    """Trap: the role noun names no one ('among them a teacher whose ...')."""
    terms = _terms(
        extract_text(
            "The president pardoned 30 prisoners on Monday, among them a teacher whose six-year "
            "sentence for a poem had drawn protests."
        )
    )
    assert terms == set()


def test_time_before_a_term_is_up_is_no_term(extract_text) -> None:
    """A copula's term comes after it: 'three months before his term was up' is time left."""
    result = extract_text("Ales Kavalenka died in a colony hospital, three months before his term was up.")
    assert ("death", "Ales Kavalenka") in event_pairs(result)
    assert _terms(result) == set()


def test_term_after_the_copula_is_told(extract_text) -> None:
    """Trap: the copula's own complement is still the term."""
    terms = _terms(
        extract_text(
            "The court convicted blogger Ihar Losik of incitement on Friday. His sentence is "
            "six years in a medium-security colony."
        )
    )
    assert ("Ihar Losik", 72) in terms
