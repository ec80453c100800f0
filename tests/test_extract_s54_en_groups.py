"""English, session 54 (`en-groups`): members of a counted group whose unnamed group event was
found, named elsewhere by a list (wordings invented for these tests):

* a naming lead-in whose object is a number of a group told before ("named four of those freed:",
  "identified three of the detained as", "published the names of four of them --", then "They
  are ..." in the next sentence) gives each listed person the group's event, when the list names
  exactly that many (fewer after "They include");
* lists whose items are set apart by semicolons are read item by item, each item opening with a
  name; an item that is a clause of its own ("; B, however, remains in prison") ends the list;
* bulleted lists after "They include:" / "Among them:" join the counted group told last; after a
  counted part ("the names of 12 of those freed. Among them:") they join the whole; a bullet item
  may join two names with "and"; a title of a few words may stand before the name;
* "the other N" / "the remaining N" beside named people are the rest of a bulleted roster.
"""

from __future__ import annotations

import pytest

from tests.extract_views import event_pairs

# --- a naming lead-in with a counted part --------------------------------------------------------

_NAMING = [
    (
        "Authorities in Baku freed 16 prisoners on Monday under a presidential pardon.\n\n"
        "The Interior Ministry named four of those freed: Rauf Mammadli, a blogger from Ganja; Samira "
        "Huseynova, a teacher who had been detained in 2022; Elnur Aliyev and his brother, Tural "
        "Aliyev, both from Sumgait.",
        "release",
        ["Rauf Mammadli", "Samira Huseynova", "Elnur Aliyev", "Tural Aliyev"],
    ),
    (
        "Police detained 11 students in Almaty after a rally on Saturday.\n\n"
        "A rights group later identified three of the detained as Dana Abenova, Marat Seitkali and "
        "Olzhas Bekov.",
        "arrest",
        ["Dana Abenova", "Marat Seitkali", "Olzhas Bekov"],
    ),
    (
        "A court in Tashkent sentenced seven activists on Thursday to prison terms of up to six years.\n\n"
        "Lawyers have published the names of four of them -- Jamshid Karimov, Nodira Yusupova, Aziz "
        "Rakhimov and Bekzod Tursunov; the other three asked not to be named.",
        "sentence",
        ["Jamshid Karimov", "Nodira Yusupova", "Aziz Rakhimov", "Bekzod Tursunov"],
    ),
    (
        "Belarus pardoned 20 prisoners this week, the presidential press service said.\n\n"
        "Viasna said it had identified three more of the pardoned as political prisoners. They are "
        "Pavel Shyla, a welder jailed in 2022; Hanna Kruk, a librarian from Lida; and Ivan Marozau, 31.",
        "release",
        ["Pavel Shyla", "Hanna Kruk", "Ivan Marozau"],
    ),
    (
        "Security forces arrested 14 opposition members in raids across Harare on Tuesday.\n\n"
        "The party listed five of those arrested: Tendai Moyo; Rudo Chikwanha, its youth secretary; "
        "Farai Ncube; Blessing Dube; and Nyasha Sibanda.",
        "arrest",
        ["Tendai Moyo", "Rudo Chikwanha", "Farai Ncube", "Blessing Dube", "Nyasha Sibanda"],
    ),
    (
        "Border guards deported 30 migrants' rights activists to Turkey on Friday.\n\n"
        "Their union has confirmed the identities of two of them. They include Selin Yilmaz, a "
        "lawyer from Izmir.",
        "deportation",
        ["Selin Yilmaz"],
    ),
]


