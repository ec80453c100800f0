"""A verdict's group told back by a group noun with its owner (session 46, helper known), in
wordings written for these tests, Russian and Belarusian:

* «Фигурантов дела задержали в апреле», «Сотрудников «Эко Ньюс» задержали в январе»: a plural
  group noun whose bare genitive owner is the case or a body the article has already named
  tells back the group the verdict counted, as «Подсудимых задержали» does, so the people the
  verdict named are the arrest's; the agent's own place («сотрудники ФСБ по ДНР») says nothing of
  the group's;
* when the latest count before it is a part of that group («двое из них»), the group told back
  is the whole the verdict counted, when exactly as many people were named after that count
  (not behind «их», which may be the part told last);
* the Belarusian twin, read without a parse: the noun fronted before its owner and the verb.

Each with traps: another case («другого дела»), a body first named in that sentence, a place
after a preposition, a nominative group noun (who acted), a count no names match.
"""

from __future__ import annotations

from tests.test_extract_ru import events

_RU_VERDICT = (
    "Суд в Омске приговорил троих активистов «Зелёного Иртыша» к срокам до шести лет\n\n"
    "Омский областной суд в пятницу вынес приговор трём участникам экологического движения "
    "«Зелёный Иртыш».\n\n"
    "Шесть лет колонии получил Павел Смирнов. Ольга Кузнецова и Игорь Белов приговорены к пяти и "
    "четырём годам соответственно.\n\n"
    "{back}\n\n"
    "Защита намерена обжаловать приговор."
)
_RU_THREE = ("Павел Смирнов", "Ольга Кузнецова", "Игорь Белов")


def _arrests(found: set[tuple[str, str]], people: tuple[str, ...]) -> set[tuple[str, str]]:
    return {("arrest", n) for n in people} & found


def test_ru_the_cases_people_told_back(run):
    text = _RU_VERDICT.format(
        back="Фигурантов дела задержали сотрудники ФСБ по Омской области в мае 2024 года."
    )
    assert _arrests(events(run(text, "ru")), _RU_THREE) == {("arrest", n) for n in _RU_THREE}


def test_ru_a_bodys_people_told_back_by_its_name(run):
    text = _RU_VERDICT.format(back="Участников «Зелёного Иртыша» задержали в мае 2024 года.")
    assert _arrests(events(run(text, "ru")), _RU_THREE) == {("arrest", n) for n in _RU_THREE}


def test_ru_another_case_is_another_group(run):
    text = _RU_VERDICT.format(back="Фигурантов другого дела задержали в мае 2024 года.")
    assert not _arrests(events(run(text, "ru")), _RU_THREE)


def test_ru_a_body_first_named_here_is_another_group(run):
    text = _RU_VERDICT.format(back="Сотрудников издания «Омский вестник» задержали в мае 2024 года.")
    assert not _arrests(events(run(text, "ru")), _RU_THREE)


def test_ru_people_from_a_place_are_another_group(run):
    text = _RU_VERDICT.format(back="Активистов из Тары задержали в мае 2024 года.")
    assert not _arrests(events(run(text, "ru")), _RU_THREE)


_RU_PARTS = (
    "В Оше осудили четверых сотрудников канала «Городские вести»\n\n"
    "Ошский городской суд вынес приговор четырём сотрудникам YouTube-канала «Городские вести».\n\n"
    "Реальные сроки получили двое из них. Главного редактора Бакыта Осмонова суд приговорил к "
    "пяти годам колонии, оператора Нурлана Эшимова — к трём годам. Журналистки Айгуль Садыкова и "
    "Асель Жумабаева получили по три года условно, их освободили в зале суда.\n\n"
    "{back}\n\n"
    "Адвокаты обжалуют приговор."
)
_RU_FOUR = ("Бакыт Осмонов", "Нурлан Эшимов", "Айгуль Садыкова", "Асель Жумабаева")


def test_ru_the_whole_told_back_after_its_parts(run):
    text = _RU_PARTS.format(back="Сотрудников «Городских вестей» задержали 23 января 2025 года в Оше.")
    assert _arrests(events(run(text, "ru")), _RU_FOUR) == {("arrest", n) for n in _RU_FOUR}


def test_ru_a_whole_with_more_names_than_its_count_takes_no_one(run):
    # five named after «четверых»: the group told back is no count the names match
    text = _RU_PARTS.replace("Асель Жумабаева", "Асель Жумабаева и Асель Нурланова").format(
        back="Сотрудников «Городских вестей» задержали 23 января 2025 года."
    )
    assert not _arrests(events(run(text, "ru")), _RU_FOUR)


def test_ru_a_pronoun_after_the_parts_seeks_no_whole(run):
    # «их» after «их освободили в зале суда» may be the part told last: no whole is sought behind it
    text = _RU_PARTS.format(back="Их задержали 23 января 2025 года.")
    assert not _arrests(events(run(text, "ru")), ("Бакыт Осмонов", "Нурлан Эшимов"))


_BE_VERDICT = (
    "Суд у Гомелі асудзіў траіх супрацоўнікаў «Гомельскай праўды»\n\n"
    "Гомельскі абласны суд у пятніцу вынес прысуд тром супрацоўнікам выдання «Гомельская праўда».\n\n"
    "Шэсць гадоў калоніі атрымаў Павел Смірноў. Вольга Кузняцова і Ігар Бялоў асуджаныя да пяці "
    "і чатырох гадоў адпаведна.\n\n"
    "{back}"
)
_BE_THREE = ("Павел Смірноў", "Вольга Кузняцова", "Ігар Бялоў")


def test_be_the_cases_people_told_back(be):
    found = events(be(_BE_VERDICT.format(back="Фігурантаў справы затрымалі ў траўні 2024 года.")))
    assert _arrests(found, _BE_THREE) == {("arrest", n) for n in _BE_THREE}


def test_be_a_bodys_people_told_back_by_its_name(be):
    found = events(
        be(_BE_VERDICT.format(back="Супрацоўнікаў «Гомельскай праўды» затрымалі ў траўні 2024 года."))
    )
    assert _arrests(found, _BE_THREE) == {("arrest", n) for n in _BE_THREE}


def test_be_another_case_and_a_new_body_are_other_groups(be):
    for back in (
        "Фігурантаў іншай справы затрымалі ў траўні 2024 года.",
        "Супрацоўнікаў новага выдання затрымалі ў траўні 2024 года.",
    ):
        assert not _arrests(events(be(_BE_VERDICT.format(back=back))), _BE_THREE), back


def test_be_a_nominative_group_noun_is_who_acted(be):
    found = events(
        be(_BE_VERDICT.format(back="Супрацоўнікі «Гомельскай праўды» затрымалі ў траўні 2024 года."))
    )
    assert not _arrests(found, _BE_THREE)
