"""English event recall (session 27), in wording invented for these tests: a member named by
"among them X" that the parser turns round and hangs over its own phrase; a subject set off by
commas after an opening clause, which the parser hangs on that clause ("When I was there, a
cellmate, X, died in ..."); a recipient of a given term named after two joined roles; a gapped
second verdict whose recipient's role has an owner ("and the paper's editor, B, to four
years"); "returned to his cell" after a refusal to leave (a re-arrest); "those put over the
border" (the parser reads "over" as a particle and the border as the object); "X is among the
freed prisoners"; "X, the poet whose ..., died" (the role read as a verb); a timeline's date read
as the subject; "teacher and poet X" (the name read as the role's object); custody told only in
a quote implies no release for a deportation. Traps: "returned to his cell" with no refusal,
"among them" naming a thing, a particle before a thing that is no border, "worked among the
freed prisoners", "not among" and "hopes to be among", a timeline item of no event."""

from __future__ import annotations

import pytest

from tests.extract_views import event_pairs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In 2024, more than 40 people, among them the teacher Olena Vasylenko, were arrested "
            "for laying flowers at a monument.",
            ("arrest", "Olena Vasylenko"),
        ),
        (
            "Last spring, over a dozen students, among them the poet Ruslan Kadyrbekov, were "
            "detained for singing in the square.",
            ("arrest", "Ruslan Kadyrbekov"),
        ),
        (
            "In March, several reporters, among them the photographer Petro Hnatiuk, were freed "
            "from the detention centre.",
            ("release", "Petro Hnatiuk"),
        ),
    ],
)
def test_member_named_among_them_inside_the_subject(extract_text, text, expected) -> None:
    assert expected in event_pairs(extract_text(text))


def test_among_them_naming_no_person_gives_no_member(extract_text) -> None:
    text = "In 2024, more than 40 people, among them the editors of a weekly, were arrested for a rally."
    assert not any(e.persons for e in extract_text(text).events)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "While I was in Navapolatsk, a driver from my brigade, Anton Shalyha, died in the "
            "colony hospital.",
            ("death", "Anton Shalyha"),
        ),
        (
            "When we were moved to Zhodzina, an old cellmate of mine, Ryhor Stsepaniuk, died in "
            "the prison hospital.",
            ("death", "Ryhor Stsepaniuk"),
        ),
        (
            "After the strike in Salihorsk, an engineer from the mine, Dzianis Karaliou, was "
            "arrested at the gate.",
            ("arrest", "Dzianis Karaliou"),
        ),
    ],
)
def test_subject_set_off_after_an_opening_clause(extract_text, text, expected) -> None:
    assert expected in event_pairs(extract_text(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "A court in Tambov handed retired nurse and former union activist Galina Zimina a "
            "three-year suspended sentence over a post.",
            "Galina Zimina",
        ),
        (
            "In May a judge handed veteran and former village head Stepan Lukin a four-year "
            "sentence for a poem.",
            "Stepan Lukin",
        ),
    ],
)
def test_term_given_to_a_name_after_two_joined_roles(extract_text, text, name) -> None:
    assert ("sentence", name) in event_pairs(extract_text(text))


@pytest.mark.parametrize(
    ("text", "name", "term"),
    [
        (
            "The blogger Timur Bekov was sentenced to seven years in a colony, and the channel's "
            "editor, Asel Duisenova, to four years.",
            "Asel Duisenova",
            48,
        ),
        (
            "Farhad Aliyev was jailed for nine years in prison, and the paper's founder, Leyla "
            "Huseynova, for six years.",
            "Leyla Huseynova",
            72,
        ),
    ],
)
def test_gapped_verdict_for_a_role_with_an_owner(extract_text, text, name, term) -> None:
    result = extract_text(text)
    names = {p.id: p.name for p in result.persons}
    got = {
        e.term_months for e in result.events if e.type == "sentence" for p in e.persons if names[p] == name
    }
    assert term in got


@pytest.mark.parametrize(
    "text",
    [
        "Andrei Klimau was released from the colony at dawn but refused to be driven to the border "
        "and was returned to his cell the same evening.",
        "Andrei Klimau refused to board the plane after his pardon and was returned to his cell that night.",
    ],
)
def test_returned_to_the_cell_after_refusing_to_leave(extract_text, text) -> None:
    assert ("arrest", "Andrei Klimau") in event_pairs(extract_text(text))


def test_returned_to_the_cell_with_no_refusal_is_no_arrest(extract_text) -> None:
    text = "After the hearing Andrei Klimau, who is serving nine years, was returned to his cell."
    assert ("arrest", "Andrei Klimau") not in event_pairs(extract_text(text))


@pytest.mark.parametrize(
    "text",
    [
        "Among those put over the border near Benyakoni was Siarhei Dubovik, 47.",
        "Among those pushed across the border at dawn was the lawyer Siarhei Dubovik.",
    ],
)
def test_those_put_over_the_border(extract_text, text) -> None:
    assert ("deportation", "Siarhei Dubovik") in event_pairs(extract_text(text))


