"""English group members and removal abroad (session 43, en-read), in wordings invented for these
tests: "One of them, X, was seized ..." (the name the parser makes a second subject); "those who
crossed / landed / arrived" naming the group driven abroad, however far back it was told; a list
whose lead-in names the group by its number alone ("The full list of the ten:"); "in the convoy"
as on board; a destination hung on a manner or vehicle phrase ("driven under escort to the
border"); a list item hung on a relative clause inside the first item's apposition; "One of
them, X" after counted refusers. Each with traps that must stay without the event."""

from __future__ import annotations

import pytest

from tests.extract_views import event_pairs, group_counts

# --- "One of them, X, <own verb>": the name the parser made a second subject ------------------


@pytest.mark.parametrize(
    ("text", "name", "etypes"),
    [
        (
            "Minsk freed 16 prisoners on Monday. Nine of them were put on a coach and driven to the "
            "Polish border.\n\nOne of them, Siarhei Maroz, a plumber, was seized at his flat in 2022.",
            "Siarhei Maroz",
            {"deportation", "release", "arrest"},
        ),
        (
            "Managua freed 40 political prisoners and flew them to Guatemala on Friday. One of those "
            "freed, the student leader Lucia Fonseca, had been arrested in 2023 and jailed for eight years.",
            "Lucia Fonseca",
            {"deportation", "release", "arrest", "sentence"},
        ),
        (
            "Hanoi released four dissidents and put them on a flight to Berlin. One of them, blogger "
            "Nguyen Van Lam, had served five years of a nine-year term.",
            "Nguyen Van Lam",
            {"deportation", "release", "sentence"},
        ),
    ],
)
def test_one_of_them_with_own_verb(extract_text, text, name, etypes) -> None:
    pairs = event_pairs(extract_text(text))
    assert {(t, name) for t in etypes} <= pairs


def test_one_of_them_trap_crowd(extract_text) -> None:
    text = (
        "A crowd of supporters gathered outside the court in Brest. One of them, Siarhei Maroz, a "
        "plumber, was detained by police."
    )
    assert event_pairs(extract_text(text)) == {("arrest", "Siarhei Maroz")}


# --- "those who crossed": the group driven abroad --------------------------------------------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Belarus let 15 prisoners go on Wednesday.\n\nTen of them were driven under guard to the "
            "Kuznica crossing on the Polish border, where Polish officials met them. Three others were "
            "allowed to return to their homes.\n\nAmong those who crossed at Kuznica were Maryna "
            "Zhuk, a teacher, and Pavel Bely, a driver.",
            ("Maryna Zhuk", "Pavel Bely"),
        ),
        (
            "Havana released 30 prisoners on Friday. Twelve of them were put on a plane to Madrid. "
            "Others went back to their provinces.\n\nAmong those who landed in Madrid was the poet "
            "Ramon Vidal.",
            ("Ramon Vidal",),
        ),
        (
            "Twenty people held in Belarusian colonies were driven to the Lithuanian border on Monday "
            "and made to walk across. Relatives said none had asked to leave. The group arrived in "
            "two buses. Officials gave them water. A doctor examined two of them. Lithuania said they "
            "could stay. Some wept.\n\nAlso among those who crossed was Olga Sauchuk, 31, a designer.",
            ("Olga Sauchuk",),
        ),
    ],
)
def test_those_who_crossed_join_the_removal(extract_text, text, names) -> None:
    pairs = event_pairs(extract_text(text))
    assert {("deportation", n) for n in names} <= pairs
    assert {("release", n) for n in names} <= pairs


def test_those_who_left_trap(extract_text) -> None:
    # no group was driven abroad: the journey word finds no removal to join
    text = "Police detained 20 protesters in Baku. Among those who left the square early was Elvin Aliyev."
    assert ("deportation", "Elvin Aliyev") not in event_pairs(extract_text(text))


# --- a list named back by its number ----------------------------------------------------------


@pytest.mark.parametrize(
    "lead",
    [
        "The full list of the eight, as released by the foreign ministry:",
        "The eight are:",
        "Here are all eight:",
    ],
)
def test_list_named_by_its_number(extract_text, lead) -> None:
    text = (
        "Moscow released eight prisoners, who were flown out of the country to Istanbul.\n\n"
        "Officials on both sides said the talks had taken months.\n\n"
        f"{lead}\n- Pyotr Zaitsev, engineer\n- Irina Belova, historian\n- Denis Orlov, lawyer"
    )
    pairs = event_pairs(extract_text(text))
    for name in ("Pyotr Zaitsev", "Irina Belova", "Denis Orlov"):
        assert ("deportation", name) in pairs
        assert ("release", name) in pairs


