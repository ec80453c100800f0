"""English events (session 29), in wording invented for these tests: a "who" clause the parser
hangs on the place that closes a person's apposition is the person's; a gerund after "after"
("after spending 80 days in pre-trial detention") tells a stay already spent; a person handed by
one country's police to another country's police or officials is removed abroad (and not freed);
the owner of "her appeal against a six-year sentence" under "pending" is the subject of the verb;
"The harshest sentence, eight years, was imposed on X" gives X the set-off term; a passive with its
own auxiliary joined after a noun's participle is a clause of its own; "all of them" in a clause
joined to a counted arrest does not name everyone told before into it. Traps: the same country
on both sides of a hand-over, a hand-over to police with no nationality, a gerund stay that is
still going on, a sentence only demanded, a place in a "who" clause that describes no person."""

from __future__ import annotations

import pytest

from tests.extract_views import event_pairs


def _terms(extraction) -> set[tuple[str, int | None]]:
    names = {p.id: p.name for p in extraction.persons}
    return {
        (names[pid], e.term_months) for e in extraction.events if e.type == "sentence" for pid in e.persons
    }


@pytest.mark.parametrize(
    ("text", "name", "months"),
    [
        (
            "Also freed was Pavel Sianko, 58, a welder at the tractor works in Barysau, who had served "
            "three years of a nine-year sentence for donating to a strike fund.",
            "Pavel Sianko",
            108,
        ),
        (
            "The list includes Olga Brusnik, a nurse at the district hospital in Lida, who had served half "
            "of a six-year sentence for comments online.",
            "Olga Brusnik",
            72,
        ),
        (
            "Marat Zhunusov, an engineer at the refinery in Atyrau, who was sentenced to seven years in "
            "2022, was pardoned on Monday.",
            "Marat Zhunusov",
            84,
        ),
    ],
)
def test_who_clause_hung_on_a_place_is_the_persons(extract_text, text, name, months) -> None:
    assert (name, months) in _terms(extract_text(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The student activist Arnon Wongsakul was freed on bail on Tuesday after spending 45 days in "
            "pre-trial detention.",
            "Arnon Wongsakul",
        ),
        (
            "After spending four months in pretrial detention, the blogger Davit Kvaratskhelia was granted "
            "bail by a Tbilisi court.",
            "Davit Kvaratskhelia",
        ),
        (
            "Human rights lawyer Samira Haddad walked out of court after spending nine weeks in custody "
            "awaiting trial.",
            "Samira Haddad",
        ),
    ],
)
def test_stay_spent_before_a_release_is_an_arrest(extract_text, text, name) -> None:
    assert ("arrest", name) in event_pairs(extract_text(text))


def test_stay_still_going_on_is_no_arrest(extract_text) -> None:
    text = (
        "The chemist Ruslan Osipov, who is spending his fourth month in pre-trial detention, wrote to "
        "his wife."
    )
    assert ("arrest", "Ruslan Osipov") not in event_pairs(extract_text(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Georgian border guards stopped the blogger Tural Mammadli at the crossing near Lagodekhi and "
            "handed him over to Azerbaijani officers the same night.",
            "Tural Mammadli",
        ),
        (
            "The dissident Farrukh Nazarov was detained in Istanbul last spring and handed over to Tajik "
            "security officials a week later.",
            "Farrukh Nazarov",
        ),
        (
            "Turkish police arrested the activist Ilham Mahmudov in Ankara and handed him over to Uzbek "
            "authorities despite his pending asylum claim.",
            "Ilham Mahmudov",
        ),
    ],
)
def test_handed_by_one_country_to_anothers_police(extract_text, text, name) -> None:
    pairs = event_pairs(extract_text(text))
    assert ("deportation", name) in pairs
    assert ("release", name) not in pairs  # from one custody to another


@pytest.mark.parametrize(
    "text",
    [
        "Russian police detained the poet Oleg Semyonov in Kazan and handed him over to Russian "
        "investigators.",
        "Officers in Minsk detained the teacher Ina Karpovich and handed her over to the police.",
    ],
)
def test_hand_over_inside_one_country_is_no_removal(extract_text, text) -> None:
    assert not any(etype == "deportation" for etype, _ in event_pairs(extract_text(text)))


