"""In a profile or an obituary the pronouns follow the person the story is about, not a ruler or
opponent the previous sentence names only as an object ("he broke with President Y, accusing him
of ..."): a later "police took him away" or "a judge sentenced him" is the subject's, and a
sentence that names nobody passes its pronoun on. Every sentence here was written for these
tests."""

from __future__ import annotations

import pytest

from tests.extract_views import event_pairs as _events

_PROFILE = (
    "Anselm Kordas, a former union leader who spent a year in jail under President Viktor Lamm, "
    "died on Sunday in Graz. He was 74. In the 1990s he quarrelled with Mr. Lamm, blaming him for "
    "the closure of the mines. In 2019 he joined the marchers who demanded that Mr. Lamm step down. "
)


def test_an_object_pronoun_follows_the_profiles_subject(extract_text):
    result = extract_text(_PROFILE + "In March 2020, masked agents searched his flat and drove him away.")
    events = _events(result)
    assert ("arrest", "Anselm Kordas") in events
    assert not [e for e in events if e[1] == "Viktor Lamm"]


def test_a_speakers_sentence_still_gives_way_to_the_name_it_reports(extract_text):
    result = extract_text(
        "The lawyer Ruben Castell spoke to reporters on Monday. He said the guards had beaten the "
        "student Jonas Weir. They released him on Friday."
    )
    assert ("release", "Jonas Weir") in _events(result)
    assert ("release", "Ruben Castell") not in _events(result)


def test_a_headline_possessive_is_no_antecedent(extract_text):
    result = extract_text(
        "Lorin Vasko, Teacher Who Became Hallam's Prisoner, Dies at 70\n\n"
        "He taught for four decades and was sent to a penal camp under President Edvin Hallam.\n\n"
        "Lorin Vasko died on Monday in Riga, where he had lived since Mr. Hallam's police let him go."
    )
    mentions = {p.name: {result.document.text[a:b] for a, b in p.mentions} for p in result.persons}
    assert "He" in mentions["Lorin Vasko"]
    assert "He" not in mentions.get("Edvin Hallam", set())


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        # a possessive in the main clause after a subject whose description names another
        (
            "Lorin Vasko, a teacher who spent a year in a camp under President Edvin Hallam, "
            "died on Monday in his flat in Riga.",
            "Lorin Vasko",
        ),
        # the possessive of a reported clause is that clause's subject's
        ("Edvin Hallam said that Lorin Vasko had lost his post.", "Lorin Vasko"),
    ],
)
def test_a_main_clause_possessive_is_the_subjects(extract_text, text, owner):
    result = extract_text(text)
    mentions = {p.name: {result.document.text[a:b] for a, b in p.mentions} for p in result.persons}
    assert "his" in mentions[owner]
