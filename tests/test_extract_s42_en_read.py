"""English events and terms (session 42, en-read), in wordings invented for these tests: an event
noun told again reaching the people it names ("the pardon covered A and B", "X was included in
the amnesty", "X benefited from the amnesty"); the recipient's "to" hung on the term's own phrase
("handed eight years in a strict-regime colony to X"); a bare participle joined to another
sharing the one it tells of ("Detained in May and later handed six years, X ..."); a term served
in the progressive in a town ("is serving six years in Mazyr"); "each of them", "each of the nine
defendants" as the whole group. Each with traps that must stay without event."""

from __future__ import annotations

import pytest

from tests.extract_views import event_pairs, group_counts


def _terms(result) -> set[tuple[str, int]]:
    names = {p.id: p.name for p in result.persons}
    return {(names[p], e.term_months) for e in result.events for p in e.persons if e.term_months}


# --- an event noun told again reaches the people it names -------------------------------------


@pytest.mark.parametrize(
    ("text", "etype", "names", "count"),
    [
        (
            "The emir pardoned 120 prisoners on Eid. Their families later confirmed that the pardon "
            "covered the cartoonist Sami Haddad, who had served four years, and the teacher Rana Khoury.",
            "release",
            ("Sami Haddad", "Rana Khoury"),
            120,
        ),
        (
            "Authorities freed 35 detainees on Saturday. The amnesty included the engineer Tomas Varga "
            "and the student Eliska Novak.",
            "release",
            ("Tomas Varga", "Eliska Novak"),
            35,
        ),
        (
            "The governor released 18 inmates for the holiday. Pedro Alves was included in the release, "
            "his sister said.",
            "release",
            ("Pedro Alves",),
            18,
        ),
        (
            "The junta freed 300 prisoners in its New Year amnesty. Daw Khin Aye benefited from the "
            "amnesty, her lawyer said.",
            "release",
            ("Daw Khin Aye",),
            300,
        ),
        (
            "The king pardoned 60 people on Friday. The pardon also extended to the rapper Youssef Idrissi.",
            "release",
            ("Youssef Idrissi",),
            60,
        ),
        (
            "Police detained 40 people at the march in Tbilisi. The arrests included the poet Nino Beridze.",
            "arrest",
            ("Nino Beridze",),
            40,
        ),
    ],
)
def test_event_noun_told_again_reaches_named_people(extract_text, text, etype, names, count) -> None:
    result = extract_text(text)
    assert {(etype, n) for n in names} <= event_pairs(result)
    assert (etype, count) in group_counts(result)


@pytest.mark.parametrize(
    "text",
    [
        # negated, hoped, possible: not told as fact
        "The emir pardoned 120 prisoners on Eid. Sami Haddad was not included in the pardon.",
        "The emir pardoned 120 prisoners on Eid. His family had hoped the pardon would cover Sami Haddad.",
        "The emir pardoned 120 prisoners on Eid. Lawyers said the amnesty could cover Sami Haddad.",
        # an indefinite event noun is any such event, none told before
        "A new amnesty law covers prisoners such as Sami Haddad, his lawyer said.",
        # the pardon reaches no one named: the speaker is no member
        "The emir pardoned 120 prisoners on Eid. Sami Haddad, a lawyer, said the pardon covered only "
        "prisoners over 60.",
    ],
)
def test_event_noun_traps(extract_text, text) -> None:
    assert not {p for p in event_pairs(extract_text(text)) if p[1] == "Sami Haddad"}


# --- the recipient's "to" hung on the term's phrase -------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "months"),
    [
        (
            "The Kazan garrison court handed nine years in a strict-regime colony to Rinat Galeev, 33, "
            "a mechanic from Chistopol, on sabotage charges.",
            "Rinat Galeev",
            108,
        ),
        (
            "On Tuesday a court in Almaty gave six years in a general-security prison to the blogger "
            "Aliya Sarsenova.",
            "Aliya Sarsenova",
            72,
        ),
        (
            "The tribunal handed four years of correctional labour to Bakhtiyor Umarov for the post.",
            "Bakhtiyor Umarov",
            48,
        ),
    ],
)
def test_recipient_after_term_phrase(extract_text, text, name, months) -> None:
    result = extract_text(text)
    assert ("sentence", name) in event_pairs(result)
    assert (name, months) in _terms(result)


