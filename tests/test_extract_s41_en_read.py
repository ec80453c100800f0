"""English events and counts (session 41, en-read: the syn31b census and the weakest English read
sets), in wordings invented for these tests: a part of a group of people ("Three of his
colleagues", "two of them") as whom a seizing verb takes; a counted people phrase told before an
aside of names between dashes ("Four teachers of the lyceum — A, B and a cook — were detained"),
which the parser may tear from the names; custody dated from a start the sentence tells ("jailed
since March, when police stopped her": an arrest, not a verdict); "A and B were among 30 people
rounded up in raids" with the participle hung on the copula; an infinitive told done after "went
on to" / "proceeded to"; a death after being let out of prison is no death in custody; "police
came for him"; a bare new term keeping its half ("from six years to six and a half"); participles
listed after a counted group's relative clause; a hyphenated role inside a list of names. Each
with traps that must stay without the event."""

from __future__ import annotations

import pytest

from tests.extract_views import event_pairs, group_counts


def _terms(result) -> set[tuple[str, int]]:
    names = {p.id: p.name for p in result.persons}
    return {(names[p], e.term_months) for e in result.events for p in e.persons if e.term_months}


# --- a part of a group of people as the one a seizing verb takes --------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers stormed the studio at dawn. Two of the presenters, Omar Sall and Binta Kane, were "
        "seized and driven away.",
        "Two of his neighbours — Omar Sall and Binta Kane — were snatched by police from a bus stop.",
        "Gunmen in uniform raided the hostel. Two of the students, Omar Sall and Binta Kane, were "
        "captured by soldiers near the gate.",
    ],
)
def test_a_part_of_people_is_seized(extract_text, text) -> None:
    assert {("arrest", "Omar Sall"), ("arrest", "Binta Kane")} <= event_pairs(extract_text(text))


@pytest.mark.parametrize(
    "text",
    [
        "Two of the paintings by Omar Sall were seized by customs officers at the airport.",
        "Customs officers seized two of the trucks owned by Binta Kane on Friday.",
    ],
)
def test_a_part_of_things_seized_is_no_arrest(extract_text, text) -> None:
    assert not any(kind == "arrest" for kind, _ in event_pairs(extract_text(text)))


# --- a counted people phrase before an aside of names between dashes ----------------------------


@pytest.mark.parametrize(
    ("text", "count", "names"),
    [
        (
            "Four teachers of the Hrodna lyceum — historians Zmitser Lis and Hanna Roj and two cooks "
            "whose names are withheld — were detained on Tuesday.",
            4,
            ("Zmitser Lis", "Hanna Roj"),
        ),
        (
            "Three employees of the bank — clerks Tomas Vidal and Irene Sola and a driver we could "
            "not identify — were arrested at their desks.",
            3,
            ("Tomas Vidal", "Irene Sola"),
        ),
        (
            "Five members of the choir — Ruta Kalnina, Peteris Ozols and three others — were taken "
            "into custody after the concert.",
            5,
            ("Ruta Kalnina", "Peteris Ozols"),
        ),
    ],
)
def test_counted_people_before_a_dashed_list(extract_text, text, count, names) -> None:
    result = extract_text(text)
    assert ("arrest", count) in group_counts(result)
    assert {("arrest", n) for n in names} <= event_pairs(result)


@pytest.mark.parametrize(
    "text",
    [
        "Three years after the protests — lawyers Tomas Vidal and Irene Sola say — nobody was detained.",
        "Two hundred people marched on Sunday — Tomas Vidal and Irene Sola were detained at the rally.",
        "In 2021 — journalists Tomas Vidal and Irene Sola among them — were detained after the vote.",
    ],
)
def test_no_count_from_a_number_outside_a_counted_people_phrase(extract_text, text) -> None:
    assert not any(kind == "arrest" for kind, _ in group_counts(extract_text(text)))


# --- "jailed since <time>, when ...": custody dated from a start the sentence tells -------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The poet Lina Haddad has been jailed since March 2022, when police stopped her at the airport.",
            "Lina Haddad",
        ),
        (
            "Aziz's brother, Karim Aziz, had been jailed since the previous winter, when soldiers took "
            "him from a checkpoint.",
            "Karim Aziz",
        ),
    ],
)
def test_jailed_since_a_told_start_is_an_arrest(extract_text, text, name) -> None:
    pairs = event_pairs(extract_text(text))
    assert ("arrest", name) in pairs
    assert ("sentence", name) not in pairs