_G = "Authorities freed 16 prisoners on Monday under a pardon.\n\n"
_NAMING += [
    (
        _G + "The names of three of those freed were published by Viasna: Pavel Shyla, Hanna Kruk and "
        "Ivan Marozau.",
        "release",
        ["Pavel Shyla", "Hanna Kruk", "Ivan Marozau"],
    ),
    (
        _G + "Of those released, Viasna has identified Pavel Shyla, Hanna Kruk and Ivan Marozau.",
        "release",
        ["Pavel Shyla", "Hanna Kruk", "Ivan Marozau"],
    ),
    (
        _G + "Viasna has confirmed the identities of three: Pavel Shyla, Hanna Kruk and Ivan Marozau.",
        "release",
        ["Pavel Shyla", "Hanna Kruk", "Ivan Marozau"],
    ),
    (
        _G + "Those released on Monday: Pavel Shyla, a welder; Hanna Kruk, a librarian; Ivan Marozau, 31.",
        "release",
        ["Pavel Shyla", "Hanna Kruk", "Ivan Marozau"],
    ),
    (
        _G + "Three of the freed were identified by Viasna as Pavel Shyla, Hanna Kruk and Ivan Marozau.",
        "release",
        ["Pavel Shyla", "Hanna Kruk", "Ivan Marozau"],
    ),
]


@pytest.mark.parametrize(("text", "etype", "names"), _NAMING)
def test_naming_lead_in_gives_the_group_event(extract_text, text: str, etype: str, names: list[str]) -> None:
    pairs = event_pairs(extract_text(text))
    for name in names:
        assert (etype, name) in pairs


def test_a_list_of_another_size_is_not_the_part(extract_text) -> None:
    """Trap: "named five of those freed" and two names: the list is not the five."""
    pairs = event_pairs(
        extract_text(
            "Authorities freed 16 prisoners on Monday.\n\nThe ministry named five of those freed: Omar Said "
            "and Yusuf Ali, who are still held."
        )
    )
    assert ("release", "Omar Said") not in pairs
    assert ("release", "Yusuf Ali") not in pairs


def test_people_said_to_be_missing_are_no_part(extract_text) -> None:
    """Trap: a list of people of another description ("named four people it said were missing")
    has no number of the group before it."""
    pairs = event_pairs(
        extract_text(
            "Police detained 12 people at the rally on Friday.\n\nThe group named four people it said were "
            "still missing: Oleg Petrov, Nina Orlova, Ivan Titov and Pavel Gromov."
        )
    )
    assert not any(name == "Oleg Petrov" for _, name in pairs)


def test_they_are_without_names_lists_no_one(extract_text) -> None:
    """Trap: "They are demanding ..." after "identified three of them" names no one; the lawyer
    named next is no member."""
    pairs = event_pairs(
        extract_text(
            "Authorities freed 16 prisoners on Monday.\n\nRights groups have identified three of them. "
            "They are demanding compensation, their lawyer Karim Haddad said."
        )
    )
    assert ("release", "Karim Haddad") not in pairs


def test_those_still_held_are_not_of_a_release(extract_text) -> None:
    """Trap: "five of those still held" after a release is no part of the freed."""
    pairs = event_pairs(
        extract_text(
            "Police freed 10 activists on Monday.\n\nThe group named five of those still held: Ana Lopez; "
            "Bruno Diaz; Carla Ruiz; Dario Gil; and Elena Paz."
        )
    )
    assert ("release", "Ana Lopez") not in pairs
    assert ("release", "Elena Paz") not in pairs


# --- semicolon lists after "Among those freed were" ---------------------------------------------


def test_semicolon_items_are_members(extract_text) -> None:
    pairs = event_pairs(
        extract_text(
            "Authorities released 14 prisoners on Thursday. Among those freed were Leila Nasser, a nurse "
            "who had served two years; the retired engineer Sami Khoury, 67; and trade unionist Rami Aoun, "
            "jailed in 2021."
        )
    )
    for name in ("Leila Nasser", "Sami Khoury", "Rami Aoun"):
        assert ("release", name) in pairs


def test_a_semicolon_clause_of_its_own_ends_the_list(extract_text) -> None:
    """Trap: "; B, however, remains in prison" is no item of the list of the freed."""
    pairs = event_pairs(
        extract_text(
            "Authorities freed 16 prisoners on Monday. Among those freed was Omar Said, a teacher; Yusuf "
            "Ali, however, remains in prison."
        )
    )
    assert ("release", "Omar Said") in pairs
    assert ("release", "Yusuf Ali") not in pairs


