"""English events across lists and discourse, in wording invented for these tests: terms listed
one item a person after a colon, timelines whose person is named in their own heading or first
entry, "set free X", payments that are no deportation, and more (see each test)."""

from __future__ import annotations

import pytest

from tests.test_extract_english import counts, events, terms

VERDICT_LIST = (
    "Court in Samara convicts four students\n\n"
    "A regional court on Friday convicted four students of organising riots at a stadium.\n\n"
    "Judge Vera Lomova spent an hour reading out the punishments. They are:\n\n"
    "— Matvei Zorin, 22, named by the prosecution as the organiser: 15 years in a strict camp;\n"
    "— Lev Dudkin, 21: nine years and six months;\n"
    "— Ilya Kostrov, 20: seven years;\n"
    "— Sofia Rakova, 19: three years suspended.\n\n"
    "The four were detained in May 2023. Prosecutors had asked for up to 17 years.\n"
)


def test_a_bullet_read_as_the_subject_hands_over_to_the_name(extract_text):
    result = extract_text(
        "Among the verdicts handed down in May:\n\n"
        "• Olena Kuzmych, a 61-year-old teacher from Pinsk, was sentenced to two years of restricted "
        "freedom for comments online;\n\n"
        "• Ivan Moroz, a driver from Minsk, received four years in a penal colony.\n"
    )
    assert terms(result) == {"Olena Kuzmych": 24, "Ivan Moroz": 48}


def test_terms_listed_one_item_a_person_after_a_colon(extract_text):
    result = extract_text(VERDICT_LIST)
    assert terms(result) == {"Matvei Zorin": 180, "Lev Dudkin": 114, "Ilya Kostrov": 84, "Sofia Rakova": 36}


def test_the_listed_are_the_group_counted_back_to(extract_text):
    result = extract_text(VERDICT_LIST)
    for name in ("Matvei Zorin", "Lev Dudkin", "Ilya Kostrov", "Sofia Rakova"):
        assert ("arrest", name) in events(result)
    assert ("arrest", 4) in counts(result)
    assert ("sentence", "Vera Lomova") not in events(result)


def test_a_list_of_requests_gives_no_terms(extract_text):
    result = extract_text(
        "A court in Tver convicted six men of arson on Monday. The prosecution's requests were:\n\n"
        "— Gleb Orlov: 12 years;\n"
        "— Denis Frolov: ten years.\n"
    )
    assert terms(result) == {}


def test_list_items_without_a_term_after_their_colon_are_not_sentences(extract_text):
    result = extract_text(
        "Three activists were convicted in Ufa on Tuesday.\n\nThe court's verdicts, as read out:\n\n"
        "- Rustam Gareev: a fine of 300,000 roubles;\n"
        "- Aliya Nurova: acquitted.\n"
    )
    assert ("sentence", "Aliya Nurova") not in events(result)
    assert "Rustam Gareev" not in terms(result)


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_timeline_takes_the_person_of_its_own_heading(extract_text, gap):
    result = extract_text(
        "Week in brief\n\n"
        "A court in Omsk sentenced Pavel Dunaev, 30, to 11 years for treason on Friday.\n\n"
        f"Dunaev case: key dates{gap}"
        f"June 2022 — detained at the railway station in Omsk{gap}"
        f"July 2022 — remanded in custody{gap}"
        "12 March 2025 — sentenced to 11 years\n"
    )
    assert ("arrest", "Pavel Dunaev") in events(result)


def test_a_timeline_takes_the_person_its_first_entry_names(extract_text):
    result = extract_text(
        "Freed in the spring amnesty\n\n"
        "Timeline: a family's long wait\n"
        "• January 2021 — army takes power in the capital\n"
        "• April 2021 — Ilya Voronin detained at a march in Tver\n"
        "• May 2022 — sentenced to six years for incitement\n"
        "• June 2025 — freed in an amnesty\n"
    )
    assert ("sentence", "Ilya Voronin") in events(result)
    assert terms(result) == {"Ilya Voronin": 72}
    assert ("release", "Ilya Voronin") in events(result)


