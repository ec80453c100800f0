"""Each event's own date: absolute, relative to publication, anaphoric, background; at the
precision the text gives (never a year stored as 1 January)."""

from __future__ import annotations

from datetime import date

import pytest

from vigil.extract.dates import DateReader, DateValue
from vigil.model import Extraction

PUB = date(2025, 12, 13)  # a Saturday


def events(x: Extraction, kind: str) -> list:
    return [e for e in x.events if e.type == kind]


def only(x: Extraction, kind: str, name: str):
    pid = next(p.id for p in x.persons if p.name == name)
    found = [e for e in events(x, kind) if pid in e.persons]
    assert len(found) == 1, (kind, name, x.events)
    return found[0]


# -- the reader: words to a value at its precision --------------------------------------


@pytest.mark.parametrize(
    ("words", "value", "precision"),
    [
        ("in 2022", "2022", "year"),
        ("in March 2021", "2021-03", "month"),
        ("on 13 December 2025", "2025-12-13", "day"),
        ("on Monday", "2025-12-08", "day"),
        ("on Saturday", "2025-12-13", "day"),
        ("yesterday", "2025-12-12", "day"),
        ("last week", "2025-12-01", "week"),
        ("last month", "2025-11", "month"),
        ("in March", "2025-03", "month"),
    ],
)
def test_reader_keeps_the_precision_of_the_words(words, value, precision):
    assert DateReader().when(words, PUB) == DateValue(value, precision)


def test_reader_relative_words_need_the_publication_date():
    reader = DateReader()
    assert reader.when("on Monday", None) is None
    assert reader.when("last week", None) is None
    assert reader.read("in March 2021", None) == "2021-03"
    assert reader.read("in 2022", None, language="en") == "2022"


def test_reader_never_dates_after_publication_and_completes_a_year_from_the_text():
    reader = DateReader()
    assert reader.when("on 20 December", PUB) == DateValue("2024-12-20", "day")
    assert reader.when("in March", PUB, year=2021) == DateValue("2021-03", "month")


# -- the pipeline: each event's own date ------------------------------------------------


def test_absolute_dates_belong_to_their_own_clause(extract_text):
    x = extract_text(
        "Ales Karpenka, a teacher sentenced to ten years in 2023 for extremism, was released on "
        "13 December 2025.",
        published=PUB,
    )
    sentence, release = only(x, "sentence", "Ales Karpenka"), only(x, "release", "Ales Karpenka")
    assert (sentence.date, sentence.date_precision, sentence.background) == ("2023", "year", True)
    assert (release.date, release.date_precision, release.background) == ("2025-12-13", "day", False)


def test_relative_dates_are_anchored_to_publication(extract_text):
    x = extract_text("Police detained the journalist Andrei Kuznechyk on Monday in Minsk.", published=PUB)
    assert only(x, "arrest", "Andrei Kuznechyk").date == "2025-12-08"
    x = extract_text("The blogger Ihar Losik was detained last week.", published=PUB)
    arrest = only(x, "arrest", "Ihar Losik")
    assert (arrest.date, arrest.date_precision) == ("2025-12-01", "week")


def test_anaphoric_dates_take_the_last_date_the_text_gave(extract_text):
    x = extract_text(
        "Mass protests followed the election in August 2020.\n\n"
        "Maryna Zolatava was detained in Minsk that June. "
        "Two months later Zolatava was sentenced to four years.\n\n"
        "Protests flared again in 2021. The activist Pavel Seviarynets had been detained in March of "
        "that year.",
        published=PUB,
    )
    arrest = only(x, "arrest", "Maryna Zolatava")
    assert (arrest.date, arrest.date_precision, arrest.background) == ("2020-06", "month", True)
    sentence = only(x, "sentence", "Maryna Zolatava")
    assert (sentence.date, sentence.date_precision) == ("2020-08", "month")
    background = only(x, "arrest", "Pavel Seviarynets")
    assert (background.date, background.date_precision, background.background) == ("2021-03", "month", True)


def test_background_without_a_stated_date_is_undated_never_the_publication_day(extract_text):
    x = extract_text(
        "Maria Kalesnikava, who was serving an 11-year term, was released on Saturday.\n\n"
        "Her colleague Maksim Znak had been detained, his lawyer said.",
        published=PUB,
    )
    serving = only(x, "sentence", "Maria Kalesnikava")
    assert (serving.date, serving.date_precision, serving.background) == (None, None, True)
    assert only(x, "release", "Maria Kalesnikava").date == "2025-12-13"
    detained = only(x, "arrest", "Maksim Znak")
    assert (detained.date, detained.background) == (None, True)


def test_a_term_imposed_in_a_month_is_dated_by_it(extract_text):
    x = extract_text(
        "Maria Kalesnikava, who was serving an 11-year term imposed in April 2022, died in custody.",
        published=PUB,
    )
    serving = only(x, "sentence", "Maria Kalesnikava")
    assert (serving.date, serving.date_precision, serving.background) == ("2022-04", "month", True)
    assert only(x, "death", "Maria Kalesnikava").background is False


def test_durations_and_ages_are_not_dates(extract_text):
    x = extract_text(
        "The 34-year-old blogger Ihar Losik was jailed for eight years that June.",
        published=PUB,
    )
    sentence = only(x, "sentence", "Ihar Losik")
    assert sentence.term_months == 96
    assert sentence.date is None  # "that June" with no year given before: no reference


def test_precision_and_background_travel_in_the_jsonl_contract(extract_text):
    x = extract_text("Ihar Losik, who had been detained in 2020, was freed on Saturday.", published=PUB)
    data = x.to_json()
    arrest = next(e for e in data["events"] if e["type"] == "arrest")
    assert (arrest["date"], arrest["date_precision"], arrest["background"]) == ("2020", "year", True)
    again = Extraction.from_json(data)
    assert [(e.date, e.date_precision, e.background) for e in again.events] == [
        (e.date, e.date_precision, e.background) for e in x.events
    ]


def test_serving_a_term_before_walking_free_is_background_and_last_year_is_a_year_back(extract_text):
    x = extract_text(
        "Lyudmila Ostrovskaya, a librarian, walked free yesterday after serving her full 2-year sentence.\n\n"
        "Ostrovskaya was sentenced in April last year for sending photographs to a news site.",
        published=PUB,
    )
    release = only(x, "release", "Lyudmila Ostrovskaya")
    assert (release.date, release.background) == ("2025-12-12", False)
    sentences = [e for e in events(x, "sentence")]
    assert {(e.date, e.background) for e in sentences} == {(None, True), ("2024-04", False)}
