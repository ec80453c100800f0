"""English, session 53 (`en-real`, families of wire English from real news), in wordings
invented for these tests:

* held on a charge is a detention: "was held on charges of sedition", "is being held on suspicion
  of arson", "X, who is being held on a charge of fraud" give the arrest, as "detained on charges"
  does; not a meeting or a trial "held on" charges, not a negated or a possible holding, and not a
  relative clause the parser hangs on a name inside a phrase about someone else ("an aide loyal
  to the leader Y, who had been held abroad on charges").
* a death that closes a stay at a prison the article names by its town elsewhere ("died in May
  after being held at Wardak for four years", the story writing "Wardak Prison") is a death in
  custody, as "died after four years in Wardak prison" is; not a stay at a place never named a
  prison, nor someone else's stay, nor a death years after a release from it.
* the noun of a taking with the state's forces as its agent ("the seizure of X by border guards",
  "X's capture by police") is the arrest, as "was seized by border guards" is; not a capture by
  insurgents, a seizure of power or of property, nor one that is feared or sought.
* an event noun that "report" reports ("state television reported the detention of X", "X's release
  was reported by the monitoring group") is reported as fact, as "reported that X was detained" is;
  not a report denied, doubted, withdrawn or still to come. A rumour that opens the sentence
  ("Rumours of X's release spread ...", where the tagger takes "Rumours" for a name) is a rumour
  still.
* a named speaker's quote that tells the speaker's own event in the first person ('"I was detained
  at the border," X told reporters', '"They deported me without a hearing," X said') is the
  speaker's event, as an interview's answer is; not a threat, a condition, a modal or a denial
  in the quote, nor another's event the speaker tells ("They arrested my brother"), nor a clause
  that describes someone else ("the colonel who detained me").
"""

from __future__ import annotations

import pytest

from tests.extract_views import event_pairs


@pytest.mark.parametrize(
    "text",
    [
        "Tomas Verhoef, a union organiser, was held on charges of sedition after the strike.",
        "Police told reporters that Tomas Verhoef is being held on suspicion of arson.",
        "Tomas Verhoef, who is being held on a charge of fraud, has refused food since Monday.",
        "Tomas Verhoef was held on accusations of spying for a foreign power, his wife said.",
    ],
)
def test_held_on_a_charge_is_an_arrest(extract_text, text) -> None:
    assert ("arrest", "Tomas Verhoef") in event_pairs(extract_text(text))


@pytest.mark.parametrize(
    "text",
    [
        "A hearing was held on the charges against Tomas Verhoef in the afternoon.",  # a hearing
        "The trial of Tomas Verhoef was held on charges of sedition.",  # a trial, not a person
        "Tomas Verhoef was not held on charges of sedition, the ministry said.",  # negated
        "Tomas Verhoef could be held on charges of sedition if he returns.",  # a possibility
        "Talks were held on allegations that Tomas Verhoef had been beaten.",  # talks
        # the clause describes the aide, whom the parser hangs on the leader's name
        "Pieter Smit, an aide loyal to the union leader Tomas Verhoef, who had been held abroad on "
        "charges of fraud, flew home on Tuesday.",
    ],
)
def test_no_arrest_without_a_person_held_on_a_charge(extract_text, text) -> None:
    assert ("arrest", "Tomas Verhoef") not in event_pairs(extract_text(text))


_PRISON = "Most of the region's political detainees are kept in Wardak Prison, a former army barracks. "


@pytest.mark.parametrize(
    "text",
    [
        _PRISON + "Farid Amiri, a schoolteacher, died in May after being held at Wardak for four years.",
        _PRISON + "Farid Amiri, a schoolteacher, died last spring after being at Wardak for four years.",
    ],
)
def test_death_after_a_stay_at_a_prison_named_by_its_town_is_in_custody(extract_text, text) -> None:
    assert ("death", "Farid Amiri") in event_pairs(extract_text(text))


@pytest.mark.parametrize(
    "text",
    [
        # the town is never written as a prison's name
        "Farid Amiri, a schoolteacher, died in May after being held at Wardak for four years.",
        # a stay at a place that is no prison
        _PRISON + "Farid Amiri, a schoolteacher, died in May after being at Oxford for four years.",
        # someone else's stay
        _PRISON + "Farid Amiri, a schoolteacher, died in May after his son was held at Wardak for a year.",
        # a death after the release
        _PRISON + "Farid Amiri, a schoolteacher, died in May, years after being released from Wardak.",
    ],
)
def test_no_death_in_custody_without_the_named_prison(extract_text, text) -> None:
    assert ("death", "Farid Amiri") not in event_pairs(extract_text(text))


