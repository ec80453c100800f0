"""Group membership across a story, English: who in a counted or described group goes through the
group's event. The stories are written for these tests in the way wires, NGOs and features word
them (none is copied from an evaluation set)."""

from __future__ import annotations


def _events(result) -> set[tuple[str, str]]:
    names = {p.id: p.name for p in result.persons}
    return {(e.type, names[p]) for e in result.events for p in e.persons}


def _of(result, name: str) -> set[str]:
    return {kind for kind, person in _events(result) if person == name}


def _counts(result) -> set[tuple[str, int]]:
    return {(e.type, e.count) for e in result.events if e.count is not None}


def test_a_members_quote_does_not_carry_the_story_away_from_the_group(extract_text):
    # six sentences lie between the group and "Among the others", four of them the words of a
    # freed man: the narration has moved on two sentences only
    result = extract_text(
        "VILNIUS - Belarus freed 14 political prisoners on Thursday and drove them to the "
        "Lithuanian border, the exiled opposition said.\n\n"
        "The economist Pavel Drozd was one of them. Most were never asked whether they wished to go.\n\n"
        '"Nobody told us anything," Drozd said. "We thought we were going to another colony." '
        '"Then the coach stopped in a forest." He paused. "Then we saw the border post."\n\n'
        "Among the others on the coach were the retired nurse Alena Mikhalkova and the "
        "student Zmitser Savich."
    )
    for name in ("Alena Mikhalkova", "Zmitser Savich"):
        assert _of(result, name) == {"release", "deportation"}, name


def test_those_detained_after_a_release_headline_are_the_larger_group(extract_text):
    # the headline frees two of the detained: everyone the arrest list names was held, not freed
    result = extract_text(
        "Dozens held after strike at Gomel plant; two released\n\n"
        "The Viasna centre has recorded the detention of at least 40 workers of the Gomel "
        "tractor plant since the strike began.\n\n"
        "Among those detained are:\n"
        "- Ivan Barysevich, 41, a welder, who was detained at his home on 3 May;\n"
        "- Palina Sharenda, 29, an engineer, who was taken into custody at the factory gate.\n\n"
        "Two of the detainees, Barysevich among them, were released on Friday after paying fines."
    )
    assert _of(result, "Palina Sharenda") == {"arrest"}
    assert _of(result, "Ivan Barysevich") == {"arrest", "release"}
