"""English terms and counts (session 30), from a matrix of wordings written for these tests (term
expressions x governing frames x traps): a bare length of time imposed, meted out or handed down on or
to a named person; the parser's reading of 'to' + a role as an infinitive ('handed down eight years to
blogger X'), which hides the recipient; 'the N-year sentence for X' (a name right after 'for'); 'will
spend N years behind bars' ('bars' has the lemma 'bar'); a fronted term with its offence; a verdict
told without a verb of sentencing ('The verdict: seven years ... for blogger X'); a counted part among
a participle's group ('114 foreigners were among those pardoned'); term lengths ('a year-and-a-half',
'half a year', '8 yrs'). Traps: a request to impose, a possible term, a grant of years, a sentence for
a crime against X, time behind bars awaiting trial or if convicted, approximate and partial counts."""

from __future__ import annotations

import pytest

from tests.extract_views import event_pairs, term_pairs
from vigil.extract.en.numbers import parse_term


class TestImposedBareTerm:
    """A verb of giving a verdict with a bare length as its object and the recipient after on/to."""

    @pytest.mark.parametrize(
        ("text", "name", "months"),
        [
            (
                "A court in Kyrgyzstan imposed five years on journalist Makhabat Tazhibek kyzy.",
                "Makhabat Tazhibek kyzy",
                60,
            ),
            ("The tribunal imposed 15 years upon the journalist Ali Anouzla.", "Ali Anouzla", 180),
            ("Court imposes 9 years on Bahraini activist Zainab al-Khawaja", "Zainab al-Khawaja", 108),
            (
                "The Revolutionary Court meted out six years to labour activist Esmail Abdi.",
                "Esmail Abdi",
                72,
            ),
            (
                "Judge Viktor Ivanov handed down eight years to blogger Aliaksandr Kabanau on Friday.",
                "Aliaksandr Kabanau",
                96,
            ),
            (
                "Judge Anna Ivanova handed down a four-year sentence to protester Uladzimir Hundar.",
                "Uladzimir Hundar",
                48,
            ),
        ],
    )
    def test_term_goes_to_the_recipient(self, extract_text, text, name, months):
        result = extract_text(text)
        assert (name, months) in term_pairs(result)
        assert ("sentence", name) in event_pairs(result)

    @pytest.mark.parametrize(
        "text",
        [
            "Prosecutors asked the court to impose seven years on Dmitry Bashkirov.",
            "The judge could impose up to 10 years on activist Lev Ponomaryov.",
            "The foundation gave five years of funding to researcher Olga Misik.",
            "The judge may hand down ten years to blogger Ivan Petrov next week.",
        ],
    )
    def test_no_verdict_no_term(self, extract_text, text):
        result = extract_text(text)
        assert not term_pairs(result)
        assert not any(kind == "sentence" for kind, _ in event_pairs(result))


class TestSentenceForName:
    """'the N-year sentence for X': a name right after 'for' owns the term noun."""

    @pytest.mark.parametrize(
        ("text", "name", "months"),
        [
            (
                "The 13-year sentence for journalist Alexei Danilov was announced on Monday.",
                "Alexei Danilov",
                156,
            ),
            (
                "Activists condemned the nine-year sentence for blogger Mikhail Afanasyev.",
                "Mikhail Afanasyev",
                108,
            ),
            ("The Supreme Court upheld the five-year term for poet Ilya Gorshkov.", "Ilya Gorshkov", 60),
        ],
    )
    def test_term_for_a_name(self, extract_text, text, name, months):
        assert (name, months) in term_pairs(extract_text(text))

    def test_sentence_for_a_crime_against_a_name_is_not_his(self, extract_text):
        text = "The 20-year sentence for the murder of journalist Pavel Sheremet was overturned."
        assert ("Pavel Sheremet", 240) not in term_pairs(extract_text(text))


class TestSpendBehindBars:
    """'will spend N years behind bars' is a decided term (the lemma of 'bars' is 'bar')."""

    @pytest.mark.parametrize(
        ("text", "name", "months"),
        [
            (
                "Blogger Eduard Babaryka will spend eight years behind bars after a court in Gomel "
                "convicted him on Thursday.",
                "Eduard Babaryka",
                96,
            ),
            (
                "Lawyer Yulia Yurhilevich will spend a decade behind bars, the court ruled on Monday.",
                "Yulia Yurhilevich",
                120,
            ),
            ("Student Danila Lavretsky will spend the next six years behind bars.", "Danila Lavretsky", 72),
        ],
    )
    def test_spend_behind_bars(self, extract_text, text, name, months):
        assert (name, months) in term_pairs(extract_text(text))

    @pytest.mark.parametrize(
        "text",
        [
            "Activist Pavel Krisevich could spend 10 years behind bars if convicted.",
            "Journalist Ihar Ilyash will spend two more months behind bars awaiting trial.",
            "Activist Pavel Krisevich will spend 10 years behind bars if he is convicted.",
        ],
    )
    def test_no_verdict_no_term(self, extract_text, text):
        assert not term_pairs(extract_text(text))


