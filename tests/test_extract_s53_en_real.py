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
