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


@pytest.mark.parametrize(
    ("words", "language", "value", "precision"),
    [
        ("в пятницу", "ru", "2025-12-12", "day"),
        ("в субботу", "ru", "2025-12-13", "day"),
        ("у пятніцу", "be", "2025-12-12", "day"),
        ("в 2023 году", "ru", "2023", "year"),
        ("у 2023 годзе", "be", "2023", "year"),
        ("в марте 2022 года", "ru", "2022-03", "month"),
        ("у сакавіку 2022 года", "be", "2022-03", "month"),
        ("13 декабря 2025 года", "ru", "2025-12-13", "day"),
    ],
)
def test_reader_reads_russian_and_belarusian_dates(words, language, value, precision):
    """Weekdays count back from publication as in English; a year or a month «в марте» keeps its precision."""
    assert DateReader().when(words, PUB, language=language) == DateValue(value, precision)


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


@pytest.mark.parametrize(
    "text, kind, name",
    [
        (
            "Having spent five months in pre-trial detention, Iryna Kavaliova walked free on Friday.",
            "arrest",
            "Iryna Kavaliova",
        ),
        (
            "Having been detained at the border, the poet Tomas Varga was later sentenced to three years.",
            "arrest",
            "Tomas Varga",
        ),
    ],
)
def test_a_perfect_participle_clause_tells_background(extract_text, text, kind, name):
    """'Having spent / Having been detained ...': done before the main clause's news, so a later
    report of the release does not read as a re-arrest."""
    assert only(extract_text(text, published=PUB), kind, name).background


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


def test_a_day_without_a_year_beside_a_background_date_takes_the_publication_year(extract_text):
    x = extract_text(
        "Mikalai Klimovich, a pensioner serving a three-year term imposed on 24 May 2023, died in a "
        "prison hospital in Vitsebsk on 2 December, his daughter said.\n\n"
        "He was arrested in March 2023. On 24 May he was sentenced.",
        published=PUB,
    )
    death = only(x, "death", "Mikalai Klimovich")
    assert (death.date, death.background) == ("2025-12-02", False)
    sentences = {(e.date, e.background) for e in events(x, "sentence")}
    assert sentences == {("2023-05-24", True), ("2023-05-24", False)}


def test_a_month_is_never_a_mention_of_a_person(extract_text):
    x = extract_text(
        "Lida: A court sentenced Aksana Marchanka to two years on Saturday. She had been detained "
        "in March. She was freed in the courtroom, having served the term in custody.\n\n"
        "Hrodna: Pavel Mayeuski was jailed for three years on Friday.",
        published=PUB,
    )
    assert only(x, "release", "Aksana Marchanka").persons
    marchanka = next(p for p in x.persons if p.name == "Aksana Marchanka")
    assert all(x.document.text[s:e] != "March" for s, e in marchanka.mentions)


def test_a_date_between_the_subject_and_its_verb_dates_the_verb(extract_text):
    x = extract_text(
        "The authorities on 11 December released 27 political prisoners and drove them to the "
        "Lithuanian border, in a deal brokered by Western diplomats.\n\n"
        "Among them was the blogger Ihar Losik.",
        published=PUB,
    )
    assert only(x, "release", "Ihar Losik").date == "2025-12-11"


def test_a_term_with_a_half_is_no_date_and_the_date_after_it_is(extract_text):
    x = extract_text(
        "The blogger Ruslan Kulevich was detained in October 2024 and sentenced to 3 and a half years "
        "in February 2025.\n\nThe nurse Alena Hnauk was sentenced to two and a half years in May.",
        published=PUB,
    )
    sentence = only(x, "sentence", "Ruslan Kulevich")
    assert (sentence.date, sentence.date_precision, sentence.term_months) == ("2025-02", "month", 42)
    assert only(x, "sentence", "Alena Hnauk").date == "2025-05"


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Police re-arrested Anton Hlebau on Monday, only months after he was released from a colony.",
            "Anton Hlebau",
        ),
        ("Weeks after she was freed, Olha Marchuk was detained again at her home in Pinsk.", "Olha Marchuk"),
        (
            "Dzianis Ivashyn was taken into custody again a year after being released from prison.",
            "Dzianis Ivashyn",
        ),
    ],
)
def test_a_release_in_an_after_clause_is_older_than_the_arrest_it_leads_to(extract_text, text, name):
    """'re-arrested him months after he was released' (session 54, roll seed 34): the release came
    before the news; undated, it must not borrow the arrest's day and read as the later state."""
    x = extract_text(text, published=PUB)
    assert only(x, "release", name).background
    assert only(x, "arrest", name).background is False


def test_the_main_clause_release_stays_the_news_beside_an_after_clause(extract_text):
    x = extract_text("Olha Marchuk was released on Friday after a court reduced her term.", published=PUB)
    assert only(x, "release", "Olha Marchuk").background is False