@pytest.mark.parametrize(
    "text",
    [
        "The seizure of Lena Brauer by border guards at the crossing on Sunday was confirmed by her union.",
        "Lena Brauer's capture by police near the harbour ended a week of searching.",
        "Lena Brauer edited a local weekly. Her capture by soldiers in March silenced the paper.",
    ],
)
def test_a_taking_by_the_state_named_as_a_noun_is_an_arrest(extract_text, text) -> None:
    assert ("arrest", "Lena Brauer") in event_pairs(extract_text(text))


@pytest.mark.parametrize(
    "text",
    [
        "The capture of Lena Brauer by insurgents was confirmed by her union.",  # a hostage-taking
        "Lena Brauer's capture by rebels ended a week of searching.",
        "Lena Brauer denounced the seizure of power by the army.",  # no person taken
        "The seizure of Lena Brauer's printing press by police angered her readers.",  # property
        "Her colleagues feared the capture of Lena Brauer by police.",  # feared, not done
        "Lena Brauer evaded capture by police for two years.",  # evaded
        "A reward was offered for information leading to the capture of Lena Brauer by police.",
    ],
)
def test_no_arrest_from_a_taking_noun_without_the_state_taking_a_person(extract_text, text) -> None:
    assert ("arrest", "Lena Brauer") not in event_pairs(extract_text(text))


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("State television reported the detention of Marek Olszak on Thursday.", ("arrest", "Marek Olszak")),
        (
            "Marek Olszak's release was reported by the monitoring group late on Friday.",
            ("release", "Marek Olszak"),
        ),
        (
            "The death in custody of Marek Olszak was reported by the prison administration.",
            ("death", "Marek Olszak"),
        ),
    ],
)
def test_an_event_noun_reported_is_told_as_fact(extract_text, text, pair) -> None:
    assert pair in event_pairs(extract_text(text))


@pytest.mark.parametrize(
    "text",
    [
        "State television did not report the detention of Marek Olszak.",  # denied
        "We wrongly reported the detention of Marek Olszak in an earlier version.",  # withdrawn
        "State television may report the release of Marek Olszak tomorrow.",  # still to come
        "Marek Olszak is reported to be in detention somewhere in the north.",  # hearsay of a state
        "Unconfirmed reports said Marek Olszak had been detained.",  # a rumour's report
        "Rumours of Marek Olszak's release spread through the camp on Friday.",  # a rumour
        "Rumours of the detention of Marek Olszak reached his village.",
    ],
)
def test_no_event_from_a_report_denied_doubted_or_to_come(extract_text, text) -> None:
    pairs = event_pairs(extract_text(text))
    assert not {p for p in pairs if p[1] == "Marek Olszak"}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ('"I was detained at the border crossing," Oskar Lind told reporters.', ("arrest", "Oskar Lind")),
        ('"They deported me without a hearing," Oskar Lind said by phone.', ("deportation", "Oskar Lind")),
        (
            '"I was sentenced to four years for a song," said Oskar Lind, a folk singer.',
            ("sentence", "Oskar Lind"),
        ),
    ],
)
def test_a_speaker_telling_their_own_event_in_a_quote(extract_text, text, pair) -> None:
    assert pair in event_pairs(extract_text(text))


@pytest.mark.parametrize(
    "text",
    [
        '"If they detain me, my students will carry on," Oskar Lind said.',  # a condition
        '"They will detain me sooner or later," Oskar Lind said.',  # still to come
        '"They threatened to detain me," Oskar Lind said.',  # a threat
        '"I was never detained," Oskar Lind said.',  # denied
        '"They detained my brother," Oskar Lind said.',  # another's event
        '"I was released from hospital on Friday," Oskar Lind said.',  # care, not custody
        # what describes someone else: the judge's deed, told of the judge
        '"The colonel who detained me now runs the district council," Oskar Lind said.',
    ],
)
def test_no_own_event_from_a_quote_of_threats_denials_or_others(extract_text, text) -> None:
    pairs = event_pairs(extract_text(text))
    assert not {p for p in pairs if p[1] == "Oskar Lind"}
