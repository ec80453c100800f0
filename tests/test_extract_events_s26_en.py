"""English event recall and precision (session 26), in wording invented for these tests: a
bulleted item that opens with a place; "saw his sentence rise from A to B"; a death in a remand
prison or colony written as its code ("SIZO-2", "IK-7") or in an interrogation centre; a pronoun
after a sentence whose subject is a single name the person finder left out; "Two of those held
were named as A and B"; a closing "including X" the parser hangs on the subject; a list's last
item joined to the verb after a closing quote; a name the parser reads as an adverbial noun of
the role before it; "One of them is X" and "The others included A and B" after a counted group's
event. Traps: a code of a colony the dead man had left, "Two of the speakers were named as ...",
a pronoun that a byline would otherwise take, an "including" before the verb."""

from __future__ import annotations

import pytest

from tests.extract_views import event_pairs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "• In Mogilev, former IT specialist Pavel Zhuk was sentenced to four years for "
            '"insulting the president" over a chat message.',
            ("sentence", "Pavel Zhuk"),
        ),
        (
            "• In Hrodna, the pensioner Olga Ivanova was detained on Monday over a comment online.",
            ("arrest", "Olga Ivanova"),
        ),
    ],
)
def test_bulleted_item_opening_with_a_place(extract_text, text, expected) -> None:
    assert expected in event_pairs(extract_text(text))


def test_bulleted_item_with_no_name_gives_no_person(extract_text) -> None:
    result = extract_text("• In Brest, police detained a pensioner over a comment online.")
    assert not any(e.persons for e in result.events)


@pytest.mark.parametrize(
    ("text", "name", "terms"),
    [
        (
            "The former mayor Ivan Petrov, held since May, saw his sentence rise from 12 to 15 years.",
            "Ivan Petrov",
            {144, 180},
        ),
        (
            "The former deputy Karim Aziz, who has been in custody since March 2022, saw his "
            "sentence rise from 14 to 20 years.",
            "Karim Aziz",
            {168, 240},
        ),
        (
            "At the retrial the blogger Anna Orlova saw her sentence cut from nine to six years.",
            "Anna Orlova",
            {108, 72},
        ),
    ],
)
def test_saw_the_sentence_change(extract_text, text, name, terms) -> None:
    result = extract_text(text)
    names = {p.id: p.name for p in result.persons}
    got = {
        e.term_months for e in result.events if e.type == "sentence" and name in {names[p] for p in e.persons}
    }
    assert terms <= got


@pytest.mark.parametrize(
    "text",
    [
        "Viktor Lebedev, a 61-year-old plumber, died in SIZO-2 weeks before his trial was due to open.",
        "Viktor Lebedev died in SIZO No. 1 in Kazan on Tuesday, his lawyer said.",
        "Viktor Lebedev, a retired teacher, died in IK-7 in the spring.",
    ],
)
def test_death_in_a_custody_code(extract_text, text) -> None:
    assert ("death", "Viktor Lebedev") in event_pairs(extract_text(text))


@pytest.mark.parametrize(
    "text",
    [
        "Maung Aye never saw a judge. A cellmate who shared the interrogation centre in Hlegu "
        "with him said he was beaten for a week and died there in January 2022.",
        "Maung Aye died in an army interrogation camp outside Sagaing in 2022.",
    ],
)
def test_death_in_an_interrogation_centre(extract_text, text) -> None:
    assert ("death", "Maung Aye") in event_pairs(extract_text(text))


def test_a_colony_left_behind_is_no_death_in_custody(extract_text) -> None:
    text = "Viktor Lebedev died at home in the spring, two years after he was released from IK-7."
    assert ("death", "Viktor Lebedev") not in event_pairs(extract_text(text))