def test_a_bare_stay_jailed_since_a_year_is_no_arrest(extract_text) -> None:
    # (a stay dated from its start, as session 38 keeps "jailed by the state since 1999")
    result = extract_text("The cleric Samir Aziz, jailed by the state since 1999, is serving life.")
    pairs = event_pairs(result)
    assert ("arrest", "Samir Aziz") not in pairs


def test_jailed_for_a_term_is_still_a_sentence(extract_text) -> None:
    pairs = event_pairs(extract_text("Lina Haddad was jailed for four years in 2022."))
    assert ("sentence", "Lina Haddad") in pairs


# --- "A and B were among 30 people rounded up ...": the participle hung on the copula -----------


@pytest.mark.parametrize(
    ("text", "etype", "count", "names"),
    [
        (
            "Nadia Rahal and her husband Fadi Rahal were among 30 people rounded up in simultaneous "
            "night raids on trade union offices in the port city in 2020.",
            "arrest",
            30,
            ("Nadia Rahal", "Fadi Rahal"),
        ),
        (
            "The lawyer Malik Haddad was among 23 activists detained in coordinated dawn raids across "
            "the capital last spring.",
            "arrest",
            23,
            ("Malik Haddad",),
        ),
        (
            "Ana Ruiz and Pedro Gil were among 14 dissidents freed under the amnesty on Friday in the "
            "southern city of Cali.",
            "release",
            14,
            ("Ana Ruiz", "Pedro Gil"),
        ),
    ],
)
def test_named_among_a_counted_group_whose_participle_tells(extract_text, text, etype, count, names) -> None:
    result = extract_text(text)
    assert (etype, count) in group_counts(result)
    assert {(etype, n) for n in names} <= event_pairs(result)


@pytest.mark.parametrize(
    "text",
    [
        "Tomas Berg was not among 12 prisoners freed in sealed buses on the night of March 3.",
        "Tomas Berg may have been among 12 prisoners freed on the night of March 3.",
        "Tomas Berg was among 40 delegates invited in early spring to the talks in Geneva.",
    ],
)
def test_no_member_of_a_denied_guessed_or_eventless_group(extract_text, text) -> None:
    assert not any(name == "Tomas Berg" for _, name in event_pairs(extract_text(text)))


# --- "went on to receive eight years": an infinitive told done ---------------------------------


@pytest.mark.parametrize(
    ("text", "name", "months"),
    [
        ("Ales Shut went on to receive six years in a penal colony.", "Ales Shut", 72),
        (
            "Police detained Maryna Lis in May; she went on to get five years for the posts.",
            "Maryna Lis",
            60,
        ),
        (
            "Ales Shut was picked up by police at a bus stop in 2021 and went on to receive six years.",
            "Ales Shut",
            72,
        ),
        ("The judge proceeded to sentence Maryna Lis to five years.", "Maryna Lis", 60),
        (
            "Maryna Lis was arrested in May and went on to be sentenced to five years.",
            "Maryna Lis",
            60,
        ),
    ],
)
def test_went_on_to_receive_a_term(extract_text, text, name, months) -> None:
    result = extract_text(text)
    assert ("sentence", name) in event_pairs(result)
    assert (name, months) in _terms(result)


@pytest.mark.parametrize(
    "text",
    [
        "Ales Shut went to see his brother in the colony.",
        "Ales Shut will go on to be sentenced, his lawyer fears.",
        "Ales Shut went on to campaign for the release of others.",
    ],
)
def test_going_without_the_event_told(extract_text, text) -> None:
    assert not any(name == "Ales Shut" for _, name in event_pairs(extract_text(text)))


# --- a death after being let out of prison is no death in custody ------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Tashi Norbu, a former monk, died at his sister's home in May, three months after he was "
        "let out of Drapchi prison.",
        "Karim Bello died in a hospital in Kano in May, a year after he walked out of Kirikiri prison.",
    ],
)
def test_death_after_being_let_out_is_not_in_custody(extract_text, text) -> None:
    assert not any(kind == "death" for kind, _ in event_pairs(extract_text(text)))