def test_a_timeline_whose_first_named_entry_names_two_gives_no_one(extract_text):
    result = extract_text(
        "A long year\n\n"
        "Timeline\n"
        "• April 2021 — Ilya Voronin and Oleg Popov march in Tver\n"
        "• May 2022 — sentenced to six years for incitement\n"
        "• June 2025 — freed in an amnesty\n"
    )
    assert not {kind for kind, _ in events(result)} & {"sentence", "release"}


def test_set_free_before_its_object(extract_text):
    result = extract_text("The decree also set free Anton Lisitsyn, a farmer who was detained in 2021.")
    assert ("release", "Anton Lisitsyn") in events(result)


@pytest.mark.parametrize(
    "text",
    [
        "The decree did not set free Anton Lisitsyn, a farmer detained in 2021.",
        "The ruling set free funds for the campaign of Anton Lisitsyn.",
        "Activists urged the president to set free Anton Lisitsyn.",
    ],
)
def test_set_free_negated_a_sum_or_wished_is_no_release(extract_text, text):
    assert ("release", "Anton Lisitsyn") not in events(extract_text(text))


@pytest.mark.parametrize(
    "text",
    [
        "Prosecutors say that in 2021 Gleb Orlov transferred 5,000 roubles to a Ukrainian fund.",
        "Gleb Orlov sent money to Poland, investigators in Minsk said.",
    ],
)
def test_a_payment_abroad_is_no_deportation(extract_text, text):
    result = extract_text(text)
    assert not {kind for kind, _ in events(result)} & {"deportation"}
    assert not any(kind == "deportation" for kind, _ in counts(result))


def test_locked_up_after_a_public_happening_is_an_arrest(extract_text):
    result = extract_text(
        "Oleg Tkachenko, the drummer who got locked up after the 2020 rallies, walked out of prison "
        "on Monday."
    )
    assert ("arrest", "Oleg Tkachenko") in events(result)
    assert ("release", "Oleg Tkachenko") in events(result)


@pytest.mark.parametrize(
    "text",
    [
        "Oleg Tkachenko was not locked up after the rally in Gomel.",
        "Oleg Tkachenko was locked up after his trial in a colony near Perm.",
        "Oleg Tkachenko could be locked up after the march, his lawyer warned.",
    ],
)
def test_locked_up_negated_after_a_trial_or_possible_is_no_arrest(extract_text, text):
    assert ("arrest", "Oleg Tkachenko") not in events(extract_text(text))


def test_others_freed_included_names_members_of_the_release(extract_text):
    result = extract_text(
        "The authorities freed 35 prisoners on Sunday under a holiday amnesty. Others released under "
        "the decree included the painter Rustam Bekov and former judge Anora Salieva, a monitoring "
        "group said."
    )
    assert ("release", "Rustam Bekov") in events(result)
    assert ("release", "Anora Salieva") in events(result)


@pytest.mark.parametrize(
    "text",
    [
        "The authorities freed 35 prisoners on Sunday. Others released under the decree did not include "
        "Rustam Bekov.",
        "Others hoped to be released under the decree, including Rustam Bekov.",
    ],
)
def test_others_freed_negated_or_hoped_names_no_member(extract_text, text):
    assert ("release", "Rustam Bekov") not in events(extract_text(text))


NAMED_LATER = (
    "On 3 May, police officers detained eight people in Pinsk over donations to a solidarity fund. "
    "Their names were made public only a week later. They are Ivan Moroz, Olena Kuzmych, "
    "Hanna Lis and Petro Hlib; the names of the other four have not been established. "
    "Moroz and Kuzmych stay in jail awaiting trial; the others were let go on a written pledge."
)


def test_members_named_after_a_sentence_about_their_names_with_others_unnamed(extract_text):
    result = extract_text(NAMED_LATER)
    for name in ("Ivan Moroz", "Olena Kuzmych", "Hanna Lis", "Petro Hlib"):
        assert ("arrest", name) in events(result)
    assert ("arrest", 8) in counts(result)


