"""Properties of cleaning and of number and term parsing, tried on generated text (bounded examples)."""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from vigil.extract.en.numbers import parse_number, parse_term
from vigil.ingest.clean import clean_text
from vigil.ingest.documents import make_document

FAST = settings(
    max_examples=150, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
)

# Text that looks like scraped news: words, spaces, line breaks, quote marks, dashes, controls,
# zero-width and combining characters, repeated paragraphs.
_PIECES = st.sampled_from(
    [
        "Ales",
        "Bialiatski",
        "was",
        "released",
        "on",
        "Saturday",
        ".",
        ",",
        " ",
        "  ",
        "\t",
        "\n",
        "\n\n",
        "\r\n",
        "\u201c",
        "\u201d",
        "\u00ab",
        "\u00bb",
        "\u2019",
        "\u2014",
        "\u2013",
        "\u00a0",
        "\u200b",
        "\u200d",
        "\ufeff",
        "\u00ad",
        "\x00",
        "\x07",
        "e\u0301",
        "\u0301",
        "\u0306",
        "й",
        "Колесникова",
        "Kalesnikava",
        "said:",
        '"',
        "'",
    ]  # fmt: skip
)
NEWSY = st.lists(st.one_of(_PIECES, st.text(max_size=8)), max_size=40).map("".join)
PARAGRAPHS = st.lists(NEWSY, min_size=1, max_size=6).map(lambda ps: "\n".join(ps + ps[:2]))


@FAST
@given(st.one_of(NEWSY, PARAGRAPHS))
@example("Ales\u200b\u0301")  # a dropped zero-width space let the accent join its letter only next time
def test_cleaning_is_idempotent(text: str) -> None:
    once = clean_text(text).text
    twice = clean_text(once)
    assert twice.text == once
    assert twice.duplicates_removed == 0


@FAST
@given(st.one_of(NEWSY, PARAGRAPHS))
def test_cleaned_text_has_no_controls_or_doubled_spaces(text: str) -> None:
    cleaned = clean_text(text).text
    assert "  " not in cleaned and "\t" not in cleaned and "\r" not in cleaned
    assert not any(ord(ch) < 32 and ch != "\n" for ch in cleaned)
    assert cleaned == cleaned.strip()


_NAMES = st.sampled_from(
    ["Maria Kolesnikova", "Ales Bialiatski", "Viktor Babaryka", "Ihar Losik", "Pavel Sevyarynets"]
)
_VERBS = st.sampled_from(
    ["was released", "was arrested", "was sentenced to eight and a half years", "was freed", "said"]
)
_SENTENCE = st.builds(lambda n, v, tail: f"{n} {v} {tail}.", _NAMES, _VERBS, NEWSY)


@settings(max_examples=25, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(_SENTENCE, NEWSY), min_size=1, max_size=5).map(" \n".join))
def test_every_extracted_offset_indexes_the_cleaned_text(extractor, text: str) -> None:  # type: ignore[no-untyped-def]
    try:
        document = make_document(text, source="generated.txt", language="en")
    except Exception as exc:  # only the clear "no words" refusal is allowed
        assert "no words" in str(exc)
        return
    result = extractor.extract(document)
    clean = result.document.text
    assert clean == clean_text(text).text
    for person in result.persons:
        for start, end in person.mentions:
            assert 0 <= start < end <= len(clean)
            assert clean[start:end].strip() == clean[start:end] and clean[start:end]
    for event in result.events:
        start, end = event.evidence
        assert 0 <= start < end <= len(clean)
    for quote in result.quotes:
        assert clean[quote.span[0] : quote.span[1]] == quote.text


_UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
          "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
          "nineteen"]  # fmt: skip
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def _words(n: int) -> str:
    """English words for 0 <= n < 1,000,000, as a reporter writes them."""
    if n < 20:
        return _UNITS[n]
    if n < 100:
        return _TENS[n // 10] + ("" if n % 10 == 0 else "-" + _UNITS[n % 10])
    if n < 1000:
        rest = n % 100
        return _UNITS[n // 100] + " hundred" + ("" if rest == 0 else " and " + _words(rest))
    rest = n % 1000
    return _words(n // 1000) + " thousand" + ("" if rest == 0 else " " + _words(rest))


@FAST
@given(st.integers(min_value=0, max_value=999_999))
def test_numbers_in_digits_and_words_read_back(n: int) -> None:
    assert parse_number(str(n)) == n
    assert parse_number(f"{n:,}") == n
    assert parse_number(_words(n)) == n
    assert parse_number(_words(n).title()) == n


@FAST
@given(st.text(max_size=30))
@example("²")  # a digit to str.isdigit, not to int()
@example("1²")
def test_number_parsing_never_raises(text: str) -> None:
    value = parse_number(text)
    assert value is None or (isinstance(value, int) and value >= 0)


@FAST
@given(st.integers(min_value=1, max_value=49), st.integers(min_value=0, max_value=11), st.booleans())
def test_terms_read_back_in_months(years: int, months: int, as_words: bool) -> None:
    y = _words(years) if as_words else str(years)
    text = f"sentenced to {y} years" + (f" and {months} months" if months else "") + " in a colony"
    assert parse_term(text) == years * 12 + months
    assert parse_term(f"jailed for {y} and a half years") == years * 12 + 6


@FAST
@given(st.text(max_size=60))
def test_term_parsing_never_raises_and_stays_in_range(text: str) -> None:
    months = parse_term(text)
    assert months is None or 0 < months <= 600
