"""English events told across sentences (session 33), in wording invented for these tests: a
counted part of a group told before whose names follow a colon ("Two of those freed ...: A and
B"), a counted noun equated with names ("The three Russians were A, B and C"), "one of them" after
a group described by its event ("the other two pardoned prisoners"), a removal "sent back from" a
country, a role inside a clause describing a person (no official of the forces), and the release
a deportation implies kept when the same sentence tells another person's release."""

from __future__ import annotations

import pytest

from tests.extract_views import event_pairs


def _pairs(extract_text, text: str) -> set[tuple[str, str]]:
    return event_pairs(extract_text(text))


@pytest.mark.parametrize(
    ("text", "etype", "names"),
    [
        (
            "Azerbaijan pardons eight prisoners\n\n"
            "Azerbaijan released eight prisoners on Friday, officials said. "
            "Three of those freed spoke to reporters outside the prison gate: Elchin Mammadli, a "
            "teacher, Rauf Hasanli, a mechanic who had been jailed in 2021, and Gunel Aliyeva.",
            "release",
            ("Elchin Mammadli", "Rauf Hasanli", "Gunel Aliyeva"),
        ),
        (
            "Students held in Homel\n\n"
            "Police in Homel detained eleven students on Tuesday night. "
            "Two of those detained are well known in the city: Mikita Sauchuk and Yana Luksha.",
            "arrest",
            ("Mikita Sauchuk", "Yana Luksha"),
        ),
    ],
)
def test_counted_part_named_after_colon(extract_text, text, etype, names) -> None:
    pairs = _pairs(extract_text, text)
    assert {(etype, n) for n in names} <= pairs


def test_counted_part_with_fewer_names_names_no_one(extract_text) -> None:
    text = (
        "Azerbaijan pardons eight prisoners\n\n"
        "Azerbaijan released eight prisoners on Friday, officials said. "
        "Three of those freed spoke to reporters outside the prison gate: Elchin Mammadli and "
        "Rauf Hasanli, two neighbours."
    )
    pairs = _pairs(extract_text, text)
    assert ("release", "Elchin Mammadli") not in pairs


@pytest.mark.parametrize(
    ("text", "etype", "names"),
    [
        (
            "Minsk expels four activists\n\n"
            "Belarus expelled four activists to Poland on Monday, their lawyers said. "
            "The four activists were Ales Zhuk, a carpenter; Tatsiana Hurynovich, a nurse; "
            "Pavel Ramanchuk; and Iryna Lis.",
            "deportation",
            ("Ales Zhuk", "Tatsiana Hurynovich", "Pavel Ramanchuk", "Iryna Lis"),
        ),
        (
            "Journalists arrested\n\n"
            "Police arrested three journalists in Hrodna on Thursday. "
            "The three reporters were Siarhei Melnik, Alena Kruk and Dzmitry Bahdan.",
            "arrest",
            ("Siarhei Melnik", "Alena Kruk", "Dzmitry Bahdan"),
        ),
    ],
)
def test_counted_noun_equated_with_names(extract_text, text, etype, names) -> None:
    pairs = _pairs(extract_text, text)
    assert {(etype, n) for n in names} <= pairs


def test_counted_noun_of_no_group_told_names_no_one(extract_text) -> None:
    text = (
        "Verdict in Minsk\n\n"
        "A court in Minsk sentenced the blogger Ihar Kaval to six years on Monday. "
        "The three judges were Ales Zhuk, Tatsiana Hurynovich and Pavel Ramanchuk."
    )
    pairs = _pairs(extract_text, text)
    assert not {p for p in pairs if p[1] in ("Ales Zhuk", "Tatsiana Hurynovich", "Pavel Ramanchuk")}


def test_one_of_them_after_a_group_described_by_its_event(extract_text) -> None:
    text = (
        "Belarus frees ten prisoners\n\n"
        "Ten political prisoners were pardoned on Friday. Eight of the freed prisoners were "
        "driven to the Lithuanian border and made to cross it. "
        "Officials did not say what happened to the other two pardoned prisoners. "
        "One of them, 52-year-old driver Viktar Sushko, went home to Baranavichy, his son said."
    )
    pairs = _pairs(extract_text, text)
    assert ("release", "Viktar Sushko") in pairs
    assert ("deportation", "Viktar Sushko") not in pairs


@pytest.mark.parametrize(
    "text",
    [
        "Two Cambodian activists, Sok Dara and Chea Vuthy, were sent back from Thailand in June.",
        "In March, two party members, Sok Dara and Chea Vuthy, were also sent back from Malaysia.",
    ],
)
def test_sent_back_from_a_country(extract_text, text) -> None:
    pairs = _pairs(extract_text, "Activists returned\n\n" + text)
    assert {("deportation", "Sok Dara"), ("deportation", "Chea Vuthy")} <= pairs


def test_release_beside_a_removal_without_release_is_kept(extract_text) -> None:
    text = (
        "Activists returned\n\n"
        "In May, two party members, Sok Dara and Chea Vuthy, were sent back from Thailand; Dara was "
        "sentenced to two years in August, while Vuthy was released on bail."
    )
    assert ("release", "Chea Vuthy") in _pairs(extract_text, text)