def test_a_lawyer_after_the_semicolon_is_no_member(extract_text) -> None:
    """Trap: "; their lawyer, C, said" opens with no name."""
    pairs = event_pairs(
        extract_text(
            "Authorities freed 16 prisoners on Monday. Among those freed were Omar Said and Yusuf Ali; their "
            "lawyer, Karim Haddad, said they were tired."
        )
    )
    assert ("release", "Karim Haddad") not in pairs


# --- bulleted lists --------------------------------------------------------------------------------


def test_bullets_after_they_include_join_the_counted_group(extract_text) -> None:
    pairs = event_pairs(
        extract_text(
            "Managua put 19 political prisoners on a flight to Guatemala on Wednesday.\n\n"
            "Of the 19, three are priests, according to the Guatemalan foreign ministry.\n\n"
            "They include:\n"
            "- Father Tomas Rivas, a parish priest from Esteli;\n"
            "- former student leader Ana Belen Cruz, sentenced in 2023;\n"
            "- Miskito community leader Jorge Kain, who was serving ten years."
        )
    )
    for name in ("Tomas Rivas", "Ana Belen Cruz", "Jorge Kain"):
        assert ("deportation", name) in pairs


def test_bullets_after_among_them_with_two_names_in_an_item(extract_text) -> None:
    pairs = event_pairs(
        extract_text(
            "Security forces detained 30 protesters in the capital on Saturday, according to the rights "
            "group Kamer.\n\nAmong them:\n- student activist Deniz Kaya\n- Emine Arslan and her daughter "
            "Zehra Arslan, both teachers"
        )
    )
    for name in ("Deniz Kaya", "Emine Arslan", "Zehra Arslan"):
        assert ("arrest", name) in pairs


def test_bullets_after_a_counted_part_join_the_whole(extract_text) -> None:
    """'12 of those freed. Among them:' lists members of the 25 freed, not of the two driven to
    the border told in between."""
    result = extract_text(
        "Caracas freed 25 political prisoners over the weekend, the rights group Foro Penal said.\n\n"
        "Two of them, Luis Mena and Sara Duque, dual nationals, were driven to the Colombian border.\n\n"
        "Foro Penal released the names of 12 of those freed. Among them:\n\n"
        "— Hugo Paredes, 58, a retired army major.\n\n"
        "— Marta Salas, a union organiser from Valencia."
    )
    pairs = event_pairs(result)
    assert ("release", "Hugo Paredes") in pairs
    assert ("release", "Marta Salas") in pairs
    assert ("deportation", "Hugo Paredes") not in pairs


def test_still_held_bullets_are_not_the_freed(extract_text) -> None:
    """Trap: a list after "Still held:" is of others."""
    pairs = event_pairs(
        extract_text(
            "Authorities freed 16 prisoners on Monday.\n\nStill held:\n"
            "- Omar Said, a teacher\n- Yusuf Ali, a driver"
        )
    )
    assert ("release", "Omar Said") not in pairs


def test_they_include_with_no_group_before_lists_no_event(extract_text) -> None:
    """Trap: "They include:" opening the text has no group to point back at."""
    pairs = event_pairs(extract_text("They include:\n- Omar Said, a teacher\n- Yusuf Ali, a driver"))
    assert not pairs


# --- the other N of a bulleted roster --------------------------------------------------------------


def test_the_remaining_five_are_the_rest_of_the_roster(extract_text) -> None:
    pairs = event_pairs(
        extract_text(
            "Police detained eight journalists in dawn raids on Tuesday.\n\nThey are:\n"
            "- Lena Ortiz, a reporter\n"
            "- Marco Vidal, a photographer\n- Nuria Sanz, an editor\n- Pablo Roca, a cameraman\n"
            "- Rosa Vega, a producer\n- Sergio Luna, a blogger\n- Tomas Rey, a columnist\n"
            "- Ursula Mena, a translator\n\n"
            "A judge ordered three of them -- Ortiz, Vidal and Sanz -- held in custody and released the "
            "remaining five on bail."
        )
    )
    for name in ("Pablo Roca", "Rosa Vega", "Sergio Luna", "Tomas Rey", "Ursula Mena"):
        assert ("release", name) in pairs
    for name in ("Lena Ortiz", "Marco Vidal", "Nuria Sanz"):
        assert ("release", name) not in pairs


