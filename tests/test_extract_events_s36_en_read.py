"""English events, counts and terms (session 36, the syn26b census), in wording invented for these
tests: a counted group whose members follow a colon one item per semicolon, each with what the
person is (also when the parser starts a new sentence at the colon); "the two others" beside the
people named, not them; terms gapped after the first verb in a semicolon list with ages; a
number before a name that owns the counted plural ("six Jehovah's Witnesses"); ", then released"
after a coordination of passives; and one person's description set off after two names, which is
the last name's."""

from __future__ import annotations

import pytest

from tests.extract_views import event_pairs, group_counts


def terms(result) -> set[tuple[str, int]]:
    names = {p.id: p.name for p in result.persons}
    return {(names[p], e.term_months) for e in result.events for p in e.persons if e.term_months}


# -- members listed after a colon, one item per semicolon ------------------------------------------


@pytest.mark.parametrize(
    ("text", "etype", "names", "count"),
    [
        (
            "Security agents detained three bloggers in Tashkent last week: Rustam Aliev, who runs a "
            "channel on local politics; Dilshod Karimov, an engineer from Samarkand; and Nodira "
            "Yusupova, a student at the state university, their relatives said.",
            "arrest",
            ("Rustam Aliev", "Dilshod Karimov", "Nodira Yusupova"),
            3,
        ),
        (
            "The regime pardoned four dissidents on Friday: Rafael Ortiz, a former mayor of Leon; "
            "Carmen Solis, a nurse; Ignacio Peralta, the editor of a radio station in Masaya; and "
            "Luisa Arce, a retired teacher.",
            "release",
            ("Rafael Ortiz", "Carmen Solis", "Ignacio Peralta", "Luisa Arce"),
            4,
        ),
        (
            # the colon closes its line for the parser, which starts a new sentence at the list
            "Agents of the state security service arrested two poets between May 3 and May 5: "
            "Farid Musayev, a contributor to the weekly Azadliq; and Leyla Quliyeva, an organiser of "
            "readings in Ganja.",
            "arrest",
            ("Farid Musayev", "Leyla Quliyeva"),
            2,
        ),
    ],
)
def test_counted_group_with_members_item_by_item(extract_text, text, etype, names, count) -> None:
    result = extract_text(text)
    assert {(etype, n) for n in names} <= event_pairs(result)
    assert (etype, count) in group_counts(result)


@pytest.mark.parametrize(
    "text",
    [
        # each part says something of its own: speakers, not members
        "Police detained two reporters on Monday: Samir Aziz, their editor, said the raid was "
        "illegal; Rami Nassar, a lawyer, called it a warning.",
        # fewer names than the group counts: not the list of its members
        "Police detained three activists on Sunday: Samir Aziz, a teacher; and Rami Nassar, a driver.",
    ],
)
def test_semicolon_parts_that_are_no_member_list(extract_text, text) -> None:
    result = extract_text(text)
    assert not {p for t, p in event_pairs(result) if t == "arrest"}


# -- "the two others" ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A court in Osh sentenced Aibek Jumabaev to four years and Ulan Toktogulov to five years. "
        "The two others on trial were acquitted and released in the courtroom.",
        "A court in Osh jailed two activists and acquitted two of their friends. The two others "
        "were cleared and freed after the hearing. The court sentenced Aibek Jumabaev to four "
        "years and Ulan Toktogulov to five years.",
    ],
)
def test_the_others_are_not_the_people_named(extract_text, text) -> None:
    result = extract_text(text)
    assert not {p for t, p in event_pairs(result) if t == "release"}
    assert ("release", 2) in group_counts(result)
    assert {("Aibek Jumabaev", 48), ("Ulan Toktogulov", 60)} <= terms(result)


# -- terms gapped in a semicolon list --------------------------------------------------------------


def test_terms_gapped_after_the_first_verb_with_ages(extract_text) -> None:
    result = extract_text(
        "Artyom Belov, 30, got seven years; Inna Sokolova, 27, five and a half years; and Pyotr "
        "Zuev, 45, nine years."
    )
    assert {("Artyom Belov", 84), ("Inna Sokolova", 66), ("Pyotr Zuev", 108)} <= terms(result)


def test_years_of_something_set_off_stay_no_term(extract_text) -> None:
    result = extract_text("The foundation gave a volunteer, Omar Said, three years of funding.")
    assert not any(e.type == "sentence" for e in result.events)


