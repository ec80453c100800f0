"""English quotes on real news, session 60 (helper enquotes, led by the census of missed and
misattributed quotes on the real English tuning halves and the English read sets, docs/extract.md
"Session 60 — quotes on real English news (enquotes)"), in wordings invented for these tests:

* a "he/she said" does not reach back past a name that reports speech in between when the
  person finder missed that name: a peer's or an honorific's title before it ('Tory peer Lord
  Beswick said'), or, when the tagger read it as an organisation, an organisation's possessive
  before a name of its own ('Amnesty International's Mya Sandar Win said'); the words get no
  speaker rather than the wrong one. An organisation or its unit reporting ('Amnesty
  International's Europe Office said', 'the Helsinki Committee's Legal Unit said') keeps the
  pronoun's antecedent;
* 'X said the sentencing of Y on "..." was ...': a name set inside the subject phrase of the
  clause X reports is what X reports, as a subject already was: the next "he/she said" is X's
  (here: nobody's, X being a name the finder missed), not Y's.
"""

from __future__ import annotations

import pytest

from tests.extract_views import quote_openings

HEAD = "Verdict in Vilnius\n\n"


def speakers_of(result, opening: str) -> set[str]:
    """The speakers given to the quote(s) opening with `opening` ("?" for none)."""
    return {name for name, words in quote_openings(result) if words == opening}


# --- a titled or owned name the finder missed stops the pronoun ------------------------------------

FREED = "Jeffrey Marlow was freed from prison on Monday after serving two years for perjury.\n\n"
WORDS = ' "I never stopped believing I would walk out," he said.'


@pytest.mark.parametrize(
    "between",
    [
        "Tory peer Lord Beswick said he agreed with the party's view, and said the case should be looked at.",
        "Senior Conservative Lord Strathmoor said he agreed with the party's view.",
    ],
)
def test_a_titled_name_the_finder_missed_keeps_the_words_from_the_earlier_person(extract_text, between):
    found = quote_openings(extract_text("Verdict in London\n\n" + FREED + between + WORDS))
    assert not any(name == "Jeffrey Marlow" for name, _ in found)


def test_an_organisations_person_the_finder_missed_keeps_the_words_from_the_reported_person(extract_text):
    text = (
        HEAD + "Daw Khin Lay was sentenced to six years in prison on Tuesday. She denied the charges.\n\n"
        "Amnesty International's Mya Sandar Win said the sentencing of Daw Khin Lay on \"invented charges "
        'shows contempt for the law".\n\n"The court ignored every piece of evidence," she said.'
    )
    assert not any(name == "Daw Khin Lay" for name, _ in quote_openings(extract_text(text)))


@pytest.mark.parametrize(
    "between",
    [
        "Amnesty International's Europe Office said the release was overdue.",
        "The Helsinki Committee's Legal Unit said the release was overdue.",
    ],
)
def test_an_organisation_or_its_unit_reporting_keeps_the_antecedent(extract_text, between):
    result = extract_text("Verdict in London\n\n" + FREED + between + WORDS)
    assert speakers_of(result, "I never stopped") == {"Jeffrey Marlow"}


@pytest.mark.parametrize(
    ("between", "speaker"),
    [
        ("Dr Pell Marwick said he agreed with the view of the party.", "Pell Marwick"),
        ("Police spokesman Dan Roe said the release of Jeffrey Marlow was ordered by the court.", "Dan Roe"),
    ],
)
def test_a_name_the_finder_took_still_speaks_on(extract_text, between, speaker):
    result = extract_text("Verdict in London\n\n" + FREED + between + WORDS)
    assert speakers_of(result, "I never stopped") == {speaker}