def test_the_rest_of_a_bulleted_roster(extract_text) -> None:
    """'the rest' beside two named people are the other four of the bulleted six (their lines
    stand more than three sentences back)."""
    pairs = event_pairs(
        extract_text(
            "Police detained six activists in Gomel on Sunday.\n\nThe six are:\n- Ales Baran, a teacher\n"
            "- Olga Zhuk, a nurse\n- Ihar Lis, a driver\n- Nina Kot, a student\n- Pavel Rak, a welder\n"
            "- Zoya Bel, a pensioner\n\n"
            "On Tuesday a judge remanded Baran and Zhuk in custody; the rest were released on bail."
        )
    )
    for name in ("Ihar Lis", "Nina Kot", "Pavel Rak", "Zoya Bel"):
        assert ("release", name) in pairs
    assert ("release", "Ales Baran") not in pairs


def test_the_remaining_three_of_a_group_named_in_its_own_sentence(extract_text) -> None:
    pairs = event_pairs(
        extract_text(
            "Police detained five reporters in Istanbul on Sunday: Ahmet Yildirim, Derya Ozturk, Elif "
            "Tanriverdi, Murat Sensoy and Oya Akgul. A court jailed Yildirim and Ozturk pending trial, and "
            "released the remaining three under judicial control."
        )
    )
    for name in ("Elif Tanriverdi", "Murat Sensoy", "Oya Akgul"):
        assert ("release", name) in pairs
    assert ("release", "Derya Ozturk") not in pairs


def test_the_other_two_that_do_not_complete_the_roster_take_no_one(extract_text) -> None:
    """Trap: two named and 'the other two' are four, not the five listed: no one is the rest."""
    pairs = event_pairs(
        extract_text(
            "Police detained five reporters in Istanbul on Sunday: Ahmet Yildirim, Derya Ozturk, Elif "
            "Tanriverdi, Murat Sensoy and Oya Akgul. A court jailed Yildirim and Ozturk pending trial, and "
            "released the other two under judicial control."
        )
    )
    assert ("release", "Elif Tanriverdi") not in pairs


# --- a bare number and a colon: a part of the group just counted -----------------------------------

_BARE_PARTS = [
    "Police detained nine people on Rustaveli Avenue overnight, seven of them for administrative "
    "offences. Two face criminal charges: Irakli Beridze, a drummer, and Nino Kapanadze, a photographer.",
    "Police detained 40 protesters in Minsk on Sunday. Two remain in custody: Pavel Hrydzin and "
    "Alesia Sakalova.",
    "Security forces rounded up 15 students in Khartoum on Monday. Two are minors: Amna Osman and "
    "Tarig Bakri.",
]


@pytest.mark.parametrize("text", _BARE_PARTS)
def test_a_bare_number_before_a_colon_names_members(extract_text, text: str) -> None:
    result = extract_text(text)
    named = [p.name for p in result.persons]
    pairs = event_pairs(result)
    assert len(named) >= 2
    for name in named:
        assert ("arrest", name) in pairs


def test_two_escaped_are_no_members(extract_text) -> None:
    """Trap: 'Two escaped: A and B' were not detained."""
    pairs = event_pairs(
        extract_text(
            "Police detained 40 protesters in Minsk on Sunday. Two escaped: Pavel Hrydzin and "
            "Alesia Sakalova."
        )
    )
    assert ("arrest", "Pavel Hrydzin") not in pairs


def test_two_others_before_a_colon_are_no_members(extract_text) -> None:
    """Trap: 'Two others escaped arrest: A and B' are not of the group detained."""
    pairs = event_pairs(
        extract_text(
            "Police detained 40 protesters in Minsk on Sunday. Two others escaped arrest: Pavel Hrydzin "
            "and Alesia Sakalova."
        )
    )
    assert ("arrest", "Pavel Hrydzin") not in pairs


