"""English events (session 30), in wording invented for these tests, from a matrix of lexicon x
frame: a bare past participle set off after a name, opening the sentence, or after "those"
("X, remanded in custody in May, ...", "Exiled to Poland in 2021, X ...", "among those held by the
KGB") tells of the one it describes, for the checks that want a patient too; a person held by a
state force ("was held by the KGB") is detained; "booked into the county jail" is an arrest; a
possessive pronoun opening a sentence whose subject the same pronoun owns ("After her arrest, her
family left") points back to the person the sentence before is about; "held incommunicado",
"locked up pending trial" keep the person as the patient, not the word the parser made the object;
a bare participle of give / hand / find guilty / order to serve is the set-off person's sentence.
Traps: held by gunmen, a rally held by police, a room booked, a sentence handed down to no one."""

from __future__ import annotations

import pytest

from tests.extract_views import event_pairs

_STORY = "Rights groups count more than a thousand political prisoners in Belarus. "


def _pairs(extract_text, text: str) -> set[tuple[str, str]]:
    return event_pairs(extract_text(_STORY + text))


@pytest.mark.parametrize(
    ("text", "etype", "name"),
    [
        (
            "Remanded in custody in April, Hleb Sasnouski wrote to his mother from the jail.",
            "arrest",
            "Hleb Sasnouski",
        ),
        (
            "Mikhas Zaretski, remanded in custody last spring, has lost ten kilograms, his wife said.",
            "arrest",
            "Mikhas Zaretski",
        ),
        (
            "Seized by security forces in 2022, Raisa Tsvirko was held in a basement for a week.",
            "arrest",
            "Raisa Tsvirko",
        ),
        (
            "Exiled to Lithuania in 2023, the poet Stsiapan Ivanets now teaches in Vilnius.",
            "deportation",
            "Stsiapan Ivanets",
        ),
        (
            "Aksana Dziameshka, exiled to Poland last year, still writes for the paper.",
            "deportation",
            "Aksana Dziameshka",
        ),
        (
            "Forced to leave the country in 2021, Ales Kryvitski set up a new newsroom in Warsaw.",
            "deportation",
            "Ales Kryvitski",
        ),
    ],
)
def test_bare_participle_tells_of_the_one_it_describes(extract_text, text, etype, name) -> None:
    assert (etype, name) in _pairs(extract_text, text)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Hanna Zmitrovich and Paval Brukhanau were among those remanded in custody on Thursday.",
            ("Hanna Zmitrovich", "Paval Brukhanau"),
        ),
        (
            "Ihar Shpak and Lena Rudkouskaya were among those held by the KGB after the raids.",
            ("Ihar Shpak", "Lena Rudkouskaya"),
        ),
    ],
)
def test_among_those_with_a_participle(extract_text, text, names) -> None:
    pairs = _pairs(extract_text, text)
    assert {("arrest", n) for n in names} <= pairs


@pytest.mark.parametrize(
    "text",
    [
        "Taras Miklashevich was held by the KGB for most of the summer, his sister said.",
        "KGB officers came at dawn. Taras Miklashevich, held by the KGB since March, has not seen a lawyer.",
        "Held by police since the election, Taras Miklashevich has been charged with organising riots.",
    ],
)
def test_held_by_a_state_force_is_an_arrest(extract_text, text) -> None:
    assert ("arrest", "Taras Miklashevich") in _pairs(extract_text, text)


@pytest.mark.parametrize(
    "text",
    [
        "Taras Miklashevich was held by gunmen for ransom in a village near the border.",
        "The rally in support of Taras Miklashevich was held by his former students.",
    ],
)
def test_held_by_no_state_force_is_no_arrest(extract_text, text) -> None:
    assert ("arrest", "Taras Miklashevich") not in _pairs(extract_text, text)


@pytest.mark.parametrize(
    "text",
    [
        "Dennis Whitaker was booked into the county jail on Tuesday night.",
        "Deputies booked Dennis Whitaker into the county jail after the protest.",
        "Booked into the county jail on Friday, Dennis Whitaker was released on bond the next day.",
    ],
)
def test_booked_into_jail_is_an_arrest(extract_text, text) -> None:
    assert ("arrest", "Dennis Whitaker") in event_pairs(extract_text(text))


