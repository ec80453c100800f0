"""English events and terms (session 37, the syn27b census), in wording invented for these tests:
a role noun right before a name as the one a term is given to ("gave the florist X ten years");
a verdict verb after a date that the parser read as an adjective of its object; "the sentence of
A ..., and that of B ..." (each term after "that of B" is B's); names set off after a plural and
the participle phrase that describes it ("Two students held with him, A and B, were freed"), also
when the parser takes the participle for the main verb; "identified one of them as X" after a
counted group; a name after an active verb read as a second subject; and a report's "according
to" source, which is not whom the next sentence's pronoun continues."""

from __future__ import annotations

import pytest

from tests.extract_views import event_pairs, group_counts


def terms(result) -> set[tuple[str, int]]:
    names = {p.id: p.name for p in result.persons}
    return {(names[p], e.term_months) for e in result.events for p in e.persons if e.term_months}


# -- a role noun right before the name of whom a term is given -------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "months"),
    [
        (
            "A court in Tver gave the florist Kseniya Lavrova 10 years in 2024 for a small donation.",
            "Kseniya Lavrova",
            120,
        ),
        (
            "The regional court handed opposition blogger Timur Aliyev five years in a penal colony "
            "last month.",
            "Timur Aliyev",
            60,
        ),
        ("Judges in Bishkek gave the retired teacher Gulnara Asanova eight years.", "Gulnara Asanova", 96),
    ],
)
def test_role_noun_before_the_name_given_a_term(extract_text, text, name, months) -> None:
    result = extract_text(text)
    assert ("sentence", name) in event_pairs(result)
    assert (name, months) in terms(result)


@pytest.mark.parametrize(
    "text",
    [
        "The festival gave the poet Anna Berg two years to finish the book.",
        "The mayor gave the florist Kseniya Lavrova 10 years of free rent.",
        "The company gave the engineer Pavel Kuzmin five years of service awards.",
    ],
)
def test_time_given_for_something_else_is_no_term(extract_text, text) -> None:
    result = extract_text(text)
    assert not [e for e in result.events if e.type == "sentence"]


# -- a verdict verb after a date, read as an adjective of its object -------------------------------


@pytest.mark.parametrize(
    ("text", "name", "months"),
    [
        (
            "A court in the western Kazakh city of Aqtobe on March 4 sentenced union organiser Dauren "
            "Zhaksybekov to six years in prison over videos he had posted.",
            "Dauren Zhaksybekov",
            72,
        ),
        (
            "The district court in the eastern town of Sumqayit on July 9 sentenced blogger Elnur "
            "Mammadli to six years.",
            "Elnur Mammadli",
            72,
        ),
        (
            "A court in the northern city of Shymkent on May 12 jailed activist Asel Nurlanova for "
            "four years.",
            "Asel Nurlanova",
            48,
        ),
    ],
)
def test_verdict_verb_after_a_date(extract_text, text, name, months) -> None:
    result = extract_text(text)
    assert ("sentence", name) in event_pairs(result)
    assert (name, months) in terms(result)


def test_no_verb_after_a_date_without_a_verdict_subject(extract_text) -> None:
    result = extract_text(
        "The report of the commission on December 2 sentenced prisoners and their families."
    )
    assert not result.events


# -- "that of B": an elliptic term noun with an owner of its own -----------------------------------


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "The appeals court raised the sentence of Omar Belhaj from 18 to 25 years, and that of "
            "Salma Trabelsi from 13 to 20 years.",
            {("Omar Belhaj", 216), ("Omar Belhaj", 300)},
            {("Salma Trabelsi", 156), ("Salma Trabelsi", 240)},
        ),
        (
            "The court cut Youssef Amri's term from ten to seven years and that of Rania Gharbi from "
            "eight to five years.",
            {("Youssef Amri", 120), ("Youssef Amri", 84)},
            {("Rania Gharbi", 96), ("Rania Gharbi", 60)},
        ),
        (
            "The sentence of Walid Jaziri was reduced to six years, and that of Ines Mabrouk to four years.",
            {("Walid Jaziri", 72)},
            {("Ines Mabrouk", 48)},
        ),
        (
            "A judge increased the sentences of Anis Bouzid and Karim Zied from six to eight years, "
            "and those of Leila Ben Amor and Sonia Hamdi from four to five years.",
            {("Anis Bouzid", 72), ("Karim Zied", 96)},
            {("Leila Ben Amor", 48), ("Sonia Hamdi", 60)},
        ),
    ],
)
def test_terms_after_that_of_are_its_owners(extract_text, text, first, second) -> None:
    found = terms(extract_text(text))
    assert first <= found
    assert second <= found
    first_names = {n for n, _ in first}
    assert not {(n, m) for n in first_names for _, m in second} & found


def test_that_of_unnamed_others_gives_the_first_no_more_terms(extract_text) -> None:
    found = terms(
        extract_text(
            "The court raised the sentence of Hamza Saidi from 18 to 25 years, and that of the other "
            "defendants from 13 to 20 years."
        )
    )
    assert {("Hamza Saidi", 216), ("Hamza Saidi", 300)} <= found
    assert ("Hamza Saidi", 156) not in found and ("Hamza Saidi", 240) not in found


# -- names set off after a plural and its participle phrase -----------------------------------------