@pytest.mark.parametrize("lead", ["The 2024 list:", "The eight candidates:"])
def test_list_named_by_its_number_traps(extract_text, lead) -> None:
    text = (
        "Moscow released eight prisoners, who were flown out of the country to Istanbul.\n\n"
        f"{lead}\n- Pyotr Zaitsev, engineer\n- Irina Belova, historian"
    )
    pairs = event_pairs(extract_text(text))
    assert not {p for p in pairs if p[1] in ("Pyotr Zaitsev", "Irina Belova")}


# --- "in the convoy", a destination after a manner phrase -------------------------------------


def test_in_the_convoy(extract_text) -> None:
    text = (
        "Minsk freed 16 prisoners on Monday. Nine of them were put into minibuses and driven to "
        "the Latvian border.\n\nAlso in the convoy was Iryna Kot, a pharmacist."
    )
    pairs = event_pairs(extract_text(text))
    assert {("deportation", "Iryna Kot"), ("release", "Iryna Kot")} <= pairs


def test_in_the_convoy_traps(extract_text) -> None:
    for tail in ("Iryna Kot was not in the convoy.", "Iryna Kot was in a bus to Minsk that day."):
        text = (
            "Minsk freed 16 prisoners on Monday. Nine of them were put into minibuses and driven to "
            f"the Latvian border. {tail}"
        )
        assert ("deportation", "Iryna Kot") not in event_pairs(extract_text(text))


@pytest.mark.parametrize(
    "moved",
    ["driven under escort to the Polish border", "taken by bus to the Lithuanian border"],
)
def test_destination_after_manner_phrase(extract_text, moved) -> None:
    text = f"Minsk freed 16 prisoners on Monday. Nine of them were {moved}."
    assert ("deportation", 9) in group_counts(extract_text(text))


@pytest.mark.parametrize(
    "moved",
    [
        "He was taken in handcuffs to a police station near the Polish border.",
        "He was moved under guard to a colony in Mahilyou.",
    ],
)
def test_destination_after_manner_phrase_traps(extract_text, moved) -> None:
    text = f"Police detained the blogger Ihar Losau on Monday. {moved}"
    assert ("deportation", "Ihar Losau") not in event_pairs(extract_text(text))


# --- a list item hung on a relative clause inside an apposition --------------------------------


def test_item_after_relative_in_apposition(extract_text) -> None:
    text = (
        "Baku freed 20 prisoners on Friday. Among those released were Rauf Mammadov, the former "
        'editor of a weekly in Ganja, who was jailed in 2022 for six years on charges of "hooliganism", '
        "and Leyla Huseynova, a nurse from Sumgait."
    )
    pairs = event_pairs(extract_text(text))
    assert {("release", "Rauf Mammadov"), ("release", "Leyla Huseynova")} <= pairs


def test_item_after_relative_in_apposition_trap(extract_text) -> None:
    text = (
        "Baku freed 20 prisoners on Friday. Among those released was Rauf Mammadov, the former "
        "editor of a weekly in Ganja, who was tried with Elchin Aliyev and Leyla Huseynova."
    )
    pairs = event_pairs(extract_text(text))
    assert ("release", "Leyla Huseynova") not in pairs


# --- "One of them, X" after counted refusers --------------------------------------------------


@pytest.mark.parametrize(
    "refused",
    [
        "Two of those released refused to leave the country.",
        "Three of the group declined to cross into Poland.",
    ],
)
def test_one_of_the_refusers(extract_text, refused) -> None:
    text = (
        "Minsk freed 16 prisoners on Monday. Twelve of them were driven to the Polish border. "
        f"{refused} One of them, Anatol Sidar, a retired teacher, was driven back to Minsk."
    )
    pairs = event_pairs(extract_text(text))
    assert ("release", "Anatol Sidar") in pairs
    assert ("deportation", "Anatol Sidar") not in pairs


def test_one_of_them_not_refusers(extract_text) -> None:
    text = (
        "Minsk freed 16 prisoners on Monday. Twelve of them were driven to the Polish border. "
        "None of them refused to cross. One of them, Anatol Sidar, said he was relieved."
    )
    assert ("deportation", "Anatol Sidar") in event_pairs(extract_text(text))


# --- "back to X": the destination hung on "back" ---------------------------------------------


def test_sent_back_abroad(extract_text) -> None:
    text = (
        "Ugandan police arrested the Kenyan lawyer Otieno Brian in Kampala on Monday, held him for "
        "two days and then put him on a bus back to Nairobi."
    )
    assert {("arrest", "Otieno Brian"), ("deportation", "Otieno Brian")} <= event_pairs(extract_text(text))


