"""Russian groups of a verdict by construction (session 49, from syn39-ru-b), in wording written
for these tests:

* a plural passive participle set off by a comma after a chain of nouns («приговор семи
  участникам акции у здания парламента, задержанным в декабре») describes the counted people
  the chain opens with, not the building at its end: the group's arrest is told with its count;
  a participle that agrees with a nearer animate noun («в защиту журналистов, задержанных …»)
  tells of those people, not of the counted group;
* a verdict read out on a counted group with no names («огласил приговор пяти жителям …») and
  the arrest its participle tells befall the people whose own verdicts the next sentences tell,
  when those with the unnamed rest («Остальные трое получили …») make up the number; a part
  counted with as many names as its number («Двум другим фигурантам — X и Y — …») is of the
  group; when the names and the rest do not make up the number, nobody joins, and only verdicts
  and acquittals name members (not a relative's arrest told after).

Each rule has its trap."""

from __future__ import annotations

from tests.test_extract_ru import counts, events, names
from vigil.model import Extraction


def _ru(run, text: str) -> Extraction:
    return run("Новости\n\n" + text, "ru")


# -- a participle agrees with the counted people, past the place at the chain's end -----------------


def test_a_participle_past_a_place_tells_the_arrest_of_the_counted_group(run):
    result = _ru(run, "Суд огласил приговор семи участникам акции у здания парламента, задержанным в марте.")
    assert {("sentence", 7), ("arrest", 7)} <= counts(result)


def test_a_participle_of_a_nearer_animate_noun_is_not_the_counted_groups(run):
    result = _ru(run, "Суд огласил приговор семи участникам акции в защиту журналистов, задержанных в мае.")
    assert ("sentence", 7) in counts(result)
    assert ("arrest", 7) not in counts(result)


def test_a_genitive_group_of_a_case_takes_its_participle(run):
    result = _ru(
        run,
        "Суд вынес приговор по делу четырёх участников протестов на проспекте Руставели, задержанных "
        "в декабре после заявления правительства.",
    )
    assert ("arrest", 4) in counts(result)


# -- the members of a verdict's group are the people whose verdicts follow -------------------------


_VERDICT = (
    "Казанский гарнизонный суд огласил приговор пяти жителям посёлка у здания администрации района, "
    "задержанным в марте 2024 года.\n\n"
    "Программист Илья Сомов получил шесть лет колонии. Студентку Анну Лаптеву приговорили к четырём "
    "годам. "
)


def test_the_verdicts_told_next_with_the_rest_name_the_group(run):
    result = _ru(run, _VERDICT + "Остальные трое получили по два года условно.")
    assert {("arrest", "Илья Сомов"), ("arrest", "Анна Лаптева")} <= events(result)
    assert ("arrest", 5) in counts(result)


def test_names_and_rest_that_do_not_make_up_the_number_name_nobody(run):
    result = _ru(run, _VERDICT + "Остальные двое получили по два года условно.")
    assert ("arrest", 5) in counts(result)
    assert ("arrest", "Илья Сомов") not in events(result)
    assert ("arrest", "Анна Лаптева") not in events(result)


_ALL_THREE = (
    "Октябрьский райсуд огласил приговор по делу троих жителей Оша, задержанных летом. Все трое "
    "признаны виновными.\n\n"
    "Суд назначил блогеру Нурлану Асанову четыре года. Двум другим фигурантам — студентке Айгуль "
    "Маматовой и пенсионеру Бакыту Исаеву — назначено по два года пробационного надзора."
)


def test_a_part_counted_with_its_names_is_of_the_group(run):
    result = _ru(run, _ALL_THREE)
    members = {"Нурлан Асанов", "Айгуль Маматова", "Бакыт Исаев"}
    assert {("arrest", name) for name in members} <= events(result)
    assert {("sentence", name) for name in members} <= events(result)


def test_another_verdict_among_them_names_nobody(run):
    result = _ru(run, _ALL_THREE + " В тот же день журналиста Эрлана Токтогулова приговорили к году колонии.")
    assert ("arrest", 3) in counts(result)
    assert ("arrest", "Нурлан Асанов") not in events(result)
    assert ("arrest", "Эрлан Токтогулов") not in events(result)


def test_a_relatives_arrest_told_after_is_no_member_of_the_verdict(run):
    result = _ru(
        run,
        "В тот же день суд вынес приговоры ещё двоим жителям Нальчика. Одного из них, таксиста Руслана "
        "Бекова, приговорили к пяти годам. Второй получил четыре года. Его брата Азамата Бекова задержали "
        "в прошлом году.",
    )
    assert ("sentence", "Руслан Беков") in events(result)
    assert ("sentence", "Азамат Беков") not in events(result)


# -- «Жена Виталия Оксана Ковальчук»: an oblique first name of a man named before ------------------


def test_a_told_first_name_in_the_genitive_is_the_relatives_owner(run):
    result = _ru(
        run,
        "В Мелитополе задержан водитель Виталий Ковальчук. Жена Виталия Оксана Ковальчук рассказывает, "
        "что обошла все отделы полиции.",
    )
    assert {"Виталий Ковальчук", "Оксана Ковальчук"} <= names(result)
    assert ("arrest", "Виталий Ковальчук") in events(result)


def test_a_cut_name_after_a_told_first_name_is_joined_again(run):
    result = _ru(
        run,
        "В списке помилованных оказался инженер Роман Шульга. Шульгу осудили в 2022 году. Жена Романа "
        "Алена Шульга рассказала, что узнала об освобождении мужа от соседей.",
    )
    assert "Алена Шульга" in names(result) or "Алёна Шульга" in names(result)
    assert not any(name.startswith("Роман ") and name != "Роман Шульга" for name in names(result))


def test_a_womans_name_told_before_is_no_genitive(run):
    result = _ru(
        run,
        "Студентку Валерию Янчук задержали в Гродно. Валерия Янчук провела ночь в изоляторе.",
    )
    assert "Валерия Янчук" in names(result)
    assert "Янчук" not in names(result)
