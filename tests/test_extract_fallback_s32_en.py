"""English fallback (session 32): an asserted trigger whose argument search found no one takes the
person the parse ties it to, through ties that survive a misparse, in wording invented for these
tests. A subjectless passive conjunct shares the person of the passive event before it, wherever
the parser hung it ("X was detained in May, days after ..., and was sentenced in June"); a head
passive lends its subject ("acquitted of A but found guilty of B"); a hyphenated role split by the
tokenizer hides the name it titles ("sentenced co-founder X"); a reflexive set off after a name
stands for it ("X - herself released last year - said"); a passive verb left without a subject
tells of the person named before its auxiliary ("According to Viasna, X, a lawyer sentenced in
2021, was released"). Traps: another subject in between, a hedge, a negation, an official's own
action, a reflexive before an active verb with an object."""

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
            "Ksenia Lutskina, who was arrested in December 2020 over a planned broadcast and freed on "
            "health grounds in 2022, now lives in Warsaw.",
            "release",
            "Ksenia Lutskina",
        ),
        (
            "Palina Sharenda, who was arrested in 2021 for a post about the referendum and released after "
            "nine months, now works in Vilnius.",
            "release",
            "Palina Sharenda",
        ),
        (
            "The designer Katsiaryna Novikava was taken into custody at dawn, a week after her sister spoke "
            "to the press, and was convicted in June of insulting the president.",
            "sentence",
            "Katsiaryna Novikava",
        ),
        (
            "Siarhei Tsikhanouski was detained in May, a day after his supporters gathered in Hrodna, and "
            "was sentenced in December to 18 years.",
            "sentence",
            "Siarhei Tsikhanouski",
        ),
        (
            "The blogger Eduard Babaryka was acquitted of tax evasion but found guilty of organising riots.",
            "sentence",
            "Eduard Babaryka",
        ),
        (
            "Andrei Pachobut was cleared of one charge but found guilty of inciting hatred and jailed for "
            "eight years.",
            "sentence",
            "Andrei Pachobut",
        ),
    ],
)
def test_subjectless_conjunct_shares_the_person(extract_text, text, etype, name) -> None:
    assert (etype, name) in _pairs(extract_text, text)


@pytest.mark.parametrize(
    ("text", "etype", "name"),
    [
        (
            "The Hrodna regional court on Friday sentenced co-founder Andrzej Poczobut to eight years.",
            "sentence",
            "Andrzej Poczobut",
        ),
        ("Police detained co-founder Vadzim Kabanchuk at his flat on Sunday.", "arrest", "Vadzim Kabanchuk"),
    ],
)
def test_hyphenated_role_titles_the_object(extract_text, text, etype, name) -> None:
    assert (etype, name) in _pairs(extract_text, text)


@pytest.mark.parametrize(
    ("text", "etype", "name"),
    [
        (
            "The journalist Iryna Slaunikava - herself detained in 2020 - said conditions had worsened.",
            "arrest",
            "Iryna Slaunikava",
        ),
        (
            "The photographer Viktoryia Viktarava - herself released last year after serving two years - "
            "said the pressure had not stopped.",
            "release",
            "Viktoryia Viktarava",
        ),
    ],
)
def test_reflexive_set_off_stands_for_the_name(extract_text, text, etype, name) -> None:
    assert (etype, name) in _pairs(extract_text, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "According to Viasna, Mikola Statkevich, a politician sentenced in 2021 to fourteen years, was "
            "released from the colony in Hlybokaye on Thursday.",
            "Mikola Statkevich",
        ),
        (
            "According to the group Viasna, Leanid Sudalenka, a lawyer sentenced in 2021 to three years for "
            "helping protesters, was released from the colony in Homel on Monday.",
            "Leanid Sudalenka",
        ),
        (
            "According to Viasna, Pavel Sevyarynets, a writer sentenced in 2021 under Article 293 "
            '("organisation of mass riots"), was released from the colony on Thursday.',
            "Pavel Sevyarynets",
        ),
    ],
)
def test_passive_without_subject_tells_of_the_name_before_it(extract_text, text, name) -> None:
    assert ("release", name) in _pairs(extract_text, text)


@pytest.mark.parametrize(
    ("text", "etype", "name"),
    [
        (
            "Last month, prosecutors ordered rights researcher Mikalai Ulasevich detained for 15 days "
            "pending investigation.",
            "arrest",
            "Mikalai Ulasevich",
        ),
        (
            "Ihar Karnei spent three years in a colony in Shklou before winning an early release in May.",
            "release",
            "Ihar Karnei",
        ),
        (
            "Alena Hnauk served four years of a ten-year sentence for insulting the president before "
            "receiving a pardon in 2015.",
            "release",
            "Alena Hnauk",
        ),
    ],
)
def test_small_clause_and_gerund_tell_of_their_subject(extract_text, text, etype, name) -> None:
    assert (etype, name) in _pairs(extract_text, text)


@pytest.mark.parametrize(
    ("text", "etype", "name"),
    [
        # another subject between the two verbs owns the second
        (
            "Ihar Losik was arrested in 2020 and his wife was later released from questioning.",
            "release",
            "Ihar Losik",
        ),
        (
            "Police detained Maria Kalesnikava after officers searched the building and released the staff.",
            "release",
            "Maria Kalesnikava",
        ),
        (
            "Marfa Rabkova was arrested in 2020 after investigators searched the office and her husband was "
            "released the next day.",
            "release",
            "Marfa Rabkova",
        ),
        (
            "Ales Bialiatski was arrested in 2021, and his deputy Valiantsin Stefanovich was questioned the "
            "following week.",
            "arrest",
            "Valiantsin Stefanovich",
        ),
        (
            "Ales Bialiatski was detained on Monday, and his colleagues were questioned and released.",
            "release",
            "Ales Bialiatski",
        ),
        (
            "Uladzimir Labkovich was detained in May, a day after police raided the office, and released "
            "the staff.",
            "release",
            "Uladzimir Labkovich",
        ),
        ("Prosecutors want Mikalai Ulasevich detained until the trial.", "arrest", "Mikalai Ulasevich"),
        ("Judge Viktoryia Shabunia has detained three protesters this year.", "arrest", "Viktoryia Shabunia"),
        (
            "Lawyer Maksim Znak asked for the hearing to be postponed after receiving a release date for his "
            "client.",
            "release",
            "Maksim Znak",
        ),
        # negation and hedges keep their force
        (
            "Andrei Aliaksandrau was not detained in 2021, and was never sentenced.",
            "sentence",
            "Andrei Aliaksandrau",
        ),
        (
            "Natallia Hersheni was detained in March and could be sentenced to six years.",
            "sentence",
            "Natallia Hersheni",
        ),
        # a reflexive before an active verb with an object, an official's own action
        (
            "The minister Ivan Kubrakov himself released a statement on Friday.",
            "release",
            "Ivan Kubrakov",
        ),
        (
            "The judge Alena Shylko - herself promoted last year - sentenced the two men to six years.",
            "sentence",
            "Alena Shylko",
        ),
        # the head's subject, a relation named with a hyphen, is someone else
        (
            "The court sentenced co-founder Andrei Aliaksandrau's colleague to two years.",
            "sentence",
            "Andrei Aliaksandrau",
        ),
    ],
)
def test_traps_give_no_event(extract_text, text, etype, name) -> None:
    assert (etype, name) not in _pairs(extract_text, text)
