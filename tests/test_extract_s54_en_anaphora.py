"""English, session 54 (`en-anaphora`: the events of named sets referred back to, and second events
told in passing), in wordings invented for these tests:

* a plural anaphor ("the men", "the defendants", "the journalists", "both", "they") as the patient of
  an event that names no one is the set of people the sentences just before named as patients of
  one event type, taken back sentence by sentence while they tell that event of named people only
  (a verdict broken down by name: "A got six years. B and C got five each. The men were ...").
  Not "the men" of women, not a noun the story never called them by ("the lawyers"), not "both"
  of three, not in a quote, and not a future or denied event.
* a term hung on "apiece" ("received (got, were given, were handed) three years apiece"): the
  parser makes the duration a modifier of the adverb, yet it is each one's term.
* "their arrest" in an aside on names joined by "and" ("A and B, held since their arrest in May,
  ...", "the two defendants, A and B, both held since their arrest"): the names' arrest. Not when
  the clause tells only some of them ("most of whom"), nor a goal ("campaigned for their release").
"""

from __future__ import annotations

import pytest

from tests.extract_views import event_pairs


def _has_all(text: str, extract_text, etype: str, names: list[str]) -> None:
    pairs = event_pairs(extract_text(text))
    assert {(etype, n) for n in names} <= pairs, pairs


@pytest.mark.parametrize(
    ("text", "etype", "names"),
    [
        (
            "A district court in Hrodna gave Siarhei Lutski six years. Maksim Pauliuk and Dzianis Krot "
            "were jailed for five years each. The men were arrested at their homes in October 2024.",
            "arrest",
            ["Siarhei Lutski", "Maksim Pauliuk", "Dzianis Krot"],
        ),
        (
            "Pavel Sokal, Iryna Davydzka and Anton Belski were each jailed for four years. The defendants "
            "have been in custody since their arrest in June 2023.",
            "arrest",
            ["Pavel Sokal", "Iryna Davydzka", "Anton Belski"],
        ),
        (
            "The court sentenced Oleg Makarau to seven years and, in a separate hearing, Raman Shust to "
            "five. Both have been in jail since they were rounded up last May.",
            "arrest",
            ["Oleg Makarau", "Raman Shust"],
        ),
        (
            "Journalists Aliaksei Varona and Ilya Sheuchyk received three years apiece on Monday. The "
            "journalists were seized at the border in 2023.",
            "arrest",
            ["Aliaksei Varona", "Ilya Sheuchyk"],
        ),
        (
            "The judge gave Ruslan Aliyev nine years. Timur Bekov and Arsen Kurtov were sentenced to eight "
            "years each.\n\nThe prisoners had been detained in raids on their homes in 2023.",
            "arrest",
            ["Ruslan Aliyev", "Timur Bekov", "Arsen Kurtov"],
        ),
        (
            "Maryna Zhuk and Alena Sych were each handed two years of restricted freedom. The women were "
            "released from the courtroom under the supervision of the police.",
            "release",
            ["Maryna Zhuk", "Alena Sych"],
        ),
    ],
)
def test_a_plural_anaphor_names_the_set_told_just_before(extract_text, text, etype, names) -> None:
    _has_all(text, extract_text, etype, names)


@pytest.mark.parametrize(
    ("text", "etype", "names"),
    [
        # "the men" of two women
        (
            "Maryna Zhuk and Alena Sych were each given three years. The men were detained in March.",
            "arrest",
            ["Maryna Zhuk", "Alena Sych"],
        ),
        # a noun the story never called them by: other people
        (
            "Maksim Pauliuk and Dzianis Krot were each given three years. The lawyers were detained in "
            "March.",
            "arrest",
            ["Maksim Pauliuk", "Dzianis Krot"],
        ),
        # future and denied
        (
            "Maksim Pauliuk and Dzianis Krot were jailed for five years each. The men will be deported "
            "after they serve their terms.",
            "deportation",
            ["Maksim Pauliuk", "Dzianis Krot"],
        ),
        (
            "Maksim Pauliuk and Dzianis Krot were jailed for five years each. The defendants were not "
            "released on bail.",
            "release",
            ["Maksim Pauliuk", "Dzianis Krot"],
        ),
        # in a quote
        (
            'Maksim Pauliuk and Dzianis Krot were jailed for five years each. "The men were detained for '
            'nothing," their mother said.',
            "arrest",
            ["Maksim Pauliuk", "Dzianis Krot"],
        ),
        # "both" of three
        (
            "Siarhei Lutski got six years, Maksim Pauliuk five and Dzianis Krot four. Both were arrested "
            "in May.",
            "arrest",
            ["Siarhei Lutski", "Maksim Pauliuk", "Dzianis Krot"],
        ),
    ],
)
def test_no_set_when_the_anaphor_does_not_fit(extract_text, text, etype, names) -> None:
    pairs = event_pairs(extract_text(text))
    assert not {(etype, n) for n in names} & pairs, pairs