def test_the_others_of_a_named_group_are_its_unnamed_remainder(extract_text):
    result = extract_text(NAMED_LATER)
    assert ("release", "Hanna Lis") in events(result)
    assert ("release", "Petro Hlib") in events(result)
    assert ("release", "Ivan Moroz") not in events(result)
    assert ("release", "Olena Kuzmych") not in events(result)


@pytest.mark.parametrize(
    "tail",
    [
        "Moroz and Kuzmych stay in jail awaiting trial; the others were not released.",
        "Moroz and Kuzmych stay in jail awaiting trial; the others could be released next week.",
    ],
)
def test_the_others_not_or_possibly_released_gain_no_release(extract_text, tail):
    text = NAMED_LATER.rsplit("Moroz and", 1)[0] + tail
    result = extract_text(text)
    assert not any(kind == "release" for kind, _ in events(result))


def test_names_that_do_not_add_up_to_the_group_are_not_its_members(extract_text):
    result = extract_text(
        "Police detained eight people in Pinsk on Sunday. They are Ivan Moroz and Petro Hlib."
    )
    assert ("arrest", "Ivan Moroz") not in events(result)


def test_a_fronted_participle_before_a_colon_list_tells_each_name(extract_text):
    result = extract_text(
        "Freed after serving their full terms: Darya Lisitsa (two years), Pyotr Hlebau (three years) "
        "and Ivan Marozau, whose five years ended in June."
    )
    for name in ("Darya Lisitsa", "Pyotr Hlebau", "Ivan Marozau"):
        assert ("release", name) in events(result)


def test_a_fronted_arrest_list_with_roles(extract_text):
    result = extract_text("Detained this week: the blogger Darya Lisitsa and the lawyer Pyotr Hlebau.")
    assert ("arrest", "Darya Lisitsa") in events(result)
    assert ("arrest", "Pyotr Hlebau") in events(result)


@pytest.mark.parametrize(
    "text",
    [
        "Not released this month: Darya Lisitsa and Pyotr Hlebau.",
        "Released today: a report on prison conditions by Darya Lisitsa.",
        "Released today: Darya Lisitsa's new album of songs.",
        "Wanted by the police: Darya Lisitsa.",
    ],
)
def test_a_fronted_participle_negated_or_of_a_thing_tells_no_one(extract_text, text):
    result = extract_text(text)
    assert not {kind for kind, _ in events(result)} & {"release", "arrest"}


def test_a_participle_hung_on_a_gerund_is_the_detained_persons(extract_text):
    result = extract_text(
        "Marta Vlasenka, who was detained in 2019 for joining a picket and released after ten months, "
        "now lives in Riga."
    )
    assert ("arrest", "Marta Vlasenka") in events(result)
    assert ("release", "Marta Vlasenka") in events(result)


def test_a_participle_hung_on_a_gerund_that_is_no_event_adds_none(extract_text):
    result = extract_text("Marta Vlasenka was detained for helping refugees and given shelter by a church.")
    assert {kind for kind, _ in events(result)} == {"arrest"}


def test_one_of_a_counted_group_rounded_up_tells_the_arrest(extract_text):
    result = extract_text(
        "Trade unionist Kemal Arslan was freed on Monday.\n\n"
        "Arslan, 41, who led the dockers' union in Mersin, was one of 38 unionists and students rounded "
        "up by gendarmes during a strike at the port in 2019."
    )
    assert ("arrest", "Kemal Arslan") in events(result)


def test_possibly_one_of_the_group_tells_no_arrest(extract_text):
    result = extract_text(
        "Trade unionist Kemal Arslan was freed on Monday. "
        "Arslan could have been one of 38 unionists rounded up."
    )
    assert ("arrest", "Kemal Arslan") not in events(result)


