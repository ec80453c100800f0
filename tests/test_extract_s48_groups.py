"""A group's event told far back, retold by its number, then its members named (session 48,
`groups`; `cohorts._count_told_again`), in English, Russian and Belarusian wordings written for
these tests: the headline counts the group ("Police in Hrodna detain six volunteers", «ФСБ
забрала шестерых», «затрымалі шасцярых»), a byline and several sentences of narration follow,
one of them tells the group again by the same number with no event word of the rule's own ("The
six were taken to the KGB building", «Шестерых мужчин увезли в Симферополь»), and the members
are named after it ("Among them were A and B", «Имена четверых из них …: это A, B …»). The
retelling keeps the group in reach of the names, so they share its arrest.

Traps: the same number before a unit of time ("six months of pre-trial custody", «шесть лет»),
or of another noun ("a neighbour with six children") retells no group, and nothing retold leaves
the far group alone, as before."""

from __future__ import annotations

import pytest

from tests.extract_views import event_pairs, group_counts

_NARRATION_EN = (
    "Police in Hrodna detain six volunteers\n\nOur correspondent\n\n"
    "The raids began at dawn on Tuesday. Officers searched nine flats in the city centre. Neighbours "
    "said the officers broke down two doors. A lawyer was not allowed in. Relatives gathered outside "
    "the police station in the afternoon. "
)
_NAMES_EN = "\n\nAmong them were the teacher Ales Zhuk and the student Hanna Lis."

_NARRATION_RU = (
    "В Бахчисарае ФСБ забрала шестерых крымских татар\n\nОльга Мусина\n\n"
    "Утром во вторник сотрудники ФСБ провели обыски в девяти домах. Соседи рассказали, что силовики "
    "выбили калитку. Адвоката в дом не пустили. Родственники весь день ждали у здания управления. "
)
_NAMES_RU = (
    "\n\nИмена четверых из них сообщила инициатива «Крымская солидарность»: это строитель Рустем "
    "Аблаев, его племянник Ленур Халилов, учитель Энвер Муратов и водитель Эдем Сейтумеров."
)

_NARRATION_BE = (
    "У Гродне затрымалі шасцярых валанцёраў\n\nНаш карэспандэнт\n\n"
    "Ператрусы пачаліся на світанку ў аўторак. Сілавікі абшукалі дзевяць кватэр у цэнтры горада. "
    "Суседзі кажуць, што выбілі дзве дзверы. Адваката не пусцілі. Сваякі чакалі каля пастарунку ўвечары. "
)
_NAMES_BE = (
    "\n\nІмёны чатырох з іх вядомыя: гэта настаўнік Алесь Жук, студэнтка Ганна Ліс, Павел Кулеш "
    "і Ірына Навумчык."
)


def test_english_group_retold_by_its_number_keeps_its_members(extract_text) -> None:
    retold = "The six were taken to the KGB building in the evening."
    result = extract_text(_NARRATION_EN + retold + _NAMES_EN)
    pairs = event_pairs(result)
    assert {("arrest", "Ales Zhuk"), ("arrest", "Hanna Lis")} <= pairs
    assert ("arrest", 6) in group_counts(result)


@pytest.mark.parametrize(
    "retold",
    [
        "Their lawyers expect six months of pre-trial custody.",  # a number of a unit of time
        "Their lawyers expect a long pre-trial custody.",  # nothing retold
        "A neighbour with six children watched from her window.",  # the number of another noun
    ],
)
def test_english_number_of_a_unit_or_none_retells_no_group(extract_text, retold) -> None:
    pairs = event_pairs(extract_text(_NARRATION_EN + retold + _NAMES_EN))
    assert ("arrest", "Ales Zhuk") not in pairs
    assert ("arrest", "Hanna Lis") not in pairs


def test_russian_group_retold_by_its_collective_numeral_keeps_its_members(run) -> None:
    result = run(_NARRATION_RU + "Шестерых мужчин увезли в Симферополь." + _NAMES_RU, "ru")
    pairs = event_pairs(result)
    for name in ("Рустем Аблаев", "Ленур Халилов", "Энвер Муратов", "Эдем Сейтумеров"):
        assert ("arrest", name) in pairs
    assert ("arrest", 6) in group_counts(result)


@pytest.mark.parametrize(
    "retold",
    [
        "Им грозит до шести лет колонии.",  # a term
    ],
)
def test_russian_term_or_other_number_retells_no_group(run, retold) -> None:
    result = run(_NARRATION_RU + retold + _NAMES_RU, "ru")
    pairs = event_pairs(result)
    assert ("arrest", "Ленур Халилов") not in pairs
    assert ("arrest", "Эдем Сейтумеров") not in pairs


def test_belarusian_group_retold_by_its_numeral_keeps_its_members(be) -> None:
    result = be(_NARRATION_BE + "Шасцярых валанцёраў павезлі ў будынак КДБ." + _NAMES_BE)
    pairs = event_pairs(result)
    for name in ("Алесь Жук", "Ганна Ліс", "Павел Кулеш", "Ірына Навумчык"):
        assert ("arrest", name) in pairs


def test_belarusian_nothing_retold_leaves_the_far_group_alone(be) -> None:
    result = be(_NARRATION_BE + "Адвакаты чакаюць доўгага следства." + _NAMES_BE)
    assert ("arrest", "Павел Кулеш") not in event_pairs(result)
