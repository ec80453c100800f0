"""English events of whole articles (session 35), in wording invented for these tests from the
forms blind writers used in syn25b: a counted group of people "taken to a police station" (also
when a list set off by dashes, a role before each name, breaks the parse), an ordinal set off
before a name ("The third, lawyer X, refused ... and was taken back"), a digest's list item whose
subject hangs on its dash ("– brothers A and B, both taken into custody"), "both" set off after
names, "whose N-year sentence was handed down" of a person from a place, "the sentence handed to
protester X", "A seventh man detained in ..., X, was released", and "Among them is X" after a
sentence of what the group faces ("If convicted, they face up to 10 years")."""

from __future__ import annotations

import pytest

from tests.extract_views import event_pairs, group_counts


@pytest.mark.parametrize(
    ("text", "names", "count"),
    [
        (
            "Three participants — poet Ales Myslivets, 34, translator Hanna Zubko and sound engineer "
            "Ihar Bely — were taken to the Frunzensky police station, according to Viasna.",
            ("Ales Myslivets", "Hanna Zubko", "Ihar Bely"),
            3,
        ),
        (
            "Four volunteers — driver Daria Ostap, teacher Yan Halko, nurse Olga Sych and student Pavel "
            "Rak — were taken to a police station in Vitsebsk after the raid.",
            ("Daria Ostap", "Yan Halko", "Olga Sych", "Pavel Rak"),
            4,
        ),
        (
            "Police detained two students on Friday. Two reporters were taken to the Kirov police "
            "station on Saturday.",
            (),
            2,
        ),
    ],
)
def test_counted_people_taken_to_a_police_station(extract_text, text, names, count) -> None:
    result = extract_text(text)
    assert {("arrest", n) for n in names} <= event_pairs(result)
    assert ("arrest", count) in group_counts(result)


@pytest.mark.parametrize(
    "text",
    [
        "Two bags of leaflets were taken to the police station.",
        "Three injured protesters were taken to a hospital after the rally.",
    ],
)
def test_things_or_the_hurt_taken_are_no_arrest(extract_text, text) -> None:
    assert not any(e.type == "arrest" for e in extract_text(text).events)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Of the three prisoners who stayed on the bus, two went home. The third, lawyer Maksim "
            "Sidorchuk, refused to leave the bus and was taken back to Minsk by KGB officers.",
            "Maksim Sidorchuk",
        ),
        (
            "Two prisoners stayed in Minsk. The second, journalist Ales Mikhalevich, stayed on the "
            "bus and was detained again by KGB officers.",
            "Ales Mikhalevich",
        ),
    ],
)
def test_ordinal_set_off_before_a_name(extract_text, text, name) -> None:
    assert ("arrest", name) in event_pairs(extract_text(text))


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "New political prisoners\n\n"
            "– Ales Kaval, 51, a teacher from Brest, who was sentenced to three years in June;\n\n"
            "– brothers Siarhei Lapko and Andrei Lapko from Lida, both taken into custody on 2 May "
            "after a search of their flat. Investigators accuse them of donating to a fund.",
            ("Siarhei Lapko", "Andrei Lapko"),
        ),
        (
            "Recognised this week:\n\n"
            "– Ales Kaval, 51, a teacher from Brest, who was sentenced to three years in June;\n\n"
            "– sisters Hanna Tsvirko and Volha Tsvirko from Lida, both detained on 2 May after a "
            "search of their home.",
            ("Hanna Tsvirko", "Volha Tsvirko"),
        ),
        (
            "Journalists Hanna Tsvirko and Volha Tsvirko, both detained on 2 May, remain in the Lida jail.",
            ("Hanna Tsvirko", "Volha Tsvirko"),
        ),
    ],
)
def test_both_set_off_after_names_in_a_list_item(extract_text, text, names) -> None:
    assert {("arrest", n) for n in names} <= event_pairs(extract_text(text))


@pytest.mark.parametrize(
    ("text", "name", "months"),
    [
        (
            "– Pavel Zhuk, 66, a retired railway engineer from Homiel, whose two-and-a-half-year "
            'sentence for "insulting the president" was handed down in October;',
            "Pavel Zhuk",
            30,
        ),
        (
            "Pavel Zhuk, a retired engineer from Mazyr, whose four-year sentence was handed down in "
            "October, is ill.",
            "Pavel Zhuk",
            48,
        ),
        (
            "The appeals court on Thursday upheld the four-and-a-half-year sentence handed to "
            "protester Levan Gogua, a 27-year-old waiter.",
            "Levan Gogua",
            54,
        ),
        (
            "The court upheld the six-year sentence handed to blogger Anar Mammadli.",
            "Anar Mammadli",
            72,
        ),
    ],
)
def test_sentence_handed_down_owned_by_its_person(extract_text, text, name, months) -> None:
    result = extract_text(text)
    names = {p.id: p.name for p in result.persons}
    assert (name, months) in {
        (names[p], e.term_months) for e in result.events if e.type == "sentence" for p in e.persons
    }


@pytest.mark.parametrize(
    ("text", "name", "second"),
    [
        (
            "A seventh man detained in the same raids, Rustem Emirov, was released in 2024 after "
            "agreeing to give evidence.",
            "Rustem Emirov",
            "release",
        ),
        (
            "A woman arrested at the same protest, Olga Mikhina, was sentenced to three years.",
            "Olga Mikhina",
            "sentence",
        ),
    ],
)
def test_described_person_named_before_the_verb(extract_text, text, name, second) -> None:
    pairs = event_pairs(extract_text(text))
    assert {("arrest", name), (second, name)} <= pairs


def test_a_man_who_filmed_is_no_prisoner(extract_text) -> None:
    result = extract_text("A man who filmed the raid, Rustem Emirov, told reporters he was beaten.")
    assert not result.events