@pytest.mark.parametrize(
    ("text", "name", "months"),
    [
        (
            "The activist Nargis Tehrani was released on bail from Qarchak prison pending her appeal "
            "against a five-year prison sentence.",
            "Nargis Tehrani",
            60,
        ),
        (
            "The blogger Reza Sohrabi walked free on Monday pending his appeal against a seven-year "
            "sentence for insulting officials.",
            "Reza Sohrabi",
            84,
        ),
    ],
)
def test_appeal_pending_names_whose_sentence(extract_text, text, name, months) -> None:
    assert (name, months) in _terms(extract_text(text))


@pytest.mark.parametrize(
    ("text", "name", "months"),
    [
        (
            "The heaviest sentence, nine years, was imposed in absentia on Chan Sokha, an exiled party "
            "official.",
            "Chan Sokha",
            108,
        ),
        ("The longest sentence, six years, was handed to the editor Ruslan Nazarov.", "Ruslan Nazarov", 72),
    ],
)
def test_set_off_term_imposed_on_someone(extract_text, text, name, months) -> None:
    assert (name, months) in _terms(extract_text(text))


def test_set_off_term_only_demanded_is_nothing(extract_text) -> None:
    text = "The heaviest sentence, ten years, was demanded for the blogger Timur Aliyev by prosecutors."
    assert ("sentence", "Timur Aliyev") not in event_pairs(extract_text(text))


def test_passive_with_own_auxiliary_after_a_nouns_participle(extract_text) -> None:
    text = (
        "The journalist Abebe Kebede was held last week. He was detained for five months in 2022 under "
        "the curfew imposed over the northern conflict and was freed without charge in December."
    )
    assert ("release", "Abebe Kebede") in event_pairs(extract_text(text))


def test_all_of_them_in_a_joined_clause_names_no_one_into_the_arrest(extract_text) -> None:
    text = (
        "Rustem Seitov, a teacher, was sentenced to 12 years in 2020. Enver Kurtov, a builder, received "
        "14 years in the same case.\n\n"
        "On Monday, police detained nine men in raids in Simferopol, and a court ordered all of them "
        "held for two months."
    )
    pairs = event_pairs(extract_text(text))
    assert ("arrest", "Rustem Seitov") not in pairs
    assert ("arrest", "Enver Kurtov") not in pairs


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The reporter Selin Aksoy, who was detained while covering a sit-in outside the courthouse in "
            "May and released under judicial supervision days later, is being tried separately.",
            "Selin Aksoy",
        ),
        (
            "Cameraman Burak Tekin was arrested when filming the clashes near the port and freed on bail "
            "the following week.",
            "Burak Tekin",
        ),
    ],
)
def test_second_participle_after_a_while_gerund(extract_text, text, name) -> None:
    pairs = event_pairs(extract_text(text))
    assert ("arrest", name) in pairs
    assert ("release", name) in pairs


def test_questioned_while_filming_then_let_out_is_no_release(extract_text) -> None:
    text = "The blogger Deniz Kaplan was questioned while filming the rally and released an hour later."
    assert ("release", "Deniz Kaplan") not in event_pairs(extract_text(text))


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Nine of the detainees were later sentenced to two years each, among them the poet Kamal "
            "Rzayev and the teacher Leyla Guliyeva.",
            ("Kamal Rzayev", "Leyla Guliyeva"),
        ),
        (
            "Four of the detainees, the cousins Dmitri Orlov and Pavel Orlov among them, were convicted "
            "on Friday.",
            ("Dmitri Orlov", "Pavel Orlov"),
        ),
        (
            "Police broke up the march on Sunday. On Tuesday six of the detainees were sentenced to two "
            "weeks in jail. Among them are the student Aruzhan Bekova and the driver Nurlan Tokayev.",
            ("Aruzhan Bekova", "Nurlan Tokayev"),
        ),
    ],
)
def test_members_of_a_part_of_the_detainees_were_detained(extract_text, text, names) -> None:
    pairs = event_pairs(extract_text(text))
    assert all(("arrest", name) in pairs for name in names)


def test_part_of_the_protesters_names_no_arrest(extract_text) -> None:
    text = (
        "On Tuesday six of the protesters were sentenced to two weeks in jail. Among them are the "
        "student Aruzhan Bekova and the driver Nurlan Tokayev."
    )
    assert not any(etype == "arrest" for etype, _ in event_pairs(extract_text(text)))