@pytest.mark.parametrize(
    "text",
    [
        "Dennis Whitaker booked a room at the hotel near the county jail.",
        "Dennis Whitaker was booked on a flight to Denver on Tuesday.",
    ],
)
def test_a_booking_is_no_arrest(extract_text, text) -> None:
    assert ("arrest", "Dennis Whitaker") not in event_pairs(extract_text(text))


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        (
            "Zinaida Myslivets is a lawyer in Lida. After her arrest in June, her son moved to Vilnius.",
            "arrest",
        ),
        (
            "Zinaida Myslivets taught history in Babruisk. After her release in June, her family took her to "
            "Warsaw.",
            "release",
        ),
        (
            "Zinaida Myslivets ran a bakery in Lida. Since her conviction, her bakery has been closed.",
            "sentence",
        ),
    ],
)
def test_possessive_pronoun_opening_a_sentence_about_the_same_person(extract_text, text, etype) -> None:
    assert (etype, "Zinaida Myslivets") in _pairs(extract_text, text)


def test_possessive_pronoun_with_two_women_before_stays_open(extract_text) -> None:
    text = (
        "Zinaida Myslivets and her lawyer Alla Hrynkevich met in Babruisk. After her arrest in June, her "
        "friends moved to Vilnius."
    )
    pairs = _pairs(extract_text, text)
    assert ("arrest", "Alla Hrynkevich") not in pairs


@pytest.mark.parametrize(
    "text",
    [
        "Ruslan Ahiyevich, held incommunicado since May, has not been charged.",
        "Held incommunicado since May, Ruslan Ahiyevich has not been allowed to see a lawyer.",
        "Ruslan Ahiyevich, locked up pending trial since May, has not seen his children.",
    ],
)
def test_adverb_or_pending_noun_is_not_the_patient(extract_text, text) -> None:
    assert ("arrest", "Ruslan Ahiyevich") in _pairs(extract_text, text)


@pytest.mark.parametrize(
    "text",
    [
        "Kanstantsin Lysy, handed a four-year term in 2022, is held in a colony in Shklou.",
        "Kanstantsin Lysy and Uladzislau Hrodski were among those given six years in a penal colony.",
        "Kanstantsin Lysy, found guilty of insulting the president in 2022, is held in Shklou.",
        "Kanstantsin Lysy, ordered to serve four years in a penal colony, is held in Shklou.",
        "Kanstantsin Lysy, found guilty of treason in 2022, taught physics in Homel before the war.",
    ],
)
def test_bare_sentencing_participle_is_the_set_off_persons(extract_text, text) -> None:
    assert ("sentence", "Kanstantsin Lysy") in _pairs(extract_text, text)


def test_sentences_handed_down_to_no_one_named(extract_text) -> None:
    text = "The sentences handed down on Friday were the harshest this year, Kanstantsin Lysy said."
    assert ("sentence", "Kanstantsin Lysy") not in _pairs(extract_text, text)


@pytest.mark.parametrize(
    "text",
    [
        "Pavel Seviarynets, a pastor from Minsk, was handcuffed and taken away in March.",
        "Pavel Seviarynets is a pastor from Minsk. He was handcuffed and led out of his flat at dawn.",
        "The pastor Pavel Seviarynets, who was handcuffed and driven off by riot police, is now in Zhodzina.",
    ],
)
def test_handcuffed_read_as_adjective_is_an_arrest(extract_text, text) -> None:
    assert ("arrest", "Pavel Seviarynets") in _pairs(extract_text, text)


def test_handcuffed_by_kidnappers_is_no_arrest(extract_text) -> None:
    text = "Pavel Seviarynets was handcuffed to a radiator by kidnappers who demanded a ransom."
    assert ("arrest", "Pavel Seviarynets") not in event_pairs(extract_text(text))