@pytest.mark.parametrize(
    "between",
    [
        "If convicted, they face up to 10 years in prison.",
        "They face up to five years in prison if convicted.",
    ],
)
def test_among_them_after_what_the_group_faces(extract_text, between) -> None:
    text = (
        "The 43 members of the opposition party were arrested on 14 November when police raided a "
        f"private home in Glen View. {between}\n\nAmong them is Tendai Chikore, 45, the party's "
        "district coordinator."
    )
    assert ("arrest", "Tendai Chikore") in event_pairs(extract_text(text))


def test_among_them_after_a_call_is_still_no_member(extract_text) -> None:
    text = "Rights groups called for the release of seriously ill prisoners. Among them is Tendai Chikore."
    assert not event_pairs(extract_text(text))


def test_all_aged_17_is_no_all_of_the_group(extract_text) -> None:
    text = (
        "Our reporter confirms that photographer Blessing Ncube, who was detained this morning, has "
        "been released without charge.\n\n"
        "The 43 members of the party were arrested on 14 November. Among them is Tendai Chikore, the "
        "district coordinator.\n\n"
        "The court has freed three of the accused, all aged 17, into the custody of their parents."
    )
    result = extract_text(text)
    assert ("release", 3) in group_counts(result)
    assert ("release", "Tendai Chikore") not in event_pairs(result)


@pytest.mark.parametrize(
    "text",
    [
        "Ernesto Aguilar was jailed in 1974. He was freed in August 1978, one of 59 prisoners released "
        "after a commando seized the National Palace.",
        "Ernesto Aguilar was freed in August 1978, one of 59 prisoners released after a commando seized "
        "the palace.",
    ],
)
def test_one_of_a_counted_group_set_off_after_the_time(extract_text, text) -> None:
    result = extract_text(text)
    release = [e for e in result.events if e.type == "release" and e.count == 59]
    names = {p.id: p.name for p in result.persons}
    assert release and "Ernesto Aguilar" in {names[p] for p in release[0].persons}


@pytest.mark.parametrize(
    "text",
    [
        "The court convicted two of the seven defendants on Monday: Dana Abenova and Marat Seitov "
        "received four years each.\n\nSeven students were detained in May when police broke up a sit-in.",
        "Judge Kubanych Ormonov on Friday found two of the eleven defendants guilty. Dana Abenova and "
        "Marat Seitov were sentenced to five years each.\n\nEleven current and former Tamchy Media "
        "employees were detained on January 16, 2024, when police raided the outlet's office.",
    ],
)
def test_part_of_the_m_whose_arrest_is_told_later(extract_text, text) -> None:
    result = extract_text(text)
    assert {("arrest", "Dana Abenova"), ("arrest", "Marat Seitov")} <= event_pairs(result)
    assert any(e.type == "arrest" and e.count in (7, 11) for e in result.events)


def test_part_of_the_m_joins_no_later_release(extract_text) -> None:
    text = (
        "The court convicted two of the seven defendants on Monday: Dana Abenova and Marat Seitov "
        "received four years each.\n\nSeven students were freed in May after paying fines."
    )
    assert ("release", "Dana Abenova") not in event_pairs(extract_text(text))


@pytest.mark.parametrize(
    ("text", "name", "months"),
    [
        (
            "Not among those freed: the former minister Thida Win, who was sentenced to 26 years in 2022.",
            "Thida Win",
            312,
        ),
        ("Not among those freed: journalist Ihar Losik, who is serving 15 years.", "Ihar Losik", 180),
        (
            "Olga Rak, who is serving six years on extremism and treason charges, wrote to her mother.",
            "Olga Rak",
            72,
        ),
    ],
)
def test_term_of_one_set_off_after_a_denied_membership(extract_text, text, name, months) -> None:
    result = extract_text(text)
    names = {p.id: p.name for p in result.persons}
    assert (name, months) in {
        (names[p], e.term_months) for e in result.events if e.type == "sentence" for p in e.persons
    }


def test_not_among_the_pardoned_keeps_no_release(extract_text) -> None:
    result = extract_text("Ihar Losik was not among the 41 prisoners pardoned on Friday.")
    assert ("release", "Ihar Losik") not in event_pairs(result)


@pytest.mark.parametrize(
    ("text", "arrested"),
    [
        ("Dzmitry Lazouski was held overnight at the district police department.", True),
        ("Dzmitry Lazouski worked for ten years in the police department.", False),
    ],
)
def test_police_department_is_a_lockup(extract_text, text, arrested) -> None:
    assert (("arrest", "Dzmitry Lazouski") in event_pairs(extract_text(text))) is arrested


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Russia frees 3 dissidents and 2 dual nationals in swap with the West", 5),
        ("Police detained three students and two teachers in Hrodna on Friday.", 5),
    ],
)
def test_counted_conjuncts_make_one_group(extract_text, text, count) -> None:
    counts = group_counts(extract_text(text))
    assert count in {n for _, n in counts}
    assert 3 not in {n for _, n in counts}


def test_gapped_counted_groups_stay_apart(extract_text) -> None:
    text = "The court sentenced two journalists to five years and three activists to four years."
    assert {("sentence", 2), ("sentence", 3)} <= group_counts(extract_text(text))


@pytest.mark.parametrize(
    "text",
    [
        "eleven political prisoners released in Belarus this month, 14 new convictions\n\nViasna said "
        "eleven political prisoners had been released.",
        "Police seized three students and two laptops in Hrodna on Friday.",
    ],
)
def test_conjoined_things_or_items_add_no_people(extract_text, text) -> None:
    counts = {n for _, n in group_counts(extract_text(text))}
    assert not counts & {25, 5}