@pytest.mark.parametrize(
    ("text", "held", "etype"),
    [
        (
            "Three students arrested at the same rally, Omar Haddad, Lina Saleh and Rami Nasser, were "
            "released on bail on Monday.",
            ("Omar Haddad", "Lina Saleh", "Rami Nasser"),
            "release",
        ),
        (
            # the parser takes the participle for the main verb and hangs the names inside its phrase
            "Four lawyers detained in the same sweep, Ali Rezaei, Maryam Karimi, Hossein Ahmadi and "
            "Sara Nouri, were sentenced on Sunday to five years each.",
            ("Ali Rezaei", "Maryam Karimi", "Hossein Ahmadi", "Sara Nouri"),
            "sentence",
        ),
        (
            "Two other activists detained together with him, Aizhan Serikova and Bolat Omarov, were "
            "given two-year suspended sentences and were freed in the courtroom, their lawyer said.",
            ("Aizhan Serikova", "Bolat Omarov"),
            "release",
        ),
    ],
)
def test_members_set_off_after_a_described_plural(extract_text, text, held, etype) -> None:
    pairs = event_pairs(extract_text(text))
    assert {("arrest", n) for n in held} <= pairs
    assert {(etype, n) for n in held} <= pairs


def test_the_count_stays_with_the_main_verb(extract_text) -> None:
    result = extract_text(
        "Three students arrested at the same rally, Omar Haddad, Lina Saleh and Rami Nasser, were "
        "released on bail on Monday."
    )
    assert ("release", 3) in group_counts(result)
    assert ("arrest", 3) not in group_counts(result)


def test_things_set_off_after_a_plural_are_no_members(extract_text) -> None:
    result = extract_text(
        "Two paintings seized in the raid, Sunflowers and Irises, were returned to the museum."
    )
    assert not result.events


# -- "identified one of them as X" ------------------------------------------------------------------


def test_one_of_them_identified(extract_text) -> None:
    result = extract_text(
        "Police detained three protesters on Friday, and a rights group later identified one of them "
        "as Maria Lopez, a nurse."
    )
    assert ("arrest", "Maria Lopez") in event_pairs(result)


def test_one_of_another_group_identified_is_no_member(extract_text) -> None:
    result = extract_text(
        "Police detained three protesters. A witness identified one of the officers as Jose Araujo."
    )
    assert ("arrest", "Jose Araujo") not in event_pairs(result)


# -- a name after an active verb read as a second subject --------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "On November 27, police in Baku detained Sevinj Aliyeva, a freelancer, as she left her home.",
        "On November 27, police detained Sevinj Aliyeva, a freelancer, as she left her home.",
    ],
)
def test_object_read_as_a_second_subject(extract_text, text) -> None:
    assert ("arrest", "Sevinj Aliyeva") in event_pairs(extract_text(text))


# -- an "according to" source is no antecedent -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "etype", "held", "source"),
    [
        (
            "Police detained Karim Haddad on Monday, according to the lawyer Omar Farouk. He was "
            "charged with treason and sentenced to six years a month later.",
            "sentence",
            "Karim Haddad",
            "Omar Farouk",
        ),
        (
            "Police in Baku detained Sevinj Aliyeva as she left her home, according to her lawyer, "
            "Rashad Guliyev, and news reports. The next day, the district court ordered her held in "
            "pre-trial detention for four months.",
            "arrest",
            "Sevinj Aliyeva",
            "Rashad Guliyev",
        ),
    ],
)
def test_source_of_a_report_is_no_antecedent(extract_text, text, etype, held, source) -> None:
    pairs = event_pairs(extract_text(text))
    assert (etype, held) in pairs
    assert not {p for p in pairs if p[1] == source}


def test_a_subject_told_by_a_source_still_is_the_antecedent(extract_text) -> None:
    result = extract_text(
        "Omar Farouk, a lawyer, spoke to reporters on Monday, according to the newspaper. He was "
        "arrested a week later."
    )
    assert ("arrest", "Omar Farouk") in event_pairs(result)


# -- a number after a number sign names a place, no term ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "months"),
    [
        (
            "Blogger Vo Thanh Tam, serving eight years for his posts, was moved from Hanoi's Hoa Lo "
            "detention centre to Prison No. 6 in Thanh Hoa.",
            "Vo Thanh Tam",
            96,
        ),
        (
            "Teacher Pham Van Long, who is serving nine years, was transferred to Colony No. 5 in Ninh Binh.",
            "Pham Van Long",
            108,
        ),
    ],
)
def test_numbered_prison_is_no_term(extract_text, text, name, months) -> None:
    result = extract_text(text)
    assert terms(result) == {(name, months)}


# -- a hedged report that the text says could not be confirmed ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "In Gia Lai, a pastor, Ksor Y Bhin, was reportedly detained after refusing to join a state "
        "church. His family has received no notice, and his arrest could not be independently confirmed.",
        "A pastor, Ksor Y Bhin, was reportedly detained in Kon Tum on Monday; the report could not "
        "be verified.",
    ],
)
def test_unconfirmed_report_is_no_event(extract_text, text) -> None:
    assert not extract_text(text).events


@pytest.mark.parametrize(
    "text",
    [
        "A pastor, Ksor Y Bhin, was reportedly detained in Kon Tum on Monday. Police later confirmed "
        "the arrest.",
        "A pastor, Ksor Y Bhin, was detained in Kon Tum on Monday. Reports of a second arrest could "
        "not be verified.",
        "The authorities reportedly released the pastor Ksor Y Bhin on Tuesday.",
    ],
)
def test_hedge_alone_or_caveat_elsewhere_keeps_the_event(extract_text, text) -> None:
    assert {e.type for e in extract_text(text).events} & {"arrest", "release"}