@pytest.mark.parametrize(
    "text",
    [
        "Vitold Ashurak, a member of the opposition, died in solitary confinement in May 2021.",
        "Vitold Ashurak was an activist from Biarozauka. He died in solitary last year, his family said.",
    ],
)
def test_death_in_solitary_is_in_custody(extract_text, text) -> None:
    assert ("death", "Vitold Ashurak") in _pairs(extract_text, text)


def test_set_off_description_that_tells_no_custody(extract_text) -> None:
    text = "Siarhei Dyleuski, held by many to be the strike's leader, met the envoys in Vilnius on Monday."
    assert not {p for p in _pairs(extract_text, text) if p[1] == "Siarhei Dyleuski"}


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        (
            "The engineer Viktar Slutski, who was granted early release in 2023, now lives in Hrodna.",
            "release",
        ),
        (
            "The engineer Viktar Slutski, who was ordered to serve two years in a colony, wrote to us.",
            "sentence",
        ),
        ("The engineer Viktar Slutski, who had been granted a pardon, left for Vilnius in June.", "release"),
    ],
)
def test_who_of_a_grant_or_an_order_is_the_person_described(extract_text, text, etype) -> None:
    assert (etype, "Viktar Slutski") in _pairs(extract_text, text)


@pytest.mark.parametrize(
    "text",
    [
        "The KGB held Vadzim Yermashuk for two days in a basement in Hrodna.",
        "Investigators held Vadzim Yermashuk for questioning at the KGB building, Viasna said.",
    ],
)
def test_a_force_holding_a_named_person(extract_text, text) -> None:
    assert ("arrest", "Vadzim Yermashuk") in _pairs(extract_text, text)


def test_a_force_holding_a_meeting(extract_text) -> None:
    text = "The KGB held a press conference about Vadzim Yermashuk for two hours."
    assert ("arrest", "Vadzim Yermashuk") not in _pairs(extract_text, text)


def test_participle_after_its_noun_read_as_adjective(extract_text) -> None:
    text = "Ludmila Kazak was one of 14 lawyers exiled to Poland in the spring of 2023."
    result = extract_text(_STORY + text)
    assert ("deportation", "Ludmila Kazak") in event_pairs(result)


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        (
            "Six teachers were forced to leave the country in June, including Halina Dashuk and Anton Liakh.",
            "deportation",
        ),
        (
            "Six teachers were found guilty of insulting the president on Friday, including Halina Dashuk "
            "and Anton Liakh.",
            "sentence",
        ),
    ],
)
def test_list_closing_a_complement_names_the_group(extract_text, text, etype) -> None:
    pairs = _pairs(extract_text, text)
    assert {(etype, "Halina Dashuk"), (etype, "Anton Liakh")} <= pairs


def test_list_of_the_people_a_complement_names_is_not_the_group(extract_text) -> None:
    text = "Six bloggers were found guilty of insulting officials, including the mayor Anton Liakh."
    assert ("sentence", "Anton Liakh") not in _pairs(extract_text, text)


def test_who_of_the_clause_a_while_hangs_on_stays_its_own(extract_text) -> None:
    text = (
        "Among the dead was the poet Mikola Dziadok, who died in a prison hospital in 2023 while serving a "
        "six-year sentence, and Yan Melnikau, a baker who died in a colony in Hlybokaye in 2024."
    )
    pairs = _pairs(extract_text, text)
    assert ("sentence", "Mikola Dziadok") in pairs
    assert ("sentence", "Yan Melnikau") not in pairs


@pytest.mark.parametrize("part", ["Most", "Several", "Many"])
def test_uncounted_part_of_a_group_told_before(extract_text, part) -> None:
    text = (
        "Belarus pardoned 23 political prisoners on Wednesday. "
        f"{part} of them, including the economist Dzianis Kuchynski, were taken straight to the border with "
        "Lithuania."
    )
    pairs = _pairs(extract_text, text)
    assert {("release", "Dzianis Kuchynski"), ("deportation", "Dzianis Kuchynski")} <= pairs
