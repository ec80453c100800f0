"""Cohorts across sentences: a group told once in a story's lead, its members named in the
sentences after it, each member inheriting what the group went through. The sentences are
written for these tests the way agencies word such stories (none copied from an evaluation
set or from the roll generator)."""

from __future__ import annotations

from datetime import date

from tests.extract_views import event_pairs as _events


def _of(result, name: str) -> set[str]:
    return {kind for kind, person in _events(result) if person == name}


EXPELLED = (
    "VILNIUS, Sept 12 (Reuters) - Belarus freed 52 political prisoners on Thursday and drove them "
    "across the border into Lithuania, the exiled opposition said.\n\n"
)


def test_members_listed_without_a_verb_were_freed_and_expelled(extract_text):
    result = extract_text(
        EXPELLED + "Among them: journalist Ihar Ilyash, activist Mikola Dziadok and lawyer Yulia Yurhilevich."
    )
    for name in ("Ihar Ilyash", "Mikola Dziadok", "Yulia Yurhilevich"):
        assert _of(result, name) == {"release", "deportation"}, name


def test_the_list_also_included_names_more_members(extract_text):
    result = extract_text(
        EXPELLED + "Among them was the opposition politician Mikalai Statkevich.\n\n"
        "The list also included blogger Ihar Losik and trade unionist Vasil Berasneu."
    )
    for name in ("Mikalai Statkevich", "Ihar Losik", "Vasil Berasneu"):
        assert _of(result, name) == {"release", "deportation"}, name


def test_members_take_the_groups_date(extract_text):
    result = extract_text(
        EXPELLED + "The list also included blogger Ihar Losik.", published=date(2025, 9, 12)
    )
    named = {e.type: e.date for e in result.events if e.persons}
    # the expulsion, told in the lead's second verb, happened the day of the release
    assert named == {"release": "2025-09-11", "deportation": "2025-09-11"}
    let_go = extract_text(
        "In the largest release in months, 31 people jailed for their views were let go on "
        "Thursday and deported across the border into Lithuania.\n\n"
        "Those freed included the blogger Ihar Losik.",
        published=date(2025, 9, 12),
    )
    assert {e.type: e.date for e in let_go.events if e.persons} == named


def test_also_freed_as_well_and_inverted_subjects_join_the_group(extract_text):
    result = extract_text(
        EXPELLED + "Journalist Andrei Aliaksandrau was freed as well.\n\n"
        "Also released were Maryna Zolatava and Ksenia Lutskina, the group said."
    )
    for name in ("Andrei Aliaksandrau", "Maryna Zolatava", "Ksenia Lutskina"):
        assert _of(result, name) == {"release", "deportation"}, name


def test_named_and_counted_others_make_one_group(extract_text):
    result = extract_text(
        "MINSK - Viktar Babaryka and 13 others were pardoned on Monday and driven to the Lithuanian "
        "border, Belarusian state television reported.\n\n"
        "Among them was Eduard Babaryka, who had been serving an eight-year term."
    )
    assert _of(result, "Viktar Babaryka") == {"release", "deportation"}
    assert {"release", "deportation"} <= _of(result, "Eduard Babaryka")
    assert 14 in {e.count for e in result.events if e.type == "release"}


def test_those_freed_join_a_group_only_said_to_be_deported(extract_text):
    result = extract_text(
        "Belarus: 31 people jailed over the 2020 protests were deported to Poland on Friday, "
        "Viasna said.\n\nThose freed included the photographer Tsimur Hlinski and nurse Vera Navumchyk."
    )
    for name in ("Tsimur Hlinski", "Vera Navumchyk"):
        assert _of(result, name) == {"release", "deportation"}, name


def test_a_pardon_without_expulsion_frees_its_list_and_nobody_else(extract_text):
    result = extract_text(
        "MINSK - President Alexander Lukashenko pardoned 18 people convicted of extremism, his press "
        "service said on Tuesday.\n\n"
        "The list included Palina Sharenda-Panasiuk and Aliaksandr Frantskevich.\n\n"
        "The list did not include Maria Kalesnikava, whose family has not heard from her since 2023.\n\n"
        "Ales Bialiatski, who remains in prison, was not among them."
    )
    assert _of(result, "Palina Sharenda-Panasiuk") == {"release"}
    assert _of(result, "Aliaksandr Frantskevich") == {"release"}
    assert _of(result, "Maria Kalesnikava") == set()
    assert _of(result, "Ales Bialiatski") == set()


def test_also_freed_never_joins_a_group_that_was_arrested(extract_text):
    result = extract_text(
        "Police in Minsk detained 12 people at a vigil on Sunday, Viasna said.\n\n"
        "Separately, the journalist Katsiaryna Andreyeva was also freed on Sunday, her husband said."
    )
    assert _of(result, "Katsiaryna Andreyeva") == {"release"}


def test_one_members_expulsion_does_not_spread_to_a_pardoned_group(extract_text):
    result = extract_text(
        "MINSK - Belarus pardoned 23 political prisoners on Monday, the presidential press service "
        "said.\n\nAmong them was the economist Ales Zaleuski.\n\n"
        "The journalist Andrzej Poczobut was also deported to Poland on Tuesday, his lawyer said."
    )
    assert _of(result, "Ales Zaleuski") == {"release"}
    assert {"deportation", "release"} <= _of(result, "Andrzej Poczobut")


def test_the_counted_members_include_and_the_agent_is_no_member(extract_text):
    result = extract_text(
        "TASHKENT - President Shavkat Mirziyoyev on Friday signed an amnesty freeing 212 convicts, "
        "among them four journalists, his office said.\n\n"
        "The four include the reporter Bobomurod Abdullayev and the blogger Otabek Sattoriy."
    )
    assert _of(result, "Shavkat Mirziyoyev") == set()
    assert "release" in _of(result, "Bobomurod Abdullayev")
    assert "release" in _of(result, "Otabek Sattoriy")


def test_those_pardoned_were_names_members_but_they_were_does_not(extract_text):
    result = extract_text(
        "MINSK (AP) - Belarus on Wednesday released 16 political prisoners and expelled them to "
        "Lithuania, officials said. Those pardoned were the journalist Ihar Ilyash and the activist "
        "Mikalai Dziadok.\n\nThe two men said they were glad. They were Ilyash and Dziadok's lawyers, "
        "Yulia Yurhilevich and Natallia Matskevich, who had come to Vilnius."
    )
    for name in ("Ihar Ilyash", "Mikalai Dziadok"):
        assert _of(result, name) == {"release", "deportation"}, name
    assert _of(result, "Yulia Yurhilevich") == set()