def test_pronoun_after_an_unlisted_single_name_takes_no_byline(extract_text) -> None:
    """The herder's single name makes no person; "He" is his, not the byline's reporter's."""
    text = (
        "Herder jailed after petition over pasture\n\n"
        "By PETER HOLM Associated Press\n\n"
        "A court in the north of the country jailed an ethnic Mongolian herder for three years "
        "on Thursday, a rights group said.\n\n"
        "Batbold, 61, who uses one name, was found guilty of disturbing public order, the group "
        "said in a statement.\n\n"
        "He was detained in May on his way to the capital with a petition."
    )
    pairs = event_pairs(extract_text(text))
    assert not any(name == "Peter Holm" for _, name in pairs)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Soldiers rounded up 30 fishermen on the beach on Friday. Two of those detained were "
            "named by their families as Khamsing Sayavong, 52, and his son Noy Sayavong, 20.",
            ("Khamsing Sayavong", "Noy Sayavong"),
        ),
        (
            "Police arrested a dozen farmers at the site. Two of those held were identified as "
            "Anna Petrova and Oleg Sidorov.",
            ("Anna Petrova", "Oleg Sidorov"),
        ),
    ],
)
def test_two_of_those_held_named_as(extract_text, text, names) -> None:
    assert {("arrest", n) for n in names} <= event_pairs(extract_text(text))


def test_speakers_named_as_are_no_members(extract_text) -> None:
    text = "Two of the speakers at the rally were named as Anna Petrova and Oleg Sidorov."
    assert not event_pairs(extract_text(text))


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "On Friday the tribunal freed nine of the detained miners, including Oleg Sidorov.",
            ("release", "Oleg Sidorov"),
        ),
        (
            "Today the military court released eleven of the Gulu defendants on bond, "
            "including Grace Akello.",
            ("release", "Grace Akello"),
        ),
    ],
)
def test_closing_including_hung_on_the_subject(extract_text, text, pair) -> None:
    assert pair in event_pairs(extract_text(text))


def test_including_before_the_verb_is_no_member(extract_text) -> None:
    text = "The governor's office, including its spokesman Oleg Sidorov, released nine prisoners."
    assert ("release", "Oleg Sidorov") not in event_pairs(extract_text(text))


def test_last_item_joined_to_the_verb_after_a_quote(extract_text) -> None:
    text = (
        'Also freed were Marta Quintero, a teacher who had been serving four years for "slander," '
        "and the brothers Ivan and Pavel Sidorov."
    )
    pairs = event_pairs(extract_text(text))
    assert {("release", n) for n in ("Marta Quintero", "Ivan Sidorov", "Pavel Sidorov")} <= pairs


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Hanna was six years old when her father, the newspaper editor Berhane Tesfay Woldu, "
            "was arrested in Asmara in 2002.",
            ("arrest", "Berhane Tesfay Woldu"),
        ),
    ],
)
def test_name_read_as_adverbial_noun_of_its_role(extract_text, text, pair) -> None:
    assert pair in event_pairs(extract_text(text))


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Thirty-one of our members were picked up in Gulu on election night. One of them is "
            "Grace Akello, a tailor.",
            ("Grace Akello",),
        ),
        (
            "Nine members of the reading club were detained in a raid in March 2022. Ko Min Thu "
            "was its founder. The others included its secretary, Ma Ei Ei Phyo, and a law "
            "student, Maung Zaw Lin Htet.",
            ("Ma Ei Ei Phyo", "Maung Zaw Lin Htet"),
        ),
    ],
)
def test_members_of_a_counted_group_told_just_before(extract_text, text, names) -> None:
    assert {("arrest", n) for n in names} <= event_pairs(extract_text(text))


def test_one_of_a_crowd_with_no_event_before_is_no_member(extract_text) -> None:
    """ "them" are the women the sentence before describes, not the group the story freed."""
    text = (
        "The authorities freed 300 prisoners in an amnesty last spring. In our block there were "
        "women who had come in after that amnesty. One of them was a nurse, Daw Hla Hla Win, "
        "who had treated wounded protesters."
    )
    assert ("release", "Daw Hla Hla Win") not in event_pairs(extract_text(text))