def test_role_inside_a_describing_clause_is_not_the_persons(extract_text) -> None:
    text = (
        "Belarus expels prisoners\n\n"
        "Twelve prisoners were driven to the Lithuanian border on Friday. "
        "Also expelled was Nadzeya Lapko, a cook at a state canteen who was arrested in 2021 after "
        "she filmed riot police beating protesters."
    )
    pairs = _pairs(extract_text, text)
    assert {("deportation", "Nadzeya Lapko"), ("arrest", "Nadzeya Lapko")} <= pairs


def test_lead_below_a_title_case_subheadline_is_named_next(extract_text) -> None:
    text = (
        "Monk Jailed for Eight Years Over Messages\n"
        "Second Arrest in Month Alarms Rights Groups\n\n"
        "(Geneva, May 4, 2026) – A court in Qinghai has sentenced a Tibetan monk to eight years in "
        "prison for sharing messages online, a rights group said today.\n\n"
        "The Intermediate People's Court convicted Lobsang Gyatso, 48, a teacher at a monastery in "
        "Rebkong, of inciting separatism on April 2, according to sources in the area."
    )
    result = extract_text(text)
    names = {p.id: p.name for p in result.persons}
    terms = {(names[p], e.term_months) for e in result.events for p in e.persons if e.term_months}
    assert ("Lobsang Gyatso", 96) in terms


@pytest.mark.parametrize(
    ("text", "etype", "name"),
    [
        (
            "Separately, a district court on Friday released on probation Timur Nazarov, a blogger "
            "held since March.",
            "release",
            "Timur Nazarov",
        ),
        (
            "Later that week the security service detained without warrant Dilshod Karimov, an "
            "imam from Andijan.",
            "arrest",
            "Dilshod Karimov",
        ),
    ],
)
def test_object_set_after_a_phrase_of_manner(extract_text, text, etype, name) -> None:
    assert (etype, name) in _pairs(extract_text, "Court news\n\n" + text)


@pytest.mark.parametrize(
    ("text", "held"),
    [
        (
            "Rasul Ismayilov was sentenced to 18 months, which he has already served in pre-trial "
            "detention, his lawyer said.",
            True,
        ),
        (
            "The court gave Aynur Guliyeva two years, a term she had served in pre-trial detention "
            "by the time of the verdict.",
            True,
        ),
        ("Rasul Ismayilov was sentenced to 18 months, which he will serve in a penal colony.", False),
        ("Rasul Ismayilov was sentenced to 18 months, which he has already served in prison.", False),
    ],
)
def test_term_served_in_pretrial_detention_is_an_arrest(extract_text, text, held) -> None:
    pairs = _pairs(extract_text, "Verdict in Baku\n\n" + text)
    assert bool({p for p in pairs if p[0] == "arrest"}) is held


@pytest.mark.parametrize(
    ("text", "etype", "names"),
    [
        (
            "Police in Brest detained six activists on Saturday. Two of them, Pavel Siamchuk and "
            "Hanna Bortnik, were released the same night. One more, Siarhei Lapko, was freed on "
            "Sunday. The other three — Maksim Rudak, Ilya Zhukau and Volha Mialeshka — remain in "
            "custody.",
            "arrest",
            ("Siarhei Lapko", "Maksim Rudak", "Ilya Zhukau", "Volha Mialeshka"),
        ),
        (
            "A court in Baku sentenced five journalists on Monday. Three of them, Sevinj Mammadova, "
            "Ulviyya Ali and Nargiz Absalamova, received nine years. The remaining two, Hafiz "
            "Babali and Elnara Gasimova, were given eight years each.",
            "sentence",
            ("Sevinj Mammadova", "Elnara Gasimova", "Hafiz Babali"),
        ),
    ],
)
def test_group_reassembled_from_parts(extract_text, text, etype, names) -> None:
    pairs = _pairs(extract_text, "Activists detained\n\n" + text)
    assert {(etype, n) for n in names} <= pairs


def test_parts_that_do_not_add_up_name_no_one(extract_text) -> None:
    text = (
        "Activists detained\n\n"
        "Police in Brest detained seven activists on Saturday. Two of them, Pavel Siamchuk and "
        "Hanna Bortnik, were released the same night. The other three — Maksim Rudak, Ilya Zhukau "
        "and Volha Mialeshka — remain in custody."
    )
    assert ("arrest", "Maksim Rudak") not in _pairs(extract_text, text)


@pytest.mark.parametrize(
    ("text", "pardoned"),
    [
        ("The president issued pardons to 76 prisoners on Friday.", True),
        ("The king issued a pardon to the blogger Ali Haji on Friday.", True),
        ("The ministry issued a release on Friday about the prisoners.", False),
        ("The court issued a summons to the blogger Ali Haji on Friday.", False),
    ],
)
def test_pardons_issued_to_people(extract_text, text, pardoned) -> None:
    result = extract_text("Pardons\n\n" + text)
    assert any(e.type == "release" for e in result.events) is pardoned