@pytest.mark.parametrize(
    "text",
    [
        "Karim Bello died in prison three months after he was let out of solitary confinement.",
        "Karim Bello died in a cell at the colony after guards let him out of the punishment block.",
    ],
)
def test_death_in_prison_after_a_cell_is_opened_stays(extract_text, text) -> None:
    assert ("death", "Karim Bello") in event_pairs(extract_text(text))


# --- "police came for him": the one the state's forces came for was taken -----------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Agents of the security service came for Tural Aliyev at his office on 4 May.", "Tural Aliyev"),
        (
            "Nadia Orlova ran a bakery in Pinsk. In March 2022 officers came for her at dawn, and she "
            "has not been home since.",
            "Nadia Orlova",
        ),
        (
            "The blogger Tural Aliyev spent two years in a colony after the police came for him over a "
            "video.",
            "Tural Aliyev",
        ),
        ("In the spring, riot police came for the librarian Nadia Orlova as well.", "Nadia Orlova"),
    ],
)
def test_forces_came_for_someone(extract_text, text, name) -> None:
    assert ("arrest", name) in event_pairs(extract_text(text))


@pytest.mark.parametrize(
    "text",
    [
        '"They came for me before sunrise and told me to pack my bag," Tural Aliyev said.',
        "Tural Aliyev said that if the police come for him, he will not hide.",
        "Tural Aliyev came for the funeral with two police officers.",
        "Police never came for Tural Aliyev, his wife said.",
    ],
)
def test_coming_without_a_force_taking_anyone(extract_text, text) -> None:
    assert ("arrest", "Tural Aliyev") not in event_pairs(extract_text(text))


# --- "from six years to six and a half": the half of a bare new term -----------------------------


@pytest.mark.parametrize(
    ("text", "terms"),
    [
        (
            "The regional court raised the term of the poet Dina Avrova from four years to four and a half.",
            {48, 54},
        ),
        ("On appeal, judges cut the sentence of Dina Avrova from ten years to eight and a half.", {120, 102}),
        ("The sentence of Dina Avrova was reduced from nine years to seven.", {108, 84}),
    ],
)
def test_a_bare_new_term_keeps_its_half(extract_text, text, terms) -> None:
    assert {("Dina Avrova", m) for m in terms} <= _terms(extract_text(text))
    assert not {m for name, m in _terms(extract_text(text))} - terms


# --- "one of 222 prisoners who were freed ..., put on a plane ...": the listed participles ----------


@pytest.mark.parametrize(
    "text",
    [
        "Rosa Vidaurre was one of 135 prisoners who were freed from Nicaraguan jails in September, put on "
        "a plane to Guatemala and stripped of their nationality.",
        "Rosa Vidaurre was one of 135 prisoners who were released from Nicaraguan jails before dawn, "
        "put on a flight to Guatemala and, hours later, declared stateless.",
    ],
)
def test_participles_listed_after_a_counted_relative_clause(extract_text, text) -> None:
    result = extract_text(text)
    assert {("release", 135), ("deportation", 135)} <= group_counts(result)
    assert {("release", "Rosa Vidaurre"), ("deportation", "Rosa Vidaurre")} <= event_pairs(result)


def test_a_participle_of_the_subject_after_a_counted_group_is_not_the_groups(extract_text) -> None:
    result = extract_text(
        "Rosa Vidaurre was one of 135 delegates who were invited to the summit, detained at the airport "
        "on arrival."
    )
    assert ("arrest", 135) not in group_counts(result)


# --- a hyphenated role ("editor-in-chief") inside a list of names -------------------------------


def test_a_hyphenated_role_does_not_end_a_list(extract_text) -> None:
    result = extract_text(
        "Police detained Ruta Gale, editor-in-chief of the weekly, and reporters Ivo Kern and Lena Roth "
        "and photographer Mark Lind on Monday."
    )
    names = ("Ruta Gale", "Ivo Kern", "Lena Roth", "Mark Lind")
    assert {("arrest", n) for n in names} <= event_pairs(result)


def test_a_name_after_a_hyphenated_role_of_someone_else_is_not_listed(extract_text) -> None:
    result = extract_text("Police detained Ivo Kern, whose editor-in-chief, Ruta Gale, fled abroad in 2021.")
    assert ("arrest", "Ruta Gale") not in event_pairs(result)