def test_a_release_after_months_in_pre_trial_detention_tells_the_detention(extract_text):
    result = extract_text(
        "Her brother, Taras Melnyk, was released on bail on Friday after 11 weeks in pre-trial detention."
    )
    assert ("release", "Taras Melnyk") in events(result)
    assert ("arrest", "Taras Melnyk") in events(result)


@pytest.mark.parametrize(
    "text",
    [
        "Taras Melnyk was released after four years in prison.",
        "Taras Melnyk was not released after 11 weeks in pre-trial detention.",
        "Taras Melnyk could be released after 11 weeks in pre-trial detention.",
    ],
)
def test_time_served_or_no_release_tells_no_detention(extract_text, text):
    assert ("arrest", "Taras Melnyk") not in events(extract_text(text))


KIN_HEADLINE = (
    "Court jails Lida librarian over book club; {clause}\n\n"
    "Iryna Lapatka, a librarian from Lida, will spend three years in a penal colony, a judge ruled on "
    "Thursday. Her husband, Pavel Lapatka, a driver based in Vilnius, has not answered his phone "
    "since he landed on Monday, friends say."
)


def test_a_relative_detained_in_the_headline_is_the_one_the_body_names(extract_text):
    result = extract_text(KIN_HEADLINE.format(clause="her husband detained at the airport"))
    assert ("arrest", "Pavel Lapatka") in events(result)
    assert ("arrest", "Iryna Lapatka") not in events(result)


@pytest.mark.parametrize("clause", ["her husband not detained, lawyer says", "her husband may be detained"])
def test_a_relative_not_or_maybe_detained_in_the_headline_is_no_arrest(extract_text, clause):
    assert ("arrest", "Pavel Lapatka") not in events(extract_text(KIN_HEADLINE.format(clause=clause)))


def test_a_person_noun_seized_in_a_participle_aside_is_arrested(extract_text):
    result = extract_text(
        "The photographer Aung Ko Lwin never came home. The young cameraman, seized in Sagaing in 2022 "
        "and jailed for ten years on terrorism charges, died in prison last year."
    )
    assert ("arrest", "Aung Ko Lwin") in events(result)
    assert ("sentence", "Aung Ko Lwin") in events(result)


@pytest.mark.parametrize(
    "text",
    [
        "The painting, seized in Sagaing in 2022, was returned to Aung Ko Lwin.",
        "The town, captured in 2022 by the army, was retaken. Aung Ko Lwin fled.",
    ],
)
def test_a_thing_or_place_seized_is_no_arrest(extract_text, text):
    assert ("arrest", "Aung Ko Lwin") not in events(extract_text(text))


def test_a_relative_clause_after_a_nickname_describes_the_person_so_known(extract_text):
    result = extract_text(
        'Osmel Rivero Paz, a painter known as "El Gallo" who was detained in 2020, walked out of '
        "the Holguin penitentiary on Friday."
    )
    assert ("arrest", "Osmel Rivero Paz") in events(result)
    assert ("release", "Osmel Rivero Paz") in events(result)


def test_a_nickname_clause_negated_tells_no_arrest(extract_text):
    result = extract_text(
        'Osmel Rivero Paz, a painter known as "El Gallo" who was never detained in 2020, exhibited '
        "in Holguin on Friday."
    )
    assert ("arrest", "Osmel Rivero Paz") not in events(result)


def test_among_the_co_accused_are_members_of_the_group_arrested(extract_text):
    result = extract_text(
        "Police arrested the leader of the Blue Party, Amos Kitua, and five of his aides in "
        "March. Among the co-accused are Kitua's deputy, Rose Wanjiru, and the party's treasurer, "
        "Peter Omondi."
    )
    assert ("arrest", "Rose Wanjiru") in events(result)
    assert ("arrest", "Peter Omondi") in events(result)


def test_the_accused_of_another_trial_join_no_single_arrest(extract_text):
    result = extract_text(
        "Amos Kitua was arrested in March. Among the accused in a separate fraud trial is Rose Wanjiru."
    )
    assert ("arrest", "Rose Wanjiru") not in events(result)