# -- a number before a possessor -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "etype", "count"),
    [
        ("In Surgut, five Jehovah's Witnesses were found guilty of extremism on Tuesday.", "sentence", 5),
        ("Three Jehovah's Witnesses were convicted in Orenburg last month.", "sentence", 3),
    ],
)
def test_number_before_a_possessor_counts_its_plural(extract_text, text, etype, count) -> None:
    assert (etype, count) in group_counts(extract_text(text))


def test_number_inside_a_name_is_no_count(extract_text) -> None:
    result = extract_text("Charter 97's editors were detained in Minsk on Friday.")
    assert ("arrest", 97) not in group_counts(result)


# -- ", then released" -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "His cousin, Samir, was detained in 2018 over a text message and held for five months at Tora "
        "prison, then released without charge.",
        "Omar Haddad was arrested at a checkpoint and held for a week in Adra, then freed on bail.",
    ],
)
def test_then_released_after_held(extract_text, text) -> None:
    pairs = event_pairs(extract_text(text))
    assert {t for t, _ in pairs} >= {"arrest", "release"}


def test_then_charged_is_no_release(extract_text) -> None:
    text = "Omar Haddad was arrested at a checkpoint and held for a week in Adra, then charged with fraud."
    pairs = event_pairs(extract_text(text))
    assert not any(t == "release" for t, _ in pairs)


# -- a description set off after two names -------------------------------------------------------


def test_description_after_two_names_is_the_last_ones(extract_text) -> None:
    result = extract_text(
        "Eleven prisoners were freed on Monday. Vasyl Hrytsak, a former mayor, thanked the "
        "negotiators. Among them were Hrytsak and Oksana Bilyk, a 41-year-old doctor from Rivne who "
        "was detained in 2022 and sentenced to six years for a donation."
    )
    pairs = event_pairs(result)
    assert {("arrest", "Oksana Bilyk"), ("sentence", "Oksana Bilyk")} <= pairs
    assert ("arrest", "Vasyl Hrytsak") not in pairs
    assert ("Oksana Bilyk", 72) in terms(result)


def test_description_of_both_names_stays_both(extract_text) -> None:
    pairs = event_pairs(
        extract_text("Police questioned Lena Orlova and Maria Gul, both teachers who were detained in March.")
    )
    assert {("arrest", "Lena Orlova"), ("arrest", "Maria Gul")} <= pairs


# -- members of a group told before: "Other Russians freed ... included", "The best known of them" --


@pytest.mark.parametrize(
    "text",
    [
        "Baku freed fifteen prisoners on Tuesday. Detainees pardoned under the decree included the "
        "economist Elvin Mammadov and a poet from Ganja, Nigar Hasanova.",
        "Baku freed fifteen prisoners on Tuesday. Other Azerbaijanis released in the amnesty included "
        "the economist Elvin Mammadov and a poet from Ganja, Nigar Hasanova.",
    ],
)
def test_plural_with_participle_included_names_members(extract_text, text) -> None:
    pairs = event_pairs(extract_text(text))
    assert {("release", "Elvin Mammadov"), ("release", "Nigar Hasanova")} <= pairs


def test_plural_doing_something_else_included_is_no_membership(extract_text) -> None:
    pairs = event_pairs(
        extract_text(
            "Baku freed fifteen prisoners on Tuesday. Diplomats present at the talks included the "
            "envoy Elvin Mammadov."
        )
    )
    assert ("release", "Elvin Mammadov") not in pairs


@pytest.mark.parametrize(
    "text",
    [
        "In return, Lithuania released three Belarusians. The most prominent of them, Ruslan Varabei, "
        "had spent four years in a Vilnius jail.",
        "Tehran freed five foreigners on Sunday. The youngest of them, Claire Dumont, is a student.",
    ],
)
def test_the_one_a_superlative_picks_from_them_is_a_member(extract_text, text) -> None:
    pairs = event_pairs(extract_text(text))
    assert any(t == "release" for t, _ in pairs)


def test_a_superlative_of_a_crowd_is_no_member(extract_text) -> None:
    pairs = event_pairs(
        extract_text(
            "Police released four students on Friday. Hundreds of supporters gathered outside. The "
            "oldest of them, Marta Kowal, brought flowers."
        )
    )
    assert ("release", "Marta Kowal") not in pairs
