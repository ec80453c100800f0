"""Group counts in three languages (session 40), in wording invented for these tests.

A detention told as a participle of an exactly counted group is that group's arrest when the group
is the object or the subject of a verdict ("jailed nine teachers arrested in April", "Twelve
miners detained during the strike were sentenced") or the whole a part is taken from ("Of the 25
students arrested at the rally, 11 were freed"), and it joins that group's cohort; counted people
joined by «и»/«і» to a counted group are one group told as its parts («12 мужчин и три женщины»).
Traps: a participle on a freed group ("pardoned 18 activists convicted of ...", "freed 40 people
detained after the election") tells who was freed, no counted event; "held" is custody; a total
since a year, an approximate number, members set off after the group; things joined to people,
and a second verb's own count."""

from __future__ import annotations

import pytest

from tests.extract_views import group_counts

# -- a detention participle of a counted group (en) -------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A district court on Monday jailed nine teachers arrested at a school in Lida in April.", 9),
        ("Twelve miners detained during last month's strike were sentenced to three years each.", 12),
        ("A judge in Kutaisi sentenced seven students detained at a rally in March to two years each.", 7),
        ("Eleven dockers arrested during the walkout were convicted on Monday.", 11),
    ],
)
def test_a_verdicts_counted_group_keeps_its_number_for_the_verdict(extract_text, text, expected):
    """'jailed five people arrested in May': dev2's gold counts the verdict, not the arrest behind
    it (the arrest's people are the verdict's; its number is not told again)."""
    counts = group_counts(extract_text(text))
    assert {c for t, c in counts if t == "sentence"} == {expected}
    assert not {c for t, c in counts if t == "arrest"}


def test_a_detention_participle_before_a_release_by_officers(extract_text):
    counts = group_counts(
        extract_text("Officers questioned seven men detained at the border, then let them go.")
    )
    assert {c for t, c in counts if t == "arrest"} == {7}


@pytest.mark.parametrize(
    ("text", "whole", "part"),
    [
        ("Of the 25 students arrested at the rally, 11 were released on bail.", 25, ("release", 11)),
        ("Of the 12 activists detained in May, four have been freed.", 12, ("release", 4)),
        ("Prosecutors released five of the 16 reporters detained in the raid.", 16, ("release", 5)),
        ("A court convicted three of the nine activists arrested in May.", 9, ("sentence", 3)),
    ],
)
def test_the_detained_whole_of_a_part_is_counted(extract_text, text, whole, part):
    counts = group_counts(extract_text(text))
    assert ("arrest", whole) in counts
    assert part in counts


@pytest.mark.parametrize(
    "text",
    [
        "The regime pardoned 18 activists convicted of extremism.",
        "Belarus released 14 prisoners jailed on political charges.",
    ],
)
def test_a_verdict_participle_on_a_freed_group_is_no_counted_sentence(extract_text, text):
    counts = group_counts(extract_text(text))
    assert {t for t, _ in counts} == {"release"}


@pytest.mark.parametrize(
    "text",
    [
        "Twenty inmates held in the colony were freed.",  # custody, not a detention
        "Authorities freed 40 people detained after the election.",  # who was freed: the detainees
        "Police have released 300 people detained since 2020.",  # a total since a year
        "A court fined more than 40 protesters detained on Sunday.",  # approximate
        "Two activists detained with him, Ales Mikhalevich and Pavel Sevyarynets, were freed.",
    ],
)
def test_no_counted_arrest_from_custody_totals_approximations_or_set_off_members(extract_text, text):
    assert not {c for t, c in group_counts(extract_text(text)) if t == "arrest"}


# -- counted people joined to a counted group (ru, be) -----------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Задержаны 12 мужчин и три женщины.", "ru", ("arrest", 15)),
        ("Освобождены восемь мужчин и две женщины.", "ru", ("release", 10)),
        ("Суд приговорил пять активистов и двух журналистов к трём годам.", "ru", ("sentence", 7)),
        ("Затрыманыя 12 мужчын і тры жанчыны.", "be", ("arrest", 15)),
        ("Вызваленыя восем мужчын і дзве жанчыны.", "be", ("release", 10)),
        ("Суд асудзіў пяць актывістаў і двух журналістаў.", "be", ("sentence", 7)),
    ],
)
def test_counted_people_joined_to_a_counted_group_add_up(run, text, language, expected):
    assert group_counts(run(text, language)) == {expected}


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Полиция задержала 12 человек и три автомобиля.", "ru", {("arrest", 12)}),
        ("Задержали 5 человек и отпустили 3 человек.", "ru", {("arrest", 5), ("release", 3)}),
        ("Міліцыя затрымала 12 чалавек і тры аўтамабілі.", "be", {("arrest", 12)}),
        ("Затрымалі 5 чалавек і адпусцілі 3 чалавек.", "be", {("arrest", 5), ("release", 3)}),
    ],
)
def test_things_and_a_second_verbs_count_are_no_part_of_the_group(run, text, language, expected):
    assert group_counts(run(text, language)) == expected


# -- a whole fronted with «з» and its part (be) --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("З 30 затрыманых на акцыі 18 пазней адпусцілі.", {("release", 18)}),
        ("З 12 асуджаных па справе восем ужо вызваленыя.", {("release", 8)}),
        ("Сілавікі затрымалі 30 чалавек, з іх 18 пазней адпусцілі.", {("arrest", 30), ("release", 18)}),
        ("Суд асудзіў 12 чалавек з 20 затрыманых.", {("sentence", 12)}),
    ],
)
def test_a_fronted_whole_is_no_count_of_its_parts_verb(be, text, expected):
    assert group_counts(be(text)) == expected


# -- a name and «ещё N» the parse left off the trigger (ru, be) ---------------------------------


def _events(result):
    names = {p.id: p.name for p in result.persons}
    return {(e.type, tuple(sorted(names[p] for p in e.persons)), e.count) for e in result.events}


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Сергей Петренко работал инженером.\n\nВ сентябре Петренко и ещё 13 человек помиловали.",
            "ru",
            ("release", ("Сергей Петренко",), 14),
        ),
        (
            "Ольга Гусева учила детей.\n\nВ пятницу Гусеву и ещё четырёх человек освободили из колонии.",
            "ru",
            ("release", ("Ольга Гусева",), 5),
        ),
        (
            "Вольга Гусева выкладала музыку.\n\nУ пятніцу Гусеву і яшчэ чатырох чалавек вызвалілі.",
            "be",
            ("release", ("Вольга Гусева",), 5),
        ),
    ],
)
def test_a_name_joined_to_more_people_is_one_of_the_group(run, text, language, expected):
    assert expected in _events(run(text, language))


def test_a_name_joined_to_people_of_another_clause_is_no_member(run):
    text = "Ольга Гусева преподавала музыку.\n\nГусева и ещё 13 человек пришли к суду. Пятерых задержали."
    assert _events(run(text, "ru")) == {("arrest", (), 5)}