def test_put_over_a_thing_is_no_border(extract_text) -> None:
    text = "Among those put over the fence at the stadium was the striker Siarhei Dubovik."
    assert ("deportation", "Siarhei Dubovik") not in event_pairs(extract_text(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Officials in Vilnius confirmed that Tomas Kerner, a 51-year-old engineer from Kaunas, "
            "is among the freed prisoners.",
            ("release", "Tomas Kerner"),
        ),
        (
            "Lawyers said the cartoonist Dana Oprea was among the released detainees.",
            ("release", "Dana Oprea"),
        ),
        (
            "The farmer Ilie Munteanu is among the detained protesters, his son said.",
            ("arrest", "Ilie Munteanu"),
        ),
    ],
)
def test_member_of_a_group_named_by_its_participle(extract_text, text, expected) -> None:
    assert expected in event_pairs(extract_text(text))


@pytest.mark.parametrize(
    "text",
    [
        "Tomas Kerner, a doctor, worked among the freed prisoners for a year.",
        "Tomas Kerner was not among the freed prisoners, his lawyer said.",
        "Tomas Kerner hopes to be among the freed prisoners next month.",
    ],
)
def test_among_the_freed_prisoners_without_membership(extract_text, text) -> None:
    assert ("release", "Tomas Kerner") not in event_pairs(extract_text(text))


@pytest.mark.parametrize(
    "text",
    [
        "Ramil Guliyev, the Azerbaijani poet whose ironic songs spread on cassettes for decades, "
        "died on 3 March in the prison hospital in Baku, where he was serving nine years.",
        "Ramil Guliyev, the journalist whose columns angered the ministry for years, died last "
        "week in the prison hospital in Baku.",
    ],
)
def test_death_after_a_role_the_tagger_read_as_a_verb(extract_text, text) -> None:
    assert ("death", "Ramil Guliyev") in event_pairs(extract_text(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "- March 2022 – Uzbek citizen Bakhtiyor Nazarov, a cousin of the poet who came to the "
            "trial, is detained at the airport and deported to Tashkent two days later.",
            {("arrest", "Bakhtiyor Nazarov"), ("deportation", "Bakhtiyor Nazarov")},
        ),
        (
            "- June 2019 – Teacher Gulnora Ismoilova, a colleague who signed the letter, is arrested "
            "at her school.",
            {("arrest", "Gulnora Ismoilova")},
        ),
    ],
)
def test_timeline_item_whose_date_the_parser_took_as_the_subject(extract_text, text, expected) -> None:
    assert expected <= event_pairs(extract_text(text))


def test_timeline_date_with_a_name_of_no_event(extract_text) -> None:
    text = "- March 2022 – Uzbek poet Bakhtiyor Nazarov, a cousin of the singer, publishes a new book."
    assert not extract_text(text).events


def test_custody_told_only_inside_a_quote_frees_no_one_deported(extract_text) -> None:
    """The founder's own sentences tell no custody of his; the prison is in his quoted words,
    about his colleagues: his deportation implies no release."""
    text = (
        "Two reporters of the outlet were jailed on Monday. Its founder, Daniyar Sultanov, a "
        "journalist with Russian citizenship, was deported to Moscow in 2022 after he published "
        'an investigation into smuggling. Sultanov wrote on Telegram after the verdict: "Two of '
        'my colleagues will spend years in prison because I started this channel."'
    )
    pairs = event_pairs(extract_text(text))
    assert ("deportation", "Daniyar Sultanov") in pairs
    assert ("release", "Daniyar Sultanov") not in pairs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In May 2023, Kazakhstan freed 12 people in a swap; the teacher and poet Arman Bekov, "
            "who had been sentenced to six years, was among them.",
            ("release", "Arman Bekov"),
        ),
        ("Police detained the lawyer and blogger Arman Bekov on Monday.", ("arrest", "Arman Bekov")),
    ],
)
def test_name_after_two_joined_roles_read_as_an_object(extract_text, text, expected) -> None:
    assert expected in event_pairs(extract_text(text))


@pytest.mark.parametrize(
    "text",
    [
        "Police detained the drummer Oleg Rybin after a concert in Kazan, and a magistrate on "
        "Monday jailed him for 12 days for swearing in public.",
        "The poet Oleg Rybin was detained at a picket outside the theatre and jailed for ten days "
        "by a district court the next morning.",
    ],
)
def test_detained_and_jailed_for_days_is_a_verdict(extract_text, text) -> None:
    pairs = event_pairs(extract_text(text))
    assert {("arrest", "Oleg Rybin"), ("sentence", "Oleg Rybin")} <= pairs


def test_detained_and_jailed_with_no_stay_stated_is_no_verdict(extract_text) -> None:
    text = "Officers charged and jailed the poet Oleg Rybin on Monday after a search of his flat."
    assert ("sentence", "Oleg Rybin") not in event_pairs(extract_text(text))