class TestFrontedTermForOffence:
    """'Ten years for a Facebook post: that was the sentence handed to X': the offence after the
    fronted term keeps it a term (a time spent on something is none)."""

    def test_fronted_term_with_its_offence(self, extract_text):
        text = "Ten years for a Facebook post: that was the sentence handed to teacher Galina Nikolaeva."
        assert ("Galina Nikolaeva", 120) in term_pairs(extract_text(text))

    def test_time_spent_on_something_is_no_term(self, extract_text):
        text = "Four years for the investigation: that is how long the case of activist Pavel Hrom took."
        assert not term_pairs(extract_text(text))


def _counts(result) -> set[tuple[str, int]]:
    """(event type, count) of every counted event."""
    return {(e.type, e.count) for e in result.events if e.count is not None}


class TestCountedAmongThose:
    """'N people were among those released': an exactly counted part of the participle's group."""

    @pytest.mark.parametrize(
        ("text", "counted"),
        [
            (
                "State media said 114 foreigners were among those pardoned and would be deported.",
                ("release", 114),
            ),
            ("Two Americans were among the prisoners freed in the exchange.", ("release", 2)),
            ("Seven students were among those arrested at the rally.", ("arrest", 7)),
            ("Among those detained on Sunday were three journalists.", ("arrest", 3)),
        ],
    )
    def test_counted_part(self, extract_text, text, counted):
        assert counted in _counts(extract_text(text))

    def test_part_beside_the_whole(self, extract_text):
        text = "Belarus freed 52 prisoners on Thursday. Five journalists were among those released."
        assert {("release", 52), ("release", 5)} <= _counts(extract_text(text))

    @pytest.mark.parametrize(
        "text",
        [
            "Among those freed were 12 journalists and a priest.",
            "More than 30 students were among those arrested at the rally.",
            "Dozens of students were among those arrested at the rally.",
            "Seven students could be among those released next week.",
        ],
    )
    def test_no_exact_count(self, extract_text, text):
        assert not _counts(extract_text(text))


class TestTermExpressions:
    """Ways of writing a term's length: 'a year-and-a-half', 'half a year', a headline's '8 yrs'."""

    @pytest.mark.parametrize(
        ("phrase", "months"),
        [
            ("a year-and-a-half", 18),
            ("two years-and-a-half", 30),
            ("half a year", 6),
            ("8 yrs", 96),
            ("a year and a half", 18),
            ("2½ years", 30),
            ("3.5 years", 42),
            ("two years, eight months", 32),
        ],
    )
    def test_length(self, phrase, months):
        assert parse_term(f"was sentenced to {phrase} in prison") == months

    def test_hyphenated_half_in_a_verdict(self, extract_text):
        text = "A court in Minsk sentenced activist Nasta Loika to a year-and-a-half in a penal colony."
        assert ("Nasta Loika", 18) in term_pairs(extract_text(text))


class TestVerdictTermFor:
    """A verdict told without a verb of sentencing: a term given 'for' a named person."""

    @pytest.mark.parametrize(
        "text",
        [
            "The verdict: seven years in a penal colony for blogger Ihar Losik.",
            "Seven years in a penal colony for blogger Ihar Losik, the court ruled on Tuesday.",
            "The sentence was read out on Tuesday: seven years for opposition activist Ihar Losik.",
        ],
    )
    def test_term_for_a_name(self, extract_text, text):
        assert ("Ihar Losik", 84) in term_pairs(extract_text(text))

    @pytest.mark.parametrize(
        "text",
        [
            "Prosecutors sought seven years in a colony for blogger Ihar Losik, calling the verdict lenient.",
            "The verdict: seven years in a penal colony for attacking blogger Ihar Losik.",
            "The verdict could be seven years for blogger Ihar Losik.",
            "Rights groups said the sentence, ten years for Ihar Losik's killer, was too light.",
            "The court's verdict came two years after the arrest of journalist Ihar Losik.",
        ],
    )
    def test_no_term_for_the_name(self, extract_text, text):
        assert not term_pairs(extract_text(text))