def test_recipient_after_term_phrase_trap(extract_text) -> None:
    # the name inside the place phrase is not the recipient; the recipient is unnamed
    result = extract_text(
        "The court handed seven years in a colony close to Rinat Galeev's home town to his cousin."
    )
    assert ("sentence", "Rinat Galeev") not in event_pairs(result)


# --- joined bare participles share the one they tell of ---------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "months"),
    [
        (
            "Detained in April 2021 and later given seven years for his posts, Kyaw Min Thu was freed "
            "on Sunday.",
            "Kyaw Min Thu",
            84,
        ),
        (
            "Arrested in 2019 and handed five years in 2020, the journalist Selin Aydemir left prison on "
            "Friday.",
            "Selin Aydemir",
            60,
        ),
        (
            "Farida Nazarova is a teacher. Arrested in 2022 and given three years in 2023, she was "
            "released on Monday.",
            "Farida Nazarova",
            36,
        ),
    ],
)
def test_joined_participles_share_their_holder(extract_text, text, name, months) -> None:
    result = extract_text(text)
    assert {("arrest", name), ("sentence", name)} <= event_pairs(result)
    assert (name, months) in _terms(result)


def test_joined_participles_trap(extract_text) -> None:
    # offices and births are no events
    result = extract_text(
        "Elected in 2015 and re-elected in 2020, Mayor Selin Aydemir welcomed the freed prisoners."
    )
    assert not {p for p in event_pairs(result) if p[1] == "Selin Aydemir"}


# --- a term served in the progressive in a town -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "months"),
    [
        (
            "The economist Dzmitry Pashkou, who has been serving seven years in Shklou, was pardoned on "
            "Friday.",
            "Dzmitry Pashkou",
            84,
        ),
        (
            "Her son, Timur Yusupov, is serving eight years in Vorkuta for a donation, she said.",
            "Timur Yusupov",
            96,
        ),
    ],
)
def test_term_served_in_a_town(extract_text, text, name, months) -> None:
    result = extract_text(text)
    assert ("sentence", name) in event_pairs(result)
    assert (name, months) in _terms(result)


@pytest.mark.parametrize(
    "text",
    [
        "Timur Yusupov served six years in Ankara as a diplomat.",
        "Timur Yusupov was serving two years in Kandahar with the army when his brother was detained.",
    ],
)
def test_term_served_in_a_town_traps(extract_text, text) -> None:
    assert ("sentence", "Timur Yusupov") not in event_pairs(extract_text(text))


# --- "each of them" is the whole group --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "count", "months"),
    [
        (
            "A military court convicted eight villagers and sentenced each of them to twelve years. They "
            "include Ahmed Saleh and Karim Nouri.",
            8,
            144,
        ),
        (
            "A tribunal convicted five students and handed each of them six years in prison. Those "
            "convicted include Ahmed Saleh and Karim Nouri.",
            5,
            72,
        ),
        (
            "The court sentenced each of the seven defendants to nine years. Among them were Ahmed Saleh "
            "and Karim Nouri.",
            7,
            108,
        ),
        (
            "Each of the four organisers was given three years. They include Ahmed Saleh and Karim Nouri.",
            4,
            36,
        ),
    ],
)
def test_each_of_the_group(extract_text, text, count, months) -> None:
    result = extract_text(text)
    assert {("sentence", "Ahmed Saleh"), ("sentence", "Karim Nouri")} <= event_pairs(result)
    assert ("sentence", count) in group_counts(result)
    assert {("Ahmed Saleh", months), ("Karim Nouri", months)} <= _terms(result)


@pytest.mark.parametrize(
    "text",
    [
        "Each of the six activists was acquitted on Monday. They include Ahmed Saleh.",
        "The judge gave each of the lawyers, among them Ahmed Saleh, ten minutes to speak.",
    ],
)
def test_each_of_the_group_traps(extract_text, text) -> None:
    assert not {p for p in event_pairs(extract_text(text)) if p[1] == "Ahmed Saleh"}


# --- a counted subject named by the list after the colon that closes its clause ---------------