def test_went_back_home_trap(extract_text) -> None:
    text = "The Ugandan activist Nakato Ruth was freed in Gulu on Monday and went back to Kampala."
    assert ("deportation", "Nakato Ruth") not in event_pairs(extract_text(text))


# --- a counted part named after a plural role; a relative clause on the object ----------------


def test_part_named_after_plural_role(extract_text) -> None:
    text = (
        "Police in Kisumu on Friday freed eleven members of an opposition youth group. Three of the "
        "eleven, the activists Otieno Brian, Achieng Mercy and Wafula John, told reporters they had "
        "been beaten."
    )
    pairs = event_pairs(extract_text(text))
    assert {("release", n) for n in ("Otieno Brian", "Achieng Mercy", "Wafula John")} <= pairs


def test_part_named_after_plural_role_trap(extract_text) -> None:
    text = (
        "A group of seven students gathered outside the court. Two of them, law students Otieno "
        "Brian and Achieng Mercy, spoke to reporters."
    )
    assert not event_pairs(extract_text(text))


@pytest.mark.parametrize(
    "freed",
    [
        "Police in Mwanza freed nine members of the party youth wing who had been held for a week.",
        "Police freed nine students who had been detained at a rally.",
    ],
)
def test_relative_clause_on_the_object(extract_text, freed) -> None:
    text = f"{freed} Two of them, Juma Hassan and Amina Said, said they had been beaten."
    pairs = event_pairs(extract_text(text))
    for name in ("Juma Hassan", "Amina Said"):
        assert {("release", name), ("arrest", name)} <= pairs


# --- a name set off after the role's place, the place hung on the verb ----------------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Last spring a court in Omsk jailed a 17-year-old from Tara, Ilya Sokol, for four years "
            "for filming a bridge.",
            ("sentence", "Ilya Sokol"),
        ),
        ("Police in Gomel detained a student from Mazyr, Ihar Losau, on Monday.", ("arrest", "Ihar Losau")),
        ("Police detained a 20-year-old from Brest, Ihar Losau, after the rally.", ("arrest", "Ihar Losau")),
    ],
)
def test_name_after_role_place(extract_text, text, pair) -> None:
    assert pair in event_pairs(extract_text(text))


def test_name_after_role_place_trap(extract_text) -> None:
    text = "The court jailed a man from Pinsk for five years. Ihar Losau, his lawyer, said he would appeal."
    assert ("sentence", "Ihar Losau") not in event_pairs(extract_text(text))


# --- a list of demands broken at its comma ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "We call on the regional government to drop the charges against the teachers, release Aram "
        "Hakobyan and end detention without a warrant.",
        "The group called on Baku to drop all charges, release Elvin Aliyev and let his family visit him.",
        "Rights groups urge Minsk to end the crackdown, free Ihar Losau and allow monitors in.",
    ],
)
def test_demands_are_not_releases(extract_text, text) -> None:
    assert not {p for p in event_pairs(extract_text(text)) if p[0] == "release"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The court dropped the charges, released Elvin Aliyev and returned his passport.", "Elvin Aliyev"),
        ("The authorities asked the family to leave, freed Ihar Losau and closed the gate.", "Ihar Losau"),
    ],
)
def test_told_release_in_a_list_of_acts(extract_text, text, name) -> None:
    assert ("release", name) in event_pairs(extract_text(text))


# --- "... and put them on a plane to X, including A": the list hung on the destination ----------


@pytest.mark.parametrize(
    "text",
    [
        "In March the government freed 90 prisoners and put them on a plane to Guatemala, including "
        "Rosa Mairena, a lay preacher.",
        "Belarus released 12 prisoners and drove them to Vilnius, including Rosa Mairena, a teacher.",
    ],
)
def test_including_after_destination(extract_text, text) -> None:
    pairs = event_pairs(extract_text(text))
    assert {("release", "Rosa Mairena"), ("deportation", "Rosa Mairena")} <= pairs


def test_including_after_destination_trap(extract_text) -> None:
    text = (
        "Police detained 30 students and took them to a hall of the union, including its leader Rosa Mairena."
    )
    assert ("deportation", "Rosa Mairena") not in event_pairs(extract_text(text))


def test_object_relative_is_no_arrest_of_the_group(extract_text) -> None:
    text = (
        "Managua released 20 people it had jailed as traitors and flew them to Guatemala. Among "
        "those freed was the lay preacher Rosa Mairena, who was sentenced in 2023 to eight years."
    )
    pairs = event_pairs(extract_text(text))
    assert ("release", "Rosa Mairena") in pairs
    assert ("arrest", "Rosa Mairena") not in pairs