def test_a_part_named_by_the_groups_own_noun(extract_text) -> None:
    """'two of the protesters' after "detained 12 protesters" are of that group (a part of another
    noun, 'one of the officers', is not: `test_one_of_another_group_identified_is_no_member` of
    session 37)."""
    pairs = event_pairs(
        extract_text(
            "Police detained 12 protesters in Yerevan on Monday. Witnesses identified two of the protesters "
            "as Armen Sargsyan and Davit Hakobyan."
        )
    )
    assert ("arrest", "Armen Sargsyan") in pairs


def test_those_still_held_heading_is_no_release_nor_arrest(extract_text) -> None:
    """Trap: "Those still held: A; B" after a release: neither freed nor newly arrested."""
    pairs = event_pairs(
        extract_text(
            "Authorities freed 16 prisoners on Monday.\n\nThose still held: Pavel Shyla, a welder; Hanna "
            "Kruk, a librarian."
        )
    )
    assert not any(name == "Pavel Shyla" for _, name in pairs)


def test_not_on_the_list_bullets_are_not_the_freed(extract_text) -> None:
    """Trap: people "not on the list" of a pardon, bulleted, were not freed."""
    pairs = event_pairs(
        extract_text(
            "Authorities freed 16 prisoners on Monday under a pardon.\n\nNot on the list:\n"
            "- Omar Said, a teacher serving ten years\n- Yusuf Ali, a driver"
        )
    )
    assert ("release", "Omar Said") not in pairs
    assert ("release", "Yusuf Ali") not in pairs


def test_remain_behind_bars_list_is_not_the_freed(extract_text) -> None:
    """Trap: "Four remain behind bars: A; B; C; and D" after a release names those not freed; a
    bare number whose clause is a state of custody joins no release."""
    pairs = event_pairs(
        extract_text(
            "Authorities freed 16 prisoners on Monday under a pardon. Four remain behind bars: Omar Said; "
            "Yusuf Ali; Karim Nasser; and Rami Haddad."
        )
    )
    assert ("release", "Omar Said") not in pairs
    assert ("release", "Rami Haddad") not in pairs


@pytest.mark.parametrize(
    "text",
    [
        "Authorities are expected to free 16 prisoners on Monday.\n\nThe ministry named four of those to be "
        "freed: Pavel Shyla, Hanna Kruk, Ivan Marozau and Olga Bely.",
        "Rights groups demanded the release of 16 prisoners on Monday.\n\nThey named four of them: Pavel "
        "Shyla, Hanna Kruk, Ivan Marozau and Olga Bely.",
    ],
)
def test_a_part_of_a_group_to_come_or_demanded_is_not_freed(extract_text, text: str) -> None:
    """Traps: a release expected or demanded is no event, nor for the people named of its group."""
    pairs = event_pairs(extract_text(text))
    assert ("release", "Pavel Shyla") not in pairs


def test_bullets_among_those_on_the_flight(extract_text) -> None:
    pairs = event_pairs(
        extract_text(
            "MANAGUA — Nicaragua released 135 political prisoners on Thursday and flew them to Guatemala.\n\n"
            "Among those on the flight were:\n\n- Freddy Quezada, a university professor;\n"
            "- Bishop-elect Juan Perez Mena, 61."
        )
    )
    for name in ("Freddy Quezada", "Juan Perez Mena"):
        assert ("deportation", name) in pairs
        assert ("release", name) in pairs


def test_those_released_included_semicolon_items(extract_text) -> None:
    pairs = event_pairs(
        extract_text(
            "CAIRO — Egyptian authorities released 30 pretrial detainees on Sunday, a lawyer said.\n\n"
            "Those released included activist Sameh Saoudi; the journalist Rasha Azab; and Mohamed Adel, a "
            "founder of a youth movement. Others remain in custody."
        )
    )
    for name in ("Sameh Saoudi", "Rasha Azab", "Mohamed Adel"):
        assert ("release", name) in pairs
