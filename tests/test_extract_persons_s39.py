"""Session 39: two people are never one, and a digest's place label is no one (found by the roll
benchmark, `benchmarks/roll.py`, on generated countries of seeds 2, 4, 6 and 7).

* Russian: «Анатолий Лукашевич» after «Анатолий Островский» is a second man, not a form of
  address («Имя Отчество») of the first: a man's «-вич» is a surname as often as a patronymic.
* English: 'Lida: A court sentenced X ... She was freed': the town that opens a digest's line is
  a label, neither a person of its own nor the subject a pronoun could mean.
"""

from __future__ import annotations

import pytest


def _names(result) -> list[str]:
    return sorted(p.name for p in result.persons)


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "Помилование\n\nСреди освобождённых — Игорь Смирнов, учитель из Витебска.\n\n"
            "Также на свободу вышел Игорь Протасевич.\n",
            "Игорь Смирнов",
            "Игорь Протасевич",
        ),
        (
            "Суд в Гродно\n\nСуд приговорил Павла Кузнецова к трём годам колонии. В тот же день "
            "был задержан Павел Михалевич.\n",
            "Павел Кузнецов",
            "Павел Михалевич",
        ),
        (
            "Итоги недели\n\nДмитрий Орлов освобождён по помилованию.\n\nДмитрий Лукашевич получил "
            "пять лет.\n",
            "Дмитрий Орлов",
            "Дмитрий Лукашевич",
        ),
    ],
)
def test_a_man_with_the_same_first_name_and_a_surname_in_vich_is_another_man(run, text, first, second):
    result = run(text, "ru")
    assert {first, second} <= set(_names(result))
    by_name = {p.name: p.id for p in result.persons}
    # each one's event stays his own
    assert all(len(e.persons) == 1 for e in result.events)
    assert {by_name[first], by_name[second]} <= {p for e in result.events for p in e.persons}


def test_a_form_of_address_in_someones_words_is_still_the_man_named_before(run):
    result = run(
        "Суд приговорил Олега Волкова к четырём годам. «Олег Петрович ни в чём не виноват», — "
        "сказала его жена Анна Волкова.",
        "ru",
    )
    assert [n for n in _names(result) if n.startswith("Олег")] == ["Олег Волков"]


def test_the_same_in_belarusian(run):
    result = run(
        "Памілаванне\n\nАнатоль Астроўскі выйшаў на волю.\n\nТаксама на волю выйшаў Анатоль Лукашэвіч.\n",
        "be",
    )
    assert {"Анатоль Астроўскі", "Анатоль Лукашэвіч"} <= set(_names(result))


@pytest.mark.parametrize("town", ["Lida", "Vera", "Homel"])
def test_a_digest_place_label_is_not_who_the_pronoun_means(extract_text, town):
    x = extract_text(
        "Weekly digest\n\n"
        f"{town}: A court sentenced Alesia Pratasevich to six months on Monday. She was freed in the "
        "courtroom, having served the term in custody.\n"
    )
    kinds = {(e.type, x.person(p).name) for e in x.events for p in e.persons}
    assert ("release", "Alesia Pratasevich") in kinds
    assert town not in _names(x)


@pytest.mark.parametrize("town", ["Hrodna", "Lida", "Salihorsk"])
def test_a_digest_place_label_is_no_person_jailed(extract_text, town):
    x = extract_text(
        "The week in brief\n\n"
        f"{town}: Maryna Lapitskaya, a nurse in {town}, was jailed for two years yesterday for "
        "donating to a protest fund.\n\nSeveral trials were postponed.\n"
    )
    assert _names(x) == ["Maryna Lapitskaya"]
    assert [(e.type, [x.person(p).name for p in e.persons]) for e in x.events] == [
        ("sentence", ["Maryna Lapitskaya"])
    ]


def test_a_transcript_label_still_speaks(extract_text):
    x = extract_text(
        "Freed, and forced out\n\n"
        "Ihar Losik was freed last week and driven to the Lithuanian border. We spoke to him in Vilnius.\n\n"
        "Q: How did you learn you were leaving?\n\n"
        "Losik: Nobody told me anything until the bus stopped at the border.\n\n"
        "Q: What now?\n\n"
        "Losik: I want to see my daughter first.\n"
    )
    speakers = {x.person(q.speaker).name for q in x.quotes if q.speaker}
    assert speakers == {"Ihar Losik"}