@pytest.mark.parametrize(
    ("text", "etype", "names", "count"),
    [
        (
            "Police said 14 people were detained in Gulu on Friday. Two of them were let out on bond "
            "this evening: Okot Denis and Achan Mary.",
            "release",
            ("Okot Denis", "Achan Mary"),
            2,
        ),
        (
            "Their lawyer says three of the detained miners were freed without charge on Sunday: "
            "Lwazi Dube, Sipho Ncube and Thabo Moyo.",
            "release",
            ("Lwazi Dube", "Sipho Ncube", "Thabo Moyo"),
            3,
        ),
        (
            "Police said 14 people were detained in Gulu on Friday. Two of them (both teachers) were let "
            "out on bond this evening: Okot Denis and Achan Mary.",
            "release",
            ("Okot Denis", "Achan Mary"),
            2,
        ),
        (
            "Two of the strikers were arrested at the depot overnight: Ramon Ortiz and Lucia Perez.",
            "arrest",
            ("Ramon Ortiz", "Lucia Perez"),
            2,
        ),
    ],
)
def test_counted_subject_named_after_colon(extract_text, text, etype, names, count) -> None:
    result = extract_text(text)
    assert {(etype, n) for n in names} <= event_pairs(result)
    assert (etype, count) in group_counts(result)


@pytest.mark.parametrize(
    "text",
    [
        # a clause after the colon: its own subject, not a list
        "Two of the strikers were freed on Sunday: Diego Sanz, their lawyer, said so.",
        # a clause after the colon: a speaker, not a list
        "Two of the strikers were freed on Sunday: Ramon Ortiz said the raid was illegal.",
    ],
)
def test_counted_subject_named_after_colon_traps(extract_text, text) -> None:
    assert ("release", "Diego Sanz") not in event_pairs(extract_text(text))
    assert ("release", "Ramon Ortiz") not in event_pairs(extract_text(text))


# --- a pardon signed or issued for counted people ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("On Monday the president signed pardons for 31 convicts, his office said.", 31),
        pytest.param(
            "The emir issued pardons for 52 inmates to mark the holiday.",
            52,
            marks=pytest.mark.xfail(
                strict=True, reason="the parser reads 'issued' as an adjective of 'pardons'"
            ),
        ),
        ("The king issued pardons for 52 inmates on the eve of the holiday.", 52),
        ("The governor signed an amnesty for 12 prisoners held since the riots.", 12),
    ],
)
def test_pardons_for_counted_people(extract_text, text, count) -> None:
    assert ("release", count) in group_counts(extract_text(text))


def test_pardon_signed_for_a_named_person(extract_text) -> None:
    assert ("release", "Hakim Ziani") in event_pairs(
        extract_text("The governor signed a pardon for Hakim Ziani on Friday.")
    )


@pytest.mark.parametrize(
    "text",
    [
        "The governor refused to sign pardons for 12 strikers, among them Hakim Ziani.",
        "Students signed a petition for a pardon for Hakim Ziani.",
        "Hakim Ziani signed the bail papers for his brother.",
    ],
)
def test_pardons_for_traps(extract_text, text) -> None:
    result = extract_text(text)
    assert not {p for p in event_pairs(result) if p[1] == "Hakim Ziani"}
    assert not group_counts(result)


# --- a going to custody for a length: a term decided ------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "months"),
    [
        (
            "The verdict took an hour to read. Tofiq Rahimli will go to a high-security colony for 11 years.",
            "Tofiq Rahimli",
            132,
        ),
        ("Under the ruling, Leila Nasser must go to prison for four years.", "Leila Nasser", 48),
    ],
)
def test_going_to_custody_for_a_term(extract_text, text, name, months) -> None:
    result = extract_text(text)
    assert ("sentence", name) in event_pairs(result)
    assert (name, months) in _terms(result)


@pytest.mark.parametrize(
    "text",
    [
        "If convicted, Leila Nasser will go to prison for ten years.",
        "Leila Nasser will go to Amman for two years to study.",
        "Leila Nasser will not go to prison for her posts.",
        "Leila Nasser could go to prison for five years.",
    ],
)
def test_going_to_custody_traps(extract_text, text) -> None:
    assert ("sentence", "Leila Nasser") not in event_pairs(extract_text(text))


# --- verbs of changing a term: the lexical class, every member --------------------------------


@pytest.mark.parametrize("verb", ["stretched", "prolonged", "extended", "lengthened"])
def test_term_changed_by_any_verb_of_its_class(extract_text, verb) -> None:
    result = extract_text(
        f"Marek Dvorak was jailed for three years in 2022. In 2024 a colony court {verb} his term "
        "to five years."
    )
    assert {("Marek Dvorak", 36), ("Marek Dvorak", 60)} <= _terms(result)


def test_term_changer_trap(extract_text) -> None:
    result = extract_text("Marek Dvorak stretched his legs in the courtyard for five minutes.")
    assert not event_pairs(result)