def test_a_group_described_before_is_not_the_named_set(extract_text) -> None:
    """'20 people, including A and B': 'the protesters' are the twenty; the named pair told no
    event of their own the anaphor could point back to."""
    text = (
        "Police detained about 20 protesters in Minsk, including Maksim Pauliuk and Dzianis Krot. "
        "The protesters were later fined."
    )
    result = extract_text(text)
    assert all(e.type != "sentence" for e in result.events)


@pytest.mark.parametrize(
    "text",
    [
        "Aliaksei Varona and Ilya Sheuchyk received three years apiece on Monday.",
        "Aliaksei Varona and Ilya Sheuchyk got three years apiece.",
        "Aliaksei Varona and Ilya Sheuchyk were given three years apiece.",
        "The court handed Aliaksei Varona and Ilya Sheuchyk three years apiece.",
        "Aliaksei Varona and Ilya Sheuchyk were jailed for three years apiece.",
        "The judge gave Oleg Barin six years, while Aliaksei Varona and Ilya Sheuchyk got three years "
        "apiece.",
    ],
)
def test_a_term_hung_on_apiece_is_each_ones(extract_text, text) -> None:
    result = extract_text(text)
    names = {p.id: p.name for p in result.persons}
    terms = {(names[p], e.term_months) for e in result.events for p in e.persons if e.type == "sentence"}
    assert {("Aliaksei Varona", 36), ("Ilya Sheuchyk", 36)} <= terms, terms


@pytest.mark.parametrize(
    "text",
    [
        "The lecturers Aliaksei Varona and Ilya Sheuchyk were paid $500 apiece for the talk.",
        "Aliaksei Varona and Ilya Sheuchyk spent three years apiece abroad before returning to Minsk.",
    ],
)
def test_apiece_without_a_verdict_is_no_term(extract_text, text) -> None:
    assert not any(e.type == "sentence" for e in extract_text(text).events)


@pytest.mark.parametrize(
    "text",
    [
        "Sam Vanna and Keo Bopha, held in Prey Sar prison since their arrest in September 2024, were "
        "released on Thursday.",
        "The two acquitted defendants, Sam Vanna and Keo Bopha, both held in Prey Sar prison since their "
        "arrest in September 2024, were released on Thursday.",
        "Sam Vanna and Keo Bopha, jailed since their detention at a rally in 2023, walked free on Monday.",
        "Sam Vanna and Keo Bopha, who have been behind bars since their arrest last spring, were acquitted.",
        "Sam Vanna and Keo Bopha, both behind bars since their arrest in June, were freed on bail.",
    ],
)
def test_their_arrest_in_an_aside_on_joined_names(extract_text, text) -> None:
    _has_all(text, extract_text, "arrest", ["Sam Vanna", "Keo Bopha"])


@pytest.mark.parametrize(
    "text",
    [
        "The defendants, most of whom have been in custody since their arrest in 2024, heard the verdict "
        "in a cage. Sam Vanna and Keo Bopha were acquitted.",
        "Sam Vanna and Keo Bopha, who campaigned for their release, spoke to reporters.",
    ],
)
def test_their_arrest_of_some_or_sought_is_no_arrest(extract_text, text) -> None:
    pairs = event_pairs(extract_text(text))
    assert not {p for p in pairs if p[0] == "arrest"}, pairs


@pytest.mark.parametrize(
    "between",
    ["Prosecutors had asked for more.", "The hearing was closed to the press. It lasted four hours."],
)
def test_a_fitting_noun_reaches_over_quiet_sentences(extract_text, between) -> None:
    text = (
        "Ruslan Aliyev received nine years. Timur Bekov and Arsen Kurtov were sentenced to eight years "
        f"each. {between} The men were detained in raids on their homes in 2023."
    )
    _has_all(text, extract_text, "arrest", ["Ruslan Aliyev", "Timur Bekov", "Arsen Kurtov"])


@pytest.mark.parametrize(
    "between",
    [
        "Their lawyer Ihar Sych said he would appeal.",  # someone named: the nearer referent
        "Police also detained a group of relatives outside.",  # another event told
    ],
)
def test_no_reach_over_a_sentence_that_names_or_tells(extract_text, between) -> None:
    text = (
        "Ruslan Aliyev received nine years. Timur Bekov and Arsen Kurtov were sentenced to eight years "
        f"each. {between} The men were detained in raids on their homes in 2023."
    )
    pairs = event_pairs(extract_text(text))
    assert not {p for p in pairs if p[0] == "arrest" and p[1] != "Ihar Sych"}, pairs
