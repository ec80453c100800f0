"""Belarusian groups told as a whole and named elsewhere (session 22, sentences written for
these tests): «Усіх N затрымалі» told before the court's list that names exactly N people; a
counted group then a short «Гэта:» / «Вось яны:» and one line per name; «яшчэ N» counts people
other than those named before, so it takes none of them."""

from __future__ import annotations

from tests.test_extract_ru import counts, events


def test_all_n_before_the_list_that_names_them(be):
    result = be(
        "Суд абвясціў прысуд трым рабочым камбіната.\n\n"
        "Усіх траіх затрымалі ў траўні.\n\n"
        "Суд прызначыў:\n"
        "Галіне Мароз — чатыры гады калоніі;\n"
        "Пятру Зайцаву — тры гады калоніі;\n"
        "Сымону Літвіну — два гады абмежавання волі."
    )
    found = events(result)
    assert {("arrest", "Галіна Мароз"), ("arrest", "Пётр Зайцаў"), ("arrest", "Сымон Літвін")} <= found


def test_all_n_with_parts_told_between(be):
    result = be(
        "Суд у Лідзе разгледзеў справу двух кіроўцаў.\n\n"
        "Абодвух затрымалі ў лютым. Да суда адзін з іх быў у СІЗА, другі — пад хатнім арыштам.\n\n"
        "Суд прызначыў:\n"
        "Пятру Зайцаву — тры гады калоніі;\n"
        "Сымону Літвіну — два гады абмежавання волі."
    )
    assert {("arrest", "Пётр Зайцаў"), ("arrest", "Сымон Літвін")} <= events(result)


def test_a_counted_group_then_these_are(be):
    result = be(
        "У Пінску ўвечары былі затрыманыя трое валанцёраў. Гэта:\n\n"
        "— Алена Бабровіч, 29 гадоў, фельчар;\n"
        "— Тарас Мікула, 40 гадоў, электрык;\n"
        "— Юрась Гнеўка, 33 гады, фатограф.\n\n"
        "Усім траім пагражае да шасці гадоў калоніі."
    )
    found = events(result)
    assert {("arrest", "Алена Бабровіч"), ("arrest", "Тарас Мікула"), ("arrest", "Юрась Гнеўка")} <= found
    assert ("arrest", 3) in counts(result)
    assert not any(t == "sentence" for t, _ in found)


def test_these_are_after_a_release(be):
    result = be(
        "Напярэдадні на волю выпусцілі двух палітвязняў. Вось яны:\n\n"
        "— Алена Бабровіч, Полацк;\n"
        "— Тарас Мікула, Ліда."
    )
    assert {("release", "Алена Бабровіч"), ("release", "Тарас Мікула")} <= events(result)


def test_more_n_are_others(be):
    result = be(
        "Алену Бабровіч і Тараса Мікулу асудзілі на тры гады калоніі.\n\n"
        "Яшчэ двух валанцёраў памілавалі ў красавіку."
    )
    assert ("release", 2) in counts(result)
    release = [e for e in result.events if e.type == "release" and e.count == 2]
    assert release and not release[0].persons
