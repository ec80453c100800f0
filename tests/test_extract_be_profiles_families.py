"""Belarusian profiles, families and lists, in wording invented for these tests: profile lists
(a heading line with the name, then a timeline or a paragraph without it), a family told by
its plural surname, «X і Y Z» sharing a surname, and their precision traps."""

from __future__ import annotations

from tests.test_extract_ru import counts, events, names, terms


def test_profile_paragraph_under_a_heading(be):
    result = be(
        "Кастусь Валовіч, 34 гады, тэхнолаг з Ліды\n\n"
        "Затрыманы ў кастрычніку на працы. Яго жонка выехала з краіны.\n\n"
        "Алена Рудзько, 61 год, урач\n\n"
        "Асуджаная ў сакавіку на 3 гады хатняй хіміі.\n"
    )
    assert ("arrest", "Кастусь Валовіч") in events(result)
    assert ("sentence", "Алена Рудзько") in events(result)
    assert terms(result)["Алена Рудзько"] == 36
    assert ("sentence", "Кастусь Валовіч") not in events(result)
    assert ("arrest", "Алена Рудзько") not in events(result)


def test_a_timeline_year_is_no_count(be):
    result = be("Кастусь Валовіч, 34 гады, тэхнолаг\n\n2023 — асуджаны на 4 гады калоніі;\n")
    assert not any(c >= 1900 for _, c in counts(result))


def test_heading_with_two_names_takes_a_plural(be):
    result = be("Пётр і Вольга Сіўко, пенсіянеры з Мядзела\n\nЗатрыманыя ў лютым, цяпер абое ў СІЗА.\n")
    assert {"Пётр Сіўко", "Вольга Сіўко"} <= set(names(result))
    assert {("arrest", "Пётр Сіўко"), ("arrest", "Вольга Сіўко")} <= events(result)


def test_held_in_custody_under_a_heading(be):
    result = be("Рыгор Нясцер, 45 гадоў, слесар\n\nЗ лютага знаходзіцца ў СІЗА №8.\n")
    assert ("arrest", "Рыгор Нясцер") in events(result)


def test_heading_traps(be):
    # a heading that is a sentence, a heading with two people of the gender, a future verb
    result = be(
        "Міхась Рабцэвіч і Андрэй Лойка выступілі на мітынгу.\n\nЗатрыманы ў маі.\n\n"
        "Уладзімір Грыб, настаўнік\n\nПагражае да трох гадоў; будзе асуджаны ўвосень.\n"
    )
    assert not {p for t, p in events(result)} & {"Міхась Рабцэвіч", "Андрэй Лойка", "Уладзімір Грыб"}


def test_family_told_by_plural_surname(be):
    result = be(
        "Васіль Куляшоў, Мікола Куляшоў і Ян Лось, жыхары Пінска\n\n"
        "Браты Куляшовы і іх сусед Лось былі затрыманыя ў красавіку. "
        "Потым суд асудзіў усіх траіх на 5 гадоў калоніі кожнага.\n"
    )
    assert "Браты Куляшовы" not in names(result)
    for person in ("Васіль Куляшоў", "Мікола Куляшоў", "Ян Лось"):
        assert ("arrest", person) in events(result)
        assert ("sentence", person) in events(result)
        assert terms(result)[person] == 60
    assert ("sentence", 3) in counts(result)


def test_first_name_before_a_couple_keeps_gendered_surname_out(be):
    # «Кавалёў» / «Кавалёва» differ by gender: the lone first name keeps no surname
    result = be("Ігар і Ніна Кавалёвы затрыманыя ў Бабруйску. Ніна Кавалёва вызваленая праз тыдзень.")
    assert "Ігар Кавалёва" not in names(result)


def test_kin_before_a_participle_is_not_its_patient(be):
    result = be(
        "Суд асудзіў настаўніцу Галіну Мароз на тры гады. Бацька асуджанай настаўніцы Міхаіл Мароз "
        "пасля абвяшчэння прысуду сказаў журналістам: «Тры гады за допіс. Я не магу ў гэта паверыць»."
    )
    assert ("sentence", "Галіна Мароз") in events(result)
    assert ("sentence", "Міхаіл Мароз") not in events(result)
    assert "Міхаіл Мароз" not in terms(result)


def test_event_noun_with_words_of_time_before_the_subject(be):
    result = be(
        "Пасьля вызваленьня сёлетняй зімой Сымон Бяляк пераехаў да сястры. "
        "Пасля арышту сына Ніна Бяляк захварэла."
    )
    assert ("release", "Сымон Бяляк") in events(result)
    assert ("arrest", "Ніна Бяляк") not in events(result)


def test_taraskievica_soft_signs_in_triggers_and_terms(be):
    result = be(
        "Зьміцера Лабача затрымалі ў чэрвені і адпусьцілі праз два дні. "
        "Яго сябар Ілья Вайс адбывае шасьцігадовы тэрмін."
    )
    assert {("arrest", "Зьміцер Лабач"), ("release", "Зьміцер Лабач")} <= events(result)
    assert terms(result)["Ілья Вайс"] == 72


def test_relative_clause_keeps_its_own_term(be):
    result = be(
        "Сярод памілаваных — дзяячка з Наваполацка Ганна Сушко, якой далі 4 гады, "
        "і мастак Ігар Бохан, які адбываў пяцігадовы тэрмін."
    )
    assert terms(result)["Ганна Сушко"] == 48
    assert terms(result)["Ігар Бохан"] == 60


def test_name_with_parenthetical_and_n_more(be):
    result = be(
        "Яўгена Гурло, асуджанага ў 2022 годзе на 9 гадоў калоніі, і яшчэ 7 палітвязняў "
        "у пятніцу вывезлі ў Польшчу."
    )
    assert ("deportation", "Яўген Гурло") in events(result)
    assert ("deportation", 8) in counts(result)


def test_dialogue_line_with_a_beat_instead_of_speech(be):
    result = be(
        "Кацярына Дзмітрук прыйшла на сустрэчу ў кавярню.\n\n"
        "— Спачатку я не верыла, што гэта надоўга, — Кацярына глядзіць у акно. — Цяпер ужо прывыкла.\n"
    )
    assert any(q.text.startswith("Спачатку я не верыла") for q in result.quotes)


def test_role_noun_speaker_with_words_of_time(be):
    result = be(
        "Праваабаронца Кірыл Мазур сачыў за працэсам. Летась ён з'ехаў у Вільню.\n\n"
        "«Прысуд быў напісаны загадзя», — кажа праваабаронца цяпер, праз два гады."
    )
    speakers = {p.name for q in result.quotes for p in result.persons if p.id == q.speaker}
    assert speakers == {"Кірыл Мазур"}
